// The script that sends Redoc 2's deep links (`#operation/<operationId>`) to
// the operation's page before Redoc renders (lib/old-links.mjs), run here in
// a stand-in for the browser's location and history. The browser test checks
// it in the built page.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { loadModel, loadSpec } from '@revoxai/spec';
import { oldLinkRoutes, oldLinkScript, routeOfOldLink, withOldLinks } from '../lib/old-links.mjs';
import { operationRoute } from '../lib/samples.mjs';

const routes = oldLinkRoutes(loadSpec());

describe('routeOfOldLink', () => {
  it("gives every operation's page for its #operation/ and #tag/…/operation/ links, in any case", () => {
    for (const { id, tag } of loadModel().operations) {
      const route = operationRoute({ tag, id });
      expect(routeOfOldLink(`#operation/${id}`, routes)).toBe(route);
      expect(routeOfOldLink(`#tag/${tag}/operation/${id}`, routes)).toBe(route);
      expect(routeOfOldLink(`#tag/${encodeURIComponent(`${tag} and more`)}/operation/${id.toUpperCase()}`, routes)).toBe(route);
    }
  });

  it('leaves every other address alone', () => {
    for (const hash of [
      '',
      '#',
      '#/assistants/updateassistant',
      '#operation/noSuchOperation',
      '#operation/toString',
      '#operation/__proto__',
      '#operation/updateAssistant/more',
      '#section/Authentication',
      '#tag/Assistants',
      '#operation/%E0%A4%A',
    ]) {
      expect(routeOfOldLink(hash, routes), hash).toBeUndefined();
    }
  });
});

/** Runs the page's script with `hash` as the address; returns the address after it, and after a later change to `later`. */
function runScript(hash: string, later: string) {
  const listeners: Record<string, (() => void)[]> = {};
  const location = { hash };
  const history = {
    state: { idx: 3 },
    replaceState(state: unknown, _title: string, url: string) {
      expect(state).toBe(history.state);
      location.hash = url;
    },
  };
  const addEventListener = (type: string, listener: () => void) => {
    listeners[type] ??= [];
    listeners[type].push(listener);
  };
  const source = /<script>([\s\S]*)<\/script>/.exec(oldLinkScript(routes))![1]!;
  runInNewContext(source, { location, history, addEventListener, decodeURIComponent });
  const first = location.hash;
  location.hash = later;
  for (const listener of listeners.popstate ?? []) listener();
  return [first, location.hash];
}

describe('the script in the page', () => {
  it("replaces an old link with the operation's address at once, and when the address changes to one", () => {
    expect(runScript('#operation/updateAssistant', '#tag/Calls/operation/createCall')).toEqual([
      '#/assistants/updateassistant',
      '#/calls/createcall',
    ]);
  });

  it('leaves other addresses as they are', () => {
    expect(runScript('#/voices/listvoices', '#section/changes')).toEqual(['#/voices/listvoices', '#section/changes']);
  });

  it('cannot end the script element early, whatever the routes hold', () => {
    expect(oldLinkScript({ x: '</script><script>alert(1)</script>' }).match(/<\/script>/g)).toHaveLength(1);
  });
});

describe('withOldLinks', () => {
  const page =
    '<!DOCTYPE html>\n<html>\n<head>\n  <meta charset="utf8" />\n  <title>t</title>\n</head>\n<body><script>redoc()</script></body></html>';

  it('puts the script right after the character set, so that the charset stays in the first 1024 bytes and the script runs before Redoc', () => {
    const html = withOldLinks(page, loadSpec());
    expect(html.indexOf('<meta charset="utf8" />')).toBeLessThan(html.indexOf('<script>'));
    expect(html.indexOf("addEventListener('popstate'")).toBeLessThan(html.indexOf('redoc()'));
    expect(html.indexOf('<meta charset')).toBeLessThan(1024);
  });

  it('stops the build when a script comes before the character set, or there is none', () => {
    expect(() => withOldLinks(page.replace('<head>', '<head><script>early()</script>'), loadSpec())).toThrow(
      /no <meta charset> before its first script/,
    );
    expect(() => withOldLinks(page.replace('<meta charset="utf8" />', ''), loadSpec())).toThrow(/no <meta charset>/);
  });
});

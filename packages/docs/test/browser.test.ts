// The built reference in a real browser (Debian's Chromium driven by
// playwright-core) with the network cut off: everything a reader needs must
// render from the one page, and nothing may be requested from another host.
// The operations come from the spec, so a new one is checked without an edit.
// It also reads the page's search results.
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deref, loadSpec, operationsOf } from '@revoxai/spec';
import { launchChromium } from '../lib/chromium.mjs';
import { serveStatic } from '../lib/static-server.mjs';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const artifacts = fileURLToPath(new URL('../artifacts/', import.meta.url));
const spec = loadSpec();

/** The properties a request body shows, through allOf and $ref. */
function bodyFields(schema: unknown): string[] {
  const node = deref(spec, schema);
  if (!node) return [];
  return [...new Set([...(node.allOf ?? []).flatMap(bodyFields), ...Object.keys(node.properties ?? {})])];
}

const operations = operationsOf(spec).map(({ method, path, operation }) => ({
  method,
  path,
  summary: operation.summary as string,
  route: `#/${operation.tags[0].toLowerCase()}/${operation.operationId.toLowerCase()}`,
  fields: bodyFields(deref(spec, operation.requestBody)?.content?.['application/json']?.schema),
  statuses: Object.keys(operation.responses),
}));

let site: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
let page: Page;
const external: string[] = [];
const consoleErrors: string[] = [];

/** Opens the search dialog on the landing view and types `query`; resolves to the results once they are listed. */
async function searchFor(tab: Page, query: string) {
  await tab.goto(site.url);
  await tab.getByRole('heading', { name: 'Operations' }).waitFor();
  await tab.getByTestId('search-trigger').click();
  await tab.getByPlaceholder('Search docs...').fill(query);
  const results = tab.locator('[data-component-name="Search/SearchItem"]');
  await results.first().waitFor();
  return results;
}

beforeAll(async () => {
  if (!existsSync(`${dist}index.html`)) throw new Error('packages/docs/dist/index.html is missing: run `npm run build` first.');
  site = await serveStatic(dist);
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  // The network is "off": only loopback, data: and blob: URLs are served; anything else is counted and refused.
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') return route.continue();
    external.push(url.href);
    return route.abort('internetdisconnected');
  });
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  const started = Date.now();
  await page.goto(site.url);
  await page.getByRole('heading', { name: 'Operations' }).waitFor();
  console.log(`docs: the landing view with the operation index visible ${Date.now() - started} ms after navigation`);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the API reference, offline', () => {
  it('opens on an index of every operation, and saves a screenshot of that view', async () => {
    const text = await page.locator('body').innerText();
    for (const { summary, method, path } of operations) {
      expect(text).toContain(summary);
      expect(text).toContain(`${method} ${path}`);
    }
    mkdirSync(artifacts, { recursive: true });
    const path = `${artifacts}landing.png`;
    await page.screenshot({ path });
    expect(existsSync(path)).toBe(true);
  });

  it('the index links to the operations', async () => {
    await page.getByRole('link', { name: 'Place a call' }).first().click();
    await page.getByRole('heading', { name: 'Place a call' }).waitFor();
    expect(page.url()).toContain('#/calls/createcall');
  });

  // Deep links are the docs' public addresses: `#/assistants/updateassistant` must keep working.
  it.each(operations)('$method $path renders at $route with its fields, statuses and TypeScript sample', async ({ route, summary, method, path, fields, statuses }) => {
    await page.goto(`${site.url}${route}`);
    const heading = page.getByRole('heading', { name: summary });
    await heading.waitFor();
    // The operation's own section: from its heading to the next operation's.
    const section = page.locator('section, article, div').filter({ has: heading }).filter({ hasText: path }).last();
    const text = await section.innerText();
    expect(text).toContain(method);
    expect(text).toContain(path);
    expect(fields.filter((field) => !text.includes(field))).toEqual([]);
    expect(statuses.filter((status) => !text.includes(status))).toEqual([]);
    await expect(section.getByText("import Revox from '@revoxai/sdk';").first().isVisible()).resolves.toBe(true);
  });
});

/** Every `description` in the spec. */
function descriptionsOf(node: unknown): string[] {
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) => (key === 'description' && typeof value === 'string' ? [value] : descriptionsOf(value)));
}

describe('search', () => {
  it('shows excerpts for "voicemail" with the words of the descriptions apart, none glued to the next', async () => {
    const words = descriptionsOf(spec).map((text) => text.replace(/[`*]/g, '').split(/\s+/).filter(Boolean));
    const vocabulary = new Set(words.flat());
    const glued = new Set(words.flatMap((list) => list.slice(1).map((word, i) => list[i] + word)).filter((pair) => !vocabulary.has(pair)));

    const excerpts = await (await searchFor(page, 'voicemail')).allInnerTexts();
    await page.keyboard.press('Escape');

    expect(excerpts.join(' ')).toContain('voicemail');
    const shown = excerpts.flatMap((text) => text.split(/\s+/).map((word) => word.replace(/^\.{3}|\.{3}$/g, '')));
    expect(shown.filter((word) => glued.has(word))).toEqual([]);
  });
});

describe('offline', () => {
  it('logs no console errors and requests nothing from other hosts, even after interaction and unload', async () => {
    await page.goto(`${site.url}#/assistants/updateassistant`);
    await page.getByRole('heading', { name: 'Update an assistant' }).waitFor();
    await page.getByRole('button', { name: 'TypeScript' }).first().click();
    await page.getByRole('menuitem', { name: 'Ruby' }).click();
    await expect(page.getByText('require "net/http"').first().isVisible()).resolves.toBe(true);
    await page.goto(`${site.url}#/section/authentication`);
    await page.waitForTimeout(1000);
    await page.close({ runBeforeUnload: true }); // telemetry would flush on unload
    expect(consoleErrors).toEqual([]);
    expect(external).toEqual([]);
  });
});

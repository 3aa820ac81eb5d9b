// Redoc 2's deep links, which readers and other docs still have:
// `#operation/<operationId>` and, in its later versions,
// `#tag/<tag>/operation/<operationId>`. Redoc 3 names an operation's page
// `#/<tag>/<operationid>` (operationRoute in lib/samples.mjs). Handed an old
// link, it renders its "404 No page at this address" first and moves to the
// operation only afterwards, from an effect. So the page rewrites an old
// link to the operation's address before Redoc reads it: a script early in
// the <head>, which runs before Redoc's, and again on `popstate`, which a
// change of the address on an open page fires before Redoc's router (it
// listens to the same event, registered later) reads the new address.
import { modelOf } from '@revoxai/spec';
import { operationRoute } from './samples.mjs';

/**
 * Each operation's current address by its operationId in lower case (Redoc
 * matched its old anchors without regard to case).
 * @param {any} doc a parsed OpenAPI document
 * @returns {Record<string, string>}
 */
export function oldLinkRoutes(doc) {
  return Object.fromEntries(modelOf(doc).operations.map(({ id, tag }) => [id.toLowerCase(), operationRoute({ tag, id })]));
}

/**
 * The operation's address for an old link, or undefined for any other hash.
 * The page runs this function's source, so it uses nothing from outside.
 * @param {string} hash `location.hash`
 * @param {Record<string, string>} routes from oldLinkRoutes
 * @returns {string | undefined}
 */
export function routeOfOldLink(hash, routes) {
  const match = /^#(?:tag\/[^/]*\/)?operation\/([^/]+)$/.exec(hash);
  if (!match) return undefined;
  let id;
  try {
    id = decodeURIComponent(match[1]).toLowerCase();
  } catch {
    return undefined;
  }
  return Object.hasOwn(routes, id) ? routes[id] : undefined;
}

/**
 * The inline script that sends an old link to its operation's address,
 * replacing the history entry (Back does not return to the old link).
 * @param {Record<string, string>} routes from oldLinkRoutes
 */
export function oldLinkScript(routes) {
  const json = JSON.stringify(routes).replaceAll('<', '\\u003c');
  return `<script>
// Redoc 2's #operation/<operationId> links to the operation's page, before Redoc renders "No page at this address" for them (lib/old-links.mjs).
(() => {
  const routeOfOldLink = ${routeOfOldLink.toString()};
  const routes = ${json};
  const land = () => {
    const route = routeOfOldLink(location.hash, routes);
    if (route) history.replaceState(history.state, '', route);
  };
  land();
  addEventListener('popstate', land);
})();
</script>`;
}

/**
 * The page with the script early in its <head>: after the character set,
 * which must stay within the page's first 1024 bytes for a browser opening
 * the file from disk, and before any script of Redoc's.
 * @param {string} html the page build-docs wrote
 * @param {any} doc the spec the page shows
 */
export function withOldLinks(html, doc) {
  const charset = /<meta charset=[^>]*>/.exec(html);
  const script = html.indexOf('<script');
  if (!charset || (script >= 0 && script < charset.index)) {
    throw new Error(
      'lib/old-links.mjs: the page has no <meta charset> before its first script, where the script for old links goes to run before Redoc.',
    );
  }
  const at = charset.index + charset[0].length;
  return `${html.slice(0, at)}\n  ${oldLinkScript(oldLinkRoutes(doc))}${html.slice(at)}`;
}

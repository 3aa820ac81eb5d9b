// __SDK_VERSION__ is replaced at build time (tsup `define`, vitest `define`)
// with the release's version, from VERSION at the repository's root.
declare const __SDK_VERSION__: string;

export const VERSION: string = __SDK_VERSION__;

/** `@revoxai/sdk/1.2.3 node/20.20.2`: the SDK and the runtime (Deno, Bun and browsers name themselves in `navigator.userAgent`), for the server's logs. */
export function clientHeaderValue(): string {
  const g = globalThis as { process?: { versions?: { node?: string; bun?: string } }; navigator?: { userAgent?: string } };
  const node = !g.process?.versions?.bun && g.process?.versions?.node;
  return `@revoxai/sdk/${VERSION} ${node ? `node/${node}` : (g.navigator?.userAgent ?? 'unknown')}`;
}

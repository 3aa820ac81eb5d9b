// __SDK_VERSION__ is replaced at build time (tsup `define`, vitest `define`)
// with the version in package.json, the one place it is written.
declare const __SDK_VERSION__: string;

export const VERSION: string = __SDK_VERSION__;

/** `@revoxai/sdk/1.2.3 node/20.20.2`: the SDK and the runtime, for the server's logs. */
export function clientHeaderValue(): string {
  const g = globalThis as {
    Deno?: { version?: { deno?: string } };
    Bun?: { version?: string };
    process?: { versions?: { node?: string } };
    navigator?: { userAgent?: string };
  };
  const runtime = g.Deno?.version?.deno
    ? `deno/${g.Deno.version.deno}`
    : g.Bun?.version
      ? `bun/${g.Bun.version}`
      : g.process?.versions?.node
        ? `node/${g.process.versions.node}`
        : g.navigator?.userAgent
          ? 'browser'
          : 'unknown';
  return `@revoxai/sdk/${VERSION} ${runtime}`;
}

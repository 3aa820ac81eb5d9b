// Size budgets enforced by `npm test` (test/budgets.test.ts): gzip bytes of a
// minified consumer bundle (src/bundle.mjs). Sizes are deterministic, unlike
// timings, so they can fail a build. Set a little above today's sizes; raise
// one only with a reason in the commit message. Today: 7,198 B for the default
// import with all 13 methods, raw responses, custom requests and the error
// classes on the client (the openapi-fetch client, 1.7 kB of it, moved to
// `@revoxai/sdk/openapi-fetch`), and 16,635 B with the validator, which grows
// with the bodies and queries it checks: the 7 newest assistant settings
// (0.2.0), custom tools among them, added 2.0 kB.
export const BUDGETS = {
  'SDK, default import': 7_200,
  'SDK + @revoxai/sdk/validate': 17_000,
};

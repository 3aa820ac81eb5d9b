// Size budgets enforced by `npm test` (test/budgets.test.ts): gzip bytes of a
// minified consumer bundle (src/bundle.mjs). Sizes are deterministic, unlike
// timings, so they can fail a build. Set a little above today's sizes; raise
// one only with a reason in the commit message.
//
// Default import: 8,119 B today, with all 13 methods, raw responses, custom
// requests and the error classes on the client. The budget of 7,200 B had
// been overtaken on main (8,763 B, the test failing: the changes since it, the
// hostile-server defences of 919227c among them, added 1.5 kB);
// writing the URL without openapi-fetch's serializers took 570 B off and the
// error classes' loop 63 B. The issue's target, 6,600 B, is not met (see
// docs/benchmarks.md): the budget holds what is measured, not the target.
//
// With the validator: 17,835 B today (18,474 B on main). The validator grows
// with the bodies and queries it checks: from 16,635 B at the last budget the
// validator's own share went from 9,437 B to 9,716 B (+279 B) with the newest
// assistant settings; the rest of the growth is the default import's.
export const BUDGETS = {
  'SDK, default import': 8_200,
  'SDK + @revoxai/sdk/validate': 17_900,
};

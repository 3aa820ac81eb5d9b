import { describe, expect, it } from 'vitest';
import { BUDGETS } from '../src/budgets.mjs';
import { measureBundles } from '../src/bundle.mjs';

describe('bundle size budgets (gzip, minified consumer bundle)', async () => {
  const sizes = await measureBundles();
  it.each(Object.entries(BUDGETS))('%s ≤ %i bytes', (name, budget) => {
    expect(sizes[name], `no bundle measured for ${name}`).toBeDefined();
    expect(sizes[name]!.gzip).toBeLessThanOrEqual(budget);
  });

  it('the validator stays out of the default import', () => {
    expect(sizes['SDK, default import']!.raw).toBeLessThan(sizes['SDK + @revoxai/sdk/validate']!.raw - 20_000);
  });
});

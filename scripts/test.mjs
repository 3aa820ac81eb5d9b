// `npm test`: every turbo check (the spec's lint, the code's format and lint
// by Biome, type checks, test suites), run with a temp folder of its own,
// then a check that the tests removed what they put there. Tests that leak
// (a clone, an installed consumer) would otherwise fill the disk of a
// machine that runs CI again and again. The run's temp folder is removed at
// the end either way.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const turboBin = fileURLToPath(new URL('../node_modules/.bin/turbo', import.meta.url));

const runTmp = mkdtempSync(join(tmpdir(), 'revox-test-run-'));
let status = 1;
try {
  const turbo = spawnSync(turboBin, ['run', 'lint', 'format:check', 'typecheck', 'test', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, TMPDIR: runTmp },
  });
  if (turbo.error) throw turbo.error;
  status = turbo.status ?? 1;
  const left = readdirSync(runTmp).filter((name) => name.startsWith('revox-'));
  if (left.length > 0) {
    console.error(
      `\nnpm test: the tests left ${left.length} entr${left.length === 1 ? 'y' : 'ies'} in the temp folder: ${left.join(', ')}.\n` +
        'Every test must remove what it creates, also when it fails (afterAll, try/finally).' +
        (status === 0 ? '' : '\nTurbo stops the other tasks after a failure, so the failure above may be what interrupted their clean-up.'),
    );
    status = 1;
  } else {
    console.log('npm test: no test left anything in the temp folder.');
  }
} finally {
  rmSync(runTmp, { recursive: true, force: true });
}
process.exit(status);

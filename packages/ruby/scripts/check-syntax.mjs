// The Ruby style check that needs no gem: every tracked Ruby file of the
// repository (the gem, its tests and examples, the contract adapter, the
// benchmarks, the generated code samples) must pass `ruby -wc`, the parser
// with warnings on, and print nothing but "Syntax OK". Warnings it catches:
// unused variables, mismatched indentation, ambiguous arguments, shadowing,
// duplicated keys and the like.
import { execFileSync, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const files = execFileSync('git', ['ls-files', '-z', '--', '*.rb', '*.gemspec'], { cwd: root, encoding: 'utf8' })
  .split('\0')
  .filter(Boolean);

/** @param {string} file @returns {Promise<string>} what `ruby -wc` printed besides "Syntax OK" */
function check(file) {
  return new Promise((resolve, reject) => {
    const child = spawn('ruby', ['-wc', file], { cwd: root });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve(code === 0 && output.trim() === 'Syntax OK' ? '' : output.trim() || `ruby -wc exited ${code}`));
  });
}

if (files.length === 0) {
  console.error('ruby -wc: git ls-files found no Ruby file');
  process.exit(1);
}

// Two at a time: a ruby process is mostly start-up, and CI has two cores.
/** @type {string[]} */
const problems = [];
const queue = [...files];
await Promise.all(
  [0, 1].map(async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const output = await check(file);
      if (output) problems.push(`${file}:\n  ${output.split('\n').join('\n  ')}`);
    }
  }),
);
if (problems.length) {
  console.error(`ruby -wc: ${problems.length} of ${files.length} Ruby files have warnings or errors:\n${problems.sort().join('\n')}`);
  process.exit(1);
}
console.log(`ruby -wc: all ${files.length} Ruby files are clean`);

// Generated code is formatted by the tool and the config (biome.jsonc) that
// format the hand-written code, so that it reads alike and `npm test`'s
// format check holds for it. One Biome run formats every file: the files go
// to a temp folder under their repository paths, Biome rewrites them there,
// and the folder is removed (spawning Biome per file is several times slower).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from './files.mjs';

/** The generated files Biome formats; the others (Ruby, RBS, shell, Python, Markdown) stay as their generators write them. */
const FORMATTED = /\.(ts|js|mjs|json)$/;

const biome = createRequire(import.meta.url).resolve('@biomejs/biome/bin/biome');

/**
 * The files, each .ts, .js, .mjs and .json one formatted by Biome with the
 * repository's config.
 * @param {Map<string, string | Uint8Array>} files path relative to the repository → content
 * @returns {Map<string, string | Uint8Array>}
 */
export function formatted(files) {
  const paths = [...files.keys()].filter((path) => FORMATTED.test(path) && typeof files.get(path) === 'string');
  if (!paths.length) return files;
  const scratch = mkdtempSync(join(tmpdir(), 'revox-codegen-format-'));
  try {
    for (const path of paths) {
      mkdirSync(dirname(join(scratch, path)), { recursive: true });
      writeFileSync(join(scratch, path), /** @type {string} */ (files.get(path)));
    }
    const run = spawnSync(process.execPath, [biome, 'format', '--write', `--config-path=${ROOT}`, scratch], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (run.error) throw run.error;
    if (run.status !== 0) throw new Error(`Biome could not format the generated code:\n${run.stdout}${run.stderr}`);
    const result = new Map(files);
    for (const path of paths) result.set(path, readFileSync(join(scratch, path), 'utf8'));
    return result;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

// Writing generated files, and the drift check. Generated files are
// committed, so a spec change shows in review as the code it changes; the
// check keeps them honest: CI never writes them, it only compares.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, which generated paths are relative to. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Writes each file whose content changed (an unchanged tree keeps its
 * timestamps and turbo's cache), and lists the ones written.
 * @param {Map<string, string | Uint8Array>} files path relative to `root` → content
 */
export function writeFiles(files, root = ROOT) {
  const written = [];
  for (const [path, content] of files) {
    if (sameAsOnDisk(join(root, path), content)) continue;
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
    written.push(path);
  }
  return written;
}

/**
 * The files that differ from a fresh generation or are missing, and those in
 * a generated folder that no generator writes any more (left over from a
 * renamed or removed operation).
 * @param {Map<string, string | Uint8Array>} files
 * @param {string[]} folders repository-relative folders that hold generated files only
 */
export function staleFiles(files, folders, root = ROOT) {
  const differing = [...files].filter(([path, content]) => !sameAsOnDisk(join(root, path), content)).map(([path]) => path);
  const leftOver = folders.flatMap((folder) =>
    existsSync(join(root, folder))
      ? readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => relative(root, join(e.parentPath, e.name)))
      : [],
  );
  return [...differing, ...leftOver.filter((path) => !files.has(path)).map((path) => `${path} (no generator writes it: delete it)`)];
}

/** @param {string} file @param {string | Uint8Array} content */
function sameAsOnDisk(file, content) {
  return existsSync(file) && Buffer.from(readFileSync(file)).equals(Buffer.from(content));
}

// Code samples are real files in samples/<operationId>/, one per language, so
// that tests can type-check and run exactly what the reference shows.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const samplesDir = fileURLToPath(new URL('../samples/', import.meta.url));

/** File name → Redoc language; labels must match `codeSamples.languages` in redocly.yaml. */
export const LANGUAGES = [
  { file: 'typescript.ts', lang: 'TypeScript', label: 'TypeScript' },
  { file: 'curl.sh', lang: 'curl', label: 'cURL' },
  { file: 'fetch.mjs', lang: 'JavaScript', label: 'fetch' },
  { file: 'python.py', lang: 'Python', label: 'Python' },
  { file: 'ruby.rb', lang: 'Ruby', label: 'Ruby' },
];

/**
 * The x-codeSamples of every operation that has a samples folder.
 * @returns {Map<string, { lang: string, label: string, source: string }[]>}
 */
export function loadSamples() {
  const byOperation = new Map();
  for (const operationId of readdirSync(samplesDir)) {
    const files = new Set(readdirSync(new URL(`${operationId}/`, `file://${samplesDir}`)));
    byOperation.set(
      operationId,
      LANGUAGES.filter(({ file }) => files.has(file)).map(({ file, lang, label }) => ({
        lang,
        label,
        source: readFileSync(new URL(`${operationId}/${file}`, `file://${samplesDir}`), 'utf8').trimEnd(),
      })),
    );
  }
  return byOperation;
}

/**
 * The spec with each operation's samples attached as `x-codeSamples`.
 * Fails when a samples folder names no operation, so samples cannot go stale silently.
 * @param {any} doc a parsed OpenAPI document (not modified)
 */
export function withCodeSamples(doc) {
  const copy = structuredClone(doc);
  const samples = loadSamples();
  const used = new Set();
  for (const item of Object.values(copy.paths ?? {})) {
    for (const operation of Object.values(item)) {
      const list = operation && typeof operation === 'object' ? samples.get(operation.operationId) : undefined;
      if (list) {
        operation['x-codeSamples'] = list;
        used.add(operation.operationId);
      }
    }
  }
  const orphans = [...samples.keys()].filter((id) => !used.has(id));
  if (orphans.length) throw new Error(`samples/ has folders for unknown operationIds: ${orphans.join(', ')}`);
  return copy;
}

/**
 * The spec with an "Operations" section first in its introduction: every
 * operation by tag, linked to its page. Redoc opens on the introduction with
 * the sidebar's tag groups closed (it has no option to open them), so this is
 * where a first-time reader sees what the API can do.
 * @param {any} doc a parsed OpenAPI document (not modified)
 */
export function withOperationIndex(doc) {
  const copy = structuredClone(doc);
  const rows = (/** @type {string} */ tag) =>
    Object.entries(copy.paths ?? {}).flatMap(([path, item]) =>
      Object.entries(/** @type {Record<string, any>} */ (item))
        .filter(([, operation]) => operation?.operationId && operation.tags?.[0] === tag)
        .map(([method, operation]) => `| [${operation.summary}](#/${tag.toLowerCase()}/${operation.operationId.toLowerCase()}) | \`${method.toUpperCase()} ${path}\` |`),
    );
  const sections = (copy.tags ?? []).map((/** @type {{ name: string }} */ { name }) => `**${name}**\n\n| operation | request |\n| --- | --- |\n${rows(name).join('\n')}`);
  const index = `## Operations\n\n${sections.join('\n\n')}\n\n`;
  const firstSection = copy.info.description.indexOf('\n## ') + 1;
  copy.info.description = firstSection > 0 ? copy.info.description.slice(0, firstSection) + index + copy.info.description.slice(firstSection) : `${copy.info.description}\n${index}`;
  return copy;
}

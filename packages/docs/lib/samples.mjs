// Code samples are real files, so that tests can type-check and run exactly
// what the reference shows: samples/generated/<operationId>/<file>, written
// by the generators (packages/codegen, one module per language), and
// samples/polished/<operationId>/<file> for the few polished by hand, which
// are shown instead.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LANGUAGES } from '@revoxai/codegen';
import { modelOf } from '@revoxai/spec';

const samplesDir = fileURLToPath(new URL('../samples/', import.meta.url));
const polishedDir = `${samplesDir}polished/`;

/** The file shown for an operation's sample in a language: the polished one if there is one, else the generated one. */
export function samplePath(/** @type {string} */ operationId, /** @type {string} */ file) {
  const polished = `${polishedDir}${operationId}/${file}`;
  return existsSync(polished) ? polished : `${samplesDir}generated/${operationId}/${file}`;
}

/**
 * The spec with each operation's samples attached as `x-codeSamples`, in the
 * order of the reference's tabs. Fails when a polished sample names no
 * operation or language, so a renamed one cannot go stale silently.
 * @param {any} doc a parsed OpenAPI document (not modified)
 */
export function withCodeSamples(doc) {
  const copy = structuredClone(doc);
  const operations = modelOf(copy).operations;
  const ids = new Set(operations.map((o) => o.id));
  const files = new Set(LANGUAGES.map((l) => l.file));
  const orphans = (existsSync(polishedDir) ? readdirSync(polishedDir) : []).flatMap((id) =>
    ids.has(id)
      ? readdirSync(`${polishedDir}${id}`)
          .filter((file) => !files.has(file))
          .map((file) => `${id}/${file}`)
      : [id],
  );
  if (orphans.length) throw new Error(`samples/polished/ has samples for no operation or language of the spec: ${orphans.join(', ')}`);
  for (const { operation, id } of operations) {
    operation['x-codeSamples'] = LANGUAGES.map(({ file, lang, label }) => ({
      lang,
      label,
      source: readFileSync(samplePath(id, file), 'utf8').trimEnd(),
    }));
  }
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
  const { operations } = modelOf(copy);
  const rows = (/** @type {string} */ tag) =>
    operations
      .filter((o) => o.tag === tag)
      .map(({ summary, id, method, path }) => `| [${summary}](${operationRoute({ tag, id })}) | \`${method} ${path}\` |`);
  const sections = (copy.tags ?? []).map(
    (/** @type {{ name: string }} */ { name }) => `**${name}**\n\n| operation | request |\n| --- | --- |\n${rows(name).join('\n')}`,
  );
  const index = `## Operations\n\n${sections.join('\n\n')}\n\n`;
  const firstSection = copy.info.description.indexOf('\n## ') + 1;
  copy.info.description =
    firstSection > 0
      ? copy.info.description.slice(0, firstSection) + index + copy.info.description.slice(firstSection)
      : `${copy.info.description}\n${index}`;
  return copy;
}

/** An operation's deep link in the reference, as Redoc names it: `#/assistants/updateassistant`. @param {{ tag: string, id: string }} operation */
export function operationRoute({ tag, id }) {
  return `#/${tag.toLowerCase()}/${id.toLowerCase()}`;
}

/** The reference's code sample tabs, in order: Redoc shows only the languages its config lists. */
export const CODE_SAMPLE_TABS = LANGUAGES.map(({ lang, label }) => ({ lang, label }));

// Each operation's SDK signatures at the top of its description, as the
// seed pages show them (packages/codegen/src/signatures.mjs makes them), one
// parameter per line for the page's narrow middle column.
import { block, inputOf, pythonParts, rubyParts, typescriptParts } from '@revoxai/codegen';

/**
 * The spec with each operation's SDK signatures first in its description.
 * @param {any} doc a parsed OpenAPI document (not modified)
 */
export function withSignatures(doc) {
  const copy = structuredClone(doc);
  for (const o of inputOf(copy).plan.operations) {
    const shown = [
      ['TypeScript', 'ts', block(typescriptParts(o))],
      ['Ruby', 'ruby', block(rubyParts(o), ' ->')],
      ['Python', 'python', block(pythonParts(o), ' ->')],
    ];
    const blocks = shown.map(([label, lang, code]) => `${label}:\n\n\`\`\`${lang}\n${code}\n\`\`\``);
    o.model.operation.description = `${blocks.join('\n\n')}\n\n${o.model.operation.description ?? ''}`;
  }
  return copy;
}

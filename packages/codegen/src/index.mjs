// Every generator, and what each writes. A target is a function from the
// spec (document, operation model, SDK policy) to files, repository-relative
// path → content; none of them reads the raw document for operation facts.
import { loadModel, loadPolicy, loadSpec } from '@revoxai/spec';
import { formatted } from './format.mjs';
import { readmeFiles } from './targets/readmes.mjs';
import { rubyFiles } from './targets/ruby.mjs';
import { SAMPLES_DIR, samplesFiles } from './targets/samples.mjs';
import { sdkFiles } from './targets/sdk.mjs';
import { typesFiles } from './targets/types.mjs';
import { validatorFiles } from './targets/validators.mjs';

export { methodArguments, methodSignature, operationFacts, sdkFiles } from './targets/sdk.mjs';
export { rubyFiles } from './targets/ruby.mjs';
export { block, fieldPreview, rubyParts, rubySignature, typescriptParts, typescriptSignature } from './signatures.mjs';
export { LANGUAGES } from './samples/index.mjs';
export { AUDIO_FILE } from './samples/facts.mjs';

/** @typedef {{ doc: any, model: import('@revoxai/spec').Model, policy: import('@revoxai/spec').Policy }} Input */

/** The folders that hold generated files only: a file there that no target writes is stale. */
export const GENERATED_FOLDERS = [
  'packages/types/src/generated',
  'packages/sdk/src/generated',
  'packages/ruby/lib/revox/generated',
  'packages/ruby/sig/generated',
  SAMPLES_DIR,
];

/** @type {Record<string, (input: Input) => Map<string, string | Uint8Array> | Promise<Map<string, string | Uint8Array>>>} */
const TARGETS = {
  types: typesFiles,
  sdk: sdkFiles,
  validators: validatorFiles,
  ruby: rubyFiles,
  samples: samplesFiles,
  readmes: readmeFiles,
};

/** Every generated file of the repository, fresh from the spec, the code formatted as the hand-written code is (biome.jsonc). */
export async function generatedFiles() {
  const input = { doc: loadSpec(), model: loadModel(), policy: loadPolicy() };
  const files = new Map();
  for (const target of Object.values(TARGETS)) for (const [path, content] of await target(input)) files.set(path, content);
  return formatted(files);
}

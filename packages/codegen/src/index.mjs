// Every generator, and what each writes. The spec's document and operation
// model and the SDK policy make one SDK plan (src/plan); a target is a
// function from them to files, repository-relative path → content, and reads
// operation facts from the plan only.
import { loadModel, loadPolicy, loadSpec, modelOf } from '@revoxai/spec';
import { formatted } from './format.mjs';
import { planOf } from './plan/index.mjs';
import { pythonFiles } from './targets/python.mjs';
import { readmeFiles } from './targets/readmes.mjs';
import { rubyFiles } from './targets/ruby.mjs';
import { SAMPLES_DIR, samplesFiles } from './targets/samples.mjs';
import { sdkFiles } from './targets/sdk.mjs';
import { typesFiles } from './targets/types.mjs';
import { validatorFiles } from './targets/validators.mjs';

export { allResources, camel, identifier, planOf, UnsupportedError } from './plan/index.mjs';
export { BASE_ERRORS, operationRow, paramsArgument, sdkFiles, tsName, typescriptArguments, typescriptMethod } from './targets/sdk.mjs';
export { rubyFiles } from './targets/ruby.mjs';
export { pythonFiles, pythonName, pythonParameters, pythonPath, pythonReturns } from './targets/python.mjs';
export {
  block,
  fieldPreview,
  pythonParts,
  pythonSignature,
  rubyParts,
  rubySignature,
  typescriptParts,
  typescriptSignature,
} from './signatures.mjs';
export { LANGUAGES } from './samples/index.mjs';
export { AUDIO_FILE } from './samples/facts.mjs';

/**
 * What every target reads.
 * @typedef {{ doc: any, plan: import('./plan/index.mjs').Plan }} Input
 * @typedef {import('./plan/index.mjs').Plan} Plan
 * @typedef {import('./plan/index.mjs').OperationPlan} OperationPlan
 * @typedef {import('./plan/index.mjs').Param} Param
 * @typedef {import('./plan/index.mjs').PolicyPlan} PolicyPlan
 */

/** The folders that hold generated files only: a file there that no target writes is stale. */
export const GENERATED_FOLDERS = [
  'packages/types/src/generated',
  'packages/sdk/src/generated',
  'packages/ruby/lib/revox/generated',
  'packages/ruby/sig/generated',
  'packages/python/src/revox/_generated',
  'packages/python/src/revox/resources',
  'packages/python/src/revox/types',
  SAMPLES_DIR,
];

/** @type {Record<string, (input: Input) => Map<string, string | Uint8Array> | Promise<Map<string, string | Uint8Array>>>} */
export const TARGETS = {
  types: typesFiles,
  sdk: sdkFiles,
  validators: validatorFiles,
  ruby: rubyFiles,
  python: pythonFiles,
  samples: samplesFiles,
  readmes: readmeFiles,
};

/**
 * The targets' input for a document: the real spec and policy by default,
 * or a fixture spec in the tests and benchmarks.
 * @param {any} [doc] @returns {Input}
 */
export function inputOf(doc) {
  const model = doc ? modelOf(doc) : loadModel();
  return { doc: doc ?? loadSpec(), plan: planOf({ doc: doc ?? loadSpec(), model, policy: loadPolicy() }) };
}

/** The SDK plan of the real spec. */
export function loadPlan() {
  return inputOf().plan;
}

/** Every generated file of the repository, fresh from the spec, the code formatted as the hand-written code is (biome.jsonc). */
export async function generatedFiles() {
  const input = inputOf();
  const files = new Map();
  for (const target of Object.values(TARGETS)) for (const [path, content] of await target(input)) files.set(path, content);
  return formatted(files);
}

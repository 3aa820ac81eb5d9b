// The ground floor of the toolchain: the spec as data. Everything above
// spec/ reads the API through these modules: the document, its schemas, the
// operation model, and the SDK policy.
export { HTTP_METHODS, deref, externalExample, loadSpec, specPath } from './document.js';
export {
  SPEC_ID,
  absoluteRefs,
  createAjv,
  formatErrors,
  problems,
  schemaRef,
  validatorFor,
  withoutDiscriminatorMappings,
} from './schemas.js';
export { IDEMPOTENT_METHODS, byPathSpecificity, endpointsOf, loadModel, modelOf, operationAt, pascal } from './model.js';
export { LANGUAGES, loadPolicy } from './policy.js';
export { acknowledgedFile, latestRelease, releaseHistory, releasedDir, releases } from './releases.js';
export { changesMarkdown, specChanges } from './changes.js';
export { changeId, declaresMajor, gate, releasedTogether } from './gate.js';

/**
 * @typedef {import('./model.js').Model} Model
 * @typedef {import('./model.js').Operation} Operation
 * @typedef {import('./model.js').Parameter} Parameter
 * @typedef {import('./policy.js').Policy} Policy
 */

// The reference's code samples: one file per operation and language,
// packages/docs/samples/generated/<operationId>/<file>, from the templates of
// src/samples. A sample polished by hand lives in samples/polished/ under the
// same name and is shown instead; the generated one stays, drift-checked, so
// a template fix still shows where nobody polished.
import { LANGUAGES } from '../samples/index.mjs';
import { sampleFacts } from '../samples/facts.mjs';

export const SAMPLES_DIR = 'packages/docs/samples/generated';

/** @param {{ plan: import('../plan/index.mjs').Plan }} input */
export function samplesFiles({ plan }) {
  const files = new Map();
  for (const operation of plan.operations) {
    const facts = sampleFacts(operation, { baseUrl: plan.baseUrl, apiKeyEnv: plan.policy.env.apiKey });
    for (const language of LANGUAGES) files.set(`${SAMPLES_DIR}/${operation.id}/${language.file}`, language.template(facts));
  }
  return files;
}

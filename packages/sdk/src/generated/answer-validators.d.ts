// GENERATED FILE. DO NOT EDIT.
// Made from spec/openapi.yaml (and spec/sdk-policy.yaml) by packages/codegen, through the SDK plan.
// Change the spec, then run `npm run generate` and commit the result; `npm test` fails while this file is stale.
import type { Validator } from './validators.js';

export declare const answerValidators: Record<string, Validator | undefined>;

// GENERATED FILE. DO NOT EDIT.
// Made from spec/openapi.yaml (and spec/sdk-policy.yaml) by packages/codegen, through the SDK plan.
// Change the spec, then run `npm run generate` and commit the result; `npm test` fails while this file is stale.

/** The parts of an Ajv error the SDK reads. */
export interface SchemaError {
  keyword: string;
  instancePath: string;
  params: Record<string, any>;
  message?: string;
}
export interface Validator {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}
export declare const requestValidators: Record<string, Validator | undefined>;
export declare const queryValidators: Record<string, Validator | undefined>;

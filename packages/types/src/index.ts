// The public types of the Revox API. Everything here is generated from
// spec/openapi.yaml; see src/generated/openapi.ts.
export type * from './generated/openapi.js';

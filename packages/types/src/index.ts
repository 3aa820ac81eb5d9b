// The public types of the Revox API, all generated from spec/openapi.yaml:
// the spec's own (src/generated/openapi.ts) and the names of each
// operation's request and answer that the official SDKs use (sdk-names.ts).
export type * from './generated/openapi.js';
export type * from './generated/sdk-names.js';

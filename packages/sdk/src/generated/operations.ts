// GENERATED FILE. DO NOT EDIT. Source: spec/openapi.yaml, by scripts/generate-operations.mjs.
/**
 * Matches "METHOD /path" (a path template or a concrete path) of every operation
 * that is idempotent: `x-revox-idempotent` where the spec sets it, else what
 * HTTP says of the method. 11 of 13 operations.
 */
export const IDEMPOTENT = /^(?:GET \/assistants|GET \/assistants\/[^/]+|DELETE \/assistants\/[^/]+|PATCH \/assistants\/[^/]+|GET \/call|GET \/call\/[^/]+|GET \/voices|GET \/voices\/[^/]+|POST \/voices\/preview|GET \/users\/me|PATCH \/users\/me)$/;

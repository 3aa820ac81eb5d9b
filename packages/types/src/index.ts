// The public types of the Revox API. Everything here is generated from
// spec/openapi.yaml (see src/generated/openapi.ts); the aliases below only
// name generated types that have no component of their own.
import type { AssistantResponse, operations } from './generated/openapi.js';

export type * from './generated/openapi.js';

/** The query of `GET /call`: `page` (counted from 0) and `page_size`. */
export type CallListParams = operations['listCalls']['parameters']['query'];
/** The query of `GET /voices/{id}`: the voice's `provider`. */
export type VoiceRetrieveParams = operations['retrieveVoice']['parameters']['query'];
/** The answer to an update: the name this type had before create shared it. */
export type AssistantUpdateResponse = AssistantResponse;

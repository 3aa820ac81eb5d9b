// GENERATED FILE. DO NOT EDIT.
// Made from spec/openapi.yaml (and spec/sdk-policy.yaml) by packages/codegen, through the SDK plan.
// Change the spec, then run `npm run generate` and commit the result; `npm test` fails while this file is stale.

import type { operations } from './openapi.js';

/** What `client.assistants.create` (`POST /assistants`) resolves to. */
export type AssistantCreateResponse = operations['createAssistant']['responses'][200]['content']['application/json'];

/** What `client.assistants.retrieve` (`GET /assistants/{id}`) resolves to. */
export type AssistantRetrieveResponse = operations['retrieveAssistant']['responses'][200]['content']['application/json'];

/** What `client.assistants.update` (`PATCH /assistants/{id}`) resolves to. */
export type AssistantUpdateResponse = operations['updateAssistant']['responses'][200]['content']['application/json'];

/** The query of `client.call.list` (`GET /call`). */
export type CallListParams = NonNullable<operations['listCalls']['parameters']['query']>;

/** What `client.call.create` (`POST /call`) resolves to. */
export type CallCreateResponse = operations['createCall']['responses'][200]['content']['application/json'];

/** What `client.call.retrieve` (`GET /call/{id}`) resolves to. */
export type CallRetrieveResponse = operations['retrieveCall']['responses'][200]['content']['application/json'];

/** The query of `client.voices.retrieve` (`GET /voices/{id}`). */
export type VoiceRetrieveParams = NonNullable<operations['retrieveVoice']['parameters']['query']>;

/** What `client.voices.preview` (`POST /voices/preview`) resolves to. */
export type VoicePreviewResponse = operations['previewVoice']['responses'][200]['content']['audio/mpeg'];

/** What `client.users.me.retrieve` (`GET /users/me`) resolves to. */
export type MeRetrieveResponse = operations['retrieveCurrentUser']['responses'][200]['content']['application/json'];

/** The body of `client.users.me.update` (`PATCH /users/me`). */
export type MeUpdateParams = NonNullable<operations['updateCurrentUser']['requestBody']>['content']['application/json'];

/** What `client.users.me.update` (`PATCH /users/me`) resolves to. */
export type MeUpdateResponse = operations['updateCurrentUser']['responses'][200]['content']['application/json'];

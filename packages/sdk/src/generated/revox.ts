// GENERATED FILE. DO NOT EDIT.
// Made from spec/openapi.yaml (and spec/sdk-policy.yaml) by packages/codegen, through the SDK plan.
// Change the spec, then run `npm run generate` and commit the result; `npm test` fails while this file is stale.
import type * as Types from '@revoxai/types';
import type { operations } from '@revoxai/types';
import type { APIPromise, PagePromise } from '../api-promise.js';
import type { Operation } from '../client.js';
import { APIClient } from '../client.js';
import * as Errors from '../errors.js';
import type { ClientOptions, RequestOptions } from '../options.js';
import * as StatusErrors from './errors.js';

/**
 * Each operation of the spec, by operationId: its method's name and the facts
 * the client acts on. The client makes a method of each row; the interfaces
 * below give it its types and the spec's documentation.
 */
export const OPERATIONS = {
  listAssistants: { sdk: 'assistants.list', method: 'GET', path: '/assistants', idempotent: true },
  createAssistant: {
    sdk: 'assistants.create',
    method: 'POST',
    path: '/assistants',
    idempotent: false,
    input: 'required',
    required: ['name', 'prompt'],
    body: 'json',
  },
  retrieveAssistant: { sdk: 'assistants.retrieve', method: 'GET', path: '/assistants/{id}', idempotent: true, pathParams: ['id'] },
  deleteAssistant: { sdk: 'assistants.delete', method: 'DELETE', path: '/assistants/{id}', idempotent: true, pathParams: ['id'] },
  updateAssistant: {
    sdk: 'assistants.update',
    method: 'PATCH',
    path: '/assistants/{id}',
    idempotent: true,
    pathParams: ['id'],
    input: 'optional',
    body: 'json',
  },
  listCalls: {
    sdk: 'call.list',
    method: 'GET',
    path: '/call',
    idempotent: true,
    input: 'required',
    query: ['page', 'page_size'],
    required: ['page', 'page_size'],
    pagination: { page: 'page', size: 'page_size', items: 'calls' },
  },
  createCall: {
    sdk: 'call.create',
    method: 'POST',
    path: '/call',
    idempotent: false,
    input: 'required',
    required: ['phone_number'],
    body: 'json',
  },
  retrieveCall: { sdk: 'call.retrieve', method: 'GET', path: '/call/{id}', idempotent: true, pathParams: ['id'] },
  listVoices: { sdk: 'voices.list', method: 'GET', path: '/voices', idempotent: true },
  retrieveVoice: {
    sdk: 'voices.retrieve',
    method: 'GET',
    path: '/voices/{id}',
    idempotent: true,
    pathParams: ['id'],
    input: 'required',
    query: ['provider'],
    required: ['provider'],
  },
  previewVoice: {
    sdk: 'voices.preview',
    method: 'POST',
    path: '/voices/preview',
    idempotent: true,
    input: 'required',
    required: ['provider', 'voiceId'],
    body: 'json',
    answer: 'binary',
    accept: 'audio/mpeg, audio/*;q=0.9, application/json;q=0.5',
  },
  retrieveCurrentUser: { sdk: 'users.me.retrieve', method: 'GET', path: '/users/me', idempotent: true },
  updateCurrentUser: { sdk: 'users.me.update', method: 'PATCH', path: '/users/me', idempotent: true, input: 'optional', body: 'json' },
} as const satisfies Record<keyof operations, Operation>;

/** The operationIds in the order a request's path is matched against their templates: the most specific first. */
export const ROUTES: readonly (keyof typeof OPERATIONS)[] = [
  'listAssistants',
  'createAssistant',
  'retrieveAssistant',
  'deleteAssistant',
  'updateAssistant',
  'listCalls',
  'createCall',
  'retrieveCall',
  'listVoices',
  'previewVoice',
  'retrieveCurrentUser',
  'updateCurrentUser',
  'retrieveVoice',
];

/** The operationId of each SDK method name, for the types that take either (a lookup stays cheap for large specs). */
export interface OperationIdOf {
  'assistants.list': 'listAssistants';
  'assistants.create': 'createAssistant';
  'assistants.retrieve': 'retrieveAssistant';
  'assistants.delete': 'deleteAssistant';
  'assistants.update': 'updateAssistant';
  'call.list': 'listCalls';
  'call.create': 'createCall';
  'call.retrieve': 'retrieveCall';
  'voices.list': 'listVoices';
  'voices.retrieve': 'retrieveVoice';
  'voices.preview': 'previewVoice';
  'users.me.retrieve': 'retrieveCurrentUser';
  'users.me.update': 'updateCurrentUser';
}

/**
 * The Revox API client.
 *
 * ```ts
 * const client = new Revox(); // reads REVOX_API_KEY
 * ```
 */
export class Revox extends APIClient {
  declare static readonly RevoxError: typeof Errors.RevoxError;
  declare static readonly RevoxValidationError: typeof Errors.RevoxValidationError;
  declare static readonly APIError: typeof Errors.APIError;
  declare static readonly APIConnectionError: typeof Errors.APIConnectionError;
  declare static readonly APIConnectionTimeoutError: typeof Errors.APIConnectionTimeoutError;
  declare static readonly APIUserAbortError: typeof Errors.APIUserAbortError;
  declare static readonly ResponseTooLargeError: typeof Errors.ResponseTooLargeError;
  declare static readonly BadRequestError: typeof StatusErrors.BadRequestError;
  declare static readonly AuthenticationError: typeof StatusErrors.AuthenticationError;
  declare static readonly PermissionDeniedError: typeof StatusErrors.PermissionDeniedError;
  declare static readonly NotFoundError: typeof StatusErrors.NotFoundError;
  declare static readonly ConflictError: typeof StatusErrors.ConflictError;
  declare static readonly UnprocessableEntityError: typeof StatusErrors.UnprocessableEntityError;
  declare static readonly RateLimitError: typeof StatusErrors.RateLimitError;
  declare static readonly InternalServerError: typeof StatusErrors.InternalServerError;
  // Each error class under its own name (its prototype carries it, errors.ts `brand`): one loop is 90 B gzip less than a field per class.
  static {
    for (const ErrorClass of [
      Errors.RevoxError,
      Errors.RevoxValidationError,
      Errors.APIError,
      Errors.APIConnectionError,
      Errors.APIConnectionTimeoutError,
      Errors.APIUserAbortError,
      Errors.ResponseTooLargeError,
      StatusErrors.BadRequestError,
      StatusErrors.AuthenticationError,
      StatusErrors.PermissionDeniedError,
      StatusErrors.NotFoundError,
      StatusErrors.ConflictError,
      StatusErrors.UnprocessableEntityError,
      StatusErrors.RateLimitError,
      StatusErrors.InternalServerError,
    ])
      (Revox as unknown as Record<string, unknown>)[ErrorClass.prototype.name] = ErrorClass;
  }

  declare readonly assistants: Assistants;
  declare readonly call: Call;
  declare readonly voices: Voices;
  declare readonly users: Users;

  constructor(options?: ClientOptions) {
    super(options, OPERATIONS);
  }
}

/** The request and response types by the names the official SDKs use: `Revox.AssistantUpdateParams`. */
export declare namespace Revox {
  export type { ClientOptions, RequestOptions };
  export type AssistantListResponse = Types.AssistantListResponse;
  export type AssistantCreateParams = Types.AssistantCreateParams;
  export type AssistantCreateResponse = Types.AssistantCreateResponse;
  export type AssistantRetrieveResponse = Types.AssistantRetrieveResponse;
  export type AssistantDeleteResponse = Types.AssistantDeleteResponse;
  export type AssistantUpdateParams = Types.AssistantUpdateParams;
  export type AssistantUpdateResponse = Types.AssistantUpdateResponse;
  export type CallListParams = Types.CallListParams;
  export type CallListResponse = Types.CallListResponse;
  export type CallCreateParams = Types.CallCreateParams;
  export type CallCreateResponse = Types.CallCreateResponse;
  export type CallRetrieveResponse = Types.CallRetrieveResponse;
  export type VoiceListResponse = Types.VoiceListResponse;
  export type VoiceRetrieveParams = Types.VoiceRetrieveParams;
  export type VoiceRetrieveResponse = Types.VoiceRetrieveResponse;
  export type VoicePreviewParams = Types.VoicePreviewParams;
  export type VoicePreviewResponse = Types.VoicePreviewResponse;
  export type MeRetrieveResponse = Types.MeRetrieveResponse;
  export type MeUpdateParams = Types.MeUpdateParams;
  export type MeUpdateResponse = Types.MeUpdateResponse;
}

/** `client.assistants`: list, create, retrieve, delete, update. */
export interface Assistants {
  /**
   * **List assistants** (`GET /assistants`)
   *
   * Returns every assistant of your organization in one response. The
   * list is not paginated.
   */
  list(options?: RequestOptions): APIPromise<Types.AssistantListResponse>;

  /**
   * **Create an assistant** (`POST /assistants`)
   *
   * Saves a new assistant and returns it. `name` and `prompt` are
   * required; every other setting is optional and takes the server's
   * default when left out.
   *
   * Each request creates a new assistant, even when the body is the same
   * as an earlier one: Revox documents no idempotency key. If a request
   * fails without a response (a timeout, a dropped connection), list the
   * assistants before sending it again, or you may end up with two. The
   * official SDK does not retry it in that case.
   */
  create(body: Types.AssistantCreateParams, options?: RequestOptions): APIPromise<Types.AssistantCreateResponse>;

  /**
   * **Retrieve an assistant** (`GET /assistants/{id}`)
   *
   * Returns one assistant. Unlike the other assistant operations, the
   * response is the assistant itself, not wrapped under an `assistant`
   * key; this mirrors what the API sends.
   */
  retrieve(id: string, options?: RequestOptions): APIPromise<Types.AssistantRetrieveResponse>;

  /**
   * **Delete an assistant** (`DELETE /assistants/{id}`)
   *
   * Deletes an assistant for good. Calls already placed with it keep
   * their records. Sending the request again after a success gets `404`,
   * since the assistant no longer exists.
   */
  delete(id: string, options?: RequestOptions): APIPromise<Types.AssistantDeleteResponse>;

  /**
   * **Update an assistant** (`PATCH /assistants/{id}`)
   *
   * Changes some settings of an existing assistant and returns the whole
   * assistant as it is after the change.
   *
   * This is a partial update. Only the keys present in the body are
   * changed; every key left out keeps its current value. An empty object
   * `{}` is a valid body and changes nothing. Where a field accepts
   * `null`, sending `null` clears it.
   *
   * Arrays are replaced, not merged: sending `faq_items` replaces the
   * assistant's whole FAQ list with the items sent, and the same holds for
   * `structured_output_config` and `call_retry_config.calling_windows`.
   */
  update(id: string, body?: Types.AssistantUpdateParams, options?: RequestOptions): APIPromise<Types.AssistantUpdateResponse>;
}

/** `client.call`: list, create, retrieve. */
export interface Call {
  /**
   * **List call attempts** (`GET /call`)
   *
   * Returns one page of the organization's call **attempts** (not call
   * orders), newest first. Pages are numbered from 0.
   *
   * The response has no total, no cursor and no "more" flag. A page with
   * fewer than `page_size` attempts, or none, is the last one; this rule
   * is inferred, not documented.
   */
  list(query: Types.CallListParams, options?: RequestOptions): PagePromise<Types.CallListResponse, Types.CallListResponse['calls'][number]>;

  /**
   * **Place a call** (`POST /call`)
   *
   * Orders a phone call to `phone_number`, made by an existing assistant
   * (`assistant_id`) or by one described inline (`assistant`). The
   * response is the call order; Revox then places one or more call
   * attempts, within the calling windows and retry policy in force,
   * possibly over several days. Read their progress with
   * `GET /call/{id}`.
   *
   * **This places a real phone call.** Revox documents no idempotency
   * key and deduplicates nothing, so sending the same order twice rings
   * the person twice. Never repeat this request after a timeout or a
   * dropped connection: the first one may have been accepted. Repeating
   * it is safe only after a `429` or `503`, which say the order was not
   * taken; the official SDK retries only those.
   *
   * Give either `assistant_id` or `assistant`. What the server does when
   * both or neither are given is not documented.
   */
  create(body: Types.CallCreateParams, options?: RequestOptions): APIPromise<Types.CallCreateResponse>;

  /**
   * **Retrieve a call order** (`GET /call/{id}`)
   *
   * Returns a call order with all its attempts so far, newest first,
   * including each attempt's transcript and extracted data once the
   * attempt has ended.
   */
  retrieve(id: string, options?: RequestOptions): APIPromise<Types.CallRetrieveResponse>;
}

/** `client.voices`: list, retrieve, preview. */
export interface Voices {
  /**
   * **List voices** (`GET /voices`)
   *
   * Returns the text-to-speech voices an assistant can speak with. Use a
   * voice's `id` and `provider` in an assistant's `voice`.
   */
  list(options?: RequestOptions): APIPromise<Types.VoiceListResponse>;

  /**
   * **Retrieve a voice** (`GET /voices/{id}`)
   *
   * Returns one voice of a provider. The same id can exist at both
   * providers, so `provider` is required.
   */
  retrieve(id: string, query: Types.VoiceRetrieveParams, options?: RequestOptions): APIPromise<Types.VoiceRetrieveResponse>;

  /**
   * **Preview a voice** (`POST /voices/preview`)
   *
   * Speaks a sample text with a voice and returns the audio, not JSON.
   * Send an `Accept` header that admits audio, such as `audio/mpeg` or
   * `*\/*`, and read the body as bytes: decoding it as text corrupts it.
   *
   * The audio is MP3 (`audio/mpeg`) as far as known; Revox does not
   * document the media type, so check the response's `Content-Type`.
   * Nothing is stored, so the request is safe to repeat.
   */
  preview(body: Types.VoicePreviewParams, options?: RequestOptions): APIPromise<Types.VoicePreviewResponse>;
}

/** `client.users`: `me`. */
export interface Users {
  readonly me: Me;
}

/** `client.users.me`: retrieve, update. */
export interface Me {
  /**
   * **Retrieve the current user** (`GET /users/me`)
   *
   * Returns the user the API key belongs to.
   */
  retrieve(options?: RequestOptions): APIPromise<Types.MeRetrieveResponse>;

  /**
   * **Update the current user** (`PATCH /users/me`)
   *
   * Changes settings of the user the API key belongs to and returns the
   * user. Keys left out keep their value; an empty body changes nothing.
   */
  update(body?: Types.MeUpdateParams, options?: RequestOptions): APIPromise<Types.MeUpdateResponse>;
}

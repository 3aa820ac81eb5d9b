// One check per operation: what a caller sends is typed tightly enough that
// a missing required field or a wrong value does not compile, and what the
// operation answers has the named type the SDK resolves to.
import { describe, expectTypeOf, it } from 'vitest';
import type {
  Assistant,
  AssistantCreateParams,
  AssistantDeleteResponse,
  AssistantListResponse,
  AssistantResponse,
  AssistantUpdateParams,
  CallAssistantParams,
  CallCreateParams,
  CallListParams,
  CallListResponse,
  CallOrderResponse,
  UserResponse,
  UserUpdateParams,
  VoiceListResponse,
  VoicePreviewParams,
  VoiceRetrieveParams,
  VoiceRetrieveResponse,
  operations,
} from '../src/index.js';

type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;
type RequestOf<Op extends keyof operations> = Json<NonNullable<operations[Op]['requestBody']>>;
type AnswerOf<Op extends keyof operations> = operations[Op]['responses'] extends { 200: infer Ok } ? Ok : never;

describe('Assistants', () => {
  it('createAssistant requires name and prompt', () => {
    expectTypeOf<RequestOf<'createAssistant'>>().toEqualTypeOf<AssistantCreateParams>();
    expectTypeOf<Json<AnswerOf<'createAssistant'>>>().toEqualTypeOf<AssistantResponse>();
    const ok: AssistantCreateParams = { name: 'Front desk', prompt: 'Answer the phone.', voicemail_message: null };
    // @ts-expect-error prompt is required
    const noPrompt: AssistantCreateParams = { name: 'Front desk' };
    // @ts-expect-error the same field types as an update
    const wrongType: AssistantCreateParams = { name: 'Front desk', prompt: 'p', max_call_duration_secs: '5 minutes' };
    void [ok, noPrompt, wrongType];
  });

  it('listAssistants takes nothing and answers a list', () => {
    expectTypeOf<operations['listAssistants']['parameters']['query']>().toEqualTypeOf<undefined>();
    expectTypeOf<Json<AnswerOf<'listAssistants'>>>().toEqualTypeOf<AssistantListResponse>();
    expectTypeOf<AssistantListResponse['assistants']>().toEqualTypeOf<Assistant[]>();
  });

  it('retrieveAssistant needs an id and answers the bare Assistant', () => {
    expectTypeOf<Json<AnswerOf<'retrieveAssistant'>>>().toEqualTypeOf<Assistant>();
    // @ts-expect-error the id is required
    const noId: operations['retrieveAssistant']['parameters']['path'] = {};
    void noId;
  });

  it('updateAssistant accepts an empty body but not a wrong value', () => {
    expectTypeOf<RequestOf<'updateAssistant'>>().toEqualTypeOf<AssistantUpdateParams>();
    const empty: AssistantUpdateParams = {};
    // @ts-expect-error a delay is a number
    const wrong: AssistantUpdateParams = { first_sentence_delay_ms: 'soon' };
    void [empty, wrong];
  });

  it('deleteAssistant answers success', () => {
    expectTypeOf<Json<AnswerOf<'deleteAssistant'>>>().toEqualTypeOf<AssistantDeleteResponse>();
    expectTypeOf<AssistantDeleteResponse>().toEqualTypeOf<{ success: boolean }>();
  });
});

describe('Calls', () => {
  it('createCall requires phone_number, and an inline assistant requires prompt', () => {
    expectTypeOf<RequestOf<'createCall'>>().toEqualTypeOf<CallCreateParams>();
    expectTypeOf<Json<AnswerOf<'createCall'>>>().toEqualTypeOf<CallOrderResponse>();
    const ok: CallCreateParams = { phone_number: '+14155550123', assistant_id: 'asst_1', metadata: { order: '42' } };
    // @ts-expect-error phone_number is required
    const noNumber: CallCreateParams = { assistant_id: 'asst_1' };
    // @ts-expect-error the inline assistant needs a prompt
    const noPrompt: CallAssistantParams = { first_sentence: 'Hello' };
    // @ts-expect-error metadata values are strings
    const badMetadata: CallCreateParams = { phone_number: '+1', metadata: { order: 42 } };
    void [ok, noNumber, noPrompt, badMetadata];
  });

  it('retrieveCall needs an id and answers the order', () => {
    expectTypeOf<Json<AnswerOf<'retrieveCall'>>>().toEqualTypeOf<CallOrderResponse>();
    expectTypeOf<operations['retrieveCall']['parameters']['path']>().toEqualTypeOf<{ id: string }>();
  });

  it('listCalls requires page and page_size', () => {
    expectTypeOf<CallListParams>().toEqualTypeOf<{ page: number; page_size: number }>();
    expectTypeOf<Json<AnswerOf<'listCalls'>>>().toEqualTypeOf<CallListResponse>();
    // @ts-expect-error page_size is required
    const noSize: CallListParams = { page: 0 };
    void noSize;
  });
});

describe('Voices', () => {
  it('listVoices answers summaries', () => {
    expectTypeOf<Json<AnswerOf<'listVoices'>>>().toEqualTypeOf<VoiceListResponse>();
  });

  it('retrieveVoice requires a known provider', () => {
    expectTypeOf<VoiceRetrieveParams>().toEqualTypeOf<{ provider: 'cartesia' | 'elevenlabs' }>();
    expectTypeOf<Json<AnswerOf<'retrieveVoice'>>>().toEqualTypeOf<VoiceRetrieveResponse>();
    // @ts-expect-error not a provider
    const other: VoiceRetrieveParams = { provider: 'inworld' };
    void other;
  });

  it('previewVoice takes camelCase voiceId and answers audio bytes', () => {
    expectTypeOf<RequestOf<'previewVoice'>>().toEqualTypeOf<VoicePreviewParams>();
    type Audio = AnswerOf<'previewVoice'> extends { content: { 'audio/mpeg': infer A } } ? A : never;
    expectTypeOf<Audio>().toEqualTypeOf<Blob>();
    // @ts-expect-error the API spells it voiceId
    const snake: VoicePreviewParams = { provider: 'cartesia', voice_id: 'v' };
    void snake;
  });
});

describe('Users', () => {
  it('retrieveCurrentUser and updateCurrentUser answer the user', () => {
    expectTypeOf<Json<AnswerOf<'retrieveCurrentUser'>>>().toEqualTypeOf<UserResponse>();
    expectTypeOf<Json<AnswerOf<'updateCurrentUser'>>>().toEqualTypeOf<UserResponse>();
    const empty: UserUpdateParams = {};
    // @ts-expect-error a flag, not a string
    const wrong: UserUpdateParams = { has_completed_onboarding: 'yes' };
    void [empty, wrong];
  });
});

// The generated types say what the spec says: spot checks of the shapes SDK
// users rely on most, so that a codegen option change cannot slip through.
import { describe, expectTypeOf, it } from 'vitest';
import type {
  Assistant,
  AssistantUpdateParams,
  AssistantUpdateResponse,
  Calendly,
  CallRetryConfig,
  CallingWindow,
  CustomTool,
  DedicatedInstanceModel,
  EmailNotificationOutcome,
  HumanTransferMode,
  FaqItem,
  FaqItemInput,
  LlmModel,
  OpenRouterModel,
  StructuredOutputField,
  Voice,
  Weekday,
  paths,
} from '../src/index.js';

describe('named exports', () => {
  it('request fields are all optional, with request-side nullability', () => {
    expectTypeOf<AssistantUpdateParams>().toEqualTypeOf<Partial<AssistantUpdateParams>>();
    expectTypeOf<AssistantUpdateParams['voice']>().toEqualTypeOf<Voice | undefined>();
    expectTypeOf<AssistantUpdateParams['voicemail_message']>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<AssistantUpdateParams['background_sound']>().toEqualTypeOf<'audio/office.ogg' | null | undefined>();
    expectTypeOf<AssistantUpdateParams['faq_items']>().toEqualTypeOf<FaqItemInput[] | undefined>();
    expectTypeOf<AssistantUpdateParams['calendly']>().toEqualTypeOf<Calendly | null | undefined>();
  });

  it('the Assistant has response-side nullability and two optional keys', () => {
    expectTypeOf<Assistant['voice']>().toEqualTypeOf<Voice | null>();
    expectTypeOf<Assistant['call_retry_config']>().toEqualTypeOf<CallRetryConfig | null>();
    expectTypeOf<Assistant['webhook_url']>().toEqualTypeOf<string | null>();
    expectTypeOf<Assistant['created_at']>().toEqualTypeOf<string>();
    expectTypeOf<Assistant['faq_items']>().toEqualTypeOf<FaqItem[] | undefined>();
    expectTypeOf<Assistant['pending_faq_count']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<AssistantUpdateResponse>().toEqualTypeOf<{ assistant: Assistant }>();
  });

  it('llm_model is a discriminated union', () => {
    expectTypeOf<LlmModel>().toEqualTypeOf<DedicatedInstanceModel | OpenRouterModel>();
    expectTypeOf<DedicatedInstanceModel['name']>().toEqualTypeOf<'gpt-4.1' | 'ministral-3-8b-instruct'>();
    expectTypeOf<Extract<LlmModel, { type: 'openrouter' }>>().toEqualTypeOf<OpenRouterModel>();
  });

  it('nested shapes keep their required keys', () => {
    expectTypeOf<CallingWindow>().toEqualTypeOf<{
      calling_window_start_time: string;
      calling_window_end_time: string;
      retry_delay_seconds: number;
    }>();
    expectTypeOf<StructuredOutputField['type']>().toEqualTypeOf<'string' | 'number' | 'boolean' | 'enum' | 'date' | 'datetime'>();
    expectTypeOf<FaqItem['source']>().toEqualTypeOf<'human' | 'ai' | undefined>();
  });

  it('the newest settings: confirmed enums are closed, partly known ones offer their values and take any string', () => {
    expectTypeOf<HumanTransferMode>().toEqualTypeOf<'warm' | (string & {})>();
    expectTypeOf<EmailNotificationOutcome>().toEqualTypeOf<'not_interested' | (string & {})>();
    expectTypeOf<CustomTool['method']>().toEqualTypeOf<'GET' | (string & {}) | undefined>();
    expectTypeOf<'cold'>().toExtend<HumanTransferMode>();
    expectTypeOf<3>().not.toExtend<HumanTransferMode>();
    expectTypeOf<Weekday>().toEqualTypeOf<'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday'>();
    expectTypeOf<'someday'>().not.toExtend<Weekday>();
    expectTypeOf<CallRetryConfig['allowed_days']>().toEqualTypeOf<Weekday[] | undefined>();
    expectTypeOf<CallRetryConfig['call_twice_in_a_row']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<AssistantUpdateParams['from_phone_number']>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<AssistantUpdateParams['background_sound_volume']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Assistant['human_transfer_mode']>().toEqualTypeOf<HumanTransferMode | undefined>();
  });

  it('paths describe PATCH /assistants/{id}', () => {
    type Patch = paths['/assistants/{id}']['patch'];
    expectTypeOf<Patch['parameters']['path']>().toEqualTypeOf<{ id: string }>();
    expectTypeOf<Patch['responses'][200]['content']['application/json']>().toEqualTypeOf<AssistantUpdateResponse>();
  });
});

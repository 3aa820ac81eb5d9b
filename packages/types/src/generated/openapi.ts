/**
 * GENERATED FILE. DO NOT EDIT.
 * Made from spec/openapi.yaml (and spec/sdk-policy.yaml) by packages/codegen, through openapi-typescript.
 * Change the spec, then run `npm run generate` and commit the result; `npm test` fails while this file is stale.
 */

export interface paths {
  '/assistants': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List assistants
     * @description Returns every assistant of your organization in one response. The
     *     list is not paginated.
     */
    get: operations['listAssistants'];
    put?: never;
    /**
     * Create an assistant
     * @description Saves a new assistant and returns it. `name` and `prompt` are
     *     required; every other setting is optional and takes the server's
     *     default when left out.
     *
     *     Each request creates a new assistant, even when the body is the same
     *     as an earlier one: Revox documents no idempotency key. If a request
     *     fails without a response (a timeout, a dropped connection), list the
     *     assistants before sending it again, or you may end up with two. The
     *     official SDK does not retry it in that case.
     */
    post: operations['createAssistant'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/assistants/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The identifier of the assistant, as returned in `assistant.id`. Its format is not documented; treat it as an opaque string.
         * @example asst_01HZX3K4V6QW8N2P5R7T9Y1B3D
         */
        id: components['parameters']['AssistantId'];
      };
      cookie?: never;
    };
    /**
     * Retrieve an assistant
     * @description Returns one assistant. Unlike the other assistant operations, the
     *     response is the assistant itself, not wrapped under an `assistant`
     *     key; this mirrors what the API sends.
     */
    get: operations['retrieveAssistant'];
    put?: never;
    post?: never;
    /**
     * Delete an assistant
     * @description Deletes an assistant for good. Calls already placed with it keep
     *     their records. Sending the request again after a success gets `404`,
     *     since the assistant no longer exists.
     */
    delete: operations['deleteAssistant'];
    options?: never;
    head?: never;
    /**
     * Update an assistant
     * @description Changes some settings of an existing assistant and returns the whole
     *     assistant as it is after the change.
     *
     *     This is a partial update. Only the keys present in the body are
     *     changed; every key left out keeps its current value. An empty object
     *     `{}` is a valid body and changes nothing. Where a field accepts
     *     `null`, sending `null` clears it.
     *
     *     Arrays are replaced, not merged: sending `faq_items` replaces the
     *     assistant's whole FAQ list with the items sent, and the same holds for
     *     `structured_output_config` and `call_retry_config.calling_windows`.
     */
    patch: operations['updateAssistant'];
    trace?: never;
  };
  '/call': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List call attempts
     * @description Returns one page of the organization's call **attempts** (not call
     *     orders), newest first. Pages are numbered from 0.
     *
     *     The response has no total, no cursor and no "more" flag. A page with
     *     fewer than `page_size` attempts, or none, is the last one; this rule
     *     is inferred, not documented.
     */
    get: operations['listCalls'];
    put?: never;
    /**
     * Place a call
     * @description Orders a phone call to `phone_number`, made by an existing assistant
     *     (`assistant_id`) or by one described inline (`assistant`). The
     *     response is the call order; Revox then places one or more call
     *     attempts, within the calling windows and retry policy in force,
     *     possibly over several days. Read their progress with
     *     `GET /call/{id}`.
     *
     *     **This places a real phone call.** Revox documents no idempotency
     *     key and deduplicates nothing, so sending the same order twice rings
     *     the person twice. Never repeat this request after a timeout or a
     *     dropped connection: the first one may have been accepted. Repeating
     *     it is safe only after a `429` or `503`, which say the order was not
     *     taken; the official SDK retries only those.
     *
     *     Give either `assistant_id` or `assistant`. What the server does when
     *     both or neither are given is not documented.
     */
    post: operations['createCall'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/call/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The identifier of the call order, as returned in `call.id`. Its format is not documented; treat it as an opaque string.
         * @example call_01JA2B3C4D5E6F7G8H9J0K1M2N
         */
        id: components['parameters']['CallId'];
      };
      cookie?: never;
    };
    /**
     * Retrieve a call order
     * @description Returns a call order with all its attempts so far, newest first,
     *     including each attempt's transcript and extracted data once the
     *     attempt has ended.
     */
    get: operations['retrieveCall'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/voices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List voices
     * @description Returns the text-to-speech voices an assistant can speak with. Use a
     *     voice's `id` and `provider` in an assistant's `voice`.
     */
    get: operations['listVoices'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/voices/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The voice identifier at its provider, as returned in `voices[].id`.
         * @example 694f9389-aac1-45b6-b726-9d9369183238
         */
        id: components['parameters']['VoiceId'];
      };
      cookie?: never;
    };
    /**
     * Retrieve a voice
     * @description Returns one voice of a provider. The same id can exist at both
     *     providers, so `provider` is required.
     */
    get: operations['retrieveVoice'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/voices/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Preview a voice
     * @description Speaks a sample text with a voice and returns the audio, not JSON.
     *     Send an `Accept` header that admits audio, such as `audio/mpeg` or
     *     `*\/*`, and read the body as bytes: decoding it as text corrupts it.
     *
     *     The audio is MP3 (`audio/mpeg`) as far as known; Revox does not
     *     document the media type, so check the response's `Content-Type`.
     *     Nothing is stored, so the request is safe to repeat.
     */
    post: operations['previewVoice'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/users/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Retrieve the current user
     * @description Returns the user the API key belongs to.
     */
    get: operations['retrieveCurrentUser'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Update the current user
     * @description Changes settings of the user the API key belongs to and returns the
     *     user. Keys left out keep their value; an empty body changes nothing.
     */
    patch: operations['updateCurrentUser'];
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /**
     * AssistantUpdateParams
     * @description The settings to change. Every key is optional; keys left out keep
     *     their current value.
     *
     *     The newest API accepts 34 settings. The 9 whose names are not known
     *     yet (among them a farewell at the maximum call duration, SMS during
     *     and after voicemail, a prompt for data extraction and the "thinking"
     *     sounds) are not described here; the server accepts them anyway, and
     *     unknown keys are not refused by this schema.
     */
    AssistantUpdateParams: {
      /**
       * @description Instructions for a text message (SMS) sent to the person after the
       *     call, written by the language model; `{{variable}}` placeholders
       *     are filled from the call. `null` sends no message.
       */
      after_call_sms_prompt?: string | null;
      /**
       * @description An ambient sound played under the conversation, so that the agent
       *     sounds like it is calling from an office. `null` turns it off.
       * @enum {string|null}
       */
      background_sound?: 'audio/office.ogg' | null;
      background_sound_volume?: components['schemas']['BackgroundSoundVolume'];
      /** @description The Calendly account and event type the agent books meetings with. `null` disconnects Calendly. */
      calendly?: components['schemas']['Calendly'] | null;
      call_retry_config?: components['schemas']['CallRetryConfig'];
      /**
       * @description HTTP requests the agent may make during a call, each described as a
       *     tool the language model can call. Sending this key replaces the
       *     whole list.
       */
      custom_tools?: components['schemas']['CustomTool'][];
      /**
       * @description The e-mail address told when a call ends with one of
       *     `email_notification_outcomes`. The docs do not say whether it can
       *     be unset, so `null` is allowed here and presumably means that no
       *     e-mail is sent. The address format is checked by the server, not by
       *     this schema.
       */
      email_notification_address?: string | null;
      /** @description The call outcomes that send an e-mail to `email_notification_address`. */
      email_notification_outcomes?: components['schemas']['EmailNotificationOutcome'][];
      /** @description What the agent says just before it hangs up, when it decides to end the call. */
      end_of_call_sentence?: string;
      /**
       * @description Questions and answers the agent can use during calls. Sending this
       *     key replaces the assistant's whole FAQ list; send `[]` to empty it.
       */
      faq_items?: components['schemas']['FaqItemInput'][];
      /**
       * @description The opening line. With `first_sentence_mode: static` the agent says
       *     it word for word; with `generated` the language model uses it as an
       *     instruction to write the opening line.
       */
      first_sentence?: string;
      first_sentence_delay_ms?: components['schemas']['FirstSentenceDelayMs'];
      first_sentence_mode?: components['schemas']['FirstSentenceMode'];
      from_phone_number?: components['schemas']['CallerId'];
      human_transfer_mode?: components['schemas']['HumanTransferMode'];
      /**
       * @description Lets the agent get through automated phone menus (IVR) by pressing
       *     keys and waiting through menu prompts.
       */
      ivr_navigation_enabled?: boolean;
      llm_model?: components['schemas']['LlmModel'];
      max_call_duration_secs?: components['schemas']['MaxCallDurationSecs'];
      name?: components['schemas']['AssistantName'];
      prompt?: components['schemas']['AssistantPrompt'];
      /**
       * @description The data to extract from each call transcript, one entry per field.
       *     Sending this key replaces the whole list.
       */
      structured_output_config?: components['schemas']['StructuredOutputField'][];
      /**
       * @description The number to transfer the call to when the person asks for a
       *     human, in E.164 format (for example `+14155550123`). `null` turns
       *     transfers off. The format is checked by the server, not by this
       *     schema.
       */
      transfer_phone_number?: string | null;
      voice?: components['schemas']['Voice'];
      /**
       * @description What the agent says when the call reaches voicemail, before it
       *     hangs up. `null` makes the agent hang up on voicemail without
       *     leaving a message.
       */
      voicemail_message?: string | null;
      /** @description The URL Revox sends a request to when a call placed with this assistant ends. */
      webhook_url?: string;
    };
    /**
     * Assistant
     * @description A saved voice-agent configuration. Fields that can be unset are always
     *     present and hold `null` when unset; the fields that newer API versions
     *     added may be absent in answers of older ones.
     *
     *     The newest API answers with 39 fields. The 9 whose names are not known
     *     yet are not described here, and answers may hold them.
     */
    Assistant: {
      /** @description The unique identifier of the assistant. */
      id: string;
      /**
       * @description The ambient sound played under the conversation, or `null` when there is none.
       * @enum {string|null}
       */
      background_sound: 'audio/office.ogg' | null;
      /** @description The connected Calendly account and event type, or `null` when Calendly is not connected. */
      calendly: components['schemas']['Calendly'] | null;
      /** @description The retry policy, or `null` when the assistant uses the server's defaults. */
      call_retry_config: components['schemas']['CallRetryConfig'] | null;
      created_at: components['schemas']['Timestamp'];
      /** @description What the agent says before hanging up, or `null` when unset. */
      end_of_call_sentence: string | null;
      /** @description The opening line or the instruction for it (see `first_sentence_mode`), or `null` when unset. */
      first_sentence: string | null;
      first_sentence_delay_ms: components['schemas']['FirstSentenceDelayMs'];
      first_sentence_mode: components['schemas']['FirstSentenceMode'];
      /** @description Whether the agent may navigate automated phone menus (IVR). */
      ivr_navigation_enabled: boolean;
      llm_model: components['schemas']['LlmModel'];
      max_call_duration_secs: components['schemas']['MaxCallDurationSecs'];
      name: components['schemas']['AssistantName'];
      /** @description The identifier of the organization that owns the assistant. */
      organization_id: string;
      prompt: components['schemas']['AssistantPrompt'];
      /** @description The fields extracted from each call transcript, or `null` when nothing is extracted. */
      structured_output_config: components['schemas']['StructuredOutputField'][] | null;
      /** @description The E.164 number calls are transferred to when a person asks for a human, or `null` when transfers are off. */
      transfer_phone_number: string | null;
      updated_at: components['schemas']['Timestamp'];
      /** @description The text-to-speech voice, or `null` when unset. */
      voice: components['schemas']['Voice'] | null;
      /** @description What the agent says on voicemail, or `null` when it hangs up without a message. */
      voicemail_message: string | null;
      /** @description The URL notified when a call ends, or `null` when unset. */
      webhook_url: string | null;
      /** @description The instructions for the text message sent after each call, or `null` when none is sent. Older API versions leave this key out. */
      after_call_sms_prompt?: string | null;
      background_sound_volume?: components['schemas']['BackgroundSoundVolume'];
      /** @description The HTTP tools the agent may call during a call. Older API versions leave this key out. */
      custom_tools?: components['schemas']['CustomTool'][];
      /** @description The e-mail address told of calls with one of `email_notification_outcomes`, or `null` (presumably when none is set; the docs do not say). Older API versions leave this key out. */
      email_notification_address?: string | null;
      /** @description The call outcomes that send an e-mail. Older API versions leave this key out. */
      email_notification_outcomes?: components['schemas']['EmailNotificationOutcome'][];
      from_phone_number?: components['schemas']['CallerId'];
      human_transfer_mode?: components['schemas']['HumanTransferMode'];
      /** @description The FAQ entries of the assistant. Older API versions may leave this key out. */
      faq_items?: components['schemas']['FaqItem'][];
      /**
       * @description How many FAQ entries still wait for a human-written answer (those
       *     with `needs_human_answer: true`). Older API versions may leave this
       *     key out.
       */
      pending_faq_count?: number;
    };
    /**
     * Timestamp
     * Format: date-time
     * @description A point in time as an ISO 8601 / RFC 3339 string in UTC, for example
     *     `2026-03-02T09:14:27.512Z`.
     *
     *     Revox does not document the wire format of its timestamps: its own
     *     SDKs type them as "unknown". They are modelled here as date-time
     *     strings because JSON has no date type, other Revox date fields are
     *     documented as ISO 8601 strings, and a string is what an SDK user can
     *     pass to `new Date()`. If Revox ever documents another format, this
     *     schema changes and the SDK types change with it.
     */
    Timestamp: string;
    /**
     * FirstSentenceDelayMs
     * @description How long the agent waits, in milliseconds, before it says the opening
     *     line. The server default is 400. The schema only limits the value to
     *     the safe-integer range; a negative delay is meaningless, but no
     *     documented lower bound exists, so the server decides.
     */
    FirstSentenceDelayMs: number;
    /**
     * FirstSentenceMode
     * @description How the call opens:
     *     - `generated`: the language model writes the opening line, guided by
     *       `first_sentence`;
     *     - `static`: the agent says `first_sentence` word for word;
     *     - `none`: the agent says nothing and waits for the other person to
     *       speak first.
     * @enum {string}
     */
    FirstSentenceMode: 'generated' | 'static' | 'none';
    /**
     * MaxCallDurationSecs
     * @description The longest a call may last, in seconds; the call is ended when it
     *     is reached. Fractions are allowed. No bounds are documented.
     */
    MaxCallDurationSecs: number;
    /**
     * BackgroundSoundVolume
     * @description How loud the ambient sound is, from 0 (silent) to 1 (full volume). The server's default is not documented.
     */
    BackgroundSoundVolume: number;
    /**
     * CallerId
     * @description The number calls are placed from (the caller ID), in E.164 format
     *     (for example `+14155550100`); it must be a number of your
     *     organization. `null` uses the organization's default number. The
     *     format is checked by the server, not by this schema.
     */
    CallerId: string | null;
    /**
     * HumanTransferMode
     * @description How a call is handed to a human when the person asks for one. Known
     *     values: `warm` (the agent introduces the call before handing it
     *     over). The API has others that are not documented, so any string is
     *     accepted.
     */
    HumanTransferMode: 'warm' | (string & {});
    /**
     * EmailNotificationOutcome
     * @description A call outcome that can send an e-mail. Known values:
     *     `not_interested`. The API has others that are not documented, so any
     *     string is accepted.
     */
    EmailNotificationOutcome: 'not_interested' | (string & {});
    /**
     * CustomTool
     * @description An HTTP request the agent may make during a call, described to the
     *     language model as a tool. Which keys the API requires is not
     *     documented, so none is required here.
     */
    CustomTool: {
      /** @description The tool's name, as the language model sees it. */
      name?: string;
      /** @description What the tool does and when to use it, for the language model. It should not be empty. */
      description?: string;
      method?: components['schemas']['CustomToolMethod'];
      /** @description The URL to request; it should not be empty. */
      url?: string;
      /** @description Headers sent with the request. */
      headers?: components['schemas']['KeyValue'][];
      /** @description Query parameters added to the URL. */
      query_params?: components['schemas']['KeyValue'][];
      /** @description The body of the request, with placeholders for the tool's inputs. */
      body_template?: string;
      /** @description The inputs the language model gives the tool, described like the fields of `structured_output_config`. */
      input_schema?: components['schemas']['StructuredOutputField'][];
    };
    /**
     * CustomToolMethod
     * @description The HTTP method of a custom tool's request. Known values: `GET`. The
     *     other methods the API takes are not documented, so any string is
     *     accepted.
     */
    CustomToolMethod: 'GET' | (string & {});
    /**
     * KeyValue
     * @description A name and its value, for a custom tool's headers or query parameters.
     */
    KeyValue: {
      /** @description The name; it should not be empty. */
      key?: string;
      /** @description The value. */
      value?: string;
    };
    /**
     * Calendly
     * @description A link between the assistant and a Calendly account, used to book meetings during calls.
     */
    Calendly: {
      /** @description The identifier of the connection between your Calendly account and Revox. */
      connection_id: string;
      /**
       * @description The Calendly event type to book, usually given as its full API
       *     URL, for example `https://api.calendly.com/event_types/<uuid>`.
       */
      event_type_id: string;
    };
    /**
     * CallRetryConfig
     * @description When the agent may call and how often it tries again when nobody
     *     answers. Sending this object replaces the whole retry policy.
     */
    CallRetryConfig: {
      /**
       * @description The times of day when calls may be placed, in the recipient's time
       *     zone (or in `timezone` when it is set). The list replaces the
       *     previous one.
       */
      calling_windows: components['schemas']['CallingWindow'][];
      /** @description The maximum number of attempts to reach the recipient. The server default is 3. */
      max_retry_attempts: number;
      /**
       * @description An IANA time zone name (for example `Europe/Paris` or
       *     `America/New_York`) that overrides the time zone otherwise guessed
       *     from the recipient's phone number. `null` or absent means guess.
       *     The name is checked by the server, not by this schema.
       */
      timezone?: string | null;
      /**
       * @description The days of the week on which calls may be placed, in the
       *     recipient's time zone. When left out, the server applies its
       *     default, Monday to Friday. Newer API versions always include it in
       *     answers; older ones leave it out.
       */
      allowed_days?: components['schemas']['Weekday'][];
      /**
       * @description When `true` and `max_retry_attempts` is 2 or more, the second
       *     attempt is placed at once, without waiting `retry_delay_seconds`,
       *     when the first did not reach a person. Calling windows and
       *     `allowed_days` still apply, and only the step from the first to the
       *     second attempt changes. When left out, the server applies its
       *     default, `false`. Newer API versions always include it in answers.
       */
      call_twice_in_a_row?: boolean;
    };
    /**
     * Weekday
     * @description A day of the week, in lower case.
     * @enum {string}
     */
    Weekday: 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';
    /**
     * CallingWindow
     * @description A time range during which calls may be placed, and how long to wait between attempts.
     */
    CallingWindow: {
      /**
       * @description When the window opens, as a time of day in 24-hour `HH:mm` (for
       *     example `09:00`) or 12-hour form (for example `10am`). The server
       *     default is `10:00`. The format is checked by the server, not by
       *     this schema.
       */
      calling_window_start_time: string;
      /**
       * @description When the window closes, in the same forms as
       *     `calling_window_start_time` (for example `17:00` or `6pm`). The
       *     server default is `18:00`.
       */
      calling_window_end_time: string;
      /** @description How long to wait between two attempts, in seconds. The server default is 7200 (two hours). */
      retry_delay_seconds: number;
    };
    /**
     * FaqItemInput
     * @description A question and its answer, as sent when updating an assistant.
     */
    FaqItemInput: {
      /** @description The question, as a caller might ask it. */
      question: string;
      /** @description The answer the agent should give. */
      answer: string;
    };
    /**
     * FaqItem
     * @description A question and its answer, as stored on an assistant.
     */
    FaqItem: {
      /** @description The identifier of the FAQ entry. */
      id?: string;
      /** @description The question, as a caller might ask it. */
      question: string;
      /** @description The answer the agent gives. May be empty while the entry waits for a human answer. */
      answer: string;
      /** @description Whether the entry still needs an answer written by a person. */
      needs_human_answer?: boolean;
      /**
       * @description Who wrote the entry: a person (`human`) or Revox's AI, from past calls (`ai`).
       * @enum {string}
       */
      source?: 'human' | 'ai';
    };
    /**
     * LlmModel
     * @description The language model that drives the conversation: either a model
     *     hosted by Revox on a dedicated instance, or any model reachable
     *     through OpenRouter. The `type` key tells which.
     */
    LlmModel: components['schemas']['DedicatedInstanceModel'] | components['schemas']['OpenRouterModel'];
    /**
     * DedicatedInstanceModel
     * @description A model that Revox hosts on a dedicated instance.
     */
    DedicatedInstanceModel: {
      /**
       * @description Always `dedicated-instance`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'dedicated-instance';
      /**
       * @description The hosted model.
       * @enum {string}
       */
      name: 'gpt-4.1' | 'ministral-3-8b-instruct';
    };
    /**
     * OpenRouterModel
     * @description A model reached through OpenRouter.
     */
    OpenRouterModel: {
      /**
       * @description Always `openrouter`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'openrouter';
      /** @description The OpenRouter model identifier, for example `openai/gpt-4.1`. */
      openrouter_model_id: string;
      /** @description The upstream provider OpenRouter should route to, for example `openai`, `azure` or `nebius`. */
      openrouter_provider: string;
    };
    /**
     * StructuredOutputField
     * @description One piece of data to extract from a call transcript.
     */
    StructuredOutputField: {
      /** @description The key under which the value is reported. Should not be empty. */
      name: string;
      /** @description Whether the extraction must always produce a value for this field. */
      required: boolean;
      /**
       * @description The kind of value to extract. `date` and `datetime` produce dates;
       *     `enum` picks one of `enum_options`.
       * @enum {string}
       */
      type: 'string' | 'number' | 'boolean' | 'enum' | 'date' | 'datetime';
      /** @description Guidance for the extraction, such as what the field means and how to fill it. */
      description?: string;
      /** @description The allowed values when `type` is `enum`. Ignored for other types. */
      enum_options?: string[];
    };
    /**
     * Voice
     * @description The text-to-speech voice the agent speaks with. List the available voices with `GET /voices`.
     */
    Voice: {
      /** @description The voice identifier at the provider. Should not be empty. */
      id: string;
      provider: components['schemas']['VoiceProvider'];
      /**
       * @description The speaking rate, where 1.0 (the default) is normal speed. Cartesia
       *     voices accept about 0.6 to 1.5 and ElevenLabs voices about 0.7 to
       *     1.2. These ranges are documented by Revox but not enforced by this
       *     schema; the server has the final word.
       */
      speed?: number;
    };
    /**
     * ErrorBody
     * @description The body of an error response. Revox does not document error bodies;
     *     when one is JSON it usually carries a `message`. Other keys may
     *     appear and should be treated as informative only.
     */
    ErrorBody: {
      /** @description A human-readable explanation of what went wrong. */
      message?: string;
    } & {
      [key: string]: unknown;
    };
    /**
     * AssistantName
     * @description The display name of the assistant.
     */
    AssistantName: string;
    /**
     * AssistantPrompt
     * @description The system prompt given to the language model. It defines who the agent is and how it behaves.
     */
    AssistantPrompt: string;
    /**
     * AssistantCreateParams
     * @description The settings of a new assistant: the same fields as an update, with
     *     `name` and `prompt` required.
     */
    AssistantCreateParams: components['schemas']['AssistantUpdateParams'] & {
      name: components['schemas']['AssistantName'];
      prompt: components['schemas']['AssistantPrompt'];
    };
    /**
     * AssistantResponse
     * @description An assistant, wrapped under the `assistant` key (the answer to create and update).
     */
    AssistantResponse: {
      assistant: components['schemas']['Assistant'];
    };
    /**
     * AssistantListResponse
     * @description Every assistant of the organization.
     */
    AssistantListResponse: {
      /** @description The assistants, in no documented order. */
      assistants: components['schemas']['Assistant'][];
    };
    /**
     * AssistantDeleteResponse
     * @description The outcome of a deletion.
     */
    AssistantDeleteResponse: {
      /** @description Whether the assistant was deleted. */
      success: boolean;
    };
    /**
     * CallAssistantParams
     * @description An assistant described inside a call order instead of saved
     *     beforehand: the fields of an assistant with `prompt` required. It
     *     has no `name` in the official SDK; whether the server reads one is
     *     not documented.
     */
    CallAssistantParams: components['schemas']['AssistantUpdateParams'] & {
      prompt: components['schemas']['AssistantPrompt'];
    };
    /**
     * CallCreateParams
     * @description What to call, with which assistant, and when.
     */
    CallCreateParams: {
      /**
       * @description The number to call, in E.164 format (for example
       *     `+14155550123`). The format is checked by the server, not by this
       *     schema.
       */
      phone_number: string;
      /** @description The saved assistant that makes the call. Give this or `assistant`. */
      assistant_id?: string;
      assistant?: components['schemas']['CallAssistantParams'];
      concurrency?: components['schemas']['CallConcurrency'];
      /**
       * @description Place the call at once, ignoring the calling windows. Described
       *     by the newest Revox docs only.
       */
      force_now?: boolean;
      /** @description The caller id to call from. The organization's default number is used when absent. */
      from_phone_number?: string;
      metadata?: components['schemas']['Metadata'];
      /**
       * @description Values for the placeholders of the assistant's prompt, by name
       *     (placeholders are written like `{{first_name}}`).
       */
      prompt_variables?: {
        [key: string]: string;
      };
      /**
       * @description When to start calling, as an ISO 8601 date-time (for example
       *     `2026-11-23T16:00:00Z`). Absent, the call starts at once. The
       *     official SDK does not type this field, so the format is not
       *     checked by this schema.
       */
      scheduled_at?: string;
    };
    /**
     * CallConcurrency
     * @description A limit on how many calls run at the same time for one key, for
     *     example one call at a time per clinic. It does not deduplicate
     *     orders.
     */
    CallConcurrency: {
      /** @description The calls that share this key share the limit. */
      key: string;
      /** @description How many calls with this key may run at once, for example 1. Whole numbers are expected; bounds are not documented. */
      max: number;
    };
    /**
     * Metadata
     * @description Your own key-value pairs, stored with the call order and returned on it.
     */
    Metadata: {
      [key: string]: string;
    };
    /**
     * CallOrderResponse
     * @description A call order, wrapped under the `call` key.
     */
    CallOrderResponse: {
      call: components['schemas']['CallOrder'];
    };
    /**
     * CallOrder
     * @description A request to reach one phone number, and the attempts made so far to
     *     reach it. API versions may add properties; ignore the ones you do
     *     not know.
     */
    CallOrder: {
      /** @description The unique identifier of the call order. */
      id: string;
      /**
       * @description The assistant that makes the calls, or `null` when it no longer
       *     exists. Documented for some API versions only.
       */
      assistant?: components['schemas']['Assistant'] | null;
      /** @description Every attempt so far, newest first. */
      call_attempts: components['schemas']['CallAttempt'][];
      /** @description The retry policy of this order, or `null` when the server's defaults apply. */
      call_retry_config: components['schemas']['CallRetryConfig'] | null;
      /** @description How many attempts have been made. A whole number. */
      calls_count: number;
      created_at: components['schemas']['Timestamp'];
      /**
       * @description Whether Revox called out (`outbound`) or was called (`inbound`).
       * @enum {string}
       */
      direction: 'inbound' | 'outbound';
      /** @description How long the agent waits before its opening line, in milliseconds (a whole number; 400 by default). */
      first_sentence_delay_ms: number;
      /** @description The caller id the calls come from, in E.164 format. */
      from_phone_number: string;
      /** @description Whether the order was cancelled; no further attempts are made. */
      is_cancelled: boolean;
      /** @description Whether the order is finished; no further attempts are made. */
      is_completed: boolean;
      /** @description The most recent attempt, or `null` before the first one. */
      last_call_attempt: components['schemas']['CallAttempt'] | null;
      llm_model: components['schemas']['LlmModel'];
      /** @description The metadata given when the call was ordered, or `null` when none was given. */
      metadata: components['schemas']['Metadata'] | null;
      /**
       * @description When the next attempt is planned, or `null` when none is (the
       *     order is completed or cancelled). When the value is null is
       *     inferred, not documented.
       */
      next_call_at: components['schemas']['Timestamp'] | null;
      /** @description The start time asked for when the call was ordered, or `null` when it was to start at once. */
      scheduled_at: components['schemas']['Timestamp'] | null;
      /** @description The number called, in E.164 format. */
      to_phone_number: string;
    };
    /**
     * CallAttempt
     * @description One try at reaching the number of a call order.
     */
    CallAttempt: {
      /** @description The unique identifier of the attempt. */
      id: string;
      /** @description When the call was answered, or `null` while it has not been (or never was). */
      answered_at: components['schemas']['Timestamp'] | null;
      /** @description When the call ended, or `null` while it is still going on. */
      ended_at: components['schemas']['Timestamp'] | null;
      started_at: components['schemas']['Timestamp'];
      /** @description The number called. */
      phone_number: string;
      /** @description Where to download the recording, or `null` when there is none. */
      recording_url: string | null;
      /**
       * @description Who or what answered: an automated menu (`IVR`), voicemail, a
       *     person, or `unknown`; `null` until the attempt ends.
       *     `ios-screening-filter` (iOS call screening) comes from newer API
       *     versions.
       * @enum {string|null}
       */
      result: 'IVR' | 'voicemail' | 'human' | 'unknown' | 'ios-screening-filter' | null;
      /**
       * @description Where the attempt is. `error` comes from newer API versions.
       * @enum {string}
       */
      status: 'queued' | 'ringing' | 'ongoing' | 'completed' | 'error';
      /**
       * @description The data extracted from the transcript, keyed by the names in the
       *     assistant's `structured_output_config`, or `null` when nothing was
       *     extracted.
       */
      structured_output?: {
        [key: string]: unknown;
      } | null;
      /** @description What was said, in order, or `null` when there is no transcript. */
      transcript?: components['schemas']['TranscriptEntry'][] | null;
      /**
       * @description Why the call could not be connected. Newer API versions only.
       * @enum {string}
       */
      dial_error?:
        | 'number_non_attributed'
        | 'too_many_calls'
        | 'busy'
        | 'temporarily_unavailable'
        | 'no_answer'
        | 'no_international_permission'
        | 'precondition_failed'
        | 'non_classified_error';
      /** @description Why the call ended, in words. Newer API versions only. */
      end_reason?: string;
      /**
       * @description Who ended the call. Newer API versions only.
       * @enum {string}
       */
      ended_by?: 'agent' | 'user' | 'system';
    };
    /**
     * TranscriptEntry
     * @description One turn of a conversation.
     */
    TranscriptEntry: {
      /** @description What was said, or the tool's output. */
      content: string;
      /**
       * @description Who spoke: the person called (`user`), the agent (`assistant`), or a tool the agent used (`tool`).
       * @enum {string}
       */
      role: 'user' | 'assistant' | 'tool';
      /** @description The arguments the agent passed to the tool, as an object or as a string. */
      tool_arguments?:
        | {
            [key: string]: unknown;
          }
        | string;
      /** @description Whether the tool call failed. */
      tool_is_error?: boolean;
      /** @description The tool the agent used. */
      tool_name?: string;
    };
    /**
     * CallListResponse
     * @description One page of call attempts.
     */
    CallListResponse: {
      /** @description The call attempts of the page, newest first. Fewer than `page_size` means this is the last page. */
      calls: components['schemas']['CallAttempt'][];
    };
    /**
     * VoiceProvider
     * @description A text-to-speech provider.
     * @enum {string}
     */
    VoiceProvider: 'cartesia' | 'elevenlabs';
    /**
     * VoiceSummary
     * @description A voice an assistant can use. Revox's description of the list also
     *     mentions Inworld voices, but `provider` has only two documented
     *     values.
     */
    VoiceSummary: {
      /** @description The voice identifier at the provider. */
      id: string;
      /** @description The voice's display name. */
      name: string;
      /** @description What the voice sounds like. */
      description: string;
      /**
       * @description The language the voice speaks, as an ISO 639-1 code.
       * @enum {string}
       */
      language: 'en' | 'fr' | 'es' | 'de' | 'it' | 'pt' | 'ru' | 'zh';
      provider: components['schemas']['VoiceProvider'];
    };
    /**
     * VoiceListResponse
     * @description The voices available to assistants.
     */
    VoiceListResponse: {
      /** @description The voices, in no documented order. */
      voices: components['schemas']['VoiceSummary'][];
    };
    /**
     * VoiceDetails
     * @description One voice, as returned by `GET /voices/{id}`.
     */
    VoiceDetails: {
      /** @description The voice identifier at the provider. */
      id: string;
      /** @description The voice's display name. */
      name: string;
      /** @description What the voice sounds like, when the provider describes it. */
      description?: string;
    };
    /**
     * VoiceRetrieveResponse
     * @description A voice, wrapped under the `voice` key.
     */
    VoiceRetrieveResponse: {
      voice: components['schemas']['VoiceDetails'];
    };
    /**
     * VoicePreviewParams
     * @description The voice to hear and what it should say. Note the camelCase `voiceId`, as the API spells it.
     */
    VoicePreviewParams: {
      provider: components['schemas']['VoiceProvider'];
      /** @description The voice identifier at the provider. */
      voiceId: string;
      /** @description What the voice should say. Absent, the provider's sample text is used. */
      text?: string;
      /** @description The speaking rate, where 1.0 is normal. Newer API versions only. */
      speed?: number;
      /** @description The loudness, where 1.0 is normal. Cartesia voices only; newer API versions only. */
      volume?: number;
    };
    /**
     * Audio
     * Format: binary
     * @description Audio bytes, as sent by the server.
     */
    Audio: Blob;
    /**
     * UserResponse
     * @description The current user, wrapped under the `user` key.
     */
    UserResponse: {
      user: components['schemas']['User'];
    };
    /**
     * User
     * @description A person with access to the Revox dashboard and API.
     */
    User: {
      /** @description The unique identifier of the user. */
      id: string;
      created_at: components['schemas']['Timestamp'];
      /** @description The user's email address. The format is not checked by this schema. */
      email: string;
      /** @description The user's first name, or `null` when not given. */
      first_name: string | null;
      /** @description The user's last name, or `null` when not given. */
      last_name: string | null;
      /** @description Whether the user has gone through the dashboard's onboarding. */
      has_completed_onboarding: boolean;
      /** @description The organization the user belongs to. */
      organization_id: string;
      updated_at: components['schemas']['Timestamp'];
    };
    /**
     * UserUpdateParams
     * @description The user settings to change. Keys left out keep their value.
     */
    UserUpdateParams: {
      /** @description Mark the dashboard's onboarding as done, or not done. */
      has_completed_onboarding?: boolean;
    };
  };
  responses: {
    /** @description The request could not be parsed, for example because the body is not valid JSON. */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "message": "Request body is not valid JSON."
         *     }
         */
        'application/json': components['schemas']['ErrorBody'];
      };
    };
    /** @description The API key is missing, malformed, revoked or unknown. */
    Unauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "message": "Invalid API key."
         *     }
         */
        'application/json': components['schemas']['ErrorBody'];
      };
    };
    /** @description The API key is valid but may not act on this resource. */
    Forbidden: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "message": "This resource belongs to another organization."
         *     }
         */
        'application/json': components['schemas']['ErrorBody'];
      };
    };
    /** @description Nothing with this id exists for your organization. */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "message": "Not found."
         *     }
         */
        'application/json': components['schemas']['ErrorBody'];
      };
    };
    /** @description The resource was changed by another request at the same time. Retrying is safe. */
    Conflict: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "message": "The resource was modified concurrently."
         *     }
         */
        'application/json': components['schemas']['ErrorBody'];
      };
    };
    /** @description The body or a query parameter is well-formed but a field has the wrong type, an unknown enum value, or breaks a rule. */
    UnprocessableEntity: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "message": "One or more fields of the request body are invalid."
         *     }
         */
        'application/json': components['schemas']['ErrorBody'];
      };
    };
    /** @description Too many requests in a short time. Wait as long as `Retry-After` says, then try again. */
    TooManyRequests: {
      headers: {
        'Retry-After': components['headers']['RetryAfter'];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "message": "Rate limit exceeded. Try again in 30 seconds."
         *     }
         */
        'application/json': components['schemas']['ErrorBody'];
      };
    };
    /** @description Something went wrong on the Revox side. Retrying later is safe. */
    InternalServerError: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "message": "Internal server error."
         *     }
         */
        'application/json': components['schemas']['ErrorBody'];
      };
    };
  };
  parameters: {
    /**
     * @description The identifier of the assistant, as returned in `assistant.id`. Its format is not documented; treat it as an opaque string.
     * @example asst_01HZX3K4V6QW8N2P5R7T9Y1B3D
     */
    AssistantId: string;
    /**
     * @description The identifier of the call order, as returned in `call.id`. Its format is not documented; treat it as an opaque string.
     * @example call_01JA2B3C4D5E6F7G8H9J0K1M2N
     */
    CallId: string;
    /**
     * @description The voice identifier at its provider, as returned in `voices[].id`.
     * @example 694f9389-aac1-45b6-b726-9d9369183238
     */
    VoiceId: string;
    /**
     * @description The provider the voice belongs to.
     * @example cartesia
     */
    VoiceProviderQuery: components['schemas']['VoiceProvider'];
    /**
     * @description The page to return, counting from 0. Newer Revox docs show a
     *     minimum of 1, which contradicts the 0-based numbering of the SDK;
     *     the schema sets no minimum, and the server decides.
     * @example 0
     */
    Page: number;
    /**
     * @description How many call attempts a page holds. It should be at least 1 (newer
     *     docs say so); the largest accepted value is not documented.
     * @example 50
     */
    PageSize: number;
  };
  requestBodies: never;
  headers: {
    /**
     * @description How long to wait before trying again: either a number of seconds or
     *     an HTTP date. The official SDKs also honour a `retry-after-ms` header
     *     with milliseconds when a server sends one.
     * @example 30
     */
    RetryAfter: string;
  };
  pathItems: never;
}
export type AssistantUpdateParams = components['schemas']['AssistantUpdateParams'];
export type Assistant = components['schemas']['Assistant'];
export type Timestamp = components['schemas']['Timestamp'];
export type FirstSentenceDelayMs = components['schemas']['FirstSentenceDelayMs'];
export type FirstSentenceMode = components['schemas']['FirstSentenceMode'];
export type MaxCallDurationSecs = components['schemas']['MaxCallDurationSecs'];
export type BackgroundSoundVolume = components['schemas']['BackgroundSoundVolume'];
export type CallerId = components['schemas']['CallerId'];
export type HumanTransferMode = components['schemas']['HumanTransferMode'];
export type EmailNotificationOutcome = components['schemas']['EmailNotificationOutcome'];
export type CustomTool = components['schemas']['CustomTool'];
export type CustomToolMethod = components['schemas']['CustomToolMethod'];
export type KeyValue = components['schemas']['KeyValue'];
export type Calendly = components['schemas']['Calendly'];
export type CallRetryConfig = components['schemas']['CallRetryConfig'];
export type Weekday = components['schemas']['Weekday'];
export type CallingWindow = components['schemas']['CallingWindow'];
export type FaqItemInput = components['schemas']['FaqItemInput'];
export type FaqItem = components['schemas']['FaqItem'];
export type LlmModel = components['schemas']['LlmModel'];
export type DedicatedInstanceModel = components['schemas']['DedicatedInstanceModel'];
export type OpenRouterModel = components['schemas']['OpenRouterModel'];
export type StructuredOutputField = components['schemas']['StructuredOutputField'];
export type Voice = components['schemas']['Voice'];
export type ErrorBody = components['schemas']['ErrorBody'];
export type AssistantName = components['schemas']['AssistantName'];
export type AssistantPrompt = components['schemas']['AssistantPrompt'];
export type AssistantCreateParams = components['schemas']['AssistantCreateParams'];
export type AssistantResponse = components['schemas']['AssistantResponse'];
export type AssistantListResponse = components['schemas']['AssistantListResponse'];
export type AssistantDeleteResponse = components['schemas']['AssistantDeleteResponse'];
export type CallAssistantParams = components['schemas']['CallAssistantParams'];
export type CallCreateParams = components['schemas']['CallCreateParams'];
export type CallConcurrency = components['schemas']['CallConcurrency'];
export type Metadata = components['schemas']['Metadata'];
export type CallOrderResponse = components['schemas']['CallOrderResponse'];
export type CallOrder = components['schemas']['CallOrder'];
export type CallAttempt = components['schemas']['CallAttempt'];
export type TranscriptEntry = components['schemas']['TranscriptEntry'];
export type CallListResponse = components['schemas']['CallListResponse'];
export type VoiceProvider = components['schemas']['VoiceProvider'];
export type VoiceSummary = components['schemas']['VoiceSummary'];
export type VoiceListResponse = components['schemas']['VoiceListResponse'];
export type VoiceDetails = components['schemas']['VoiceDetails'];
export type VoiceRetrieveResponse = components['schemas']['VoiceRetrieveResponse'];
export type VoicePreviewParams = components['schemas']['VoicePreviewParams'];
export type Audio = components['schemas']['Audio'];
export type UserResponse = components['schemas']['UserResponse'];
export type User = components['schemas']['User'];
export type UserUpdateParams = components['schemas']['UserUpdateParams'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseConflict = components['responses']['Conflict'];
export type ResponseUnprocessableEntity = components['responses']['UnprocessableEntity'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ResponseInternalServerError = components['responses']['InternalServerError'];
export type ParameterAssistantId = components['parameters']['AssistantId'];
export type ParameterCallId = components['parameters']['CallId'];
export type ParameterVoiceId = components['parameters']['VoiceId'];
export type ParameterVoiceProviderQuery = components['parameters']['VoiceProviderQuery'];
export type ParameterPage = components['parameters']['Page'];
export type ParameterPageSize = components['parameters']['PageSize'];
export type HeaderRetryAfter = components['headers']['RetryAfter'];
export type $defs = Record<string, never>;
export interface operations {
  listAssistants: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The assistants of the organization. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssistantListResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
    };
  };
  createAssistant: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AssistantCreateParams'];
      };
    };
    responses: {
      /** @description The assistant that was created. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssistantResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      422: components['responses']['UnprocessableEntity'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
    };
  };
  retrieveAssistant: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The identifier of the assistant, as returned in `assistant.id`. Its format is not documented; treat it as an opaque string.
         * @example asst_01HZX3K4V6QW8N2P5R7T9Y1B3D
         */
        id: components['parameters']['AssistantId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The assistant, not wrapped. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Assistant'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
    };
  };
  deleteAssistant: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The identifier of the assistant, as returned in `assistant.id`. Its format is not documented; treat it as an opaque string.
         * @example asst_01HZX3K4V6QW8N2P5R7T9Y1B3D
         */
        id: components['parameters']['AssistantId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The assistant was deleted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssistantDeleteResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
    };
  };
  updateAssistant: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The identifier of the assistant, as returned in `assistant.id`. Its format is not documented; treat it as an opaque string.
         * @example asst_01HZX3K4V6QW8N2P5R7T9Y1B3D
         */
        id: components['parameters']['AssistantId'];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['AssistantUpdateParams'];
      };
    };
    responses: {
      /** @description The assistant after the update. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssistantResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['UnprocessableEntity'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
    };
  };
  listCalls: {
    parameters: {
      query: {
        /**
         * @description The page to return, counting from 0. Newer Revox docs show a
         *     minimum of 1, which contradicts the 0-based numbering of the SDK;
         *     the schema sets no minimum, and the server decides.
         * @example 0
         */
        page: components['parameters']['Page'];
        /**
         * @description How many call attempts a page holds. It should be at least 1 (newer
         *     docs say so); the largest accepted value is not documented.
         * @example 50
         */
        page_size: components['parameters']['PageSize'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of call attempts. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CallListResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      422: components['responses']['UnprocessableEntity'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
    };
  };
  createCall: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CallCreateParams'];
      };
    };
    responses: {
      /** @description The call order that was created. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CallOrderResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      422: components['responses']['UnprocessableEntity'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
    };
  };
  retrieveCall: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The identifier of the call order, as returned in `call.id`. Its format is not documented; treat it as an opaque string.
         * @example call_01JA2B3C4D5E6F7G8H9J0K1M2N
         */
        id: components['parameters']['CallId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The call order. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CallOrderResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
    };
  };
  listVoices: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The available voices. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VoiceListResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
    };
  };
  retrieveVoice: {
    parameters: {
      query: {
        /**
         * @description The provider the voice belongs to.
         * @example cartesia
         */
        provider: components['parameters']['VoiceProviderQuery'];
      };
      header?: never;
      path: {
        /**
         * @description The voice identifier at its provider, as returned in `voices[].id`.
         * @example 694f9389-aac1-45b6-b726-9d9369183238
         */
        id: components['parameters']['VoiceId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The voice. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VoiceRetrieveResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['UnprocessableEntity'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
    };
  };
  previewVoice: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VoicePreviewParams'];
      };
    };
    responses: {
      /** @description The spoken sample, as audio bytes. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'audio/mpeg': components['schemas']['Audio'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      422: components['responses']['UnprocessableEntity'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
    };
  };
  retrieveCurrentUser: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The current user. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
    };
  };
  updateCurrentUser: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['UserUpdateParams'];
      };
    };
    responses: {
      /** @description The user after the update. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      422: components['responses']['UnprocessableEntity'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
    };
  };
}

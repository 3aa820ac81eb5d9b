/**
 * GENERATED FILE. DO NOT EDIT.
 * Source: spec/openapi.yaml, by openapi-typescript (packages/types/scripts/generate.mjs).
 * Change the spec, then run `npm run generate -w @revoxai/types`.
 */

export interface paths {
    "/assistants/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the assistant, as returned in `assistant.id`. Its format is not documented; treat it as an opaque string.
                 * @example asst_01HZX3K4V6QW8N2P5R7T9Y1B3D
                 */
                id: components["parameters"]["AssistantId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
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
        patch: operations["updateAssistant"];
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
         */
        AssistantUpdateParams: {
            /**
             * @description An ambient sound played under the conversation, so that the agent
             *     sounds like it is calling from an office. `null` turns it off.
             * @enum {string|null}
             */
            background_sound?: "audio/office.ogg" | null;
            /** @description The Calendly account and event type the agent books meetings with. `null` disconnects Calendly. */
            calendly?: components["schemas"]["Calendly"] | null;
            call_retry_config?: components["schemas"]["CallRetryConfig"];
            /** @description What the agent says just before it hangs up, when it decides to end the call. */
            end_of_call_sentence?: string;
            /**
             * @description Questions and answers the agent can use during calls. Sending this
             *     key replaces the assistant's whole FAQ list; send `[]` to empty it.
             */
            faq_items?: components["schemas"]["FaqItemInput"][];
            /**
             * @description The opening line. With `first_sentence_mode: static` the agent says
             *     it word for word; with `generated` the language model uses it as an
             *     instruction to write the opening line.
             */
            first_sentence?: string;
            first_sentence_delay_ms?: components["schemas"]["FirstSentenceDelayMs"];
            first_sentence_mode?: components["schemas"]["FirstSentenceMode"];
            /**
             * @description Lets the agent get through automated phone menus (IVR) by pressing
             *     keys and waiting through menu prompts.
             */
            ivr_navigation_enabled?: boolean;
            llm_model?: components["schemas"]["LlmModel"];
            max_call_duration_secs?: components["schemas"]["MaxCallDurationSecs"];
            /** @description The display name of the assistant. */
            name?: string;
            /** @description The system prompt given to the language model. It defines who the agent is and how it behaves. */
            prompt?: string;
            /**
             * @description The data to extract from each call transcript, one entry per field.
             *     Sending this key replaces the whole list.
             */
            structured_output_config?: components["schemas"]["StructuredOutputField"][];
            /**
             * @description The number to transfer the call to when the person asks for a
             *     human, in E.164 format (for example `+14155550123`). `null` turns
             *     transfers off. The format is checked by the server, not by this
             *     schema.
             */
            transfer_phone_number?: string | null;
            voice?: components["schemas"]["Voice"];
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
         * AssistantUpdateResponse
         * @description The updated assistant, wrapped under the `assistant` key.
         */
        AssistantUpdateResponse: {
            assistant: components["schemas"]["Assistant"];
        };
        /**
         * Assistant
         * @description A saved voice-agent configuration. Fields that can be unset are always
         *     present and hold `null` when unset.
         */
        Assistant: {
            /** @description The unique identifier of the assistant. */
            id: string;
            /**
             * @description The ambient sound played under the conversation, or `null` when there is none.
             * @enum {string|null}
             */
            background_sound: "audio/office.ogg" | null;
            /** @description The connected Calendly account and event type, or `null` when Calendly is not connected. */
            calendly: components["schemas"]["Calendly"] | null;
            /** @description The retry policy, or `null` when the assistant uses the server's defaults. */
            call_retry_config: components["schemas"]["CallRetryConfig"] | null;
            created_at: components["schemas"]["Timestamp"];
            /** @description What the agent says before hanging up, or `null` when unset. */
            end_of_call_sentence: string | null;
            /** @description The opening line or the instruction for it (see `first_sentence_mode`), or `null` when unset. */
            first_sentence: string | null;
            first_sentence_delay_ms: components["schemas"]["FirstSentenceDelayMs"];
            first_sentence_mode: components["schemas"]["FirstSentenceMode"];
            /** @description Whether the agent may navigate automated phone menus (IVR). */
            ivr_navigation_enabled: boolean;
            llm_model: components["schemas"]["LlmModel"];
            max_call_duration_secs: components["schemas"]["MaxCallDurationSecs"];
            /** @description The display name of the assistant. */
            name: string;
            /** @description The identifier of the organization that owns the assistant. */
            organization_id: string;
            /** @description The system prompt given to the language model. */
            prompt: string;
            /** @description The fields extracted from each call transcript, or `null` when nothing is extracted. */
            structured_output_config: components["schemas"]["StructuredOutputField"][] | null;
            /** @description The E.164 number calls are transferred to when a person asks for a human, or `null` when transfers are off. */
            transfer_phone_number: string | null;
            updated_at: components["schemas"]["Timestamp"];
            /** @description The text-to-speech voice, or `null` when unset. */
            voice: components["schemas"]["Voice"] | null;
            /** @description What the agent says on voicemail, or `null` when it hangs up without a message. */
            voicemail_message: string | null;
            /** @description The URL notified when a call ends, or `null` when unset. */
            webhook_url: string | null;
            /** @description The FAQ entries of the assistant. Older API versions may leave this key out. */
            faq_items?: components["schemas"]["FaqItem"][];
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
        FirstSentenceMode: "generated" | "static" | "none";
        /**
         * MaxCallDurationSecs
         * @description The longest a call may last, in seconds; the call is ended when it
         *     is reached. Fractions are allowed. No bounds are documented.
         */
        MaxCallDurationSecs: number;
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
            calling_windows: components["schemas"]["CallingWindow"][];
            /** @description The maximum number of attempts to reach the recipient. The server default is 3. */
            max_retry_attempts: number;
            /**
             * @description An IANA time zone name (for example `Europe/Paris` or
             *     `America/New_York`) that overrides the time zone otherwise guessed
             *     from the recipient's phone number. `null` or absent means guess.
             *     The name is checked by the server, not by this schema.
             */
            timezone?: string | null;
        };
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
            source?: "human" | "ai";
        };
        /**
         * LlmModel
         * @description The language model that drives the conversation: either a model
         *     hosted by Revox on a dedicated instance, or any model reachable
         *     through OpenRouter. The `type` key tells which.
         */
        LlmModel: components["schemas"]["DedicatedInstanceModel"] | components["schemas"]["OpenRouterModel"];
        /**
         * DedicatedInstanceModel
         * @description A model that Revox hosts on a dedicated instance.
         */
        DedicatedInstanceModel: {
            /**
             * @description Always `dedicated-instance`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "dedicated-instance";
            /**
             * @description The hosted model.
             * @enum {string}
             */
            name: "gpt-4.1" | "ministral-3-8b-instruct";
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
            type: "openrouter";
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
            type: "string" | "number" | "boolean" | "enum" | "date" | "datetime";
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
            /**
             * @description The text-to-speech provider of the voice.
             * @enum {string}
             */
            provider: "cartesia" | "elevenlabs";
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
                "application/json": components["schemas"]["ErrorBody"];
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
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The API key is valid but may not act on this assistant. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "This assistant belongs to another organization."
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description No assistant with this id exists for your organization. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Assistant not found."
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The assistant was changed by another request at the same time. Retrying is safe. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "The assistant was modified concurrently."
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The body is valid JSON but a field has the wrong type, an unknown enum value, or breaks a rule. */
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
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Too many requests in a short time. Wait as long as `Retry-After` says, then try again. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Rate limit exceeded. Try again in 30 seconds."
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
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
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
    };
    parameters: {
        /**
         * @description The identifier of the assistant, as returned in `assistant.id`. Its format is not documented; treat it as an opaque string.
         * @example asst_01HZX3K4V6QW8N2P5R7T9Y1B3D
         */
        AssistantId: string;
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
export type AssistantUpdateResponse = components['schemas']['AssistantUpdateResponse'];
export type Assistant = components['schemas']['Assistant'];
export type Timestamp = components['schemas']['Timestamp'];
export type FirstSentenceDelayMs = components['schemas']['FirstSentenceDelayMs'];
export type FirstSentenceMode = components['schemas']['FirstSentenceMode'];
export type MaxCallDurationSecs = components['schemas']['MaxCallDurationSecs'];
export type Calendly = components['schemas']['Calendly'];
export type CallRetryConfig = components['schemas']['CallRetryConfig'];
export type CallingWindow = components['schemas']['CallingWindow'];
export type FaqItemInput = components['schemas']['FaqItemInput'];
export type FaqItem = components['schemas']['FaqItem'];
export type LlmModel = components['schemas']['LlmModel'];
export type DedicatedInstanceModel = components['schemas']['DedicatedInstanceModel'];
export type OpenRouterModel = components['schemas']['OpenRouterModel'];
export type StructuredOutputField = components['schemas']['StructuredOutputField'];
export type Voice = components['schemas']['Voice'];
export type ErrorBody = components['schemas']['ErrorBody'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseConflict = components['responses']['Conflict'];
export type ResponseUnprocessableEntity = components['responses']['UnprocessableEntity'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ResponseInternalServerError = components['responses']['InternalServerError'];
export type ParameterAssistantId = components['parameters']['AssistantId'];
export type HeaderRetryAfter = components['headers']['RetryAfter'];
export type $defs = Record<string, never>;
export interface operations {
    updateAssistant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the assistant, as returned in `assistant.id`. Its format is not documented; treat it as an opaque string.
                 * @example asst_01HZX3K4V6QW8N2P5R7T9Y1B3D
                 */
                id: components["parameters"]["AssistantId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AssistantUpdateParams"];
            };
        };
        responses: {
            /** @description The assistant after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssistantUpdateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
}

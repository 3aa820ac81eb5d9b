// GENERATED FILE. DO NOT EDIT.
// Made from spec/openapi.yaml (and spec/sdk-policy.yaml) by packages/codegen, through Ajv standalone.
// Change the spec, then run `npm run generate` and commit the result; `npm test` fails while this file is stale.
// @ts-nocheck
'use strict';
export const answer_listAssistants = validate20;
const schema31 = { $ref: 'https://revox.spec/openapi.json#/components/schemas/AssistantListResponse' };
const schema33 = {
  title: 'AssistantListResponse',
  description: 'Every assistant of the organization.',
  type: 'object',
  required: ['assistants'],
  properties: {
    assistants: {
      description: 'The assistants, in no documented order.',
      type: 'array',
      items: { $ref: '#/components/schemas/Assistant' },
    },
  },
};
const schema34 = {
  title: 'Assistant',
  description:
    'A saved voice-agent configuration. Fields that can be unset are always\npresent and hold `null` when unset; the fields that newer API versions\nadded may be absent in answers of older ones.\n\nThe newest API answers with 39 fields. The 9 whose names are not known\nyet are not described here, and answers may hold them.\n',
  type: 'object',
  required: [
    'id',
    'background_sound',
    'calendly',
    'call_retry_config',
    'created_at',
    'end_of_call_sentence',
    'first_sentence',
    'first_sentence_delay_ms',
    'first_sentence_mode',
    'ivr_navigation_enabled',
    'llm_model',
    'max_call_duration_secs',
    'name',
    'organization_id',
    'prompt',
    'structured_output_config',
    'transfer_phone_number',
    'updated_at',
    'voice',
    'voicemail_message',
    'webhook_url',
  ],
  properties: {
    id: { description: 'The unique identifier of the assistant.', type: 'string' },
    background_sound: {
      description: 'The ambient sound played under the conversation, or `null` when there is none.',
      type: ['string', 'null'],
      enum: ['audio/office.ogg', null],
    },
    calendly: {
      description: 'The connected Calendly account and event type, or `null` when Calendly is not connected.',
      oneOf: [{ $ref: '#/components/schemas/Calendly' }, { type: 'null' }],
    },
    call_retry_config: {
      description: "The retry policy, or `null` when the assistant uses the server's defaults.",
      oneOf: [{ $ref: '#/components/schemas/CallRetryConfig' }, { type: 'null' }],
    },
    created_at: { $ref: '#/components/schemas/Timestamp' },
    end_of_call_sentence: { description: 'What the agent says before hanging up, or `null` when unset.', type: ['string', 'null'] },
    first_sentence: {
      description: 'The opening line or the instruction for it (see `first_sentence_mode`), or `null` when unset.',
      type: ['string', 'null'],
    },
    first_sentence_delay_ms: { $ref: '#/components/schemas/FirstSentenceDelayMs' },
    first_sentence_mode: { $ref: '#/components/schemas/FirstSentenceMode' },
    ivr_navigation_enabled: { description: 'Whether the agent may navigate automated phone menus (IVR).', type: 'boolean' },
    llm_model: { $ref: '#/components/schemas/LlmModel' },
    max_call_duration_secs: { $ref: '#/components/schemas/MaxCallDurationSecs' },
    name: { $ref: '#/components/schemas/AssistantName' },
    organization_id: { description: 'The identifier of the organization that owns the assistant.', type: 'string' },
    prompt: { $ref: '#/components/schemas/AssistantPrompt' },
    structured_output_config: {
      description: 'The fields extracted from each call transcript, or `null` when nothing is extracted.',
      type: ['array', 'null'],
      items: { $ref: '#/components/schemas/StructuredOutputField' },
    },
    transfer_phone_number: {
      description: 'The E.164 number calls are transferred to when a person asks for a human, or `null` when transfers are off.',
      type: ['string', 'null'],
    },
    updated_at: { $ref: '#/components/schemas/Timestamp' },
    voice: {
      description: 'The text-to-speech voice, or `null` when unset.',
      oneOf: [{ $ref: '#/components/schemas/Voice' }, { type: 'null' }],
    },
    voicemail_message: {
      description: 'What the agent says on voicemail, or `null` when it hangs up without a message.',
      type: ['string', 'null'],
    },
    webhook_url: { description: 'The URL notified when a call ends, or `null` when unset.', type: ['string', 'null'] },
    after_call_sms_prompt: {
      description:
        'The instructions for the text message sent after each call, or `null` when none is sent. Older API versions leave this key out.',
      type: ['string', 'null'],
    },
    background_sound_volume: { $ref: '#/components/schemas/BackgroundSoundVolume' },
    custom_tools: {
      description: 'The HTTP tools the agent may call during a call. Older API versions leave this key out.',
      type: 'array',
      items: { $ref: '#/components/schemas/CustomTool' },
    },
    email_notification_address: {
      description:
        'The e-mail address told of calls with one of `email_notification_outcomes`, or `null` (presumably when none is set; the docs do not say). Older API versions leave this key out.',
      type: ['string', 'null'],
    },
    email_notification_outcomes: {
      description: 'The call outcomes that send an e-mail. Older API versions leave this key out.',
      type: 'array',
      items: { $ref: '#/components/schemas/EmailNotificationOutcome' },
    },
    from_phone_number: { $ref: '#/components/schemas/CallerId' },
    human_transfer_mode: { $ref: '#/components/schemas/HumanTransferMode' },
    faq_items: {
      description: 'The FAQ entries of the assistant. Older API versions may leave this key out.',
      type: 'array',
      items: { $ref: '#/components/schemas/FaqItem' },
    },
    pending_faq_count: {
      description:
        'How many FAQ entries still wait for a human-written answer (those\nwith `needs_human_answer: true`). Older API versions may leave this\nkey out.\n',
      type: 'number',
    },
  },
};
const schema35 = {
  title: 'Calendly',
  description: 'A link between the assistant and a Calendly account, used to book meetings during calls.',
  type: 'object',
  required: ['connection_id', 'event_type_id'],
  properties: {
    connection_id: { description: 'The identifier of the connection between your Calendly account and Revox.', type: 'string' },
    event_type_id: {
      description:
        'The Calendly event type to book, usually given as its full API\nURL, for example `https://api.calendly.com/event_types/<uuid>`.\n',
      type: 'string',
    },
  },
};
const schema39 = {
  title: 'Timestamp',
  description:
    'A point in time as an ISO 8601 / RFC 3339 string in UTC, for example\n`2026-03-02T09:14:27.512Z`.\n\nRevox does not document the wire format of its timestamps: its own\nSDKs type them as "unknown". They are modelled here as date-time\nstrings because JSON has no date type, other Revox date fields are\ndocumented as ISO 8601 strings, and a string is what an SDK user can\npass to `new Date()`. If Revox ever documents another format, this\nschema changes and the SDK types change with it.\n',
  type: 'string',
  format: 'date-time',
};
const schema40 = {
  title: 'FirstSentenceDelayMs',
  description:
    'How long the agent waits, in milliseconds, before it says the opening\nline. The server default is 400. The schema only limits the value to\nthe safe-integer range; a negative delay is meaningless, but no\ndocumented lower bound exists, so the server decides.\n',
  type: 'integer',
  minimum: -9007199254740991,
  maximum: 9007199254740991,
};
const schema41 = {
  title: 'FirstSentenceMode',
  description:
    'How the call opens:\n- `generated`: the language model writes the opening line, guided by\n  `first_sentence`;\n- `static`: the agent says `first_sentence` word for word;\n- `none`: the agent says nothing and waits for the other person to\n  speak first.\n',
  type: 'string',
  enum: ['generated', 'static', 'none'],
};
const schema45 = {
  title: 'MaxCallDurationSecs',
  description:
    'The longest a call may last, in seconds; the call is ended when it\nis reached. Fractions are allowed. No bounds are documented.\n',
  type: 'number',
};
const schema46 = { title: 'AssistantName', description: 'The display name of the assistant.', type: 'string' };
const schema47 = {
  title: 'AssistantPrompt',
  description: 'The system prompt given to the language model. It defines who the agent is and how it behaves.',
  type: 'string',
};
const schema48 = {
  title: 'StructuredOutputField',
  description: 'One piece of data to extract from a call transcript.',
  type: 'object',
  required: ['name', 'required', 'type'],
  properties: {
    name: { description: 'The key under which the value is reported. Should not be empty.', type: 'string' },
    required: { description: 'Whether the extraction must always produce a value for this field.', type: 'boolean' },
    type: {
      description: 'The kind of value to extract. `date` and `datetime` produce dates;\n`enum` picks one of `enum_options`.\n',
      type: 'string',
      enum: ['string', 'number', 'boolean', 'enum', 'date', 'datetime'],
    },
    description: { description: 'Guidance for the extraction, such as what the field means and how to fill it.', type: 'string' },
    enum_options: {
      description: 'The allowed values when `type` is `enum`. Ignored for other types.',
      type: 'array',
      items: { type: 'string' },
    },
  },
};
const schema52 = {
  title: 'BackgroundSoundVolume',
  description: "How loud the ambient sound is, from 0 (silent) to 1 (full volume). The server's default is not documented.",
  type: 'number',
  minimum: 0,
  maximum: 1,
};
const schema58 = {
  title: 'EmailNotificationOutcome',
  description:
    'A call outcome that can send an e-mail. Known values:\n`not_interested`. The API has others that are not documented, so any\nstring is accepted.\n',
  type: 'string',
  'x-revox-known-values': ['not_interested'],
};
const schema59 = {
  title: 'CallerId',
  description:
    "The number calls are placed from (the caller ID), in E.164 format\n(for example `+14155550100`); it must be a number of your\norganization. `null` uses the organization's default number. The\nformat is checked by the server, not by this schema.\n",
  type: ['string', 'null'],
};
const schema60 = {
  title: 'HumanTransferMode',
  description:
    'How a call is handed to a human when the person asks for one. Known\nvalues: `warm` (the agent introduces the call before handing it\nover). The API has others that are not documented, so any string is\naccepted.\n',
  type: 'string',
  'x-revox-known-values': ['warm'],
};
const schema61 = {
  title: 'FaqItem',
  description: 'A question and its answer, as stored on an assistant.',
  type: 'object',
  required: ['question', 'answer'],
  properties: {
    id: { description: 'The identifier of the FAQ entry.', type: 'string' },
    question: { description: 'The question, as a caller might ask it.', type: 'string' },
    answer: { description: 'The answer the agent gives. May be empty while the entry waits for a human answer.', type: 'string' },
    needs_human_answer: { description: 'Whether the entry still needs an answer written by a person.', type: 'boolean' },
    source: {
      description: "Who wrote the entry: a person (`human`) or Revox's AI, from past calls (`ai`).",
      type: 'string',
      enum: ['human', 'ai'],
    },
  },
};
const schema36 = {
  title: 'CallRetryConfig',
  description:
    'When the agent may call and how often it tries again when nobody\nanswers. Sending this object replaces the whole retry policy.\n',
  type: 'object',
  required: ['calling_windows', 'max_retry_attempts'],
  properties: {
    calling_windows: {
      description:
        "The times of day when calls may be placed, in the recipient's time\nzone (or in `timezone` when it is set). The list replaces the\nprevious one.\n",
      type: 'array',
      items: { $ref: '#/components/schemas/CallingWindow' },
    },
    max_retry_attempts: {
      description: 'The maximum number of attempts to reach the recipient. The server default is 3.',
      type: 'integer',
      exclusiveMinimum: 0,
      maximum: 9007199254740991,
    },
    timezone: {
      description:
        "An IANA time zone name (for example `Europe/Paris` or\n`America/New_York`) that overrides the time zone otherwise guessed\nfrom the recipient's phone number. `null` or absent means guess.\nThe name is checked by the server, not by this schema.\n",
      type: ['string', 'null'],
    },
    allowed_days: {
      description:
        "The days of the week on which calls may be placed, in the\nrecipient's time zone. When left out, the server applies its\ndefault, Monday to Friday. Newer API versions always include it in\nanswers; older ones leave it out.\n",
      type: 'array',
      items: { $ref: '#/components/schemas/Weekday' },
    },
    call_twice_in_a_row: {
      description:
        'When `true` and `max_retry_attempts` is 2 or more, the second\nattempt is placed at once, without waiting `retry_delay_seconds`,\nwhen the first did not reach a person. Calling windows and\n`allowed_days` still apply, and only the step from the first to the\nsecond attempt changes. When left out, the server applies its\ndefault, `false`. Newer API versions always include it in answers.\n',
      type: 'boolean',
    },
  },
};
const schema37 = {
  title: 'CallingWindow',
  description: 'A time range during which calls may be placed, and how long to wait between attempts.',
  type: 'object',
  required: ['calling_window_start_time', 'calling_window_end_time', 'retry_delay_seconds'],
  properties: {
    calling_window_start_time: {
      description:
        'When the window opens, as a time of day in 24-hour `HH:mm` (for\nexample `09:00`) or 12-hour form (for example `10am`). The server\ndefault is `10:00`. The format is checked by the server, not by\nthis schema.\n',
      type: 'string',
    },
    calling_window_end_time: {
      description:
        'When the window closes, in the same forms as\n`calling_window_start_time` (for example `17:00` or `6pm`). The\nserver default is `18:00`.\n',
      type: 'string',
    },
    retry_delay_seconds: {
      description: 'How long to wait between two attempts, in seconds. The server default is 7200 (two hours).',
      type: 'integer',
      exclusiveMinimum: 0,
      maximum: 9007199254740991,
    },
  },
};
const schema38 = {
  title: 'Weekday',
  description: 'A day of the week, in lower case.',
  type: 'string',
  enum: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
};
function validate24(data, { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.calling_windows === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'calling_windows' },
        message: "must have required property '" + 'calling_windows' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.max_retry_attempts === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'max_retry_attempts' },
        message: "must have required property '" + 'max_retry_attempts' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.calling_windows !== undefined) {
      let data0 = data.calling_windows;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
            if (data1.calling_window_start_time === undefined) {
              const err2 = {
                instancePath: instancePath + '/calling_windows/' + i0,
                schemaPath: '#/components/schemas/CallingWindow/required',
                keyword: 'required',
                params: { missingProperty: 'calling_window_start_time' },
                message: "must have required property '" + 'calling_window_start_time' + "'",
              };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            if (data1.calling_window_end_time === undefined) {
              const err3 = {
                instancePath: instancePath + '/calling_windows/' + i0,
                schemaPath: '#/components/schemas/CallingWindow/required',
                keyword: 'required',
                params: { missingProperty: 'calling_window_end_time' },
                message: "must have required property '" + 'calling_window_end_time' + "'",
              };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (data1.retry_delay_seconds === undefined) {
              const err4 = {
                instancePath: instancePath + '/calling_windows/' + i0,
                schemaPath: '#/components/schemas/CallingWindow/required',
                keyword: 'required',
                params: { missingProperty: 'retry_delay_seconds' },
                message: "must have required property '" + 'retry_delay_seconds' + "'",
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (data1.calling_window_start_time !== undefined) {
              if (typeof data1.calling_window_start_time !== 'string') {
                const err5 = {
                  instancePath: instancePath + '/calling_windows/' + i0 + '/calling_window_start_time',
                  schemaPath: '#/components/schemas/CallingWindow/properties/calling_window_start_time/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data1.calling_window_end_time !== undefined) {
              if (typeof data1.calling_window_end_time !== 'string') {
                const err6 = {
                  instancePath: instancePath + '/calling_windows/' + i0 + '/calling_window_end_time',
                  schemaPath: '#/components/schemas/CallingWindow/properties/calling_window_end_time/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data1.retry_delay_seconds !== undefined) {
              let data4 = data1.retry_delay_seconds;
              if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
                const err7 = {
                  instancePath: instancePath + '/calling_windows/' + i0 + '/retry_delay_seconds',
                  schemaPath: '#/components/schemas/CallingWindow/properties/retry_delay_seconds/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
              if (typeof data4 == 'number' && isFinite(data4)) {
                if (data4 > 9007199254740991 || isNaN(data4)) {
                  const err8 = {
                    instancePath: instancePath + '/calling_windows/' + i0 + '/retry_delay_seconds',
                    schemaPath: '#/components/schemas/CallingWindow/properties/retry_delay_seconds/maximum',
                    keyword: 'maximum',
                    params: { comparison: '<=', limit: 9007199254740991 },
                    message: 'must be <= 9007199254740991',
                  };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                }
                if (data4 <= 0 || isNaN(data4)) {
                  const err9 = {
                    instancePath: instancePath + '/calling_windows/' + i0 + '/retry_delay_seconds',
                    schemaPath: '#/components/schemas/CallingWindow/properties/retry_delay_seconds/exclusiveMinimum',
                    keyword: 'exclusiveMinimum',
                    params: { comparison: '>', limit: 0 },
                    message: 'must be > 0',
                  };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err10 = {
              instancePath: instancePath + '/calling_windows/' + i0,
              schemaPath: '#/components/schemas/CallingWindow/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = {
          instancePath: instancePath + '/calling_windows',
          schemaPath: '#/properties/calling_windows/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.max_retry_attempts !== undefined) {
      let data5 = data.max_retry_attempts;
      if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5) && isFinite(data5))) {
        const err12 = {
          instancePath: instancePath + '/max_retry_attempts',
          schemaPath: '#/properties/max_retry_attempts/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (typeof data5 == 'number' && isFinite(data5)) {
        if (data5 > 9007199254740991 || isNaN(data5)) {
          const err13 = {
            instancePath: instancePath + '/max_retry_attempts',
            schemaPath: '#/properties/max_retry_attempts/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 9007199254740991 },
            message: 'must be <= 9007199254740991',
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data5 <= 0 || isNaN(data5)) {
          const err14 = {
            instancePath: instancePath + '/max_retry_attempts',
            schemaPath: '#/properties/max_retry_attempts/exclusiveMinimum',
            keyword: 'exclusiveMinimum',
            params: { comparison: '>', limit: 0 },
            message: 'must be > 0',
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
    }
    if (data.timezone !== undefined) {
      let data6 = data.timezone;
      if (typeof data6 !== 'string' && data6 !== null) {
        const err15 = {
          instancePath: instancePath + '/timezone',
          schemaPath: '#/properties/timezone/type',
          keyword: 'type',
          params: { type: schema36.properties.timezone.type },
          message: 'must be string,null',
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.allowed_days !== undefined) {
      let data7 = data.allowed_days;
      if (Array.isArray(data7)) {
        const len1 = data7.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data8 = data7[i1];
          if (typeof data8 !== 'string') {
            const err16 = {
              instancePath: instancePath + '/allowed_days/' + i1,
              schemaPath: '#/components/schemas/Weekday/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
          if (
            !(
              data8 === 'monday' ||
              data8 === 'tuesday' ||
              data8 === 'wednesday' ||
              data8 === 'thursday' ||
              data8 === 'friday' ||
              data8 === 'saturday' ||
              data8 === 'sunday'
            )
          ) {
            const err17 = {
              instancePath: instancePath + '/allowed_days/' + i1,
              schemaPath: '#/components/schemas/Weekday/enum',
              keyword: 'enum',
              params: { allowedValues: schema38.enum },
              message: 'must be equal to one of the allowed values',
            };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = {
          instancePath: instancePath + '/allowed_days',
          schemaPath: '#/properties/allowed_days/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.call_twice_in_a_row !== undefined) {
      if (typeof data.call_twice_in_a_row !== 'boolean') {
        const err19 = {
          instancePath: instancePath + '/call_twice_in_a_row',
          schemaPath: '#/properties/call_twice_in_a_row/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
  } else {
    const err20 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = {
  props: { calling_windows: true, max_retry_attempts: true, timezone: true, allowed_days: true, call_twice_in_a_row: true },
  dynamicProps: false,
  dynamicItems: false,
};
const schema42 = {
  title: 'LlmModel',
  description:
    'The language model that drives the conversation: either a model\nhosted by Revox on a dedicated instance, or any model reachable\nthrough OpenRouter. The `type` key tells which.\n',
  type: 'object',
  oneOf: [{ $ref: '#/components/schemas/DedicatedInstanceModel' }, { $ref: '#/components/schemas/OpenRouterModel' }],
  discriminator: { propertyName: 'type' },
};
const schema43 = {
  title: 'DedicatedInstanceModel',
  description: 'A model that Revox hosts on a dedicated instance.',
  type: 'object',
  required: ['type', 'name'],
  properties: {
    type: { description: 'Always `dedicated-instance`.', type: 'string', const: 'dedicated-instance' },
    name: { description: 'The hosted model.', type: 'string', enum: ['gpt-4.1', 'ministral-3-8b-instruct'] },
  },
};
const schema44 = {
  title: 'OpenRouterModel',
  description: 'A model reached through OpenRouter.',
  type: 'object',
  required: ['type', 'openrouter_model_id', 'openrouter_provider'],
  properties: {
    type: { description: 'Always `openrouter`.', type: 'string', const: 'openrouter' },
    openrouter_model_id: { description: 'The OpenRouter model identifier, for example `openai/gpt-4.1`.', type: 'string' },
    openrouter_provider: {
      description: 'The upstream provider OpenRouter should route to, for example `openai`, `azure` or `nebius`.',
      type: 'string',
    },
  },
};
function validate26(data, { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate26.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    const tag0 = data.type;
    if (typeof tag0 == 'string') {
      if (tag0 === 'dedicated-instance') {
        if (data && typeof data == 'object' && !Array.isArray(data)) {
          if (data.type === undefined) {
            const err0 = {
              instancePath,
              schemaPath: '#/components/schemas/DedicatedInstanceModel/required',
              keyword: 'required',
              params: { missingProperty: 'type' },
              message: "must have required property '" + 'type' + "'",
            };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
          if (data.name === undefined) {
            const err1 = {
              instancePath,
              schemaPath: '#/components/schemas/DedicatedInstanceModel/required',
              keyword: 'required',
              params: { missingProperty: 'name' },
              message: "must have required property '" + 'name' + "'",
            };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
          if (data.type !== undefined) {
            let data0 = data.type;
            if (typeof data0 !== 'string') {
              const err2 = {
                instancePath: instancePath + '/type',
                schemaPath: '#/components/schemas/DedicatedInstanceModel/properties/type/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            if ('dedicated-instance' !== data0) {
              const err3 = {
                instancePath: instancePath + '/type',
                schemaPath: '#/components/schemas/DedicatedInstanceModel/properties/type/const',
                keyword: 'const',
                params: { allowedValue: 'dedicated-instance' },
                message: 'must be equal to constant',
              };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          }
          if (data.name !== undefined) {
            let data1 = data.name;
            if (typeof data1 !== 'string') {
              const err4 = {
                instancePath: instancePath + '/name',
                schemaPath: '#/components/schemas/DedicatedInstanceModel/properties/name/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (!(data1 === 'gpt-4.1' || data1 === 'ministral-3-8b-instruct')) {
              const err5 = {
                instancePath: instancePath + '/name',
                schemaPath: '#/components/schemas/DedicatedInstanceModel/properties/name/enum',
                keyword: 'enum',
                params: { allowedValues: schema43.properties.name.enum },
                message: 'must be equal to one of the allowed values',
              };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          }
        } else {
          const err6 = {
            instancePath,
            schemaPath: '#/components/schemas/DedicatedInstanceModel/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        var props0 = {};
        props0.type = true;
        props0.name = true;
      } else if (tag0 === 'openrouter') {
        if (data && typeof data == 'object' && !Array.isArray(data)) {
          if (data.type === undefined) {
            const err7 = {
              instancePath,
              schemaPath: '#/components/schemas/OpenRouterModel/required',
              keyword: 'required',
              params: { missingProperty: 'type' },
              message: "must have required property '" + 'type' + "'",
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
          if (data.openrouter_model_id === undefined) {
            const err8 = {
              instancePath,
              schemaPath: '#/components/schemas/OpenRouterModel/required',
              keyword: 'required',
              params: { missingProperty: 'openrouter_model_id' },
              message: "must have required property '" + 'openrouter_model_id' + "'",
            };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          if (data.openrouter_provider === undefined) {
            const err9 = {
              instancePath,
              schemaPath: '#/components/schemas/OpenRouterModel/required',
              keyword: 'required',
              params: { missingProperty: 'openrouter_provider' },
              message: "must have required property '" + 'openrouter_provider' + "'",
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
          if (data.type !== undefined) {
            let data2 = data.type;
            if (typeof data2 !== 'string') {
              const err10 = {
                instancePath: instancePath + '/type',
                schemaPath: '#/components/schemas/OpenRouterModel/properties/type/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if ('openrouter' !== data2) {
              const err11 = {
                instancePath: instancePath + '/type',
                schemaPath: '#/components/schemas/OpenRouterModel/properties/type/const',
                keyword: 'const',
                params: { allowedValue: 'openrouter' },
                message: 'must be equal to constant',
              };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          }
          if (data.openrouter_model_id !== undefined) {
            if (typeof data.openrouter_model_id !== 'string') {
              const err12 = {
                instancePath: instancePath + '/openrouter_model_id',
                schemaPath: '#/components/schemas/OpenRouterModel/properties/openrouter_model_id/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          }
          if (data.openrouter_provider !== undefined) {
            if (typeof data.openrouter_provider !== 'string') {
              const err13 = {
                instancePath: instancePath + '/openrouter_provider',
                schemaPath: '#/components/schemas/OpenRouterModel/properties/openrouter_provider/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          }
        } else {
          const err14 = {
            instancePath,
            schemaPath: '#/components/schemas/OpenRouterModel/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.type = true;
          props0.openrouter_model_id = true;
          props0.openrouter_provider = true;
        }
      } else {
        const err15 = {
          instancePath,
          schemaPath: '#/discriminator',
          keyword: 'discriminator',
          params: { error: 'mapping', tag: 'type', tagValue: tag0 },
          message: 'value of tag "type" must be in oneOf',
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    } else {
      const err16 = {
        instancePath,
        schemaPath: '#/discriminator',
        keyword: 'discriminator',
        params: { error: 'tag', tag: 'type', tagValue: tag0 },
        message: 'tag "type" must be string',
      };
      if (vErrors === null) {
        vErrors = [err16];
      } else {
        vErrors.push(err16);
      }
      errors++;
    }
  } else {
    const err17 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate26.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate26.evaluated = { dynamicProps: true, dynamicItems: false };
const schema50 = {
  title: 'Voice',
  description: 'The text-to-speech voice the agent speaks with. List the available voices with `GET /voices`.',
  type: 'object',
  required: ['id', 'provider'],
  properties: {
    id: { description: 'The voice identifier at the provider. Should not be empty.', type: 'string' },
    provider: { $ref: '#/components/schemas/VoiceProvider' },
    speed: {
      description:
        'The speaking rate, where 1.0 (the default) is normal speed. Cartesia\nvoices accept about 0.6 to 1.5 and ElevenLabs voices about 0.7 to\n1.2. These ranges are documented by Revox but not enforced by this\nschema; the server has the final word.\n',
      type: 'number',
    },
  },
};
const schema51 = { title: 'VoiceProvider', description: 'A text-to-speech provider.', type: 'string', enum: ['cartesia', 'elevenlabs'] };
function validate28(data, { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate28.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'id' },
        message: "must have required property '" + 'id' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.provider === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'provider' },
        message: "must have required property '" + 'provider' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.id !== undefined) {
      if (typeof data.id !== 'string') {
        const err2 = {
          instancePath: instancePath + '/id',
          schemaPath: '#/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.provider !== undefined) {
      let data1 = data.provider;
      if (typeof data1 !== 'string') {
        const err3 = {
          instancePath: instancePath + '/provider',
          schemaPath: '#/components/schemas/VoiceProvider/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (!(data1 === 'cartesia' || data1 === 'elevenlabs')) {
        const err4 = {
          instancePath: instancePath + '/provider',
          schemaPath: '#/components/schemas/VoiceProvider/enum',
          keyword: 'enum',
          params: { allowedValues: schema51.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.speed !== undefined) {
      let data2 = data.speed;
      if (!(typeof data2 == 'number' && isFinite(data2))) {
        const err5 = {
          instancePath: instancePath + '/speed',
          schemaPath: '#/properties/speed/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
validate28.evaluated = { props: { id: true, provider: true, speed: true }, dynamicProps: false, dynamicItems: false };
const schema53 = {
  title: 'CustomTool',
  description:
    'An HTTP request the agent may make during a call, described to the\nlanguage model as a tool. Which keys the API requires is not\ndocumented, so none is required here.\n',
  type: 'object',
  properties: {
    name: { description: "The tool's name, as the language model sees it.", type: 'string' },
    description: { description: 'What the tool does and when to use it, for the language model. It should not be empty.', type: 'string' },
    method: { $ref: '#/components/schemas/CustomToolMethod' },
    url: { description: 'The URL to request; it should not be empty.', type: 'string' },
    headers: { description: 'Headers sent with the request.', type: 'array', items: { $ref: '#/components/schemas/KeyValue' } },
    query_params: { description: 'Query parameters added to the URL.', type: 'array', items: { $ref: '#/components/schemas/KeyValue' } },
    body_template: { description: "The body of the request, with placeholders for the tool's inputs.", type: 'string' },
    input_schema: {
      description: 'The inputs the language model gives the tool, described like the fields of `structured_output_config`.',
      type: 'array',
      items: { $ref: '#/components/schemas/StructuredOutputField' },
    },
  },
};
const schema54 = {
  title: 'CustomToolMethod',
  description:
    "The HTTP method of a custom tool's request. Known values: `GET`. The\nother methods the API takes are not documented, so any string is\naccepted.\n",
  type: 'string',
  'x-revox-known-values': ['GET'],
};
const schema55 = {
  title: 'KeyValue',
  description: "A name and its value, for a custom tool's headers or query parameters.",
  type: 'object',
  properties: {
    key: { description: 'The name; it should not be empty.', type: 'string' },
    value: { description: 'The value.', type: 'string' },
  },
};
function validate30(data, { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate30.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.name !== undefined) {
      if (typeof data.name !== 'string') {
        const err0 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.description !== undefined) {
      if (typeof data.description !== 'string') {
        const err1 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.method !== undefined) {
      if (typeof data.method !== 'string') {
        const err2 = {
          instancePath: instancePath + '/method',
          schemaPath: '#/components/schemas/CustomToolMethod/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.url !== undefined) {
      if (typeof data.url !== 'string') {
        const err3 = {
          instancePath: instancePath + '/url',
          schemaPath: '#/properties/url/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.headers !== undefined) {
      let data4 = data.headers;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (data5 && typeof data5 == 'object' && !Array.isArray(data5)) {
            if (data5.key !== undefined) {
              if (typeof data5.key !== 'string') {
                const err4 = {
                  instancePath: instancePath + '/headers/' + i0 + '/key',
                  schemaPath: '#/components/schemas/KeyValue/properties/key/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
            if (data5.value !== undefined) {
              if (typeof data5.value !== 'string') {
                const err5 = {
                  instancePath: instancePath + '/headers/' + i0 + '/value',
                  schemaPath: '#/components/schemas/KeyValue/properties/value/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
          } else {
            const err6 = {
              instancePath: instancePath + '/headers/' + i0,
              schemaPath: '#/components/schemas/KeyValue/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = {
          instancePath: instancePath + '/headers',
          schemaPath: '#/properties/headers/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.query_params !== undefined) {
      let data8 = data.query_params;
      if (Array.isArray(data8)) {
        const len1 = data8.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data9 = data8[i1];
          if (data9 && typeof data9 == 'object' && !Array.isArray(data9)) {
            if (data9.key !== undefined) {
              if (typeof data9.key !== 'string') {
                const err8 = {
                  instancePath: instancePath + '/query_params/' + i1 + '/key',
                  schemaPath: '#/components/schemas/KeyValue/properties/key/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data9.value !== undefined) {
              if (typeof data9.value !== 'string') {
                const err9 = {
                  instancePath: instancePath + '/query_params/' + i1 + '/value',
                  schemaPath: '#/components/schemas/KeyValue/properties/value/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
          } else {
            const err10 = {
              instancePath: instancePath + '/query_params/' + i1,
              schemaPath: '#/components/schemas/KeyValue/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = {
          instancePath: instancePath + '/query_params',
          schemaPath: '#/properties/query_params/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.body_template !== undefined) {
      if (typeof data.body_template !== 'string') {
        const err12 = {
          instancePath: instancePath + '/body_template',
          schemaPath: '#/properties/body_template/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.input_schema !== undefined) {
      let data13 = data.input_schema;
      if (Array.isArray(data13)) {
        const len2 = data13.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data14 = data13[i2];
          if (data14 && typeof data14 == 'object' && !Array.isArray(data14)) {
            if (data14.name === undefined) {
              const err13 = {
                instancePath: instancePath + '/input_schema/' + i2,
                schemaPath: '#/components/schemas/StructuredOutputField/required',
                keyword: 'required',
                params: { missingProperty: 'name' },
                message: "must have required property '" + 'name' + "'",
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (data14.required === undefined) {
              const err14 = {
                instancePath: instancePath + '/input_schema/' + i2,
                schemaPath: '#/components/schemas/StructuredOutputField/required',
                keyword: 'required',
                params: { missingProperty: 'required' },
                message: "must have required property '" + 'required' + "'",
              };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            if (data14.type === undefined) {
              const err15 = {
                instancePath: instancePath + '/input_schema/' + i2,
                schemaPath: '#/components/schemas/StructuredOutputField/required',
                keyword: 'required',
                params: { missingProperty: 'type' },
                message: "must have required property '" + 'type' + "'",
              };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (data14.name !== undefined) {
              if (typeof data14.name !== 'string') {
                const err16 = {
                  instancePath: instancePath + '/input_schema/' + i2 + '/name',
                  schemaPath: '#/components/schemas/StructuredOutputField/properties/name/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data14.required !== undefined) {
              if (typeof data14.required !== 'boolean') {
                const err17 = {
                  instancePath: instancePath + '/input_schema/' + i2 + '/required',
                  schemaPath: '#/components/schemas/StructuredOutputField/properties/required/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data14.type !== undefined) {
              let data17 = data14.type;
              if (typeof data17 !== 'string') {
                const err18 = {
                  instancePath: instancePath + '/input_schema/' + i2 + '/type',
                  schemaPath: '#/components/schemas/StructuredOutputField/properties/type/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
              if (
                !(
                  data17 === 'string' ||
                  data17 === 'number' ||
                  data17 === 'boolean' ||
                  data17 === 'enum' ||
                  data17 === 'date' ||
                  data17 === 'datetime'
                )
              ) {
                const err19 = {
                  instancePath: instancePath + '/input_schema/' + i2 + '/type',
                  schemaPath: '#/components/schemas/StructuredOutputField/properties/type/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema48.properties.type.enum },
                  message: 'must be equal to one of the allowed values',
                };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data14.description !== undefined) {
              if (typeof data14.description !== 'string') {
                const err20 = {
                  instancePath: instancePath + '/input_schema/' + i2 + '/description',
                  schemaPath: '#/components/schemas/StructuredOutputField/properties/description/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data14.enum_options !== undefined) {
              let data19 = data14.enum_options;
              if (Array.isArray(data19)) {
                const len3 = data19.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  if (typeof data19[i3] !== 'string') {
                    const err21 = {
                      instancePath: instancePath + '/input_schema/' + i2 + '/enum_options/' + i3,
                      schemaPath: '#/components/schemas/StructuredOutputField/properties/enum_options/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err21];
                    } else {
                      vErrors.push(err21);
                    }
                    errors++;
                  }
                }
              } else {
                const err22 = {
                  instancePath: instancePath + '/input_schema/' + i2 + '/enum_options',
                  schemaPath: '#/components/schemas/StructuredOutputField/properties/enum_options/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
          } else {
            const err23 = {
              instancePath: instancePath + '/input_schema/' + i2,
              schemaPath: '#/components/schemas/StructuredOutputField/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = {
          instancePath: instancePath + '/input_schema',
          schemaPath: '#/properties/input_schema/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
  } else {
    const err25 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' };
    if (vErrors === null) {
      vErrors = [err25];
    } else {
      vErrors.push(err25);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
validate30.evaluated = {
  props: {
    name: true,
    description: true,
    method: true,
    url: true,
    headers: true,
    query_params: true,
    body_template: true,
    input_schema: true,
  },
  dynamicProps: false,
  dynamicItems: false,
};
const formats0 = require('ajv-formats/dist/formats').fullFormats['date-time'];
function validate23(data, { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'id' },
        message: "must have required property '" + 'id' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.background_sound === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'background_sound' },
        message: "must have required property '" + 'background_sound' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.calendly === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'calendly' },
        message: "must have required property '" + 'calendly' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.call_retry_config === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'call_retry_config' },
        message: "must have required property '" + 'call_retry_config' + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.created_at === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'created_at' },
        message: "must have required property '" + 'created_at' + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.end_of_call_sentence === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'end_of_call_sentence' },
        message: "must have required property '" + 'end_of_call_sentence' + "'",
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.first_sentence === undefined) {
      const err6 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'first_sentence' },
        message: "must have required property '" + 'first_sentence' + "'",
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.first_sentence_delay_ms === undefined) {
      const err7 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'first_sentence_delay_ms' },
        message: "must have required property '" + 'first_sentence_delay_ms' + "'",
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.first_sentence_mode === undefined) {
      const err8 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'first_sentence_mode' },
        message: "must have required property '" + 'first_sentence_mode' + "'",
      };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.ivr_navigation_enabled === undefined) {
      const err9 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'ivr_navigation_enabled' },
        message: "must have required property '" + 'ivr_navigation_enabled' + "'",
      };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.llm_model === undefined) {
      const err10 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'llm_model' },
        message: "must have required property '" + 'llm_model' + "'",
      };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.max_call_duration_secs === undefined) {
      const err11 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'max_call_duration_secs' },
        message: "must have required property '" + 'max_call_duration_secs' + "'",
      };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.name === undefined) {
      const err12 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
        message: "must have required property '" + 'name' + "'",
      };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.organization_id === undefined) {
      const err13 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'organization_id' },
        message: "must have required property '" + 'organization_id' + "'",
      };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.prompt === undefined) {
      const err14 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'prompt' },
        message: "must have required property '" + 'prompt' + "'",
      };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    if (data.structured_output_config === undefined) {
      const err15 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'structured_output_config' },
        message: "must have required property '" + 'structured_output_config' + "'",
      };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    if (data.transfer_phone_number === undefined) {
      const err16 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'transfer_phone_number' },
        message: "must have required property '" + 'transfer_phone_number' + "'",
      };
      if (vErrors === null) {
        vErrors = [err16];
      } else {
        vErrors.push(err16);
      }
      errors++;
    }
    if (data.updated_at === undefined) {
      const err17 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'updated_at' },
        message: "must have required property '" + 'updated_at' + "'",
      };
      if (vErrors === null) {
        vErrors = [err17];
      } else {
        vErrors.push(err17);
      }
      errors++;
    }
    if (data.voice === undefined) {
      const err18 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'voice' },
        message: "must have required property '" + 'voice' + "'",
      };
      if (vErrors === null) {
        vErrors = [err18];
      } else {
        vErrors.push(err18);
      }
      errors++;
    }
    if (data.voicemail_message === undefined) {
      const err19 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'voicemail_message' },
        message: "must have required property '" + 'voicemail_message' + "'",
      };
      if (vErrors === null) {
        vErrors = [err19];
      } else {
        vErrors.push(err19);
      }
      errors++;
    }
    if (data.webhook_url === undefined) {
      const err20 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'webhook_url' },
        message: "must have required property '" + 'webhook_url' + "'",
      };
      if (vErrors === null) {
        vErrors = [err20];
      } else {
        vErrors.push(err20);
      }
      errors++;
    }
    if (data.id !== undefined) {
      if (typeof data.id !== 'string') {
        const err21 = {
          instancePath: instancePath + '/id',
          schemaPath: '#/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.background_sound !== undefined) {
      let data1 = data.background_sound;
      if (typeof data1 !== 'string' && data1 !== null) {
        const err22 = {
          instancePath: instancePath + '/background_sound',
          schemaPath: '#/properties/background_sound/type',
          keyword: 'type',
          params: { type: schema34.properties.background_sound.type },
          message: 'must be string,null',
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      if (!(data1 === 'audio/office.ogg' || data1 === null)) {
        const err23 = {
          instancePath: instancePath + '/background_sound',
          schemaPath: '#/properties/background_sound/enum',
          keyword: 'enum',
          params: { allowedValues: schema34.properties.background_sound.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.calendly !== undefined) {
      let data2 = data.calendly;
      const _errs6 = errors;
      let valid1 = false;
      let passing0 = null;
      const _errs7 = errors;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        if (data2.connection_id === undefined) {
          const err24 = {
            instancePath: instancePath + '/calendly',
            schemaPath: '#/components/schemas/Calendly/required',
            keyword: 'required',
            params: { missingProperty: 'connection_id' },
            message: "must have required property '" + 'connection_id' + "'",
          };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (data2.event_type_id === undefined) {
          const err25 = {
            instancePath: instancePath + '/calendly',
            schemaPath: '#/components/schemas/Calendly/required',
            keyword: 'required',
            params: { missingProperty: 'event_type_id' },
            message: "must have required property '" + 'event_type_id' + "'",
          };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (data2.connection_id !== undefined) {
          if (typeof data2.connection_id !== 'string') {
            const err26 = {
              instancePath: instancePath + '/calendly/connection_id',
              schemaPath: '#/components/schemas/Calendly/properties/connection_id/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data2.event_type_id !== undefined) {
          if (typeof data2.event_type_id !== 'string') {
            const err27 = {
              instancePath: instancePath + '/calendly/event_type_id',
              schemaPath: '#/components/schemas/Calendly/properties/event_type_id/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = {
          instancePath: instancePath + '/calendly',
          schemaPath: '#/components/schemas/Calendly/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      var _valid0 = _errs7 === errors;
      if (_valid0) {
        valid1 = true;
        passing0 = 0;
        var props0 = {};
        props0.connection_id = true;
        props0.event_type_id = true;
      }
      const _errs14 = errors;
      if (data2 !== null) {
        const err29 = {
          instancePath: instancePath + '/calendly',
          schemaPath: '#/properties/calendly/oneOf/1/type',
          keyword: 'type',
          params: { type: 'null' },
          message: 'must be null',
        };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      var _valid0 = _errs14 === errors;
      if (_valid0 && valid1) {
        valid1 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid1 = true;
          passing0 = 1;
        }
      }
      if (!valid1) {
        const err30 = {
          instancePath: instancePath + '/calendly',
          schemaPath: '#/properties/calendly/oneOf',
          keyword: 'oneOf',
          params: { passingSchemas: passing0 },
          message: 'must match exactly one schema in oneOf',
        };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      } else {
        errors = _errs6;
        if (vErrors !== null) {
          if (_errs6) {
            vErrors.length = _errs6;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.call_retry_config !== undefined) {
      let data5 = data.call_retry_config;
      const _errs17 = errors;
      let valid4 = false;
      let passing1 = null;
      const _errs18 = errors;
      if (
        !validate24(data5, {
          instancePath: instancePath + '/call_retry_config',
          parentData: data,
          parentDataProperty: 'call_retry_config',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
      var _valid1 = _errs18 === errors;
      if (_valid1) {
        valid4 = true;
        passing1 = 0;
        var props1 = {};
        props1.calling_windows = true;
        props1.max_retry_attempts = true;
        props1.timezone = true;
        props1.allowed_days = true;
        props1.call_twice_in_a_row = true;
      }
      const _errs19 = errors;
      if (data5 !== null) {
        const err31 = {
          instancePath: instancePath + '/call_retry_config',
          schemaPath: '#/properties/call_retry_config/oneOf/1/type',
          keyword: 'type',
          params: { type: 'null' },
          message: 'must be null',
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      var _valid1 = _errs19 === errors;
      if (_valid1 && valid4) {
        valid4 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid4 = true;
          passing1 = 1;
        }
      }
      if (!valid4) {
        const err32 = {
          instancePath: instancePath + '/call_retry_config',
          schemaPath: '#/properties/call_retry_config/oneOf',
          keyword: 'oneOf',
          params: { passingSchemas: passing1 },
          message: 'must match exactly one schema in oneOf',
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      } else {
        errors = _errs17;
        if (vErrors !== null) {
          if (_errs17) {
            vErrors.length = _errs17;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.created_at !== undefined) {
      let data6 = data.created_at;
      if (typeof data6 === 'string') {
        if (!formats0.validate(data6)) {
          const err33 = {
            instancePath: instancePath + '/created_at',
            schemaPath: '#/components/schemas/Timestamp/format',
            keyword: 'format',
            params: { format: 'date-time' },
            message: 'must match format "' + 'date-time' + '"',
          };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      } else {
        const err34 = {
          instancePath: instancePath + '/created_at',
          schemaPath: '#/components/schemas/Timestamp/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.end_of_call_sentence !== undefined) {
      let data7 = data.end_of_call_sentence;
      if (typeof data7 !== 'string' && data7 !== null) {
        const err35 = {
          instancePath: instancePath + '/end_of_call_sentence',
          schemaPath: '#/properties/end_of_call_sentence/type',
          keyword: 'type',
          params: { type: schema34.properties.end_of_call_sentence.type },
          message: 'must be string,null',
        };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.first_sentence !== undefined) {
      let data8 = data.first_sentence;
      if (typeof data8 !== 'string' && data8 !== null) {
        const err36 = {
          instancePath: instancePath + '/first_sentence',
          schemaPath: '#/properties/first_sentence/type',
          keyword: 'type',
          params: { type: schema34.properties.first_sentence.type },
          message: 'must be string,null',
        };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.first_sentence_delay_ms !== undefined) {
      let data9 = data.first_sentence_delay_ms;
      if (!(typeof data9 == 'number' && !(data9 % 1) && !isNaN(data9) && isFinite(data9))) {
        const err37 = {
          instancePath: instancePath + '/first_sentence_delay_ms',
          schemaPath: '#/components/schemas/FirstSentenceDelayMs/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
      if (typeof data9 == 'number' && isFinite(data9)) {
        if (data9 > 9007199254740991 || isNaN(data9)) {
          const err38 = {
            instancePath: instancePath + '/first_sentence_delay_ms',
            schemaPath: '#/components/schemas/FirstSentenceDelayMs/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 9007199254740991 },
            message: 'must be <= 9007199254740991',
          };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        if (data9 < -9007199254740991 || isNaN(data9)) {
          const err39 = {
            instancePath: instancePath + '/first_sentence_delay_ms',
            schemaPath: '#/components/schemas/FirstSentenceDelayMs/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: -9007199254740991 },
            message: 'must be >= -9007199254740991',
          };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
      }
    }
    if (data.first_sentence_mode !== undefined) {
      let data10 = data.first_sentence_mode;
      if (typeof data10 !== 'string') {
        const err40 = {
          instancePath: instancePath + '/first_sentence_mode',
          schemaPath: '#/components/schemas/FirstSentenceMode/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
      if (!(data10 === 'generated' || data10 === 'static' || data10 === 'none')) {
        const err41 = {
          instancePath: instancePath + '/first_sentence_mode',
          schemaPath: '#/components/schemas/FirstSentenceMode/enum',
          keyword: 'enum',
          params: { allowedValues: schema41.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.ivr_navigation_enabled !== undefined) {
      if (typeof data.ivr_navigation_enabled !== 'boolean') {
        const err42 = {
          instancePath: instancePath + '/ivr_navigation_enabled',
          schemaPath: '#/properties/ivr_navigation_enabled/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.llm_model !== undefined) {
      if (
        !validate26(data.llm_model, {
          instancePath: instancePath + '/llm_model',
          parentData: data,
          parentDataProperty: 'llm_model',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.max_call_duration_secs !== undefined) {
      let data13 = data.max_call_duration_secs;
      if (!(typeof data13 == 'number' && isFinite(data13))) {
        const err43 = {
          instancePath: instancePath + '/max_call_duration_secs',
          schemaPath: '#/components/schemas/MaxCallDurationSecs/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
        };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      if (typeof data.name !== 'string') {
        const err44 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/components/schemas/AssistantName/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.organization_id !== undefined) {
      if (typeof data.organization_id !== 'string') {
        const err45 = {
          instancePath: instancePath + '/organization_id',
          schemaPath: '#/properties/organization_id/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.prompt !== undefined) {
      if (typeof data.prompt !== 'string') {
        const err46 = {
          instancePath: instancePath + '/prompt',
          schemaPath: '#/components/schemas/AssistantPrompt/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.structured_output_config !== undefined) {
      let data17 = data.structured_output_config;
      if (!Array.isArray(data17) && data17 !== null) {
        const err47 = {
          instancePath: instancePath + '/structured_output_config',
          schemaPath: '#/properties/structured_output_config/type',
          keyword: 'type',
          params: { type: schema34.properties.structured_output_config.type },
          message: 'must be array,null',
        };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
      if (Array.isArray(data17)) {
        const len0 = data17.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data18 = data17[i0];
          if (data18 && typeof data18 == 'object' && !Array.isArray(data18)) {
            if (data18.name === undefined) {
              const err48 = {
                instancePath: instancePath + '/structured_output_config/' + i0,
                schemaPath: '#/components/schemas/StructuredOutputField/required',
                keyword: 'required',
                params: { missingProperty: 'name' },
                message: "must have required property '" + 'name' + "'",
              };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
            if (data18.required === undefined) {
              const err49 = {
                instancePath: instancePath + '/structured_output_config/' + i0,
                schemaPath: '#/components/schemas/StructuredOutputField/required',
                keyword: 'required',
                params: { missingProperty: 'required' },
                message: "must have required property '" + 'required' + "'",
              };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
            if (data18.type === undefined) {
              const err50 = {
                instancePath: instancePath + '/structured_output_config/' + i0,
                schemaPath: '#/components/schemas/StructuredOutputField/required',
                keyword: 'required',
                params: { missingProperty: 'type' },
                message: "must have required property '" + 'type' + "'",
              };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            if (data18.name !== undefined) {
              if (typeof data18.name !== 'string') {
                const err51 = {
                  instancePath: instancePath + '/structured_output_config/' + i0 + '/name',
                  schemaPath: '#/components/schemas/StructuredOutputField/properties/name/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
            if (data18.required !== undefined) {
              if (typeof data18.required !== 'boolean') {
                const err52 = {
                  instancePath: instancePath + '/structured_output_config/' + i0 + '/required',
                  schemaPath: '#/components/schemas/StructuredOutputField/properties/required/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
            if (data18.type !== undefined) {
              let data21 = data18.type;
              if (typeof data21 !== 'string') {
                const err53 = {
                  instancePath: instancePath + '/structured_output_config/' + i0 + '/type',
                  schemaPath: '#/components/schemas/StructuredOutputField/properties/type/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
              if (
                !(
                  data21 === 'string' ||
                  data21 === 'number' ||
                  data21 === 'boolean' ||
                  data21 === 'enum' ||
                  data21 === 'date' ||
                  data21 === 'datetime'
                )
              ) {
                const err54 = {
                  instancePath: instancePath + '/structured_output_config/' + i0 + '/type',
                  schemaPath: '#/components/schemas/StructuredOutputField/properties/type/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema48.properties.type.enum },
                  message: 'must be equal to one of the allowed values',
                };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
            if (data18.description !== undefined) {
              if (typeof data18.description !== 'string') {
                const err55 = {
                  instancePath: instancePath + '/structured_output_config/' + i0 + '/description',
                  schemaPath: '#/components/schemas/StructuredOutputField/properties/description/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            if (data18.enum_options !== undefined) {
              let data23 = data18.enum_options;
              if (Array.isArray(data23)) {
                const len1 = data23.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  if (typeof data23[i1] !== 'string') {
                    const err56 = {
                      instancePath: instancePath + '/structured_output_config/' + i0 + '/enum_options/' + i1,
                      schemaPath: '#/components/schemas/StructuredOutputField/properties/enum_options/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err56];
                    } else {
                      vErrors.push(err56);
                    }
                    errors++;
                  }
                }
              } else {
                const err57 = {
                  instancePath: instancePath + '/structured_output_config/' + i0 + '/enum_options',
                  schemaPath: '#/components/schemas/StructuredOutputField/properties/enum_options/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
          } else {
            const err58 = {
              instancePath: instancePath + '/structured_output_config/' + i0,
              schemaPath: '#/components/schemas/StructuredOutputField/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
      }
    }
    if (data.transfer_phone_number !== undefined) {
      let data25 = data.transfer_phone_number;
      if (typeof data25 !== 'string' && data25 !== null) {
        const err59 = {
          instancePath: instancePath + '/transfer_phone_number',
          schemaPath: '#/properties/transfer_phone_number/type',
          keyword: 'type',
          params: { type: schema34.properties.transfer_phone_number.type },
          message: 'must be string,null',
        };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
    }
    if (data.updated_at !== undefined) {
      let data26 = data.updated_at;
      if (typeof data26 === 'string') {
        if (!formats0.validate(data26)) {
          const err60 = {
            instancePath: instancePath + '/updated_at',
            schemaPath: '#/components/schemas/Timestamp/format',
            keyword: 'format',
            params: { format: 'date-time' },
            message: 'must match format "' + 'date-time' + '"',
          };
          if (vErrors === null) {
            vErrors = [err60];
          } else {
            vErrors.push(err60);
          }
          errors++;
        }
      } else {
        const err61 = {
          instancePath: instancePath + '/updated_at',
          schemaPath: '#/components/schemas/Timestamp/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      }
    }
    if (data.voice !== undefined) {
      let data27 = data.voice;
      const _errs71 = errors;
      let valid18 = false;
      let passing2 = null;
      const _errs72 = errors;
      if (
        !validate28(data27, {
          instancePath: instancePath + '/voice',
          parentData: data,
          parentDataProperty: 'voice',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
        errors = vErrors.length;
      }
      var _valid2 = _errs72 === errors;
      if (_valid2) {
        valid18 = true;
        passing2 = 0;
        var props3 = {};
        props3.id = true;
        props3.provider = true;
        props3.speed = true;
      }
      const _errs73 = errors;
      if (data27 !== null) {
        const err62 = {
          instancePath: instancePath + '/voice',
          schemaPath: '#/properties/voice/oneOf/1/type',
          keyword: 'type',
          params: { type: 'null' },
          message: 'must be null',
        };
        if (vErrors === null) {
          vErrors = [err62];
        } else {
          vErrors.push(err62);
        }
        errors++;
      }
      var _valid2 = _errs73 === errors;
      if (_valid2 && valid18) {
        valid18 = false;
        passing2 = [passing2, 1];
      } else {
        if (_valid2) {
          valid18 = true;
          passing2 = 1;
        }
      }
      if (!valid18) {
        const err63 = {
          instancePath: instancePath + '/voice',
          schemaPath: '#/properties/voice/oneOf',
          keyword: 'oneOf',
          params: { passingSchemas: passing2 },
          message: 'must match exactly one schema in oneOf',
        };
        if (vErrors === null) {
          vErrors = [err63];
        } else {
          vErrors.push(err63);
        }
        errors++;
      } else {
        errors = _errs71;
        if (vErrors !== null) {
          if (_errs71) {
            vErrors.length = _errs71;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.voicemail_message !== undefined) {
      let data28 = data.voicemail_message;
      if (typeof data28 !== 'string' && data28 !== null) {
        const err64 = {
          instancePath: instancePath + '/voicemail_message',
          schemaPath: '#/properties/voicemail_message/type',
          keyword: 'type',
          params: { type: schema34.properties.voicemail_message.type },
          message: 'must be string,null',
        };
        if (vErrors === null) {
          vErrors = [err64];
        } else {
          vErrors.push(err64);
        }
        errors++;
      }
    }
    if (data.webhook_url !== undefined) {
      let data29 = data.webhook_url;
      if (typeof data29 !== 'string' && data29 !== null) {
        const err65 = {
          instancePath: instancePath + '/webhook_url',
          schemaPath: '#/properties/webhook_url/type',
          keyword: 'type',
          params: { type: schema34.properties.webhook_url.type },
          message: 'must be string,null',
        };
        if (vErrors === null) {
          vErrors = [err65];
        } else {
          vErrors.push(err65);
        }
        errors++;
      }
    }
    if (data.after_call_sms_prompt !== undefined) {
      let data30 = data.after_call_sms_prompt;
      if (typeof data30 !== 'string' && data30 !== null) {
        const err66 = {
          instancePath: instancePath + '/after_call_sms_prompt',
          schemaPath: '#/properties/after_call_sms_prompt/type',
          keyword: 'type',
          params: { type: schema34.properties.after_call_sms_prompt.type },
          message: 'must be string,null',
        };
        if (vErrors === null) {
          vErrors = [err66];
        } else {
          vErrors.push(err66);
        }
        errors++;
      }
    }
    if (data.background_sound_volume !== undefined) {
      let data31 = data.background_sound_volume;
      if (typeof data31 == 'number' && isFinite(data31)) {
        if (data31 > 1 || isNaN(data31)) {
          const err67 = {
            instancePath: instancePath + '/background_sound_volume',
            schemaPath: '#/components/schemas/BackgroundSoundVolume/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 1 },
            message: 'must be <= 1',
          };
          if (vErrors === null) {
            vErrors = [err67];
          } else {
            vErrors.push(err67);
          }
          errors++;
        }
        if (data31 < 0 || isNaN(data31)) {
          const err68 = {
            instancePath: instancePath + '/background_sound_volume',
            schemaPath: '#/components/schemas/BackgroundSoundVolume/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err68];
          } else {
            vErrors.push(err68);
          }
          errors++;
        }
      } else {
        const err69 = {
          instancePath: instancePath + '/background_sound_volume',
          schemaPath: '#/components/schemas/BackgroundSoundVolume/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
        };
        if (vErrors === null) {
          vErrors = [err69];
        } else {
          vErrors.push(err69);
        }
        errors++;
      }
    }
    if (data.custom_tools !== undefined) {
      let data32 = data.custom_tools;
      if (Array.isArray(data32)) {
        const len2 = data32.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (
            !validate30(data32[i2], {
              instancePath: instancePath + '/custom_tools/' + i2,
              parentData: data32,
              parentDataProperty: i2,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err70 = {
          instancePath: instancePath + '/custom_tools',
          schemaPath: '#/properties/custom_tools/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err70];
        } else {
          vErrors.push(err70);
        }
        errors++;
      }
    }
    if (data.email_notification_address !== undefined) {
      let data34 = data.email_notification_address;
      if (typeof data34 !== 'string' && data34 !== null) {
        const err71 = {
          instancePath: instancePath + '/email_notification_address',
          schemaPath: '#/properties/email_notification_address/type',
          keyword: 'type',
          params: { type: schema34.properties.email_notification_address.type },
          message: 'must be string,null',
        };
        if (vErrors === null) {
          vErrors = [err71];
        } else {
          vErrors.push(err71);
        }
        errors++;
      }
    }
    if (data.email_notification_outcomes !== undefined) {
      let data35 = data.email_notification_outcomes;
      if (Array.isArray(data35)) {
        const len3 = data35.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (typeof data35[i3] !== 'string') {
            const err72 = {
              instancePath: instancePath + '/email_notification_outcomes/' + i3,
              schemaPath: '#/components/schemas/EmailNotificationOutcome/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
        }
      } else {
        const err73 = {
          instancePath: instancePath + '/email_notification_outcomes',
          schemaPath: '#/properties/email_notification_outcomes/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err73];
        } else {
          vErrors.push(err73);
        }
        errors++;
      }
    }
    if (data.from_phone_number !== undefined) {
      let data37 = data.from_phone_number;
      if (typeof data37 !== 'string' && data37 !== null) {
        const err74 = {
          instancePath: instancePath + '/from_phone_number',
          schemaPath: '#/components/schemas/CallerId/type',
          keyword: 'type',
          params: { type: schema59.type },
          message: 'must be string,null',
        };
        if (vErrors === null) {
          vErrors = [err74];
        } else {
          vErrors.push(err74);
        }
        errors++;
      }
    }
    if (data.human_transfer_mode !== undefined) {
      if (typeof data.human_transfer_mode !== 'string') {
        const err75 = {
          instancePath: instancePath + '/human_transfer_mode',
          schemaPath: '#/components/schemas/HumanTransferMode/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err75];
        } else {
          vErrors.push(err75);
        }
        errors++;
      }
    }
    if (data.faq_items !== undefined) {
      let data39 = data.faq_items;
      if (Array.isArray(data39)) {
        const len4 = data39.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data40 = data39[i4];
          if (data40 && typeof data40 == 'object' && !Array.isArray(data40)) {
            if (data40.question === undefined) {
              const err76 = {
                instancePath: instancePath + '/faq_items/' + i4,
                schemaPath: '#/components/schemas/FaqItem/required',
                keyword: 'required',
                params: { missingProperty: 'question' },
                message: "must have required property '" + 'question' + "'",
              };
              if (vErrors === null) {
                vErrors = [err76];
              } else {
                vErrors.push(err76);
              }
              errors++;
            }
            if (data40.answer === undefined) {
              const err77 = {
                instancePath: instancePath + '/faq_items/' + i4,
                schemaPath: '#/components/schemas/FaqItem/required',
                keyword: 'required',
                params: { missingProperty: 'answer' },
                message: "must have required property '" + 'answer' + "'",
              };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
            if (data40.id !== undefined) {
              if (typeof data40.id !== 'string') {
                const err78 = {
                  instancePath: instancePath + '/faq_items/' + i4 + '/id',
                  schemaPath: '#/components/schemas/FaqItem/properties/id/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
            }
            if (data40.question !== undefined) {
              if (typeof data40.question !== 'string') {
                const err79 = {
                  instancePath: instancePath + '/faq_items/' + i4 + '/question',
                  schemaPath: '#/components/schemas/FaqItem/properties/question/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
            }
            if (data40.answer !== undefined) {
              if (typeof data40.answer !== 'string') {
                const err80 = {
                  instancePath: instancePath + '/faq_items/' + i4 + '/answer',
                  schemaPath: '#/components/schemas/FaqItem/properties/answer/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
            }
            if (data40.needs_human_answer !== undefined) {
              if (typeof data40.needs_human_answer !== 'boolean') {
                const err81 = {
                  instancePath: instancePath + '/faq_items/' + i4 + '/needs_human_answer',
                  schemaPath: '#/components/schemas/FaqItem/properties/needs_human_answer/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
            }
            if (data40.source !== undefined) {
              let data45 = data40.source;
              if (typeof data45 !== 'string') {
                const err82 = {
                  instancePath: instancePath + '/faq_items/' + i4 + '/source',
                  schemaPath: '#/components/schemas/FaqItem/properties/source/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
              if (!(data45 === 'human' || data45 === 'ai')) {
                const err83 = {
                  instancePath: instancePath + '/faq_items/' + i4 + '/source',
                  schemaPath: '#/components/schemas/FaqItem/properties/source/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema61.properties.source.enum },
                  message: 'must be equal to one of the allowed values',
                };
                if (vErrors === null) {
                  vErrors = [err83];
                } else {
                  vErrors.push(err83);
                }
                errors++;
              }
            }
          } else {
            const err84 = {
              instancePath: instancePath + '/faq_items/' + i4,
              schemaPath: '#/components/schemas/FaqItem/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
        }
      } else {
        const err85 = {
          instancePath: instancePath + '/faq_items',
          schemaPath: '#/properties/faq_items/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err85];
        } else {
          vErrors.push(err85);
        }
        errors++;
      }
    }
    if (data.pending_faq_count !== undefined) {
      let data46 = data.pending_faq_count;
      if (!(typeof data46 == 'number' && isFinite(data46))) {
        const err86 = {
          instancePath: instancePath + '/pending_faq_count',
          schemaPath: '#/properties/pending_faq_count/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
        };
        if (vErrors === null) {
          vErrors = [err86];
        } else {
          vErrors.push(err86);
        }
        errors++;
      }
    }
  } else {
    const err87 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' };
    if (vErrors === null) {
      vErrors = [err87];
    } else {
      vErrors.push(err87);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = {
  props: {
    id: true,
    background_sound: true,
    calendly: true,
    call_retry_config: true,
    created_at: true,
    end_of_call_sentence: true,
    first_sentence: true,
    first_sentence_delay_ms: true,
    first_sentence_mode: true,
    ivr_navigation_enabled: true,
    llm_model: true,
    max_call_duration_secs: true,
    name: true,
    organization_id: true,
    prompt: true,
    structured_output_config: true,
    transfer_phone_number: true,
    updated_at: true,
    voice: true,
    voicemail_message: true,
    webhook_url: true,
    after_call_sms_prompt: true,
    background_sound_volume: true,
    custom_tools: true,
    email_notification_address: true,
    email_notification_outcomes: true,
    from_phone_number: true,
    human_transfer_mode: true,
    faq_items: true,
    pending_faq_count: true,
  },
  dynamicProps: false,
  dynamicItems: false,
};
function validate22(data, { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.assistants === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'assistants' },
        message: "must have required property '" + 'assistants' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.assistants !== undefined) {
      let data0 = data.assistants;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate23(data0[i0], {
              instancePath: instancePath + '/assistants/' + i0,
              parentData: data0,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err1 = {
          instancePath: instancePath + '/assistants',
          schemaPath: '#/properties/assistants/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { props: { assistants: true }, dynamicProps: false, dynamicItems: false };
function validate20(data, { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate22(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
    errors = vErrors.length;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { props: { assistants: true }, dynamicProps: false, dynamicItems: false };
export const answer_createAssistant = validate34;
const schema62 = { $ref: 'https://revox.spec/openapi.json#/components/schemas/AssistantResponse' };
const schema63 = {
  title: 'AssistantResponse',
  description: 'An assistant, wrapped under the `assistant` key (the answer to create and update).',
  type: 'object',
  required: ['assistant'],
  properties: { assistant: { $ref: '#/components/schemas/Assistant' } },
};
function validate35(data, { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate35.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.assistant === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'assistant' },
        message: "must have required property '" + 'assistant' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.assistant !== undefined) {
      if (
        !validate23(data.assistant, {
          instancePath: instancePath + '/assistant',
          parentData: data,
          parentDataProperty: 'assistant',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
validate35.evaluated = { props: { assistant: true }, dynamicProps: false, dynamicItems: false };
function validate34(data, { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate34.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate35(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
    errors = vErrors.length;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
validate34.evaluated = { props: { assistant: true }, dynamicProps: false, dynamicItems: false };
export const answer_retrieveAssistant = validate38;
const schema64 = { $ref: 'https://revox.spec/openapi.json#/components/schemas/Assistant' };
function validate39(data, { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate39.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'id' },
        message: "must have required property '" + 'id' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.background_sound === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'background_sound' },
        message: "must have required property '" + 'background_sound' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.calendly === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'calendly' },
        message: "must have required property '" + 'calendly' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.call_retry_config === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'call_retry_config' },
        message: "must have required property '" + 'call_retry_config' + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.created_at === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'created_at' },
        message: "must have required property '" + 'created_at' + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.end_of_call_sentence === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'end_of_call_sentence' },
        message: "must have required property '" + 'end_of_call_sentence' + "'",
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.first_sentence === undefined) {
      const err6 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'first_sentence' },
        message: "must have required property '" + 'first_sentence' + "'",
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.first_sentence_delay_ms === undefined) {
      const err7 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'first_sentence_delay_ms' },
        message: "must have required property '" + 'first_sentence_delay_ms' + "'",
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.first_sentence_mode === undefined) {
      const err8 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'first_sentence_mode' },
        message: "must have required property '" + 'first_sentence_mode' + "'",
      };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.ivr_navigation_enabled === undefined) {
      const err9 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'ivr_navigation_enabled' },
        message: "must have required property '" + 'ivr_navigation_enabled' + "'",
      };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.llm_model === undefined) {
      const err10 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'llm_model' },
        message: "must have required property '" + 'llm_model' + "'",
      };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.max_call_duration_secs === undefined) {
      const err11 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'max_call_duration_secs' },
        message: "must have required property '" + 'max_call_duration_secs' + "'",
      };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.name === undefined) {
      const err12 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
        message: "must have required property '" + 'name' + "'",
      };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.organization_id === undefined) {
      const err13 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'organization_id' },
        message: "must have required property '" + 'organization_id' + "'",
      };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.prompt === undefined) {
      const err14 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'prompt' },
        message: "must have required property '" + 'prompt' + "'",
      };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    if (data.structured_output_config === undefined) {
      const err15 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'structured_output_config' },
        message: "must have required property '" + 'structured_output_config' + "'",
      };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    if (data.transfer_phone_number === undefined) {
      const err16 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'transfer_phone_number' },
        message: "must have required property '" + 'transfer_phone_number' + "'",
      };
      if (vErrors === null) {
        vErrors = [err16];
      } else {
        vErrors.push(err16);
      }
      errors++;
    }
    if (data.updated_at === undefined) {
      const err17 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'updated_at' },
        message: "must have required property '" + 'updated_at' + "'",
      };
      if (vErrors === null) {
        vErrors = [err17];
      } else {
        vErrors.push(err17);
      }
      errors++;
    }
    if (data.voice === undefined) {
      const err18 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'voice' },
        message: "must have required property '" + 'voice' + "'",
      };
      if (vErrors === null) {
        vErrors = [err18];
      } else {
        vErrors.push(err18);
      }
      errors++;
    }
    if (data.voicemail_message === undefined) {
      const err19 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'voicemail_message' },
        message: "must have required property '" + 'voicemail_message' + "'",
      };
      if (vErrors === null) {
        vErrors = [err19];
      } else {
        vErrors.push(err19);
      }
      errors++;
    }
    if (data.webhook_url === undefined) {
      const err20 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'webhook_url' },
        message: "must have required property '" + 'webhook_url' + "'",
      };
      if (vErrors === null) {
        vErrors = [err20];
      } else {
        vErrors.push(err20);
      }
      errors++;
    }
    if (data.id !== undefined) {
      if (typeof data.id !== 'string') {
        const err21 = {
          instancePath: instancePath + '/id',
          schemaPath: '#/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.background_sound !== undefined) {
      let data1 = data.background_sound;
      if (typeof data1 !== 'string' && data1 !== null) {
        const err22 = {
          instancePath: instancePath + '/background_sound',
          schemaPath: '#/properties/background_sound/type',
          keyword: 'type',
          params: { type: schema34.properties.background_sound.type },
          message: 'must be string,null',
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      if (!(data1 === 'audio/office.ogg' || data1 === null)) {
        const err23 = {
          instancePath: instancePath + '/background_sound',
          schemaPath: '#/properties/background_sound/enum',
          keyword: 'enum',
          params: { allowedValues: schema34.properties.background_sound.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.calendly !== undefined) {
      let data2 = data.calendly;
      const _errs6 = errors;
      let valid1 = false;
      let passing0 = null;
      const _errs7 = errors;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        if (data2.connection_id === undefined) {
          const err24 = {
            instancePath: instancePath + '/calendly',
            schemaPath: '#/components/schemas/Calendly/required',
            keyword: 'required',
            params: { missingProperty: 'connection_id' },
            message: "must have required property '" + 'connection_id' + "'",
          };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (data2.event_type_id === undefined) {
          const err25 = {
            instancePath: instancePath + '/calendly',
            schemaPath: '#/components/schemas/Calendly/required',
            keyword: 'required',
            params: { missingProperty: 'event_type_id' },
            message: "must have required property '" + 'event_type_id' + "'",
          };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (data2.connection_id !== undefined) {
          if (typeof data2.connection_id !== 'string') {
            const err26 = {
              instancePath: instancePath + '/calendly/connection_id',
              schemaPath: '#/components/schemas/Calendly/properties/connection_id/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data2.event_type_id !== undefined) {
          if (typeof data2.event_type_id !== 'string') {
            const err27 = {
              instancePath: instancePath + '/calendly/event_type_id',
              schemaPath: '#/components/schemas/Calendly/properties/event_type_id/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = {
          instancePath: instancePath + '/calendly',
          schemaPath: '#/components/schemas/Calendly/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      var _valid0 = _errs7 === errors;
      if (_valid0) {
        valid1 = true;
        passing0 = 0;
        var props0 = {};
        props0.connection_id = true;
        props0.event_type_id = true;
      }
      const _errs14 = errors;
      if (data2 !== null) {
        const err29 = {
          instancePath: instancePath + '/calendly',
          schemaPath: '#/properties/calendly/oneOf/1/type',
          keyword: 'type',
          params: { type: 'null' },
          message: 'must be null',
        };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      var _valid0 = _errs14 === errors;
      if (_valid0 && valid1) {
        valid1 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid1 = true;
          passing0 = 1;
        }
      }
      if (!valid1) {
        const err30 = {
          instancePath: instancePath + '/calendly',
          schemaPath: '#/properties/calendly/oneOf',
          keyword: 'oneOf',
          params: { passingSchemas: passing0 },
          message: 'must match exactly one schema in oneOf',
        };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      } else {
        errors = _errs6;
        if (vErrors !== null) {
          if (_errs6) {
            vErrors.length = _errs6;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.call_retry_config !== undefined) {
      let data5 = data.call_retry_config;
      const _errs17 = errors;
      let valid4 = false;
      let passing1 = null;
      const _errs18 = errors;
      if (
        !validate24(data5, {
          instancePath: instancePath + '/call_retry_config',
          parentData: data,
          parentDataProperty: 'call_retry_config',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
      var _valid1 = _errs18 === errors;
      if (_valid1) {
        valid4 = true;
        passing1 = 0;
        var props1 = {};
        props1.calling_windows = true;
        props1.max_retry_attempts = true;
        props1.timezone = true;
        props1.allowed_days = true;
        props1.call_twice_in_a_row = true;
      }
      const _errs19 = errors;
      if (data5 !== null) {
        const err31 = {
          instancePath: instancePath + '/call_retry_config',
          schemaPath: '#/properties/call_retry_config/oneOf/1/type',
          keyword: 'type',
          params: { type: 'null' },
          message: 'must be null',
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      var _valid1 = _errs19 === errors;
      if (_valid1 && valid4) {
        valid4 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid4 = true;
          passing1 = 1;
        }
      }
      if (!valid4) {
        const err32 = {
          instancePath: instancePath + '/call_retry_config',
          schemaPath: '#/properties/call_retry_config/oneOf',
          keyword: 'oneOf',
          params: { passingSchemas: passing1 },
          message: 'must match exactly one schema in oneOf',
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      } else {
        errors = _errs17;
        if (vErrors !== null) {
          if (_errs17) {
            vErrors.length = _errs17;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.created_at !== undefined) {
      let data6 = data.created_at;
      if (typeof data6 === 'string') {
        if (!formats0.validate(data6)) {
          const err33 = {
            instancePath: instancePath + '/created_at',
            schemaPath: '#/components/schemas/Timestamp/format',
            keyword: 'format',
            params: { format: 'date-time' },
            message: 'must match format "' + 'date-time' + '"',
          };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      } else {
        const err34 = {
          instancePath: instancePath + '/created_at',
          schemaPath: '#/components/schemas/Timestamp/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.end_of_call_sentence !== undefined) {
      let data7 = data.end_of_call_sentence;
      if (typeof data7 !== 'string' && data7 !== null) {
        const err35 = {
          instancePath: instancePath + '/end_of_call_sentence',
          schemaPath: '#/properties/end_of_call_sentence/type',
          keyword: 'type',
          params: { type: schema34.properties.end_of_call_sentence.type },
          message: 'must be string,null',
        };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.first_sentence !== undefined) {
      let data8 = data.first_sentence;
      if (typeof data8 !== 'string' && data8 !== null) {
        const err36 = {
          instancePath: instancePath + '/first_sentence',
          schemaPath: '#/properties/first_sentence/type',
          keyword: 'type',
          params: { type: schema34.properties.first_sentence.type },
          message: 'must be string,null',
        };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.first_sentence_delay_ms !== undefined) {
      let data9 = data.first_sentence_delay_ms;
      if (!(typeof data9 == 'number' && !(data9 % 1) && !isNaN(data9) && isFinite(data9))) {
        const err37 = {
          instancePath: instancePath + '/first_sentence_delay_ms',
          schemaPath: '#/components/schemas/FirstSentenceDelayMs/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
      if (typeof data9 == 'number' && isFinite(data9)) {
        if (data9 > 9007199254740991 || isNaN(data9)) {
          const err38 = {
            instancePath: instancePath + '/first_sentence_delay_ms',
            schemaPath: '#/components/schemas/FirstSentenceDelayMs/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 9007199254740991 },
            message: 'must be <= 9007199254740991',
          };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        if (data9 < -9007199254740991 || isNaN(data9)) {
          const err39 = {
            instancePath: instancePath + '/first_sentence_delay_ms',
            schemaPath: '#/components/schemas/FirstSentenceDelayMs/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: -9007199254740991 },
            message: 'must be >= -9007199254740991',
          };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
      }
    }
    if (data.first_sentence_mode !== undefined) {
      let data10 = data.first_sentence_mode;
      if (typeof data10 !== 'string') {
        const err40 = {
          instancePath: instancePath + '/first_sentence_mode',
          schemaPath: '#/components/schemas/FirstSentenceMode/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
      if (!(data10 === 'generated' || data10 === 'static' || data10 === 'none')) {
        const err41 = {
          instancePath: instancePath + '/first_sentence_mode',
          schemaPath: '#/components/schemas/FirstSentenceMode/enum',
          keyword: 'enum',
          params: { allowedValues: schema41.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.ivr_navigation_enabled !== undefined) {
      if (typeof data.ivr_navigation_enabled !== 'boolean') {
        const err42 = {
          instancePath: instancePath + '/ivr_navigation_enabled',
          schemaPath: '#/properties/ivr_navigation_enabled/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.llm_model !== undefined) {
      if (
        !validate26(data.llm_model, {
          instancePath: instancePath + '/llm_model',
          parentData: data,
          parentDataProperty: 'llm_model',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.max_call_duration_secs !== undefined) {
      let data13 = data.max_call_duration_secs;
      if (!(typeof data13 == 'number' && isFinite(data13))) {
        const err43 = {
          instancePath: instancePath + '/max_call_duration_secs',
          schemaPath: '#/components/schemas/MaxCallDurationSecs/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
        };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      if (typeof data.name !== 'string') {
        const err44 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/components/schemas/AssistantName/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.organization_id !== undefined) {
      if (typeof data.organization_id !== 'string') {
        const err45 = {
          instancePath: instancePath + '/organization_id',
          schemaPath: '#/properties/organization_id/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.prompt !== undefined) {
      if (typeof data.prompt !== 'string') {
        const err46 = {
          instancePath: instancePath + '/prompt',
          schemaPath: '#/components/schemas/AssistantPrompt/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.structured_output_config !== undefined) {
      let data17 = data.structured_output_config;
      if (!Array.isArray(data17) && data17 !== null) {
        const err47 = {
          instancePath: instancePath + '/structured_output_config',
          schemaPath: '#/properties/structured_output_config/type',
          keyword: 'type',
          params: { type: schema34.properties.structured_output_config.type },
          message: 'must be array,null',
        };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
      if (Array.isArray(data17)) {
        const len0 = data17.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data18 = data17[i0];
          if (data18 && typeof data18 == 'object' && !Array.isArray(data18)) {
            if (data18.name === undefined) {
              const err48 = {
                instancePath: instancePath + '/structured_output_config/' + i0,
                schemaPath: '#/components/schemas/StructuredOutputField/required',
                keyword: 'required',
                params: { missingProperty: 'name' },
                message: "must have required property '" + 'name' + "'",
              };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
            if (data18.required === undefined) {
              const err49 = {
                instancePath: instancePath + '/structured_output_config/' + i0,
                schemaPath: '#/components/schemas/StructuredOutputField/required',
                keyword: 'required',
                params: { missingProperty: 'required' },
                message: "must have required property '" + 'required' + "'",
              };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
            if (data18.type === undefined) {
              const err50 = {
                instancePath: instancePath + '/structured_output_config/' + i0,
                schemaPath: '#/components/schemas/StructuredOutputField/required',
                keyword: 'required',
                params: { missingProperty: 'type' },
                message: "must have required property '" + 'type' + "'",
              };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            if (data18.name !== undefined) {
              if (typeof data18.name !== 'string') {
                const err51 = {
                  instancePath: instancePath + '/structured_output_config/' + i0 + '/name',
                  schemaPath: '#/components/schemas/StructuredOutputField/properties/name/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
            if (data18.required !== undefined) {
              if (typeof data18.required !== 'boolean') {
                const err52 = {
                  instancePath: instancePath + '/structured_output_config/' + i0 + '/required',
                  schemaPath: '#/components/schemas/StructuredOutputField/properties/required/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
            if (data18.type !== undefined) {
              let data21 = data18.type;
              if (typeof data21 !== 'string') {
                const err53 = {
                  instancePath: instancePath + '/structured_output_config/' + i0 + '/type',
                  schemaPath: '#/components/schemas/StructuredOutputField/properties/type/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
              if (
                !(
                  data21 === 'string' ||
                  data21 === 'number' ||
                  data21 === 'boolean' ||
                  data21 === 'enum' ||
                  data21 === 'date' ||
                  data21 === 'datetime'
                )
              ) {
                const err54 = {
                  instancePath: instancePath + '/structured_output_config/' + i0 + '/type',
                  schemaPath: '#/components/schemas/StructuredOutputField/properties/type/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema48.properties.type.enum },
                  message: 'must be equal to one of the allowed values',
                };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
            if (data18.description !== undefined) {
              if (typeof data18.description !== 'string') {
                const err55 = {
                  instancePath: instancePath + '/structured_output_config/' + i0 + '/description',
                  schemaPath: '#/components/schemas/StructuredOutputField/properties/description/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            if (data18.enum_options !== undefined) {
              let data23 = data18.enum_options;
              if (Array.isArray(data23)) {
                const len1 = data23.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  if (typeof data23[i1] !== 'string') {
                    const err56 = {
                      instancePath: instancePath + '/structured_output_config/' + i0 + '/enum_options/' + i1,
                      schemaPath: '#/components/schemas/StructuredOutputField/properties/enum_options/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err56];
                    } else {
                      vErrors.push(err56);
                    }
                    errors++;
                  }
                }
              } else {
                const err57 = {
                  instancePath: instancePath + '/structured_output_config/' + i0 + '/enum_options',
                  schemaPath: '#/components/schemas/StructuredOutputField/properties/enum_options/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
          } else {
            const err58 = {
              instancePath: instancePath + '/structured_output_config/' + i0,
              schemaPath: '#/components/schemas/StructuredOutputField/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
      }
    }
    if (data.transfer_phone_number !== undefined) {
      let data25 = data.transfer_phone_number;
      if (typeof data25 !== 'string' && data25 !== null) {
        const err59 = {
          instancePath: instancePath + '/transfer_phone_number',
          schemaPath: '#/properties/transfer_phone_number/type',
          keyword: 'type',
          params: { type: schema34.properties.transfer_phone_number.type },
          message: 'must be string,null',
        };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
    }
    if (data.updated_at !== undefined) {
      let data26 = data.updated_at;
      if (typeof data26 === 'string') {
        if (!formats0.validate(data26)) {
          const err60 = {
            instancePath: instancePath + '/updated_at',
            schemaPath: '#/components/schemas/Timestamp/format',
            keyword: 'format',
            params: { format: 'date-time' },
            message: 'must match format "' + 'date-time' + '"',
          };
          if (vErrors === null) {
            vErrors = [err60];
          } else {
            vErrors.push(err60);
          }
          errors++;
        }
      } else {
        const err61 = {
          instancePath: instancePath + '/updated_at',
          schemaPath: '#/components/schemas/Timestamp/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      }
    }
    if (data.voice !== undefined) {
      let data27 = data.voice;
      const _errs71 = errors;
      let valid18 = false;
      let passing2 = null;
      const _errs72 = errors;
      if (
        !validate28(data27, {
          instancePath: instancePath + '/voice',
          parentData: data,
          parentDataProperty: 'voice',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
        errors = vErrors.length;
      }
      var _valid2 = _errs72 === errors;
      if (_valid2) {
        valid18 = true;
        passing2 = 0;
        var props3 = {};
        props3.id = true;
        props3.provider = true;
        props3.speed = true;
      }
      const _errs73 = errors;
      if (data27 !== null) {
        const err62 = {
          instancePath: instancePath + '/voice',
          schemaPath: '#/properties/voice/oneOf/1/type',
          keyword: 'type',
          params: { type: 'null' },
          message: 'must be null',
        };
        if (vErrors === null) {
          vErrors = [err62];
        } else {
          vErrors.push(err62);
        }
        errors++;
      }
      var _valid2 = _errs73 === errors;
      if (_valid2 && valid18) {
        valid18 = false;
        passing2 = [passing2, 1];
      } else {
        if (_valid2) {
          valid18 = true;
          passing2 = 1;
        }
      }
      if (!valid18) {
        const err63 = {
          instancePath: instancePath + '/voice',
          schemaPath: '#/properties/voice/oneOf',
          keyword: 'oneOf',
          params: { passingSchemas: passing2 },
          message: 'must match exactly one schema in oneOf',
        };
        if (vErrors === null) {
          vErrors = [err63];
        } else {
          vErrors.push(err63);
        }
        errors++;
      } else {
        errors = _errs71;
        if (vErrors !== null) {
          if (_errs71) {
            vErrors.length = _errs71;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.voicemail_message !== undefined) {
      let data28 = data.voicemail_message;
      if (typeof data28 !== 'string' && data28 !== null) {
        const err64 = {
          instancePath: instancePath + '/voicemail_message',
          schemaPath: '#/properties/voicemail_message/type',
          keyword: 'type',
          params: { type: schema34.properties.voicemail_message.type },
          message: 'must be string,null',
        };
        if (vErrors === null) {
          vErrors = [err64];
        } else {
          vErrors.push(err64);
        }
        errors++;
      }
    }
    if (data.webhook_url !== undefined) {
      let data29 = data.webhook_url;
      if (typeof data29 !== 'string' && data29 !== null) {
        const err65 = {
          instancePath: instancePath + '/webhook_url',
          schemaPath: '#/properties/webhook_url/type',
          keyword: 'type',
          params: { type: schema34.properties.webhook_url.type },
          message: 'must be string,null',
        };
        if (vErrors === null) {
          vErrors = [err65];
        } else {
          vErrors.push(err65);
        }
        errors++;
      }
    }
    if (data.after_call_sms_prompt !== undefined) {
      let data30 = data.after_call_sms_prompt;
      if (typeof data30 !== 'string' && data30 !== null) {
        const err66 = {
          instancePath: instancePath + '/after_call_sms_prompt',
          schemaPath: '#/properties/after_call_sms_prompt/type',
          keyword: 'type',
          params: { type: schema34.properties.after_call_sms_prompt.type },
          message: 'must be string,null',
        };
        if (vErrors === null) {
          vErrors = [err66];
        } else {
          vErrors.push(err66);
        }
        errors++;
      }
    }
    if (data.background_sound_volume !== undefined) {
      let data31 = data.background_sound_volume;
      if (typeof data31 == 'number' && isFinite(data31)) {
        if (data31 > 1 || isNaN(data31)) {
          const err67 = {
            instancePath: instancePath + '/background_sound_volume',
            schemaPath: '#/components/schemas/BackgroundSoundVolume/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 1 },
            message: 'must be <= 1',
          };
          if (vErrors === null) {
            vErrors = [err67];
          } else {
            vErrors.push(err67);
          }
          errors++;
        }
        if (data31 < 0 || isNaN(data31)) {
          const err68 = {
            instancePath: instancePath + '/background_sound_volume',
            schemaPath: '#/components/schemas/BackgroundSoundVolume/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err68];
          } else {
            vErrors.push(err68);
          }
          errors++;
        }
      } else {
        const err69 = {
          instancePath: instancePath + '/background_sound_volume',
          schemaPath: '#/components/schemas/BackgroundSoundVolume/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
        };
        if (vErrors === null) {
          vErrors = [err69];
        } else {
          vErrors.push(err69);
        }
        errors++;
      }
    }
    if (data.custom_tools !== undefined) {
      let data32 = data.custom_tools;
      if (Array.isArray(data32)) {
        const len2 = data32.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (
            !validate30(data32[i2], {
              instancePath: instancePath + '/custom_tools/' + i2,
              parentData: data32,
              parentDataProperty: i2,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err70 = {
          instancePath: instancePath + '/custom_tools',
          schemaPath: '#/properties/custom_tools/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err70];
        } else {
          vErrors.push(err70);
        }
        errors++;
      }
    }
    if (data.email_notification_address !== undefined) {
      let data34 = data.email_notification_address;
      if (typeof data34 !== 'string' && data34 !== null) {
        const err71 = {
          instancePath: instancePath + '/email_notification_address',
          schemaPath: '#/properties/email_notification_address/type',
          keyword: 'type',
          params: { type: schema34.properties.email_notification_address.type },
          message: 'must be string,null',
        };
        if (vErrors === null) {
          vErrors = [err71];
        } else {
          vErrors.push(err71);
        }
        errors++;
      }
    }
    if (data.email_notification_outcomes !== undefined) {
      let data35 = data.email_notification_outcomes;
      if (Array.isArray(data35)) {
        const len3 = data35.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (typeof data35[i3] !== 'string') {
            const err72 = {
              instancePath: instancePath + '/email_notification_outcomes/' + i3,
              schemaPath: '#/components/schemas/EmailNotificationOutcome/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
        }
      } else {
        const err73 = {
          instancePath: instancePath + '/email_notification_outcomes',
          schemaPath: '#/properties/email_notification_outcomes/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err73];
        } else {
          vErrors.push(err73);
        }
        errors++;
      }
    }
    if (data.from_phone_number !== undefined) {
      let data37 = data.from_phone_number;
      if (typeof data37 !== 'string' && data37 !== null) {
        const err74 = {
          instancePath: instancePath + '/from_phone_number',
          schemaPath: '#/components/schemas/CallerId/type',
          keyword: 'type',
          params: { type: schema59.type },
          message: 'must be string,null',
        };
        if (vErrors === null) {
          vErrors = [err74];
        } else {
          vErrors.push(err74);
        }
        errors++;
      }
    }
    if (data.human_transfer_mode !== undefined) {
      if (typeof data.human_transfer_mode !== 'string') {
        const err75 = {
          instancePath: instancePath + '/human_transfer_mode',
          schemaPath: '#/components/schemas/HumanTransferMode/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err75];
        } else {
          vErrors.push(err75);
        }
        errors++;
      }
    }
    if (data.faq_items !== undefined) {
      let data39 = data.faq_items;
      if (Array.isArray(data39)) {
        const len4 = data39.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data40 = data39[i4];
          if (data40 && typeof data40 == 'object' && !Array.isArray(data40)) {
            if (data40.question === undefined) {
              const err76 = {
                instancePath: instancePath + '/faq_items/' + i4,
                schemaPath: '#/components/schemas/FaqItem/required',
                keyword: 'required',
                params: { missingProperty: 'question' },
                message: "must have required property '" + 'question' + "'",
              };
              if (vErrors === null) {
                vErrors = [err76];
              } else {
                vErrors.push(err76);
              }
              errors++;
            }
            if (data40.answer === undefined) {
              const err77 = {
                instancePath: instancePath + '/faq_items/' + i4,
                schemaPath: '#/components/schemas/FaqItem/required',
                keyword: 'required',
                params: { missingProperty: 'answer' },
                message: "must have required property '" + 'answer' + "'",
              };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
            if (data40.id !== undefined) {
              if (typeof data40.id !== 'string') {
                const err78 = {
                  instancePath: instancePath + '/faq_items/' + i4 + '/id',
                  schemaPath: '#/components/schemas/FaqItem/properties/id/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
            }
            if (data40.question !== undefined) {
              if (typeof data40.question !== 'string') {
                const err79 = {
                  instancePath: instancePath + '/faq_items/' + i4 + '/question',
                  schemaPath: '#/components/schemas/FaqItem/properties/question/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
            }
            if (data40.answer !== undefined) {
              if (typeof data40.answer !== 'string') {
                const err80 = {
                  instancePath: instancePath + '/faq_items/' + i4 + '/answer',
                  schemaPath: '#/components/schemas/FaqItem/properties/answer/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
            }
            if (data40.needs_human_answer !== undefined) {
              if (typeof data40.needs_human_answer !== 'boolean') {
                const err81 = {
                  instancePath: instancePath + '/faq_items/' + i4 + '/needs_human_answer',
                  schemaPath: '#/components/schemas/FaqItem/properties/needs_human_answer/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
            }
            if (data40.source !== undefined) {
              let data45 = data40.source;
              if (typeof data45 !== 'string') {
                const err82 = {
                  instancePath: instancePath + '/faq_items/' + i4 + '/source',
                  schemaPath: '#/components/schemas/FaqItem/properties/source/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
              if (!(data45 === 'human' || data45 === 'ai')) {
                const err83 = {
                  instancePath: instancePath + '/faq_items/' + i4 + '/source',
                  schemaPath: '#/components/schemas/FaqItem/properties/source/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema61.properties.source.enum },
                  message: 'must be equal to one of the allowed values',
                };
                if (vErrors === null) {
                  vErrors = [err83];
                } else {
                  vErrors.push(err83);
                }
                errors++;
              }
            }
          } else {
            const err84 = {
              instancePath: instancePath + '/faq_items/' + i4,
              schemaPath: '#/components/schemas/FaqItem/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
        }
      } else {
        const err85 = {
          instancePath: instancePath + '/faq_items',
          schemaPath: '#/properties/faq_items/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err85];
        } else {
          vErrors.push(err85);
        }
        errors++;
      }
    }
    if (data.pending_faq_count !== undefined) {
      let data46 = data.pending_faq_count;
      if (!(typeof data46 == 'number' && isFinite(data46))) {
        const err86 = {
          instancePath: instancePath + '/pending_faq_count',
          schemaPath: '#/properties/pending_faq_count/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
        };
        if (vErrors === null) {
          vErrors = [err86];
        } else {
          vErrors.push(err86);
        }
        errors++;
      }
    }
  } else {
    const err87 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' };
    if (vErrors === null) {
      vErrors = [err87];
    } else {
      vErrors.push(err87);
    }
    errors++;
  }
  validate39.errors = vErrors;
  return errors === 0;
}
validate39.evaluated = {
  props: {
    id: true,
    background_sound: true,
    calendly: true,
    call_retry_config: true,
    created_at: true,
    end_of_call_sentence: true,
    first_sentence: true,
    first_sentence_delay_ms: true,
    first_sentence_mode: true,
    ivr_navigation_enabled: true,
    llm_model: true,
    max_call_duration_secs: true,
    name: true,
    organization_id: true,
    prompt: true,
    structured_output_config: true,
    transfer_phone_number: true,
    updated_at: true,
    voice: true,
    voicemail_message: true,
    webhook_url: true,
    after_call_sms_prompt: true,
    background_sound_volume: true,
    custom_tools: true,
    email_notification_address: true,
    email_notification_outcomes: true,
    from_phone_number: true,
    human_transfer_mode: true,
    faq_items: true,
    pending_faq_count: true,
  },
  dynamicProps: false,
  dynamicItems: false,
};
function validate38(data, { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate38.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate39(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
    errors = vErrors.length;
  }
  validate38.errors = vErrors;
  return errors === 0;
}
validate38.evaluated = {
  props: {
    id: true,
    background_sound: true,
    calendly: true,
    call_retry_config: true,
    created_at: true,
    end_of_call_sentence: true,
    first_sentence: true,
    first_sentence_delay_ms: true,
    first_sentence_mode: true,
    ivr_navigation_enabled: true,
    llm_model: true,
    max_call_duration_secs: true,
    name: true,
    organization_id: true,
    prompt: true,
    structured_output_config: true,
    transfer_phone_number: true,
    updated_at: true,
    voice: true,
    voicemail_message: true,
    webhook_url: true,
    after_call_sms_prompt: true,
    background_sound_volume: true,
    custom_tools: true,
    email_notification_address: true,
    email_notification_outcomes: true,
    from_phone_number: true,
    human_transfer_mode: true,
    faq_items: true,
    pending_faq_count: true,
  },
  dynamicProps: false,
  dynamicItems: false,
};
export const answer_deleteAssistant = validate45;
const schema80 = { $ref: 'https://revox.spec/openapi.json#/components/schemas/AssistantDeleteResponse' };
const schema81 = {
  title: 'AssistantDeleteResponse',
  description: 'The outcome of a deletion.',
  type: 'object',
  required: ['success'],
  properties: { success: { description: 'Whether the assistant was deleted.', type: 'boolean' } },
};
function validate45(data, { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate45.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.success === undefined) {
      const err0 = {
        instancePath,
        schemaPath: 'https://revox.spec/openapi.json#/components/schemas/AssistantDeleteResponse/required',
        keyword: 'required',
        params: { missingProperty: 'success' },
        message: "must have required property '" + 'success' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.success !== undefined) {
      if (typeof data.success !== 'boolean') {
        const err1 = {
          instancePath: instancePath + '/success',
          schemaPath: 'https://revox.spec/openapi.json#/components/schemas/AssistantDeleteResponse/properties/success/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: 'https://revox.spec/openapi.json#/components/schemas/AssistantDeleteResponse/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate45.errors = vErrors;
  return errors === 0;
}
validate45.evaluated = { props: { success: true }, dynamicProps: false, dynamicItems: false };
export const answer_updateAssistant = validate46;
const schema82 = { $ref: 'https://revox.spec/openapi.json#/components/schemas/AssistantResponse' };
function validate47(data, { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate47.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.assistant === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'assistant' },
        message: "must have required property '" + 'assistant' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.assistant !== undefined) {
      if (
        !validate23(data.assistant, {
          instancePath: instancePath + '/assistant',
          parentData: data,
          parentDataProperty: 'assistant',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate47.errors = vErrors;
  return errors === 0;
}
validate47.evaluated = { props: { assistant: true }, dynamicProps: false, dynamicItems: false };
function validate46(data, { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate46.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate47(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
    errors = vErrors.length;
  }
  validate46.errors = vErrors;
  return errors === 0;
}
validate46.evaluated = { props: { assistant: true }, dynamicProps: false, dynamicItems: false };
export const answer_listCalls = validate50;
const schema84 = { $ref: 'https://revox.spec/openapi.json#/components/schemas/CallListResponse' };
const schema85 = {
  title: 'CallListResponse',
  description: 'One page of call attempts.',
  type: 'object',
  required: ['calls'],
  properties: {
    calls: {
      description: 'The call attempts of the page, newest first. Fewer than `page_size` means this is the last page.',
      type: 'array',
      items: { $ref: '#/components/schemas/CallAttempt' },
    },
  },
};
const schema86 = {
  title: 'CallAttempt',
  description: 'One try at reaching the number of a call order.',
  type: 'object',
  required: ['id', 'answered_at', 'ended_at', 'started_at', 'phone_number', 'recording_url', 'result', 'status'],
  properties: {
    id: { description: 'The unique identifier of the attempt.', type: 'string' },
    answered_at: {
      description: 'When the call was answered, or `null` while it has not been (or never was).',
      oneOf: [{ $ref: '#/components/schemas/Timestamp' }, { type: 'null' }],
    },
    ended_at: {
      description: 'When the call ended, or `null` while it is still going on.',
      oneOf: [{ $ref: '#/components/schemas/Timestamp' }, { type: 'null' }],
    },
    started_at: { $ref: '#/components/schemas/Timestamp' },
    phone_number: { description: 'The number called.', type: 'string' },
    recording_url: { description: 'Where to download the recording, or `null` when there is none.', type: ['string', 'null'] },
    result: {
      description:
        'Who or what answered: an automated menu (`IVR`), voicemail, a\nperson, or `unknown`; `null` until the attempt ends.\n`ios-screening-filter` (iOS call screening) comes from newer API\nversions.\n',
      type: ['string', 'null'],
      enum: ['IVR', 'voicemail', 'human', 'unknown', 'ios-screening-filter', null],
    },
    status: {
      description: 'Where the attempt is. `error` comes from newer API versions.',
      type: 'string',
      enum: ['queued', 'ringing', 'ongoing', 'completed', 'error'],
    },
    structured_output: {
      description:
        "The data extracted from the transcript, keyed by the names in the\nassistant's `structured_output_config`, or `null` when nothing was\nextracted.\n",
      type: ['object', 'null'],
      additionalProperties: true,
    },
    transcript: {
      description: 'What was said, in order, or `null` when there is no transcript.',
      type: ['array', 'null'],
      items: { $ref: '#/components/schemas/TranscriptEntry' },
    },
    dial_error: {
      description: 'Why the call could not be connected. Newer API versions only.',
      type: 'string',
      enum: [
        'number_non_attributed',
        'too_many_calls',
        'busy',
        'temporarily_unavailable',
        'no_answer',
        'no_international_permission',
        'precondition_failed',
        'non_classified_error',
      ],
    },
    end_reason: { description: 'Why the call ended, in words. Newer API versions only.', type: 'string' },
    ended_by: { description: 'Who ended the call. Newer API versions only.', type: 'string', enum: ['agent', 'user', 'system'] },
  },
};
const schema90 = {
  title: 'TranscriptEntry',
  description: 'One turn of a conversation.',
  type: 'object',
  required: ['content', 'role'],
  properties: {
    content: { description: "What was said, or the tool's output.", type: 'string' },
    role: {
      description: 'Who spoke: the person called (`user`), the agent (`assistant`), or a tool the agent used (`tool`).',
      type: 'string',
      enum: ['user', 'assistant', 'tool'],
    },
    tool_arguments: {
      description: 'The arguments the agent passed to the tool, as an object or as a string.',
      oneOf: [
        { type: 'object', description: 'The arguments as a JSON object.', additionalProperties: true },
        { type: 'string', description: 'The arguments as text.' },
      ],
    },
    tool_is_error: { description: 'Whether the tool call failed.', type: 'boolean' },
    tool_name: { description: 'The tool the agent used.', type: 'string' },
  },
};
function validate52(data, { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate52.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'id' },
        message: "must have required property '" + 'id' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.answered_at === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'answered_at' },
        message: "must have required property '" + 'answered_at' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.ended_at === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'ended_at' },
        message: "must have required property '" + 'ended_at' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.started_at === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'started_at' },
        message: "must have required property '" + 'started_at' + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.phone_number === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'phone_number' },
        message: "must have required property '" + 'phone_number' + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.recording_url === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'recording_url' },
        message: "must have required property '" + 'recording_url' + "'",
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.result === undefined) {
      const err6 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'result' },
        message: "must have required property '" + 'result' + "'",
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.status === undefined) {
      const err7 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'status' },
        message: "must have required property '" + 'status' + "'",
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.id !== undefined) {
      if (typeof data.id !== 'string') {
        const err8 = {
          instancePath: instancePath + '/id',
          schemaPath: '#/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.answered_at !== undefined) {
      let data1 = data.answered_at;
      const _errs4 = errors;
      let valid1 = false;
      let passing0 = null;
      const _errs5 = errors;
      if (typeof data1 === 'string') {
        if (!formats0.validate(data1)) {
          const err9 = {
            instancePath: instancePath + '/answered_at',
            schemaPath: '#/components/schemas/Timestamp/format',
            keyword: 'format',
            params: { format: 'date-time' },
            message: 'must match format "' + 'date-time' + '"',
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = {
          instancePath: instancePath + '/answered_at',
          schemaPath: '#/components/schemas/Timestamp/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      var _valid0 = _errs5 === errors;
      if (_valid0) {
        valid1 = true;
        passing0 = 0;
      }
      const _errs8 = errors;
      if (data1 !== null) {
        const err11 = {
          instancePath: instancePath + '/answered_at',
          schemaPath: '#/properties/answered_at/oneOf/1/type',
          keyword: 'type',
          params: { type: 'null' },
          message: 'must be null',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      var _valid0 = _errs8 === errors;
      if (_valid0 && valid1) {
        valid1 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid1 = true;
          passing0 = 1;
        }
      }
      if (!valid1) {
        const err12 = {
          instancePath: instancePath + '/answered_at',
          schemaPath: '#/properties/answered_at/oneOf',
          keyword: 'oneOf',
          params: { passingSchemas: passing0 },
          message: 'must match exactly one schema in oneOf',
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      } else {
        errors = _errs4;
        if (vErrors !== null) {
          if (_errs4) {
            vErrors.length = _errs4;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.ended_at !== undefined) {
      let data2 = data.ended_at;
      const _errs11 = errors;
      let valid3 = false;
      let passing1 = null;
      const _errs12 = errors;
      if (typeof data2 === 'string') {
        if (!formats0.validate(data2)) {
          const err13 = {
            instancePath: instancePath + '/ended_at',
            schemaPath: '#/components/schemas/Timestamp/format',
            keyword: 'format',
            params: { format: 'date-time' },
            message: 'must match format "' + 'date-time' + '"',
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = {
          instancePath: instancePath + '/ended_at',
          schemaPath: '#/components/schemas/Timestamp/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      var _valid1 = _errs12 === errors;
      if (_valid1) {
        valid3 = true;
        passing1 = 0;
      }
      const _errs15 = errors;
      if (data2 !== null) {
        const err15 = {
          instancePath: instancePath + '/ended_at',
          schemaPath: '#/properties/ended_at/oneOf/1/type',
          keyword: 'type',
          params: { type: 'null' },
          message: 'must be null',
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      var _valid1 = _errs15 === errors;
      if (_valid1 && valid3) {
        valid3 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid3 = true;
          passing1 = 1;
        }
      }
      if (!valid3) {
        const err16 = {
          instancePath: instancePath + '/ended_at',
          schemaPath: '#/properties/ended_at/oneOf',
          keyword: 'oneOf',
          params: { passingSchemas: passing1 },
          message: 'must match exactly one schema in oneOf',
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      } else {
        errors = _errs11;
        if (vErrors !== null) {
          if (_errs11) {
            vErrors.length = _errs11;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.started_at !== undefined) {
      let data3 = data.started_at;
      if (typeof data3 === 'string') {
        if (!formats0.validate(data3)) {
          const err17 = {
            instancePath: instancePath + '/started_at',
            schemaPath: '#/components/schemas/Timestamp/format',
            keyword: 'format',
            params: { format: 'date-time' },
            message: 'must match format "' + 'date-time' + '"',
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = {
          instancePath: instancePath + '/started_at',
          schemaPath: '#/components/schemas/Timestamp/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.phone_number !== undefined) {
      if (typeof data.phone_number !== 'string') {
        const err19 = {
          instancePath: instancePath + '/phone_number',
          schemaPath: '#/properties/phone_number/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.recording_url !== undefined) {
      let data5 = data.recording_url;
      if (typeof data5 !== 'string' && data5 !== null) {
        const err20 = {
          instancePath: instancePath + '/recording_url',
          schemaPath: '#/properties/recording_url/type',
          keyword: 'type',
          params: { type: schema86.properties.recording_url.type },
          message: 'must be string,null',
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.result !== undefined) {
      let data6 = data.result;
      if (typeof data6 !== 'string' && data6 !== null) {
        const err21 = {
          instancePath: instancePath + '/result',
          schemaPath: '#/properties/result/type',
          keyword: 'type',
          params: { type: schema86.properties.result.type },
          message: 'must be string,null',
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      if (
        !(
          data6 === 'IVR' ||
          data6 === 'voicemail' ||
          data6 === 'human' ||
          data6 === 'unknown' ||
          data6 === 'ios-screening-filter' ||
          data6 === null
        )
      ) {
        const err22 = {
          instancePath: instancePath + '/result',
          schemaPath: '#/properties/result/enum',
          keyword: 'enum',
          params: { allowedValues: schema86.properties.result.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.status !== undefined) {
      let data7 = data.status;
      if (typeof data7 !== 'string') {
        const err23 = {
          instancePath: instancePath + '/status',
          schemaPath: '#/properties/status/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      if (!(data7 === 'queued' || data7 === 'ringing' || data7 === 'ongoing' || data7 === 'completed' || data7 === 'error')) {
        const err24 = {
          instancePath: instancePath + '/status',
          schemaPath: '#/properties/status/enum',
          keyword: 'enum',
          params: { allowedValues: schema86.properties.status.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.structured_output !== undefined) {
      let data8 = data.structured_output;
      if (!(data8 && typeof data8 == 'object' && !Array.isArray(data8)) && data8 !== null) {
        const err25 = {
          instancePath: instancePath + '/structured_output',
          schemaPath: '#/properties/structured_output/type',
          keyword: 'type',
          params: { type: schema86.properties.structured_output.type },
          message: 'must be object,null',
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.transcript !== undefined) {
      let data9 = data.transcript;
      if (!Array.isArray(data9) && data9 !== null) {
        const err26 = {
          instancePath: instancePath + '/transcript',
          schemaPath: '#/properties/transcript/type',
          keyword: 'type',
          params: { type: schema86.properties.transcript.type },
          message: 'must be array,null',
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
      if (Array.isArray(data9)) {
        const len0 = data9.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data10 = data9[i0];
          if (data10 && typeof data10 == 'object' && !Array.isArray(data10)) {
            if (data10.content === undefined) {
              const err27 = {
                instancePath: instancePath + '/transcript/' + i0,
                schemaPath: '#/components/schemas/TranscriptEntry/required',
                keyword: 'required',
                params: { missingProperty: 'content' },
                message: "must have required property '" + 'content' + "'",
              };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            if (data10.role === undefined) {
              const err28 = {
                instancePath: instancePath + '/transcript/' + i0,
                schemaPath: '#/components/schemas/TranscriptEntry/required',
                keyword: 'required',
                params: { missingProperty: 'role' },
                message: "must have required property '" + 'role' + "'",
              };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            if (data10.content !== undefined) {
              if (typeof data10.content !== 'string') {
                const err29 = {
                  instancePath: instancePath + '/transcript/' + i0 + '/content',
                  schemaPath: '#/components/schemas/TranscriptEntry/properties/content/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data10.role !== undefined) {
              let data12 = data10.role;
              if (typeof data12 !== 'string') {
                const err30 = {
                  instancePath: instancePath + '/transcript/' + i0 + '/role',
                  schemaPath: '#/components/schemas/TranscriptEntry/properties/role/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
              if (!(data12 === 'user' || data12 === 'assistant' || data12 === 'tool')) {
                const err31 = {
                  instancePath: instancePath + '/transcript/' + i0 + '/role',
                  schemaPath: '#/components/schemas/TranscriptEntry/properties/role/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema90.properties.role.enum },
                  message: 'must be equal to one of the allowed values',
                };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data10.tool_arguments !== undefined) {
              let data13 = data10.tool_arguments;
              const _errs41 = errors;
              let valid10 = false;
              let passing2 = null;
              const _errs42 = errors;
              if (data13 && typeof data13 == 'object' && !Array.isArray(data13)) {
              } else {
                const err32 = {
                  instancePath: instancePath + '/transcript/' + i0 + '/tool_arguments',
                  schemaPath: '#/components/schemas/TranscriptEntry/properties/tool_arguments/oneOf/0/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
              var _valid2 = _errs42 === errors;
              if (_valid2) {
                valid10 = true;
                passing2 = 0;
              }
              const _errs45 = errors;
              if (typeof data13 !== 'string') {
                const err33 = {
                  instancePath: instancePath + '/transcript/' + i0 + '/tool_arguments',
                  schemaPath: '#/components/schemas/TranscriptEntry/properties/tool_arguments/oneOf/1/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
              var _valid2 = _errs45 === errors;
              if (_valid2 && valid10) {
                valid10 = false;
                passing2 = [passing2, 1];
              } else {
                if (_valid2) {
                  valid10 = true;
                  passing2 = 1;
                }
              }
              if (!valid10) {
                const err34 = {
                  instancePath: instancePath + '/transcript/' + i0 + '/tool_arguments',
                  schemaPath: '#/components/schemas/TranscriptEntry/properties/tool_arguments/oneOf',
                  keyword: 'oneOf',
                  params: { passingSchemas: passing2 },
                  message: 'must match exactly one schema in oneOf',
                };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              } else {
                errors = _errs41;
                if (vErrors !== null) {
                  if (_errs41) {
                    vErrors.length = _errs41;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data10.tool_is_error !== undefined) {
              if (typeof data10.tool_is_error !== 'boolean') {
                const err35 = {
                  instancePath: instancePath + '/transcript/' + i0 + '/tool_is_error',
                  schemaPath: '#/components/schemas/TranscriptEntry/properties/tool_is_error/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data10.tool_name !== undefined) {
              if (typeof data10.tool_name !== 'string') {
                const err36 = {
                  instancePath: instancePath + '/transcript/' + i0 + '/tool_name',
                  schemaPath: '#/components/schemas/TranscriptEntry/properties/tool_name/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
          } else {
            const err37 = {
              instancePath: instancePath + '/transcript/' + i0,
              schemaPath: '#/components/schemas/TranscriptEntry/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
      }
    }
    if (data.dial_error !== undefined) {
      let data16 = data.dial_error;
      if (typeof data16 !== 'string') {
        const err38 = {
          instancePath: instancePath + '/dial_error',
          schemaPath: '#/properties/dial_error/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
      if (
        !(
          data16 === 'number_non_attributed' ||
          data16 === 'too_many_calls' ||
          data16 === 'busy' ||
          data16 === 'temporarily_unavailable' ||
          data16 === 'no_answer' ||
          data16 === 'no_international_permission' ||
          data16 === 'precondition_failed' ||
          data16 === 'non_classified_error'
        )
      ) {
        const err39 = {
          instancePath: instancePath + '/dial_error',
          schemaPath: '#/properties/dial_error/enum',
          keyword: 'enum',
          params: { allowedValues: schema86.properties.dial_error.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.end_reason !== undefined) {
      if (typeof data.end_reason !== 'string') {
        const err40 = {
          instancePath: instancePath + '/end_reason',
          schemaPath: '#/properties/end_reason/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.ended_by !== undefined) {
      let data18 = data.ended_by;
      if (typeof data18 !== 'string') {
        const err41 = {
          instancePath: instancePath + '/ended_by',
          schemaPath: '#/properties/ended_by/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
      if (!(data18 === 'agent' || data18 === 'user' || data18 === 'system')) {
        const err42 = {
          instancePath: instancePath + '/ended_by',
          schemaPath: '#/properties/ended_by/enum',
          keyword: 'enum',
          params: { allowedValues: schema86.properties.ended_by.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
  } else {
    const err43 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' };
    if (vErrors === null) {
      vErrors = [err43];
    } else {
      vErrors.push(err43);
    }
    errors++;
  }
  validate52.errors = vErrors;
  return errors === 0;
}
validate52.evaluated = {
  props: {
    id: true,
    answered_at: true,
    ended_at: true,
    started_at: true,
    phone_number: true,
    recording_url: true,
    result: true,
    status: true,
    structured_output: true,
    transcript: true,
    dial_error: true,
    end_reason: true,
    ended_by: true,
  },
  dynamicProps: false,
  dynamicItems: false,
};
function validate51(data, { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate51.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.calls === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'calls' },
        message: "must have required property '" + 'calls' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.calls !== undefined) {
      let data0 = data.calls;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate52(data0[i0], {
              instancePath: instancePath + '/calls/' + i0,
              parentData: data0,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err1 = {
          instancePath: instancePath + '/calls',
          schemaPath: '#/properties/calls/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate51.errors = vErrors;
  return errors === 0;
}
validate51.evaluated = { props: { calls: true }, dynamicProps: false, dynamicItems: false };
function validate50(data, { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate50.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate51(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
    errors = vErrors.length;
  }
  validate50.errors = vErrors;
  return errors === 0;
}
validate50.evaluated = { props: { calls: true }, dynamicProps: false, dynamicItems: false };
export const answer_createCall = validate55;
const schema91 = { $ref: 'https://revox.spec/openapi.json#/components/schemas/CallOrderResponse' };
const schema92 = {
  title: 'CallOrderResponse',
  description: 'A call order, wrapped under the `call` key.',
  type: 'object',
  required: ['call'],
  properties: { call: { $ref: '#/components/schemas/CallOrder' } },
};
const schema93 = {
  title: 'CallOrder',
  description:
    'A request to reach one phone number, and the attempts made so far to\nreach it. API versions may add properties; ignore the ones you do\nnot know.\n',
  type: 'object',
  required: [
    'id',
    'call_attempts',
    'call_retry_config',
    'calls_count',
    'created_at',
    'direction',
    'first_sentence_delay_ms',
    'from_phone_number',
    'is_cancelled',
    'is_completed',
    'last_call_attempt',
    'llm_model',
    'metadata',
    'next_call_at',
    'scheduled_at',
    'to_phone_number',
  ],
  properties: {
    id: { description: 'The unique identifier of the call order.', type: 'string' },
    assistant: {
      description: 'The assistant that makes the calls, or `null` when it no longer\nexists. Documented for some API versions only.\n',
      oneOf: [{ $ref: '#/components/schemas/Assistant' }, { type: 'null' }],
    },
    call_attempts: {
      description: 'Every attempt so far, newest first.',
      type: 'array',
      items: { $ref: '#/components/schemas/CallAttempt' },
    },
    call_retry_config: {
      description: "The retry policy of this order, or `null` when the server's defaults apply.",
      oneOf: [{ $ref: '#/components/schemas/CallRetryConfig' }, { type: 'null' }],
    },
    calls_count: { description: 'How many attempts have been made. A whole number.', type: 'number' },
    created_at: { $ref: '#/components/schemas/Timestamp' },
    direction: {
      description: 'Whether Revox called out (`outbound`) or was called (`inbound`).',
      type: 'string',
      enum: ['inbound', 'outbound'],
    },
    first_sentence_delay_ms: {
      description: 'How long the agent waits before its opening line, in milliseconds (a whole number; 400 by default).',
      type: 'number',
    },
    from_phone_number: { description: 'The caller id the calls come from, in E.164 format.', type: 'string' },
    is_cancelled: { description: 'Whether the order was cancelled; no further attempts are made.', type: 'boolean' },
    is_completed: { description: 'Whether the order is finished; no further attempts are made.', type: 'boolean' },
    last_call_attempt: {
      description: 'The most recent attempt, or `null` before the first one.',
      oneOf: [{ $ref: '#/components/schemas/CallAttempt' }, { type: 'null' }],
    },
    llm_model: { $ref: '#/components/schemas/LlmModel' },
    metadata: {
      description: 'The metadata given when the call was ordered, or `null` when none was given.',
      oneOf: [{ $ref: '#/components/schemas/Metadata' }, { type: 'null' }],
    },
    next_call_at: {
      description:
        'When the next attempt is planned, or `null` when none is (the\norder is completed or cancelled). When the value is null is\ninferred, not documented.\n',
      oneOf: [{ $ref: '#/components/schemas/Timestamp' }, { type: 'null' }],
    },
    scheduled_at: {
      description: 'The start time asked for when the call was ordered, or `null` when it was to start at once.',
      oneOf: [{ $ref: '#/components/schemas/Timestamp' }, { type: 'null' }],
    },
    to_phone_number: { description: 'The number called, in E.164 format.', type: 'string' },
  },
};
const schema95 = {
  title: 'Metadata',
  description: 'Your own key-value pairs, stored with the call order and returned on it.',
  type: 'object',
  additionalProperties: { type: 'string' },
};
function validate57(data, { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate57.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'id' },
        message: "must have required property '" + 'id' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.call_attempts === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'call_attempts' },
        message: "must have required property '" + 'call_attempts' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.call_retry_config === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'call_retry_config' },
        message: "must have required property '" + 'call_retry_config' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.calls_count === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'calls_count' },
        message: "must have required property '" + 'calls_count' + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.created_at === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'created_at' },
        message: "must have required property '" + 'created_at' + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.direction === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'direction' },
        message: "must have required property '" + 'direction' + "'",
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.first_sentence_delay_ms === undefined) {
      const err6 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'first_sentence_delay_ms' },
        message: "must have required property '" + 'first_sentence_delay_ms' + "'",
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.from_phone_number === undefined) {
      const err7 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'from_phone_number' },
        message: "must have required property '" + 'from_phone_number' + "'",
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.is_cancelled === undefined) {
      const err8 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'is_cancelled' },
        message: "must have required property '" + 'is_cancelled' + "'",
      };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.is_completed === undefined) {
      const err9 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'is_completed' },
        message: "must have required property '" + 'is_completed' + "'",
      };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.last_call_attempt === undefined) {
      const err10 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'last_call_attempt' },
        message: "must have required property '" + 'last_call_attempt' + "'",
      };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.llm_model === undefined) {
      const err11 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'llm_model' },
        message: "must have required property '" + 'llm_model' + "'",
      };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.metadata === undefined) {
      const err12 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'metadata' },
        message: "must have required property '" + 'metadata' + "'",
      };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.next_call_at === undefined) {
      const err13 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'next_call_at' },
        message: "must have required property '" + 'next_call_at' + "'",
      };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.scheduled_at === undefined) {
      const err14 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'scheduled_at' },
        message: "must have required property '" + 'scheduled_at' + "'",
      };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    if (data.to_phone_number === undefined) {
      const err15 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'to_phone_number' },
        message: "must have required property '" + 'to_phone_number' + "'",
      };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    if (data.id !== undefined) {
      if (typeof data.id !== 'string') {
        const err16 = {
          instancePath: instancePath + '/id',
          schemaPath: '#/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.assistant !== undefined) {
      let data1 = data.assistant;
      const _errs4 = errors;
      let valid1 = false;
      let passing0 = null;
      const _errs5 = errors;
      if (
        !validate23(data1, {
          instancePath: instancePath + '/assistant',
          parentData: data,
          parentDataProperty: 'assistant',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs5 === errors;
      if (_valid0) {
        valid1 = true;
        passing0 = 0;
        var props0 = {};
        props0.id = true;
        props0.background_sound = true;
        props0.calendly = true;
        props0.call_retry_config = true;
        props0.created_at = true;
        props0.end_of_call_sentence = true;
        props0.first_sentence = true;
        props0.first_sentence_delay_ms = true;
        props0.first_sentence_mode = true;
        props0.ivr_navigation_enabled = true;
        props0.llm_model = true;
        props0.max_call_duration_secs = true;
        props0.name = true;
        props0.organization_id = true;
        props0.prompt = true;
        props0.structured_output_config = true;
        props0.transfer_phone_number = true;
        props0.updated_at = true;
        props0.voice = true;
        props0.voicemail_message = true;
        props0.webhook_url = true;
        props0.after_call_sms_prompt = true;
        props0.background_sound_volume = true;
        props0.custom_tools = true;
        props0.email_notification_address = true;
        props0.email_notification_outcomes = true;
        props0.from_phone_number = true;
        props0.human_transfer_mode = true;
        props0.faq_items = true;
        props0.pending_faq_count = true;
      }
      const _errs6 = errors;
      if (data1 !== null) {
        const err17 = {
          instancePath: instancePath + '/assistant',
          schemaPath: '#/properties/assistant/oneOf/1/type',
          keyword: 'type',
          params: { type: 'null' },
          message: 'must be null',
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      var _valid0 = _errs6 === errors;
      if (_valid0 && valid1) {
        valid1 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid1 = true;
          passing0 = 1;
        }
      }
      if (!valid1) {
        const err18 = {
          instancePath: instancePath + '/assistant',
          schemaPath: '#/properties/assistant/oneOf',
          keyword: 'oneOf',
          params: { passingSchemas: passing0 },
          message: 'must match exactly one schema in oneOf',
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      } else {
        errors = _errs4;
        if (vErrors !== null) {
          if (_errs4) {
            vErrors.length = _errs4;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.call_attempts !== undefined) {
      let data2 = data.call_attempts;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate52(data2[i0], {
              instancePath: instancePath + '/call_attempts/' + i0,
              parentData: data2,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err19 = {
          instancePath: instancePath + '/call_attempts',
          schemaPath: '#/properties/call_attempts/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.call_retry_config !== undefined) {
      let data4 = data.call_retry_config;
      const _errs12 = errors;
      let valid4 = false;
      let passing1 = null;
      const _errs13 = errors;
      if (
        !validate24(data4, {
          instancePath: instancePath + '/call_retry_config',
          parentData: data,
          parentDataProperty: 'call_retry_config',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
      var _valid1 = _errs13 === errors;
      if (_valid1) {
        valid4 = true;
        passing1 = 0;
        var props1 = {};
        props1.calling_windows = true;
        props1.max_retry_attempts = true;
        props1.timezone = true;
        props1.allowed_days = true;
        props1.call_twice_in_a_row = true;
      }
      const _errs14 = errors;
      if (data4 !== null) {
        const err20 = {
          instancePath: instancePath + '/call_retry_config',
          schemaPath: '#/properties/call_retry_config/oneOf/1/type',
          keyword: 'type',
          params: { type: 'null' },
          message: 'must be null',
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      var _valid1 = _errs14 === errors;
      if (_valid1 && valid4) {
        valid4 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid4 = true;
          passing1 = 1;
        }
      }
      if (!valid4) {
        const err21 = {
          instancePath: instancePath + '/call_retry_config',
          schemaPath: '#/properties/call_retry_config/oneOf',
          keyword: 'oneOf',
          params: { passingSchemas: passing1 },
          message: 'must match exactly one schema in oneOf',
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      } else {
        errors = _errs12;
        if (vErrors !== null) {
          if (_errs12) {
            vErrors.length = _errs12;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.calls_count !== undefined) {
      let data5 = data.calls_count;
      if (!(typeof data5 == 'number' && isFinite(data5))) {
        const err22 = {
          instancePath: instancePath + '/calls_count',
          schemaPath: '#/properties/calls_count/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.created_at !== undefined) {
      let data6 = data.created_at;
      if (typeof data6 === 'string') {
        if (!formats0.validate(data6)) {
          const err23 = {
            instancePath: instancePath + '/created_at',
            schemaPath: '#/components/schemas/Timestamp/format',
            keyword: 'format',
            params: { format: 'date-time' },
            message: 'must match format "' + 'date-time' + '"',
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = {
          instancePath: instancePath + '/created_at',
          schemaPath: '#/components/schemas/Timestamp/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.direction !== undefined) {
      let data7 = data.direction;
      if (typeof data7 !== 'string') {
        const err25 = {
          instancePath: instancePath + '/direction',
          schemaPath: '#/properties/direction/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      if (!(data7 === 'inbound' || data7 === 'outbound')) {
        const err26 = {
          instancePath: instancePath + '/direction',
          schemaPath: '#/properties/direction/enum',
          keyword: 'enum',
          params: { allowedValues: schema93.properties.direction.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.first_sentence_delay_ms !== undefined) {
      let data8 = data.first_sentence_delay_ms;
      if (!(typeof data8 == 'number' && isFinite(data8))) {
        const err27 = {
          instancePath: instancePath + '/first_sentence_delay_ms',
          schemaPath: '#/properties/first_sentence_delay_ms/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
        };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.from_phone_number !== undefined) {
      if (typeof data.from_phone_number !== 'string') {
        const err28 = {
          instancePath: instancePath + '/from_phone_number',
          schemaPath: '#/properties/from_phone_number/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.is_cancelled !== undefined) {
      if (typeof data.is_cancelled !== 'boolean') {
        const err29 = {
          instancePath: instancePath + '/is_cancelled',
          schemaPath: '#/properties/is_cancelled/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.is_completed !== undefined) {
      if (typeof data.is_completed !== 'boolean') {
        const err30 = {
          instancePath: instancePath + '/is_completed',
          schemaPath: '#/properties/is_completed/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.last_call_attempt !== undefined) {
      let data12 = data.last_call_attempt;
      const _errs32 = errors;
      let valid6 = false;
      let passing2 = null;
      const _errs33 = errors;
      if (
        !validate52(data12, {
          instancePath: instancePath + '/last_call_attempt',
          parentData: data,
          parentDataProperty: 'last_call_attempt',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
        errors = vErrors.length;
      }
      var _valid2 = _errs33 === errors;
      if (_valid2) {
        valid6 = true;
        passing2 = 0;
        var props2 = {};
        props2.id = true;
        props2.answered_at = true;
        props2.ended_at = true;
        props2.started_at = true;
        props2.phone_number = true;
        props2.recording_url = true;
        props2.result = true;
        props2.status = true;
        props2.structured_output = true;
        props2.transcript = true;
        props2.dial_error = true;
        props2.end_reason = true;
        props2.ended_by = true;
      }
      const _errs34 = errors;
      if (data12 !== null) {
        const err31 = {
          instancePath: instancePath + '/last_call_attempt',
          schemaPath: '#/properties/last_call_attempt/oneOf/1/type',
          keyword: 'type',
          params: { type: 'null' },
          message: 'must be null',
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      var _valid2 = _errs34 === errors;
      if (_valid2 && valid6) {
        valid6 = false;
        passing2 = [passing2, 1];
      } else {
        if (_valid2) {
          valid6 = true;
          passing2 = 1;
        }
      }
      if (!valid6) {
        const err32 = {
          instancePath: instancePath + '/last_call_attempt',
          schemaPath: '#/properties/last_call_attempt/oneOf',
          keyword: 'oneOf',
          params: { passingSchemas: passing2 },
          message: 'must match exactly one schema in oneOf',
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      } else {
        errors = _errs32;
        if (vErrors !== null) {
          if (_errs32) {
            vErrors.length = _errs32;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.llm_model !== undefined) {
      if (
        !validate26(data.llm_model, {
          instancePath: instancePath + '/llm_model',
          parentData: data,
          parentDataProperty: 'llm_model',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.metadata !== undefined) {
      let data14 = data.metadata;
      const _errs38 = errors;
      let valid7 = false;
      let passing3 = null;
      const _errs39 = errors;
      if (data14 && typeof data14 == 'object' && !Array.isArray(data14)) {
        for (const key0 in data14) {
          if (typeof data14[key0] !== 'string') {
            const err33 = {
              instancePath: instancePath + '/metadata/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/components/schemas/Metadata/additionalProperties/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
      } else {
        const err34 = {
          instancePath: instancePath + '/metadata',
          schemaPath: '#/components/schemas/Metadata/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
      var _valid3 = _errs39 === errors;
      if (_valid3) {
        valid7 = true;
        passing3 = 0;
      }
      const _errs45 = errors;
      if (data14 !== null) {
        const err35 = {
          instancePath: instancePath + '/metadata',
          schemaPath: '#/properties/metadata/oneOf/1/type',
          keyword: 'type',
          params: { type: 'null' },
          message: 'must be null',
        };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
      var _valid3 = _errs45 === errors;
      if (_valid3 && valid7) {
        valid7 = false;
        passing3 = [passing3, 1];
      } else {
        if (_valid3) {
          valid7 = true;
          passing3 = 1;
        }
      }
      if (!valid7) {
        const err36 = {
          instancePath: instancePath + '/metadata',
          schemaPath: '#/properties/metadata/oneOf',
          keyword: 'oneOf',
          params: { passingSchemas: passing3 },
          message: 'must match exactly one schema in oneOf',
        };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      } else {
        errors = _errs38;
        if (vErrors !== null) {
          if (_errs38) {
            vErrors.length = _errs38;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.next_call_at !== undefined) {
      let data16 = data.next_call_at;
      const _errs48 = errors;
      let valid10 = false;
      let passing4 = null;
      const _errs49 = errors;
      if (typeof data16 === 'string') {
        if (!formats0.validate(data16)) {
          const err37 = {
            instancePath: instancePath + '/next_call_at',
            schemaPath: '#/components/schemas/Timestamp/format',
            keyword: 'format',
            params: { format: 'date-time' },
            message: 'must match format "' + 'date-time' + '"',
          };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
      } else {
        const err38 = {
          instancePath: instancePath + '/next_call_at',
          schemaPath: '#/components/schemas/Timestamp/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
      var _valid4 = _errs49 === errors;
      if (_valid4) {
        valid10 = true;
        passing4 = 0;
      }
      const _errs52 = errors;
      if (data16 !== null) {
        const err39 = {
          instancePath: instancePath + '/next_call_at',
          schemaPath: '#/properties/next_call_at/oneOf/1/type',
          keyword: 'type',
          params: { type: 'null' },
          message: 'must be null',
        };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
      var _valid4 = _errs52 === errors;
      if (_valid4 && valid10) {
        valid10 = false;
        passing4 = [passing4, 1];
      } else {
        if (_valid4) {
          valid10 = true;
          passing4 = 1;
        }
      }
      if (!valid10) {
        const err40 = {
          instancePath: instancePath + '/next_call_at',
          schemaPath: '#/properties/next_call_at/oneOf',
          keyword: 'oneOf',
          params: { passingSchemas: passing4 },
          message: 'must match exactly one schema in oneOf',
        };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      } else {
        errors = _errs48;
        if (vErrors !== null) {
          if (_errs48) {
            vErrors.length = _errs48;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.scheduled_at !== undefined) {
      let data17 = data.scheduled_at;
      const _errs55 = errors;
      let valid12 = false;
      let passing5 = null;
      const _errs56 = errors;
      if (typeof data17 === 'string') {
        if (!formats0.validate(data17)) {
          const err41 = {
            instancePath: instancePath + '/scheduled_at',
            schemaPath: '#/components/schemas/Timestamp/format',
            keyword: 'format',
            params: { format: 'date-time' },
            message: 'must match format "' + 'date-time' + '"',
          };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
      } else {
        const err42 = {
          instancePath: instancePath + '/scheduled_at',
          schemaPath: '#/components/schemas/Timestamp/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
      var _valid5 = _errs56 === errors;
      if (_valid5) {
        valid12 = true;
        passing5 = 0;
      }
      const _errs59 = errors;
      if (data17 !== null) {
        const err43 = {
          instancePath: instancePath + '/scheduled_at',
          schemaPath: '#/properties/scheduled_at/oneOf/1/type',
          keyword: 'type',
          params: { type: 'null' },
          message: 'must be null',
        };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
      var _valid5 = _errs59 === errors;
      if (_valid5 && valid12) {
        valid12 = false;
        passing5 = [passing5, 1];
      } else {
        if (_valid5) {
          valid12 = true;
          passing5 = 1;
        }
      }
      if (!valid12) {
        const err44 = {
          instancePath: instancePath + '/scheduled_at',
          schemaPath: '#/properties/scheduled_at/oneOf',
          keyword: 'oneOf',
          params: { passingSchemas: passing5 },
          message: 'must match exactly one schema in oneOf',
        };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      } else {
        errors = _errs55;
        if (vErrors !== null) {
          if (_errs55) {
            vErrors.length = _errs55;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.to_phone_number !== undefined) {
      if (typeof data.to_phone_number !== 'string') {
        const err45 = {
          instancePath: instancePath + '/to_phone_number',
          schemaPath: '#/properties/to_phone_number/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
  } else {
    const err46 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' };
    if (vErrors === null) {
      vErrors = [err46];
    } else {
      vErrors.push(err46);
    }
    errors++;
  }
  validate57.errors = vErrors;
  return errors === 0;
}
validate57.evaluated = {
  props: {
    id: true,
    assistant: true,
    call_attempts: true,
    call_retry_config: true,
    calls_count: true,
    created_at: true,
    direction: true,
    first_sentence_delay_ms: true,
    from_phone_number: true,
    is_cancelled: true,
    is_completed: true,
    last_call_attempt: true,
    llm_model: true,
    metadata: true,
    next_call_at: true,
    scheduled_at: true,
    to_phone_number: true,
  },
  dynamicProps: false,
  dynamicItems: false,
};
function validate56(data, { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate56.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.call === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'call' },
        message: "must have required property '" + 'call' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.call !== undefined) {
      if (
        !validate57(data.call, {
          instancePath: instancePath + '/call',
          parentData: data,
          parentDataProperty: 'call',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate56.errors = vErrors;
  return errors === 0;
}
validate56.evaluated = { props: { call: true }, dynamicProps: false, dynamicItems: false };
function validate55(data, { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate55.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate56(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
    errors = vErrors.length;
  }
  validate55.errors = vErrors;
  return errors === 0;
}
validate55.evaluated = { props: { call: true }, dynamicProps: false, dynamicItems: false };
export const answer_retrieveCall = validate65;
const schema98 = { $ref: 'https://revox.spec/openapi.json#/components/schemas/CallOrderResponse' };
function validate66(data, { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate66.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.call === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'call' },
        message: "must have required property '" + 'call' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.call !== undefined) {
      if (
        !validate57(data.call, {
          instancePath: instancePath + '/call',
          parentData: data,
          parentDataProperty: 'call',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate66.errors = vErrors;
  return errors === 0;
}
validate66.evaluated = { props: { call: true }, dynamicProps: false, dynamicItems: false };
function validate65(data, { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate65.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate66(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
    errors = vErrors.length;
  }
  validate65.errors = vErrors;
  return errors === 0;
}
validate65.evaluated = { props: { call: true }, dynamicProps: false, dynamicItems: false };
export const answer_listVoices = validate69;
const schema100 = { $ref: 'https://revox.spec/openapi.json#/components/schemas/VoiceListResponse' };
const schema101 = {
  title: 'VoiceListResponse',
  description: 'The voices available to assistants.',
  type: 'object',
  required: ['voices'],
  properties: {
    voices: { description: 'The voices, in no documented order.', type: 'array', items: { $ref: '#/components/schemas/VoiceSummary' } },
  },
};
const schema102 = {
  title: 'VoiceSummary',
  description:
    "A voice an assistant can use. Revox's description of the list also\nmentions Inworld voices, but `provider` has only two documented\nvalues.\n",
  type: 'object',
  required: ['id', 'name', 'description', 'language', 'provider'],
  properties: {
    id: { description: 'The voice identifier at the provider.', type: 'string' },
    name: { description: "The voice's display name.", type: 'string' },
    description: { description: 'What the voice sounds like.', type: 'string' },
    language: {
      description: 'The language the voice speaks, as an ISO 639-1 code.',
      type: 'string',
      enum: ['en', 'fr', 'es', 'de', 'it', 'pt', 'ru', 'zh'],
    },
    provider: { $ref: '#/components/schemas/VoiceProvider' },
  },
};
function validate71(data, { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate71.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'id' },
        message: "must have required property '" + 'id' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
        message: "must have required property '" + 'name' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.description === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'description' },
        message: "must have required property '" + 'description' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.language === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'language' },
        message: "must have required property '" + 'language' + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.provider === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'provider' },
        message: "must have required property '" + 'provider' + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.id !== undefined) {
      if (typeof data.id !== 'string') {
        const err5 = {
          instancePath: instancePath + '/id',
          schemaPath: '#/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      if (typeof data.name !== 'string') {
        const err6 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.description !== undefined) {
      if (typeof data.description !== 'string') {
        const err7 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.language !== undefined) {
      let data3 = data.language;
      if (typeof data3 !== 'string') {
        const err8 = {
          instancePath: instancePath + '/language',
          schemaPath: '#/properties/language/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (
        !(
          data3 === 'en' ||
          data3 === 'fr' ||
          data3 === 'es' ||
          data3 === 'de' ||
          data3 === 'it' ||
          data3 === 'pt' ||
          data3 === 'ru' ||
          data3 === 'zh'
        )
      ) {
        const err9 = {
          instancePath: instancePath + '/language',
          schemaPath: '#/properties/language/enum',
          keyword: 'enum',
          params: { allowedValues: schema102.properties.language.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.provider !== undefined) {
      let data4 = data.provider;
      if (typeof data4 !== 'string') {
        const err10 = {
          instancePath: instancePath + '/provider',
          schemaPath: '#/components/schemas/VoiceProvider/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (!(data4 === 'cartesia' || data4 === 'elevenlabs')) {
        const err11 = {
          instancePath: instancePath + '/provider',
          schemaPath: '#/components/schemas/VoiceProvider/enum',
          keyword: 'enum',
          params: { allowedValues: schema51.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate71.errors = vErrors;
  return errors === 0;
}
validate71.evaluated = {
  props: { id: true, name: true, description: true, language: true, provider: true },
  dynamicProps: false,
  dynamicItems: false,
};
function validate70(data, { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate70.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.voices === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'voices' },
        message: "must have required property '" + 'voices' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.voices !== undefined) {
      let data0 = data.voices;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate71(data0[i0], {
              instancePath: instancePath + '/voices/' + i0,
              parentData: data0,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err1 = {
          instancePath: instancePath + '/voices',
          schemaPath: '#/properties/voices/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate70.errors = vErrors;
  return errors === 0;
}
validate70.evaluated = { props: { voices: true }, dynamicProps: false, dynamicItems: false };
function validate69(data, { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate69.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate70(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
    errors = vErrors.length;
  }
  validate69.errors = vErrors;
  return errors === 0;
}
validate69.evaluated = { props: { voices: true }, dynamicProps: false, dynamicItems: false };
export const answer_retrieveVoice = validate74;
const schema104 = { $ref: 'https://revox.spec/openapi.json#/components/schemas/VoiceRetrieveResponse' };
const schema105 = {
  title: 'VoiceRetrieveResponse',
  description: 'A voice, wrapped under the `voice` key.',
  type: 'object',
  required: ['voice'],
  properties: { voice: { $ref: '#/components/schemas/VoiceDetails' } },
};
const schema106 = {
  title: 'VoiceDetails',
  description: 'One voice, as returned by `GET /voices/{id}`.',
  type: 'object',
  required: ['id', 'name'],
  properties: {
    id: { description: 'The voice identifier at the provider.', type: 'string' },
    name: { description: "The voice's display name.", type: 'string' },
    description: { description: 'What the voice sounds like, when the provider describes it.', type: 'string' },
  },
};
function validate75(data, { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate75.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.voice === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'voice' },
        message: "must have required property '" + 'voice' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.voice !== undefined) {
      let data0 = data.voice;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.id === undefined) {
          const err1 = {
            instancePath: instancePath + '/voice',
            schemaPath: '#/components/schemas/VoiceDetails/required',
            keyword: 'required',
            params: { missingProperty: 'id' },
            message: "must have required property '" + 'id' + "'",
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data0.name === undefined) {
          const err2 = {
            instancePath: instancePath + '/voice',
            schemaPath: '#/components/schemas/VoiceDetails/required',
            keyword: 'required',
            params: { missingProperty: 'name' },
            message: "must have required property '" + 'name' + "'",
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0.id !== undefined) {
          if (typeof data0.id !== 'string') {
            const err3 = {
              instancePath: instancePath + '/voice/id',
              schemaPath: '#/components/schemas/VoiceDetails/properties/id/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data0.name !== undefined) {
          if (typeof data0.name !== 'string') {
            const err4 = {
              instancePath: instancePath + '/voice/name',
              schemaPath: '#/components/schemas/VoiceDetails/properties/name/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.description !== undefined) {
          if (typeof data0.description !== 'string') {
            const err5 = {
              instancePath: instancePath + '/voice/description',
              schemaPath: '#/components/schemas/VoiceDetails/properties/description/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/voice',
          schemaPath: '#/components/schemas/VoiceDetails/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate75.errors = vErrors;
  return errors === 0;
}
validate75.evaluated = { props: { voice: true }, dynamicProps: false, dynamicItems: false };
function validate74(data, { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate74.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate75(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
    errors = vErrors.length;
  }
  validate74.errors = vErrors;
  return errors === 0;
}
validate74.evaluated = { props: { voice: true }, dynamicProps: false, dynamicItems: false };
export const answer_retrieveCurrentUser = validate77;
const schema107 = { $ref: 'https://revox.spec/openapi.json#/components/schemas/UserResponse' };
const schema108 = {
  title: 'UserResponse',
  description: 'The current user, wrapped under the `user` key.',
  type: 'object',
  required: ['user'],
  properties: { user: { $ref: '#/components/schemas/User' } },
};
const schema109 = {
  title: 'User',
  description: 'A person with access to the Revox dashboard and API.',
  type: 'object',
  required: ['id', 'created_at', 'email', 'first_name', 'last_name', 'has_completed_onboarding', 'organization_id', 'updated_at'],
  properties: {
    id: { description: 'The unique identifier of the user.', type: 'string' },
    created_at: { $ref: '#/components/schemas/Timestamp' },
    email: { description: "The user's email address. The format is not checked by this schema.", type: 'string' },
    first_name: { description: "The user's first name, or `null` when not given.", type: ['string', 'null'] },
    last_name: { description: "The user's last name, or `null` when not given.", type: ['string', 'null'] },
    has_completed_onboarding: { description: "Whether the user has gone through the dashboard's onboarding.", type: 'boolean' },
    organization_id: { description: 'The organization the user belongs to.', type: 'string' },
    updated_at: { $ref: '#/components/schemas/Timestamp' },
  },
};
function validate79(data, { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate79.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'id' },
        message: "must have required property '" + 'id' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.created_at === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'created_at' },
        message: "must have required property '" + 'created_at' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.email === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'email' },
        message: "must have required property '" + 'email' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.first_name === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'first_name' },
        message: "must have required property '" + 'first_name' + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.last_name === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'last_name' },
        message: "must have required property '" + 'last_name' + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.has_completed_onboarding === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'has_completed_onboarding' },
        message: "must have required property '" + 'has_completed_onboarding' + "'",
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.organization_id === undefined) {
      const err6 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'organization_id' },
        message: "must have required property '" + 'organization_id' + "'",
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.updated_at === undefined) {
      const err7 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'updated_at' },
        message: "must have required property '" + 'updated_at' + "'",
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.id !== undefined) {
      if (typeof data.id !== 'string') {
        const err8 = {
          instancePath: instancePath + '/id',
          schemaPath: '#/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.created_at !== undefined) {
      let data1 = data.created_at;
      if (typeof data1 === 'string') {
        if (!formats0.validate(data1)) {
          const err9 = {
            instancePath: instancePath + '/created_at',
            schemaPath: '#/components/schemas/Timestamp/format',
            keyword: 'format',
            params: { format: 'date-time' },
            message: 'must match format "' + 'date-time' + '"',
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = {
          instancePath: instancePath + '/created_at',
          schemaPath: '#/components/schemas/Timestamp/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.email !== undefined) {
      if (typeof data.email !== 'string') {
        const err11 = {
          instancePath: instancePath + '/email',
          schemaPath: '#/properties/email/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.first_name !== undefined) {
      let data3 = data.first_name;
      if (typeof data3 !== 'string' && data3 !== null) {
        const err12 = {
          instancePath: instancePath + '/first_name',
          schemaPath: '#/properties/first_name/type',
          keyword: 'type',
          params: { type: schema109.properties.first_name.type },
          message: 'must be string,null',
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.last_name !== undefined) {
      let data4 = data.last_name;
      if (typeof data4 !== 'string' && data4 !== null) {
        const err13 = {
          instancePath: instancePath + '/last_name',
          schemaPath: '#/properties/last_name/type',
          keyword: 'type',
          params: { type: schema109.properties.last_name.type },
          message: 'must be string,null',
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.has_completed_onboarding !== undefined) {
      if (typeof data.has_completed_onboarding !== 'boolean') {
        const err14 = {
          instancePath: instancePath + '/has_completed_onboarding',
          schemaPath: '#/properties/has_completed_onboarding/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.organization_id !== undefined) {
      if (typeof data.organization_id !== 'string') {
        const err15 = {
          instancePath: instancePath + '/organization_id',
          schemaPath: '#/properties/organization_id/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.updated_at !== undefined) {
      let data7 = data.updated_at;
      if (typeof data7 === 'string') {
        if (!formats0.validate(data7)) {
          const err16 = {
            instancePath: instancePath + '/updated_at',
            schemaPath: '#/components/schemas/Timestamp/format',
            keyword: 'format',
            params: { format: 'date-time' },
            message: 'must match format "' + 'date-time' + '"',
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = {
          instancePath: instancePath + '/updated_at',
          schemaPath: '#/components/schemas/Timestamp/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate79.errors = vErrors;
  return errors === 0;
}
validate79.evaluated = {
  props: {
    id: true,
    created_at: true,
    email: true,
    first_name: true,
    last_name: true,
    has_completed_onboarding: true,
    organization_id: true,
    updated_at: true,
  },
  dynamicProps: false,
  dynamicItems: false,
};
function validate78(data, { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate78.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.user === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'user' },
        message: "must have required property '" + 'user' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.user !== undefined) {
      if (
        !validate79(data.user, {
          instancePath: instancePath + '/user',
          parentData: data,
          parentDataProperty: 'user',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate78.errors = vErrors;
  return errors === 0;
}
validate78.evaluated = { props: { user: true }, dynamicProps: false, dynamicItems: false };
function validate77(data, { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate77.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate78(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
    errors = vErrors.length;
  }
  validate77.errors = vErrors;
  return errors === 0;
}
validate77.evaluated = { props: { user: true }, dynamicProps: false, dynamicItems: false };
export const answer_updateCurrentUser = validate82;
const schema112 = { $ref: 'https://revox.spec/openapi.json#/components/schemas/UserResponse' };
function validate83(data, { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate83.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.user === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'user' },
        message: "must have required property '" + 'user' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.user !== undefined) {
      if (
        !validate79(data.user, {
          instancePath: instancePath + '/user',
          parentData: data,
          parentDataProperty: 'user',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate83.errors = vErrors;
  return errors === 0;
}
validate83.evaluated = { props: { user: true }, dynamicProps: false, dynamicItems: false };
function validate82(data, { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate82.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate83(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
    errors = vErrors.length;
  }
  validate82.errors = vErrors;
  return errors === 0;
}
validate82.evaluated = { props: { user: true }, dynamicProps: false, dynamicItems: false };
/** The validator of each operation's JSON answer, by operationId. */
export const answerValidators = {
  listAssistants: answer_listAssistants,
  createAssistant: answer_createAssistant,
  retrieveAssistant: answer_retrieveAssistant,
  deleteAssistant: answer_deleteAssistant,
  updateAssistant: answer_updateAssistant,
  listCalls: answer_listCalls,
  createCall: answer_createCall,
  retrieveCall: answer_retrieveCall,
  listVoices: answer_listVoices,
  retrieveVoice: answer_retrieveVoice,
  retrieveCurrentUser: answer_retrieveCurrentUser,
  updateCurrentUser: answer_updateCurrentUser,
};

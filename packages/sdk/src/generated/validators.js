// GENERATED FILE. DO NOT EDIT.
// Made from spec/openapi.yaml (and spec/sdk-policy.yaml) by packages/codegen, through Ajv standalone.
// Change the spec, then run `npm run generate` and commit the result; `npm test` fails while this file is stale.
// @ts-nocheck
'use strict';
export const validate_createAssistant = validate20;
const schema31 = {
  type: 'object',
  $ref: 'https://revox.spec/openapi.json#/components/schemas/AssistantCreateParams',
  unevaluatedProperties: false,
};
const schema33 = {
  title: 'AssistantCreateParams',
  description: 'The settings of a new assistant: the same fields as an update, with\n`name` and `prompt` required.\n',
  type: 'object',
  allOf: [
    { $ref: '#/components/schemas/AssistantUpdateParams' },
    {
      type: 'object',
      required: ['name', 'prompt'],
      properties: { name: { $ref: '#/components/schemas/AssistantName' }, prompt: { $ref: '#/components/schemas/AssistantPrompt' } },
    },
  ],
};
const schema55 = { title: 'AssistantName', description: 'The display name of the assistant.', type: 'string' };
const schema56 = {
  title: 'AssistantPrompt',
  description: 'The system prompt given to the language model. It defines who the agent is and how it behaves.',
  type: 'string',
};
const schema34 = {
  title: 'AssistantUpdateParams',
  description:
    'The settings to change. Every key is optional; keys left out keep\ntheir current value.\n\nThe newest API accepts 34 settings. The 9 whose names are not known\nyet (among them a farewell at the maximum call duration, SMS during\nand after voicemail, a prompt for data extraction and the "thinking"\nsounds) are not described here; the server accepts them anyway, and\nunknown keys are not refused by this schema.\n',
  type: 'object',
  properties: {
    after_call_sms_prompt: {
      description:
        'Instructions for a text message (SMS) sent to the person after the\ncall, written by the language model; `{{variable}}` placeholders\nare filled from the call. `null` sends no message.\n',
      type: ['string', 'null'],
    },
    background_sound: {
      description:
        'An ambient sound played under the conversation, so that the agent\nsounds like it is calling from an office. `null` turns it off.\n',
      type: ['string', 'null'],
      enum: ['audio/office.ogg', null],
    },
    background_sound_volume: { $ref: '#/components/schemas/BackgroundSoundVolume' },
    calendly: {
      description: 'The Calendly account and event type the agent books meetings with. `null` disconnects Calendly.',
      oneOf: [{ $ref: '#/components/schemas/Calendly' }, { type: 'null' }],
    },
    call_retry_config: { $ref: '#/components/schemas/CallRetryConfig' },
    custom_tools: {
      description:
        'HTTP requests the agent may make during a call, each described as a\ntool the language model can call. Sending this key replaces the\nwhole list.\n',
      type: 'array',
      items: { $ref: '#/components/schemas/CustomTool' },
    },
    email_notification_address: {
      description:
        'The e-mail address told when a call ends with one of\n`email_notification_outcomes`. The docs do not say whether it can\nbe unset, so `null` is allowed here and presumably means that no\ne-mail is sent. The address format is checked by the server, not by\nthis schema.\n',
      type: ['string', 'null'],
    },
    email_notification_outcomes: {
      description: 'The call outcomes that send an e-mail to `email_notification_address`.',
      type: 'array',
      items: { $ref: '#/components/schemas/EmailNotificationOutcome' },
    },
    end_of_call_sentence: { description: 'What the agent says just before it hangs up, when it decides to end the call.', type: 'string' },
    faq_items: {
      description:
        "Questions and answers the agent can use during calls. Sending this\nkey replaces the assistant's whole FAQ list; send `[]` to empty it.\n",
      type: 'array',
      items: { $ref: '#/components/schemas/FaqItemInput' },
    },
    first_sentence: {
      description:
        'The opening line. With `first_sentence_mode: static` the agent says\nit word for word; with `generated` the language model uses it as an\ninstruction to write the opening line.\n',
      type: 'string',
    },
    first_sentence_delay_ms: { $ref: '#/components/schemas/FirstSentenceDelayMs' },
    first_sentence_mode: { $ref: '#/components/schemas/FirstSentenceMode' },
    from_phone_number: { $ref: '#/components/schemas/CallerId' },
    human_transfer_mode: { $ref: '#/components/schemas/HumanTransferMode' },
    ivr_navigation_enabled: {
      description: 'Lets the agent get through automated phone menus (IVR) by pressing\nkeys and waiting through menu prompts.\n',
      type: 'boolean',
    },
    llm_model: { $ref: '#/components/schemas/LlmModel' },
    max_call_duration_secs: { $ref: '#/components/schemas/MaxCallDurationSecs' },
    name: { $ref: '#/components/schemas/AssistantName' },
    prompt: { $ref: '#/components/schemas/AssistantPrompt' },
    structured_output_config: {
      description: 'The data to extract from each call transcript, one entry per field.\nSending this key replaces the whole list.\n',
      type: 'array',
      items: { $ref: '#/components/schemas/StructuredOutputField' },
    },
    transfer_phone_number: {
      description:
        'The number to transfer the call to when the person asks for a\nhuman, in E.164 format (for example `+14155550123`). `null` turns\ntransfers off. The format is checked by the server, not by this\nschema.\n',
      type: ['string', 'null'],
    },
    voice: { $ref: '#/components/schemas/Voice' },
    voicemail_message: {
      description:
        'What the agent says when the call reaches voicemail, before it\nhangs up. `null` makes the agent hang up on voicemail without\nleaving a message.\n',
      type: ['string', 'null'],
    },
    webhook_url: { description: 'The URL Revox sends a request to when a call placed with this assistant ends.', type: 'string' },
  },
};
const schema35 = {
  title: 'BackgroundSoundVolume',
  description: "How loud the ambient sound is, from 0 (silent) to 1 (full volume). The server's default is not documented.",
  type: 'number',
  minimum: 0,
  maximum: 1,
};
const schema36 = {
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
const schema45 = {
  title: 'EmailNotificationOutcome',
  description:
    'A call outcome that can send an e-mail. Known values:\n`not_interested`. The API has others that are not documented, so any\nstring is accepted.\n',
  type: 'string',
  'x-revox-known-values': ['not_interested'],
};
const schema46 = {
  title: 'FaqItemInput',
  description: 'A question and its answer, as sent when updating an assistant.',
  type: 'object',
  required: ['question', 'answer'],
  properties: {
    question: { description: 'The question, as a caller might ask it.', type: 'string' },
    answer: { description: 'The answer the agent should give.', type: 'string' },
  },
};
const schema47 = {
  title: 'FirstSentenceDelayMs',
  description:
    'How long the agent waits, in milliseconds, before it says the opening\nline. The server default is 400. The schema only limits the value to\nthe safe-integer range; a negative delay is meaningless, but no\ndocumented lower bound exists, so the server decides.\n',
  type: 'integer',
  minimum: -9007199254740991,
  maximum: 9007199254740991,
};
const schema48 = {
  title: 'FirstSentenceMode',
  description:
    'How the call opens:\n- `generated`: the language model writes the opening line, guided by\n  `first_sentence`;\n- `static`: the agent says `first_sentence` word for word;\n- `none`: the agent says nothing and waits for the other person to\n  speak first.\n',
  type: 'string',
  enum: ['generated', 'static', 'none'],
};
const schema49 = {
  title: 'CallerId',
  description:
    "The number calls are placed from (the caller ID), in E.164 format\n(for example `+14155550100`); it must be a number of your\norganization. `null` uses the organization's default number. The\nformat is checked by the server, not by this schema.\n",
  type: ['string', 'null'],
};
const schema50 = {
  title: 'HumanTransferMode',
  description:
    'How a call is handed to a human when the person asks for one. Known\nvalues: `warm` (the agent introduces the call before handing it\nover). The API has others that are not documented, so any string is\naccepted.\n',
  type: 'string',
  'x-revox-known-values': ['warm'],
};
const schema54 = {
  title: 'MaxCallDurationSecs',
  description:
    'The longest a call may last, in seconds; the call is ended when it\nis reached. Fractions are allowed. No bounds are documented.\n',
  type: 'number',
};
const schema44 = {
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
const schema37 = {
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
const schema38 = {
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
const schema39 = {
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
          params: { type: schema37.properties.timezone.type },
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
              params: { allowedValues: schema39.enum },
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
const schema40 = {
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
const schema41 = {
  title: 'CustomToolMethod',
  description:
    "The HTTP method of a custom tool's request. Known values: `GET`. The\nother methods the API takes are not documented, so any string is\naccepted.\n",
  type: 'string',
  'x-revox-known-values': ['GET'],
};
const schema42 = {
  title: 'KeyValue',
  description: "A name and its value, for a custom tool's headers or query parameters.",
  type: 'object',
  properties: {
    key: { description: 'The name; it should not be empty.', type: 'string' },
    value: { description: 'The value.', type: 'string' },
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
                  params: { allowedValues: schema44.properties.type.enum },
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
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = {
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
const schema51 = {
  title: 'LlmModel',
  description:
    'The language model that drives the conversation: either a model\nhosted by Revox on a dedicated instance, or any model reachable\nthrough OpenRouter. The `type` key tells which.\n',
  type: 'object',
  oneOf: [{ $ref: '#/components/schemas/DedicatedInstanceModel' }, { $ref: '#/components/schemas/OpenRouterModel' }],
  discriminator: { propertyName: 'type' },
};
const schema52 = {
  title: 'DedicatedInstanceModel',
  description: 'A model that Revox hosts on a dedicated instance.',
  type: 'object',
  required: ['type', 'name'],
  properties: {
    type: { description: 'Always `dedicated-instance`.', type: 'string', const: 'dedicated-instance' },
    name: { description: 'The hosted model.', type: 'string', enum: ['gpt-4.1', 'ministral-3-8b-instruct'] },
  },
};
const schema53 = {
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
                params: { allowedValues: schema52.properties.name.enum },
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
  validate28.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate28.evaluated = { dynamicProps: true, dynamicItems: false };
const schema58 = {
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
const schema59 = { title: 'VoiceProvider', description: 'A text-to-speech provider.', type: 'string', enum: ['cartesia', 'elevenlabs'] };
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
          params: { allowedValues: schema59.enum },
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
  validate30.errors = vErrors;
  return errors === 0;
}
validate30.evaluated = { props: { id: true, provider: true, speed: true }, dynamicProps: false, dynamicItems: false };
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
    if (data.after_call_sms_prompt !== undefined) {
      let data0 = data.after_call_sms_prompt;
      if (typeof data0 !== 'string' && data0 !== null) {
        const err0 = {
          instancePath: instancePath + '/after_call_sms_prompt',
          schemaPath: '#/properties/after_call_sms_prompt/type',
          keyword: 'type',
          params: { type: schema34.properties.after_call_sms_prompt.type },
          message: 'must be string,null',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.background_sound !== undefined) {
      let data1 = data.background_sound;
      if (typeof data1 !== 'string' && data1 !== null) {
        const err1 = {
          instancePath: instancePath + '/background_sound',
          schemaPath: '#/properties/background_sound/type',
          keyword: 'type',
          params: { type: schema34.properties.background_sound.type },
          message: 'must be string,null',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (!(data1 === 'audio/office.ogg' || data1 === null)) {
        const err2 = {
          instancePath: instancePath + '/background_sound',
          schemaPath: '#/properties/background_sound/enum',
          keyword: 'enum',
          params: { allowedValues: schema34.properties.background_sound.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.background_sound_volume !== undefined) {
      let data2 = data.background_sound_volume;
      if (typeof data2 == 'number' && isFinite(data2)) {
        if (data2 > 1 || isNaN(data2)) {
          const err3 = {
            instancePath: instancePath + '/background_sound_volume',
            schemaPath: '#/components/schemas/BackgroundSoundVolume/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 1 },
            message: 'must be <= 1',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data2 < 0 || isNaN(data2)) {
          const err4 = {
            instancePath: instancePath + '/background_sound_volume',
            schemaPath: '#/components/schemas/BackgroundSoundVolume/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = {
          instancePath: instancePath + '/background_sound_volume',
          schemaPath: '#/components/schemas/BackgroundSoundVolume/type',
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
    if (data.calendly !== undefined) {
      let data3 = data.calendly;
      const _errs9 = errors;
      let valid2 = false;
      let passing0 = null;
      const _errs10 = errors;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        if (data3.connection_id === undefined) {
          const err6 = {
            instancePath: instancePath + '/calendly',
            schemaPath: '#/components/schemas/Calendly/required',
            keyword: 'required',
            params: { missingProperty: 'connection_id' },
            message: "must have required property '" + 'connection_id' + "'",
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data3.event_type_id === undefined) {
          const err7 = {
            instancePath: instancePath + '/calendly',
            schemaPath: '#/components/schemas/Calendly/required',
            keyword: 'required',
            params: { missingProperty: 'event_type_id' },
            message: "must have required property '" + 'event_type_id' + "'",
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data3.connection_id !== undefined) {
          if (typeof data3.connection_id !== 'string') {
            const err8 = {
              instancePath: instancePath + '/calendly/connection_id',
              schemaPath: '#/components/schemas/Calendly/properties/connection_id/type',
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
        if (data3.event_type_id !== undefined) {
          if (typeof data3.event_type_id !== 'string') {
            const err9 = {
              instancePath: instancePath + '/calendly/event_type_id',
              schemaPath: '#/components/schemas/Calendly/properties/event_type_id/type',
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
          instancePath: instancePath + '/calendly',
          schemaPath: '#/components/schemas/Calendly/type',
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
      var _valid0 = _errs10 === errors;
      if (_valid0) {
        valid2 = true;
        passing0 = 0;
        var props0 = {};
        props0.connection_id = true;
        props0.event_type_id = true;
      }
      const _errs17 = errors;
      if (data3 !== null) {
        const err11 = {
          instancePath: instancePath + '/calendly',
          schemaPath: '#/properties/calendly/oneOf/1/type',
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
      var _valid0 = _errs17 === errors;
      if (_valid0 && valid2) {
        valid2 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid2 = true;
          passing0 = 1;
        }
      }
      if (!valid2) {
        const err12 = {
          instancePath: instancePath + '/calendly',
          schemaPath: '#/properties/calendly/oneOf',
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
        errors = _errs9;
        if (vErrors !== null) {
          if (_errs9) {
            vErrors.length = _errs9;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.call_retry_config !== undefined) {
      if (
        !validate24(data.call_retry_config, {
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
    }
    if (data.custom_tools !== undefined) {
      let data7 = data.custom_tools;
      if (Array.isArray(data7)) {
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate26(data7[i0], {
              instancePath: instancePath + '/custom_tools/' + i0,
              parentData: data7,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err13 = {
          instancePath: instancePath + '/custom_tools',
          schemaPath: '#/properties/custom_tools/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.email_notification_address !== undefined) {
      let data9 = data.email_notification_address;
      if (typeof data9 !== 'string' && data9 !== null) {
        const err14 = {
          instancePath: instancePath + '/email_notification_address',
          schemaPath: '#/properties/email_notification_address/type',
          keyword: 'type',
          params: { type: schema34.properties.email_notification_address.type },
          message: 'must be string,null',
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.email_notification_outcomes !== undefined) {
      let data10 = data.email_notification_outcomes;
      if (Array.isArray(data10)) {
        const len1 = data10.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data10[i1] !== 'string') {
            const err15 = {
              instancePath: instancePath + '/email_notification_outcomes/' + i1,
              schemaPath: '#/components/schemas/EmailNotificationOutcome/type',
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
      } else {
        const err16 = {
          instancePath: instancePath + '/email_notification_outcomes',
          schemaPath: '#/properties/email_notification_outcomes/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.end_of_call_sentence !== undefined) {
      if (typeof data.end_of_call_sentence !== 'string') {
        const err17 = {
          instancePath: instancePath + '/end_of_call_sentence',
          schemaPath: '#/properties/end_of_call_sentence/type',
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
    if (data.faq_items !== undefined) {
      let data13 = data.faq_items;
      if (Array.isArray(data13)) {
        const len2 = data13.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data14 = data13[i2];
          if (data14 && typeof data14 == 'object' && !Array.isArray(data14)) {
            if (data14.question === undefined) {
              const err18 = {
                instancePath: instancePath + '/faq_items/' + i2,
                schemaPath: '#/components/schemas/FaqItemInput/required',
                keyword: 'required',
                params: { missingProperty: 'question' },
                message: "must have required property '" + 'question' + "'",
              };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (data14.answer === undefined) {
              const err19 = {
                instancePath: instancePath + '/faq_items/' + i2,
                schemaPath: '#/components/schemas/FaqItemInput/required',
                keyword: 'required',
                params: { missingProperty: 'answer' },
                message: "must have required property '" + 'answer' + "'",
              };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (data14.question !== undefined) {
              if (typeof data14.question !== 'string') {
                const err20 = {
                  instancePath: instancePath + '/faq_items/' + i2 + '/question',
                  schemaPath: '#/components/schemas/FaqItemInput/properties/question/type',
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
            if (data14.answer !== undefined) {
              if (typeof data14.answer !== 'string') {
                const err21 = {
                  instancePath: instancePath + '/faq_items/' + i2 + '/answer',
                  schemaPath: '#/components/schemas/FaqItemInput/properties/answer/type',
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
              instancePath: instancePath + '/faq_items/' + i2,
              schemaPath: '#/components/schemas/FaqItemInput/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
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
          instancePath: instancePath + '/faq_items',
          schemaPath: '#/properties/faq_items/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.first_sentence !== undefined) {
      if (typeof data.first_sentence !== 'string') {
        const err24 = {
          instancePath: instancePath + '/first_sentence',
          schemaPath: '#/properties/first_sentence/type',
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
    if (data.first_sentence_delay_ms !== undefined) {
      let data18 = data.first_sentence_delay_ms;
      if (!(typeof data18 == 'number' && !(data18 % 1) && !isNaN(data18) && isFinite(data18))) {
        const err25 = {
          instancePath: instancePath + '/first_sentence_delay_ms',
          schemaPath: '#/components/schemas/FirstSentenceDelayMs/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      if (typeof data18 == 'number' && isFinite(data18)) {
        if (data18 > 9007199254740991 || isNaN(data18)) {
          const err26 = {
            instancePath: instancePath + '/first_sentence_delay_ms',
            schemaPath: '#/components/schemas/FirstSentenceDelayMs/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 9007199254740991 },
            message: 'must be <= 9007199254740991',
          };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (data18 < -9007199254740991 || isNaN(data18)) {
          const err27 = {
            instancePath: instancePath + '/first_sentence_delay_ms',
            schemaPath: '#/components/schemas/FirstSentenceDelayMs/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: -9007199254740991 },
            message: 'must be >= -9007199254740991',
          };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      }
    }
    if (data.first_sentence_mode !== undefined) {
      let data19 = data.first_sentence_mode;
      if (typeof data19 !== 'string') {
        const err28 = {
          instancePath: instancePath + '/first_sentence_mode',
          schemaPath: '#/components/schemas/FirstSentenceMode/type',
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
      if (!(data19 === 'generated' || data19 === 'static' || data19 === 'none')) {
        const err29 = {
          instancePath: instancePath + '/first_sentence_mode',
          schemaPath: '#/components/schemas/FirstSentenceMode/enum',
          keyword: 'enum',
          params: { allowedValues: schema48.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.from_phone_number !== undefined) {
      let data20 = data.from_phone_number;
      if (typeof data20 !== 'string' && data20 !== null) {
        const err30 = {
          instancePath: instancePath + '/from_phone_number',
          schemaPath: '#/components/schemas/CallerId/type',
          keyword: 'type',
          params: { type: schema49.type },
          message: 'must be string,null',
        };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.human_transfer_mode !== undefined) {
      if (typeof data.human_transfer_mode !== 'string') {
        const err31 = {
          instancePath: instancePath + '/human_transfer_mode',
          schemaPath: '#/components/schemas/HumanTransferMode/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.ivr_navigation_enabled !== undefined) {
      if (typeof data.ivr_navigation_enabled !== 'boolean') {
        const err32 = {
          instancePath: instancePath + '/ivr_navigation_enabled',
          schemaPath: '#/properties/ivr_navigation_enabled/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.llm_model !== undefined) {
      if (
        !validate28(data.llm_model, {
          instancePath: instancePath + '/llm_model',
          parentData: data,
          parentDataProperty: 'llm_model',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
        errors = vErrors.length;
      }
    }
    if (data.max_call_duration_secs !== undefined) {
      let data24 = data.max_call_duration_secs;
      if (!(typeof data24 == 'number' && isFinite(data24))) {
        const err33 = {
          instancePath: instancePath + '/max_call_duration_secs',
          schemaPath: '#/components/schemas/MaxCallDurationSecs/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
        };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      if (typeof data.name !== 'string') {
        const err34 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/components/schemas/AssistantName/type',
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
    if (data.prompt !== undefined) {
      if (typeof data.prompt !== 'string') {
        const err35 = {
          instancePath: instancePath + '/prompt',
          schemaPath: '#/components/schemas/AssistantPrompt/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.structured_output_config !== undefined) {
      let data27 = data.structured_output_config;
      if (Array.isArray(data27)) {
        const len3 = data27.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data28 = data27[i3];
          if (data28 && typeof data28 == 'object' && !Array.isArray(data28)) {
            if (data28.name === undefined) {
              const err36 = {
                instancePath: instancePath + '/structured_output_config/' + i3,
                schemaPath: '#/components/schemas/StructuredOutputField/required',
                keyword: 'required',
                params: { missingProperty: 'name' },
                message: "must have required property '" + 'name' + "'",
              };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
            if (data28.required === undefined) {
              const err37 = {
                instancePath: instancePath + '/structured_output_config/' + i3,
                schemaPath: '#/components/schemas/StructuredOutputField/required',
                keyword: 'required',
                params: { missingProperty: 'required' },
                message: "must have required property '" + 'required' + "'",
              };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
            if (data28.type === undefined) {
              const err38 = {
                instancePath: instancePath + '/structured_output_config/' + i3,
                schemaPath: '#/components/schemas/StructuredOutputField/required',
                keyword: 'required',
                params: { missingProperty: 'type' },
                message: "must have required property '" + 'type' + "'",
              };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            if (data28.name !== undefined) {
              if (typeof data28.name !== 'string') {
                const err39 = {
                  instancePath: instancePath + '/structured_output_config/' + i3 + '/name',
                  schemaPath: '#/components/schemas/StructuredOutputField/properties/name/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data28.required !== undefined) {
              if (typeof data28.required !== 'boolean') {
                const err40 = {
                  instancePath: instancePath + '/structured_output_config/' + i3 + '/required',
                  schemaPath: '#/components/schemas/StructuredOutputField/properties/required/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data28.type !== undefined) {
              let data31 = data28.type;
              if (typeof data31 !== 'string') {
                const err41 = {
                  instancePath: instancePath + '/structured_output_config/' + i3 + '/type',
                  schemaPath: '#/components/schemas/StructuredOutputField/properties/type/type',
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
              if (
                !(
                  data31 === 'string' ||
                  data31 === 'number' ||
                  data31 === 'boolean' ||
                  data31 === 'enum' ||
                  data31 === 'date' ||
                  data31 === 'datetime'
                )
              ) {
                const err42 = {
                  instancePath: instancePath + '/structured_output_config/' + i3 + '/type',
                  schemaPath: '#/components/schemas/StructuredOutputField/properties/type/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema44.properties.type.enum },
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
            if (data28.description !== undefined) {
              if (typeof data28.description !== 'string') {
                const err43 = {
                  instancePath: instancePath + '/structured_output_config/' + i3 + '/description',
                  schemaPath: '#/components/schemas/StructuredOutputField/properties/description/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data28.enum_options !== undefined) {
              let data33 = data28.enum_options;
              if (Array.isArray(data33)) {
                const len4 = data33.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  if (typeof data33[i4] !== 'string') {
                    const err44 = {
                      instancePath: instancePath + '/structured_output_config/' + i3 + '/enum_options/' + i4,
                      schemaPath: '#/components/schemas/StructuredOutputField/properties/enum_options/items/type',
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
              } else {
                const err45 = {
                  instancePath: instancePath + '/structured_output_config/' + i3 + '/enum_options',
                  schemaPath: '#/components/schemas/StructuredOutputField/properties/enum_options/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
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
            const err46 = {
              instancePath: instancePath + '/structured_output_config/' + i3,
              schemaPath: '#/components/schemas/StructuredOutputField/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
      } else {
        const err47 = {
          instancePath: instancePath + '/structured_output_config',
          schemaPath: '#/properties/structured_output_config/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.transfer_phone_number !== undefined) {
      let data35 = data.transfer_phone_number;
      if (typeof data35 !== 'string' && data35 !== null) {
        const err48 = {
          instancePath: instancePath + '/transfer_phone_number',
          schemaPath: '#/properties/transfer_phone_number/type',
          keyword: 'type',
          params: { type: schema34.properties.transfer_phone_number.type },
          message: 'must be string,null',
        };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
    if (data.voice !== undefined) {
      if (
        !validate30(data.voice, {
          instancePath: instancePath + '/voice',
          parentData: data,
          parentDataProperty: 'voice',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
        errors = vErrors.length;
      }
    }
    if (data.voicemail_message !== undefined) {
      let data37 = data.voicemail_message;
      if (typeof data37 !== 'string' && data37 !== null) {
        const err49 = {
          instancePath: instancePath + '/voicemail_message',
          schemaPath: '#/properties/voicemail_message/type',
          keyword: 'type',
          params: { type: schema34.properties.voicemail_message.type },
          message: 'must be string,null',
        };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
    }
    if (data.webhook_url !== undefined) {
      if (typeof data.webhook_url !== 'string') {
        const err50 = {
          instancePath: instancePath + '/webhook_url',
          schemaPath: '#/properties/webhook_url/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
    }
  } else {
    const err51 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' };
    if (vErrors === null) {
      vErrors = [err51];
    } else {
      vErrors.push(err51);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = {
  props: {
    after_call_sms_prompt: true,
    background_sound: true,
    background_sound_volume: true,
    calendly: true,
    call_retry_config: true,
    custom_tools: true,
    email_notification_address: true,
    email_notification_outcomes: true,
    end_of_call_sentence: true,
    faq_items: true,
    first_sentence: true,
    first_sentence_delay_ms: true,
    first_sentence_mode: true,
    from_phone_number: true,
    human_transfer_mode: true,
    ivr_navigation_enabled: true,
    llm_model: true,
    max_call_duration_secs: true,
    name: true,
    prompt: true,
    structured_output_config: true,
    transfer_phone_number: true,
    voice: true,
    voicemail_message: true,
    webhook_url: true,
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
  if (!(data && typeof data == 'object' && !Array.isArray(data))) {
    const err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!validate23(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.name === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/allOf/1/required',
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
    if (data.prompt === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/allOf/1/required',
        keyword: 'required',
        params: { missingProperty: 'prompt' },
        message: "must have required property '" + 'prompt' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.name !== undefined) {
      if (typeof data.name !== 'string') {
        const err3 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/components/schemas/AssistantName/type',
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
    if (data.prompt !== undefined) {
      if (typeof data.prompt !== 'string') {
        const err4 = {
          instancePath: instancePath + '/prompt',
          schemaPath: '#/components/schemas/AssistantPrompt/type',
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
  } else {
    const err5 = { instancePath, schemaPath: '#/allOf/1/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = {
  props: {
    name: true,
    prompt: true,
    after_call_sms_prompt: true,
    background_sound: true,
    background_sound_volume: true,
    calendly: true,
    call_retry_config: true,
    custom_tools: true,
    email_notification_address: true,
    email_notification_outcomes: true,
    end_of_call_sentence: true,
    faq_items: true,
    first_sentence: true,
    first_sentence_delay_ms: true,
    first_sentence_mode: true,
    from_phone_number: true,
    human_transfer_mode: true,
    ivr_navigation_enabled: true,
    llm_model: true,
    max_call_duration_secs: true,
    structured_output_config: true,
    transfer_phone_number: true,
    voice: true,
    voicemail_message: true,
    webhook_url: true,
  },
  dynamicProps: false,
  dynamicItems: false,
};
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
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (
        key0 !== 'name' &&
        key0 !== 'prompt' &&
        key0 !== 'after_call_sms_prompt' &&
        key0 !== 'background_sound' &&
        key0 !== 'background_sound_volume' &&
        key0 !== 'calendly' &&
        key0 !== 'call_retry_config' &&
        key0 !== 'custom_tools' &&
        key0 !== 'email_notification_address' &&
        key0 !== 'email_notification_outcomes' &&
        key0 !== 'end_of_call_sentence' &&
        key0 !== 'faq_items' &&
        key0 !== 'first_sentence' &&
        key0 !== 'first_sentence_delay_ms' &&
        key0 !== 'first_sentence_mode' &&
        key0 !== 'from_phone_number' &&
        key0 !== 'human_transfer_mode' &&
        key0 !== 'ivr_navigation_enabled' &&
        key0 !== 'llm_model' &&
        key0 !== 'max_call_duration_secs' &&
        key0 !== 'structured_output_config' &&
        key0 !== 'transfer_phone_number' &&
        key0 !== 'voice' &&
        key0 !== 'voicemail_message' &&
        key0 !== 'webhook_url'
      ) {
        const err0 = {
          instancePath,
          schemaPath: '#/unevaluatedProperties',
          keyword: 'unevaluatedProperties',
          params: { unevaluatedProperty: key0 },
          message: 'must NOT have unevaluated properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
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
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const validate_updateAssistant = validate34;
const schema62 = {
  type: 'object',
  $ref: 'https://revox.spec/openapi.json#/components/schemas/AssistantUpdateParams',
  unevaluatedProperties: false,
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
    if (data.after_call_sms_prompt !== undefined) {
      let data0 = data.after_call_sms_prompt;
      if (typeof data0 !== 'string' && data0 !== null) {
        const err0 = {
          instancePath: instancePath + '/after_call_sms_prompt',
          schemaPath: '#/properties/after_call_sms_prompt/type',
          keyword: 'type',
          params: { type: schema34.properties.after_call_sms_prompt.type },
          message: 'must be string,null',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.background_sound !== undefined) {
      let data1 = data.background_sound;
      if (typeof data1 !== 'string' && data1 !== null) {
        const err1 = {
          instancePath: instancePath + '/background_sound',
          schemaPath: '#/properties/background_sound/type',
          keyword: 'type',
          params: { type: schema34.properties.background_sound.type },
          message: 'must be string,null',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (!(data1 === 'audio/office.ogg' || data1 === null)) {
        const err2 = {
          instancePath: instancePath + '/background_sound',
          schemaPath: '#/properties/background_sound/enum',
          keyword: 'enum',
          params: { allowedValues: schema34.properties.background_sound.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.background_sound_volume !== undefined) {
      let data2 = data.background_sound_volume;
      if (typeof data2 == 'number' && isFinite(data2)) {
        if (data2 > 1 || isNaN(data2)) {
          const err3 = {
            instancePath: instancePath + '/background_sound_volume',
            schemaPath: '#/components/schemas/BackgroundSoundVolume/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 1 },
            message: 'must be <= 1',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data2 < 0 || isNaN(data2)) {
          const err4 = {
            instancePath: instancePath + '/background_sound_volume',
            schemaPath: '#/components/schemas/BackgroundSoundVolume/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = {
          instancePath: instancePath + '/background_sound_volume',
          schemaPath: '#/components/schemas/BackgroundSoundVolume/type',
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
    if (data.calendly !== undefined) {
      let data3 = data.calendly;
      const _errs9 = errors;
      let valid2 = false;
      let passing0 = null;
      const _errs10 = errors;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        if (data3.connection_id === undefined) {
          const err6 = {
            instancePath: instancePath + '/calendly',
            schemaPath: '#/components/schemas/Calendly/required',
            keyword: 'required',
            params: { missingProperty: 'connection_id' },
            message: "must have required property '" + 'connection_id' + "'",
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data3.event_type_id === undefined) {
          const err7 = {
            instancePath: instancePath + '/calendly',
            schemaPath: '#/components/schemas/Calendly/required',
            keyword: 'required',
            params: { missingProperty: 'event_type_id' },
            message: "must have required property '" + 'event_type_id' + "'",
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data3.connection_id !== undefined) {
          if (typeof data3.connection_id !== 'string') {
            const err8 = {
              instancePath: instancePath + '/calendly/connection_id',
              schemaPath: '#/components/schemas/Calendly/properties/connection_id/type',
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
        if (data3.event_type_id !== undefined) {
          if (typeof data3.event_type_id !== 'string') {
            const err9 = {
              instancePath: instancePath + '/calendly/event_type_id',
              schemaPath: '#/components/schemas/Calendly/properties/event_type_id/type',
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
          instancePath: instancePath + '/calendly',
          schemaPath: '#/components/schemas/Calendly/type',
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
      var _valid0 = _errs10 === errors;
      if (_valid0) {
        valid2 = true;
        passing0 = 0;
        var props0 = {};
        props0.connection_id = true;
        props0.event_type_id = true;
      }
      const _errs17 = errors;
      if (data3 !== null) {
        const err11 = {
          instancePath: instancePath + '/calendly',
          schemaPath: '#/properties/calendly/oneOf/1/type',
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
      var _valid0 = _errs17 === errors;
      if (_valid0 && valid2) {
        valid2 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid2 = true;
          passing0 = 1;
        }
      }
      if (!valid2) {
        const err12 = {
          instancePath: instancePath + '/calendly',
          schemaPath: '#/properties/calendly/oneOf',
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
        errors = _errs9;
        if (vErrors !== null) {
          if (_errs9) {
            vErrors.length = _errs9;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.call_retry_config !== undefined) {
      if (
        !validate24(data.call_retry_config, {
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
    }
    if (data.custom_tools !== undefined) {
      let data7 = data.custom_tools;
      if (Array.isArray(data7)) {
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate26(data7[i0], {
              instancePath: instancePath + '/custom_tools/' + i0,
              parentData: data7,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err13 = {
          instancePath: instancePath + '/custom_tools',
          schemaPath: '#/properties/custom_tools/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.email_notification_address !== undefined) {
      let data9 = data.email_notification_address;
      if (typeof data9 !== 'string' && data9 !== null) {
        const err14 = {
          instancePath: instancePath + '/email_notification_address',
          schemaPath: '#/properties/email_notification_address/type',
          keyword: 'type',
          params: { type: schema34.properties.email_notification_address.type },
          message: 'must be string,null',
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.email_notification_outcomes !== undefined) {
      let data10 = data.email_notification_outcomes;
      if (Array.isArray(data10)) {
        const len1 = data10.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data10[i1] !== 'string') {
            const err15 = {
              instancePath: instancePath + '/email_notification_outcomes/' + i1,
              schemaPath: '#/components/schemas/EmailNotificationOutcome/type',
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
      } else {
        const err16 = {
          instancePath: instancePath + '/email_notification_outcomes',
          schemaPath: '#/properties/email_notification_outcomes/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.end_of_call_sentence !== undefined) {
      if (typeof data.end_of_call_sentence !== 'string') {
        const err17 = {
          instancePath: instancePath + '/end_of_call_sentence',
          schemaPath: '#/properties/end_of_call_sentence/type',
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
    if (data.faq_items !== undefined) {
      let data13 = data.faq_items;
      if (Array.isArray(data13)) {
        const len2 = data13.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data14 = data13[i2];
          if (data14 && typeof data14 == 'object' && !Array.isArray(data14)) {
            if (data14.question === undefined) {
              const err18 = {
                instancePath: instancePath + '/faq_items/' + i2,
                schemaPath: '#/components/schemas/FaqItemInput/required',
                keyword: 'required',
                params: { missingProperty: 'question' },
                message: "must have required property '" + 'question' + "'",
              };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (data14.answer === undefined) {
              const err19 = {
                instancePath: instancePath + '/faq_items/' + i2,
                schemaPath: '#/components/schemas/FaqItemInput/required',
                keyword: 'required',
                params: { missingProperty: 'answer' },
                message: "must have required property '" + 'answer' + "'",
              };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (data14.question !== undefined) {
              if (typeof data14.question !== 'string') {
                const err20 = {
                  instancePath: instancePath + '/faq_items/' + i2 + '/question',
                  schemaPath: '#/components/schemas/FaqItemInput/properties/question/type',
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
            if (data14.answer !== undefined) {
              if (typeof data14.answer !== 'string') {
                const err21 = {
                  instancePath: instancePath + '/faq_items/' + i2 + '/answer',
                  schemaPath: '#/components/schemas/FaqItemInput/properties/answer/type',
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
              instancePath: instancePath + '/faq_items/' + i2,
              schemaPath: '#/components/schemas/FaqItemInput/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
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
          instancePath: instancePath + '/faq_items',
          schemaPath: '#/properties/faq_items/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.first_sentence !== undefined) {
      if (typeof data.first_sentence !== 'string') {
        const err24 = {
          instancePath: instancePath + '/first_sentence',
          schemaPath: '#/properties/first_sentence/type',
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
    if (data.first_sentence_delay_ms !== undefined) {
      let data18 = data.first_sentence_delay_ms;
      if (!(typeof data18 == 'number' && !(data18 % 1) && !isNaN(data18) && isFinite(data18))) {
        const err25 = {
          instancePath: instancePath + '/first_sentence_delay_ms',
          schemaPath: '#/components/schemas/FirstSentenceDelayMs/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      if (typeof data18 == 'number' && isFinite(data18)) {
        if (data18 > 9007199254740991 || isNaN(data18)) {
          const err26 = {
            instancePath: instancePath + '/first_sentence_delay_ms',
            schemaPath: '#/components/schemas/FirstSentenceDelayMs/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 9007199254740991 },
            message: 'must be <= 9007199254740991',
          };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (data18 < -9007199254740991 || isNaN(data18)) {
          const err27 = {
            instancePath: instancePath + '/first_sentence_delay_ms',
            schemaPath: '#/components/schemas/FirstSentenceDelayMs/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: -9007199254740991 },
            message: 'must be >= -9007199254740991',
          };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      }
    }
    if (data.first_sentence_mode !== undefined) {
      let data19 = data.first_sentence_mode;
      if (typeof data19 !== 'string') {
        const err28 = {
          instancePath: instancePath + '/first_sentence_mode',
          schemaPath: '#/components/schemas/FirstSentenceMode/type',
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
      if (!(data19 === 'generated' || data19 === 'static' || data19 === 'none')) {
        const err29 = {
          instancePath: instancePath + '/first_sentence_mode',
          schemaPath: '#/components/schemas/FirstSentenceMode/enum',
          keyword: 'enum',
          params: { allowedValues: schema48.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.from_phone_number !== undefined) {
      let data20 = data.from_phone_number;
      if (typeof data20 !== 'string' && data20 !== null) {
        const err30 = {
          instancePath: instancePath + '/from_phone_number',
          schemaPath: '#/components/schemas/CallerId/type',
          keyword: 'type',
          params: { type: schema49.type },
          message: 'must be string,null',
        };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.human_transfer_mode !== undefined) {
      if (typeof data.human_transfer_mode !== 'string') {
        const err31 = {
          instancePath: instancePath + '/human_transfer_mode',
          schemaPath: '#/components/schemas/HumanTransferMode/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.ivr_navigation_enabled !== undefined) {
      if (typeof data.ivr_navigation_enabled !== 'boolean') {
        const err32 = {
          instancePath: instancePath + '/ivr_navigation_enabled',
          schemaPath: '#/properties/ivr_navigation_enabled/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.llm_model !== undefined) {
      if (
        !validate28(data.llm_model, {
          instancePath: instancePath + '/llm_model',
          parentData: data,
          parentDataProperty: 'llm_model',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
        errors = vErrors.length;
      }
    }
    if (data.max_call_duration_secs !== undefined) {
      let data24 = data.max_call_duration_secs;
      if (!(typeof data24 == 'number' && isFinite(data24))) {
        const err33 = {
          instancePath: instancePath + '/max_call_duration_secs',
          schemaPath: '#/components/schemas/MaxCallDurationSecs/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
        };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      if (typeof data.name !== 'string') {
        const err34 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/components/schemas/AssistantName/type',
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
    if (data.prompt !== undefined) {
      if (typeof data.prompt !== 'string') {
        const err35 = {
          instancePath: instancePath + '/prompt',
          schemaPath: '#/components/schemas/AssistantPrompt/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.structured_output_config !== undefined) {
      let data27 = data.structured_output_config;
      if (Array.isArray(data27)) {
        const len3 = data27.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data28 = data27[i3];
          if (data28 && typeof data28 == 'object' && !Array.isArray(data28)) {
            if (data28.name === undefined) {
              const err36 = {
                instancePath: instancePath + '/structured_output_config/' + i3,
                schemaPath: '#/components/schemas/StructuredOutputField/required',
                keyword: 'required',
                params: { missingProperty: 'name' },
                message: "must have required property '" + 'name' + "'",
              };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
            if (data28.required === undefined) {
              const err37 = {
                instancePath: instancePath + '/structured_output_config/' + i3,
                schemaPath: '#/components/schemas/StructuredOutputField/required',
                keyword: 'required',
                params: { missingProperty: 'required' },
                message: "must have required property '" + 'required' + "'",
              };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
            if (data28.type === undefined) {
              const err38 = {
                instancePath: instancePath + '/structured_output_config/' + i3,
                schemaPath: '#/components/schemas/StructuredOutputField/required',
                keyword: 'required',
                params: { missingProperty: 'type' },
                message: "must have required property '" + 'type' + "'",
              };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            if (data28.name !== undefined) {
              if (typeof data28.name !== 'string') {
                const err39 = {
                  instancePath: instancePath + '/structured_output_config/' + i3 + '/name',
                  schemaPath: '#/components/schemas/StructuredOutputField/properties/name/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data28.required !== undefined) {
              if (typeof data28.required !== 'boolean') {
                const err40 = {
                  instancePath: instancePath + '/structured_output_config/' + i3 + '/required',
                  schemaPath: '#/components/schemas/StructuredOutputField/properties/required/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data28.type !== undefined) {
              let data31 = data28.type;
              if (typeof data31 !== 'string') {
                const err41 = {
                  instancePath: instancePath + '/structured_output_config/' + i3 + '/type',
                  schemaPath: '#/components/schemas/StructuredOutputField/properties/type/type',
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
              if (
                !(
                  data31 === 'string' ||
                  data31 === 'number' ||
                  data31 === 'boolean' ||
                  data31 === 'enum' ||
                  data31 === 'date' ||
                  data31 === 'datetime'
                )
              ) {
                const err42 = {
                  instancePath: instancePath + '/structured_output_config/' + i3 + '/type',
                  schemaPath: '#/components/schemas/StructuredOutputField/properties/type/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema44.properties.type.enum },
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
            if (data28.description !== undefined) {
              if (typeof data28.description !== 'string') {
                const err43 = {
                  instancePath: instancePath + '/structured_output_config/' + i3 + '/description',
                  schemaPath: '#/components/schemas/StructuredOutputField/properties/description/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data28.enum_options !== undefined) {
              let data33 = data28.enum_options;
              if (Array.isArray(data33)) {
                const len4 = data33.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  if (typeof data33[i4] !== 'string') {
                    const err44 = {
                      instancePath: instancePath + '/structured_output_config/' + i3 + '/enum_options/' + i4,
                      schemaPath: '#/components/schemas/StructuredOutputField/properties/enum_options/items/type',
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
              } else {
                const err45 = {
                  instancePath: instancePath + '/structured_output_config/' + i3 + '/enum_options',
                  schemaPath: '#/components/schemas/StructuredOutputField/properties/enum_options/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
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
            const err46 = {
              instancePath: instancePath + '/structured_output_config/' + i3,
              schemaPath: '#/components/schemas/StructuredOutputField/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
      } else {
        const err47 = {
          instancePath: instancePath + '/structured_output_config',
          schemaPath: '#/properties/structured_output_config/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.transfer_phone_number !== undefined) {
      let data35 = data.transfer_phone_number;
      if (typeof data35 !== 'string' && data35 !== null) {
        const err48 = {
          instancePath: instancePath + '/transfer_phone_number',
          schemaPath: '#/properties/transfer_phone_number/type',
          keyword: 'type',
          params: { type: schema34.properties.transfer_phone_number.type },
          message: 'must be string,null',
        };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
    if (data.voice !== undefined) {
      if (
        !validate30(data.voice, {
          instancePath: instancePath + '/voice',
          parentData: data,
          parentDataProperty: 'voice',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
        errors = vErrors.length;
      }
    }
    if (data.voicemail_message !== undefined) {
      let data37 = data.voicemail_message;
      if (typeof data37 !== 'string' && data37 !== null) {
        const err49 = {
          instancePath: instancePath + '/voicemail_message',
          schemaPath: '#/properties/voicemail_message/type',
          keyword: 'type',
          params: { type: schema34.properties.voicemail_message.type },
          message: 'must be string,null',
        };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
    }
    if (data.webhook_url !== undefined) {
      if (typeof data.webhook_url !== 'string') {
        const err50 = {
          instancePath: instancePath + '/webhook_url',
          schemaPath: '#/properties/webhook_url/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
    }
  } else {
    const err51 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' };
    if (vErrors === null) {
      vErrors = [err51];
    } else {
      vErrors.push(err51);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
validate35.evaluated = {
  props: {
    after_call_sms_prompt: true,
    background_sound: true,
    background_sound_volume: true,
    calendly: true,
    call_retry_config: true,
    custom_tools: true,
    email_notification_address: true,
    email_notification_outcomes: true,
    end_of_call_sentence: true,
    faq_items: true,
    first_sentence: true,
    first_sentence_delay_ms: true,
    first_sentence_mode: true,
    from_phone_number: true,
    human_transfer_mode: true,
    ivr_navigation_enabled: true,
    llm_model: true,
    max_call_duration_secs: true,
    name: true,
    prompt: true,
    structured_output_config: true,
    transfer_phone_number: true,
    voice: true,
    voicemail_message: true,
    webhook_url: true,
  },
  dynamicProps: false,
  dynamicItems: false,
};
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
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (
        key0 !== 'after_call_sms_prompt' &&
        key0 !== 'background_sound' &&
        key0 !== 'background_sound_volume' &&
        key0 !== 'calendly' &&
        key0 !== 'call_retry_config' &&
        key0 !== 'custom_tools' &&
        key0 !== 'email_notification_address' &&
        key0 !== 'email_notification_outcomes' &&
        key0 !== 'end_of_call_sentence' &&
        key0 !== 'faq_items' &&
        key0 !== 'first_sentence' &&
        key0 !== 'first_sentence_delay_ms' &&
        key0 !== 'first_sentence_mode' &&
        key0 !== 'from_phone_number' &&
        key0 !== 'human_transfer_mode' &&
        key0 !== 'ivr_navigation_enabled' &&
        key0 !== 'llm_model' &&
        key0 !== 'max_call_duration_secs' &&
        key0 !== 'name' &&
        key0 !== 'prompt' &&
        key0 !== 'structured_output_config' &&
        key0 !== 'transfer_phone_number' &&
        key0 !== 'voice' &&
        key0 !== 'voicemail_message' &&
        key0 !== 'webhook_url'
      ) {
        const err0 = {
          instancePath,
          schemaPath: '#/unevaluatedProperties',
          keyword: 'unevaluatedProperties',
          params: { unevaluatedProperty: key0 },
          message: 'must NOT have unevaluated properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
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
  validate34.errors = vErrors;
  return errors === 0;
}
validate34.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const validate_listCalls_query = validate41;
const schema76 = {
  type: 'object',
  properties: { page: { type: 'number' }, page_size: { type: 'number' } },
  required: ['page', 'page_size'],
};
function validate41(data, { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate41.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.page === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'page' },
        message: "must have required property '" + 'page' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.page_size === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'page_size' },
        message: "must have required property '" + 'page_size' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.page !== undefined) {
      let data0 = data.page;
      if (!(typeof data0 == 'number' && isFinite(data0))) {
        const err2 = {
          instancePath: instancePath + '/page',
          schemaPath: '#/properties/page/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.page_size !== undefined) {
      let data1 = data.page_size;
      if (!(typeof data1 == 'number' && isFinite(data1))) {
        const err3 = {
          instancePath: instancePath + '/page_size',
          schemaPath: '#/properties/page_size/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate41.errors = vErrors;
  return errors === 0;
}
validate41.evaluated = { props: { page: true, page_size: true }, dynamicProps: false, dynamicItems: false };
export const validate_createCall = validate42;
const schema77 = {
  type: 'object',
  $ref: 'https://revox.spec/openapi.json#/components/schemas/CallCreateParams',
  unevaluatedProperties: false,
};
const schema78 = {
  title: 'CallCreateParams',
  description: 'What to call, with which assistant, and when.',
  type: 'object',
  required: ['phone_number'],
  properties: {
    phone_number: {
      description:
        'The number to call, in E.164 format (for example\n`+14155550123`). The format is checked by the server, not by this\nschema.\n',
      type: 'string',
    },
    assistant_id: { description: 'The saved assistant that makes the call. Give this or `assistant`.', type: 'string' },
    assistant: { $ref: '#/components/schemas/CallAssistantParams' },
    concurrency: { $ref: '#/components/schemas/CallConcurrency' },
    force_now: {
      description: 'Place the call at once, ignoring the calling windows. Described\nby the newest Revox docs only.\n',
      type: 'boolean',
    },
    from_phone_number: {
      description: "The caller id to call from. The organization's default number is used when absent.",
      type: 'string',
    },
    metadata: { $ref: '#/components/schemas/Metadata' },
    prompt_variables: {
      description: "Values for the placeholders of the assistant's prompt, by name\n(placeholders are written like `{{first_name}}`).\n",
      type: 'object',
      additionalProperties: { type: 'string' },
    },
    scheduled_at: {
      description:
        'When to start calling, as an ISO 8601 date-time (for example\n`2026-11-23T16:00:00Z`). Absent, the call starts at once. The\nofficial SDK does not type this field, so the format is not\nchecked by this schema.\n',
      type: 'string',
    },
  },
};
const schema81 = {
  title: 'CallConcurrency',
  description:
    'A limit on how many calls run at the same time for one key, for\nexample one call at a time per clinic. It does not deduplicate\norders.\n',
  type: 'object',
  required: ['key', 'max'],
  properties: {
    key: { description: 'The calls that share this key share the limit.', type: 'string' },
    max: {
      description: 'How many calls with this key may run at once, for example 1. Whole numbers are expected; bounds are not documented.',
      type: 'number',
    },
  },
};
const schema82 = {
  title: 'Metadata',
  description: 'Your own key-value pairs, stored with the call order and returned on it.',
  type: 'object',
  additionalProperties: { type: 'string' },
};
const schema79 = {
  title: 'CallAssistantParams',
  description:
    'An assistant described inside a call order instead of saved\nbeforehand: the fields of an assistant with `prompt` required. It\nhas no `name` in the official SDK; whether the server reads one is\nnot documented.\n',
  type: 'object',
  allOf: [
    { $ref: '#/components/schemas/AssistantUpdateParams' },
    { type: 'object', required: ['prompt'], properties: { prompt: { $ref: '#/components/schemas/AssistantPrompt' } } },
  ],
};
function validate44(data, { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate44.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!(data && typeof data == 'object' && !Array.isArray(data))) {
    const err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!validate23(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.prompt === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/allOf/1/required',
        keyword: 'required',
        params: { missingProperty: 'prompt' },
        message: "must have required property '" + 'prompt' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.prompt !== undefined) {
      if (typeof data.prompt !== 'string') {
        const err2 = {
          instancePath: instancePath + '/prompt',
          schemaPath: '#/components/schemas/AssistantPrompt/type',
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
  } else {
    const err3 = { instancePath, schemaPath: '#/allOf/1/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate44.errors = vErrors;
  return errors === 0;
}
validate44.evaluated = {
  props: {
    prompt: true,
    after_call_sms_prompt: true,
    background_sound: true,
    background_sound_volume: true,
    calendly: true,
    call_retry_config: true,
    custom_tools: true,
    email_notification_address: true,
    email_notification_outcomes: true,
    end_of_call_sentence: true,
    faq_items: true,
    first_sentence: true,
    first_sentence_delay_ms: true,
    first_sentence_mode: true,
    from_phone_number: true,
    human_transfer_mode: true,
    ivr_navigation_enabled: true,
    llm_model: true,
    max_call_duration_secs: true,
    name: true,
    structured_output_config: true,
    transfer_phone_number: true,
    voice: true,
    voicemail_message: true,
    webhook_url: true,
  },
  dynamicProps: false,
  dynamicItems: false,
};
function validate43(data, { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate43.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.phone_number === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'phone_number' },
        message: "must have required property '" + 'phone_number' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.phone_number !== undefined) {
      if (typeof data.phone_number !== 'string') {
        const err1 = {
          instancePath: instancePath + '/phone_number',
          schemaPath: '#/properties/phone_number/type',
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
    if (data.assistant_id !== undefined) {
      if (typeof data.assistant_id !== 'string') {
        const err2 = {
          instancePath: instancePath + '/assistant_id',
          schemaPath: '#/properties/assistant_id/type',
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
    if (data.assistant !== undefined) {
      if (
        !validate44(data.assistant, {
          instancePath: instancePath + '/assistant',
          parentData: data,
          parentDataProperty: 'assistant',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
        errors = vErrors.length;
      }
    }
    if (data.concurrency !== undefined) {
      let data3 = data.concurrency;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        if (data3.key === undefined) {
          const err3 = {
            instancePath: instancePath + '/concurrency',
            schemaPath: '#/components/schemas/CallConcurrency/required',
            keyword: 'required',
            params: { missingProperty: 'key' },
            message: "must have required property '" + 'key' + "'",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data3.max === undefined) {
          const err4 = {
            instancePath: instancePath + '/concurrency',
            schemaPath: '#/components/schemas/CallConcurrency/required',
            keyword: 'required',
            params: { missingProperty: 'max' },
            message: "must have required property '" + 'max' + "'",
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data3.key !== undefined) {
          if (typeof data3.key !== 'string') {
            const err5 = {
              instancePath: instancePath + '/concurrency/key',
              schemaPath: '#/components/schemas/CallConcurrency/properties/key/type',
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
        if (data3.max !== undefined) {
          let data5 = data3.max;
          if (!(typeof data5 == 'number' && isFinite(data5))) {
            const err6 = {
              instancePath: instancePath + '/concurrency/max',
              schemaPath: '#/components/schemas/CallConcurrency/properties/max/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
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
          instancePath: instancePath + '/concurrency',
          schemaPath: '#/components/schemas/CallConcurrency/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.force_now !== undefined) {
      if (typeof data.force_now !== 'boolean') {
        const err8 = {
          instancePath: instancePath + '/force_now',
          schemaPath: '#/properties/force_now/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.from_phone_number !== undefined) {
      if (typeof data.from_phone_number !== 'string') {
        const err9 = {
          instancePath: instancePath + '/from_phone_number',
          schemaPath: '#/properties/from_phone_number/type',
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
    if (data.metadata !== undefined) {
      let data8 = data.metadata;
      if (data8 && typeof data8 == 'object' && !Array.isArray(data8)) {
        for (const key0 in data8) {
          if (typeof data8[key0] !== 'string') {
            const err10 = {
              instancePath: instancePath + '/metadata/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/components/schemas/Metadata/additionalProperties/type',
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
      } else {
        const err11 = {
          instancePath: instancePath + '/metadata',
          schemaPath: '#/components/schemas/Metadata/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.prompt_variables !== undefined) {
      let data10 = data.prompt_variables;
      if (data10 && typeof data10 == 'object' && !Array.isArray(data10)) {
        for (const key1 in data10) {
          if (typeof data10[key1] !== 'string') {
            const err12 = {
              instancePath: instancePath + '/prompt_variables/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/properties/prompt_variables/additionalProperties/type',
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
      } else {
        const err13 = {
          instancePath: instancePath + '/prompt_variables',
          schemaPath: '#/properties/prompt_variables/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.scheduled_at !== undefined) {
      if (typeof data.scheduled_at !== 'string') {
        const err14 = {
          instancePath: instancePath + '/scheduled_at',
          schemaPath: '#/properties/scheduled_at/type',
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
    }
  } else {
    const err15 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate43.errors = vErrors;
  return errors === 0;
}
validate43.evaluated = {
  props: {
    phone_number: true,
    assistant_id: true,
    assistant: true,
    concurrency: true,
    force_now: true,
    from_phone_number: true,
    metadata: true,
    prompt_variables: true,
    scheduled_at: true,
  },
  dynamicProps: false,
  dynamicItems: false,
};
function validate42(data, { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate42.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate43(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (
        key0 !== 'phone_number' &&
        key0 !== 'assistant_id' &&
        key0 !== 'assistant' &&
        key0 !== 'concurrency' &&
        key0 !== 'force_now' &&
        key0 !== 'from_phone_number' &&
        key0 !== 'metadata' &&
        key0 !== 'prompt_variables' &&
        key0 !== 'scheduled_at'
      ) {
        const err0 = {
          instancePath,
          schemaPath: '#/unevaluatedProperties',
          keyword: 'unevaluatedProperties',
          params: { unevaluatedProperty: key0 },
          message: 'must NOT have unevaluated properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
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
  validate42.errors = vErrors;
  return errors === 0;
}
validate42.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const validate_retrieveVoice_query = validate48;
const schema83 = {
  type: 'object',
  properties: { provider: { $ref: 'https://revox.spec/openapi.json#/components/schemas/VoiceProvider' } },
  required: ['provider'],
};
function validate48(data, { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate48.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.provider === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'provider' },
        message: "must have required property '" + 'provider' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.provider !== undefined) {
      let data0 = data.provider;
      if (typeof data0 !== 'string') {
        const err1 = {
          instancePath: instancePath + '/provider',
          schemaPath: 'https://revox.spec/openapi.json#/components/schemas/VoiceProvider/type',
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
      if (!(data0 === 'cartesia' || data0 === 'elevenlabs')) {
        const err2 = {
          instancePath: instancePath + '/provider',
          schemaPath: 'https://revox.spec/openapi.json#/components/schemas/VoiceProvider/enum',
          keyword: 'enum',
          params: { allowedValues: schema59.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate48.errors = vErrors;
  return errors === 0;
}
validate48.evaluated = { props: { provider: true }, dynamicProps: false, dynamicItems: false };
export const validate_previewVoice = validate49;
const schema85 = {
  type: 'object',
  $ref: 'https://revox.spec/openapi.json#/components/schemas/VoicePreviewParams',
  unevaluatedProperties: false,
};
const schema86 = {
  title: 'VoicePreviewParams',
  description: 'The voice to hear and what it should say. Note the camelCase `voiceId`, as the API spells it.',
  type: 'object',
  required: ['provider', 'voiceId'],
  properties: {
    provider: { $ref: '#/components/schemas/VoiceProvider' },
    voiceId: { description: 'The voice identifier at the provider.', type: 'string' },
    text: { description: "What the voice should say. Absent, the provider's sample text is used.", type: 'string', maxLength: 2000 },
    speed: { description: 'The speaking rate, where 1.0 is normal. Newer API versions only.', type: 'number', minimum: 0.6, maximum: 1.5 },
    volume: {
      description: 'The loudness, where 1.0 is normal. Cartesia voices only; newer API versions only.',
      type: 'number',
      minimum: 0.5,
      maximum: 2,
    },
  },
};
const func1 = require('ajv/dist/runtime/ucs2length').default;
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
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.provider === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'provider' },
        message: "must have required property '" + 'provider' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.voiceId === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'voiceId' },
        message: "must have required property '" + 'voiceId' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.provider !== undefined) {
      let data0 = data.provider;
      if (typeof data0 !== 'string') {
        const err2 = {
          instancePath: instancePath + '/provider',
          schemaPath: '#/components/schemas/VoiceProvider/type',
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
      if (!(data0 === 'cartesia' || data0 === 'elevenlabs')) {
        const err3 = {
          instancePath: instancePath + '/provider',
          schemaPath: '#/components/schemas/VoiceProvider/enum',
          keyword: 'enum',
          params: { allowedValues: schema59.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.voiceId !== undefined) {
      if (typeof data.voiceId !== 'string') {
        const err4 = {
          instancePath: instancePath + '/voiceId',
          schemaPath: '#/properties/voiceId/type',
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
    if (data.text !== undefined) {
      let data2 = data.text;
      if (typeof data2 === 'string') {
        if (func1(data2) > 2000) {
          const err5 = {
            instancePath: instancePath + '/text',
            schemaPath: '#/properties/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2000 },
            message: 'must NOT have more than 2000 characters',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/text',
          schemaPath: '#/properties/text/type',
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
    if (data.speed !== undefined) {
      let data3 = data.speed;
      if (typeof data3 == 'number' && isFinite(data3)) {
        if (data3 > 1.5 || isNaN(data3)) {
          const err7 = {
            instancePath: instancePath + '/speed',
            schemaPath: '#/properties/speed/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 1.5 },
            message: 'must be <= 1.5',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data3 < 0.6 || isNaN(data3)) {
          const err8 = {
            instancePath: instancePath + '/speed',
            schemaPath: '#/properties/speed/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0.6 },
            message: 'must be >= 0.6',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/speed',
          schemaPath: '#/properties/speed/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.volume !== undefined) {
      let data4 = data.volume;
      if (typeof data4 == 'number' && isFinite(data4)) {
        if (data4 > 2 || isNaN(data4)) {
          const err10 = {
            instancePath: instancePath + '/volume',
            schemaPath: '#/properties/volume/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 2 },
            message: 'must be <= 2',
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data4 < 0.5 || isNaN(data4)) {
          const err11 = {
            instancePath: instancePath + '/volume',
            schemaPath: '#/properties/volume/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0.5 },
            message: 'must be >= 0.5',
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = {
          instancePath: instancePath + '/volume',
          schemaPath: '#/properties/volume/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate50.errors = vErrors;
  return errors === 0;
}
validate50.evaluated = {
  props: { provider: true, voiceId: true, text: true, speed: true, volume: true },
  dynamicProps: false,
  dynamicItems: false,
};
function validate49(data, { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate49.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate50(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (key0 !== 'provider' && key0 !== 'voiceId' && key0 !== 'text' && key0 !== 'speed' && key0 !== 'volume') {
        const err0 = {
          instancePath,
          schemaPath: '#/unevaluatedProperties',
          keyword: 'unevaluatedProperties',
          params: { unevaluatedProperty: key0 },
          message: 'must NOT have unevaluated properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
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
  validate49.errors = vErrors;
  return errors === 0;
}
validate49.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const validate_updateCurrentUser = validate52;
const schema88 = {
  type: 'object',
  $ref: 'https://revox.spec/openapi.json#/components/schemas/UserUpdateParams',
  unevaluatedProperties: false,
};
const schema89 = {
  title: 'UserUpdateParams',
  description: 'The user settings to change. Keys left out keep their value.',
  type: 'object',
  properties: { has_completed_onboarding: { description: "Mark the dashboard's onboarding as done, or not done.", type: 'boolean' } },
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
    if (data.has_completed_onboarding !== undefined) {
      if (typeof data.has_completed_onboarding !== 'boolean') {
        const err0 = {
          instancePath: instancePath + '/has_completed_onboarding',
          schemaPath: 'https://revox.spec/openapi.json#/components/schemas/UserUpdateParams/properties/has_completed_onboarding/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: 'https://revox.spec/openapi.json#/components/schemas/UserUpdateParams/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (key0 !== 'has_completed_onboarding') {
        const err2 = {
          instancePath,
          schemaPath: '#/unevaluatedProperties',
          keyword: 'unevaluatedProperties',
          params: { unevaluatedProperty: key0 },
          message: 'must NOT have unevaluated properties',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate52.errors = vErrors;
  return errors === 0;
}
validate52.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
/** Request body validators keyed by "METHOD /path". */
export const requestValidators = {
  'POST /assistants': validate_createAssistant,
  'PATCH /assistants/{id}': validate_updateAssistant,
  'POST /call': validate_createCall,
  'POST /voices/preview': validate_previewVoice,
  'PATCH /users/me': validate_updateCurrentUser,
};

/** Query validators keyed by "METHOD /path". */
export const queryValidators = {
  'GET /call': validate_listCalls_query,
  'GET /voices/{id}': validate_retrieveVoice_query,
};

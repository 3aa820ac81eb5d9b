// GENERATED FILE. DO NOT EDIT.
// Made from spec/openapi.yaml (and spec/sdk-policy.yaml) by packages/codegen, through the SDK plan.
// Change the spec, then run `npm run generate` and commit the result; `npm test` fails while this file is stale.

/** An operation's default answer: its status and media type, and a JSON body or a file's bytes as base64 (neither when it has no body). */
export interface Example {
  status: number;
  type: string;
  body?: unknown;
  base64?: string;
}

/** Each operation's default answer in @revoxai/sdk/testing: the spec's first success example. */
export const EXAMPLES: Record<
  | 'listAssistants'
  | 'createAssistant'
  | 'retrieveAssistant'
  | 'deleteAssistant'
  | 'updateAssistant'
  | 'listCalls'
  | 'createCall'
  | 'retrieveCall'
  | 'listVoices'
  | 'retrieveVoice'
  | 'previewVoice'
  | 'retrieveCurrentUser'
  | 'updateCurrentUser',
  Example
> = {
  listAssistants: {
    status: 200,
    type: 'application/json',
    body: {
      assistants: [
        {
          id: 'asst_01J9R4T6V8X0Z2B4D6F8H0K2M4',
          organization_id: 'org_01HZX2M8C4E6G8J0L2N4Q6S8U0',
          name: 'Front desk',
          prompt: 'You answer the phone for Maple Dental. Be brief and friendly, and take a message when you cannot help.',
          background_sound: null,
          calendly: null,
          call_retry_config: null,
          end_of_call_sentence: null,
          first_sentence: null,
          first_sentence_delay_ms: 400,
          first_sentence_mode: 'generated',
          ivr_navigation_enabled: false,
          llm_model: { type: 'dedicated-instance', name: 'gpt-4.1' },
          max_call_duration_secs: 600,
          structured_output_config: null,
          transfer_phone_number: null,
          voice: null,
          voicemail_message: null,
          webhook_url: null,
          faq_items: [],
          pending_faq_count: 0,
          created_at: '2026-11-22T10:05:41.207Z',
          updated_at: '2026-11-22T10:05:41.207Z',
        },
      ],
    },
  },
  createAssistant: {
    status: 200,
    type: 'application/json',
    body: {
      assistant: {
        id: 'asst_01J9R4T6V8X0Z2B4D6F8H0K2M4',
        organization_id: 'org_01HZX2M8C4E6G8J0L2N4Q6S8U0',
        name: 'Front desk',
        prompt: 'You answer the phone for Maple Dental. Be brief and friendly, and take a message when you cannot help.',
        background_sound: null,
        calendly: null,
        call_retry_config: null,
        end_of_call_sentence: null,
        first_sentence: null,
        first_sentence_delay_ms: 400,
        first_sentence_mode: 'generated',
        ivr_navigation_enabled: false,
        llm_model: { type: 'dedicated-instance', name: 'gpt-4.1' },
        max_call_duration_secs: 600,
        structured_output_config: null,
        transfer_phone_number: null,
        voice: null,
        voicemail_message: null,
        webhook_url: null,
        faq_items: [],
        pending_faq_count: 0,
        created_at: '2026-11-22T10:05:41.207Z',
        updated_at: '2026-11-22T10:05:41.207Z',
      },
    },
  },
  retrieveAssistant: {
    status: 200,
    type: 'application/json',
    body: {
      id: 'asst_01J9R4T6V8X0Z2B4D6F8H0K2M4',
      organization_id: 'org_01HZX2M8C4E6G8J0L2N4Q6S8U0',
      name: 'Front desk',
      prompt: 'You answer the phone for Maple Dental. Be brief and friendly, and take a message when you cannot help.',
      background_sound: null,
      calendly: null,
      call_retry_config: null,
      end_of_call_sentence: null,
      first_sentence: null,
      first_sentence_delay_ms: 400,
      first_sentence_mode: 'generated',
      ivr_navigation_enabled: false,
      llm_model: { type: 'dedicated-instance', name: 'gpt-4.1' },
      max_call_duration_secs: 600,
      structured_output_config: null,
      transfer_phone_number: null,
      voice: null,
      voicemail_message: null,
      webhook_url: null,
      faq_items: [],
      pending_faq_count: 0,
      created_at: '2026-11-22T10:05:41.207Z',
      updated_at: '2026-11-22T10:05:41.207Z',
    },
  },
  deleteAssistant: { status: 200, type: 'application/json', body: { success: true } },
  updateAssistant: {
    status: 200,
    type: 'application/json',
    body: {
      assistant: {
        id: 'asst_01HZX3K4V6QW8N2P5R7T9Y1B3D',
        organization_id: 'org_01HZX2M8C4E6G8J0L2N4Q6S8U0',
        name: 'Maple Dental appointment reminders',
        prompt:
          'You are Léa, the scheduling assistant of Maple Dental in Lyon.\nYou call patients the day before their appointment to confirm it.\nBe warm and brief. If the patient cannot come, offer to move the\nappointment and book the new slot with the calendar tool.\nNever give medical advice; offer a call back from the clinic instead.\n',
        first_sentence: "Greet the patient by first name and say you are calling from Maple Dental about tomorrow's appointment.",
        first_sentence_mode: 'generated',
        first_sentence_delay_ms: 400,
        end_of_call_sentence: 'Thank you, have a lovely day!',
        voicemail_message:
          'Hello, this is Maple Dental calling to confirm your appointment tomorrow. Please call us back at +33 4 78 00 00 00. Thank you!',
        transfer_phone_number: '+33478000000',
        webhook_url: 'https://hooks.mapledental.example/revox/call-completed',
        background_sound: 'audio/office.ogg',
        ivr_navigation_enabled: false,
        max_call_duration_secs: 300,
        voice: { id: '694f9389-aac1-45b6-b726-9d9369183238', provider: 'cartesia', speed: 1 },
        llm_model: { type: 'dedicated-instance', name: 'gpt-4.1' },
        calendly: null,
        call_retry_config: {
          max_retry_attempts: 3,
          timezone: 'Europe/Paris',
          calling_windows: [
            { calling_window_start_time: '09:00', calling_window_end_time: '12:00', retry_delay_seconds: 3600 },
            { calling_window_start_time: '14:00', calling_window_end_time: '18:30', retry_delay_seconds: 7200 },
          ],
          allowed_days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
          call_twice_in_a_row: false,
        },
        after_call_sms_prompt: null,
        background_sound_volume: 0.5,
        custom_tools: [],
        email_notification_address: null,
        email_notification_outcomes: [],
        from_phone_number: null,
        human_transfer_mode: 'warm',
        structured_output_config: [
          { name: 'confirmed', type: 'boolean', required: true, description: 'Whether the patient confirmed the appointment.' },
          {
            name: 'outcome',
            type: 'enum',
            required: true,
            description: 'What happened to the appointment.',
            enum_options: ['kept', 'rescheduled', 'cancelled'],
          },
        ],
        faq_items: [
          {
            id: 'faq_01HZX5A7B9C1D3E5F7G9H1J3K5',
            question: 'Where is the clinic?',
            answer: '12 rue de la République, 69002 Lyon, second floor.',
            source: 'human',
            needs_human_answer: false,
          },
          {
            id: 'faq_01HZX5A7B9C1D3E5F7G9H1J3K6',
            question: 'Do you accept the Carte Vitale?',
            answer: '',
            source: 'ai',
            needs_human_answer: true,
          },
        ],
        pending_faq_count: 1,
        created_at: '2026-03-02T09:14:27.512Z',
        updated_at: '2026-11-20T16:41:03.088Z',
      },
    },
  },
  listCalls: {
    status: 200,
    type: 'application/json',
    body: {
      calls: [
        {
          id: 'att_01JA2B9Q8R7S6T5U4V3W2X1Y0Z',
          answered_at: '2026-11-21T09:02:11.480Z',
          ended_at: '2026-11-21T09:03:40.112Z',
          started_at: '2026-11-21T09:01:58.930Z',
          phone_number: '+33612345678',
          recording_url: 'https://storage.getrevox.com/recordings/att_01JA2B9Q8R7S6T5U4V3W2X1Y0Z.mp3',
          result: 'human',
          status: 'completed',
          structured_output: { confirmed: true, outcome: 'kept' },
          transcript: [
            {
              role: 'assistant',
              content: 'Hello Camille, this is Léa from Maple Dental, calling about your appointment tomorrow at 10:30.',
            },
            { role: 'user', content: 'Yes, I will be there.' },
            { role: 'assistant', content: 'Perfect, see you tomorrow. Have a lovely day!' },
          ],
        },
      ],
    },
  },
  createCall: {
    status: 200,
    type: 'application/json',
    body: {
      call: {
        id: 'call_01JA2B3C4D5E6F7G8H9J0K1M2N',
        call_attempts: [],
        call_retry_config: null,
        calls_count: 0,
        created_at: '2026-11-22T10:15:02.031Z',
        direction: 'outbound',
        first_sentence_delay_ms: 400,
        from_phone_number: '+33170000000',
        is_cancelled: false,
        is_completed: false,
        last_call_attempt: null,
        llm_model: { type: 'dedicated-instance', name: 'gpt-4.1' },
        metadata: { patient_id: 'pat_4821' },
        next_call_at: '2026-11-22T10:15:03.000Z',
        scheduled_at: null,
        to_phone_number: '+33612345678',
      },
    },
  },
  retrieveCall: {
    status: 200,
    type: 'application/json',
    body: {
      call: {
        id: 'call_01JA2B3C4D5E6F7G8H9J0K1M2N',
        call_attempts: [
          {
            id: 'att_01JA2B9Q8R7S6T5U4V3W2X1Y0Z',
            answered_at: '2026-11-21T09:02:11.480Z',
            ended_at: '2026-11-21T09:03:40.112Z',
            started_at: '2026-11-21T09:01:58.930Z',
            phone_number: '+33612345678',
            recording_url: 'https://storage.getrevox.com/recordings/att_01JA2B9Q8R7S6T5U4V3W2X1Y0Z.mp3',
            result: 'human',
            status: 'completed',
            structured_output: { confirmed: true, outcome: 'kept' },
            transcript: [
              {
                role: 'assistant',
                content: 'Hello Camille, this is Léa from Maple Dental, calling about your appointment tomorrow at 10:30.',
              },
              { role: 'user', content: 'Yes, I will be there.' },
              { role: 'assistant', content: 'Perfect, see you tomorrow. Have a lovely day!' },
            ],
          },
        ],
        call_retry_config: {
          max_retry_attempts: 3,
          timezone: 'Europe/Paris',
          calling_windows: [{ calling_window_start_time: '09:00', calling_window_end_time: '18:00', retry_delay_seconds: 7200 }],
        },
        calls_count: 1,
        created_at: '2026-11-21T09:01:50.004Z',
        direction: 'outbound',
        first_sentence_delay_ms: 400,
        from_phone_number: '+33170000000',
        is_cancelled: false,
        is_completed: true,
        last_call_attempt: {
          id: 'att_01JA2B9Q8R7S6T5U4V3W2X1Y0Z',
          answered_at: '2026-11-21T09:02:11.480Z',
          ended_at: '2026-11-21T09:03:40.112Z',
          started_at: '2026-11-21T09:01:58.930Z',
          phone_number: '+33612345678',
          recording_url: 'https://storage.getrevox.com/recordings/att_01JA2B9Q8R7S6T5U4V3W2X1Y0Z.mp3',
          result: 'human',
          status: 'completed',
          structured_output: { confirmed: true, outcome: 'kept' },
          transcript: [
            {
              role: 'assistant',
              content: 'Hello Camille, this is Léa from Maple Dental, calling about your appointment tomorrow at 10:30.',
            },
            { role: 'user', content: 'Yes, I will be there.' },
            { role: 'assistant', content: 'Perfect, see you tomorrow. Have a lovely day!' },
          ],
        },
        llm_model: { type: 'dedicated-instance', name: 'gpt-4.1' },
        metadata: { patient_id: 'pat_4821' },
        next_call_at: null,
        scheduled_at: null,
        to_phone_number: '+33612345678',
      },
    },
  },
  listVoices: {
    status: 200,
    type: 'application/json',
    body: {
      voices: [
        {
          id: '694f9389-aac1-45b6-b726-9d9369183238',
          name: 'Léa',
          description: 'A warm, calm French voice for customer calls.',
          language: 'fr',
          provider: 'cartesia',
        },
        {
          id: '21m00Tcm4TlvDq8ikWAM',
          name: 'Rachel',
          description: 'A clear American English voice.',
          language: 'en',
          provider: 'elevenlabs',
        },
      ],
    },
  },
  retrieveVoice: {
    status: 200,
    type: 'application/json',
    body: {
      voice: { id: '694f9389-aac1-45b6-b726-9d9369183238', name: 'Léa', description: 'A warm, calm French voice for customer calls.' },
    },
  },
  previewVoice: {
    status: 200,
    type: 'audio/mpeg',
    base64:
      '//NAxAALsAFw9UEYAGBqogPAwJz4IHPPlHA+DhcHxACEQOB8vOQfOCc+CDv/Pzn///////lIn/6VBhZ9/NNiJQDe/UE4j5jf09c//z3+8vmN/oWfWEo+//vcgPJFZhP/8RyDGTMSA6X/80LELBLhpqABj0AAQ7///p6SoTpRQhqjf6w8HyYZIFGvOzTD3/1e6Ev/+TUCLhFFMGiOtcBp0zaYwZw0ZIKHz0EBDAOGhEirfGRPjQ89qkHTzZyag8AtDWfNCFr4lw9iGPbX8lSSJIj/80DEPCNzCowBmmgAo0V6/WTjMlCgQxyGBLj4ShwohexOR/E/IZcJyYVAuDnPkAc7sm483L4+FDxyHiTWYG79aS1JWZ2t////m7/Z0L9Hb9NZ9A+3/sX1gM+Ghcj/rSqSQRr5Cxiqhv/zQsQJFom2rAGZaABoAgZdsw7AcKFqVhwKGLBmMWoEZSIyMB4HoK6ax3l7/////+gYIOcJw41HzqRkZExZdMpkVkkZ1nTqHMklrOHWyRZFR8vf///6xc58QnW/FwkqT//IL4cH+5XJKv/zQMQKFus+wH/YKAN4xUREdpmLTo05zqtJUslTGlRxtvu09nHDxw5iEejpY+iI5s901T/Voyjfpj4mKqlGvXNj3Acq///f7q920er//////1ZVKImcNKNaXf9nvE+NgC3+RL4cGJhb//NCxAkV+f7FH08QAmHyG6IWjEmoJie1iD9fs6XzT1188IRToSLMBujK5CnEAw6I3oRv1UaDIn9SIihbF/XLVxBD///R6EYEET5wkDwYF///4LGQ8EQ0DXlkmi4AkAAQoIQSCJC3Ay04//NAxA0W6eLE9YwoAB6YtHR2tYO67HIGLX////uyusxRjIhGdznd0EgUXMQe4gOOzOOOclfDp3HHcjzCYoyirefOdxQMH1NqdjlRdyy7y4EOH+KNu6vb/+l//11iRSr+7loIpQWsCfT/80LEDBdxYtMXzBABq9KpGZCxzaS+a8Pp1BXsh/hC6KVGZQzfqbtdcur6hkQO73Zb716KCkNv7/OsDiXcnMtb/+F2beFHCOGsOcR3arKUYtf/+j8z/v9r7k6H2SM8rYkpYh1SZVY2wR3/80DEChMxJuJ0SEbW4ogdF4cxYH72eRA3PTDME2EazRjHyA0Wy4nc7DZXBA6VOMB8JJSRJBSut2ByrrIy6tEERxkQtVuPJuzX+36a3seyaY0vpiITaVg4ER0gR9AYiiMu0SWuH3jLyf/zQsQYFCCi6nRb8G716jAO8I2JAcajT2umkrCGJqaLvV4tWIzsePPkVkRUovwKGlHQ6CuxZ0VEoaa38j/9Vt0r///7kpXgC18mqJId8ZgBxaoQiwug/bRkCwEo3I6qyRTABSERAALjkP/zQMQjFAiKwnZ+sMA8ifjIwMg0KG5V3t5N1S1+UEAKGP9SJfrLgQmA3///irf/Xl1jkL/3gQACgSQqQAEqAGBVRgj23R2bhAqYaQpTOxCzt4sX3bV6ywZUrpsSh63TN////7IgqPMU//NCxC0SEZq+TlYKGFG///ZDEZ9vdRxIOg+7////64uoXiRv+AbQqupAImAar6oP1xRIKvYj9C6EXHf6ymqOGuYsBQx8xuGb////e7IJqMhf//vOzjM7W6imCnBgTp//vVnorUf///////NAxEAT40LJt08QA9y+xamcFVKf/7swyFc4qLoAD0AJwALDA5LIWiEhTsZDbGrk4jCcsHTgbgHMGGal4j4UWtcuOqDvB6JQEOChKwkgQRkjs8pf/+gXCFuWjBbGI9h4fODwQ9x0PdL/80LESyB7AqW1mWgAKygamiB4TQTg1mxLGhwfhLx5lJiRHibmRkSg4DC3///9v//00DMvnv/rUld//MTYkjIluD3/N4YC6jcC07RgYOb5JkxA8Q2Ew0oDpKuaSyJ416M7AawOMeIgYE7/80DEJR2TCpwBmWgAjcArgoDVv///kiPDk4f+XxwEq3029jL6x3FpONhpC3GZKsXh6l1AkxMhMTkmGZKpEoMAHPNP///////qNjM2//dFIyT/+o6kbNlRX/mT3+LGFYCLyR9NJopYOf/zQsQJFtG6oAGYaACKJPgh0B7lTZiE+rvsXib2v6ChC5jwGKCTl8KwSZL///8rKepAx1GRJJ/QNG9NH6zpTW5wbhwGs3WmmXx0Jp9jEuoS6RxuKX///0hgMfQTOfSBlYOCJgIHxaZUQf/zQMQJFrm6pMuYaAAUQZ2IFDJQCMKmKAmAbyuK37styiYYBjMO4J6al8LyQvzf//50kdbEl1F8+/sl+bN6y6XUK3IR+dNUUTg7S4bThmkicJxue///+TBo/+HSP6AkhAm2q0OD4P6L//NCxAkWKta1F89oAjHBIXZasN60hqdgj/H9awI1oZoEzCHkwoKC6DwQTerXdS/6vUnKkFHqzetvenUtaJ9JNl63vWYLMUkkv////vV/////+rRWp0jgiCZl/7iNn+cX9Te3oHyfOZE+//NAxAwV4ZrNvniNKsx3JZhN1xakLjNy3uHE+/ae0LWYv8zmToGgzpky7CKEtJ/r6UBuBAYsMDkz2g/sTPgwrf////myjc0iRKnf/id4n+XHO//0yx4UcTXMAwLgBf8YRpDxc5xdoTD/80LEDxSCGqW/TxAAF68uMxZ9rr1cfmmc7stxUwGVw6ms5Ah2//9CnCgChRSAmKVyklNVmZ/1YpXLEOp//69tbPthgwRktigspf1//+OMbkgUIgYBBEEAAAx4ALy8Q3CqBspEeJYGX0T/80DEGRm6lnx3kmgAxxbD6XVor5IicCBySJbg7BP1kwyLyX1cxutFH4coHkJ4So5hwkirVV/lCZD6PRH///pGBk6BiskxlkoaIL/orZX//V1Oit7rTn3f/9AuTEFNRTMuMTAwqqqqqv/zQsQNAAADSAHAAACqqqqqqqqqqqqqqqqqqqqqqqqqqkxBTUUzLjEwMKqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqv/zQMRpAAADSAAAAACqqqqqqqqqqqqqqqqqqqqqqqqqTEFNRTMuMTAwqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq//NCxKMAAANIAAAAAKqqqqqqqqqqqqqqqqqqqqqqqqqqTEFNRTMuMTAwqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq//NAxKQAAANIAAAAAKqqqqqqqqqqqqqqqqqqqqqqqqoNjDFED/rUsDAQq/3HT7OGWjSQj/hjEIGHs7a7f//6/2W6CZAwMKfAyYYDTCP7quibkmBIWTREAwGA5UBzlQFuf/PE+O80Tff/80LEowAAA0gAAAAAAyi4DgIAAmQGOACcCeGUFwB7H///+I8WafU3//////7kwQQpEEPN///4IFKPtLkru1E3igQchERBOEDEYnsw+9C+f////4m4TMcdRKjlKVY4wiocwlGnSstLCxb/80DEpAAAA0gBQAAAtMcwJME3LqKSI7AUoTIjD2IxrTdI0GFBXRKh7KtQCLDHDEPMxrRM0EH/+v/5qg7/s/kAV/JhqmMwAIh3mgoAoJgFNd7bamgbVvghjAQgEnwmCoUqJWFegBE8YP/zQsT/HPMSgLOboADiRsSS57ZonGxJupn/0E1/UOEEeGegPgjySuS4hhatmQzhyCxK6Y0E0YHoGInZREyDkhyS47oqUMoLwOQl0LJuOMlh5mzbICdkZH/x6Jt/5BKbf//TKI9g5Q7yUf/zQMTnGaIusAGYaACr/rOGJKlpp/6CJTNS/rMnv9B//SGKXbMvkBgpAB2P8BdOYCsdLvblub/////5KIk+ouC6FrHoiR6ZuF+F+IjsOAWjbUoTBQiCIwXRYGjbsF0FEF2R6rC+HR8T//NCxNslYw7HF5hoAB0Km/pf//5StyA/w/H//37mttk0grQFxJxehV/B6WIU+pkp2SzrsJI1qMNCIoItYj9mv619u+ZB5BY35zpJJ58vY0KEGU2kDFIwyGH6qS26ykTUIU3/73P/6HeX//NAxKETMa68AY9QAGl3eH/1bbgKaNuuqxd1+bazdivr+1tez/BaMy+xQhBA98T1miNfY7//cd82nzWpt37tcohc1QpnP9An1MmhQaNQjX+/u2f/0DzcoPAk5bfvrLLa0bBmZdnmF2n/80LErxSBXw5fhygCqhplASkadtE5VXt3QfRiImbpEm7M0hz6T3BgkIwUAoIWb3s30aPigTUeUEAOKsDxdSU/+zoLh848wTFiaqVdw0sldRVFh4XXXUtFT7U7dAMDElzBg8D06aZMBlD/80DEuRPpNwMfzzACmp5yTGFiWYEJgKSKHIRg1r8PTMzOT3Mt41eYU3dVqbKta3S1s53KrMX4++z6wtQCHwIDESVBwIAggCQS9QP/3iXOdibUsoFIGoRrRdWSHIyueX+nkzYuebGMNv/zQsTEFEDy3lpqRhKwkSCXgrTgq4YBssJWhpAVBF0RVHolcn+WDURPJAUVcG2FuIvAAAtSIEw3k2BvNkgA35FkBic5HEc1uQcPtSVk3cJH3n5+Hz6Gb6plHsakigz4Gv9/P/32+LlMLP/zQMTPJPF2yvrgX2Jq6xpsm8FLzwIfzH/uX/////3CRTk/2IgleAOwWDopkmSaYBIEvdFi4xsmNe5iRKHVNrX/////r/NqK4hXCcTI7UevyrSjGHksgepMeYTF+7DqUh1Esv////hI//NCxJYUeX7XHtAezDIEDRb9QKJOkEkAE5JABHWxh5K3AA2AKEaoCEPUBGJfrdZWpxaZInHODV6IfXEz+f6//0EtMctxQgAYDfpfJEWeSBExZArYtmIYxMUlJ9Eh5QK2skyKEBNaiKOP//NAxKATQXLaV09QAiXlEwWSWN9VljuImZNY3Yh4lYfugRAvEALJICz2SQsr6h6PPdv5BzyVdLX/6BRKxPlht/6pZJ0mzA//6TlwZcmxzzh6AALZDUCdAJIKjCtrCFbwSEqBIWmNzxD/80LEriWzGsJXmIACYMDYRvBZGnZq8sDZKVFkn/SXTdAdATJkQIxHMKjwsvL+QQro1/+tiHGKDq5FyLm6GcIeTZbNFkBMSKnpkTSkGIGQc+gXDRyYLpJjSIkOsWsfycf///////9UxWj/80DEcx9DFpW7mIAA//qY3Tf/6RkdMREAOqAwUJgJx4J8rcqhVXFsRrWHGZberwkCoJJOz5j///7SbFAWMgkH1////55aYLIrx9pjKTYfAe8UPOq+Wj5jj7///////hQEhA8kioCDdv/zQsRRE2GuuxfPOAAK0kAMKxJXmFRexwIHR7ATpsBRyASI9jS7f9GcM2SAHopZ8AQENFwWX5gA5CWGgepY36slx+edyBCKU5xEKxC4LlLf///////3spA6AJiA/AQG7EUOdnMJmIBUE//zQMRfEzE64lxrxSYnCl8Sz///////////01C/tSmhpL5YYRlDPnxpaCGADohDYzSowQGIK/5++7m6lSWSLOtI/OhYQOJlAukHmBqJFFE/UC5qEolE8aySQDoAxnoXc+DZcBykoLgu//NCxG0UQRrduUnQAgcwLp+azQRuwYAFtPg2DS9DCya/26x8H9RR5RASwHAgSEcwWeRxFSqopkOLpOpGIm4V1V50vkgfVqHJIcao6yCDTGaIaTDczIogfLTcvF0ul41bs6Wqt0E7f/9T//NAxHgk4xriX4+QAj1Vu3/9jIji+VP/pImKk//sbmx5wWb/zL/80bpyNIlYr/FpOJIp3a2gAgRIROiSncQgrwWxb0Wf6Gl4H+ZydZw2AG4IwsC2m8MjDIIGLk8TpPCFBGw5oGr1l8f/80LEPyRy1t5fj5AC2XBIxcYn4qjbIKiMYVroDhVmB59RUFljgfkoNdI2bMjQh5rzUtnzQ38vEgaHTY/yoSZVJMtH26nU+/1M7Vd21tpN/22+kak6fNP/ZMwMkflgGG6RWSIZIWx+lI7/80DECRYBsrgBj5AAcEIeg52Yt5PzfCBhisOQIiAuooQQaEFg3PDbS+UhYCKkXEBBUQ/McZAkWjCNMXHQ//9RuW09SjQh5VfWTwyhJIc3Y3b1Ghgimj1lcxPoH8AUADAAoGAxg83XXv/zQsQME4Ge0j/PUACbCci5T0XRobeHDU2S6MyIERhl3VykheHo+FcAuFkoPSaP2V////U0jJiEjK7/+ex5x0+7rSeTmt//////zjCo5hr+kACdEviYeGRtK5JW42Fbjk1mbkb27GD1e//zQMQaE8mW4b9PKAIA74r9Y5B9hZAK5A86oLCZFO/RlJ/9DOKO4KUpjf/OVTmRqFkWL3/32/fT//+q82k8QV7yN1W+EYAAlWW1pFIAWUACaNZBPmQmjZHIhkppOVSS0HQTB7AX6D4Q//NCxCUdka7Fv4yQAP3DIIgkLMELEVLY4g5YnCiIDF0gI5o3irgjUSVbClRgmjer1r+TofKN8tpLURYdxMXrJknDFs6YlxS0OdMidLpig2YnC6aqDX///+MP/Uxn5VUAAakICAAB/QCR//NAxAoW8WqMVZiIAB0AVhxAcdI0QkLKt6UEVKqc1Zh3UqzGKBriDEUPKRfEc6+MsK6NEnVGJoYmRGlCVSaSSTV7+Q4XMRciz3/pLQ8gJMEyVSa/+sQkQqNFUf/8l60BD8E/048w0kD/80DECRZJPq2VjygAKgu5UG6IMGSXx8qlUDHa3Ojjtsm/b9XqAiCJjIVx4wouN/kIweLOKfz7YugiIRh7w+CGkIOOBj9QDD9EofSWC5QMf/0aF4fUCDjn//+XB8yqAK1wxjiTSMh3kP/zQsQKE+mGulnRWACDdDOBYRKgGYRgjMeygJTJ1i86Vv//j/7yDJRSDsfMEs2VP77zjyg1LkR1yO86xltOx//8VZLUVXOQhSB9o3njEnwTur9NYAugIQSmp5IL3DF9EN7UjfLOZZkrcv/zQMQWFHs24n9POAMVm6Oed//9kbO9XrjV1Gd/0eKCaijX//kZoxPDEfeNJUaMVSKGp//+n/vNb////11zt///9NaFXHjUzxYECvPACgAfq4jLoAQDNgQnhgi8wgi/JaBarTs2m6da//NCxB8cSba1jZhYAMx/8/8f/6ACw6IwTQRZUEc3NjzgWL1nQThFLNw8kESr/kgn1/JU7/ymwHqgjjpV/D+Qg2nB+Pfkgd65NLj3///5UJN7MJFu/FvPh1n+HQn/lglVggAQYDOLfAy///NAxAkUop5YCZSQAOAx67wRNhJfJo2L36LI/jKkOAgICx/4FpDGwm4YQWS//pTEgIXR//xCgm8MQhgYErEcjZM1///zHRtU/////0avSf6RR//8qKkV8NX1GZImv6npzz7IX/khpxr/80LEERM6/qQBhVAAW+0wwwsLwuQbgU/yQyrzyo/YqPrf/bbl5rKQkB53/9G57/kRUhKIxx5CjFk/////1osypAFyCG///8VUWHVlhjVBpakA83Eo+0xSswqdEYkR1JEFULUb3esiVK3/80DEIBQhFsMXyRAAMZmtVllb29VClcwJaWGEwcclhNbk9bxUoL+wpwspYgK3jBB+u7TW0MsSOGp/w2e4yt9bohlbS20AC0FD0Edoc86LMvpxkhKR1Kl2RUhKmxQqUGdkm3FtOMksJv/zQsQqFGDLAn5+mIpgm8L2/X5t7OuPsHhIBoeDgaKDNqKOSUHet4fHnFXYvPlPrdyIa/lq/3pkdxs1vNalpukb6p1CNutFKwRSlQ7gJk6WENRp24vPWfibiSKjqKrtdpmRRWgh7tam5v/zQMQ0E3mWtADAF0D5/88mT1QJDhBovUW/7/0byST6J8Qb2o3VP5hD4kvCYehA/ibTgC9Jq2mer0ieC5NdJKvXEbuXXBk1Lu5Xf6t/V6f/zHGFYJi1//WdDHFSM50MzDCmf///T/////NCxEET+vbZfkvKy//////9lmYYojy/UuVryvlAAb0XuKBfBvJxYKXS6Wu3T97rEbtTlhOurq3WF4cCkoEpNmq/fHxDhGewv/5mAqEAjjf//6UNsAw1qHPYeAIott7eDiVBb////BUR//NAxE0UOZ7Zv08YAgFDR1MC3gYKsEqTYNgvlMU5IepLnMw4CHYEDs0IGZjAS7n8aTEVHmdBuCENxwmAjEIHkHQEg7HASDoYGg0N/7/unr0x7GUx9VJDG5qS7////9zCEXOFk2qbnmn/80LEVxzJvnDRmlgAPLziqppR1zm2m0kFRUWlogV3/T+BHOvT//9+9KpAMhySSSSGIRCMSSSABVGH6FuVIKiYc4b1SN0YAu4xrKU/b2Xd+2zhpacbWuzQ8gFZkRYuCBTSPECXjebm6tD/80DEPyN7ErZfmFgA7B3ENGQ50daqhudiGjoovf6LhKSB9vnm2Pkd5OI570IY8hiO7h7ZiTrqbbKeyHweuXfFcToS5sdt+/7/fETx7q3fDd1vz/Uzxu//SSJSsdJvpCqCZzAYD4MC1v/zQsQMFFF7Dn/PQAI43qkIiAJ4MxrP+fFPTX3//5jSefhbn//+GZiXKzAExcPxRLpPuP4i5sci0iyLkDBQ8gcPd+Lh4gBw2DxT////9DB4mHIVZKmd3hwGwdH0X7WTwyWSvgj6PpmOCf/zQMQWEzF22nZ5TL7Th/4CTOWjytvWzvUlCyEX+1DGGlv/+tTM4vVnKRYImzBzvLFAoGk7f///9YkCgbAokV+YUfahQAl//zD7TD4Q7nDOTo+m7iUjEiEtecEyjE9M/vW/j/+1Wxfh//NCxCQUqMLWV0x4AhyFmS4Yh+OEtSCQNA1Dab/DVbg0IlneTWOPtIqf/bAzX+pA6j/nVgEwGmfsESjaAAGWAFjYIIBYIw8wkw75Iwzb4IhDBsSDL6QNS4MEB4BT1YxcVrJJ47MQP/8f//NAxC0fes6NmZpoAMJKXFjtCCEDOnwnwB+inSFkfVQH4S41dZsNZPKS+MUpC2flELgQjTzEhDySTKh3GdIwKR9IeyZsuMdZw0Lw9zb///////9F6L//qMls+JgdJWVYIWAETGkQwAD/80LEChcZptm/jFgCAQAQHyQc0hDJqkmLQcQh8LRehJZMG7zLxvX///5yHCXJcG2qVAPqrhplXm47biTRIg2T+Vjwfj84Xrf8oEkfm0UpXsOu+r4o6FRb//////8FgqrmV7gVAmGLHdH/80DECRPjNuWvzygDdJW1kfYslfBLNmjnU9VYicWUYjSb/2Arv//iyCA8aA7Ob/0cQDpJlP//yKxCt/KdH/////////////9EvOzEdFIMFXYfHdrURboBsBKPku82Frw1V11vkoWqnP/zQsQUFJmi2bdPUAI6SJ5Zaxi5OiNKBEean9vInIB1GG03/zpimEBNEKNlOdftTKOg8JVJqnSpsWCZCX//////7ToaCIAPAyJh8nUagCBABoq+Za3KISZyUB5bpHmLz4ZcuGsgslU4SP/zQMQdGemOnEWYeACZqn7Nm0sff1jelHakZOAOoCcihck++//A0jKlqX237caX//CuBbGVv++I1v8MP//+ltHtj9mZWXXcVMwsrVBd9TVf//+WBU7//1IcQCk4ycDrFzGZgWuLtGiO//NCxBAYQbKUAZmQAIqpWK2Tv7/XqRD0FMF6FHAxYGCA0MqAVgWEnwuCC2B9f9vqMTbWZHtZmkl5fL7eeJx+owKRcTOlA6a8zczJhj3LizQ1K55////5QE/0k3fWJ1lpoFUpUWQDHGoS//NAxAsW8bKkAZiYABXatrTGRv3//7tyOZC0TgvgBgBc4F/BcYsBoHJjhYDm8NVof+z9aepVTKSSbqUr1HFlAWYOBygTAudBTmSD9qKKPpsblctrPu//l////zSgfgAoARsXYGA/m3n/80LEChSBZtpXz5AAhbkd1RM9RwVln5/5aitubksZyTMSwfNSJkgARAIgE2BcASJFyupC////djIouWSTSMkEnSSacebTi0HyBdTzn/////9mlU4T2bAJvCVAvFAJsa4UHuU0oKeMi6r/80DEFBM5mum+Uko+e5QXoHGqQ72YIDShHEgusF1BjnfujW//0MIBYshW/9TD3EnOVborgwmIf/////+hRtoMknxUXeaTdpAPFK/3j9VkDleRaoS2FpTRUhyw09olsmqVXQgGFmKxs//zQsQiEzme3Z9JKAI7f3boT+RVQxxIOkf/0VTCIlcxSyllFinX/tt/yNf+m76Ew6Ak9IEFTAlQooEAAAkFlnkAAAAXApVr/hsv3tv0NPiExfhcQC6B6EkfbgtI7i1J/CuZA0mQ9kfQaf/zQMQxE4nCsbePaAN4T3Wj+TSVaonl73X/iSjkHCaJUnel//5ihtR5uVUAIMMIMCAQCBAAeo/8bggeGYCf5KBOBf+Nx4Sf4oFseGf+IgaFwuBCf/4KwDAIB4CwFIJ///4EgFhwXAhE//NCxD0T2lKRnYpQAB4NE////zLK5iuSEZOX//8oTWoNqD9m40btLMDiz5tbZEKLXTV6oZ+d6sFKPajkJZkP3ps8lVPmtc5ZtU52EK3Hi3+zk1Na7M/emx8759xBgO5tESnuff8jIRf///NAxEkToa6sAYkwALmGvFgKuiABK2BACGgfQGCrGzrggiUG4SxtV++8+80zB1v+xUqV/y66ABP/l1SVe//SjbMbPIgMwtkwoEBAA3ioaCYGDGrsmpYsrqNGvxEVK1uZNKV/10kVaKj/80LEVRQ5Oq5dzxgAyEG5wZsY+DtchyC3kwGeYqnMq79W3d/7z//+v9SMKEFMu///5l90Buh7V3hTBhCBmX0ZRBZ36Ar7YrptteKp4s//uDgjJAa4mlYhQJlRqBvvrpsnABKAAxFI4YH/80DEYBMpnrpfTxACBgxuWAFFLpMweNQFfaVCyNQY5IRlrNr3Wvq/WiisAGgXoRsRoWSATcc5QrYkzE/7e35SFmjMk0UcmxLQ+QT+OdomLLjpNBfkRNUyZKrDkh/hCIcZcIqOcYo6kv/zQsRuH7Lapv+akADWr////////1pF5L/9Aul4xvBQC2iYhwK/kxJ+3+WPf/ONJk//UmMkD//8m7Fxwxf//x4JAkJmUIBj////G7ox56GDQqTEsc/////2LH3Mq5g0KiWE443////////zQMRLE6PKUAGKOAGQPTI6YDAhLgkMhkkYiUThIAAzknDvF1Von0ijIKjydHQo47uxOzjT+cF8XyfdGiQGhiIYMMNEEQDCTZM0F7KHt686oQIh72aYlCnKcyLjDDD3WN3PHQ00kdXM//NCxFcf6pa2X49AAJ60q+m1Wly7xdsnM8SrOsfGv80UtVSfPVy+g+Vpw0fSL8t+z/GHf/EVVAgZCJkkkQDSkgcAEQe58G4ypgEMtxkT9Qc+g0wWs5rB34XeAAAhxhYDBjkHcCYEDCRA//NAxDMg+xLJv5hoAzqDCIgFOH2FSJRMLShTJag5rmFSnW/Zaa30R8LgXoSUm6mKY9ENAyHoaD0KJJDuLUV8zMCSMX8sL5YOc3+v/+2//Uh/////9S3ev2T9MwNHEOAAE/4FQLhMAS7/80LEChSDNt2/zCgDFYoSjlvoLyJ3IZaqq6iDphYpC4gAJUa/2oYxEQxspX2/+na7IPiDCCqHt7sIOdK72/////////////yq7M87IqptFiEHnIS8WQAW/gX4uH6LruLlIoeo+isCr5j/80DEFBOpVt2/STgC7w8+iXmyYUJTY0FyIvMdEPsfU67GIn/z/XOnsmLQAOaeB0WoB8mBygwUuJmiSkPb////54j1MMICiX158Fg0n0fgkyjgQAANVWjAoXBrqAVZwkJKqrij0IRIJv/zQsQgHJGKob+YmABX/1QMqw6wBxQxEIJCkjFjIAPBLjDC10YJsrc1ROU1L8yLx1Fa1pO36yZJIc4Y4c/MjgrYd4y31yXIcPkUqMi/DliBiOhYjH9LwVDp4an//8qElfOauQR6n/PQxP/zQMQJE/sGFAGCUAD5pELH+JhOYZ/5UnHSUW//8Q5ASEo+C8Ck///H84hFsL8YCwNf///8WgaALBFlyY0fjcxmO/////yQs5hiu5p5cBjnf//6EA3RRaLRbaLbbLTaBQAMePk5cqOT//NCxBQT0grOX4IQAKkXJyOVsnLRPJJ5Sm0qd58ioyOqLpoSQjPkc5isYoU373U4hv+AjA2CKNGid+v/5lDzCAAg16////3Eqp/v/7KSn5WWr0pdyWpljQ9tIvB9losSbIEAPGYzwQ6V//NAxCATkSLKUdloAEU9xQhBSkQLLAjoIrGY4zIqPGBcNBwApgnI4wnY8Ccd3//+7JmZwuHkzn4qHwfqhACLlPAUD9JeRx7C7kaPRyyr5lO/yGfFNwlLKb6OeOO2NpO9HuqI96/05DL/80LELBO5ns2eeU0seX//rFxjhwVAAWYjJ/ws0eUFn2F0eyJmFpIM7//////z7RtAAqAHg6PMaEKciWYNgiWYqSLdnuipAljMu0VHXHzCjmfFbDtjqf8axP2ZntZ/6sQRHBA5Ct/6oiv/80DEOROpmtD+W8quHRFYiqjAINO/1q/////CDy5Of84oopAA0AMB0fJnWPjGGHpjEjLpc1XaqgDdcR2DpTg4WVrWYDLp7GU5YnazGvGd/97Zv+joLhEPipHX//IY0aGWVyUQrv/////zQsRFE9mezX55Ry7/+dQVQ8NO73mjFbQACwJfEwnBJqEwwsRrL+Qv9dLMfi5sE1AoVXK2JZppIMNjbU0tB7fd3X//MjCw4qR//sEcgVTZrMEHdn+wer////qWDQwElZZyC5SAAAsSX//zQMRREwGe1Z5iROYTDsTavrsZJtpnZPZg8QXjwXFIqxPu7bVVCvE8t3B7/kVcuz/0iQgcEAo1W/9FjnWV0PK6iif+LNTt6P//6j4bLhUiY0BwFASGqpAADxJn0w5YRwTmaUrhup50//NCxGATiZbRnlsKrvNIQq0FvIUcGbksekQYFPRSOe9udV70/5mEgVA9T/0ePitnK6mlKFi/9CBpBTGP//9v7WiQolznTwhFVqrYAiYlP6gejNI8l1GTiGY8mWSCDIPjtgHP6fy2oBRM//NAxG0TYZrNnjMKrqmvxTmf2BKw7JIn/LUIGQrf9DwzEIZ70lo6vb//arHtXJX////7f/9WY4UkZBwvVYHCyKfEA5CZ16T2Xrq1gkIwfIpCLWPVri79r4gLBMcIGlm/siHKwwpx//r/80LEehOa8s0eSYTLkqUREjFv87EqhUN9GMPKR1p/9vIgiISYueeM///sPiYQgshCLADtBQ/u3LdZv0jAENMQY20h1AqSMGIjREo1Tlpltz6dU8rVePoM60eYCexB5kXxHPAtmB5AWoD/80DEhxOqBsD/TCgCWALhPlgPmDkUWsYIIrUkYujUlrJ8mDytEZ8lUz+UiAj6IkZEQIOSK3My8Tjj8QQZM4eIoTjIEOHLFbFsol4omrfvQ3min1mLMgya6VFGpL9v05uYO3YlDRQn9f/zQMSTJVqKpb+YgACAQlUAACJAAXhBgq3AgkrOMCFyAEABnBtixiVwGWBaKNCw5KlmWsfMIS3n3//zQCrQWURYcoNsBFUhCOCx4DokR79vb9QzApMd5R5eG2TZvRKQW5DIgYWELCgy//NCxFgk4xaCMZqYAAADTxZhBB1CPDM8RENWhzBOJeJsniaTHEA4oioWOjPEFD0hzy9////////0D5cNP/7Ml/+tIxCH/u/5VcY8nMWeLNMfBBpvVndaBngsWai5qHgI1S292ly3zeOO//NAxCAcEao0Adl4ADjja1rWt/iCnSUiEiGlhTANoAiExdMTNGzWtcb//////9a1y9e1tbb1W3YVa9rVOltIS7L6Tk6XTEhyHIc9r81i1GAqCrv/////yp3UDQwGlUxBTUUzLjEwMFX/80LECgAAA0gAAAAAVVVVVVVVVVVVVVVVVVVVVVVVVVVMQU1FMy4xMDBVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVX/80DEZgAAA0gAAAAAVVVVVVVVVVVVVVVVVVVVVVVVVUxBTUUzLjEwMFVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVf/zQsSjAAADSAAAAABVVVVVVVVVVVVVVVVVVVVVVVVVVUxBTUUzLjEwMFVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVf/zQMSkAAADSAAAAABVVVVVVVVVVVVVVVVVVVVVVVVVTEFNRTMuMTAwVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVV//NCxKMAAANIAAAAAFVVVVVVVVVVVVVVVVVVVVVVVVVVTEFNRTMuMTAwVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVV//NAxKQAAANIAAAAAFVVVVVVVVVVVVVVVVVVVVVVVVVMQU1FMy4xMDBVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVX/80LEowAAA0gAAAAAVVVVVVVVVVVVVVVVVVVVVVVVVVVMQU1FMy4xMDBVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVX/80DEpAAAA0gAAAAAVVVVVVVVVVVVVVVVVVVVVVVVVUxBTUUzLjEwMFVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVf/zQsSjAAADSAAAAABVVVVVVVVVVVVVVVVVVVVVVVVVVUxBTUUzLjEwMFVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVf/zQMSkAAADSAAAAABVVVVVVVVVVVVVVVVVVVVVVVVVTEFNRTMuMTAwVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVV//NCxKMAAANIAAAAAFVVVVVVVVVVVVVVVVVVVVVVVVVVTEFNRTMuMTAwVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVV//NAxKQAAANIAAAAAFVVVVVVVVVVVVVVVVVVVVVVVVVMQU1FMy4xMDBVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVX/80LEowAAA0gAAAAAVVVVVVVVVVVVVVVVVVVVVVVVVVVMQU1FMy4xMDBVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVX/80DEpAAAA0gAAAAAVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVf/zQsSjAAADSAAAAABVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVQ==',
  },
  retrieveCurrentUser: {
    status: 200,
    type: 'application/json',
    body: {
      user: {
        id: 'user_01HZX2K7B3D5F7H9K1M3P5R7T9',
        created_at: '2026-02-14T08:30:00.000Z',
        email: 'camille.martin@mapledental.example',
        first_name: 'Camille',
        last_name: null,
        has_completed_onboarding: true,
        organization_id: 'org_01HZX2M8C4E6G8J0L2N4Q6S8U0',
        updated_at: '2026-11-20T16:00:12.345Z',
      },
    },
  },
  updateCurrentUser: {
    status: 200,
    type: 'application/json',
    body: {
      user: {
        id: 'user_01HZX2K7B3D5F7H9K1M3P5R7T9',
        created_at: '2026-02-14T08:30:00.000Z',
        email: 'camille.martin@mapledental.example',
        first_name: 'Camille',
        last_name: null,
        has_completed_onboarding: true,
        organization_id: 'org_01HZX2M8C4E6G8J0L2N4Q6S8U0',
        updated_at: '2026-11-20T16:00:12.345Z',
      },
    },
  },
};

/** The JSON type of each query parameter (`string[]` for an array), to read a query string back into the values the caller passed. */
export const QUERY_TYPES: Partial<
  Record<
    | 'listAssistants'
    | 'createAssistant'
    | 'retrieveAssistant'
    | 'deleteAssistant'
    | 'updateAssistant'
    | 'listCalls'
    | 'createCall'
    | 'retrieveCall'
    | 'listVoices'
    | 'retrieveVoice'
    | 'previewVoice'
    | 'retrieveCurrentUser'
    | 'updateCurrentUser',
    Record<string, string>
  >
> = {
  listCalls: { page: 'number', page_size: 'number' },
  retrieveVoice: { provider: 'string' },
};

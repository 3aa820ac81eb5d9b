# GENERATED FILE. DO NOT EDIT.
# Made from spec/openapi.yaml (and spec/sdk-policy.yaml) by packages/codegen, through packages/codegen/src/targets/ruby.mjs.
# Change the spec, then run `npm run generate` and commit the result; `npm test` fails while this file is stale.
# frozen_string_literal: true

module Revox
  # One class per resource of the API, one method per operation.
  module Resources
    # `client.assistants`: list, create, retrieve, delete, update.
    class Assistants < Resource
      # **List assistants** (`GET /assistants`)
      #
      # Returns every assistant of your organization in one response. The
      # list is not paginated.
      def list(request_options: nil)
        @client.request(Generated::OPERATIONS.fetch(:listAssistants), request_options: request_options)
      end

      # **Create an assistant** (`POST /assistants`)
      #
      # Saves a new assistant and returns it. `name` and `prompt` are
      # required; every other setting is optional and takes the server's
      # default when left out.
      #
      # Each request creates a new assistant, even when the body is the same
      # as an earlier one: Revox documents no idempotency key. If a request
      # fails without a response (a timeout, a dropped connection), list the
      # assistants before sending it again, or you may end up with two. The
      # official SDK does not retry it in that case.
      #
      #
      # Keywords: `after_call_sms_prompt:`, `background_sound:`, `background_sound_volume:`, `calendly:`, `call_retry_config:`, `custom_tools:`, `email_notification_address:`, `email_notification_outcomes:`, `end_of_call_sentence:`, `faq_items:`, `first_sentence:`, `first_sentence_delay_ms:`, `first_sentence_mode:`, `from_phone_number:`, `human_transfer_mode:`, `ivr_navigation_enabled:`, `llm_model:`, `max_call_duration_secs:`, `name:` (required), `prompt:` (required), `structured_output_config:`, `transfer_phone_number:`, `voice:`, `voicemail_message:`, `webhook_url:`.
      def create(request_options: nil, **params)
        @client.request(Generated::OPERATIONS.fetch(:createAssistant), params: params, request_options: request_options)
      end

      # **Retrieve an assistant** (`GET /assistants/{id}`)
      #
      # Returns one assistant. Unlike the other assistant operations, the
      # response is the assistant itself, not wrapped under an `assistant`
      # key; this mirrors what the API sends.
      def retrieve(id, request_options: nil)
        @client.request(Generated::OPERATIONS.fetch(:retrieveAssistant), path: [id], request_options: request_options)
      end

      # **Delete an assistant** (`DELETE /assistants/{id}`)
      #
      # Deletes an assistant for good. Calls already placed with it keep
      # their records. Sending the request again after a success gets `404`,
      # since the assistant no longer exists.
      def delete(id, request_options: nil)
        @client.request(Generated::OPERATIONS.fetch(:deleteAssistant), path: [id], request_options: request_options)
      end

      # **Update an assistant** (`PATCH /assistants/{id}`)
      #
      # Changes some settings of an existing assistant and returns the whole
      # assistant as it is after the change.
      #
      # This is a partial update. Only the keys present in the body are
      # changed; every key left out keeps its current value. An empty object
      # `{}` is a valid body and changes nothing. Where a field accepts
      # `null`, sending `null` clears it.
      #
      # Arrays are replaced, not merged: sending `faq_items` replaces the
      # assistant's whole FAQ list with the items sent, and the same holds for
      # `structured_output_config` and `call_retry_config.calling_windows`.
      #
      #
      # Keywords: `after_call_sms_prompt:`, `background_sound:`, `background_sound_volume:`, `calendly:`, `call_retry_config:`, `custom_tools:`, `email_notification_address:`, `email_notification_outcomes:`, `end_of_call_sentence:`, `faq_items:`, `first_sentence:`, `first_sentence_delay_ms:`, `first_sentence_mode:`, `from_phone_number:`, `human_transfer_mode:`, `ivr_navigation_enabled:`, `llm_model:`, `max_call_duration_secs:`, `name:`, `prompt:`, `structured_output_config:`, `transfer_phone_number:`, `voice:`, `voicemail_message:`, `webhook_url:`.
      def update(id, request_options: nil, **params)
        @client.request(Generated::OPERATIONS.fetch(:updateAssistant), path: [id], params: params, request_options: request_options)
      end
    end

    # `client.call`: list, create, retrieve.
    class Call < Resource
      # **List call attempts** (`GET /call`)
      #
      # Returns one page of the organization's call **attempts** (not call
      # orders), newest first. Pages are numbered from 0.
      #
      # The response has no total, no cursor and no "more" flag. A page with
      # fewer than `page_size` attempts, or none, is the last one; this rule
      # is inferred, not documented.
      #
      #
      # Keywords: `page:` (required), `page_size:` (required).
      def list(request_options: nil, **params)
        @client.request(Generated::OPERATIONS.fetch(:listCalls), params: params, request_options: request_options)
      end

      # **Place a call** (`POST /call`)
      #
      # Orders a phone call to `phone_number`, made by an existing assistant
      # (`assistant_id`) or by one described inline (`assistant`). The
      # response is the call order; Revox then places one or more call
      # attempts, within the calling windows and retry policy in force,
      # possibly over several days. Read their progress with
      # `GET /call/{id}`.
      #
      # **This places a real phone call.** Revox documents no idempotency
      # key and deduplicates nothing, so sending the same order twice rings
      # the person twice. Never repeat this request after a timeout or a
      # dropped connection: the first one may have been accepted. Repeating
      # it is safe only after a `429` or `503`, which say the order was not
      # taken; the official SDK retries only those.
      #
      # Give either `assistant_id` or `assistant`. What the server does when
      # both or neither are given is not documented.
      #
      #
      # Keywords: `phone_number:` (required), `assistant_id:`, `assistant:`, `concurrency:`, `force_now:`, `from_phone_number:`, `metadata:`, `prompt_variables:`, `scheduled_at:`.
      def create(request_options: nil, **params)
        @client.request(Generated::OPERATIONS.fetch(:createCall), params: params, request_options: request_options)
      end

      # **Retrieve a call order** (`GET /call/{id}`)
      #
      # Returns a call order with all its attempts so far, newest first,
      # including each attempt's transcript and extracted data once the
      # attempt has ended.
      def retrieve(id, request_options: nil)
        @client.request(Generated::OPERATIONS.fetch(:retrieveCall), path: [id], request_options: request_options)
      end
    end

    # `client.voices`: list, retrieve, preview.
    class Voices < Resource
      # **List voices** (`GET /voices`)
      #
      # Returns the text-to-speech voices an assistant can speak with. Use a
      # voice's `id` and `provider` in an assistant's `voice`.
      def list(request_options: nil)
        @client.request(Generated::OPERATIONS.fetch(:listVoices), request_options: request_options)
      end

      # **Retrieve a voice** (`GET /voices/{id}`)
      #
      # Returns one voice of a provider. The same id can exist at both
      # providers, so `provider` is required.
      #
      #
      # Keywords: `provider:` (required).
      def retrieve(id, request_options: nil, **params)
        @client.request(Generated::OPERATIONS.fetch(:retrieveVoice), path: [id], params: params, request_options: request_options)
      end

      # **Preview a voice** (`POST /voices/preview`)
      #
      # Speaks a sample text with a voice and returns the audio, not JSON.
      # Send an `Accept` header that admits audio, such as `audio/mpeg` or
      # `*/*`, and read the body as bytes: decoding it as text corrupts it.
      #
      # The audio is MP3 (`audio/mpeg`) as far as known; Revox does not
      # document the media type, so check the response's `Content-Type`.
      # Nothing is stored, so the request is safe to repeat.
      #
      #
      # Keywords: `provider:` (required), `voice_id:` (required), `text:`, `speed:`, `volume:`.
      def preview(request_options: nil, **params)
        @client.request(Generated::OPERATIONS.fetch(:previewVoice), params: params, request_options: request_options)
      end
    end

    # `client.users`: me.
    class Users < Resource
      # `client.users.me`: retrieve, update.
      attr_reader :me

      def initialize(client)
        super
        @me = Me.new(client)
      end

      # `client.users.me`: retrieve, update.
      class Me < Resource
        # **Retrieve the current user** (`GET /users/me`)
        #
        # Returns the user the API key belongs to.
        def retrieve(request_options: nil)
          @client.request(Generated::OPERATIONS.fetch(:retrieveCurrentUser), request_options: request_options)
        end

        # **Update the current user** (`PATCH /users/me`)
        #
        # Changes settings of the user the API key belongs to and returns the
        # user. Keys left out keep their value; an empty body changes nothing.
        #
        #
        # Keywords: `has_completed_onboarding:`.
        def update(request_options: nil, **params)
          @client.request(Generated::OPERATIONS.fetch(:updateCurrentUser), params: params, request_options: request_options)
        end
      end
    end
  end

  class Client
    # `client.assistants`: list, create, retrieve, delete, update.
    attr_reader :assistants

    # `client.call`: list, create, retrieve.
    attr_reader :call

    # `client.voices`: list, retrieve, preview.
    attr_reader :voices

    # `client.users`: me.
    attr_reader :users

    private

    def attach_resources
      @assistants = Resources::Assistants.new(self)
      @call = Resources::Call.new(self)
      @voices = Resources::Voices.new(self)
      @users = Resources::Users.new(self)
    end
  end
end

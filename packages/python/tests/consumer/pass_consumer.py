"""A consumer's correct code: it must type-check under pyright's strict mode
(test_typing.py, and the package's typecheck)."""

from __future__ import annotations

from revox import NOT_GIVEN, AsyncRevox, BinaryResponse, NotFoundError, RawResponse, Revox
from revox.types import (
    AssistantCreateParams,
    AssistantUpdateResponse,
    AsyncCallListPage,
    CallAttempt,
    CallCreateResponse,
    SyncCallListPage,
    VoiceParam,
)


def use(client: Revox) -> None:
    voice: VoiceParam = {"id": "694f9389", "provider": "cartesia", "speed": 1.1}
    answer: AssistantUpdateResponse = client.assistants.update("asst_1", name="Front desk", voice=voice, voicemail_message=None)
    name: str = answer.assistant.name
    print(name, answer.to_dict(), answer.to_json())
    client.assistants.update("asst_1", human_transfer_mode="a mode the spec does not know yet", first_sentence_mode=NOT_GIVEN)
    client.assistants.update(
        "asst_1", llm_model={"type": "openrouter", "openrouter_model_id": "openai/gpt-4.1", "openrouter_provider": "openai"}
    )
    params: AssistantCreateParams = {"name": "Front desk", "prompt": "Answer the phone."}
    client.assistants.create(**params)
    order: CallCreateResponse = client.call.create(phone_number="+14155550123", assistant_id="asst_1", metadata={"patient": "p1"})
    print(order.call.id, order.call.last_call_attempt)
    page: SyncCallListPage = client.call.list(page=0, page_size=50)
    for attempt in page:
        item: CallAttempt = attempt
        print(item.status, item.transcript)
    audio: BinaryResponse = client.voices.preview(provider="elevenlabs", voice_id="v1", text="Bonjour !")
    audio.write_to_file("preview.mp3")
    raw: RawResponse[AssistantUpdateResponse] = client.assistants.with_raw_response.update("asst_1", timeout=5)
    print(raw.status_code, raw.headers.get("x-request-id"), raw.parse().assistant.id)
    print(client.users.me.retrieve().user.email, client.voices.retrieve("v1", provider="cartesia").voice.name)
    try:
        client.with_options(max_retries=0).assistants.retrieve("asst_missing", extra_headers={"X-Trace": "t"})
    except NotFoundError as error:
        print(error.status_code, error.request_id, error.body)


async def use_async(client: AsyncRevox) -> None:
    answer: AssistantUpdateResponse = await client.assistants.update("asst_1", name="Front desk")
    print(answer.assistant.id)
    page: AsyncCallListPage = await client.call.list(page=0, page_size=50)
    async for attempt in page:
        print(attempt.id)
    async for attempt in client.call.list(page=0, page_size=50):
        print(attempt.id)
    audio: BinaryResponse = await client.voices.preview(provider="cartesia", voice_id="v1")
    print(len(audio))
    raw = await client.call.with_raw_response.retrieve("call_1")
    print(raw.parse().call.is_completed)

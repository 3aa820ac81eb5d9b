"""What methods return: models, pages, binary answers and raw responses."""

from __future__ import annotations

import json
import os
import tempfile
import unittest
from typing import Any, Dict, List

from revox import APIStatusError, BinaryResponse, NotFoundError, RawResponse
from revox.types import (
    Assistant,
    AssistantResponse,
    AssistantUpdateResponse,
    CallAttempt,
    DedicatedInstanceModel,
    OpenRouterModel,
    SyncCallListPage,
    Voice,
)

from .support.helpers import client_for
from .support.server import Received, Reply, TestServer, json_reply

ASSISTANT: Dict[str, Any] = {
    "id": "asst_1",
    "name": "Front desk",
    "voice": {"id": "v1", "provider": "cartesia", "speed": 1.1},
    "llm_model": {"type": "openrouter", "openrouter_model_id": "openai/gpt-4.1", "openrouter_provider": "openai"},
    "faq_items": [{"question": "Where?", "answer": "Lyon", "needs_human_answer": False}],
    "call_retry_config": None,
    "brand_new_setting": {"nested": [1, 2]},
    "to_dict": "a field named like a method",
}


class ModelTest(unittest.TestCase):
    def setUp(self) -> None:
        self.server = TestServer(json_reply(200, {"assistant": ASSISTANT}))
        self.client = client_for(self.server)
        self.answer = self.client.assistants.update("asst_1")

    def tearDown(self) -> None:
        self.client.close()
        self.server.close()

    def test_fields_read_by_attribute_and_nested_objects_are_models(self) -> None:
        answer = self.answer
        self.assertIsInstance(answer, AssistantResponse)
        assistant = answer.assistant
        self.assertIsInstance(assistant, Assistant)
        self.assertEqual(assistant.name, "Front desk")
        assert assistant.voice is not None
        self.assertIsInstance(assistant.voice, Voice)
        self.assertEqual((assistant.voice.provider, assistant.voice.speed), ("cartesia", 1.1))
        self.assertIsInstance(assistant.llm_model, OpenRouterModel)
        assert assistant.faq_items is not None
        self.assertEqual(assistant.faq_items[0].answer, "Lyon")
        self.assertIsNone(assistant.call_retry_config)

    def test_a_union_picks_the_member_its_discriminator_names(self) -> None:
        dedicated = Assistant.construct({"llm_model": {"type": "dedicated-instance", "name": "gpt-4.1"}})
        self.assertIsInstance(dedicated.llm_model, DedicatedInstanceModel)
        unknown = Assistant.construct({"llm_model": {"type": "future-kind", "x": 1}})
        self.assertEqual(unknown.llm_model.to_dict(), {"type": "future-kind", "x": 1})

    def test_unknown_fields_are_kept(self) -> None:
        assistant: Any = self.answer.assistant
        self.assertEqual(assistant.brand_new_setting, {"nested": [1, 2]})
        self.assertEqual(self.answer.to_dict(), {"assistant": ASSISTANT})
        self.assertTrue(callable(assistant.to_dict))  # a field never hides a method
        self.assertEqual(assistant.to_dict()["to_dict"], "a field named like a method")

    def test_to_dict_is_a_copy_and_to_json_round_trips(self) -> None:
        data = self.answer.to_dict()
        data["assistant"] = None
        self.assertEqual(self.answer.assistant.name, "Front desk")
        self.assertEqual(json.loads(self.answer.to_json()), {"assistant": ASSISTANT})
        self.assertEqual(self.answer.to_json(indent=None), json.dumps({"assistant": ASSISTANT}, ensure_ascii=False))

    def test_repr_and_str_show_the_data(self) -> None:
        text = repr(self.answer)
        self.assertTrue(text.startswith("AssistantResponse(assistant=Assistant(id='asst_1', name='Front desk', voice=Voice(id='v1'"))
        self.assertEqual(str(self.answer), text)

    def test_absent_fields(self) -> None:
        assistant = Assistant.construct({"id": "asst_1"})
        self.assertIsNone(assistant.faq_items)  # optional: None
        with self.assertRaisesRegex(AttributeError, "Assistant has no field 'name' in this answer"):
            _ = assistant.name  # required, but the server left it out

    def test_models_are_read_only_and_compare_by_value(self) -> None:
        with self.assertRaises(AttributeError):
            self.answer.assistant.name = "Other"
        self.assertEqual(self.answer, AssistantUpdateResponse.construct({"assistant": ASSISTANT}))
        self.assertNotEqual(self.answer, AssistantResponse.construct({"assistant": {}}))
        self.assertEqual(Voice(id="v1", provider="cartesia").to_dict(), {"id": "v1", "provider": "cartesia"})


def pages(sizes: List[int]) -> Any:
    """A handler answering page n of call.list with sizes[n] attempts (none past the end)."""

    def handler(request: Received) -> Reply:
        query = dict(request.query)
        number = int(query["page"])
        count = sizes[number] if number < len(sizes) else 0
        calls = [{"id": f"att_{number}_{i}", "status": "completed"} for i in range(count)]
        return Reply(200, {"content-type": "application/json"}, json.dumps({"calls": calls}).encode())

    return handler


class PaginationTest(unittest.TestCase):
    def setUp(self) -> None:
        self.server = TestServer()
        self.client = client_for(self.server)

    def tearDown(self) -> None:
        self.client.close()
        self.server.close()

    def test_iterating_walks_every_page_until_a_short_one(self) -> None:
        self.server.script(pages([3, 3, 1]))
        page = self.client.call.list(page=0, page_size=3)
        self.assertIsInstance(page, SyncCallListPage)
        self.assertEqual([c.id for c in page.calls], ["att_0_0", "att_0_1", "att_0_2"])
        self.assertIsInstance(page.calls[0], CallAttempt)
        ids = [attempt.id for attempt in page]
        self.assertEqual(len(ids), 7)
        self.assertEqual(ids[-1], "att_2_0")
        self.assertEqual([dict(r.query) for r in self.server.requests], [{"page": str(n), "page_size": "3"} for n in range(3)])

    def test_a_full_last_page_ends_at_the_empty_one(self) -> None:
        self.server.script(pages([2, 2]))
        self.assertEqual(len(list(self.client.call.list(page=0, page_size=2))), 4)
        self.assertEqual(len(self.server.requests), 3)

    def test_stepping_by_hand(self) -> None:
        self.server.script(pages([2, 1]))
        first = self.client.call.list(page=0, page_size=2)
        self.assertTrue(first.has_next_page())
        second = first.get_next_page()
        self.assertIsInstance(second, SyncCallListPage)
        self.assertFalse(second.has_next_page())
        with self.assertRaises(RuntimeError):
            second.get_next_page()
        self.assertEqual([len(p.calls) for p in self.client.call.list(page=0, page_size=2).iter_pages()], [2, 1])

    def test_a_page_of_a_raw_response_pages_too(self) -> None:
        self.server.script(pages([1, 0]))
        raw = self.client.call.with_raw_response.list(page=0, page_size=1)
        self.assertEqual(raw.status_code, 200)
        self.assertEqual([c.id for c in raw.parse()], ["att_0_0"])


class BinaryTest(unittest.TestCase):
    AUDIO = bytes(range(256)) * 40 + b"\r\n\r\n\x00"

    def setUp(self) -> None:
        self.server = TestServer(lambda _: Reply(200, {"content-type": "audio/mpeg"}, self.AUDIO))
        self.client = client_for(self.server)

    def tearDown(self) -> None:
        self.client.close()
        self.server.close()

    def test_the_bytes_are_exact(self) -> None:
        audio = self.client.voices.preview(provider="cartesia", voice_id="v1", text="Bonjour !")
        self.assertIsInstance(audio, BinaryResponse)
        self.assertEqual(
            (audio.content, audio.read(), audio.content_type, len(audio)), (self.AUDIO, self.AUDIO, "audio/mpeg", len(self.AUDIO))
        )
        self.assertEqual(repr(audio), f"<BinaryResponse audio/mpeg {len(self.AUDIO)} bytes>")
        self.assertEqual(self.server.requests[-1].headers["accept"], "audio/mpeg, audio/*;q=0.9, application/json;q=0.5")
        with tempfile.TemporaryDirectory(prefix="revox-python-test-") as folder:
            path = os.path.join(folder, "preview.mp3")
            audio.write_to_file(path)
            with open(path, "rb") as file:
                self.assertEqual(file.read(), self.AUDIO)

    def test_a_failure_is_an_error_not_audio(self) -> None:
        self.server.script(json_reply(404, {"message": "No such voice"}))
        with self.assertRaisesRegex(NotFoundError, "^404 No such voice$"):
            self.client.voices.preview(provider="elevenlabs", voice_id="missing")


class RawResponseTest(unittest.TestCase):
    def setUp(self) -> None:
        self.server = TestServer(json_reply(200, {"assistant": {"id": "asst_1"}}, {"x-request-id": "req_1"}))
        self.client = client_for(self.server)

    def tearDown(self) -> None:
        self.client.close()
        self.server.close()

    def test_the_raw_response_has_status_headers_the_request_and_parse(self) -> None:
        raw = self.client.assistants.with_raw_response.update("asst_1", name="Front desk")
        self.assertIsInstance(raw, RawResponse)
        self.assertEqual((raw.status_code, raw.headers["X-Request-Id"], raw.retries_taken), (200, "req_1", 0))
        self.assertEqual((raw.http_request.method, raw.method, raw.url), ("PATCH", "PATCH", f"{self.server.url}/assistants/asst_1"))
        self.assertEqual(raw.http_request.headers["authorization"], "***")
        self.assertEqual(json.loads(raw.content), {"assistant": {"id": "asst_1"}})
        parsed = raw.parse()
        self.assertIsInstance(parsed, AssistantResponse)
        self.assertIs(raw.parse(), parsed)
        self.assertEqual(self.server.requests[-1].json(), {"name": "Front desk"})

    def test_raw_responses_of_nested_resources_and_from_the_client(self) -> None:
        self.server.script(json_reply(200, {"user": {"id": "usr_1"}}))
        self.assertEqual(self.client.users.me.with_raw_response.retrieve().parse().user.id, "usr_1")
        self.assertEqual(self.client.with_raw_response.users.me.update(has_completed_onboarding=True).parse().user.id, "usr_1")
        self.assertEqual(self.client.users.with_raw_response.me.retrieve().status_code, 200)

    def test_a_failure_status_still_raises_and_the_next_call_is_not_raw(self) -> None:
        self.server.script(json_reply(404, {"message": "Gone"}), json_reply(200, {"assistant": {"id": "asst_1"}}))
        with self.assertRaises(APIStatusError):
            self.client.assistants.with_raw_response.retrieve("asst_1")
        self.assertIsInstance(self.client.assistants.update("asst_1"), AssistantResponse)

    def test_retries_taken_counts(self) -> None:
        self.server.script(json_reply(503, {}), json_reply(200, {"voices": []}))
        self.assertEqual(self.client.voices.with_raw_response.list().retries_taken, 1)


if __name__ == "__main__":
    unittest.main()

"""The conformance adapter (tests/adapter.py), driven as the shared table
will drive it: one long-lived process, one line per request, once per kind
of answer."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import unittest
from typing import Any, Dict

from .support.helpers import PACKAGE, TEST_KEY
from .support.server import DROP, Answer, Received, Reply, TestServer, json_reply

AUDIO = bytes(range(256)) * 3


def route(request: Received) -> Answer:
    if request.path == "/voices/preview":
        return Reply(200, {"content-type": "audio/mpeg"}, AUDIO)
    if request.path == "/assistants/missing":
        return Reply(
            404, {"content-type": "application/json"}, json.dumps({"message": f"Not found for {request.headers['authorization']}"}).encode()
        )
    if request.path == "/assistants/drop":
        return DROP
    return json_reply(200, {"assistant": {"id": request.path.rsplit("/", 1)[1], "name": "x"}})(request)


class AdapterTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls) -> None:
        cls.server = TestServer(route)
        cls.process = subprocess.Popen(
            [sys.executable, "-B", os.path.join(PACKAGE, "tests", "adapter.py")],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    @classmethod
    def tearDownClass(cls) -> None:
        assert cls.process.stdin is not None and cls.process.stdout is not None
        cls.process.stdin.close()
        cls.process.wait(30)
        cls.process.stdout.close()
        cls.server.close()

    server: TestServer
    process: subprocess.Popen[str]

    def send(self, **line: Any) -> Dict[str, Any]:
        base = {
            "baseUrl": self.server.url,
            "apiKey": TEST_KEY,
            "client": {"maxRetries": 2, "timeoutMs": 2000, "retryDelay": {"initialMs": 1, "maxMs": 5}, "logLevel": "debug"},
        }
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(json.dumps({**base, **line}) + "\n")
        self.process.stdin.flush()
        output: Dict[str, Any] = json.loads(self.process.stdout.readline())
        self.assertNotIn(TEST_KEY, json.dumps(output))
        return output

    def test_a_json_answer_sync_and_async(self) -> None:
        for asynchronous in (False, True):
            output = self.send(call="assistants.update", path=["a1"], params={"name": "x"}, **{"async": asynchronous})
            self.assertEqual(output["answer"], {"json": {"assistant": {"id": "a1", "name": "x"}}})
            self.assertTrue(any(line.startswith("→ PATCH ") and "(attempt 1/3)" in line for line in output["logs"]), output["logs"])

    def test_a_binary_answer(self) -> None:
        output = self.send(call="voices.preview", params={"provider": "cartesia", "voice_id": "v1"})
        self.assertEqual(
            output["answer"], {"binary": {"bytes": len(AUDIO), "contentType": "audio/mpeg", "sha256": hashlib.sha256(AUDIO).hexdigest()}}
        )

    def test_an_error_answer(self) -> None:
        output = self.send(call="assistants.retrieve", path=["missing"], **{"async": True})
        error = output["error"]
        self.assertEqual((error["className"], error["status"], error["message"]), ("NotFoundError", 404, "404 Not found for Bearer ***"))
        self.assertIn("Traceback (most recent call last)", error["printed"])

    def test_a_connection_error_retried_with_its_logs(self) -> None:
        output = self.send(
            call="assistants.retrieve",
            path=["drop"],
            client={"maxRetries": 1, "retryDelay": {"initialMs": 1, "maxMs": 1}, "logLevel": "info"},
        )
        self.assertEqual((output["error"]["className"], output["error"]["status"]), ("APIConnectionError", None))
        self.assertEqual(len([line for line in output["logs"] if "Retrying GET" in line]), 1)

    def test_an_unknown_keyword_is_a_type_error(self) -> None:
        output = self.send(call="assistants.update", path=["a1"], params={"nmae": "x"})
        self.assertEqual((output["error"]["className"], output["error"]["status"]), ("TypeError", None))
        self.assertIn("nmae", output["error"]["message"])

    def test_calls_with_the_same_settings_share_one_client_and_its_connections(self) -> None:
        for asynchronous in (False, True):
            with self.subTest(asynchronous=asynchronous):
                before = len(self.server.requests)
                for name in ("s1", "s2"):
                    self.send(call="assistants.retrieve", path=[name], **{"async": asynchronous})
                first, second = self.server.requests[before:]
                self.assertEqual(first.connection, second.connection)
        before = len(self.server.requests)
        self.send(call="assistants.retrieve", path=["s3"], client={"maxRetries": 0})
        self.assertNotEqual(self.server.requests[-1].connection, self.server.requests[before - 1].connection)

    def test_request_options_reach_the_request(self) -> None:
        self.send(
            call="assistants.update",
            path=["a1"],
            params={"name": "x"},
            requestOptions={"extraBody": {"beta": True}, "extraHeaders": {"x-trace-id": "t-1"}, "timeoutMs": 1500, "maxRetries": 0},
        )
        request = self.server.requests[-1]
        self.assertEqual(request.json(), {"name": "x", "beta": True})
        self.assertEqual(request.headers["x-trace-id"], "t-1")

    def test_client_options_in_milliseconds_and_plan_names(self) -> None:
        output = self.send(call="users.me.retrieve", client={"maxRetryAfterMs": 1000, "timeoutMs": 1500, "maxResponseBytes": 10})
        self.assertEqual(output["error"]["className"], "ResponseTooLargeError")
        output = self.send(call="assistants.faqItems.update", path=["a1", "f1"])
        self.assertEqual(output["error"]["className"], "AttributeError")  # the real spec has no such method
        self.assertIn("faq_items", output["error"]["message"])

    def test_client_defaults_and_configuration_errors(self) -> None:
        output = self.send(call="assistants.update", path=["a2"], client={})
        self.assertEqual(output["answer"]["json"]["assistant"]["id"], "a2")
        self.assertEqual(output["logs"], [])
        output = self.send(call="voices.list", apiKey="", client={})
        self.assertEqual(output["error"]["className"], "ConfigurationError")


if __name__ == "__main__":
    unittest.main()

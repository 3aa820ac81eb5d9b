"""The API key can place phone calls: nothing the SDK prints, raises or logs
contains it, even when a hostile server echoes it back."""

from __future__ import annotations

import json
import pickle
import traceback
import unittest
from typing import Any, Dict, List

from revox import (
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    ConfigurationError,
    InvalidRequestError,
    RequestOptions,
    Revox,
)

from .support.helpers import TEST_KEY, LogCapture, captured_logs, client_for
from .support.server import DROP, HANG, Received, Reply, TestServer, always


def printed(error: BaseException) -> str:
    """Everything a program might print about an error: str, repr, the full
    traceback with its causes, and its body."""
    body = getattr(error, "body", None)
    response = getattr(error, "response", None)
    extra = [repr(body)]
    if response is not None:
        extra += [repr(response.content), repr(dict(response.headers)), repr(response.http_request.headers)]
    return "\n".join([str(error), repr(error), "".join(traceback.format_exception(type(error), error, error.__traceback__)), *extra])


class SecretsTest(unittest.TestCase):
    def setUp(self) -> None:
        self.server = TestServer()
        self.logs: LogCapture
        self._capture = captured_logs()
        self.logs = self._capture.__enter__()
        self.client = client_for(self.server, max_retries=1, log_level="debug")

    def tearDown(self) -> None:
        self.client.close()
        self.server.close()
        self._capture.__exit__(None, None, None)
        self.assertNotIn(TEST_KEY, self.logs.text)

    def test_the_client_and_its_resources_do_not_show_it(self) -> None:
        for thing in (self.client, self.client.assistants, self.client.users.me, self.client.with_options(timeout=5), self.client._config):  # pyright: ignore[reportPrivateUsage]
            self.assertNotIn(TEST_KEY, repr(thing))
            self.assertNotIn(TEST_KEY, str(thing))
        self.assertNotIn(TEST_KEY, repr(vars(self.client)))
        with self.assertRaises(TypeError):
            pickle.dumps(self.client._config.api_key)  # pyright: ignore[reportPrivateUsage]

    def test_request_options_do_not_show_credentials(self) -> None:
        options = RequestOptions(
            extra_headers={"Authorization": f"Bearer {TEST_KEY}", "X-Api-Key": TEST_KEY, "Cookie": TEST_KEY, "x-trace": "t"}
        )
        self.assertNotIn(TEST_KEY, repr(options))
        self.assertIn("'x-trace': 't'", repr(options))

    def echo(self, status: int, where: str) -> Any:
        def handler(request: Received) -> Reply:
            echoed = request.headers["authorization"]
            if where == "json":
                return Reply(
                    status, {"content-type": "application/json"}, json.dumps({"message": f"Bad key {echoed}", echoed: [echoed]}).encode()
                )
            if where == "html":
                return Reply(status, {"content-type": "text/html"}, f"<html><title>{echoed}</title></html>".encode())
            if where == "header":
                return Reply(status, {"x-echo": echoed, "location": f"https://example.com/{echoed}"}, b"")
            return Reply(status, {}, f"you sent {echoed}".encode())

        return handler

    def test_errors_do_not_show_it_even_when_the_server_echoes_the_request(self) -> None:
        for where in ("json", "html", "header", "text"):
            for status in (401, 302, 500):
                with self.subTest(f"{status} {where}"):
                    self.server.script(self.echo(status, where))
                    with self.assertRaises(APIStatusError) as raised:
                        self.client.assistants.list()
                    self.assertNotIn(TEST_KEY, printed(raised.exception))
        self.server.script(self.echo(401, "json"))
        with self.assertRaises(AuthenticationError) as raised:
            self.client.assistants.list()
        self.assertEqual(str(raised.exception), "401 Bad key Bearer ***")
        self.assertEqual(raised.exception.body, {"message": "Bad key Bearer ***", "Bearer ***": ["Bearer ***"]})

    def test_an_unreadable_success_body_echoing_it_does_not_show_it(self) -> None:
        self.server.script(lambda request: Reply(200, {}, f"not json {request.headers['authorization']}".encode()))
        with self.assertRaises(APIError) as raised:
            self.client.assistants.list()
        self.assertNotIn(TEST_KEY, printed(raised.exception))

    def test_connection_errors_and_timeouts_do_not_show_it(self) -> None:
        for handler, error_class in ((always(HANG), APITimeoutError), (always(DROP), APIError)):
            self.server.script(handler)
            with self.assertRaises(error_class) as raised:
                self.client.assistants.list(timeout=0.2)
            self.assertNotIn(TEST_KEY, printed(raised.exception))

    def test_debug_logs_mask_credential_headers_by_rule(self) -> None:
        self.server.script(always(Reply(500, {}, b"")), always(Reply(200, {"content-type": "application/json"}, b'{"assistants": []}')))
        secret_headers = {
            "cookie": f"s={TEST_KEY}",
            "x-api-key": TEST_KEY,
            "x-auth-token": TEST_KEY,
            "x-session-id": TEST_KEY,
            "x-my-secret": TEST_KEY,
        }
        self.client.assistants.list(extra_headers=secret_headers)
        attempts = [line for line in self.logs.lines if line.startswith("→ ")]
        self.assertEqual(len(attempts), 2)
        for line in attempts:
            self.assertIn("'authorization': '***'", line)
            for name in secret_headers:
                self.assertIn(f"'{name}': '***'", line)
        self.assertTrue(any("Retrying GET" in line for line in self.logs.lines))

    def test_a_key_in_a_log_line_is_blanked_out_whatever_carries_it(self) -> None:
        self.server.script(always(Reply(200, {"content-type": "application/json"}, b"{}")))
        self.client.assistants.retrieve(TEST_KEY)  # an id that happens to be the key: its URL is logged
        self.assertTrue(any("/assistants/***" in line for line in self.logs.lines))

    def test_option_errors_never_echo_secrets(self) -> None:
        cases: List[Dict[str, Any]] = [
            {"api_key": f"{TEST_KEY}\n{TEST_KEY}"},
            {"api_key": TEST_KEY + "’"},
            {"api_key": TEST_KEY, "base_url": f"https://user:{TEST_KEY}@api.example.com"},
            {"api_key": TEST_KEY, "base_url": f"https://api.example.com/?key={TEST_KEY}"},
            {"api_key": TEST_KEY, "default_headers": {"Authorization": f"Bearer {TEST_KEY}\r\n"}},
            {"api_key": TEST_KEY, "log_level": TEST_KEY},
        ]
        for options in cases:
            with self.subTest(sorted(options)), self.assertRaises(ConfigurationError) as raised:
                Revox(**options)
            self.assertNotIn(TEST_KEY, printed(raised.exception))

    def test_bad_request_headers_are_named_not_shown(self) -> None:
        with self.assertRaises(InvalidRequestError) as raised:
            self.client.assistants.list(extra_headers={"X-Token": f"{TEST_KEY}\n"})
        self.assertIn("X-Token", str(raised.exception))
        self.assertNotIn(TEST_KEY, printed(raised.exception))
        self.assertEqual(self.server.requests, [])


if __name__ == "__main__":
    unittest.main()

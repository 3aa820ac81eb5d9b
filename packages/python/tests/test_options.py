"""Client options, and input refused before anything is sent."""

from __future__ import annotations

import gc
import logging
import math
import os
import unittest
import warnings
from typing import Any, Dict, List
from unittest import mock

from revox import NOT_GIVEN, ConfigurationError, InvalidRequestError, Revox, RevoxError
from revox._generated import policy

from .support.helpers import client_for
from .support.server import TestServer

CLEAN_ENV = {name: value for name, value in os.environ.items() if not name.startswith("REVOX_")}


class ClientOptionsTest(unittest.TestCase):
    def setUp(self) -> None:
        patcher = mock.patch.dict(os.environ, CLEAN_ENV, clear=True)
        patcher.start()
        self.addCleanup(patcher.stop)

    def test_a_missing_key_names_the_environment_variable(self) -> None:
        with self.assertRaises(ConfigurationError) as raised:
            Revox()
        self.assertEqual(str(raised.exception), "Missing API key: pass `api_key` to the client or set REVOX_API_KEY.")
        self.assertIsInstance(raised.exception, RevoxError)
        with self.assertRaises(ConfigurationError):
            Revox(api_key="   ")

    def test_options_come_from_the_environment_when_not_given(self) -> None:
        os.environ.update({"REVOX_API_KEY": " sk_env ", "REVOX_BASE_URL": "http://127.0.0.1:4010/", "REVOX_LOG": "info"})
        client = Revox()
        self.assertEqual((client.api_key, client.base_url, client.log_level), ("sk_env", "http://127.0.0.1:4010", "info"))
        explicit = Revox(api_key="sk_given", base_url="https://api.example.com/v1", log_level="off")
        self.assertEqual((explicit.api_key, explicit.base_url, explicit.log_level), ("sk_given", "https://api.example.com/v1", "off"))

    def test_the_defaults_are_the_policys(self) -> None:
        client = Revox(api_key="sk_test")
        self.assertEqual(client.base_url, policy.BASE_URL)
        self.assertEqual((client.timeout, client.max_retries, client.log_level), (policy.TIMEOUT, policy.MAX_RETRIES, policy.LOG_LEVEL))
        self.assertIsNone(client.max_response_bytes)

    def test_bad_option_values_are_named(self) -> None:
        cases: List[Dict[str, Any]] = [
            {"timeout": -1},
            {"timeout": 0},
            {"timeout": "5"},
            {"timeout": math.nan},
            {"timeout": True},
            {"max_retries": 1.5},
            {"max_retries": -1},
            {"max_retries": True},
            {"initial_retry_delay": -0.1},
            {"max_retry_delay": math.inf},
            {"log_level": "loud"},
            {"max_response_bytes": 0},
            {"max_response_bytes": 1.5},
            {"default_headers": {"bad header": "x"}},
            {"default_headers": "x"},
            {"default_headers": {"Host": "api.example.com"}},
            {"default_headers": {"Content-Length": "0"}},
            {"default_query": "x"},
        ]
        for options in cases:
            name = next(iter(options))
            with self.subTest(options), self.assertRaises(ConfigurationError) as raised:
                Revox(api_key="sk_test", **options)
            self.assertIn(f"`{name}", str(raised.exception))

    def test_base_urls_must_be_absolute_http_without_query_fragment_or_credentials(self) -> None:
        for url in (
            "ftp://example.com",
            "example.com",
            "/v1",
            "https://",
            "https://host/?q=1",
            "https://host/#f",
            "https://host:99999",
            "https://ho st",
        ):
            with self.subTest(url), self.assertRaises(ConfigurationError) as raised:
                Revox(api_key="sk_test", base_url=url)
            self.assertIn("`base_url` (or REVOX_BASE_URL)", str(raised.exception))
            self.assertNotIn(repr(url), str(raised.exception))

    def test_a_base_url_with_credentials_is_refused_without_echoing_them(self) -> None:
        for url in ("https://user:hunter2@api.example.com", "https://hunter2@api.example.com/api", "http://:hunter2@127.0.0.1:4010"):
            with self.subTest(url), self.assertRaises(ConfigurationError) as raised:
                Revox(api_key="sk_test", base_url=url)
            self.assertIn("holds credentials", str(raised.exception))
            self.assertNotIn("hunter2", str(raised.exception))

    def test_plain_http_to_another_host_warns(self) -> None:
        with self.assertLogs("revox", logging.WARNING) as logs:
            Revox(api_key="sk_test", base_url="http://api.example.com")
        self.assertEqual(
            logs.output, ["WARNING:revox:base_url http://api.example.com: the API key would cross the network unencrypted (http://)."]
        )
        for local in ("http://localhost:4010", "http://127.0.0.1", "http://127.5.0.1:80", "http://[::1]:4010", "https://api.example.com"):
            with self.subTest(local), mock.patch("revox._logs.logger.log") as log:
                Revox(api_key="sk_test", base_url=local)
            log.assert_not_called()

    def test_an_off_log_level_silences_the_warning(self) -> None:
        with mock.patch("revox._logs.logger.log") as log:
            Revox(api_key="sk_test", base_url="http://api.example.com", log_level="off")
        log.assert_not_called()

    def test_with_options_makes_a_new_client_and_leaves_this_one(self) -> None:
        client = Revox(api_key="sk_one", base_url="http://127.0.0.1:4010", default_headers={"x-a": "1"}, timeout=5)
        derived = client.with_options(timeout=9, max_retries=0, default_headers={"x-b": "2"})
        self.assertEqual((client.timeout, client.max_retries, dict(client.default_headers)), (5, policy.MAX_RETRIES, {"x-a": "1"}))
        self.assertEqual((derived.timeout, derived.max_retries, dict(derived.default_headers)), (9, 0, {"x-a": "1", "x-b": "2"}))
        self.assertEqual((derived.api_key, derived.base_url), ("sk_one", "http://127.0.0.1:4010"))
        self.assertIs(derived._transport, client._transport)  # pyright: ignore[reportPrivateUsage]
        elsewhere = client.with_options(base_url="http://127.0.0.1:4011", set_default_headers={})
        self.assertIsNot(elsewhere._transport, client._transport)  # pyright: ignore[reportPrivateUsage]
        self.assertEqual(dict(elsewhere.default_headers), {})
        self.assertIs(type(derived), Revox)
        self.assertEqual(client.copy(api_key="sk_two").api_key, "sk_two")

    def test_the_client_is_a_context_manager_that_closes_its_connections(self) -> None:
        with TestServer() as server:
            with client_for(server) as client:
                client.voices.list()
                self.assertEqual(len(client._transport._idle), 1)  # pyright: ignore[reportPrivateUsage]
            self.assertEqual(client._transport._idle, [])  # pyright: ignore[reportPrivateUsage]
            client.voices.list()  # still usable: a new connection
            client.close()
            self.assertEqual([r.connection for r in server.requests], [1, 2])

    def test_a_client_dropped_without_close_closes_its_idle_sockets_quietly(self) -> None:
        with TestServer() as server:
            client = client_for(server)
            client.voices.list()
            gc.collect()  # what earlier tests left is collected before, not counted here
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                del client
                gc.collect()
            port = server.url.rsplit(":", 1)[1]
            unclosed = [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)]
            self.assertEqual([message for message in unclosed if f", {port})" in message], [])


class RefusedInputTest(unittest.TestCase):
    """Bad input raises a typed error naming the keyword, and nothing is sent."""

    def setUp(self) -> None:
        self.server = TestServer()
        self.client = client_for(self.server)

    def tearDown(self) -> None:
        self.client.close()
        self.assertEqual(self.server.requests, [], "nothing may be sent")
        self.server.close()

    def test_an_unknown_keyword_is_pythons_own_type_error(self) -> None:
        with self.assertRaises(TypeError) as raised:
            self.client.assistants.update("asst_1", nmae="Front desk")  # pyright: ignore[reportCallIssue]
        self.assertIn("'nmae'", str(raised.exception))
        with self.assertRaises(TypeError):
            self.client.call.create()  # pyright: ignore[reportCallIssue]
        with self.assertRaises(TypeError):
            self.client.assistants.update("asst_1", "Front desk")  # pyright: ignore[reportCallIssue]

    def test_bad_ids_are_refused(self) -> None:
        for value, problem in (
            ("", "must not be empty"),
            (".", "must not be '.'"),
            ("..", "must not be '..'"),
            (42, "expected a str, got int"),
            (None, "expected a str, got NoneType"),
            ("\ud800", "must be valid Unicode (it holds a lone surrogate)"),
        ):
            with self.subTest(value), self.assertRaises(InvalidRequestError) as raised:
                self.client.assistants.retrieve(value)  # pyright: ignore[reportArgumentType]
            self.assertIn(f"Invalid `id`: {problem}", str(raised.exception))
            self.assertTrue(str(raised.exception).endswith("Nothing was sent."))
            self.assertIsInstance(raised.exception, ValueError)

    def test_a_missing_required_keyword_is_refused(self) -> None:
        with self.assertRaisesRegex(
            InvalidRequestError, r"^Missing required keyword `phone_number` for call\.create\. Nothing was sent\.$"
        ):
            self.client.call.create(phone_number=NOT_GIVEN)  # pyright: ignore[reportArgumentType]
        with self.assertRaisesRegex(InvalidRequestError, "`name`, `prompt`"):
            self.client.assistants.create(name=NOT_GIVEN, prompt=NOT_GIVEN)  # pyright: ignore[reportArgumentType]
        with self.assertRaisesRegex(InvalidRequestError, "`page_size`"):
            self.client.call.list(page=0, page_size=None)  # pyright: ignore[reportArgumentType]

    def test_a_body_json_cannot_carry_is_refused_naming_the_keyword(self) -> None:
        circular: Dict[str, Any] = {}
        circular["self"] = circular
        deep: List[Any] = []
        for _ in range(100_000):
            deep = [deep]
        cases: List[Any] = [
            ({"voice": {"id": {1, 2}}}, "`voice` holds a set"),
            ({"max_call_duration_secs": math.nan}, "`max_call_duration_secs` holds a float that is NaN or infinite"),
            ({"calendly": circular}, "`calendly` holds a circular reference"),
            ({"faq_items": deep}, "`faq_items` is nested too deeply"),
            ({"name": b"bytes"}, "`name` holds a bytes"),
            ({"prompt": "\udc00"}, "`prompt` holds text that is not valid Unicode"),
            ({"voice": {(1, 2): "x"}}, "`voice` has a tuple key"),
        ]
        for keywords, message in cases:
            with self.subTest(message), self.assertRaises(InvalidRequestError) as raised:
                self.client.assistants.update("asst_1", **keywords)
            self.assertIn(message, str(raised.exception))
            self.assertIn("assistants.update", str(raised.exception))

    def test_bad_per_request_options_are_refused(self) -> None:
        with self.assertRaisesRegex(InvalidRequestError, "`timeout`"):
            self.client.voices.list(timeout=-1)
        with self.assertRaisesRegex(InvalidRequestError, "the SDK sets this header itself"):
            self.client.voices.list(extra_headers={"Content-Length": "5"})
        with self.assertRaisesRegex(InvalidRequestError, "not a valid header name"):
            self.client.voices.list(extra_headers={"bad name": "x"})
        with self.assertRaisesRegex(InvalidRequestError, "a query value must be"):
            self.client.voices.list(extra_query={"q": object()})


if __name__ == "__main__":
    unittest.main()

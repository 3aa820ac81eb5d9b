"""The retry policy by operation, against a real server, counting the requests
it received and the attempts the client logged. Placing a call (POST /call)
and creating an assistant (POST /assistants), not idempotent, are never
repeated when the server may have acted on them; updating an assistant
(PATCH, idempotent) is."""

from __future__ import annotations

import email.utils
import unittest
from typing import Any, Callable, List, Tuple
from unittest import mock

import revox
from revox import APIConnectionError, APIError, APIStatusError, APITimeoutError, InternalServerError, RateLimitError, Revox
from revox._generated import policy
from revox._retry import RetryPolicy

from .support.helpers import TEST_KEY, LogCapture, captured_logs, client_for, refusing_port
from .support.server import DROP, HANG, RESET, Handler, TestServer, always, json_reply

MAX_RETRIES = 2
ORDER = {"call": {"id": "call_1"}}
ASSISTANT = {"assistant": {"id": "asst_1"}}

# (name, handler, timeout, error class, whether each attempt surely reaches the
# server): failures after which the server may have acted. A timed-out attempt
# may end before its request is read on a busy machine.
FAILURES: List[Tuple[str, Handler, float, type, bool]] = [
    ("dropped after the request was read", always(DROP), 30, APIConnectionError, True),
    ("reset after the request was read", always(RESET), 30, APIConnectionError, True),
    ("timeout", always(HANG), 0.3, APITimeoutError, False),
    ("500", json_reply(500, {"message": "Internal error"}), 30, InternalServerError, True),
]


class RetryPolicyTest(unittest.TestCase):
    def setUp(self) -> None:
        self.server = TestServer()
        self.clients: List[Revox] = []

    def tearDown(self) -> None:
        for client in self.clients:
            client.close()
        self.server.close()

    def client(self, **options: Any) -> Revox:
        client = client_for(self.server, **{"max_retries": MAX_RETRIES, "log_level": "debug", **options})
        self.clients.append(client)
        return client

    def place(self, **options: Any) -> Any:
        return self.client(**options).call.create(phone_number="+14155550123", assistant_id="asst_1")

    def create(self, **options: Any) -> Any:
        return self.client(**options).assistants.create(name="Front desk", prompt="Answer the phone.")

    def update(self, **options: Any) -> Any:
        return self.client(**options).assistants.update("asst_1", name="Front desk")

    @staticmethod
    def attempts(logs: LogCapture) -> int:
        return sum(1 for line in logs.lines if line.startswith("→ "))

    def test_non_idempotent_operations_are_sent_once_after_a_failure_the_server_may_have_acted_on(self) -> None:
        for name, handler, timeout, error, arrives in FAILURES:
            for label, send in (("call.create", self.place), ("assistants.create", self.create)):
                with self.subTest(f"{label} after {name}"):
                    self.server.script(handler)
                    before = len(self.server.requests)
                    with captured_logs() as logs, self.assertRaises(error):
                        send(timeout=timeout)
                    self.assertEqual(self.attempts(logs), 1)
                    sent = len(self.server.requests) - before
                    self.assertLessEqual(sent, 1)
                    if arrives:
                        self.assertEqual(sent, 1)

    def test_idempotent_operations_are_retried_up_to_max_retries(self) -> None:
        for name, handler, timeout, error, arrives in FAILURES:
            with self.subTest(name):
                self.server.script(handler)
                before = len(self.server.requests)
                with captured_logs() as logs, self.assertRaises(error):
                    self.update(timeout=timeout)
                self.assertEqual(self.attempts(logs), MAX_RETRIES + 1)
                self.assertIn("Retrying PATCH", logs.text)
                if arrives:
                    self.assertEqual(len(self.server.requests) - before, MAX_RETRIES + 1)

    def test_post_call_is_retried_after_429_or_503_the_server_did_not_act(self) -> None:
        for status, headers in ((429, {"retry-after-ms": "5"}), (503, {})):
            with self.subTest(status):
                self.server.script(json_reply(status, {"message": "Not now"}, headers), json_reply(200, ORDER))
                before = len(self.server.requests)
                self.assertEqual(self.place().call.id, "call_1")
                self.assertEqual([r.headers["x-revox-attempt"] for r in self.server.requests[before:]], ["1", "2"])

    def test_post_call_is_retried_when_the_connection_is_refused_nothing_was_sent(self) -> None:
        with refusing_port() as port, captured_logs() as logs:
            client = Revox(
                api_key=TEST_KEY, base_url=f"http://127.0.0.1:{port}", max_retries=MAX_RETRIES, initial_retry_delay=0.001, log_level="debug"
            )
            with self.assertRaises(APIConnectionError) as raised:
                client.call.create(phone_number="+14155550123")
            client.close()
        self.assertIn("Connection refused", str(raised.exception))
        self.assertIsInstance(raised.exception.__cause__, ConnectionRefusedError)
        self.assertEqual(self.attempts(logs), MAX_RETRIES + 1)

    def test_idempotent_operations_are_retried_after_408_409_429_and_5xx(self) -> None:
        for status in (408, 409, 429, 500, 502, 503, 504, 599):
            with self.subTest(status):
                self.server.script(json_reply(status, {}), json_reply(200, ASSISTANT))
                before = len(self.server.requests)
                self.assertEqual(self.update().assistant.id, "asst_1")
                self.assertEqual(len(self.server.requests) - before, 2)

    def test_post_call_is_not_retried_after_408_409_or_500(self) -> None:
        for status in (408, 409, 500, 502, 504):
            with self.subTest(status):
                self.server.script(json_reply(status, {}))
                before = len(self.server.requests)
                with self.assertRaises(APIStatusError):
                    self.place()
                self.assertEqual(len(self.server.requests) - before, 1)

    def test_other_4xx_are_never_retried(self) -> None:
        for status in (400, 401, 403, 404, 405, 410, 422):
            with self.subTest(status):
                self.server.script(json_reply(status, {"message": "No"}))
                before = len(self.server.requests)
                with self.assertRaises(APIStatusError):
                    self.update()
                self.assertEqual(len(self.server.requests) - before, 1)

    def test_max_retries_0_sends_once(self) -> None:
        for failure in (json_reply(500, {}), always(DROP)):
            self.server.script(failure)
            before = len(self.server.requests)
            with self.assertRaises(APIError):
                self.client(max_retries=0).assistants.retrieve("asst_1")
            self.assertEqual(len(self.server.requests) - before, 1)

    def test_with_options_overrides_max_retries(self) -> None:
        self.server.script(json_reply(500, {}))
        client = self.client().with_options(max_retries=4)
        self.clients.append(client)
        with self.assertRaises(InternalServerError):
            client.assistants.update("asst_1")
        self.assertEqual([r.headers["x-revox-attempt"] for r in self.server.requests], ["1", "2", "3", "4", "5"])

    def waits(self, send: Callable[[], Any]) -> List[float]:
        slept: List[float] = []
        with mock.patch("revox._sync_transport.sleep", slept.append):
            send()
        return slept

    def test_a_server_requested_wait_is_honoured_exactly(self) -> None:
        cases = [
            ({"retry-after": "1.5"}, 1.5),
            ({"retry-after-ms": "250"}, 0.25),
            ({"retry-after": "0"}, 0.0),
            ({"retry-after-ms": "20", "retry-after": "9"}, 0.02),
        ]
        for headers, wait in cases:
            with self.subTest(headers):
                self.server.script(json_reply(429, {}, headers), json_reply(200, ASSISTANT))
                self.assertEqual(self.waits(self.update), [wait])

    def test_an_http_date_retry_after_is_a_wait_until_then(self) -> None:
        when = email.utils.formatdate(usegmt=True)  # now: the wait is at most a second or so
        self.server.script(json_reply(503, {}, {"retry-after": when}), json_reply(200, ASSISTANT))
        (wait,) = self.waits(self.update)
        self.assertGreaterEqual(wait, 0.0)
        self.assertLessEqual(wait, 1.0)

    def test_a_longer_retry_after_than_the_cap_fails_at_once_with_the_header(self) -> None:
        self.server.script(json_reply(429, {"message": "Slow down"}, {"retry-after": "120"}))
        slept: List[float] = []
        with mock.patch("revox._sync_transport.sleep", slept.append), self.assertRaises(RateLimitError) as raised:
            self.update()
        self.assertEqual(raised.exception.response.headers["retry-after"], "120")
        self.assertEqual(slept, [])
        self.assertEqual(len(self.server.requests), 1)

    def test_backoff_doubles_from_the_initial_delay_with_up_to_25_percent_jitter(self) -> None:
        self.server.script(json_reply(503, {}))
        client = Revox(
            api_key=TEST_KEY, base_url=self.server.url, initial_retry_delay=0.5, max_retry_delay=0.8, max_retries=3, log_level="off"
        )
        self.clients.append(client)
        slept: List[float] = []
        with mock.patch("revox._sync_transport.sleep", slept.append), self.assertRaises(InternalServerError):
            client.voices.list()
        self.assertEqual(len(slept), 3)
        for nominal, wait in zip([0.5, 0.8, 0.8], slept):
            self.assertGreaterEqual(wait, nominal * 0.75)
            self.assertLessEqual(wait, nominal)

    def test_retries_log_at_info_with_the_reason(self) -> None:
        self.server.script(json_reply(503, {}), json_reply(200, ASSISTANT))
        with captured_logs() as logs:
            client = client_for(self.server, log_level="info")
            self.clients.append(client)
            client.assistants.update("asst_1")
        self.assertEqual(len(logs.lines), 1)
        self.assertRegex(
            logs.lines[0], r"^Got 503\. Retrying PATCH http://127\.0\.0\.1:\d+/assistants/asst_1 in \d+ ms \(retry 1 of 2\)\.$"
        )


class RetryDelayTest(unittest.TestCase):
    """The policy's pure parts, where a wall clock would make a test flaky."""

    POLICY = RetryPolicy(initial_delay=0.5, max_delay=8.0)
    NOW = 1_795_000_000.0

    def test_an_http_date_is_a_wait_until_then(self) -> None:
        later = email.utils.formatdate(self.NOW + 30, usegmt=True)
        earlier = email.utils.formatdate(self.NOW - 30, usegmt=True)
        self.assertEqual(self.POLICY.delay(1, {"retry-after": later}, now=self.NOW), 30.0)
        self.assertEqual(self.POLICY.delay(1, {"retry-after": earlier}, now=self.NOW), 0.0)

    def test_a_header_it_cannot_read_means_the_backoff(self) -> None:
        for value in ("soon", "-1", "nan", "inf", ""):
            self.assertEqual(self.POLICY.delay(1, {"retry-after": value}, now=self.NOW, rand=lambda: 0.0), 0.5, value)
        self.assertEqual(self.POLICY.delay(1, {"retry-after-ms": "soon"}, now=self.NOW, rand=lambda: 0.0), 0.5)
        self.assertEqual(self.POLICY.delay(6, {}, now=self.NOW, rand=lambda: 0.0), 8.0)
        self.assertEqual(self.POLICY.delay(6, {}, now=self.NOW, rand=lambda: 1.0), 6.0)

    def test_a_wait_past_the_cap_is_none(self) -> None:
        self.assertIsNone(self.POLICY.delay(1, {"retry-after": str(policy.MAX_RETRY_AFTER + 1)}, now=self.NOW))
        self.assertEqual(self.POLICY.delay(1, {"retry-after": str(int(policy.MAX_RETRY_AFTER))}, now=self.NOW), policy.MAX_RETRY_AFTER)

    def test_the_statuses_come_from_the_policy(self) -> None:
        retried = [status for status in range(400, 600) if RetryPolicy.retryable_status(status, True)]
        self.assertEqual(retried, [*policy.RETRY_STATUSES_IDEMPOTENT, *range(policy.RETRY_FROM_IDEMPOTENT, 600)])
        self.assertEqual([s for s in range(400, 600) if RetryPolicy.retryable_status(s, False)], list(policy.RETRY_STATUSES_NON_IDEMPOTENT))

    def test_failures_are_retried_when_idempotent_or_refused(self) -> None:
        self.assertTrue(RetryPolicy.retryable_failure(False, True))
        self.assertTrue(RetryPolicy.retryable_failure(True, False))
        self.assertFalse(RetryPolicy.retryable_failure(False, False))

    def test_defaults_come_from_the_policy(self) -> None:
        client = Revox(api_key=TEST_KEY, base_url="http://127.0.0.1:9")
        self.assertEqual((client.max_retries, client.timeout), (policy.MAX_RETRIES, policy.TIMEOUT))
        self.assertEqual(client._config.retry.initial_delay, policy.INITIAL_RETRY_DELAY)  # pyright: ignore[reportPrivateUsage]
        self.assertEqual(client._config.retry.max_delay, policy.MAX_RETRY_DELAY)  # pyright: ignore[reportPrivateUsage]
        self.assertIs(revox.Revox, Revox)


if __name__ == "__main__":
    unittest.main()

"""AsyncRevox: the same behaviour as Revox, awaited, on asyncio's own
sockets. A representative subset of the blocking client's cases, plus what
only asyncio has: the event loop keeps running during a request, and
cancelling a task ends its request at once."""

from __future__ import annotations

import asyncio
import gc
import json
import time
import traceback
import unittest
import warnings
from typing import Any, List

from revox import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncRevox,
    AuthenticationError,
    InternalServerError,
    InvalidRequestError,
    ResponseTooLargeError,
)
from revox._generated.operations import OPERATIONS
from revox.types import AssistantResponse, AsyncCallListPage

from .support.helpers import TEST_KEY, async_client_for, captured_logs, refusing_port, spec_operations
from .support.server import DROP, HANG, RESET, Raw, Received, Reply, TestServer, Trickle, always, json_reply
from .test_operations import assert_answer, assert_body_sent, examples_handler, keywords, method_of
from .test_results import pages


class AsyncClientTest(unittest.IsolatedAsyncioTestCase):
    @classmethod
    def setUpClass(cls) -> None:
        spec_operations()  # runs node: not inside the event loop

    async def asyncSetUp(self) -> None:
        self.server = TestServer()
        self.clients: List[AsyncRevox] = []

    async def asyncTearDown(self) -> None:
        for client in self.clients:
            await client.close()
        self.server.close()

    def client(self, **options: Any) -> AsyncRevox:
        client = async_client_for(self.server, **options)
        self.clients.append(client)
        return client

    async def test_every_operation_sends_its_request_and_returns_its_example(self) -> None:
        self.server.script(examples_handler)
        client = self.client(max_retries=0)
        for spec in spec_operations():
            operation = OPERATIONS[spec["id"]]
            with self.subTest(operation.sdk):
                example = spec["example"]
                args = [example["pathParams"][name] for name in operation.path_params]
                answer = await method_of(client, operation)(*args, **keywords(operation, example))
                request = self.server.requests[-1]
                self.assertEqual(request.method, operation.http_method)
                self.assertEqual(request.headers["x-revox-attempt"], "1")
                assert_body_sent(self, operation, request, example)
                assert_answer(self, spec["success"], answer)
        self.assertEqual({r.connection for r in self.server.requests}, {1})  # kept alive

    async def test_post_call_is_sent_once_after_a_failure_the_server_may_have_acted_on(self) -> None:
        for handler, error in (
            (always(DROP), APIConnectionError),
            (always(RESET), APIConnectionError),
            (json_reply(500, {}), InternalServerError),
        ):
            with self.subTest(error.__name__):
                self.server.script(handler)
                before = len(self.server.requests)
                with self.assertRaises(error):
                    await self.client().call.create(phone_number="+14155550123")
                self.assertEqual(len(self.server.requests) - before, 1)
        self.server.script(always(HANG))
        with captured_logs() as logs, self.assertRaises(APITimeoutError):
            await self.client(log_level="debug", timeout=0.3).call.create(phone_number="+14155550123")
        self.assertEqual(sum(line.startswith("→ ") for line in logs.lines), 1)

    async def test_idempotent_operations_are_retried(self) -> None:
        for handler in (always(DROP), json_reply(500, {}), json_reply(409, {})):
            self.server.script(handler)
            before = len(self.server.requests)
            with self.assertRaises(Exception):  # noqa: B017 - which error depends on the failure
                await self.client().assistants.update("asst_1", name="x")
            self.assertEqual(len(self.server.requests) - before, 3)

    async def test_post_call_is_retried_after_429_503_and_a_refused_connection(self) -> None:
        self.server.script(json_reply(429, {}, {"retry-after-ms": "5"}), json_reply(503, {}), json_reply(200, {"call": {"id": "call_1"}}))
        self.assertEqual((await self.client().call.create(phone_number="+1")).call.id, "call_1")
        self.assertEqual(len(self.server.requests), 3)
        with refusing_port() as port, captured_logs() as logs:
            client = AsyncRevox(api_key=TEST_KEY, base_url=f"http://127.0.0.1:{port}", initial_retry_delay=0.001, log_level="debug")
            with self.assertRaises(APIConnectionError) as raised:
                await client.call.create(phone_number="+1")
            await client.close()
        self.assertIsInstance(raised.exception.__cause__, ConnectionRefusedError)
        self.assertEqual(sum(line.startswith("→ ") for line in logs.lines), 3)

    async def test_the_timeout_covers_the_whole_attempt(self) -> None:
        self.server.script(always(Trickle(200, {"content-type": "application/json", "content-length": "40"}, b" " * 39 + b"{", 0.3)))
        started = time.monotonic()
        with self.assertRaises(APITimeoutError) as raised:
            await self.client(max_retries=0, timeout=1).assistants.retrieve("asst_1")
        self.assertLess(time.monotonic() - started, 5)
        self.assertEqual(str(raised.exception), "Request timed out after 1 s (reading the response).")

    async def test_redirects_truncation_and_the_size_cap(self) -> None:
        self.server.script(always(Reply(307, {"location": "https://elsewhere.example/api"})))
        with self.assertRaisesRegex(APIStatusError, "^307 redirect to https://elsewhere.example/api: the SDK does not follow redirects"):
            await self.client().assistants.update("asst_1")
        self.assertEqual(len(self.server.requests), 1)
        self.server.script(always(Raw(b"HTTP/1.1 200 OK\r\ncontent-length: 50\r\n\r\n{}")))
        with self.assertRaisesRegex(APIConnectionError, "ended after 2 of 50 bytes"):
            await self.client(max_retries=0).voices.list()
        self.server.script(always(Reply(200, {}, b"x" * 5000)))
        with self.assertRaises(ResponseTooLargeError):
            await self.client(max_response_bytes=100).voices.list()

    async def test_errors_do_not_show_the_key_even_when_echoed(self) -> None:
        self.server.script(
            lambda r: Reply(401, {"content-type": "application/json"}, json.dumps({"message": r.headers["authorization"]}).encode())
        )
        with self.assertRaises(AuthenticationError) as raised:
            await self.client().voices.list()
        error = raised.exception
        printed = str(error) + repr(error) + "".join(traceback.format_exception(type(error), error, error.__traceback__)) + repr(error.body)
        self.assertNotIn(TEST_KEY, printed)
        self.assertEqual(str(error), "401 Bearer ***")

    async def test_bad_input_is_refused_before_sending(self) -> None:
        with self.assertRaisesRegex(InvalidRequestError, "Invalid `id`: must not be empty"):
            await self.client().assistants.retrieve("")
        with self.assertRaises(TypeError):
            await self.client().assistants.update("asst_1", nmae="x")  # pyright: ignore[reportCallIssue]
        self.assertEqual(self.server.requests, [])

    async def test_pages_are_awaited_and_async_iterated(self) -> None:
        self.server.script(pages([2, 2, 1]))
        page = await self.client().call.list(page=0, page_size=2)
        self.assertIsInstance(page, AsyncCallListPage)
        self.assertEqual(len(page.calls), 2)
        self.assertEqual(len([attempt.id async for attempt in page]), 5)
        self.assertEqual(len([attempt.id async for attempt in self.client().call.list(page=0, page_size=2)]), 5)
        second = await page.get_next_page()
        self.assertEqual([c.id for c in second.calls], ["att_1_0", "att_1_1"])
        raw = await self.client().call.with_raw_response.list(page=0, page_size=2)
        self.assertEqual(len([a async for a in raw.parse()]), 5)

    async def test_raw_responses(self) -> None:
        self.server.script(json_reply(200, {"assistant": {"id": "asst_1"}}, {"x-request-id": "req_9"}))
        raw = await self.client().assistants.with_raw_response.update("asst_1", name="x")
        self.assertEqual((raw.status_code, raw.headers["x-request-id"]), (200, "req_9"))
        self.assertIsInstance(raw.parse(), AssistantResponse)
        self.assertIsInstance(await self.client().assistants.update("asst_1"), AssistantResponse)

    async def test_the_event_loop_keeps_running_during_a_request(self) -> None:
        self.server.script(always(Trickle(200, {"content-type": "application/json", "content-length": "4"}, b"{  }", 0.25)))
        ticks = 0

        async def ticker() -> None:
            nonlocal ticks
            while True:
                await asyncio.sleep(0.01)
                ticks += 1

        task = asyncio.ensure_future(ticker())
        try:
            await self.client().voices.list()  # about a second of trickling
        except APIStatusError:
            pass
        finally:
            task.cancel()
        self.assertGreater(ticks, 5)  # 100 when the loop is free; a blocked loop would give 0 or 1

    async def test_cancelling_the_task_ends_the_request_and_closes_its_connection(self) -> None:
        self.server.script(always(HANG))
        client = self.client(timeout=60)
        task = asyncio.ensure_future(client.assistants.update("asst_1", name="x"))
        while not self.server.requests:
            await asyncio.sleep(0.01)
        connection = self.server.requests[0].connection
        cancelled_at = time.monotonic()
        task.cancel()
        with self.assertRaises(asyncio.CancelledError):
            await task
        self.assertLess(time.monotonic() - cancelled_at, 5)
        deadline = time.monotonic() + 10
        while self.server.closed_at(connection) is None and time.monotonic() < deadline:
            await asyncio.sleep(0.01)
        closed_at = self.server.closed_at(connection)
        self.assertIsNotNone(closed_at)
        assert closed_at is not None
        self.assertLess(closed_at - cancelled_at, 5)
        self.assertEqual(len(self.server.requests), 1)  # no retry after a cancellation

    async def test_concurrent_requests_share_the_client(self) -> None:
        def handler(request: Received) -> Reply:
            return Reply(
                200, {"content-type": "application/json"}, json.dumps({"assistant": {"id": request.path.rsplit("/", 1)[1]}}).encode()
            )

        self.server.script(handler)
        client = self.client()
        answers = await asyncio.gather(*(client.assistants.update(f"asst_{i}") for i in range(20)))
        self.assertEqual([a.assistant.id for a in answers], [f"asst_{i}" for i in range(20)])
        self.assertLessEqual(self.server.connections, 20)


class EventLoopsTest(unittest.TestCase):
    def test_one_client_on_several_event_loops_in_turn(self) -> None:
        with TestServer(json_reply(200, {"voices": []})) as server:
            client = async_client_for(server)

            async def call_and_close() -> Any:
                try:
                    return (await client.voices.list()).voices
                finally:
                    await client.close()

            self.assertEqual(asyncio.run(call_and_close()), [])
            self.assertEqual(asyncio.run(call_and_close()), [])
            self.assertEqual([r.connection for r in server.requests], [1, 2])

    def test_a_client_left_open_on_a_finished_loop_still_works_on_the_next(self) -> None:
        with TestServer(json_reply(200, {"voices": []})) as server:
            client = async_client_for(server)

            async def call() -> Any:
                return (await client.voices.list()).voices

            with warnings.catch_warnings():
                warnings.simplefilter("ignore", ResourceWarning)  # the first loop's idle socket, closed when collected
                self.assertEqual(asyncio.run(call()), [])
                self.assertEqual(asyncio.run(call()), [])
                asyncio.run(client.close())
                gc.collect()
            self.assertEqual([r.connection for r in server.requests], [1, 2])


if __name__ == "__main__":
    unittest.main()

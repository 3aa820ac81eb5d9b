"""The wire: whole-attempt timeouts, redirects, truncated and oversized
bodies, framing, kept-alive connections, and what failure answers say."""

from __future__ import annotations

import gzip
import json
import time
import tracemalloc
import unittest
import zlib
from typing import Any, List, Tuple, Type

from revox import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    ResponseTooLargeError,
    Revox,
    UnprocessableEntityError,
)
from revox._generated import policy
from revox._generated.operations import OPERATIONS

from .support.helpers import client_for
from .support.server import HANG, Handler, Raw, Reply, TestServer, Trickle, always, json_reply

ASSISTANT = b'{"assistant": {"id": "asst_1"}}'


class HTTPTest(unittest.TestCase):
    def setUp(self) -> None:
        self.server = TestServer()
        self.clients: List[Revox] = []

    def tearDown(self) -> None:
        for client in self.clients:
            client.close()
        self.server.close()

    def client(self, **options: Any) -> Revox:
        client = client_for(self.server, **options)
        self.clients.append(client)
        return client

    # -- the whole-attempt timeout --------------------------------------------------

    def test_the_timeout_covers_the_whole_attempt_even_a_trickling_body(self) -> None:
        # 40 bytes, one every 0.3 s: each read is quick, the body takes 12 s.
        self.server.script(always(Trickle(200, {"content-type": "application/json", "content-length": "40"}, b" " * 39 + b"{", 0.3)))
        started = time.monotonic()
        with self.assertRaises(APITimeoutError) as raised:
            self.client(max_retries=0, timeout=1).assistants.retrieve("asst_1")
        elapsed = time.monotonic() - started
        self.assertGreaterEqual(elapsed, 0.9)
        self.assertLess(elapsed, 5)
        self.assertEqual(str(raised.exception), "Request timed out after 1 s (reading the response).")

    def test_a_server_that_never_answers_times_out(self) -> None:
        self.server.script(always(HANG))
        with self.assertRaises(APITimeoutError) as raised:
            self.client(max_retries=0, timeout=0.3).voices.list()
        self.assertIn("waiting for the response", str(raised.exception))

    def test_a_per_request_timeout_overrides_the_clients(self) -> None:
        self.server.script(always(HANG))
        started = time.monotonic()
        with self.assertRaises(APITimeoutError):
            self.client(max_retries=0, timeout=30).voices.list(timeout=0.2)
        self.assertLess(time.monotonic() - started, 10)

    # -- redirects ------------------------------------------------------------------------

    def test_redirects_are_not_followed_and_not_retried(self) -> None:
        for status in (301, 302, 303, 307, 308):
            with self.subTest(status):
                self.server.script(always(Reply(status, {"location": "https://user:pw@api.example.com:8443/v2/assistants?token=abc#x"})))
                before = len(self.server.requests)
                with self.assertRaises(APIStatusError) as raised:
                    self.client().assistants.update("asst_1", name="x")
                error = raised.exception
                self.assertIs(type(error), APIStatusError)
                self.assertEqual(error.status_code, status)
                self.assertEqual(
                    str(error),
                    f"{status} redirect to https://api.example.com:8443/v2/assistants: the SDK does not follow redirects; check base_url.",
                )
                self.assertEqual(len(self.server.requests) - before, 1)

    def test_a_relative_location_is_resolved_against_the_request(self) -> None:
        self.server.script(always(Reply(302, {"location": "/elsewhere?x=1"})))
        with self.assertRaises(APIStatusError) as raised:
            self.client().voices.list()
        self.assertEqual(
            str(raised.exception), f"302 redirect to {self.server.url}/elsewhere: the SDK does not follow redirects; check base_url."
        )

    # -- truncated bodies ------------------------------------------------------------------

    def test_a_body_shorter_than_its_content_length_is_a_connection_error(self) -> None:
        truncated = always(Raw(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n" + ASSISTANT))
        self.server.script(truncated)
        with self.assertRaises(APIConnectionError) as raised:
            self.client().assistants.update("asst_1")
        self.assertIn(f"ended after {len(ASSISTANT)} of 100 bytes", str(raised.exception))
        self.assertEqual(len(self.server.requests), 3)  # idempotent: retried
        self.server.script(truncated)
        with self.assertRaises(APIConnectionError):
            self.client().call.create(phone_number="+14155550123")
        self.assertEqual(len(self.server.requests), 4)  # placing a call: once

    def test_a_chunked_body_that_ends_early_is_a_connection_error(self) -> None:
        self.server.script(always(Raw(b'HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n5\r\n{"a":\r\n')))
        with self.assertRaises(APIConnectionError) as raised:
            self.client(max_retries=0).voices.list()
        self.assertIn("before its last chunk", str(raised.exception))

    def test_a_complete_chunked_body_is_read(self) -> None:
        body = b'{"voices": [{"id": "v1"}]}'
        chunked = b"".join(f"{len(part):x}\r\n".encode() + part + b"\r\n" for part in (body[:7], body[7:])) + b"0\r\nx-trailer: 1\r\n\r\n"
        self.server.script(always(Reply(200, {"transfer-encoding": "chunked"}, chunked, length=False)))
        self.assertEqual(self.client().voices.list().voices[0].id, "v1")

    def test_a_body_until_close_is_read_and_its_connection_not_reused(self) -> None:
        self.server.script(always(Raw(b'HTTP/1.0 200 OK\r\ncontent-type: application/json\r\n\r\n{"voices": []}')))
        client = self.client()
        self.assertEqual(client.voices.list().voices, [])
        self.assertEqual(client.voices.list().voices, [])
        self.assertEqual([r.connection for r in self.server.requests], [1, 2])

    def test_interim_1xx_answers_are_skipped(self) -> None:
        self.server.script(always(Raw(b'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\ncontent-length: 13\r\n\r\n{"voices":[]}')))
        self.assertEqual(self.client().voices.list().voices, [])

    def test_garbage_is_a_connection_error(self) -> None:
        self.server.script(always(Raw(b"SSH-2.0-OpenSSH\r\n\r\n")))
        with self.assertRaises(APIConnectionError) as raised:
            self.client(max_retries=0).voices.list()
        self.assertIn("HTTP/1.x status line", str(raised.exception))

    # -- the size cap -------------------------------------------------------------------------

    def test_an_announced_body_past_the_cap_is_refused_before_reading_and_not_retried(self) -> None:
        self.server.script(always(Reply(200, {"content-type": "application/json"}, b"[" + b"0," * 3000 + b"0]")))
        with self.assertRaises(ResponseTooLargeError) as raised:
            self.client(max_response_bytes=1000).assistants.update("asst_1")
        self.assertEqual((raised.exception.limit, raised.exception.status_code), (1000, 200))
        self.assertIn("larger than max_response_bytes, 1000 bytes (Content-Length 6003)", str(raised.exception))
        self.assertEqual(len(self.server.requests), 1)

    def test_a_chunked_or_unannounced_body_past_the_cap_stops_the_read(self) -> None:
        chunk = b"a" * 600
        chunked = (f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n") * 100 + b"0\r\n\r\n"
        for answer in (Reply(200, {"transfer-encoding": "chunked"}, chunked, length=False), Raw(b"HTTP/1.1 200 OK\r\n\r\n" + b"a" * 60000)):
            with self.subTest(type(answer).__name__):
                self.server.script(always(answer))
                client = self.client(max_response_bytes=1000)
                with self.assertRaises(ResponseTooLargeError):
                    client.voices.list()
                with self.assertRaises(ResponseTooLargeError):
                    client.voices.list()
                self.assertEqual(self.server.requests[-1].connection, self.server.requests[-2].connection + 1)

    def test_error_bodies_are_capped_too(self) -> None:
        self.server.script(always(Reply(500, {}, b"x" * 5000)))
        with self.assertRaises(ResponseTooLargeError) as raised:
            self.client(max_response_bytes=1000).voices.list()
        self.assertEqual(raised.exception.status_code, 500)
        self.assertEqual(len(self.server.requests), 1)

    def test_the_default_caps_come_from_the_policy(self) -> None:
        config = self.client()._config  # pyright: ignore[reportPrivateUsage]
        self.assertEqual(config.body_limit(OPERATIONS["listVoices"])(200), policy.MAX_RESPONSE_BYTES)
        self.assertEqual(config.body_limit(OPERATIONS["previewVoice"])(200), policy.MAX_BINARY_RESPONSE_BYTES)
        self.assertEqual(config.body_limit(OPERATIONS["previewVoice"])(500), policy.MAX_RESPONSE_BYTES)
        capped = self.client(max_response_bytes=10)._config  # pyright: ignore[reportPrivateUsage]
        self.assertEqual(capped.body_limit(OPERATIONS["previewVoice"])(200), 10)

    # -- compressed bodies -------------------------------------------------------------------

    def test_gzip_and_deflate_bodies_are_inflated(self) -> None:
        data = json.dumps({"voices": [{"id": "v1"}]}).encode()
        deflate = zlib.compressobj(wbits=-15)  # raw deflate, as some servers send it
        raw = deflate.compress(data) + deflate.flush()
        half = len(data) // 2
        bodies = {
            "gzip": ("gzip", gzip.compress(data)),
            "deflate (zlib)": ("deflate", zlib.compress(data)),
            "deflate (raw)": ("deflate", raw),
            "gzip, two members": ("gzip", gzip.compress(data[:half]) + gzip.compress(data[half:])),
            "x-gzip, upper case": ("X-GZIP", gzip.compress(data)),
        }
        client = self.client()
        for name, (coding, body) in bodies.items():
            with self.subTest(name):
                self.server.script(always(Reply(200, {"content-type": "application/json", "content-encoding": coding}, body)))
                self.assertEqual(client.voices.list().voices[0].id, "v1")
                self.assertEqual(self.server.requests[-1].headers["accept-encoding"], "gzip, deflate")
        # Chunked and compressed, one byte a chunk: inflated as it arrives.
        packed = gzip.compress(data)
        chunked = b"".join(b"1\r\n" + packed[i : i + 1] + b"\r\n" for i in range(len(packed))) + b"0\r\n\r\n"
        self.server.script(always(Reply(200, {"content-encoding": "gzip", "transfer-encoding": "chunked"}, chunked, length=False)))
        self.assertEqual(client.voices.list().to_dict(), json.loads(data))
        # Every answer was read whole: one kept-alive connection served them all.
        self.assertEqual({r.connection for r in self.server.requests}, {1})

    def test_a_small_gzip_body_that_inflates_past_the_cap_stops_at_the_cap_with_little_memory(self) -> None:
        # About 1 MiB of gzip (members of 1 MiB of zeros each) that inflates to 1 GiB.
        member = gzip.compress(bytes(1 << 20))
        bomb = member * ((1 << 30) // (1 << 20))
        self.assertLess(len(bomb), 2 << 20)
        self.server.script(always(Reply(200, {"content-type": "application/json", "content-encoding": "gzip"}, bomb)))
        client = self.client()
        tracemalloc.start()
        try:
            started = time.monotonic()
            with self.assertRaises(ResponseTooLargeError) as raised:
                client.voices.list()
            elapsed = time.monotonic() - started
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        self.assertEqual(raised.exception.limit, policy.MAX_RESPONSE_BYTES)
        self.assertEqual(raised.exception.status_code, 200)
        self.assertIn("reading stopped and the connection was closed", str(raised.exception))
        # The cap's worth and a piece, not the gigabyte.
        self.assertLess(peak, 3 * policy.MAX_RESPONSE_BYTES, f"{peak} bytes at the peak")
        self.assertLess(elapsed, 30)
        self.assertEqual(len(self.server.requests), 1)  # never retried: it would come again the same
        # The client stays usable, on a new connection.
        self.server.script(json_reply(200, {"voices": []}))
        self.assertEqual(client.voices.list().voices, [])
        self.assertEqual([r.connection for r in self.server.requests], [1, 2])  # the first was closed

    def test_a_body_that_inflates_past_a_small_cap_stops_there(self) -> None:
        body = gzip.compress(json.dumps("x" * 200_000).encode())
        self.server.script(always(Reply(200, {"content-type": "application/json", "content-encoding": "gzip"}, body)))
        with self.assertRaises(ResponseTooLargeError) as raised:
            self.client(max_response_bytes=10_000).voices.list()
        self.assertEqual(raised.exception.limit, 10_000)
        self.assertLess(len(body), 10_000)  # the compressed body was under the cap: decoded bytes count

    def test_a_compressed_body_cut_short_is_a_connection_error(self) -> None:
        packed = gzip.compress(json.dumps({"voices": [{"id": "v" * 500}]}).encode())
        # Fewer bytes than Content-Length, then the connection closes.
        short = Raw(b"HTTP/1.1 200 OK\r\ncontent-encoding: gzip\r\ncontent-length: %d\r\n\r\n" % len(packed) + packed[:-20])
        # Every byte announced came, but the gzip stream is unfinished.
        unfinished = Reply(200, {"content-encoding": "gzip"}, packed[:-20])
        for name, answer in (("short of its Content-Length", short), ("an unfinished gzip stream", unfinished)):
            with self.subTest(name):
                self.server.script(always(answer))
                with self.assertRaises(APIConnectionError) as raised:
                    self.client(max_retries=0).voices.list()
                self.assertIn("ended", str(raised.exception))

    def test_a_coding_the_sdk_cannot_decode_is_refused_unread_and_not_retried(self) -> None:
        for coding in ("br", "zstd", "gzip, br"):
            with self.subTest(coding):
                self.server.script(always(Reply(503, {"content-type": "application/json", "content-encoding": coding}, b"\x00" * 50)))
                before = len(self.server.requests)
                with self.assertRaises(APIError) as raised:
                    self.client().voices.list()
                self.assertIs(type(raised.exception), APIError)
                self.assertEqual(
                    str(raised.exception),
                    f"The response (503) is encoded with {coding}, which the SDK cannot decode (it asks for gzip, deflate): "
                    "its body was not read and the connection was closed.",
                )
                self.assertEqual(len(self.server.requests), before + 1)

    def test_a_corrupt_compressed_body_is_a_connection_error(self) -> None:
        self.server.script(always(Reply(200, {"content-encoding": "gzip"}, b"\x1f\x8b\x08\x00not gzip at all")))
        with self.assertRaisesRegex(APIConnectionError, "gzip response body is corrupt"):
            self.client(max_retries=0).voices.list()

    # -- answers that are not results ----------------------------------------------------------

    def test_an_empty_success_on_a_json_operation_is_an_error(self) -> None:
        for status in (200, 204):
            with self.subTest(status):
                self.server.script(always(Reply(status, {}, b"")))
                with self.assertRaises(APIError) as raised:
                    self.client().voices.list()
                self.assertIs(type(raised.exception), APIError)  # the policy's invalidAnswer class
                self.assertEqual(str(raised.exception), f"{status} response to voices.list has no body; expected JSON.")

    def test_a_success_body_that_is_not_json_is_an_error_with_its_status(self) -> None:
        self.server.script(always(Reply(200, {"content-type": "text/html"}, b"<html>maintenance</html>")))
        with self.assertRaises(APIError) as raised:
            self.client().voices.list()
        self.assertIs(type(raised.exception), APIError)
        self.assertRegex(str(raised.exception), r"^200 response body of voices.list is not valid JSON \(Expecting value; text/html\)\.$")
        self.assertEqual(raised.exception.body, "<html>maintenance</html>")

    def test_json_that_is_not_an_object_is_an_error(self) -> None:
        self.server.script(json_reply(200, [1, 2]))
        with self.assertRaisesRegex(APIError, "^200 response body of voices.list is list JSON; expected an object"):
            self.client().voices.list()

    # -- what failure answers say ----------------------------------------------------------------

    def test_the_message_carries_the_servers_explanation(self) -> None:
        cases: List[Tuple[Handler, Type[APIStatusError], str]] = [
            (json_reply(404, {"message": "Assistant not found."}), NotFoundError, "404 Assistant not found."),
            (
                json_reply(400, {"message": "Bad input", "errors": [{"path": "name"}]}),
                BadRequestError,
                '400 Bad input errors: [{"path":"name"}]',
            ),
            (json_reply(400, {"error": "nope"}), BadRequestError, '400 {"error":"nope"}'),
            (
                always(
                    Reply(502, {"content-type": "text/html"}, b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head></html>")
                ),
                InternalServerError,
                "502 Bad Gateway (HTML error page)",
            ),
            (always(Reply(500, {}, b"")), InternalServerError, "500 (no body)"),
            (
                always(Reply(422, {"sl-violations": json.dumps([{"message": "Request body must have required property 'name'"}])}, b"")),
                UnprocessableEntityError,
                "422 Request body must have required property 'name'",
            ),
            (always(Reply(418, {}, b"I'm a teapot")), APIStatusError, "418 I'm a teapot"),
        ]
        for handler, error_class, message in cases:
            with self.subTest(message):
                self.server.script(handler)
                with self.assertRaises(error_class) as raised:
                    self.client(max_retries=0).voices.list()
                self.assertIs(type(raised.exception), error_class)
                self.assertEqual(str(raised.exception), message)
                self.assertEqual(raised.exception.message, message)

    def test_long_details_are_cut_at_300_characters(self) -> None:
        self.server.script(json_reply(400, {"message": "x" * 1000}))
        with self.assertRaises(BadRequestError) as raised:
            self.client().voices.list()
        self.assertEqual(str(raised.exception), "400 " + "x" * 300 + "…")
        self.assertEqual(raised.exception.body, {"message": "x" * 1000})

    def test_errors_carry_status_headers_body_and_request_id(self) -> None:
        self.server.script(json_reply(404, {"message": "Gone"}, {"x-request-id": "req_123"}))
        with self.assertRaises(NotFoundError) as raised:
            self.client().assistants.retrieve("asst_missing")
        error = raised.exception
        self.assertEqual((error.status_code, error.request_id, error.body), (404, "req_123", {"message": "Gone"}))
        self.assertEqual(error.response.headers["X-Request-Id"], "req_123")
        assert error.request is not None
        self.assertEqual((error.request.method, error.request.url), ("GET", f"{self.server.url}/assistants/asst_missing"))
        self.assertEqual(error.request.headers["authorization"], "***")

    # -- kept-alive connections ---------------------------------------------------------------------

    def test_a_connection_the_server_closed_while_idle_is_not_used(self) -> None:
        self.server.script(always(Reply(200, {"content-type": "application/json"}, b'{"call": {"id": "call_1"}}', close=True)))
        client = self.client(max_retries=0)
        client.call.create(phone_number="+14155550123")
        deadline = time.monotonic() + 10
        while self.server.closed_at(1) is None and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(0.05)  # the FIN reaches the client's socket
        self.assertEqual(client.call.create(phone_number="+14155550123").call.id, "call_1")
        self.assertEqual([r.connection for r in self.server.requests], [1, 2])

    def test_a_connection_that_failed_is_closed_not_reused(self) -> None:
        self.server.script(always(HANG), json_reply(200, {"voices": []}))
        client = self.client(max_retries=0, timeout=0.2)
        with self.assertRaises(APITimeoutError):
            client.voices.list()
        self.assertEqual(client.voices.list().voices, [])
        self.assertEqual([r.connection for r in self.server.requests], [1, 2])


if __name__ == "__main__":
    unittest.main()

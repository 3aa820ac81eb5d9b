"""The response reader without sockets: framing, truncation, the size cap."""

from __future__ import annotations

import unittest
from typing import List

from revox._http11 import ClosedWithoutResponse, ProtocolError, ResponseReader, TooLarge, Truncated, encode_request


def read(data: bytes, *, method: str = "GET", limit: int = 1 << 20, pieces: int = 0, eof: bool = False) -> ResponseReader:
    """Feeds ``data`` whole, or byte by byte (``pieces=1``), then the end of stream if asked."""
    reader = ResponseReader(method, lambda status: limit)
    chunks: List[bytes] = [data[i : i + pieces] for i in range(0, len(data), pieces)] if pieces else [data]
    for chunk in chunks:
        if reader.done:
            break
        reader.feed(chunk)
    if eof:
        reader.feed_eof()
    return reader


class ResponseReaderTest(unittest.TestCase):
    def test_content_length_whole_or_byte_by_byte(self) -> None:
        data = b"HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: 2\r\nX-A: 1\r\nX-A: 2\r\n\r\n{}"
        for pieces in (0, 1, 3):
            reader = read(data, pieces=pieces)
            self.assertTrue(reader.done)
            self.assertEqual((reader.status, reader.reason, bytes(reader.body), reader.keep_alive), (201, "Created", b"{}", True))
            self.assertEqual(reader.headers, [("content-type", "application/json"), ("content-length", "2"), ("x-a", "1"), ("x-a", "2")])

    def test_chunked_with_extensions_and_trailers(self) -> None:
        data = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n3;ext=1\r\nabc\r\nA\r\n0123456789\r\n0\r\nX-Checksum: 1\r\n\r\n"
        for pieces in (0, 1):
            reader = read(data, pieces=pieces)
            self.assertEqual((bytes(reader.body), reader.keep_alive, reader.done), (b"abc0123456789", True, True))

    def test_until_close(self) -> None:
        reader = read(b"HTTP/1.1 200 OK\r\n\r\nall of it", eof=True)
        self.assertEqual((bytes(reader.body), reader.keep_alive), (b"all of it", False))

    def test_bodiless_answers(self) -> None:
        self.assertTrue(read(b"HTTP/1.1 204 No Content\r\n\r\n").done)
        self.assertTrue(read(b"HTTP/1.1 304 Not Modified\r\nContent-Length: 10\r\n\r\n").done)
        self.assertTrue(read(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n", method="HEAD").done)
        self.assertTrue(read(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n").done)

    def test_interim_answers_are_skipped(self) -> None:
        reader = read(
            b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: x\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\n!",
            pieces=2,
        )
        self.assertEqual((reader.status, bytes(reader.body), reader.headers), (200, b"!", [("content-length", "1")]))

    def test_keep_alive(self) -> None:
        self.assertFalse(read(b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n").keep_alive)
        self.assertFalse(read(b"HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n").keep_alive)
        self.assertFalse(read(b"HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\n!extra").keep_alive)

    def test_truncation(self) -> None:
        with self.assertRaises(ClosedWithoutResponse):
            read(b"", eof=True)
        with self.assertRaisesRegex(Truncated, "middle of the response head"):
            read(b"HTTP/1.1 200 OK\r\nContent-", eof=True)
        with self.assertRaisesRegex(Truncated, "ended after 3 of 10 bytes"):
            read(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc", eof=True)
        with self.assertRaisesRegex(Truncated, "before its last chunk"):
            read(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n", eof=True)

    def test_malformed_answers(self) -> None:
        for data in (
            b"HTTP/2 200 OK\r\n\r\n",
            b"HTTP/1.1 2000 OK\r\n\r\n",
            b"HTTP/1.1 200 OK\r\nno colon\r\n\r\n",
            b"HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n",
            b"HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n",
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n-1\r\n",
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nab\r\n",
            b"HTTP/1.1 101 Switching Protocols\r\n\r\n",
            b"HTTP/1.1 200 OK\r\n" + b"X: " + b"y" * 70000,
        ):
            with self.subTest(data[:40]), self.assertRaises(ProtocolError):
                read(data)

    def test_the_size_cap(self) -> None:
        with self.assertRaises(TooLarge) as raised:
            read(b"HTTP/1.1 200 OK\r\nContent-Length: 11\r\n\r\n", limit=10)
        self.assertEqual((raised.exception.limit, raised.exception.status, raised.exception.announced), (10, 200, 11))
        self.assertEqual(bytes(read(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n0123456789", limit=10).body), b"0123456789")
        with self.assertRaises(TooLarge):
            read(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n6\r\nabcdef\r\n6\r\n", limit=10)
        with self.assertRaises(TooLarge):
            read(b"HTTP/1.1 500 Oops\r\n\r\n" + b"x" * 11, limit=10, pieces=4)

    def test_the_cap_can_depend_on_the_status(self) -> None:
        reader = ResponseReader("POST", lambda status: 100 if status == 200 else 5)
        with self.assertRaises(TooLarge):
            reader.feed(b"HTTP/1.1 404 Not Found\r\nContent-Length: 6\r\n\r\n")
        reader = ResponseReader("POST", lambda status: 100 if status == 200 else 5)
        reader.feed(b"HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\naudio!")
        self.assertTrue(reader.done)


class EncodeRequestTest(unittest.TestCase):
    def test_the_request_bytes(self) -> None:
        data = encode_request("PATCH", "/assistants/a%20b?x=1", [("host", "example.com"), ("content-length", "2")], b"{}")
        self.assertEqual(data, b"PATCH /assistants/a%20b?x=1 HTTP/1.1\r\nhost: example.com\r\ncontent-length: 2\r\n\r\n{}")
        self.assertEqual(encode_request("GET", "/", [], None), b"GET / HTTP/1.1\r\n\r\n")


if __name__ == "__main__":
    unittest.main()

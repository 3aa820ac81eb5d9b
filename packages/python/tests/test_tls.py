"""https: the TLS handshake is verified, kept-alive TLS connections are
reused, and the whole-attempt deadline holds over TLS, for both clients.
The server's certificate is made for the test with the openssl command."""

from __future__ import annotations

import asyncio
import os
import shutil
import ssl
import subprocess
import tempfile
import time
import unittest
from typing import Any, Optional
from unittest import mock

from revox import APIConnectionError, APITimeoutError

from .support.helpers import async_client_for, client_for
from .support.server import TestServer, Trickle, always, json_reply


@unittest.skipUnless(shutil.which("openssl"), "needs the openssl command to make a certificate")
class TLSTest(unittest.TestCase):
    folder: Optional[tempfile.TemporaryDirectory[str]] = None
    cert = ""

    @classmethod
    def setUpClass(cls) -> None:
        cls.folder = tempfile.TemporaryDirectory(prefix="revox-python-tls-")
        cls.cert = os.path.join(cls.folder.name, "cert.pem")
        key = os.path.join(cls.folder.name, "key.pem")
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
             "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", key, "-out", cls.cert],
            check=True,
            capture_output=True,
        )  # fmt: skip
        cls.context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        cls.context.load_cert_chain(cls.cert, key)

    @classmethod
    def tearDownClass(cls) -> None:
        if cls.folder is not None:
            cls.folder.cleanup()

    context: ssl.SSLContext

    def trusting(self) -> Any:
        # The default context reads SSL_CERT_FILE when it is made (with the client).
        return mock.patch.dict(os.environ, {"SSL_CERT_FILE": self.cert})

    def test_a_certificate_that_does_not_verify_is_a_tls_error(self) -> None:
        with TestServer(json_reply(200, {"voices": []}), tls=self.context) as server:
            client = client_for(server, max_retries=0)
            with self.assertRaises(APIConnectionError) as raised:
                client.call.create(phone_number="+14155550123")
            client.close()
        self.assertIn("TLS error with 127.0.0.1", str(raised.exception))
        self.assertIn("CERTIFICATE_VERIFY_FAILED", str(raised.exception))
        self.assertEqual(server.requests, [])

    def test_requests_over_tls_and_the_kept_alive_connection(self) -> None:
        with TestServer(json_reply(200, {"voices": []}), tls=self.context) as server:
            with self.trusting():
                client = client_for(server)
            for _ in range(3):
                self.assertEqual(client.voices.list().voices, [])
            client.close()
        self.assertEqual([r.connection for r in server.requests], [1, 1, 1])
        self.assertEqual(server.requests[0].headers["host"], f"127.0.0.1:{server.port}")

    def test_the_deadline_holds_over_tls(self) -> None:
        trickle = always(Trickle(200, {"content-type": "application/json", "content-length": "40"}, b" " * 39 + b"{", 0.3))
        with TestServer(trickle, tls=self.context) as server:
            with self.trusting():
                client = client_for(server, max_retries=0, timeout=1)
            started = time.monotonic()
            with self.assertRaises(APITimeoutError):
                client.voices.list()
            self.assertLess(time.monotonic() - started, 5)
            client.close()

    def test_the_async_client_over_tls(self) -> None:
        with TestServer(json_reply(200, {"voices": []}), tls=self.context) as server:
            with self.trusting():
                client = async_client_for(server)
            untrusted = async_client_for(server, max_retries=0)

            async def run() -> None:
                try:
                    for _ in range(2):
                        self.assertEqual((await client.voices.list()).voices, [])
                    with self.assertRaisesRegex(APIConnectionError, "CERTIFICATE_VERIFY_FAILED"):
                        await untrusted.voices.list()
                finally:
                    await client.close()
                    await untrusted.close()

            asyncio.run(run())
        self.assertEqual([r.connection for r in server.requests], [1, 1])


if __name__ == "__main__":
    unittest.main()

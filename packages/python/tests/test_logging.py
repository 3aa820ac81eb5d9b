"""Logging through the ``revox`` logger: levels per client, and REVOX_LOG=debug
working with no logging setup at all."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import unittest

from .support.helpers import PACKAGE, TEST_KEY, captured_logs, client_for
from .support.server import TestServer, json_reply


class LoggingTest(unittest.TestCase):
    def test_each_client_filters_by_its_own_level(self) -> None:
        with TestServer(json_reply(503, {}), json_reply(200, {"voices": []})) as server, captured_logs() as logs:
            quiet = client_for(server, log_level="warn")
            quiet.voices.list()
            self.assertEqual(logs.lines, [])
            chatty = client_for(server, log_level="debug")
            chatty.voices.list()
            quiet.close()
            chatty.close()
        self.assertEqual(len(logs.lines), 2)
        self.assertRegex(logs.lines[0], r"^→ GET http://127\.0\.0\.1:\d+/voices \(attempt 1/3\) \{.*'authorization': '\*\*\*'")
        self.assertRegex(logs.lines[1], r"^← 200 GET http://127\.0\.0\.1:\d+/voices in \d+ ms \(attempt 1\)$")

    def test_revox_log_debug_works_without_any_logging_setup(self) -> None:
        with TestServer(json_reply(200, {"voices": []})) as server:
            program = f"from revox import Revox; Revox(api_key={TEST_KEY!r}, base_url={server.url!r}).voices.list()"
            env = {**os.environ, "REVOX_LOG": "debug", "PYTHONPATH": os.path.join(PACKAGE, "src"), "PYTHONDONTWRITEBYTECODE": "1"}
            result = subprocess.run([sys.executable, "-c", program], env=env, capture_output=True, text=True, check=False)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("revox DEBUG] → GET ", result.stderr)
        self.assertIn("revox DEBUG] ← 200 GET ", result.stderr)
        self.assertNotIn(TEST_KEY, result.stderr)

    def test_an_application_logger_at_debug_does_not_turn_the_sdk_on(self) -> None:
        with TestServer(json_reply(200, {"voices": []})) as server, captured_logs() as logs:
            logging.getLogger().setLevel(logging.DEBUG)
            try:
                client = client_for(server, log_level="warn")
                client.voices.list()
                client.close()
            finally:
                logging.getLogger().setLevel(logging.WARNING)
        self.assertEqual(logs.lines, [])


if __name__ == "__main__":
    unittest.main()

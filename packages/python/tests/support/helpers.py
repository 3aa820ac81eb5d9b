"""What the tests share: the key they look for in output, clients of a test
server that retry at once, the spec's examples, and a refusing port."""

from __future__ import annotations

import json
import logging
import os
import socket
import subprocess
from contextlib import contextmanager
from functools import lru_cache
from typing import Any, Dict, Generator, List

from revox import AsyncRevox, Revox

from .server import TestServer

# The key every test client sends: the secrets tests look for it in output.
TEST_KEY = "sk_test_Do_Not_Print_8c41f2"

PACKAGE = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def client_for(server: TestServer, **options: Any) -> Revox:
    """A client of ``server`` that retries at once: the tests count attempts, not wait."""
    settings: Dict[str, Any] = {"initial_retry_delay": 0.001, "max_retry_delay": 0.002, "log_level": "off", **options}
    return Revox(api_key=TEST_KEY, base_url=server.url, **settings)


def async_client_for(server: TestServer, **options: Any) -> AsyncRevox:
    settings: Dict[str, Any] = {"initial_retry_delay": 0.001, "max_retry_delay": 0.002, "log_level": "off", **options}
    return AsyncRevox(api_key=TEST_KEY, base_url=server.url, **settings)


@lru_cache(maxsize=1)
def spec_operations() -> List[Dict[str, Any]]:
    """Each operation of the spec's model, with its example (spec/scripts/operation-examples.mjs)."""
    script = os.path.join(PACKAGE, "..", "..", "spec", "scripts", "operation-examples.mjs")
    output = subprocess.run(["node", script], check=True, capture_output=True, cwd=PACKAGE).stdout
    return json.loads(output)


@contextmanager
def refusing_port() -> Generator[int, None, None]:
    """A port that refuses connections. A socket holds it, bound but not
    listening, so no server started meanwhile can take it."""
    holder = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        holder.bind(("127.0.0.1", 0))
        yield holder.getsockname()[1]
    finally:
        holder.close()


class LogCapture(logging.Handler):
    """Every line the ``revox`` logger emits while installed."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: List[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


@contextmanager
def captured_logs() -> Generator[LogCapture, None, None]:
    logger = logging.getLogger("revox")
    capture = LogCapture()
    level = logger.level
    logger.addHandler(capture)
    logger.setLevel(logging.DEBUG)
    try:
        yield capture
    finally:
        logger.removeHandler(capture)
        logger.setLevel(level)

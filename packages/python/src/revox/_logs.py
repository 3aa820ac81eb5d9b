"""The SDK's log lines, through the standard ``logging`` module (logger ``revox``).

Each client filters by its own level (``log_level=``, else its environment
variable ``policy.ENV_LOG_LEVEL``, else the policy's default), whatever the
logger's: a shared application logger at DEBUG does not turn the SDK's lines
on. When a client's level is ``info`` or ``debug`` and the ``revox`` logger
would drop such records, its level is lowered to match, and a stderr handler
is added if no handler is configured anywhere, so that setting the variable
to ``debug`` works with no logging setup at all. Every line passes through
the client's redaction: the API key reads ``***``.
"""

from __future__ import annotations

import logging
import sys
import threading
from typing import Dict

from ._generated import policy

__all__ = ["ClientLog", "logger"]

logger = logging.getLogger("revox")

# The policy's levels, from none to every line, as logging's thresholds.
_THRESHOLDS = (logging.CRITICAL + 10, logging.ERROR, logging.WARNING, logging.INFO, logging.DEBUG)
assert len(policy.LOG_LEVELS) == len(_THRESHOLDS), "spec/sdk-policy.yaml changed the log levels: map the new ones here"
_LEVELS: Dict[str, int] = dict(zip(policy.LOG_LEVELS, _THRESHOLDS))
_setup_lock = threading.Lock()


def _ensure_emitted(level: int) -> None:
    with _setup_lock:
        if logger.level == logging.NOTSET and logger.getEffectiveLevel() > level:
            logger.setLevel(level)
        if not logger.hasHandlers():
            handler = logging.StreamHandler(sys.stderr)
            handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
            logger.addHandler(handler)


class ClientLog:
    """One client's view of the logger: its threshold and its secret."""

    __slots__ = ("_secret", "level", "threshold")

    def __init__(self, level: str, secret: str) -> None:
        self.level = level
        self.threshold = _LEVELS[level]
        self._secret = secret
        if self.threshold <= logging.INFO:
            _ensure_emitted(self.threshold)

    def enabled(self, level: int) -> bool:
        return level >= self.threshold and logger.isEnabledFor(level)

    def _emit(self, level: int, message: str) -> None:
        if self.enabled(level):
            if self._secret and self._secret in message:
                message = message.replace(self._secret, "***")
            logger.log(level, message)

    def debug(self, message: str) -> None:
        self._emit(logging.DEBUG, message)

    def info(self, message: str) -> None:
        self._emit(logging.INFO, message)

    def warning(self, message: str) -> None:
        self._emit(logging.WARNING, message)

    def __repr__(self) -> str:
        return f"<ClientLog {self.level}>"

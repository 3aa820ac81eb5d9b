"""When a failed attempt may be sent again, and how long to wait first.

It depends on whether the operation is idempotent (the spec says so). An
idempotent request may be sent again after any transient failure. A
non-idempotent one (placing a call, creating an assistant) only when the
server provably did not act on it: the connection was refused, or it answered
a status of ``RETRY_STATUSES_NON_IDEMPOTENT``. A 500, a timeout or a dropped
connection may come after the call was placed. Pure: no clock, no sleep.
"""

from __future__ import annotations

import math
import random
import time
from email.utils import parsedate_to_datetime
from typing import Callable, Mapping, Optional

from ._generated import policy

__all__ = ["RetryPolicy"]


class RetryPolicy:
    __slots__ = ("initial_delay", "max_delay", "max_retry_after")

    def __init__(self, initial_delay: float, max_delay: float, max_retry_after: float = policy.MAX_RETRY_AFTER) -> None:
        self.initial_delay = initial_delay
        self.max_delay = max_delay
        self.max_retry_after = max_retry_after

    @staticmethod
    def retryable_status(status: int, idempotent: bool) -> bool:
        if not idempotent:
            return status in policy.RETRY_STATUSES_NON_IDEMPOTENT
        return status in policy.RETRY_STATUSES_IDEMPOTENT or status >= policy.RETRY_FROM_IDEMPOTENT

    @staticmethod
    def retryable_failure(refused: bool, idempotent: bool) -> bool:
        """After an attempt that got no complete response: always when idempotent;
        otherwise only when the connection was refused, since then not a byte of
        the request reached the server."""
        return idempotent or refused

    def delay(
        self,
        retry_number: int,
        headers: Mapping[str, str],
        *,
        now: Optional[float] = None,
        rand: Callable[[], float] = random.random,
    ) -> Optional[float]:
        """Seconds to wait before retry number ``retry_number`` (from 1), or None
        when the server asks for a longer wait than ``max_retry_after``: the caller
        then gets the error at once rather than a call blocked for minutes."""
        requested = requested_delay(headers, time.time() if now is None else now)
        if requested is None:
            return self.backoff(retry_number, rand())
        return requested if requested <= self.max_retry_after else None

    def backoff(self, retry_number: int, jitter: float) -> float:
        """Exponential backoff with jitter below the nominal value (up to
        ``policy.JITTER`` of it, ``jitter`` from 0 to 1), so that many clients do
        not retry in step."""
        nominal = min(self.initial_delay * (2 ** (retry_number - 1)), self.max_delay)
        return nominal * (1 - policy.JITTER * jitter)

    def __repr__(self) -> str:
        return f"RetryPolicy(initial_delay={self.initial_delay}, max_delay={self.max_delay}, max_retry_after={self.max_retry_after})"


def requested_delay(headers: Mapping[str, str], now: float) -> Optional[float]:
    """The wait a server asks for: in milliseconds (``policy.HEADER_RETRY_AFTER_MS``),
    else ``Retry-After`` in seconds or as an HTTP date; None when neither is there
    or readable."""
    ms = headers.get(policy.HEADER_RETRY_AFTER_MS)
    if ms is not None:
        try:
            value = float(ms.strip())
        except ValueError:
            value = -1.0
        if math.isfinite(value) and value >= 0:
            return value / 1000
    text = (headers.get(policy.HEADER_RETRY_AFTER) or "").strip()
    if not text:
        return None
    try:
        seconds = float(text)
    except ValueError:
        pass
    else:
        return seconds if math.isfinite(seconds) and seconds >= 0 else None
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    return max(when.timestamp() - now, 0.0)

"""Checks of option values, and what may be shown of them.

An error names the option and what it takes, and shows the value given only
when it cannot be a secret (never an API key, a base URL or a header value).
"""

from __future__ import annotations

import functools
import logging
import math
import re
from typing import Any, Mapping, Optional, TypeVar, cast
from urllib.parse import SplitResult, urlsplit

from ._exceptions import ConfigurationError, InvalidRequestError
from ._generated import policy

__all__ = [
    "LOG_LEVELS",
    "Secret",
    "check_api_key",
    "check_base_url",
    "check_delay",
    "check_headers",
    "check_log_level",
    "check_max_bytes",
    "check_retries",
    "check_timeout",
    "is_local_host",
    "mask_headers",
    "redact",
]

LOG_LEVELS = policy.LOG_LEVELS
# Headers the SDK frames each request with: neither a client nor a call sets them.
SDK_HEADERS = frozenset({"host", "content-length", "transfer-encoding", "connection", "te", "upgrade", "trailer", policy.HEADER_ATTEMPT})
_V = TypeVar("_V", str, Optional[str])

# Python's own name of a level where it differs from the policy's ("warning"
# for "warn"), also taken: the levels by order, from none to every line.
_LOGGING_NAMES = {
    logging.getLevelName(threshold).lower(): name
    for name, threshold in zip(policy.LOG_LEVELS[1:], (logging.ERROR, logging.WARNING, logging.INFO, logging.DEBUG))
    if logging.getLevelName(threshold).lower() != name
}
_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+\Z")
_SENDABLE = re.compile(r"[\t\x20-\x7e]*\Z")
_LOCAL_HOST = re.compile(r"(localhost|127(\.\d{1,3}){3}|::1|.+\.localhost)\Z", re.IGNORECASE)


class Secret:
    """A value that never prints: ``repr`` and ``str`` show ``***``."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "'***'"

    __str__ = __repr__

    def __reduce__(self) -> Any:
        raise TypeError("an API key is not pickled")


def _invalid(name: str, expected: str, got: object = None, *, show: bool = True, env: str | None = None) -> ConfigurationError:
    where = f"`{name}`" + (f" (or {env})" if env else "")
    shown = f", got {got!r}" if show and got is not None else ""
    return ConfigurationError(f"Invalid {where} option: {expected}{shown}.")


def _number(value: object) -> Optional[float]:
    """The value as a finite float, when it is a real number (not a bool)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        return float(value)
    return None


def check_timeout(name: str, value: object) -> float:
    """Seconds, more than zero."""
    number = _number(value)
    if number is None or number <= 0:
        raise _invalid(name, "expected a number of seconds > 0", value if number is not None else type(value).__name__)
    return number


def check_delay(name: str, value: object) -> float:
    """Seconds, zero or more."""
    number = _number(value)
    if number is None or number < 0:
        raise _invalid(name, "expected a number of seconds >= 0", value if number is not None else type(value).__name__)
    return number


def check_retries(name: str, value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise _invalid(name, "expected a whole number >= 0", value if isinstance(value, int) else type(value).__name__)
    return value


def check_max_bytes(name: str, value: object) -> Optional[int]:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise _invalid(
            name,
            "expected a whole number of bytes > 0, or None for the defaults",
            value if isinstance(value, int) else type(value).__name__,
        )
    return value


def check_log_level(value: object, *, env: str) -> str:
    level = value.lower() if isinstance(value, str) else value
    level = _LOGGING_NAMES.get(level, level) if isinstance(level, str) else level
    if not isinstance(level, str) or level not in LOG_LEVELS:
        # A short word is shown ("loud"); anything else might be a secret pasted in the wrong place.
        shown = isinstance(value, str) and re.fullmatch(r"[A-Za-z]{1,16}", value) is not None
        raise _invalid("log_level", f"expected one of {', '.join(LOG_LEVELS)}", value, show=shown, env=env)
    return level


def sendable(text: str) -> bool:
    """Whether an HTTP header can carry the text as written: printable ASCII."""
    return _SENDABLE.match(text) is not None


def check_api_key(value: object, *, env: str) -> str:
    """The API key, if a header can carry it. Its value is never shown."""
    if value is not None and not isinstance(value, str):
        raise _invalid("api_key", "expected a str", type(value).__name__, env=env)
    key = (value or "").strip()
    if not key:
        raise ConfigurationError(f"Missing API key: pass `api_key` to the client or set {env}.")
    if not sendable(key):
        raise _invalid("api_key", "a header cannot carry its line break or non-ASCII character (a curly quote?)", show=False, env=env)
    return key


def check_base_url(value: object, *, env: str) -> SplitResult:
    """An absolute http(s) URL without credentials, query or fragment; no trailing slash.
    The value is never shown: it may hold credentials."""
    if not isinstance(value, str):
        raise _invalid("base_url", f"expected a str such as {policy.BASE_URL}", type(value).__name__, env=env)
    try:
        url = urlsplit(value.strip())
        port = url.port
    except ValueError:
        raise _invalid("base_url", f"expected an absolute http(s) URL such as {policy.BASE_URL}", show=False, env=env) from None
    if url.username is not None or url.password is not None or "@" in url.netloc:
        raise _invalid(
            "base_url",
            "it holds credentials (user:password@); pass the API key as `api_key` and give the URL without them",
            show=False,
            env=env,
        )
    if url.scheme not in ("http", "https") or not url.hostname or url.query or url.fragment or "?" in value or "#" in value:
        raise _invalid(
            "base_url", f"expected an absolute http(s) URL without query or fragment, such as {policy.BASE_URL}", show=False, env=env
        )
    if not sendable(value) or any(c in value.strip() for c in " \t"):
        raise _invalid("base_url", "expected printable ASCII without spaces (percent-encode the path)", show=False, env=env)
    del port
    return url._replace(path=url.path.rstrip("/"))


def check_header_name(name: str) -> bool:
    return _TOKEN.match(name) is not None


def check_headers(name: str, value: object, *, error: type[Exception] = ConfigurationError) -> dict[str, Optional[str]]:
    """Header names in lower case; a value of None removes a header the SDK
    would send. A header HTTP cannot carry is refused, naming it but never
    showing its value."""
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise error(f"Invalid `{name}`: expected a mapping of header names to str values, got {type(value).__name__}.")
    out: dict[str, Optional[str]] = {}
    items: Mapping[Any, Any] = value  # pyright: ignore[reportUnknownVariableType]
    for header, content in items.items():
        if not isinstance(header, str) or not check_header_name(header):
            raise error(
                f"Invalid `{name}`: {header!r} is not a valid header name."
                if isinstance(header, str)
                else f"Invalid `{name}`: header names must be str."
            )
        if content is not None and (not isinstance(content, str) or not sendable(content)):
            raise error(f"Invalid `{name}[{header!r}]`: expected a str of printable ASCII (or None to remove the header).")
        if header.lower() in SDK_HEADERS:
            raise error(f"Invalid `{name}[{header!r}]`: the SDK sets this header itself.")
        out[header.lower()] = content
    return out


@functools.lru_cache(maxsize=256)
def is_secret_header(name: str) -> bool:
    return policy.SECRET_HEADER.search(name) is not None


def mask_headers(headers: Mapping[str, _V]) -> dict[str, _V]:
    """Headers as they may be shown: credentials read ``***``."""
    return {name: (cast(_V, "***") if is_secret_header(name) and value is not None else value) for name, value in headers.items()}


def redact(value: Any, secret: str) -> Any:
    """``value`` (parsed JSON, text or bytes) with every occurrence of the secret
    replaced by ``***``, keys of objects included."""
    if not secret:
        return value
    if isinstance(value, str):
        return value.replace(secret, "***") if secret in value else value
    if isinstance(value, (bytes, bytearray)):
        needle = secret.encode("utf-8")
        return bytes(value).replace(needle, b"***")
    if isinstance(value, dict):
        items: dict[Any, Any] = value  # pyright: ignore[reportUnknownVariableType]
        return {redact(k, secret): redact(v, secret) for k, v in items.items()}
    if isinstance(value, list):
        elements: list[Any] = value  # pyright: ignore[reportUnknownVariableType]
        return [redact(item, secret) for item in elements]
    return value


def is_local_host(host: str) -> bool:
    return _LOCAL_HOST.match(host) is not None


def refuse(message: str) -> InvalidRequestError:
    return InvalidRequestError(message)

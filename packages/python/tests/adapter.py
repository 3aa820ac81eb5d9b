"""The conformance adapter: drives the revox package for the shared table of
cases (packages/contract/conformance/cases.mjs), a long-lived process that
reads one JSON object per line on stdin and prints exactly one JSON line per
input on stdout. The protocol is the Ruby adapter's
(packages/contract/adapters/ruby.rb). Input::

    {"baseUrl": "...", "apiKey": "sk_...",
     "client": {"maxRetries": 2, "timeoutMs": 1000, "retryDelay": {"initialMs": 1, "maxMs": 5},
                "maxRetryAfterMs": 60000, "maxResponseBytes": null, "logLevel": "debug"},
     "call": "assistants.update", "path": ["a1"], "params": {"name": "x"},
     "requestOptions": {"extraBody": {...}, "extraHeaders": {...}, "timeoutMs": ..., "maxRetries": ..., "maxResponseBytes": ...},
     "async": false}

``call`` is the method by the plan's name (``assistants.faqItems.update`` is
``client.assistants.faq_items.update``); ``params`` keys are the Python
keywords, a file part's value its text (sent as those bytes); ``client`` keys may be absent (the defaults); durations are
milliseconds. Calls with the same base URL, key and client options share one
client (one blocking and one asyncio client, the asyncio ones on one event
loop for the whole run), so that they share its kept-alive connections.
Output, with every line the package logged during the call::

    {"answer": {"json": ...} | {"binary": {"bytes": n, "contentType": "...", "sha256": "..."}} | {"empty": true},
     "logs": [...]}
    {"error": {"className": "APITimeoutError", "status": 503 | null, "message": "...", "printed": "..."}, "logs": [...]}

``printed`` is everything a program might print about the error: str, repr,
the full traceback with its causes, and repr of its body.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import os
import re
import sys
import traceback
from typing import Any, Dict, List, Set, Tuple

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "src"))

from revox import AsyncRevox, BaseModel, BinaryResponse, Revox
from revox._generated.operations import OPERATIONS


class _Lines(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: List[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


def _seconds(ms: Any) -> Any:
    return ms / 1000 if isinstance(ms, (int, float)) and not isinstance(ms, bool) else ms


def _options(line: Dict[str, Any]) -> Dict[str, Any]:
    """The client's options: a setting left out takes the package's default."""
    spec: Dict[str, Any] = line.get("client") or {}
    delay: Dict[str, Any] = spec.get("retryDelay") or {}
    options: Dict[str, Any] = {
        "api_key": line.get("apiKey"),
        "base_url": line.get("baseUrl"),
        "max_retries": spec.get("maxRetries"),
        "timeout": _seconds(spec.get("timeoutMs")),
        "initial_retry_delay": _seconds(delay.get("initialMs")),
        "max_retry_delay": _seconds(delay.get("maxMs")),
        "max_retry_after": _seconds(spec.get("maxRetryAfterMs")),
        "max_response_bytes": spec.get("maxResponseBytes"),
        "log_level": spec.get("logLevel"),
    }
    return {name: value for name, value in options.items() if value is not None}


def _request_options(line: Dict[str, Any]) -> Tuple[Dict[str, Any], Dict[str, Any]]:
    """The call's own options (keywords of the method), and those the package
    sets per client (applied with ``with_options`` for this call)."""
    given: Dict[str, Any] = line.get("requestOptions") or {}
    keywords = {
        "extra_body": given.get("extraBody"),
        "extra_headers": given.get("extraHeaders"),
        "timeout": _seconds(given.get("timeoutMs")),
    }
    overrides = {"max_retries": given.get("maxRetries"), "max_response_bytes": given.get("maxResponseBytes")}
    return (
        {name: value for name, value in keywords.items() if value is not None},
        {name: value for name, value in overrides.items() if value is not None},
    )


def _python_path(name: str) -> List[str]:
    """``assistants.faqItems.update`` → ``["assistants", "faq_items", "update"]``."""
    return [re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", part).lower() for part in name.split(".")]


def _method(client: Any, name: str) -> Any:
    target = client
    for part in _python_path(name):
        target = getattr(target, part)
    return target


def _files_as_bytes(name: str, params: Dict[str, Any]) -> Dict[str, Any]:
    """JSON has no bytes: a file part's text becomes the bytes the package takes."""
    sdk = ".".join(_python_path(name))
    operation = next((o for o in OPERATIONS.values() if o.sdk == sdk), None)
    files: Set[str] = {p.name for p in operation.body.fields if p.file} if operation and operation.body else set()
    return {key: value.encode() if key in files and isinstance(value, str) else value for key, value in params.items()}


def _answer(result: Any) -> Dict[str, Any]:
    if result is None:
        return {"empty": True}
    if isinstance(result, BinaryResponse):
        return {
            "binary": {
                "bytes": len(result.content),
                "contentType": result.content_type,
                "sha256": hashlib.sha256(result.content).hexdigest(),
            }
        }
    if isinstance(result, BaseModel):
        return {"json": result.to_dict()}
    return {"json": result}


def _error(error: BaseException) -> Dict[str, Any]:
    body = getattr(error, "body", None)
    status = getattr(error, "status_code", None)
    printed = "\n".join([str(error), repr(error), "".join(traceback.format_exception(type(error), error, error.__traceback__)), repr(body)])
    return {
        "className": type(error).__name__,
        "status": status if isinstance(status, int) else None,
        "message": str(error),
        "printed": printed,
    }


class Adapter:
    """The clients made so far, by their settings, and the event loop of the asyncio ones."""

    def __init__(self) -> None:
        self.clients: Dict[str, Revox] = {}
        self.async_clients: Dict[str, AsyncRevox] = {}
        self.loop = asyncio.new_event_loop()

    @staticmethod
    def _key(line: Dict[str, Any]) -> str:
        return json.dumps([line.get("baseUrl"), line.get("apiKey"), line.get("client")], sort_keys=True)

    def _sync_client(self, line: Dict[str, Any]) -> Revox:
        key = self._key(line)
        if key not in self.clients:
            self.clients[key] = Revox(**_options(line))
        return self.clients[key]

    def _async_client(self, line: Dict[str, Any]) -> AsyncRevox:
        key = self._key(line)
        if key not in self.async_clients:
            self.async_clients[key] = AsyncRevox(**_options(line))
        return self.async_clients[key]

    def call(self, line: Dict[str, Any]) -> Any:
        keywords, overrides = _request_options(line)
        params = _files_as_bytes(line["call"], line.get("params") or {})
        arguments = {**params, **keywords}
        path: List[Any] = line.get("path") or []
        if line.get("async"):
            client: Any = self._async_client(line)
            if overrides:
                client = client.with_options(**overrides)
            return self.loop.run_until_complete(_method(client, line["call"])(*path, **arguments))
        client = self._sync_client(line)
        if overrides:
            client = client.with_options(**overrides)
        return _method(client, line["call"])(*path, **arguments)

    def handle(self, line: Dict[str, Any]) -> Dict[str, Any]:
        logger = logging.getLogger("revox")
        capture = _Lines()
        logger.addHandler(capture)
        try:
            try:
                output: Dict[str, Any] = {"answer": _answer(self.call(line))}
            except Exception as error:  # noqa: BLE001 - every failure is reported to the driver
                output = {"error": _error(error)}
        finally:
            logger.removeHandler(capture)
        output["logs"] = capture.lines
        return output

    def close(self) -> None:
        for client in self.clients.values():
            client.close()
        for async_client in self.async_clients.values():
            self.loop.run_until_complete(async_client.close())
        self.loop.close()


def main() -> None:
    logger = logging.getLogger("revox")
    logger.setLevel(logging.DEBUG)  # each client filters by its own logLevel
    logger.propagate = False
    adapter = Adapter()
    try:
        for raw in sys.stdin:
            if not raw.strip():
                continue
            try:
                output = adapter.handle(json.loads(raw))
            except Exception as error:  # noqa: BLE001 - a line the adapter cannot read
                failure: Dict[str, Any] = {
                    "className": "AdapterError",
                    "status": None,
                    "message": f"{type(error).__name__}: {error}",
                    "printed": "",
                }
                output = {"error": failure, "logs": list[str]()}
            sys.stdout.write(json.dumps(output) + "\n")
            sys.stdout.flush()
    finally:
        adapter.close()


if __name__ == "__main__":
    main()

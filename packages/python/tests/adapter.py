"""The conformance adapter: drives the revox package for a shared table of
cases, one JSON object per line on stdin, one JSON line per request on stdout.

Input::

    {"baseUrl": "...", "apiKey": "sk_...",
     "client": {"maxRetries": 2, "timeoutMs": 1000, "retryDelay": {"initialMs": 1, "maxMs": 5},
                "maxResponseBytes": null, "logLevel": "debug"},
     "call": "assistants.update", "path": ["a1"], "params": {"name": "x"}, "async": false}

``params`` keys are the Python keywords; ``client`` keys may be absent (the
defaults); durations are milliseconds. Output::

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
import sys
import traceback
from typing import Any, Dict, List

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "src"))

from revox import AsyncRevox, BaseModel, BinaryResponse, Revox


class _Lines(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: List[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


def _options(spec: Dict[str, Any], line: Dict[str, Any]) -> Dict[str, Any]:
    options: Dict[str, Any] = {"api_key": line.get("apiKey"), "base_url": line.get("baseUrl")}
    if "maxRetries" in spec:
        options["max_retries"] = spec["maxRetries"]
    if "timeoutMs" in spec:
        options["timeout"] = spec["timeoutMs"] / 1000
    delay: Dict[str, Any] = spec.get("retryDelay") or {}
    if "initialMs" in delay:
        options["initial_retry_delay"] = delay["initialMs"] / 1000
    if "maxMs" in delay:
        options["max_retry_delay"] = delay["maxMs"] / 1000
    if spec.get("maxResponseBytes") is not None:
        options["max_response_bytes"] = spec["maxResponseBytes"]
    if "logLevel" in spec:
        options["log_level"] = spec["logLevel"]
    return options


def _method(client: Any, name: str) -> Any:
    target = client
    for part in name.split("."):
        target = getattr(target, part)
    return target


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


def _call_sync(line: Dict[str, Any]) -> Any:
    with Revox(**_options(line.get("client") or {}, line)) as client:
        return _method(client, line["call"])(*line.get("path", []), **line.get("params", {}))


async def _call_async(line: Dict[str, Any]) -> Any:
    async with AsyncRevox(**_options(line.get("client") or {}, line)) as client:
        return await _method(client, line["call"])(*line.get("path", []), **line.get("params", {}))


def handle(line: Dict[str, Any]) -> Dict[str, Any]:
    logger = logging.getLogger("revox")
    capture = _Lines()
    logger.addHandler(capture)
    try:
        try:
            result = asyncio.run(_call_async(line)) if line.get("async") else _call_sync(line)
            output: Dict[str, Any] = {"answer": _answer(result)}
        except Exception as error:  # noqa: BLE001 - every failure is reported to the driver
            output = {"error": _error(error)}
    finally:
        logger.removeHandler(capture)
    output["logs"] = capture.lines
    return output


def main() -> None:
    logger = logging.getLogger("revox")
    logger.setLevel(logging.DEBUG)  # each client filters by its own logLevel
    logger.propagate = False
    for raw in sys.stdin:
        if not raw.strip():
            continue
        try:
            output = handle(json.loads(raw))
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


if __name__ == "__main__":
    main()

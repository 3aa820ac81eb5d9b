"""The Python package against a hand-written keep-alive http.client loop
sending the same update to the same local server, side by side in this one
process: rounds interleave the two so drift on a shared machine hits both
alike, and each figure is the median over rounds (as src/harness.mjs does
for Node and src/ruby-loopback.rb for Ruby).

Usage: python3 python-loopback.py BASE_URL ROUNDS ITERATIONS; prints ops/s as JSON.
The package is imported from packages/python/src unless ``revox`` is importable.
"""

from __future__ import annotations

import http.client
import json
import os
import statistics
import sys
import time
from typing import Any, Callable, Dict, List
from urllib.parse import urlsplit

try:
    from revox import Revox
except ImportError:
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "python", "src"))
    from revox import Revox


def main() -> None:
    base_url, rounds, iterations = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    key = "sk_bench"
    body: Dict[str, Any] = {"name": "Front desk", "voicemail_message": None}

    client = Revox(api_key=key, base_url=base_url, log_level="off")
    url = urlsplit(base_url)
    connection = http.client.HTTPConnection(url.hostname or "127.0.0.1", url.port)
    headers = {"authorization": f"Bearer {key}", "content-type": "application/json", "accept": "application/json"}
    path = f"{url.path}/assistants/asst_1"

    def loop() -> Any:
        connection.request("PATCH", path, body=json.dumps(body), headers=headers)
        return json.loads(connection.getresponse().read())

    candidates: Dict[str, Callable[[], Any]] = {
        "Python client": lambda: client.assistants.update("asst_1", **body),
        "http.client loop": loop,
    }
    for run in candidates.values():  # warm-up
        for _ in range(min(iterations, 200)):
            run()
    samples: Dict[str, List[float]] = {name: [] for name in candidates}
    for _ in range(rounds):
        for name, run in candidates.items():
            started = time.perf_counter()
            for _ in range(iterations):
                run()
            samples[name].append(iterations / (time.perf_counter() - started))
    client.close()
    connection.close()
    sys.stdout.write(json.dumps({name: statistics.median(values) for name, values in samples.items()}) + "\n")


if __name__ == "__main__":
    main()

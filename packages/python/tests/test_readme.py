"""The README's Python examples: every block compiles, and each complete
program (one that makes its own client) runs against a local server
answering the spec's examples, configured as a user would, through the
environment."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import unittest

from .support.helpers import PACKAGE, spec_operations
from .support.server import TestServer
from .test_operations import examples_handler


def blocks() -> list[str]:
    with open(os.path.join(PACKAGE, "README.md"), encoding="utf-8") as file:
        return re.findall(r"```python\n(.*?)```", file.read(), re.DOTALL)


class ReadmeTest(unittest.TestCase):
    def test_every_block_compiles(self) -> None:
        found = blocks()
        self.assertGreaterEqual(len(found), 8)
        for index, code in enumerate(found):
            with self.subTest(index):
                compile(code, f"README.md block {index}", "exec")

    def test_the_programs_run_against_a_local_server(self) -> None:
        spec_operations()
        programs = [code for code in blocks() if re.search(r"\b(Async)?Revox\(", code)]
        self.assertGreaterEqual(len(programs), 6)
        with TestServer(examples_handler) as server, tempfile.TemporaryDirectory(prefix="revox-python-readme-") as folder:
            env = {
                **os.environ,
                "REVOX_BASE_URL": server.url,
                "REVOX_API_KEY": "sk_test_readme",
                "REVOX_LOG": "warn",
                "PYTHONPATH": os.path.join(PACKAGE, "src"),
                "PYTHONDONTWRITEBYTECODE": "1",
            }
            for index, code in enumerate(programs):
                with self.subTest(code.splitlines()[0] if code else index):
                    # Each example is run as written, except that a literal key is the test's.
                    program = code.replace('api_key="My API Key"', "api_key=None")
                    result = subprocess.run(
                        [sys.executable, "-c", program], env=env, cwd=folder, capture_output=True, text=True, check=False, timeout=60
                    )
                    self.assertEqual(result.returncode, 0, result.stderr)
                    self.assertEqual(result.stderr, "")


if __name__ == "__main__":
    unittest.main()

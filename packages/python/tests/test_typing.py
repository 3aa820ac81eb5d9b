"""What a consumer's type checker sees: pyright (strict) accepts correct code
and catches a misspelt keyword, a wrong enum value and a missing required
keyword, at the line of each."""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
import unittest
from typing import Any, Dict, List

from .support.helpers import PACKAGE

TYPING = os.path.join(PACKAGE, "tests", "consumer")


def pyright_binary() -> str:
    folder = PACKAGE
    while True:
        candidate = os.path.join(folder, "node_modules", ".bin", "pyright")
        if os.path.exists(candidate):
            return candidate
        parent = os.path.dirname(folder)
        if parent == folder:
            raise AssertionError("pyright is not installed: run npm ci at the repository root")
        folder = parent


def pyright(*files: str) -> List[Dict[str, Any]]:
    with tempfile.TemporaryDirectory(prefix="revox-python-pyright-") as folder:
        config = os.path.join(folder, "pyrightconfig.json")
        with open(config, "w") as file:
            # pyright takes paths relative to its configuration file.
            settings = {
                "include": [os.path.relpath(path, folder) for path in files],
                "extraPaths": [os.path.relpath(os.path.join(PACKAGE, "src"), folder)],
                "pythonVersion": "3.9",
                "typeCheckingMode": "strict",
            }
            json.dump(settings, file)
        result = subprocess.run([pyright_binary(), "--outputjson", "-p", config], capture_output=True, text=True, cwd=PACKAGE, check=False)
    report = json.loads(result.stdout)
    return [d for d in report["generalDiagnostics"] if d["severity"] == "error"]


class ConsumerTypingTest(unittest.TestCase):
    def test_mistakes_fail_and_correct_code_passes(self) -> None:
        failing = os.path.join(TYPING, "fail_consumer.py")
        passing = os.path.join(TYPING, "pass_consumer.py")
        errors = pyright(failing, passing)
        self.assertEqual([e for e in errors if e["file"] == passing], [])
        found = sorted((e["range"]["start"]["line"] + 1, e["rule"], e["message"]) for e in errors if e["file"] == failing)
        self.assertEqual(len(found), 3, found)
        (line9, rule9, message9), (line10, rule10, message10), (line11, rule11, message11) = found
        self.assertEqual((line9, rule9), (9, "reportCallIssue"))
        self.assertIn('No parameter named "nmae"', message9)
        self.assertEqual((line10, rule10), (10, "reportArgumentType"))
        self.assertIn("Literal['cartesian']", message10)
        self.assertEqual((line11, rule11), (11, "reportCallIssue"))
        self.assertIn('"phone_number"', message11)


if __name__ == "__main__":
    unittest.main()

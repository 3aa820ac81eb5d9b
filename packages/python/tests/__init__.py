"""The tests import the package from src/ (no install needed)."""

import os
import sys

_SRC = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "src")
if _SRC not in sys.path:
    sys.path.insert(0, _SRC)

# The SDK adds a stderr handler to the "revox" logger when a client logs at
# info or debug and no handler is configured; the tests capture lines instead.
import logging  # noqa: E402

logging.getLogger("revox").addHandler(logging.NullHandler())

"""A consumer's code with three mistakes pyright must catch (test_typing.py).
Excluded from the package's own typecheck."""

from __future__ import annotations

from revox import Revox

client = Revox()
client.assistants.update("asst_1", nmae="Front desk")  # line 9: a misspelt keyword
client.voices.retrieve("v1", provider="cartesian")  # line 10: not one of the providers
client.call.create(assistant_id="asst_1")  # line 11: phone_number is required

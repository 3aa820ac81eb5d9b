"""Small types shared by the whole package: the NOT_GIVEN sentinel and the
shapes of the per-request options."""

from __future__ import annotations

from typing import Any, Literal, Mapping, Optional, Union, final

__all__ = ["NOT_GIVEN", "Body", "Headers", "NotGiven", "Query"]


@final
class NotGiven:
    """The value of a keyword the caller did not pass, told apart from ``None``
    (which the API may read as "clear this field"). Falsy.

    >>> client.assistants.update("asst_1", voicemail_message=None)  # sends null
    >>> client.assistants.update("asst_1")                          # sends {}
    """

    _instance: Optional[NotGiven] = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()

# A header given as None is removed from the request (one the SDK would send).
Headers = Mapping[str, Union[str, None]]
Query = Mapping[str, object]
# Extra body fields, sent as given (under these exact names).
Body = Mapping[str, Any]

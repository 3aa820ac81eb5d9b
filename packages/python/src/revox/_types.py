"""Small types shared by the whole package: the NOT_GIVEN sentinel and the
shapes of the per-request options."""

from __future__ import annotations

from os import PathLike
from typing import IO, Any, Literal, Mapping, Optional, Tuple, Union, final

__all__ = ["NOT_GIVEN", "Body", "FileContent", "FileTypes", "Headers", "NotGiven", "Query"]


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

# A file part of a multipart body: its bytes, a path to read, or a file open
# in binary mode; alone (named after the path or file, else the field), or as
# (filename, content) or (filename, content, media type).
FileContent = Union[bytes, IO[bytes], PathLike[str]]
FileTypes = Union[FileContent, Tuple[str, FileContent], Tuple[str, FileContent, str]]

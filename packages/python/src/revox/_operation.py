"""The shape of one row of the operation table (``_generated/operations.py``).

The generator writes one :class:`Operation` per operation of the spec; the
runtime reads nothing else about an operation. Field names are part of the
contract between the generator and the runtime: keep them.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Body", "Operation", "Pagination", "Param"]


@dataclass(frozen=True)
class Param:
    """A query or header parameter, or a field of a request body."""

    wire: str
    """The name on the wire, as the spec spells it: ``voiceId``, ``page_size``."""
    name: str
    """The Python keyword: the wire name in snake_case (``voice_id``)."""
    required: bool
    array: bool = False
    """Query only: a list, sent form-exploded (``?statuses=a&statuses=b``)."""
    file: bool = False
    """Multipart bodies only: a file part."""


@dataclass(frozen=True)
class Body:
    """The request body of an operation."""

    encoding: str
    """``"json"`` or ``"multipart"``."""
    required: bool
    """Whether the spec requires a body. A JSON body is always sent (``{}`` when no
    field is given); a required field that is missing is refused before sending."""
    fields: tuple[Param, ...]


@dataclass(frozen=True)
class Pagination:
    """How a list operation pages: wire names of its page and page-size query
    parameters and of the items array in its answer."""

    page: str
    size: str
    items: str


@dataclass(frozen=True)
class Operation:
    """What the client knows of one operation of the spec."""

    id: str
    """The operationId: ``updateAssistant``."""
    sdk: str
    """The method, as resources then name: ``assistants.update``."""
    http_method: str
    path: str
    """The path template: ``/assistants/{id}``."""
    path_params: tuple[str, ...]
    """The path parameters, in template order."""
    query: tuple[Param, ...]
    headers: tuple[Param, ...]
    body: Body | None
    idempotent: bool
    """Whether sending it twice does no harm: decides its retries."""
    answer: str
    """``"json"``, ``"binary"`` or ``"empty"`` (a 204 without a body)."""
    media_type: str
    """The media type of the success answer: ``application/json``, ``audio/mpeg``."""
    accept: str
    """The ``Accept`` header sent."""
    pagination: Pagination | None
    deprecated: bool
    integer_path_params: tuple[str, ...] = ()
    """The path parameters the spec types ``integer``: an ``int`` is sent as its
    digits (any other path value must be a ``str``). Written only when there is one."""

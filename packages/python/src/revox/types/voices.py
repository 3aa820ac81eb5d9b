# GENERATED FILE. DO NOT EDIT.
# Made from spec/openapi.yaml (and spec/sdk-policy.yaml) by packages/codegen, through packages/codegen/src/targets/python.mjs.
# Change the spec, then run `npm run generate` and commit the result; `npm test` fails while this file is stale.
"""The types of ``client.voices``: its answers' models, its methods' keywords
(``...Params``, Python names) and the request objects only it takes (``...Param``, keys
as on the wire).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, List, Literal, Optional, TypedDict

from .._models import BaseModel
from .._response import BinaryResponse
from .shared import VoiceProvider

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "VoiceDetails",
    "VoiceListResponse",
    "VoicePreviewParams",
    "VoicePreviewResponse",
    "VoiceRetrieveParams",
    "VoiceRetrieveResponse",
    "VoiceSummary",
]


class VoiceListResponse(BaseModel):
    """The voices available to assistants."""

    voices: List[VoiceSummary]


class VoiceSummary(BaseModel):
    """A voice an assistant can use. Revox's description of the list also mentions Inworld
    voices, but ``provider`` has only two documented values.
    """

    id: str
    name: str
    description: str
    language: Literal["en", "fr", "es", "de", "it", "pt", "ru", "zh"]
    provider: VoiceProvider


class VoiceRetrieveResponse(BaseModel):
    """A voice, wrapped under the ``voice`` key."""

    voice: VoiceDetails


class VoiceDetails(BaseModel):
    """One voice, as returned by ``GET /voices/{id}``."""

    id: str
    name: str
    description: Optional[str] = None


class VoiceRetrieveParams(TypedDict, total=False):
    """The keywords of ``client.voices.retrieve``."""

    provider: Required[VoiceProvider]


class VoicePreviewParams(TypedDict, total=False):
    """The keywords of ``client.voices.preview``."""

    provider: Required[VoiceProvider]
    voice_id: Required[str]
    text: str
    speed: float
    volume: float


VoicePreviewResponse = BinaryResponse
"""What ``client.voices.preview`` returns: the bytes and their media type."""

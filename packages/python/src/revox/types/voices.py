# PROTOTYPE: replaced by the generator (packages/codegen python target)
"""The types of ``client.voices``."""

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


class VoiceSummary(BaseModel):
    """A voice an assistant can speak with."""

    id: str
    name: str
    description: str
    language: Literal["en", "fr", "es", "de", "it", "pt", "ru", "zh"]
    provider: VoiceProvider


class VoiceListResponse(BaseModel):
    voices: List[VoiceSummary]


class VoiceDetails(BaseModel):
    id: str
    name: str
    description: Optional[str] = None


class VoiceRetrieveResponse(BaseModel):
    voice: VoiceDetails


VoicePreviewResponse = BinaryResponse
"""What ``client.voices.preview`` returns: the audio's bytes and media type."""


class VoiceRetrieveParams(TypedDict, total=False):
    """The keywords of ``client.voices.retrieve``."""

    provider: Required[VoiceProvider]


class VoicePreviewParams(TypedDict, total=False):
    """The keywords of ``client.voices.preview`` (``voice_id`` is sent as ``voiceId``)."""

    provider: Required[VoiceProvider]
    voice_id: Required[str]
    text: str
    speed: float
    volume: float

# PROTOTYPE: replaced by the generator (packages/codegen python target)
"""Schemas several resources share, as response models and as request
TypedDicts (``...Param``, keys as on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, List, Literal, Optional, TypedDict, Union

from .._models import BaseModel

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "Calendly",
    "CalendlyParam",
    "CallRetryConfig",
    "CallRetryConfigParam",
    "CallingWindow",
    "CallingWindowParam",
    "CustomTool",
    "CustomToolMethod",
    "CustomToolParam",
    "DedicatedInstanceModel",
    "DedicatedInstanceModelParam",
    "EmailNotificationOutcome",
    "FaqItem",
    "FaqItemInputParam",
    "FirstSentenceMode",
    "HumanTransferMode",
    "KeyValue",
    "KeyValueParam",
    "LlmModel",
    "LlmModelParam",
    "OpenRouterModel",
    "OpenRouterModelParam",
    "StructuredOutputField",
    "StructuredOutputFieldParam",
    "Voice",
    "VoiceParam",
    "VoiceProvider",
    "Weekday",
]

VoiceProvider = Literal["cartesia", "elevenlabs"]
"""The text-to-speech provider of a voice."""

FirstSentenceMode = Literal["generated", "static", "none"]
"""How the call opens: a generated opening line, ``first_sentence`` word for word, or silence."""

Weekday = Literal["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

HumanTransferMode = Union[Literal["warm"], str]
"""How a call is handed to a human. Known values: ``warm``; any string is accepted."""

EmailNotificationOutcome = Union[Literal["not_interested"], str]
"""A call outcome that can send an e-mail. Known values: ``not_interested``; any string is accepted."""

CustomToolMethod = Union[Literal["GET"], str]
"""The HTTP method of a custom tool's request. Known values: ``GET``; any string is accepted."""

StructuredOutputType = Literal["string", "number", "boolean", "enum", "date", "datetime"]


# -- response models ---------------------------------------------------------------


class Voice(BaseModel):
    """The voice an assistant speaks with."""

    id: str
    provider: VoiceProvider
    speed: Optional[float] = None


class DedicatedInstanceModel(BaseModel):
    """A language model hosted by Revox on a dedicated instance."""

    type: Literal["dedicated-instance"]
    name: Literal["gpt-4.1", "ministral-3-8b-instruct"]


class OpenRouterModel(BaseModel):
    """Any language model reachable through OpenRouter."""

    type: Literal["openrouter"]
    openrouter_model_id: str
    openrouter_provider: str


LlmModel = Union[DedicatedInstanceModel, OpenRouterModel]
"""The language model that drives the conversation; ``type`` tells which."""


class CallingWindow(BaseModel):
    """A time range during which calls may be placed, and how long to wait between attempts."""

    calling_window_start_time: str
    calling_window_end_time: str
    retry_delay_seconds: float


class CallRetryConfig(BaseModel):
    """When the agent may call and how often it tries again when nobody answers."""

    calling_windows: List[CallingWindow]
    max_retry_attempts: int
    timezone: Optional[str] = None
    allowed_days: Optional[List[Weekday]] = None
    call_twice_in_a_row: Optional[bool] = None


class StructuredOutputField(BaseModel):
    """A piece of data to extract from each call."""

    name: str
    required: bool
    type: StructuredOutputType
    description: Optional[str] = None
    enum_options: Optional[List[str]] = None


class Calendly(BaseModel):
    """A link between the assistant and a Calendly account."""

    connection_id: str
    event_type_id: str


class KeyValue(BaseModel):
    """A name and its value, for a custom tool's headers or query parameters."""

    key: Optional[str] = None
    value: Optional[str] = None


class CustomTool(BaseModel):
    """An HTTP request the agent may make during a call."""

    name: Optional[str] = None
    description: Optional[str] = None
    method: Optional[CustomToolMethod] = None
    url: Optional[str] = None
    headers: Optional[List[KeyValue]] = None
    query_params: Optional[List[KeyValue]] = None
    body_template: Optional[str] = None
    input_schema: Optional[List[StructuredOutputField]] = None


class FaqItem(BaseModel):
    """A question the assistant can answer, and its answer."""

    question: str
    answer: str
    id: Optional[str] = None
    needs_human_answer: Optional[bool] = None
    source: Optional[Literal["human", "ai"]] = None


# -- request TypedDicts (keys as on the wire) -----------------------------------------


class VoiceParam(TypedDict, total=False):
    id: Required[str]
    provider: Required[VoiceProvider]
    speed: float


class DedicatedInstanceModelParam(TypedDict, total=False):
    type: Required[Literal["dedicated-instance"]]
    name: Required[Literal["gpt-4.1", "ministral-3-8b-instruct"]]


class OpenRouterModelParam(TypedDict, total=False):
    type: Required[Literal["openrouter"]]
    openrouter_model_id: Required[str]
    openrouter_provider: Required[str]


LlmModelParam = Union[DedicatedInstanceModelParam, OpenRouterModelParam]


class CallingWindowParam(TypedDict, total=False):
    calling_window_start_time: Required[str]
    calling_window_end_time: Required[str]
    retry_delay_seconds: Required[float]


class CallRetryConfigParam(TypedDict, total=False):
    calling_windows: Required[List[CallingWindowParam]]
    max_retry_attempts: Required[int]
    timezone: Optional[str]
    allowed_days: List[Weekday]
    call_twice_in_a_row: bool


class StructuredOutputFieldParam(TypedDict, total=False):
    name: Required[str]
    required: Required[bool]
    type: Required[StructuredOutputType]
    description: str
    enum_options: List[str]


class CalendlyParam(TypedDict, total=False):
    connection_id: Required[str]
    event_type_id: Required[str]


class KeyValueParam(TypedDict, total=False):
    key: str
    value: str


class CustomToolParam(TypedDict, total=False):
    name: str
    description: str
    method: CustomToolMethod
    url: str
    headers: List[KeyValueParam]
    query_params: List[KeyValueParam]
    body_template: str
    input_schema: List[StructuredOutputFieldParam]


class FaqItemInputParam(TypedDict, total=False):
    question: Required[str]
    answer: Required[str]

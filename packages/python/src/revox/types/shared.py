# GENERATED FILE. DO NOT EDIT.
# Made from spec/openapi.yaml (and spec/sdk-policy.yaml) by packages/codegen, through packages/codegen/src/targets/python.mjs.
# Change the spec, then run `npm run generate` and commit the result; `npm test` fails while this file is stale.
"""Schemas several resources share, as response models and as request TypedDicts
(``...Param``, keys as on the wire).
"""

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


Weekday = Literal["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
"""A day of the week, in lower case."""


FirstSentenceMode = Literal["generated", "static", "none"]
"""How the call opens:
- ``generated``: the language model writes the opening line, guided by
  ``first_sentence``;
- ``static``: the agent says ``first_sentence`` word for word;
- ``none``: the agent says nothing and waits for the other person to
  speak first.
"""


VoiceProvider = Literal["cartesia", "elevenlabs"]
"""A text-to-speech provider."""


CustomToolMethod = Union[Literal["GET"], str]
"""The HTTP method of a custom tool's request. Known values: ``GET``. The other methods the
API takes are not documented, so any string is accepted.
"""


EmailNotificationOutcome = Union[Literal["not_interested"], str]
"""A call outcome that can send an e-mail. Known values: ``not_interested``. The API has
others that are not documented, so any string is accepted.
"""


HumanTransferMode = Union[Literal["warm"], str]
"""How a call is handed to a human when the person asks for one. Known values: ``warm``
(the agent introduces the call before handing it over). The API has others that are not
documented, so any string is accepted.
"""


class Calendly(BaseModel):
    """A link between the assistant and a Calendly account, used to book meetings during
    calls.
    """

    connection_id: str
    event_type_id: str


class CallRetryConfig(BaseModel):
    """When the agent may call and how often it tries again when nobody answers. Sending
    this object replaces the whole retry policy.
    """

    calling_windows: List[CallingWindow]
    max_retry_attempts: int
    timezone: Optional[str] = None
    allowed_days: Optional[List[Weekday]] = None
    call_twice_in_a_row: Optional[bool] = None


class CallingWindow(BaseModel):
    """A time range during which calls may be placed, and how long to wait between
    attempts.
    """

    calling_window_start_time: str
    calling_window_end_time: str
    retry_delay_seconds: int


class DedicatedInstanceModel(BaseModel):
    """A model that Revox hosts on a dedicated instance."""

    type: Literal["dedicated-instance"]
    name: Literal["gpt-4.1", "ministral-3-8b-instruct"]


class OpenRouterModel(BaseModel):
    """A model reached through OpenRouter."""

    type: Literal["openrouter"]
    openrouter_model_id: str
    openrouter_provider: str


class StructuredOutputField(BaseModel):
    """One piece of data to extract from a call transcript."""

    name: str
    required: bool
    type: Literal["string", "number", "boolean", "enum", "date", "datetime"]
    description: Optional[str] = None
    enum_options: Optional[List[str]] = None


class Voice(BaseModel):
    """The text-to-speech voice the agent speaks with. List the available voices with
    ``GET /voices``.
    """

    id: str
    provider: VoiceProvider
    speed: Optional[float] = None


class CustomTool(BaseModel):
    """An HTTP request the agent may make during a call, described to the language model as
    a tool. Which keys the API requires is not documented, so none is required here.
    """

    name: Optional[str] = None
    description: Optional[str] = None
    method: Optional[CustomToolMethod] = None
    url: Optional[str] = None
    headers: Optional[List[KeyValue]] = None
    query_params: Optional[List[KeyValue]] = None
    body_template: Optional[str] = None
    input_schema: Optional[List[StructuredOutputField]] = None


class KeyValue(BaseModel):
    """A name and its value, for a custom tool's headers or query parameters."""

    key: Optional[str] = None
    value: Optional[str] = None


class FaqItem(BaseModel):
    """A question and its answer, as stored on an assistant."""

    id: Optional[str] = None
    question: str
    answer: str
    needs_human_answer: Optional[bool] = None
    source: Optional[Literal["human", "ai"]] = None


class CalendlyParam(TypedDict, total=False):
    """A link between the assistant and a Calendly account, used to book meetings during
    calls.
    """

    connection_id: Required[str]
    event_type_id: Required[str]


class CallRetryConfigParam(TypedDict, total=False):
    """When the agent may call and how often it tries again when nobody answers. Sending
    this object replaces the whole retry policy.
    """

    calling_windows: Required[List[CallingWindowParam]]
    max_retry_attempts: Required[int]
    timezone: Optional[str]
    allowed_days: List[Weekday]
    call_twice_in_a_row: bool


class CallingWindowParam(TypedDict, total=False):
    """A time range during which calls may be placed, and how long to wait between
    attempts.
    """

    calling_window_start_time: Required[str]
    calling_window_end_time: Required[str]
    retry_delay_seconds: Required[int]


class CustomToolParam(TypedDict, total=False):
    """An HTTP request the agent may make during a call, described to the language model as
    a tool. Which keys the API requires is not documented, so none is required here.
    """

    name: str
    description: str
    method: CustomToolMethod
    url: str
    headers: List[KeyValueParam]
    query_params: List[KeyValueParam]
    body_template: str
    input_schema: List[StructuredOutputFieldParam]


class KeyValueParam(TypedDict, total=False):
    """A name and its value, for a custom tool's headers or query parameters."""

    key: str
    value: str


class StructuredOutputFieldParam(TypedDict, total=False):
    """One piece of data to extract from a call transcript."""

    name: Required[str]
    required: Required[bool]
    type: Required[Literal["string", "number", "boolean", "enum", "date", "datetime"]]
    description: str
    enum_options: List[str]


class FaqItemInputParam(TypedDict, total=False):
    """A question and its answer, as sent when updating an assistant."""

    question: Required[str]
    answer: Required[str]


class DedicatedInstanceModelParam(TypedDict, total=False):
    """A model that Revox hosts on a dedicated instance."""

    type: Required[Literal["dedicated-instance"]]
    name: Required[Literal["gpt-4.1", "ministral-3-8b-instruct"]]


class OpenRouterModelParam(TypedDict, total=False):
    """A model reached through OpenRouter."""

    type: Required[Literal["openrouter"]]
    openrouter_model_id: Required[str]
    openrouter_provider: Required[str]


class VoiceParam(TypedDict, total=False):
    """The text-to-speech voice the agent speaks with. List the available voices with
    ``GET /voices``.
    """

    id: Required[str]
    provider: Required[VoiceProvider]
    speed: float


LlmModel = Union[DedicatedInstanceModel, OpenRouterModel]
"""The language model that drives the conversation: either a model hosted by Revox on a
dedicated instance, or any model reachable through OpenRouter. The ``type`` key tells
which.
"""


LlmModelParam = Union[DedicatedInstanceModelParam, OpenRouterModelParam]

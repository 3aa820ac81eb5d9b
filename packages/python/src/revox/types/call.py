# PROTOTYPE: replaced by the generator (packages/codegen python target)
"""The types of ``client.call``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Dict, List, Literal, Optional, TypedDict, Union

from .._models import BaseModel
from .._pagination import AsyncPage, SyncPage
from .assistants import Assistant
from .shared import (
    CalendlyParam,
    CallRetryConfig,
    CallRetryConfigParam,
    CustomToolParam,
    EmailNotificationOutcome,
    FaqItemInputParam,
    FirstSentenceMode,
    HumanTransferMode,
    LlmModel,
    LlmModelParam,
    StructuredOutputFieldParam,
    VoiceParam,
)

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "AsyncCallListPage",
    "CallAssistantParam",
    "CallAttempt",
    "CallConcurrencyParam",
    "CallCreateParams",
    "CallCreateResponse",
    "CallListParams",
    "CallListResponse",
    "CallOrder",
    "CallOrderResponse",
    "CallRetrieveResponse",
    "SyncCallListPage",
    "TranscriptEntry",
]


class TranscriptEntry(BaseModel):
    """One turn of a call's transcript."""

    content: str
    role: Literal["user", "assistant", "tool"]
    tool_arguments: Union[Dict[str, object], str, None] = None
    tool_is_error: Optional[bool] = None
    tool_name: Optional[str] = None


class CallAttempt(BaseModel):
    """One attempt to reach the recipient of a call order."""

    id: str
    answered_at: Optional[str]
    ended_at: Optional[str]
    started_at: str
    phone_number: str
    recording_url: Optional[str]
    result: Optional[Literal["IVR", "voicemail", "human", "unknown", "ios-screening-filter"]]
    status: Literal["queued", "ringing", "ongoing", "completed", "error"]
    structured_output: Optional[Dict[str, object]] = None
    transcript: Optional[List[TranscriptEntry]] = None
    dial_error: Optional[
        Literal[
            "number_non_attributed",
            "too_many_calls",
            "busy",
            "temporarily_unavailable",
            "no_answer",
            "no_international_permission",
            "precondition_failed",
            "non_classified_error",
        ]
    ] = None
    end_reason: Optional[str] = None
    ended_by: Optional[Literal["agent", "user", "system"]] = None


class CallOrder(BaseModel):
    """A call order, with all its attempts so far, newest first."""

    id: str
    call_attempts: List[CallAttempt]
    call_retry_config: Optional[CallRetryConfig]
    calls_count: float
    created_at: str
    direction: Literal["inbound", "outbound"]
    first_sentence_delay_ms: float
    from_phone_number: str
    is_cancelled: bool
    is_completed: bool
    last_call_attempt: Optional[CallAttempt]
    llm_model: LlmModel
    metadata: Optional[Dict[str, str]]
    next_call_at: Optional[str]
    scheduled_at: Optional[str]
    to_phone_number: str
    assistant: Optional[Assistant] = None


class CallOrderResponse(BaseModel):
    call: CallOrder


class CallListResponse(BaseModel):
    """One page of call attempts, newest first."""

    calls: List[CallAttempt]


class SyncCallListPage(SyncPage[CallAttempt], CallListResponse):
    """A page of ``client.call.list``: ``.calls``, and iterating walks every attempt of every page."""


class AsyncCallListPage(AsyncPage[CallAttempt], CallListResponse):
    """A page of ``AsyncRevox().call.list``: ``.calls``, and ``async for`` walks every attempt of every page."""


CallCreateResponse = CallOrderResponse
"""What ``client.call.create`` returns."""
CallRetrieveResponse = CallOrderResponse
"""What ``client.call.retrieve`` returns."""


class CallAssistantParam(TypedDict, total=False):
    """An assistant described inline in a call order: ``prompt`` is required."""

    after_call_sms_prompt: Optional[str]
    background_sound: Optional[Literal["audio/office.ogg"]]
    background_sound_volume: float
    calendly: Optional[CalendlyParam]
    call_retry_config: CallRetryConfigParam
    custom_tools: List[CustomToolParam]
    email_notification_address: Optional[str]
    email_notification_outcomes: List[EmailNotificationOutcome]
    end_of_call_sentence: str
    faq_items: List[FaqItemInputParam]
    first_sentence: str
    first_sentence_delay_ms: int
    first_sentence_mode: FirstSentenceMode
    from_phone_number: Optional[str]
    human_transfer_mode: HumanTransferMode
    ivr_navigation_enabled: bool
    llm_model: LlmModelParam
    max_call_duration_secs: float
    name: str
    prompt: Required[str]
    structured_output_config: List[StructuredOutputFieldParam]
    transfer_phone_number: Optional[str]
    voice: VoiceParam
    voicemail_message: Optional[str]
    webhook_url: str


class CallConcurrencyParam(TypedDict, total=False):
    key: Required[str]
    max: Required[float]


class CallCreateParams(TypedDict, total=False):
    """The keywords of ``client.call.create``."""

    phone_number: Required[str]
    assistant_id: str
    assistant: CallAssistantParam
    concurrency: CallConcurrencyParam
    force_now: bool
    from_phone_number: str
    metadata: Dict[str, str]
    prompt_variables: Dict[str, str]
    scheduled_at: str


class CallListParams(TypedDict, total=False):
    """The keywords of ``client.call.list``."""

    page: Required[int]
    page_size: Required[int]

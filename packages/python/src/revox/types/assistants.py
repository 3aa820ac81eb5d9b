# GENERATED FILE. DO NOT EDIT.
# Made from spec/openapi.yaml (and spec/sdk-policy.yaml) by packages/codegen, through packages/codegen/src/targets/python.mjs.
# Change the spec, then run `npm run generate` and commit the result; `npm test` fails while this file is stale.
"""The types of ``client.assistants``: its answers' models, its methods' keywords
(``...Params``, Python names) and the request objects only it takes (``...Param``, keys
as on the wire).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, List, Literal, Optional, TypedDict

from .._models import BaseModel
from .shared import (
    Calendly,
    CalendlyParam,
    CallRetryConfig,
    CallRetryConfigParam,
    CustomTool,
    CustomToolParam,
    EmailNotificationOutcome,
    FaqItem,
    FaqItemInputParam,
    FirstSentenceMode,
    HumanTransferMode,
    LlmModel,
    LlmModelParam,
    StructuredOutputField,
    StructuredOutputFieldParam,
    Voice,
    VoiceParam,
)

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "Assistant",
    "AssistantCreateParams",
    "AssistantCreateResponse",
    "AssistantDeleteResponse",
    "AssistantListResponse",
    "AssistantResponse",
    "AssistantRetrieveResponse",
    "AssistantUpdateParams",
    "AssistantUpdateResponse",
]


class AssistantListResponse(BaseModel):
    """Every assistant of the organization."""

    assistants: List[Assistant]


class Assistant(BaseModel):
    """A saved voice-agent configuration. Fields that can be unset are always present and
    hold ``null`` when unset; the fields that newer API versions added may be absent in
    answers of older ones.

    The newest API answers with 39 fields. The 9 whose names are not known yet are not
    described here, and answers may hold them.
    """

    id: str
    background_sound: Optional[Literal["audio/office.ogg"]]
    calendly: Optional[Calendly]
    call_retry_config: Optional[CallRetryConfig]
    created_at: str
    end_of_call_sentence: Optional[str]
    first_sentence: Optional[str]
    first_sentence_delay_ms: int
    first_sentence_mode: FirstSentenceMode
    ivr_navigation_enabled: bool
    llm_model: LlmModel
    max_call_duration_secs: float
    name: str
    organization_id: str
    prompt: str
    structured_output_config: Optional[List[StructuredOutputField]]
    transfer_phone_number: Optional[str]
    updated_at: str
    voice: Optional[Voice]
    voicemail_message: Optional[str]
    webhook_url: Optional[str]
    after_call_sms_prompt: Optional[str] = None
    background_sound_volume: Optional[float] = None
    custom_tools: Optional[List[CustomTool]] = None
    email_notification_address: Optional[str] = None
    email_notification_outcomes: Optional[List[EmailNotificationOutcome]] = None
    from_phone_number: Optional[str] = None
    human_transfer_mode: Optional[HumanTransferMode] = None
    faq_items: Optional[List[FaqItem]] = None
    pending_faq_count: Optional[float] = None


class AssistantResponse(BaseModel):
    """An assistant, wrapped under the ``assistant`` key (the answer to create and update)."""

    assistant: Assistant


class AssistantDeleteResponse(BaseModel):
    """The outcome of a deletion."""

    success: bool


class AssistantCreateParams(TypedDict, total=False):
    """The keywords of ``client.assistants.create``."""

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
    name: Required[str]
    prompt: Required[str]
    structured_output_config: List[StructuredOutputFieldParam]
    transfer_phone_number: Optional[str]
    voice: VoiceParam
    voicemail_message: Optional[str]
    webhook_url: str


class AssistantUpdateParams(TypedDict, total=False):
    """The keywords of ``client.assistants.update``."""

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
    prompt: str
    structured_output_config: List[StructuredOutputFieldParam]
    transfer_phone_number: Optional[str]
    voice: VoiceParam
    voicemail_message: Optional[str]
    webhook_url: str


AssistantCreateResponse = AssistantResponse
"""What ``client.assistants.create`` returns."""


AssistantRetrieveResponse = Assistant
"""What ``client.assistants.retrieve`` returns."""


AssistantUpdateResponse = AssistantResponse
"""What ``client.assistants.update`` returns."""

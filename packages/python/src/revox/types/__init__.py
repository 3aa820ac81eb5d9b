# PROTOTYPE: replaced by the generator (packages/codegen python target)
"""Every type of the API: response models, and the TypedDicts of request
parameters (``...Params`` for a method's keywords, ``...Param`` for nested
objects, whose keys are as on the wire)."""

from __future__ import annotations

from .assistants import (
    Assistant as Assistant,
)
from .assistants import (
    AssistantCreateParams as AssistantCreateParams,
)
from .assistants import (
    AssistantCreateResponse as AssistantCreateResponse,
)
from .assistants import (
    AssistantDeleteResponse as AssistantDeleteResponse,
)
from .assistants import (
    AssistantListResponse as AssistantListResponse,
)
from .assistants import (
    AssistantResponse as AssistantResponse,
)
from .assistants import (
    AssistantRetrieveResponse as AssistantRetrieveResponse,
)
from .assistants import (
    AssistantUpdateParams as AssistantUpdateParams,
)
from .assistants import (
    AssistantUpdateResponse as AssistantUpdateResponse,
)
from .call import (
    AsyncCallListPage as AsyncCallListPage,
)
from .call import (
    CallAssistantParam as CallAssistantParam,
)
from .call import (
    CallAttempt as CallAttempt,
)
from .call import (
    CallConcurrencyParam as CallConcurrencyParam,
)
from .call import (
    CallCreateParams as CallCreateParams,
)
from .call import (
    CallCreateResponse as CallCreateResponse,
)
from .call import (
    CallListParams as CallListParams,
)
from .call import (
    CallListResponse as CallListResponse,
)
from .call import (
    CallOrder as CallOrder,
)
from .call import (
    CallOrderResponse as CallOrderResponse,
)
from .call import (
    CallRetrieveResponse as CallRetrieveResponse,
)
from .call import (
    SyncCallListPage as SyncCallListPage,
)
from .call import (
    TranscriptEntry as TranscriptEntry,
)
from .shared import (
    Calendly as Calendly,
)
from .shared import (
    CalendlyParam as CalendlyParam,
)
from .shared import (
    CallingWindow as CallingWindow,
)
from .shared import (
    CallingWindowParam as CallingWindowParam,
)
from .shared import (
    CallRetryConfig as CallRetryConfig,
)
from .shared import (
    CallRetryConfigParam as CallRetryConfigParam,
)
from .shared import (
    CustomTool as CustomTool,
)
from .shared import (
    CustomToolMethod as CustomToolMethod,
)
from .shared import (
    CustomToolParam as CustomToolParam,
)
from .shared import (
    DedicatedInstanceModel as DedicatedInstanceModel,
)
from .shared import (
    DedicatedInstanceModelParam as DedicatedInstanceModelParam,
)
from .shared import (
    EmailNotificationOutcome as EmailNotificationOutcome,
)
from .shared import (
    FaqItem as FaqItem,
)
from .shared import (
    FaqItemInputParam as FaqItemInputParam,
)
from .shared import (
    FirstSentenceMode as FirstSentenceMode,
)
from .shared import (
    HumanTransferMode as HumanTransferMode,
)
from .shared import (
    KeyValue as KeyValue,
)
from .shared import (
    KeyValueParam as KeyValueParam,
)
from .shared import (
    LlmModel as LlmModel,
)
from .shared import (
    LlmModelParam as LlmModelParam,
)
from .shared import (
    OpenRouterModel as OpenRouterModel,
)
from .shared import (
    OpenRouterModelParam as OpenRouterModelParam,
)
from .shared import (
    StructuredOutputField as StructuredOutputField,
)
from .shared import (
    StructuredOutputFieldParam as StructuredOutputFieldParam,
)
from .shared import (
    Voice as Voice,
)
from .shared import (
    VoiceParam as VoiceParam,
)
from .shared import (
    VoiceProvider as VoiceProvider,
)
from .shared import (
    Weekday as Weekday,
)
from .users import (
    MeRetrieveResponse as MeRetrieveResponse,
)
from .users import (
    MeUpdateParams as MeUpdateParams,
)
from .users import (
    MeUpdateResponse as MeUpdateResponse,
)
from .users import (
    User as User,
)
from .users import (
    UserResponse as UserResponse,
)
from .voices import (
    VoiceDetails as VoiceDetails,
)
from .voices import (
    VoiceListResponse as VoiceListResponse,
)
from .voices import (
    VoicePreviewParams as VoicePreviewParams,
)
from .voices import (
    VoicePreviewResponse as VoicePreviewResponse,
)
from .voices import (
    VoiceRetrieveParams as VoiceRetrieveParams,
)
from .voices import (
    VoiceRetrieveResponse as VoiceRetrieveResponse,
)
from .voices import (
    VoiceSummary as VoiceSummary,
)

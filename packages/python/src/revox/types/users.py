# PROTOTYPE: replaced by the generator (packages/codegen python target)
"""The types of ``client.users.me``."""

from __future__ import annotations

from typing import Optional, TypedDict

from .._models import BaseModel

__all__ = ["MeRetrieveResponse", "MeUpdateParams", "MeUpdateResponse", "User", "UserResponse"]


class User(BaseModel):
    """The user an API key belongs to."""

    id: str
    created_at: str
    email: str
    first_name: Optional[str]
    last_name: Optional[str]
    has_completed_onboarding: bool
    organization_id: str
    updated_at: str


class UserResponse(BaseModel):
    user: User


MeRetrieveResponse = UserResponse
"""What ``client.users.me.retrieve`` returns."""
MeUpdateResponse = UserResponse
"""What ``client.users.me.update`` returns."""


class MeUpdateParams(TypedDict, total=False):
    """The keywords of ``client.users.me.update``."""

    has_completed_onboarding: bool

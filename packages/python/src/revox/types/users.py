# GENERATED FILE. DO NOT EDIT.
# Made from spec/openapi.yaml (and spec/sdk-policy.yaml) by packages/codegen, through packages/codegen/src/targets/python.mjs.
# Change the spec, then run `npm run generate` and commit the result; `npm test` fails while this file is stale.
"""The types of ``client.users``: its answers' models, its methods' keywords
(``...Params``, Python names) and the request objects only it takes (``...Param``, keys
as on the wire).
"""

from __future__ import annotations

from typing import Optional, TypedDict

from .._models import BaseModel

__all__ = ["MeRetrieveResponse", "MeUpdateParams", "MeUpdateResponse", "User", "UserResponse"]


class UserResponse(BaseModel):
    """The current user, wrapped under the ``user`` key."""

    user: User


class User(BaseModel):
    """A person with access to the Revox dashboard and API."""

    id: str
    created_at: str
    email: str
    first_name: Optional[str]
    last_name: Optional[str]
    has_completed_onboarding: bool
    organization_id: str
    updated_at: str


class MeUpdateParams(TypedDict, total=False):
    """The keywords of ``client.users.me.update``."""

    has_completed_onboarding: bool


MeRetrieveResponse = UserResponse
"""What ``client.users.me.retrieve`` returns."""


MeUpdateResponse = UserResponse
"""What ``client.users.me.update`` returns."""

"""Response models: the answer as the server sent it, read by attribute.

A model keeps every field the server sent, those the SDK does not declare
yet included; ``to_dict()`` and ``to_json()`` give the data back as received.
Declared nested objects become models of their class (a union of models picks
the member whose literal fields, such as ``type``, match), lists and maps of
them likewise, and everything else stays as parsed JSON. Nothing is validated:
a field of an unexpected shape is kept as it came.

Models are read-only. ``repr`` and ``str`` show the data.
"""

from __future__ import annotations

import json
import threading
from typing import TYPE_CHECKING, Any, ClassVar, Dict, List, Literal, Mapping, TypeVar, Union, cast, get_args, get_origin, get_type_hints

__all__ = ["BaseModel"]

_ModelT = TypeVar("_ModelT", bound="BaseModel")
_DATA = "_revox_data"


class BaseModel:
    """The base of every response model."""

    __hash__ = None  # type: ignore[assignment]  # models compare by value, as dicts do

    _revox_fields: ClassVar[Dict[type, Dict[str, Any]]] = {}
    _revox_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, **data: Any) -> None:
        """A model of ``data`` given by wire name, as the server would send it."""
        _fill(self, data)

    @classmethod
    def construct(cls: type[_ModelT], data: Mapping[str, Any]) -> _ModelT:
        """A model of parsed JSON (an object), without validation."""
        model = cls.__new__(cls)
        _fill(model, data)
        return model

    def to_dict(self) -> Dict[str, object]:
        """The data as the server sent it (a deep copy): keys as on the wire,
        unknown fields included."""
        return _copy(getattr(self, _DATA))

    def to_json(self, *, indent: Union[int, None] = 2) -> str:
        """The data as JSON, indented by default."""
        return json.dumps(getattr(self, _DATA), indent=indent, ensure_ascii=False)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BaseModel):
            return NotImplemented
        return type(self) is type(other) and getattr(self, _DATA) == getattr(other, _DATA)

    def __repr__(self) -> str:
        data: Dict[str, Any] = getattr(self, _DATA)
        values = self.__dict__
        shown = ", ".join(f"{key}={values.get(key, value)!r}" for key, value in data.items())
        return f"{type(self).__name__}({shown})"

    __str__ = __repr__

    if not TYPE_CHECKING:  # hidden from type checkers, which then catch misspelt fields

        def __setattr__(self, name: str, value: object) -> None:
            raise AttributeError(f"{type(self).__name__} is read-only: change a copy of to_dict() instead")

        def __delattr__(self, name: str) -> None:
            raise AttributeError(f"{type(self).__name__} is read-only")

        def __getattr__(self, name: str) -> Any:
            # Reached only when the field is absent: a declared field the server
            # left out, or a misspelt name.
            if name.startswith("__"):
                raise AttributeError(name)
            raise AttributeError(f"{type(self).__name__} has no field {name!r} in this answer; to_dict() shows what came")


def _fields_of(cls: type) -> Dict[str, Any]:
    """The declared fields of a model class and their types, resolved once."""
    cache = BaseModel._revox_fields  # pyright: ignore[reportPrivateUsage]
    fields = cache.get(cls)
    if fields is None:
        with BaseModel._revox_lock:  # pyright: ignore[reportPrivateUsage]
            try:
                hints = get_type_hints(cls)
            except Exception:  # noqa: BLE001 - an annotation this Python cannot evaluate: keep the data raw
                hints = {}
            fields = {name: hint for name, hint in hints.items() if not name.startswith("_") and get_origin(hint) is not ClassVar}
            cache[cls] = fields
    return fields


def _fill(model: BaseModel, data: Mapping[str, Any]) -> None:
    cls = type(model)
    fields = _fields_of(cls)
    raw = data if isinstance(data, dict) else dict(data)
    state = model.__dict__
    state[_DATA] = raw
    for key, value in raw.items():
        hint = fields.get(key)
        if hint is not None:
            state[key] = _convert(value, hint)
        elif key.isidentifier() and not key.startswith("_") and not hasattr(cls, key):
            state[key] = value


def _is_model(hint: Any) -> bool:
    return isinstance(hint, type) and issubclass(hint, BaseModel)


def _convert(value: Any, hint: Any) -> Any:
    try:
        return _convert_checked(value, hint)
    except Exception:  # noqa: BLE001 - an unexpected shape is kept as it came
        return value


def _convert_checked(value: Any, hint: Any) -> Any:
    if value is None:
        return None
    if _is_model(hint):
        return hint.construct(value) if isinstance(value, dict) else value
    origin = get_origin(hint)
    if origin is None:
        return value
    args = get_args(hint)
    if origin is Union:
        return _convert_union(value, args)
    if (origin is list or origin is List) and isinstance(value, list) and args:
        return [_convert(item, args[0]) for item in cast(List[Any], value)]
    if (origin is dict or origin is Dict) and isinstance(value, dict) and len(args) == 2:
        return {key: _convert(item, args[1]) for key, item in cast(Dict[str, Any], value).items()}
    if hasattr(hint, "__metadata__") and args:  # Annotated[X, ...]
        return _convert(value, args[0])
    return cast(Any, value)


def _convert_union(value: Any, members: tuple[Any, ...]) -> Any:
    if isinstance(value, dict):
        data = cast(Dict[str, Any], value)
        models: List[type[BaseModel]] = [member for member in members if _is_model(member)]
        for model in models:
            if _literals_match(model, data):
                return model.construct(data)
        return models[0].construct(data) if models else data
    if isinstance(value, list):
        for member in members:
            if get_origin(member) in (list, List):
                return _convert(value, member)
    return cast(Any, value)


def _literals_match(model: type, value: Mapping[str, Any]) -> bool:
    """Whether every literal-typed field of the model that the value holds has
    one of its literal values (the discriminator of a union, such as ``type``)."""
    for name, hint in _fields_of(model).items():
        if get_origin(hint) is Literal and name in value and value[name] not in get_args(hint):
            return False
    return True


def _copy(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _copy(item) for key, item in cast(Dict[str, Any], value).items()}
    if isinstance(value, list):
        return [_copy(item) for item in cast(List[Any], value)]
    return value

"""JSON-able dicts for every public value, through cattrs.

The shapes are stable and documented in ``docs/format.md``: datetimes are ISO
8601 strings with their offset, windows are seconds, locales are POSIX ids
(``"de_CH"``), zones are IANA names, enums are their lower-case values.
cattrs is imported on first use; it costs ~40 ms at import time.
"""

from __future__ import annotations

import enum
import functools
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING, Any, TypeVar
from zoneinfo import ZoneInfo

import attrs
from babel import Locale

from . import _coerce
from ._errors import InvalidInput, ThankYouError

if TYPE_CHECKING:
    import cattrs

__all__ = ["from_dict", "to_dict"]

T = TypeVar("T")


@functools.cache
def converter() -> cattrs.Converter:
    import cattrs
    from cattrs.gen import make_dict_unstructure_fn, override

    from ._model import Recommendation

    conv = cattrs.Converter(forbid_extra_keys=True, unstruct_collection_overrides={tuple: list})
    # Leave checking to the classes' own converters, which name the field.
    conv.register_structure_hook(str, lambda v, _: v)
    conv.register_structure_hook_func(
        lambda t: isinstance(t, type) and issubclass(t, enum.Enum),
        lambda v, t: _coerce.choice(t, v, t.__name__),
    )
    conv.register_unstructure_hook(Locale, str)
    conv.register_structure_hook(Locale, lambda v, _: _coerce.locale(v, "locale"))
    conv.register_unstructure_hook(ZoneInfo, lambda z: z.key)
    conv.register_structure_hook(ZoneInfo, lambda v, _: _coerce.timezone(v, "timezone"))
    conv.register_unstructure_hook(datetime, lambda d: d.isoformat())
    conv.register_structure_hook(datetime, lambda v, _: _coerce.aware(v, "datetime"))
    conv.register_unstructure_hook(timedelta, lambda d: d.total_seconds())
    conv.register_structure_hook(timedelta, _structure_timedelta)
    conv.register_unstructure_hook(time, lambda t: t.strftime("%H:%M"))
    conv.register_structure_hook(time, _structure_time)
    conv.register_unstructure_hook(
        Recommendation,
        make_dict_unstructure_fn(
            Recommendation,
            conv,
            deciders=override(unstruct_hook=lambda pairs: {k: list(v) for k, v in pairs}),
        ),
    )
    conv.register_structure_hook(Recommendation, _structure_recommendation(conv))
    return conv


def _structure_timedelta(value: object, _: object) -> timedelta:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise InvalidInput("timedelta", f"expected a number of seconds, got {value!r}")
    return timedelta(seconds=value)


def _structure_time(value: object, _: object) -> time:
    try:
        return time.fromisoformat(str(value))
    except ValueError:
        raise InvalidInput("time", f"expected HH:MM, got {value!r}") from None


def _structure_recommendation(conv: cattrs.Converter) -> Any:
    from cattrs.gen import make_dict_structure_fn, override

    from ._model import Recommendation

    def deciders(value: object, _: object) -> tuple[tuple[str, tuple[str, ...]], ...]:
        if not isinstance(value, dict):
            raise InvalidInput("deciders", "expected a mapping of field name to plugin names")
        return tuple((str(k), tuple(str(p) for p in v)) for k, v in value.items())

    return make_dict_structure_fn(Recommendation, conv, deciders=override(struct_hook=deciders))


def to_dict(value: object) -> Any:
    """The JSON-able form of any public value (``json.dumps`` takes it as is)."""
    return converter().unstructure(value)


def from_dict(cls: type[T], data: object) -> T:
    """Rebuild a public value from `to_dict`'s output (or a hand-written dict).

    Raises `InvalidInput` naming the path of the first bad field.
    """
    import cattrs

    try:
        return converter().structure(data, cls)
    except InvalidInput as exc:
        if exc.field.startswith(cls.__name__ + ".") or exc.field == cls.__name__:
            raise
        raise InvalidInput(f"{cls.__name__}.{exc.field.rpartition('.')[2]}", exc.reason) from None
    except ThankYouError:
        raise
    except cattrs.BaseValidationError as exc:
        # Name the field by its path in the data ("Interview.interviewers[0].email").
        messages = cattrs.transform_error(exc, path=cls.__name__, format_exception=_describe)
        why, _, path = (messages[0] if messages else str(exc)).rpartition(" @ ")
        leaf, sep, reason = why.partition("\x1f")
        if sep and not path.endswith("." + leaf):
            path = f"{path}.{leaf}"
        raise InvalidInput(path, reason if sep else why) from None
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        raise InvalidInput(
            cls.__name__, f"cannot be read from {type(data).__name__}: {exc}"
        ) from None


def _describe(exc: BaseException, type_: object) -> str:
    from cattrs.errors import ForbiddenExtraKeysError

    if isinstance(exc, InvalidInput):
        if "." not in exc.field:  # a type-level hook: the data path says where
            return exc.reason
        # "Interviewer.email" -> "email", to be appended to the data path.
        return exc.field.rpartition(".")[2] + "\x1f" + exc.reason
    if isinstance(exc, ForbiddenExtraKeysError):
        accepted = ", ".join(a.name for a in attrs.fields(exc.cl))
        return f"unknown field(s) {', '.join(sorted(exc.extra_fields))}; accepted: {accepted}"
    if isinstance(exc, KeyError):
        return "required field missing"
    name = getattr(type_, "__name__", str(type_))
    return f"expected {name}" if isinstance(exc, (TypeError, ValueError)) else str(exc)

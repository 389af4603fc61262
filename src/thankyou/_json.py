"""JSON-able dicts for every public value, through cattrs.

The shapes are stable and documented in ``docs/format.md``: datetimes are ISO
8601 strings with their offset, windows are seconds, locales are POSIX ids
(``"de_CH"``), zones are IANA names, enums are their lower-case values.
cattrs is imported on first use; it costs ~40 ms at import time.

`to_json` writes the same text as ``json.dumps(to_dict(value))``, faster for
the values an applicant-tracking system serialises for every interview: most
of an Advice's bytes are its reasons, and those are the same few dozen facts
of the installed plugins again and again, so each Reason is encoded once.
"""

from __future__ import annotations

import enum
import functools
import json
import math
from datetime import datetime, time, timedelta
from json.encoder import encode_basestring_ascii as _string
from typing import TYPE_CHECKING, Any, TypeVar
from zoneinfo import ZoneInfo

import attrs
from babel import Locale

from . import _coerce
from ._errors import InvalidInput, ThankYouError
from ._model import (
    Advice,
    Channel,
    Finding,
    Interviewer,
    Note,
    Reason,
    Recommendation,
    Register,
    Severity,
    Verdict,
)

if TYPE_CHECKING:
    import cattrs

__all__ = ["from_dict", "to_dict", "to_json"]

T = TypeVar("T")


@functools.cache
def converter() -> cattrs.Converter:
    import cattrs
    from cattrs.gen import make_dict_unstructure_fn, override

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

    def deciders(value: object, _: object) -> tuple[tuple[str, tuple[str, ...]], ...]:
        if not isinstance(value, dict):
            raise InvalidInput("deciders", "expected a mapping of field name to plugin names")
        return tuple((str(k), tuple(str(p) for p in v)) for k, v in value.items())

    return make_dict_structure_fn(Recommendation, conv, deciders=override(struct_hook=deciders))


def to_dict(value: object) -> Any:
    """The JSON-able form of any public value (``json.dumps`` takes it as is)."""
    return converter().unstructure(value)


def to_json(value: object) -> str:
    """The JSON text of any public value: exactly ``json.dumps(to_dict(value))``.

    Use `to_dict` to choose indentation or key order; this is the compact
    form, built without converting an Advice's reasons again each time.
    """
    try:
        if type(value) is Advice:
            return _advice_json(value)
        if type(value) is Recommendation:
            return _recommendation_json(value)
    except TypeError:  # a value built by hand with other types inside: the general way
        pass
    return json.dumps(to_dict(value))


def _advice_json(advice: Advice) -> str:
    notes = ", ".join(map(_note_json, advice.notes))
    return (
        f'{{"recommendation": {_recommendation_json(advice.recommendation)}, '
        f'"notes": [{notes}], '
        f'"warnings": [{", ".join(map(_string, advice.warnings))}]}}'
    )


def _note_json(note: Note) -> str:
    recipient = note.recipient
    if not (
        type(note.channel) is Channel
        and type(note.locale) is Locale
        and (recipient is None or type(recipient) is Interviewer)
        and type(note.body) is str
        and (note.subject is None or type(note.subject) is str)
        and type(note.optional) is bool
    ):  # built by hand with other types: let cattrs convert it as it can
        return json.dumps(converter().unstructure(note))
    findings = ", ".join(map(_finding_json, note.findings))
    return (
        f'{{"recipient": {"null" if recipient is None else _interviewer_json(recipient)}, '
        f'"channel": "{note.channel.value}", '
        f'"locale": {_string(str(note.locale))}, '
        f'"subject": {"null" if note.subject is None else _string(note.subject)}, '
        f'"body": {_string(note.body)}, '
        f'"findings": [{findings}], '
        f'"optional": {"true" if note.optional else "false"}}}'
    )


def _finding_json(finding: Finding) -> str:
    suggestion = finding.suggestion
    if not (
        type(finding.rule) is str
        and type(finding.severity) is Severity
        and type(finding.message) is str
        and type(finding.start) is int
        and type(finding.end) is int
        and (suggestion is None or type(suggestion) is str)
    ):
        return json.dumps(converter().unstructure(finding))
    said = "null" if suggestion is None else _string(suggestion)
    return (
        f'{{"rule": {_string(finding.rule)}, "severity": "{finding.severity.value}", '
        f'"message": {_string(finding.message)}, "start": {finding.start}, '
        f'"end": {finding.end}, "suggestion": {said}}}'
    )


def _interviewer_json(person: Interviewer) -> str:
    # Every field passed its converter, so each has its documented type.
    return (
        f'{{"name": {_string(person.name)}, '
        f'"family_name": {_optional(person.family_name)}, '
        f'"honorific": {_optional(person.honorific)}, '
        f'"academic_title": {_optional(person.academic_title)}, '
        f'"job_title": {_optional(person.job_title)}, '
        f'"email": {_optional(person.email)}, '
        f'"locale": {"null" if person.locale is None else _string(str(person.locale))}, '
        f'"timezone": {"null" if person.timezone is None else _string(person.timezone.key)}, '
        f'"highlights": [{", ".join(map(_string, person.highlights))}], '
        f'"preference": {"null" if person.preference is None else _string(person.preference)}}}'
    )


def _optional(text: str | None) -> str:
    return "null" if text is None else _string(text)


def _recommendation_json(rec: Recommendation) -> str:
    if not (
        type(rec.verdict) is Verdict
        and type(rec.channel) is Channel
        and type(rec.register) is Register
        and isinstance(rec.send_after, datetime)
        and isinstance(rec.send_by, datetime)
    ):  # built by hand with other types: let cattrs convert it as it can
        return json.dumps(to_dict(rec))
    reasons = ", ".join(map(_reason_json, rec.reasons))
    deciders = ", ".join(
        f"{_string(name)}: [{', '.join(map(_string, plugins))}]" for name, plugins in rec.deciders
    )
    return (
        f'{{"verdict": "{rec.verdict.value}", '
        f'"send_after": "{rec.send_after.isoformat()}", '
        f'"send_by": "{rec.send_by.isoformat()}", '
        f'"channel": "{rec.channel.value}", '
        f'"register": "{rec.register.value}", '
        f'"reasons": [{reasons}], '
        f'"deciders": {{{deciders}}}, '
        f'"score": {_number(rec.score)}}}'
    )


def _number(value: float) -> str:
    """As ``json.dumps`` writes a float (its repr when finite)."""
    return repr(value) if type(value) is float and math.isfinite(value) else json.dumps(value)


#: Each Reason's JSON, by the Reason (frozen, so its text cannot change).
#: Bounded: cleared when full, which costs one encoding per reason again.
_reasons: dict[Reason, str] = {}
_KEPT = 4096


def _reason_json(reason: Reason) -> str:
    # Equal reasons whose weights are 1 and 1.0, or 0.0 and -0.0, would share an
    # entry but not a text.
    if type(reason.weight) is not float or not reason.weight:
        return json.dumps(converter().unstructure(reason))
    try:
        found = _reasons.get(reason)
    except TypeError:  # built by hand with a list inside: not hashable
        return json.dumps(converter().unstructure(reason))
    if found is None:
        found = json.dumps(converter().unstructure(reason))
        if len(_reasons) >= _KEPT:
            _reasons.clear()
        _reasons[reason] = found
    return found


def from_dict(cls: type[T], data: object) -> T:
    """Rebuild a public value from `to_dict`'s output (or a hand-written dict).

    Raises `InvalidInput` naming the path of the first bad field.
    """
    from . import _inputs

    if cls in _inputs.INPUTS:
        return _inputs.structure(cls, data)  # type: ignore[type-var]  # one of the three
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

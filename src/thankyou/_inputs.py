"""`Interview`, `Interviewer` and `Candidate` from plain data: a parsed TOML or JSON document.

The classes' own converters check every field and name it, so reading one of
these values is only a walk over the mapping: refuse unknown keys, name
missing ones, build the nested people, and say where in the data a bad value
sits ("Interview.interviewers[1].email"). Every other value goes through
cattrs in `_json`; these do not, because importing cattrs and generating its
code cost ~20 ms of every ``thankyou advise`` (~145 ms then), for a job this small.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

import attrs

from ._errors import InvalidInput
from ._model import Candidate, Interview, Interviewer

__all__ = ["INPUTS", "structure"]

T = TypeVar("T", Interview, Interviewer, Candidate)

#: The classes read here.
INPUTS: frozenset[type] = frozenset({Interview, Interviewer, Candidate})


def structure(cls: type[T], data: object, path: str | None = None) -> T:
    """``cls`` from a mapping of its field names; `InvalidInput` names the data path.

    ``path`` is where ``data`` sits in a larger document (default: the class name).
    """
    where = cls.__name__ if path is None else path
    if not isinstance(data, Mapping):
        raise InvalidInput(
            where, f"expected a mapping of field names to values, got {type(data).__name__}"
        )
    fields = attrs.fields(cls)
    values: dict[str, Any] = {}
    # Field by field, in the class's order: the first missing or bad one is named.
    for f in fields:
        if f.name not in data:
            if f.default is attrs.NOTHING:
                raise InvalidInput(f"{where}.{f.name}", "required field missing")
            continue
        value = data[f.name]
        if cls is Interview and f.name == "interviewers":
            value = _people(value, f"{where}.interviewers")
        elif cls is Interview and f.name == "recruiter" and value is not None:
            value = _person(value, f"{where}.recruiter")
        elif f.converter is not None:
            try:
                value = f.converter(value)
            except InvalidInput as exc:
                raise _moved(exc, cls, where) from None
        values[f.name] = value
    if len(values) < len(data):
        unknown = [str(key) for key in data if key not in values]
        accepted = ", ".join(f.name for f in fields)
        raise InvalidInput(
            where, f"unknown field(s) {', '.join(sorted(unknown))}; accepted: {accepted}"
        )
    try:
        return cls(**values)  # the converters again (they keep their own output) and validators
    except InvalidInput as exc:
        raise _moved(exc, cls, where) from None


def _people(value: object, where: str) -> tuple[Interviewer, ...]:
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Iterable):
        raise InvalidInput(where, f"expected a list of interviewers, got {type(value).__name__}")
    return tuple(_person(item, f"{where}[{i}]") for i, item in enumerate(value))


def _person(value: object, where: str) -> Interviewer:
    if isinstance(value, Interviewer):
        return value  # already built: an app may mix objects and data
    return structure(Interviewer, value, where)


def _moved(exc: InvalidInput, cls: type, where: str) -> InvalidInput:
    """The error with the class's field name ("Interviewer.email") replaced by the
    path of that field in the data ("Interview.interviewers[0].email")."""
    prefix = cls.__name__
    if where == prefix or not (exc.field == prefix or exc.field.startswith(prefix + ".")):
        return exc
    return InvalidInput(where + exc.field[len(prefix) :], exc.reason)

"""Converters that turn what callers hand in into checked values.

Each takes the raw value and the field's public name, and raises
`InvalidInput` naming that field: no error from Babel, zoneinfo or attrs
reaches the caller.
"""

from __future__ import annotations

import enum
import functools
import math
import re
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale, UnknownLocaleError

from ._errors import InvalidInput, close_matches

E = TypeVar("E", bound=enum.Enum)

_EMAIL = re.compile(r"[^@\s<>()\[\],;:\"\\]+@[^@\s<>()\[\],;:\"\\]+\.[^@\s<>()\[\],;:\"\\]+")


#: Control characters (Unicode category Cc), lone surrogates (Cs) and the line and
#: paragraph separators; tabs and line feeds are allowed in multi-line text.
_CONTROL_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_CONTROL_MULTI = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def text(value: object, field: str, *, max_len: int = 500, multiline: bool = False) -> str:
    """A non-empty string without control characters, stripped of outer space."""
    if not isinstance(value, str):
        raise InvalidInput(field, f"expected text, got {type(value).__name__}")
    stripped = value.strip()
    if not stripped:
        raise InvalidInput(field, "must not be empty")
    if len(stripped) > max_len:
        raise InvalidInput(field, f"is {len(stripped)} characters long; at most {max_len}")
    bad = (_CONTROL_MULTI if multiline else _CONTROL_LINE).search(stripped)
    if bad is not None:
        if multiline and bad.group() == "\r":
            # Windows line ends are line ends: keep the text, normalised.
            return text(
                stripped.replace("\r\n", "\n").replace("\r", "\n"),
                field,
                max_len=max_len,
                multiline=True,
            )
        raise InvalidInput(
            field,
            f"contains the control character U+{ord(bad.group()):04X}; "
            + ("only tabs and line breaks are accepted" if multiline else "use one line"),
        )
    return stripped


def optional_text(value: object, field: str, *, max_len: int = 500) -> str | None:
    return None if value is None else text(value, field, max_len=max_len)


def texts(value: object, field: str, *, max_len: int = 1000) -> tuple[str, ...]:
    """A tuple of texts; a lone string is a common mistake and is refused."""
    if isinstance(value, (str, bytes, dict)) or not isinstance(value, Iterable):
        raise InvalidInput(field, f"expected a list of texts, got {type(value).__name__}")
    items: Iterable[object] = value
    checked = []
    for i, item in enumerate(items):
        try:
            checked.append(text(item, field, max_len=max_len, multiline=True))
        except InvalidInput as exc:  # named by its place only now: most lists are fine
            raise InvalidInput(f"{field}[{i}]", exc.reason) from None
    return tuple(checked)


def email(value: object, field: str) -> str | None:
    if value is None:
        return None
    address = text(value, field, max_len=254)
    if not _EMAIL.fullmatch(address):
        raise InvalidInput(field, f"{address!r} is not an e-mail address like name@example.com")
    return address


def choice(enum_type: type[E], value: object, field: str) -> E:
    """An enum member, given as the member or its string value (any case)."""
    if isinstance(value, enum_type):
        return value
    if isinstance(value, str):
        key = value.strip().lower().replace("-", "_").replace(" ", "_")
        for member in enum_type:
            if member.value == key:
                return member
        accepted = [str(m.value) for m in enum_type]
        hint = close_matches(key, accepted)
        raise InvalidInput(
            field, f"{value!r} is not accepted{hint}; accepted: {', '.join(accepted)}"
        )
    raise InvalidInput(field, f"expected one of {[m.value for m in enum_type]}, got {value!r}")


def optional_choice(enum_type: type[E], value: object, field: str) -> E | None:
    return None if value is None else choice(enum_type, value, field)


@functools.lru_cache(maxsize=512)
def _parse_locale(identifier: str) -> Locale:
    sep = "-" if "-" in identifier else "_"
    return Locale.parse(identifier, sep=sep)


def locale(value: object, field: str) -> Locale:
    """A Babel `Locale` from ``"en_US"``, ``"en-US"`` or a `Locale`."""
    if isinstance(value, Locale):
        return value
    if not isinstance(value, str):
        raise InvalidInput(field, f"expected a locale such as 'en_US', got {type(value).__name__}")
    identifier = value.strip()
    try:
        return _parse_locale(identifier)
    except (UnknownLocaleError, ValueError, TypeError):
        from babel.localedata import locale_identifiers

        hint = close_matches(identifier.replace("-", "_"), locale_identifiers())
        raise InvalidInput(
            field, f"{value!r} is not a known locale{hint}; use a form like 'en_US' or 'de-CH'"
        ) from None


def optional_locale(value: object, field: str) -> Locale | None:
    return None if value is None else locale(value, field)


@functools.lru_cache(maxsize=256)
def _zone(key: str) -> ZoneInfo:
    return ZoneInfo(key)


def timezone(value: object, field: str) -> ZoneInfo | None:
    """An IANA time zone from its name (``"Europe/Berlin"``) or a `ZoneInfo`."""
    if value is None or isinstance(value, ZoneInfo):
        return value
    if not isinstance(value, str):
        raise InvalidInput(
            field, f"expected an IANA time zone name such as 'Europe/Berlin', got {value!r}"
        )
    try:
        return _zone(value.strip())
    except (ZoneInfoNotFoundError, ValueError, OSError):
        import zoneinfo

        hint = close_matches(value.strip(), zoneinfo.available_timezones())
        raise InvalidInput(
            field, f"{value!r} is not an IANA time zone{hint}; use a name like 'America/New_York'"
        ) from None


def aware(value: object, field: str) -> datetime:
    """A timezone-aware datetime; a naive one is refused, never guessed."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip())
        except ValueError:
            raise InvalidInput(
                field, f"{value!r} is not an ISO 8601 date and time like 2026-03-02T15:00-05:00"
            ) from None
    if not isinstance(value, datetime):
        raise InvalidInput(field, f"expected a datetime, got {type(value).__name__}")
    try:
        offset = value.utcoffset()
    except Exception:
        offset = None
    if offset is None:
        raise InvalidInput(
            field,
            "is a naive datetime; add a tzinfo, e.g. "
            "datetime(..., tzinfo=ZoneInfo('America/New_York')), or an offset like -05:00",
        )
    return value


def duration(value: object, field: str) -> timedelta | None:
    """A non-negative, finite window; numbers are read as hours."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise InvalidInput(field, "expected a timedelta or a number of hours")
    if isinstance(value, (int, float)):
        if not math.isfinite(value) or value < 0 or value > 24 * 365:
            raise InvalidInput(field, f"{value!r} hours is not a window between 0 and one year")
        return timedelta(hours=value)
    if not isinstance(value, timedelta):
        raise InvalidInput(field, f"expected a timedelta, got {type(value).__name__}")
    if value < timedelta(0) or value > timedelta(days=365):
        raise InvalidInput(field, f"{value} is not a window between 0 and one year")
    return value


def weight(value: object, field: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise InvalidInput(field, f"expected a number, got {type(value).__name__}")
    number = float(value)
    if not math.isfinite(number) or number < 0 or number > 1000:
        raise InvalidInput(field, f"{value!r} is not a finite weight between 0 and 1000")
    return number


@functools.lru_cache(maxsize=1)
def _territories() -> dict[str, str]:
    names = Locale("en").territories
    return {code: name for code, name in names.items() if len(code) == 2 and code.isalpha()}


def country(value: object, field: str) -> str:
    """An ISO 3166-1 alpha-2 code known to Babel, upper-cased."""
    if not isinstance(value, str):
        raise InvalidInput(field, f"expected an ISO 3166 country code such as 'US', got {value!r}")
    code = value.strip().upper()
    known = _territories()
    if code in known and code not in ("ZZ", "QO", "EU", "EZ", "UN", "XA", "XB", "XK"):
        return code
    by_name = {name.upper(): c for c, name in known.items()}
    if code in by_name:
        hint = f" (did you mean {by_name[code]!r}?)"
    else:
        hint = close_matches(code, list(known))
        if not hint:
            names = close_matches(code.title(), list(known.values()), n=1)
            for c, name in known.items():
                if names and repr(name) in names:
                    hint = f" (did you mean {c!r} for {name}?)"
    raise InvalidInput(field, f"{value!r} is not an ISO 3166 country code{hint}")

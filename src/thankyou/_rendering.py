"""Advice for people: plain text for a terminal, Markdown for a page, e-mail file names.

Dates are shown in the reader's time zone and language (Babel), and so are the
labels once the core catalog translates them (context ``"cli"``; English
until then). Everything a user or a plugin wrote is escaped in Markdown, so
that a highlight such as ``<script>`` or ``[click](http://evil)`` stays text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

from ._i18n import pN_

if TYPE_CHECKING:
    from babel import Locale

    from ._i18n import Messages
    from ._model import (
        Advice,
        Channel,
        Finding,
        Interview,
        Interviewer,
        Note,
        Reason,
        Register,
        Verdict,
    )

__all__ = ["eml_name", "escape_markdown", "markdown", "text"]

VERDICT = pN_("cli", "Verdict")
SEND_AFTER = pN_("cli", "Send after")
SEND_BY = pN_("cli", "Send by")
CHANNEL = pN_("cli", "Channel")
REGISTER = pN_("cli", "Register")
WHY = pN_("cli", "Why")
SOURCE = pN_("cli", "Source")
NO_SOURCE = pN_("cli", "no source given")
NO_NOTES = pN_("cli", "No notes drafted.")
NOTE = pN_("cli", "Note {number} of {total}")
TO = pN_("cli", "To")
SUBJECT = pN_("cli", "Subject")
FINDINGS = pN_("cli", "Findings")
SUGGESTION = pN_("cli", "suggestion")
OPTIONAL = pN_("cli", "optional: drafted, not advised")
HIRING_TEAM = pN_("cli", "the hiring team")
TITLE = pN_("cli", "Thank-you note")


class _Words:
    """The labels in one UI locale, with dates and locale names in it too."""

    def __init__(self, locale: Locale) -> None:
        from ._i18n import messages

        self.locale = locale
        self._messages: Messages = messages(locale)

    def __call__(self, key: tuple[str, str], **slots: object) -> str:
        found = self._messages.pgettext(*key)
        if slots and set(re.findall(r"\{(\w+)\}", found)) != set(slots):
            found = key[1]  # a translation with other slots is not used
        return found.format(**slots) if slots else found

    def label(self, value: Verdict | Channel | Register) -> str:
        return self._messages.label(value)

    def when(self, moment: datetime, zone: tzinfo) -> str:
        from babel.dates import format_datetime

        return format_datetime(moment, "full", tzinfo=zone, locale=self.locale)

    def language(self, locale: Locale) -> str:
        return locale.get_display_name(self.locale) or str(locale)

    def recipient(self, person: Interviewer | None) -> str:
        return self(HIRING_TEAM) if person is None else person.name

    def finding(self, finding: Finding) -> str:
        line = f"{finding.severity.value} {finding.rule}: {finding.message}"
        if finding.suggestion:
            line += f" ({self(SUGGESTION)}: {finding.suggestion})"
        return line

    def source(self, reason: Reason) -> str:
        return reason.source or self(NO_SOURCE)


def _width(value: str) -> int:
    """Columns a terminal gives the text: East Asian wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in value)


def text(advice: Advice, interview: Interview, zone: tzinfo, locale: Locale) -> Iterator[str]:
    """The advice as lines for a terminal."""
    words = _Words(locale)
    rec = advice.recommendation
    yield f"{interview.position} · {interview.company}"
    yield ""
    rows = [
        (words(VERDICT), words.label(rec.verdict)),
        (words(SEND_AFTER), words.when(rec.send_after, zone)),
        (words(SEND_BY), words.when(rec.send_by, zone)),
        (words(CHANNEL), words.label(rec.channel)),
        (words(REGISTER), words.label(rec.register)),
    ]
    column = max(_width(name) for name, _ in rows) + 3
    for name, value in rows:
        yield f"{name}:" + " " * (column - _width(name) - 1) + value
    yield ""
    yield f"{words(WHY)}:"
    for reason in rec.reasons:
        yield f"  - [{reason.plugin}] {reason.text}"
        yield f"    {words(SOURCE)}: {words.source(reason)}"
    if not advice.notes:
        yield ""
        yield words(NO_NOTES)
    for number, note in enumerate(advice.notes, start=1):
        yield ""
        parts = [
            words(NOTE, number=number, total=len(advice.notes)),
            f"{words(TO)}: {words.recipient(note.recipient)}",
            words.label(note.channel),
            words.language(note.locale),
        ]
        if note.optional:
            parts.append(words(OPTIONAL))
        yield f"--- {' · '.join(parts)} ---"
        if note.subject:
            yield f"{words(SUBJECT)}: {note.subject}"
            yield ""
        yield from note.body.splitlines()
        if note.findings:
            yield ""
            yield f"{words(FINDINGS)}:"
            yield from (f"  - {words.finding(f)}" for f in note.findings)


_INLINE = re.compile(r"([\\`*_{}\[\]()#!|~^$])")
_LINE_START = re.compile(r"^(\s*)([-+=>]|\d+[.)])")


def escape_markdown(value: str) -> str:
    """Text that renders as itself in CommonMark/GFM, with no HTML, links or markup."""
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    value = _INLINE.sub(r"\\\1", value)
    return _LINE_START.sub(
        lambda m: m.group(1) + "".join("\\" + c if not c.isdigit() else c for c in m.group(2)),
        value,
    )


def _cell(value: str) -> str:
    return escape_markdown(" ".join(value.split()))


def markdown(advice: Advice, interview: Interview, zone: tzinfo, locale: Locale) -> Iterator[str]:
    """The advice as a Markdown document; user and plugin text is escaped."""
    words = _Words(locale)
    rec = advice.recommendation
    yield f"# {_cell(words(TITLE))}: {_cell(interview.position)} · {_cell(interview.company)}"
    yield ""
    yield "| | |"
    yield "|---|---|"
    yield f"| {_cell(words(VERDICT))} | {_cell(words.label(rec.verdict))} |"
    yield f"| {_cell(words(SEND_AFTER))} | {_cell(words.when(rec.send_after, zone))} |"
    yield f"| {_cell(words(SEND_BY))} | {_cell(words.when(rec.send_by, zone))} |"
    yield f"| {_cell(words(CHANNEL))} | {_cell(words.label(rec.channel))} |"
    yield f"| {_cell(words(REGISTER))} | {_cell(words.label(rec.register))} |"
    yield ""
    yield f"## {_cell(words(WHY))}"
    yield ""
    for reason in rec.reasons:
        yield (
            f"- **{_cell(reason.plugin)}**: {_cell(reason.text)}  \n"
            f"  *{_cell(words(SOURCE))}:* {_cell(words.source(reason))}"
        )
    yield ""
    for number, note in enumerate(advice.notes, start=1):
        optional = f" ({_cell(words(OPTIONAL))})" if note.optional else ""
        yield (
            f"## {_cell(words(NOTE, number=number, total=len(advice.notes)))}: "
            f"{_cell(words.recipient(note.recipient))}{optional}"
        )
        yield ""
        yield f"*{_cell(words.label(note.channel))}, {_cell(words.language(note.locale))}*"
        yield ""
        if note.subject:
            yield f"**{_cell(words(SUBJECT))}:** {_cell(note.subject)}"
            yield ""
        for line in note.body.splitlines():
            yield f"> {escape_markdown(line)}".rstrip()
        yield ""
        if note.findings:
            yield f"{_cell(words(FINDINGS))}:"
            yield ""
            yield from (f"- {_cell(words.finding(f))}" for f in note.findings)
            yield ""
    if not advice.notes:
        yield _cell(words(NO_NOTES))


def eml_name(number: int, note: Note) -> str:
    """``01-dana-whitfield.eml``: ASCII, safe on every file system."""
    name = "hiring team" if note.recipient is None else note.recipient.name
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:40]
    return f"{number:02d}-{slug or 'note'}.eml"

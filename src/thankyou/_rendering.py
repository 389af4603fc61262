"""Advice for people: plain text for a terminal, Markdown for a page, e-mail files.

Dates are shown in the reader's time zone and language (Babel). Everything a
user or a plugin wrote is escaped in Markdown, so that a highlight such as
``<script>`` or ``[click](http://evil)`` stays text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from babel import Locale

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


def _label(value: Verdict | Channel | Register, locale: Locale) -> str:
    from ._i18n import label

    return label(value, locale)


def when(moment: datetime, zone: tzinfo, locale: Locale) -> str:
    from babel.dates import format_datetime

    return format_datetime(moment, "full", tzinfo=zone, locale=locale)


def _recipient(recipient: Interviewer | None) -> str:
    return "the hiring team" if recipient is None else recipient.name


def _finding(finding: Finding) -> str:
    line = f"{finding.severity.value} {finding.rule}: {finding.message}"
    return line + (f" (suggestion: {finding.suggestion})" if finding.suggestion else "")


def _source(reason: Reason) -> str:
    return reason.source or "no source given"


def text(advice: Advice, interview: Interview, zone: tzinfo, locale: Locale) -> Iterator[str]:
    """The advice as lines for a terminal."""
    rec = advice.recommendation
    yield f"{interview.position} at {interview.company} ({interview.stage.value} interview)"
    yield ""
    yield f"Verdict:     {_label(rec.verdict, locale)}"
    yield f"Send after:  {when(rec.send_after, zone, locale)}"
    yield f"Send by:     {when(rec.send_by, zone, locale)}"
    yield f"Channel:     {_label(rec.channel, locale)}"
    yield f"Register:    {_label(rec.register, locale)}"
    yield ""
    yield "Why:"
    for reason in rec.reasons:
        yield f"  - [{reason.plugin}] {reason.text}"
        yield f"    source: {_source(reason)}"
    if not advice.notes:
        yield ""
        yield "No notes drafted."
    for number, note in enumerate(advice.notes, start=1):
        yield ""
        optional = " (optional: drafted, not advised)" if note.optional else ""
        yield (
            f"--- Note {number} of {len(advice.notes)}: to {_recipient(note.recipient)}, "
            f"{note.channel.value}, {note.locale}{optional} ---"
        )
        if note.subject:
            yield f"Subject: {note.subject}"
            yield ""
        yield from note.body.splitlines()
        if note.findings:
            yield ""
            yield "Findings:"
            yield from (f"  - {_finding(f)}" for f in note.findings)


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
    rec = advice.recommendation
    yield (f"# Thank-you note: {_cell(interview.position)} at {_cell(interview.company)}".rstrip())
    yield ""
    yield "| | |"
    yield "|---|---|"
    yield f"| Verdict | {_cell(_label(rec.verdict, locale))} |"
    yield f"| Send after | {_cell(when(rec.send_after, zone, locale))} |"
    yield f"| Send by | {_cell(when(rec.send_by, zone, locale))} |"
    yield f"| Channel | {_cell(_label(rec.channel, locale))} |"
    yield f"| Register | {_cell(_label(rec.register, locale))} |"
    yield ""
    yield "## Why"
    yield ""
    for reason in rec.reasons:
        yield (
            f"- **{_cell(reason.plugin)}**: {_cell(reason.text)}  \n"
            f"  *Source:* {_cell(_source(reason))}"
        )
    yield ""
    yield "## Notes"
    yield ""
    if not advice.notes:
        yield "No notes drafted."
    for note in advice.notes:
        optional = " (optional)" if note.optional else ""
        yield (
            f"### To {_cell(_recipient(note.recipient))} "
            f"({note.channel.value}, {note.locale}){optional}"
        )
        yield ""
        if note.subject:
            yield f"**Subject:** {_cell(note.subject)}"
            yield ""
        for line in note.body.splitlines():
            yield f"> {escape_markdown(line)}".rstrip()
        yield ""
        if note.findings:
            yield "Findings:"
            yield ""
            yield from (f"- {_cell(_finding(f))}" for f in note.findings)
            yield ""


def eml_name(number: int, note: Note) -> str:
    """``01-dana-whitfield.eml``: ASCII, safe on every file system."""
    name = _recipient(note.recipient)
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:40]
    return f"{number:02d}-{slug or 'note'}.eml"

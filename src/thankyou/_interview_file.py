"""Interview files: reading TOML, JSON and JSON Lines, and saying which line is wrong.

tomllib and json give no positions for keys, so on an error a small locator
(`_positions`) scans the text and maps data paths (``("interview",
"interviewers", 0, "email")``) to the line where that key is written. A bad value then reads
``interview.toml:23: interview.interviewers[0].email: ...`` instead of only a
field name. The format itself is documented in ``docs/format.md``.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from ._errors import InvalidInput, close_matches

if TYPE_CHECKING:
    from ._model import Candidate, Interview
    from ._positions import Path_

__all__ = [
    "TEMPLATE",
    "Document",
    "FileError",
    "documents_in",
    "is_batch",
    "read_document",
    "read_text",
]

#: The tables an interview document holds; anything else is refused.
TABLES = ("candidate", "interview")


class FileError(InvalidInput):
    """Bad input, located: ``source:line: field: message``."""

    def __init__(
        self, source: str, line: int | None, field: str, message: str, column: int | None = None
    ) -> None:
        self.source = source
        self.line = line
        self.column = column
        where = source
        if line is not None:
            where += f":{line}" + (f":{column}" if column is not None else "")
        super().__init__(field, message)
        self.args = (f"{where}: {field}: {message}" if field else f"{where}: {message}",)

    def __str__(self) -> str:
        return str(self.args[0])


# --- reading ----------------------------------------------------------------------------


def read_text(path: str) -> str:
    """The UTF-8 text of ``path`` (``-``: standard input), or a `FileError`."""
    import sys

    name = "<stdin>" if path == "-" else path
    try:
        if path == "-":
            return sys.stdin.buffer.read().decode("utf-8-sig")
        with open(path, "rb") as file:
            return file.read().decode("utf-8-sig")
    except FileNotFoundError:
        raise FileError(name, None, "", "no such file") from None
    except IsADirectoryError:
        raise FileError(name, None, "", "is a folder, not a file") from None
    except UnicodeDecodeError as exc:
        raise FileError(name, None, "", f"is not UTF-8 text (byte {exc.start})") from None
    except OSError as exc:
        raise FileError(name, None, "", f"cannot be read: {exc.strerror or exc}") from None


def _kind(path: str, text: str) -> str:
    suffix = os.path.splitext(path)[1].lower()
    if suffix in (".toml", ".json"):
        return suffix[1:]
    # Standard input or an unusual name: JSON starts with "{", TOML never does.
    return "json" if text.lstrip().startswith(("{", "[")) else "toml"


def is_batch(path: str) -> bool:
    """True for a JSON Lines file or a folder: many interviews, one result each."""
    return path != "-" and (os.path.splitext(path)[1].lower() == ".jsonl" or os.path.isdir(path))


class Document:
    """One interview document: its data, and where each key was written."""

    def __init__(self, source: str, text: str, kind: str, line: int | None = None) -> None:
        self.source = source
        self.kind = kind
        #: The line of a JSON Lines file this document is; None for a whole file.
        self.line = line
        self._text = text
        self._first_line = line or 1
        self._positions: dict[Path_, int] | None = None
        self.data = self._parse()

    def _parse(self) -> dict[str, Any]:
        if self.kind == "json":
            import json

            try:
                data = json.loads(self._text)
            except json.JSONDecodeError as exc:
                raise FileError(
                    self.source,
                    exc.lineno + self._first_line - 1,
                    "",
                    f"JSON syntax error: {exc.msg}",
                    exc.colno,
                ) from None
        else:
            try:
                data = tomllib.loads(self._text)
            except tomllib.TOMLDecodeError as exc:
                message = str(exc)
                found = re.search(r"\(at line (\d+), column (\d+)\)$", message)
                line = int(found.group(1)) if found else None
                column = int(found.group(2)) if found else None
                if found:
                    message = message[: found.start()].rstrip()
                raise FileError(
                    self.source, line, "", f"TOML syntax error: {message}", column
                ) from None
        if not isinstance(data, dict):
            raise FileError(
                self.source,
                self._first_line,
                "",
                f"expected a table with [candidate] and [interview], got {type(data).__name__}",
            )
        for key in data:
            if key not in TABLES:
                raise self.error(
                    (key,), key, f"unknown table; an interview file holds {' and '.join(TABLES)}"
                )
        for key in TABLES:
            if key not in data:
                raise FileError(self.source, None, key, f"missing; add the [{key}] table")
        return data

    # --- positions ------------------------------------------------------------------

    def line_of(self, path: Path_) -> int | None:
        """The line of the key at ``path``, else of its closest parent; None if unknown."""
        if self._positions is None:
            from ._positions import json_positions, toml_positions

            scan = json_positions if self.kind == "json" else toml_positions
            try:
                self._positions = scan(self._text)
            except (ValueError, IndexError):  # a locator must never hide the real error
                self._positions = {}
        for end in range(len(path), 0, -1):
            line = self._positions.get(path[:end])
            if line is not None:
                return line + self._first_line - 1
        return None

    def error(self, path: Path_, field: str, message: str) -> FileError:
        return FileError(self.source, self.line_of(path), field, message)

    def locate(self, exc: InvalidInput) -> FileError:
        """The library's error about ``Interview.interviewers[0].email``, with its line."""
        path = _data_path(exc.field)
        if not path:
            return FileError(self.source, None, exc.field, exc.reason)
        located, reason = path, exc.reason
        unknown = re.match(r"unknown field\(s\) ([^;,\s]+).*; accepted: (.*)$", reason)
        if unknown:  # point at the misspelt key itself, not at its table
            located = (*path, unknown.group(1))
            hint = close_matches(unknown.group(1), unknown.group(2).split(", "))
            reason = reason.replace(";", hint + ";", 1)
        return self.error(located, _display(path), reason)

    # --- values -----------------------------------------------------------------------

    def values(self) -> tuple[Interview, Candidate]:
        """The interview and candidate, or a `FileError` naming field and line."""
        from ._inputs import structure
        from ._model import Candidate, Interview

        try:
            interview = structure(Interview, _dates_as_text(self.data["interview"]))
            candidate = structure(Candidate, self.data["candidate"])
        except FileError:
            raise
        except InvalidInput as exc:
            raise self.locate(exc) from None
        return interview, candidate


def _dates_as_text(value: object) -> object:
    """TOML dates become objects; a bare date is caught with a clearer message here."""
    import datetime as dt

    if isinstance(value, Mapping):
        when = value.get("when")
        if isinstance(when, dt.date) and not isinstance(when, dt.datetime):
            raise InvalidInput(
                "Interview.when",
                f"{when.isoformat()} is a date without a time; "
                f"write when the interview ended, e.g. {when.isoformat()}T15:30:00-05:00",
            )
        if isinstance(when, dt.datetime) and when.utcoffset() is None:
            raise InvalidInput(
                "Interview.when",
                f"{when.isoformat()} has no UTC offset; add one, "
                f"e.g. {when.isoformat()}-05:00 for New York in winter",
            )
        if isinstance(when, dt.time):
            raise InvalidInput(
                "Interview.when", "is a time without a date, e.g. 2026-03-02T15:30:00-05:00"
            )
    return value


def read_document(path: str) -> Document:
    text = read_text(path)
    return Document("<stdin>" if path == "-" else path, text, _kind(path, text))


def documents_in(path: str) -> tuple[int, Iterator[Document | FileError]]:
    """How many interviews a batch holds, and each one, parsed lazily (a bad one as its error).

    A JSON Lines file is read line by line and a folder file by file, so a batch
    of any length runs in constant memory.
    """
    from pathlib import Path

    folder = Path(path)
    if folder.is_dir():
        files = sorted(
            p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in (".toml", ".json")
        )

        def each_file() -> Iterator[Document | FileError]:
            for file in files:
                try:
                    yield read_document(str(file))
                except FileError as exc:
                    yield exc

        return len(files), each_file()

    if not folder.is_file():
        read_text(path)  # raises the clear error: no such file, unreadable, ...
    with open(path, "rb") as counting:
        total = sum(1 for line in counting if line.strip())
    return total, _jsonl(path)


def _jsonl(path: str) -> Iterator[Document | FileError]:
    with open(path, "rb") as lines:
        for number, raw in enumerate(lines, start=1):
            if not raw.strip():
                continue
            try:
                text = raw.decode("utf-8-sig" if number == 1 else "utf-8")
                yield Document(path, text, "json", line=number)
            except UnicodeDecodeError as exc:
                yield FileError(path, number, "", f"is not UTF-8 text (byte {exc.start})")
            except FileError as exc:
                yield exc


# --- paths --------------------------------------------------------------------------------


def _data_path(field: str) -> Path_:
    """``Interview.interviewers[0].email`` -> ``("interview", "interviewers", 0, "email")``."""
    parts: list[str | int] = []
    for name, index in re.findall(r"([^.\[\]]+)|\[(\d+)\]", field):
        parts.append(int(index) if index else name)
    if not parts or parts[0] not in ("Interview", "Candidate"):
        return ()
    parts[0] = str(parts[0]).lower()
    return tuple(parts)


def _display(path: Path_) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


# --- the template ------------------------------------------------------------------------

TEMPLATE = """\
# An interview for `thankyou advise`. Fill it in, then run:
#     thankyou advise {name}
# Every field is described in docs/format.md. Lines starting with # are comments;
# remove the # in front of an optional field to use it.

[candidate]
# You: the person who was interviewed and will sign the note.
name = "Your Name"
# Your language, as a locale: en_US, en_GB, de_DE, fr_FR, ja_JP, ...
locale = "en_US"
# Used as the sender of the drafted e-mails.
email = "you@example.com"
# phone = "+1 555 0100"
# Extra lines under your name in the note.
# signature = ["Your Name", "+1 555 0100"]
# Other companies you applied to: a note naming one of them by mistake is caught.
# other_companies = ["Another Company Inc."]

[interview]
company = "Example Corporation"
position = "Project Manager"
# When the interview ended, with its UTC offset (-05:00 is New York in winter).
when = 2026-03-02T15:30:00-05:00
# Where the employer is: a two-letter ISO 3166 country code (US, GB, DE, FR, JP, ...).
country = "US"
# The industry, if a plugin covers it; `thankyou plugins` lists them.
# industry = "fundraising"
# screening, first or final.
stage = "first"
# phone, video or onsite.
format = "onsite"
# department = "Operations"
# What was discussed: named in the notes, so that they are not generic.
highlights = ["the plan to move the warehouse system to the cloud"]
# What the hiring manager is known to prefer, if anything:
# no_follow_up, prefers_email or appreciates_handwritten.
# preference = "prefers_email"

# One [[interview.interviewers]] block per person on the panel.
[[interview.interviewers]]
name = "Alex Morgan"
# family_name = "Morgan"          # when it is not the last word of the name
# ms, mr or mx: used in formal salutations ("Dear Ms. Morgan,").
honorific = "ms"
# dr or prof.
# academic_title = "dr"
job_title = "Head of Operations"
email = "alex.morgan@example.com"
# The interviewer's language and time zone, when they differ from the company's.
# locale = "en_US"
timezone = "America/New_York"
# What you discussed with this person in particular.
highlights = ["how the team plans its quarterly releases"]
# preference = "prefers_email"

# The agency recruiter who arranged the interview, if any (the same fields as an
# interviewer): they are thanked too.
# [interview.recruiter]
# name = "Jamie Lee"
# email = "jamie.lee@agency.example"
"""

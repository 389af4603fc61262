"""Where each key of a TOML or JSON interview file is written: the line of a data path.

tomllib and json give no positions, so these scan the text once, when an
error needs its line (``interview.toml:23: interview.interviewers[0].email``);
a file without a mistake never loads this module.
"""

from __future__ import annotations

import bisect
import re
import tomllib

__all__ = ["json_positions", "toml_positions"]

#: Where a value sits in a document: ``("interview", "interviewers", 0, "email")``.
Path_ = tuple[str | int, ...]


def _line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer(r"\n", text)]


def json_positions(text: str) -> dict[Path_, int]:
    """Line of every key and array item in valid JSON text."""
    from json.decoder import scanstring  # type: ignore[attr-defined]  # public since 2.6

    starts = _line_starts(text)
    positions: dict[Path_, int] = {}
    space = re.compile(r"[ \t\n\r]*")
    scalar = re.compile(r"-?(?:\d+)(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null|NaN|-?Infinity")

    def skip(i: int) -> int:
        found = space.match(text, i)
        assert found is not None
        return found.end()

    def mark(path: Path_, offset: int) -> None:
        positions[path] = bisect.bisect_right(starts, offset)

    def value(i: int, path: Path_) -> int:
        i = skip(i)
        if text[i] == "{":
            i = skip(i + 1)
            if text[i] == "}":
                return i + 1
            while True:
                i = skip(i)
                key, end = scanstring(text, i + 1)
                mark((*path, key), i)
                i = value(skip(end) + 1, (*path, key))
                i = skip(i)
                if text[i] == "}":
                    return i + 1
                i += 1  # ","
        if text[i] == "[":
            i = skip(i + 1)
            if text[i] == "]":
                return i + 1
            index = 0
            while True:
                i = skip(i)
                mark((*path, index), i)
                i = skip(value(i, (*path, index)))
                index += 1
                if text[i] == "]":
                    return i + 1
                i += 1
        if text[i] == '"':
            return int(scanstring(text, i + 1)[1])
        found = scalar.match(text, i)
        if found is None:
            raise ValueError(f"unexpected {text[i]!r}")
        return found.end()

    value(0, ())
    return positions


_KEY = r"""(?:[A-Za-z0-9_-]+|"(?:[^"\\]|\\.)*"|'[^']*')"""
_DOTTED = rf"{_KEY}(?:\s*\.\s*{_KEY})*"
_HEADER = re.compile(rf"^\s*(\[\[?)\s*({_DOTTED})\s*\]")
_ASSIGN = re.compile(rf"^\s*({_DOTTED})\s*=\s*(.*)$")
_INLINE_KEY = re.compile(rf"[{{,]\s*({_DOTTED})\s*=")


def _keys(dotted: str) -> tuple[str, ...]:
    keys: list[str] = []
    for found in re.finditer(_KEY, dotted):
        word = found.group()
        keys.append(tomllib.loads(f"k = {word}")["k"] if word[0] in "\"'" else word)
    return tuple(keys)


_STRING = re.compile(r""""(?:[^"\\]|\\.)*"|'[^']*'""")
_INLINE_TABLE = re.compile(r"\{[^{}]*\}")


def _inline_tables(rest: str, array: Path_, first: int, number: int, into: dict[Path_, int]) -> int:
    """Record the inline tables ``{ k = v }`` of an array's line; returns the next index."""
    index = first
    for table in _INLINE_TABLE.finditer(_STRING.sub('""', rest)):
        into.setdefault((*array, index), number)
        for inner in _INLINE_KEY.finditer(table.group()):
            into.setdefault((*array, index, *_keys(inner.group(1))), number)
        index += 1
    return index


def toml_positions(text: str) -> dict[Path_, int]:
    """Line of every table header and key in valid TOML text.

    Keys of an inline table get the line it is written on, also inside an array
    spread over several lines; a nested inline table gets its parent's line.
    """
    positions: dict[Path_, int] = {}
    counts: dict[Path_, int] = {}
    table: Path_ = ()
    open_string: str | None = None
    array: Path_ | None = None  # a multi-line inline array being read
    item = depth = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if open_string is not None:
            if line.count(open_string) % 2 == 1:
                open_string = None
            continue
        if array is not None:
            bare = _STRING.sub('""', line).split("#", 1)[0]
            item = _inline_tables(line, array, item, number, positions)
            depth += bare.count("[") - bare.count("]")
            if depth <= 0:
                array = None
            continue
        header = _HEADER.match(line)
        assign = None if header else _ASSIGN.match(line)
        if header:
            resolved: list[str | int] = []
            for key in _keys(header.group(2)):
                resolved.append(key)
                if tuple(resolved) in counts:
                    resolved.append(counts[tuple(resolved)] - 1)
            path = tuple(resolved)
            if header.group(1) == "[[":
                parent = path[:-1] if isinstance(path[-1], int) else path
                counts[parent] = counts.get(parent, 0) + 1
                positions.setdefault(parent, number)
                path = (*parent, counts[parent] - 1)
            table = path
            positions[table] = number
        elif assign:
            path = (*table, *_keys(assign.group(1)))
            positions[path] = number
            rest = assign.group(2)
            bare = _STRING.sub('""', rest).split("#", 1)[0]
            if bare.lstrip().startswith("["):
                item = _inline_tables(rest, path, 0, number, positions)
                depth = bare.count("[") - bare.count("]")
                array = path if depth > 0 else None
            else:
                for inner in _INLINE_KEY.finditer(rest):
                    positions.setdefault((*path, *_keys(inner.group(1))), number)
            for quotes in ('"""', "'''"):
                if rest.count(quotes) % 2 == 1:
                    open_string = quotes
    return positions

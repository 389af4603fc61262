"""A Babel extraction method that also finds plugins' reason texts.

Reasons are written as data (``Expectation(Verdict.RECOMMENDED, "Send it
within a day.", ...)``), not wrapped in ``_()``, so that plugins stay plain
Python. This method yields what Babel's own Python extractor finds (``_``,
``N_``, ``pgettext``...) plus every literal string passed as an
``Expectation``'s reason (second positional argument, or ``reason=``) and
every literal ``reason=`` keyword of any other call, so data tables written
as ``Norm(..., reason="...")`` are found too, and so are the whole sentences of an
f-string reason (the engine translates a reason sentence by sentence when it is not
in a catalog whole). Two options (in the mapping,
``[tool.babel]`` of ``pyproject.toml``) name more places: ``calls``, like
``"Fact:1 Expectation:2"`` (a call's name and which positional argument is a
reason), and ``constants``, like ``"*_TEXT"`` (module-level string constants
whose name matches: sentences a plugin appends to several reasons). Used
only by ``pybabel extract``.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Collection, Generator, Mapping
from fnmatch import fnmatchcase
from typing import IO, Any

__all__ = ["extract"]

#: (line, function name, message(s), translator comments), as Babel expects.
Extracted = tuple[Any, ...]

_COMMENT = "Translators: a reason shown to the candidate; keep it one plain sentence or two."


def _called(node: ast.Call) -> str | None:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.strip():
        return node.value
    return None


#: Between two sentences, as the engine splits a reason it cannot find whole.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“(])")


def _sentences(node: ast.expr | None) -> list[str]:
    """The whole sentences written out in an f-string: ``f"Call them. {more}"`` gives
    ``["Call them."]``; a sentence with a value in it cannot be a message and is left out."""
    if not isinstance(node, ast.JoinedStr):
        return []
    found: list[str] = []
    for index, part in enumerate(node.values):
        if not (isinstance(part, ast.Constant) and isinstance(part.value, str)):
            continue
        pieces = _SENTENCE_END.split(part.value)
        for n, piece in enumerate(pieces):
            sentence = piece.strip()
            starts_clean = n > 0 or index == 0
            ends_clean = n < len(pieces) - 1 or (
                sentence[-1:] in ".!?" and (index == len(node.values) - 1 or piece[-1:].isspace())
            )
            if sentence and starts_clean and ends_clean:
                found.append(sentence)
    return found


def _positions(spec: str) -> dict[str, int]:
    """``"Fact:1 Expectation:2"`` -> ``{"Fact": 0, "Expectation": 1}``."""
    found: dict[str, int] = {}
    for item in spec.replace(",", " ").split():
        name, _, index = item.partition(":")
        found[name] = int(index or "1") - 1
    return found


def reasons(
    source: str, calls: str = "Expectation:2", constants: str = ""
) -> Generator[tuple[int, str], None, None]:
    """``(line, text)`` of every literal reason in a module's source."""
    positions = _positions(calls)
    patterns = constants.replace(",", " ").split()
    tree = ast.parse(source)
    for statement in tree.body:
        if isinstance(statement, ast.Assign) and patterns:
            names = [t.id for t in statement.targets if isinstance(t, ast.Name)]
            text = _literal(statement.value)
            if text is not None and any(fnmatchcase(n, p) for n in names for p in patterns):
                yield statement.lineno, text
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        given = [k.value for k in node.keywords if k.arg == "reason"]
        index = positions.get(_called(node) or "")
        if index is not None and len(node.args) > index:
            given.append(node.args[index])
        found = [_literal(value) for value in given]
        found += [sentence for value in given for sentence in _sentences(value)]
        for text in found:
            if text is not None:
                yield node.lineno, text


def extract(
    fileobj: IO[bytes],
    keywords: Mapping[str, Any],
    comment_tags: Collection[str],
    options: Mapping[str, Any],
) -> Generator[Extracted, None, None]:
    """Babel's Python extraction, then the reason literals."""
    from babel.messages.extract import extract_python

    source = fileobj.read()
    fileobj.seek(0)
    yield from extract_python(fileobj, keywords, comment_tags, options)  # type: ignore[arg-type]
    encoding = str(options.get("encoding", "utf-8"))
    calls = str(options.get("calls", "Expectation:2"))
    constants = str(options.get("constants", ""))
    for line, text in reasons(source.decode(encoding), calls, constants):
        yield line, None, text, [_COMMENT]

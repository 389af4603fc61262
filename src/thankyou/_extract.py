"""A Babel extraction method that also finds plugins' reason texts.

Reasons are written as data (``Expectation(Verdict.RECOMMENDED, "Send it
within a day.", ...)``), not wrapped in ``_()``, so that plugins stay plain
Python. This method yields what Babel's own Python extractor finds (``_``,
``N_``, ``pgettext``...) plus every literal string passed as an
``Expectation``'s reason (second positional argument, or ``reason=``) and
every literal ``reason=`` keyword of any other call, so data tables written
as ``Norm(..., reason="...")`` are found too. Two options (in the mapping,
``[tool.babel]`` of ``pyproject.toml``) name more places: ``calls``, like
``"Fact:1 Expectation:2"`` (a call's name and which positional argument is a
reason), and ``constants``, like ``"*_TEXT"`` (module-level string constants
whose name matches: sentences a plugin appends to several reasons). Used
only by ``pybabel extract``.
"""

from __future__ import annotations

import ast
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
        found = [_literal(k.value) for k in node.keywords if k.arg == "reason"]
        index = positions.get(_called(node) or "")
        if index is not None and len(node.args) > index:
            found.append(_literal(node.args[index]))
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

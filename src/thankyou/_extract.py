"""A Babel extraction method that also finds plugins' reason texts.

Reasons are written as data (``Expectation(Verdict.RECOMMENDED, "Send it
within a day.", ...)``), not wrapped in ``_()``, so that plugins stay plain
Python. This method yields what Babel's own Python extractor finds (``_``,
``N_``, ``pgettext``...) plus every literal string passed as an
``Expectation``'s reason (second positional argument, or ``reason=``) and
every literal ``reason=`` keyword of any other call, so data tables written
as ``Norm(..., reason="...")`` are found too. It is configured in
``pyproject.toml`` (``[tool.babel]``) and used only by ``pybabel extract``.
"""

from __future__ import annotations

import ast
from collections.abc import Collection, Generator, Mapping
from typing import IO, Any

__all__ = ["extract"]

#: (line, function name, message, translator comments), as Babel expects.
Extracted = tuple[int, str | None, str, list[str]]

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


def reasons(source: str) -> Generator[tuple[int, str], None, None]:
    """``(line, text)`` of every literal reason in a module's source."""
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        found = [_literal(k.value) for k in node.keywords if k.arg == "reason"]
        if _called(node) == "Expectation" and len(node.args) >= 2:
            found.append(_literal(node.args[1]))
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
    for line, text in reasons(source.decode(encoding)):
        yield line, None, text, [_COMMENT]

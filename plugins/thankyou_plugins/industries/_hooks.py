"""The three hooks every industry plugin implements, built from its data.

Each industry module holds its facts as data (``INDUSTRY``, ``EXPECTATIONS``
or an ``expectations_for(interview)`` function where a fact depends on the
interview, and ``PHRASES``); this module turns them into hook
implementations that speak only for interviews in that industry. Public API
only, like any plugin.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from thankyou import Expectation, Industry, Interview, Phrase
from thankyou.hookspecs import hookimpl

Hooks = tuple[
    Callable[[], Iterable[Industry]],
    Callable[[Interview], Iterable[Expectation]],
    Callable[[Interview], Iterable[Phrase]],
]


def industry_hooks(
    industry: Industry,
    expectations: tuple[Expectation, ...] | Callable[[Interview], Iterable[Expectation]],
    phrases: tuple[Phrase, ...],
) -> Hooks:
    """``thankyou_industries``, ``thankyou_expectations`` and ``thankyou_phrases``."""
    key = industry.key

    @hookimpl
    def thankyou_industries() -> Iterable[Industry]:
        return (industry,)

    @hookimpl
    def thankyou_expectations(interview: Interview) -> Iterable[Expectation]:
        if interview.industry != key:
            return ()
        return expectations if isinstance(expectations, tuple) else expectations(interview)

    @hookimpl
    def thankyou_phrases(interview: Interview) -> Iterable[Phrase]:
        if interview.industry != key:
            return ()
        return phrases

    return thankyou_industries, thankyou_expectations, thankyou_phrases

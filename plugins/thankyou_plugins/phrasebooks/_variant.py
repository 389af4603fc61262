"""Build a country's phrasebook from its language's base, changing only what differs."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import attrs

from thankyou import Phrasebook


def variant(
    base: Phrasebook,
    locale: str,
    *,
    source: str,
    rewrite: Callable[[str], str] | None = None,
    salutations: Mapping[str, str] | None = None,
    **parts: Sequence[str],
) -> Phrasebook:
    """A complete phrasebook for ``locale``: the base, rewritten, with some parts replaced.

    ``rewrite`` is applied to every template of the base (salutations and
    signature included), e.g. the Swiss spelling of "ß" as "ss"; the parts
    given by keyword replace the base's whole list, and ``salutations``
    replaces or adds single forms.
    """
    unknown = set(parts) - set(Phrasebook.TEMPLATE_LISTS)
    if unknown:
        raise TypeError(f"unknown phrasebook parts: {sorted(unknown)}")
    change = rewrite or _same
    changes: dict[str, object] = {
        name: tuple(change(t) for t in getattr(base, name)) for name in Phrasebook.TEMPLATE_LISTS
    }
    changes.update({name: tuple(templates) for name, templates in parts.items()})
    forms = {key: change(template) for key, template in base.salutations}
    forms.update(salutations or {})
    changes["salutations"] = forms
    changes["signature"] = change(base.signature)
    return attrs.evolve(base, locale=locale, source=source, **changes)


def _same(text: str) -> str:
    return text

"""What plugins contribute for drafting: phrasebooks and industry phrases.

Templates are written by plugin authors and may name placeholders in braces:
``{company}``, ``{position}``, ``{date}``, ``{candidate}``, ``{name}``,
``{family_name}``, ``{job_title}``, ``{department}``, ``{highlight}``. The
composer fills them by plain substitution, once, never with ``str.format``:
a user's text that looks like a template (``{0.__class__}``) is inserted
verbatim and never read as one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import ClassVar

from attrs import field, frozen
from babel import Locale

from . import _coerce as c
from ._errors import InvalidInput
from ._model import Register

__all__ = ["PARTS", "PLACEHOLDERS", "SALUTATION_KEYS", "Phrase", "Phrasebook"]

PLACEHOLDERS = frozenset(
    {
        "company",
        "position",
        "date",
        "candidate",
        "name",
        "family_name",
        "job_title",
        "department",
        "highlight",
        "sign_off",
    }
)
#: The kinds of sentence an industry `Phrase` can be.
PARTS = ("opener", "highlight", "interest", "follow_up", "closer")
#: Salutation keys, looked up in this order for an interviewer with honorific
#: "ms" and academic title "dr": "ms+dr", "dr", "ms", "name"; "team" when the
#: recipient is unknown.
SALUTATION_KEYS = (
    "ms",
    "mr",
    "mx",
    "dr",
    "prof",
    "ms+dr",
    "mr+dr",
    "mx+dr",
    "ms+prof",
    "mr+prof",
    "mx+prof",
    "name",
    "team",
)

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _templates(value: object, field: str, *, required: bool = True) -> tuple[str, ...]:
    items = c.texts(value, field, max_len=2000) if value is not None else ()
    if required and not items:
        raise InvalidInput(field, "needs at least one template")
    for i, template in enumerate(items):
        _check_placeholders(template, field, i)
    return items


def _check_placeholders(template: str, field: str, index: int | None = None) -> None:
    for name in _PLACEHOLDER.findall(template):
        if name not in PLACEHOLDERS:
            raise InvalidInput(
                field if index is None else f"{field}[{index}]",
                f"unknown placeholder {{{name}}}; accepted: "
                + ", ".join("{" + p + "}" for p in sorted(PLACEHOLDERS)),
            )


def _phrasebook_locale(v: object) -> Locale:
    return c.locale(v, "Phrasebook.locale")


def _phrasebook_register(v: object) -> Register | None:
    return c.optional_choice(Register, v, "Phrasebook.register")


def _phrasebook_subjects(v: object) -> tuple[str, ...]:
    return _templates(v, "Phrasebook.subjects")


def _phrasebook_openers(v: object) -> tuple[str, ...]:
    return _templates(v, "Phrasebook.openers")


def _phrasebook_highlights(v: object) -> tuple[str, ...]:
    return _templates(v, "Phrasebook.highlights")


def _phrasebook_interest(v: object) -> tuple[str, ...]:
    return _templates(v, "Phrasebook.interest")


def _phrasebook_follow_ups(v: object) -> tuple[str, ...]:
    return _templates(v, "Phrasebook.follow_ups", required=False)


def _phrasebook_closers(v: object) -> tuple[str, ...]:
    return _templates(v, "Phrasebook.closers")


def _phrasebook_sign_offs(v: object) -> tuple[str, ...]:
    return _templates(v, "Phrasebook.sign_offs")


def _phrasebook_fits(v: object) -> tuple[str, ...]:
    return _templates(v, "Phrasebook.fits", required=False)


def _phrasebook_short_openers(v: object) -> tuple[str, ...]:
    return _templates(v, "Phrasebook.short_openers", required=False)


def _phrasebook_short_highlights(v: object) -> tuple[str, ...]:
    return _templates(v, "Phrasebook.short_highlights", required=False)


def _phrasebook_short_interest(v: object) -> tuple[str, ...]:
    return _templates(v, "Phrasebook.short_interest", required=False)


def _phrasebook_short_closers(v: object) -> tuple[str, ...]:
    return _templates(v, "Phrasebook.short_closers", required=False)


def _phrasebook_signature(v: object) -> str:
    template = c.text(v, "Phrasebook.signature", multiline=True)
    _check_placeholders(template, "Phrasebook.signature")
    return template


def _phrasebook_source(v: object) -> str | None:
    return c.optional_text(v, "Phrasebook.source", max_len=1000)


def _phrasebook_salutations(v: object) -> tuple[tuple[str, str], ...]:
    if isinstance(v, tuple) and all(isinstance(p, tuple) and len(p) == 2 for p in v):
        v = dict(v)  # the stored form, e.g. from attrs.evolve
    if not isinstance(v, Mapping):
        raise InvalidInput("Phrasebook.salutations", "expected a mapping of form to template")
    pairs = []
    for key, template in v.items():
        if key not in SALUTATION_KEYS:
            raise InvalidInput(
                "Phrasebook.salutations",
                f"unknown form {key!r}; accepted: {', '.join(SALUTATION_KEYS)}",
            )
        checked = c.text(template, f"Phrasebook.salutations[{key!r}]", max_len=500)
        _check_placeholders(checked, f"Phrasebook.salutations[{key!r}]")
        pairs.append((key, checked))
    if "team" not in v:
        raise InvalidInput(
            "Phrasebook.salutations",
            "needs a 'team' form for an unknown recipient (e.g. 'Dear Hiring Team,')",
        )
    return tuple(sorted(pairs))


@frozen
class Phrasebook:
    """The parts of a note in one language (and optionally one register).

    A culture plugin contributes one per locale it writes: ``"de"`` for the
    language, ``"de_CH"`` for a country's variant. The composer picks the
    most specific match for the note's locale and register, falling back to
    the language. Lists offer alternatives; the composer chooses among them
    deterministically per recipient, so panel members get different notes.
    """

    #: The names of the fields that hold lists of alternative templates.
    TEMPLATE_LISTS: ClassVar[tuple[str, ...]] = (
        "subjects",
        "openers",
        "highlights",
        "interest",
        "closers",
        "sign_offs",
        "follow_ups",
        "fits",
        "short_openers",
        "short_highlights",
        "short_interest",
        "short_closers",
    )

    locale: Locale = field(converter=_phrasebook_locale)
    subjects: tuple[str, ...] = field(converter=_phrasebook_subjects)
    salutations: tuple[tuple[str, str], ...] = field(converter=_phrasebook_salutations)
    openers: tuple[str, ...] = field(converter=_phrasebook_openers)
    highlights: tuple[str, ...] = field(converter=_phrasebook_highlights)
    interest: tuple[str, ...] = field(converter=_phrasebook_interest)
    closers: tuple[str, ...] = field(converter=_phrasebook_closers)
    sign_offs: tuple[str, ...] = field(converter=_phrasebook_sign_offs)
    follow_ups: tuple[str, ...] = field(default=(), converter=_phrasebook_follow_ups)
    #: How the end of the note is laid out; ``{sign_off}`` and ``{candidate}``.
    signature: str = field(default="{sign_off}\n{candidate}", converter=_phrasebook_signature)
    register: Register | None = field(default=None, converter=_phrasebook_register)
    #: Who wrote or checked the phrasing, and the conventions it follows.
    source: str | None = field(default=None, converter=_phrasebook_source)
    #: Optional sentences on why the candidate fits the role, used when an
    #: e-mail would otherwise be too short (e.g. no highlights were given).
    fits: tuple[str, ...] = field(default=(), converter=_phrasebook_fits)
    #: Optional shorter forms for a card or a LinkedIn message; without them
    #: the composer picks the shortest of the regular alternatives that fit.
    short_openers: tuple[str, ...] = field(default=(), converter=_phrasebook_short_openers)
    short_highlights: tuple[str, ...] = field(default=(), converter=_phrasebook_short_highlights)
    short_interest: tuple[str, ...] = field(default=(), converter=_phrasebook_short_interest)
    short_closers: tuple[str, ...] = field(default=(), converter=_phrasebook_short_closers)

    def salutation(self, key: str) -> str | None:
        for name, template in self.salutations:
            if name == key:
                return template
        return None


def _phrase_text(v: object) -> str:
    template = c.text(v, "Phrase.text", max_len=2000)
    _check_placeholders(template, "Phrase.text")
    return template


def _phrase_kind(v: object) -> str:
    if v not in PARTS:
        raise InvalidInput("Phrase.kind", f"{v!r} is not accepted; accepted: {', '.join(PARTS)}")
    return str(v)


def _phrase_locale(v: object) -> Locale:
    return c.locale(v, "Phrase.locale")


def _phrase_register(v: object) -> Register | None:
    return c.optional_choice(Register, v, "Phrase.register")


def _phrase_source(v: object) -> str | None:
    return c.optional_text(v, "Phrase.source", max_len=1000)


@frozen
class Phrase:
    """An industry sentence for drafts, e.g. a fundraiser's word on the mission.

    ``kind`` says where it goes (one of `PARTS`); a "highlight" phrase must
    contain ``{highlight}``.
    """

    text: str = field(converter=_phrase_text)
    kind: str = field(default="interest", converter=_phrase_kind)
    locale: Locale = field(default=Locale("en"), converter=_phrase_locale)
    register: Register | None = field(default=None, converter=_phrase_register)
    source: str | None = field(default=None, converter=_phrase_source)


def fill(template: str, values: Mapping[str, str]) -> str:
    """Substitute ``{name}`` placeholders in a trusted template, once.

    Values are inserted verbatim; braces inside them are never read again.
    The composer fills templates split once by `split_template`, to the same text.
    """
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)


def split_template(template: str) -> tuple[str, tuple[tuple[str, str, str], ...]]:
    """The pieces `fill` sees: the text before the first placeholder, then for
    each placeholder its name, its ``{name}`` and the text up to the next one."""
    head = None
    start = 0
    rest: list[tuple[str, str, str]] = []
    name = mark = ""
    for match in _PLACEHOLDER.finditer(template):
        text = template[start : match.start()]
        if head is None:
            head = text
        else:
            rest.append((name, mark, text))
        name, mark = match.group(1), match.group(0)
        start = match.end()
    if head is None:
        return template, ()
    rest.append((name, mark, template[start:]))
    return head, tuple(rest)

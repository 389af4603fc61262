"""The hooks a `thankyou` plugin can implement.

A plugin is a module (or any object) with functions marked ``@hookimpl`` and
named like the specs below. It may implement any subset, and may accept fewer
arguments than the spec offers. Every hook returns values; the engine records
which plugin returned what, so each piece of advice can name its source.

Plugins are found through the ``thankyou`` entry-point group::

    [project.entry-points.thankyou]
    veterinary = "thankyou_veterinary"

The entry-point name (``veterinary``) is the plugin's name everywhere: in
reasons, in ``thankyou plugins`` and in ``Engine(disable=[...])``.
"""

from __future__ import annotations

from collections.abc import Iterable

import pluggy

from ._checks import Check
from ._i18n import Catalog
from ._model import Candidate, Expectation, Industry, Interview
from ._phrasebook import Phrase, Phrasebook

__all__ = [
    "hookimpl",
    "hookspec",
    "thankyou_catalogs",
    "thankyou_checks",
    "thankyou_expectations",
    "thankyou_industries",
    "thankyou_phrasebooks",
    "thankyou_phrases",
]

#: Marks a hook specification; only this module uses it.
hookspec = pluggy.HookspecMarker("thankyou")
#: Marks a plugin's hook implementation: ``@hookimpl def thankyou_expectations(...)``.
hookimpl = pluggy.HookimplMarker("thankyou")


@hookspec
def thankyou_expectations(interview: Interview, candidate: Candidate) -> Iterable[Expectation]:
    """Say what is customary for this interview, and why.

    Called once per `advise` call, after the interview's industry key has been
    resolved from its aliases. Return an iterable of `Expectation` (empty when
    this plugin has nothing to say about the interview: an industry plugin for
    a different industry, a country plugin for another country). Each
    Expectation should carry its ``source``.

    Example::

        @hookimpl
        def thankyou_expectations(interview, candidate):
            if interview.industry != "veterinary":
                return ()
            return [
                Expectation(
                    Verdict.RECOMMENDED,
                    "A veterinary recruiter advises a short handwritten note to each "
                    "doctor you met (one recruiter; weak).",
                    weight=0.3,
                    source="veterinarycareerservices.com (one recruiter)",
                    channel=Channel.HANDWRITTEN,
                )
            ]
    """
    raise NotImplementedError


@hookspec
def thankyou_industries() -> Iterable[Industry]:
    """Declare the industries this plugin covers.

    Called once when the engine is built. The engine uses the keys and aliases
    to resolve ``Interview.industry`` (``"NGO"`` becomes ``"fundraising"``) and
    to reject an unknown industry with close matches. Two plugins declaring
    the same key or alias is an error naming both.

    Example::

        @hookimpl
        def thankyou_industries():
            return [Industry("veterinary", "Veterinary medicine", aliases=("vet",))]
    """
    raise NotImplementedError


@hookspec
def thankyou_phrasebooks() -> Iterable[Phrasebook]:
    """Contribute phrasebooks: the parts of a note in a language and register.

    Called once, the first time a note is drafted. A culture plugin returns
    one `Phrasebook` per locale it writes (``"de"``, ``"de_CH"``, ...). Two
    plugins giving a phrasebook for the same locale and register is an error
    naming both.

    The note's locale falls back from the variant to the language (``de_AT``
    uses ``de``; ``en_NZ`` uses CLDR's ``en_001`` first), never across
    scripts. Give several alternatives per list: panel members get different
    ones. A template whose placeholder has no value (``{job_title}`` for an
    interviewer without one) is skipped, so keep at least one per list that
    needs only ``{company}``, ``{position}``, ``{date}`` or ``{candidate}``.
    The optional ``fits`` sentences lengthen a short e-mail, and the
    ``short_*`` lists serve cards and LinkedIn messages.

    Example::

        @hookimpl
        def thankyou_phrasebooks():
            return [
                Phrasebook(
                    locale="nl",
                    subjects=["Bedankt voor het gesprek: {position}"],
                    salutations={"ms": "Geachte mevrouw {family_name},",
                                 "mr": "Geachte heer {family_name},",
                                 "name": "Beste {name},",
                                 "team": "Geachte heer, mevrouw,"},
                    openers=["Hartelijk dank voor het gesprek van {date} over de functie "
                             "van {position} bij {company}."],
                    highlights=["Vooral ons gesprek over {highlight} is me bijgebleven."],
                    interest=["Ik ben nog steeds zeer geïnteresseerd in deze functie."],
                    closers=["Ik hoor graag van u."],
                    sign_offs=["Met vriendelijke groet,"],
                    source="careerwise.nl",
                )
            ]
    """
    raise NotImplementedError


@hookspec
def thankyou_phrases(interview: Interview) -> Iterable[Phrase]:
    """Contribute industry sentences for the drafts of this interview.

    Called once per `advise` call that drafts notes, after the industry key
    is resolved. Return `Phrase` objects in any languages you write well; the
    composer uses those in the note's language and register. Return nothing
    for other industries.

    Example::

        @hookimpl
        def thankyou_phrases(interview):
            if interview.industry != "sales":
                return ()
            return [Phrase("I would welcome a call next week to talk about next steps.",
                           kind="follow_up", locale="en")]
    """
    raise NotImplementedError


@hookspec
def thankyou_catalogs() -> Iterable[Catalog]:
    """Declare the gettext catalogs that translate this plugin's reason texts.

    Called once when the engine is built. Return one `Catalog` per gettext
    domain you ship (usually one, named after your distribution). When a
    caller asks for ``advise(..., ui_locale="de")``, the engine looks each
    of your ``Expectation.reason`` texts up as a message id in your domains,
    then in those of the other plugins of your distribution, then in the
    core's; a text without a translation is shown as you wrote it. Write
    each reason as fixed sentences (a reason you join from several is
    translated sentence by sentence, but a sentence formatted at run time
    cannot be); ``Reason.untranslated`` keeps your original. A language the
    caller asks for that you do not ship reads in your own words.

    Babel finds your reasons with the extraction method ``thankyou_reasons``
    (``[[tool.babel.mappings]] method = "thankyou_reasons"``, ``pattern =
    "**.py"``): ``pybabel extract``, ``pybabel init``/``update``, then
    ``pybabel compile -d <locale dir> -D <domain>`` before you build (or a
    build hook, like thankyou's own ``hatch_build.py``).

    Example::

        from pathlib import Path

        @hookimpl
        def thankyou_catalogs():
            # locale/de/LC_MESSAGES/thankyou_veterinary.mo, compiled at build time
            return [Catalog("thankyou_veterinary", Path(__file__).parent / "locale")]
    """
    raise NotImplementedError


@hookspec
def thankyou_checks() -> Iterable[Check]:
    """Contribute proofreading rules.

    Called once per engine, the first time a note is checked. Return `Check`
    values: each has a stable ``rule`` id (lowercase words joined by ``-``,
    unique across plugins: two plugins claiming one id is an error naming
    both), a ``function`` that takes a `CheckContext` and returns an iterable
    of `Finding` whose ``rule`` is that id, and optionally the ``languages``
    it applies to. The function runs once per checked note; it reads
    ``ctx.text``, the note's words already tokenized (``ctx.written`` as
    written, ``ctx.words`` in lower case, ``ctx.vocabulary`` as a set, and
    ``ctx.tokens[i].start()`` / ``.end()`` for offsets), the interview, the
    recipient, the note's ``locale`` and ``channel``, the ``recommendation``
    and ``now``. ``start``/``end`` of a Finding are character offsets into
    ``ctx.text``. A rule that raises, or returns a Finding of another rule or
    outside the text, is named in a `PluginError` (or skipped with a
    `RuntimeWarning` when the engine is not strict).

    Example::

        def _onsha(ctx):
            # In a letter, "your company" is 貴社; 御社 is for speech.
            start = ctx.text.find("御社")
            while start != -1:
                yield Finding("ja-onsha", Severity.WARNING,
                              "write 貴社 in a letter; 御社 is for speech",
                              start, start + 2, "貴社")
                start = ctx.text.find("御社", start + 2)

        @hookimpl
        def thankyou_checks():
            return [Check("ja-onsha", _onsha, languages=("ja",))]
    """
    raise NotImplementedError

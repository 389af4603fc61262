"""What the country plugins share: a country's norms as data, and the hook that reads them.

Each country module holds one `CountryNorm` (its facts, each with its source)
and exposes ``thankyou_expectations = expectations_hook(NORM)``. Only public
names of ``thankyou`` are used here.

Who speaks for whom (no double counting)
----------------------------------------
The employer's country, ``interview.country``, is the reader's culture and
decides the norm. A country's plugin therefore plays one of three roles:

* **Reader** (``interview.country`` is this country): the full norm, with
  the weights below: the stance on sending, the timing, the channel and the
  register.
* **Interviewer** (not the employer's country, but an interviewer's own
  ``locale.territory`` is this country): only the stance, at a quarter of an
  ordinary weight at most (``min(weight, WEAK) * 0.5``). The interviewer
  reads the note with the employer's habits but may lean towards their own.
  No timing, channel or register: those follow the employer's country.
* **Candidate** (the candidate's ``locale.territory`` is this country and the
  employer is elsewhere): an explanation only, with no stance, channel,
  timing or register, so it cannot move the advice ("In India a thank-you
  note is uncommon ... That is the custom in the country of your locale, but
  your reader's culture decides ...").

Both are made of fixed sentences only, so that a catalog translates them
sentence by sentence: the country's ``summary`` (one sentence naming only
its own country) and a connective without any name (the ``*_TEXT``
constants below). Interviewers are therefore not named in their reason.

A plugin plays at most the reader role, or else at most one interviewer
contribution (for every interviewer from the country) and one candidate
explanation. A locale without a territory (``"ja"``) counts for no country.

Weights
-------
``STRONG`` (1.5): a survey of employers in the country, or several
independent established sources that agree. It outweighs the core baseline
(1.0), whose surveys polled US managers, because a country's own evidence is
more specific. ``ORDINARY`` (1.0): one established source (a national job
board, a recruitment firm, the press). ``WEAK`` (0.5): one blog, forum thread
or practitioner, or a fact carried over from a neighbouring country; its
reason says so.

Timing
------
The engine takes the narrowest window of all plugins whatever their weight,
so a window is given only where a source names one (the US 24 hours, Japan
the same day by 18:00, Korea the next morning 9-11, ...). Vaguer or
conflicting timing advice is stated in the reason without a window.
"""

from __future__ import annotations

import enum
import functools
import re
import threading
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo

from attrs import Attribute, field, frozen

from thankyou import (
    Candidate,
    Channel,
    Expectation,
    Interview,
    Interviewer,
    Register,
    Verdict,
)
from thankyou.hookspecs import hookimpl

__all__ = [
    "CANDIDATE_WEIGHT",
    "INTERVIEWER_SHARE",
    "LINKEDIN_WEIGHT",
    "ORDINARY",
    "STRONG",
    "WEAK",
    "CountryNorm",
    "Custom",
    "Fact",
    "Timing",
    "country_name",
    "expectations_hook",
]

STRONG = 1.5
ORDINARY = 1.0
WEAK = 0.5
#: Share of a (capped) stance weight an interviewer's own culture adds.
INTERVIEWER_SHARE = 0.5
#: The candidate's culture explains; it has no stance, so its weight moves nothing.
CANDIDATE_WEIGHT = 0.1
#: Beats the baseline's e-mail (1.0) when no address is known.
LINKEDIN_WEIGHT = 1.5

NEVER_TEXT = (
    "Never by text message, and never as a public post on the company's social-media pages."
)
NEVER_TEXT_SOURCE = (
    "PwC careeradvisor (never a text message); Robert Half / Accountemps survey of 300 HR "
    "managers, press.roberthalf.com, 2017-11-20 (text or social media acceptable to under "
    "10%); studenttorget.no, citing Jenny Foss (no thanks on social media)"
)
LINKEDIN_SOURCE = (
    "jdisearch.com, 'How to Write a Thank You Note After an Interview' (LinkedIn only when "
    "no e-mail address is known)"
)
#: After a candidate's own country's summary: why it does not decide.
CANDIDATE_TEXT = (
    "That is the custom in the country of your locale, but your reader's culture decides: "
    "the advice follows the norms of the employer's country."
)
#: After an interviewer's own country's summary, by how many of the panel are from there.
SOLE_INTERVIEWER_TEXT = (
    "That is the custom where your interviewer is from, going by their locale; the "
    "employer's country sets the norm, so this counts only a little."
)
EVERY_INTERVIEWER_TEXT = (
    "That is the custom where your interviewers are from, going by their locales; the "
    "employer's country sets the norm, so this counts only a little."
)
ONE_INTERVIEWER_TEXT = (
    "That is the custom where one of your interviewers is from, going by their locale; the "
    "employer's country sets the norm, so this counts only a little."
)
SOME_INTERVIEWERS_TEXT = (
    "That is the custom where some of your interviewers are from, going by their locales; "
    "the employer's country sets the norm, so this counts only a little."
)
GENERIC_EMAIL = (
    "Robert Half / Accountemps survey of 300 HR managers, press.roberthalf.com, 2017-11-20 "
    "(e-mail appropriate: 94%); fastcompany.com/3063647 (a mailed card may arrive too late)"
)

#: Between two sentences, as the engine splits a reason to translate it.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“(])")

_ARTICLE = {"US": "the United States", "GB": "the United Kingdom", "NL": "the Netherlands"}


def country_name(code: str) -> str:
    """The English name of a country as its own sentences write it ("the Netherlands")."""
    if code in _ARTICLE:
        return _ARTICLE[code]
    from babel import Locale

    return str(Locale("en").territories.get(code, code))


def _nonblank(_: object, attribute: Attribute[str], value: str) -> None:
    if not value.strip():
        raise ValueError(f"a fact needs its {attribute.name}")


def _fact_weight(_: object, __: object, value: float) -> None:
    if not 0 < value <= STRONG:
        raise ValueError(f"weight {value} is outside (0, {STRONG}]")


@frozen
class Fact:
    """One sourced statement: the reason in plain words, where it comes from, its weight."""

    text: str = field(validator=_nonblank)
    source: str = field(validator=_nonblank)
    weight: float = field(default=ORDINARY, validator=_fact_weight)


@frozen
class Custom:
    """A stance on sending a note in this country, and why."""

    stance: Verdict
    fact: Fact


class Timing(enum.Enum):
    """How a country's timing norm turns into a window for one interview."""

    #: No window: the timing advice is in the reason only.
    NOTE = "note"
    #: A fixed window after the interview (``CountryNorm.within``).
    WINDOW = "window"
    #: The same local day by closing time; the next morning if the day is over.
    SAME_DAY = "same_day"
    #: The next morning, between ``hours`` opening and closing.
    NEXT_MORNING = "next_morning"


def _customs(value: Sequence[Custom]) -> tuple[Custom, ...]:
    return tuple(value)


def _extras(value: Sequence[Fact]) -> tuple[Fact, ...]:
    return tuple(value)


class _Fixed(NamedTuple):
    """A norm's Expectations that do not depend on the interview, built once.

    Every interview asks each country plugin; returning the same objects spares
    building and checking them again, and lets the engine recognise them.
    """

    customs: tuple[Expectation, ...]
    #: Timing.NOTE and WINDOW: the whole timing; SAME_DAY: the hours of a late interview.
    timing: tuple[Expectation, ...]
    channel: Expectation
    #: The channel when no interviewer's address is known.
    no_address: Expectation
    #: The register and the extras, in that order.
    tail: tuple[Expectation, ...]
    #: The interviewer role: (sole, every, one, some) as the ``*_TEXT`` constants say.
    interviewers: tuple[Expectation, Expectation, Expectation, Expectation]
    candidate: Expectation


_BUILDING = threading.Lock()


@frozen
class CountryNorm:
    """What is customary in one country, every part with its source.

    ``summary`` is the custom in one sentence that names only this country,
    for the interviewer and candidate roles ("In India a thank-you note is
    uncommon and may be mistaken for canvassing."); a connective follows it.
    """

    code: str
    zone: str
    customs: tuple[Custom, ...] = field(converter=_customs)
    summary: str
    channel: Fact
    register: Register | None = None
    register_fact: Fact | None = None
    timing: Timing = Timing.NOTE
    timing_fact: Fact | None = None
    within: timedelta | None = None
    hours: tuple[time, time] | None = None
    #: Japan: what to do when the interview ended too late for the same day.
    late_fact: Fact | None = None
    #: Why LinkedIn is no fallback here (None: it is, when no e-mail is known).
    no_linkedin: Fact | None = None
    extras: tuple[Fact, ...] = field(default=(), converter=_extras)
    _built: _Fixed | None = field(init=False, default=None, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if len(self.code) != 2 or not self.code.isupper():
            raise ValueError(f"{self.code!r} is not an ISO 3166 alpha-2 code")
        # The zone is loaded when a timing needs it (loading all 23 took ~2.6 ms of
        # every command's start-up); tests load every country's.
        if not self.summary.endswith(".") or _SENTENCE_END.search(self.summary):
            raise ValueError(f"{self.code}: the summary must be one whole sentence")
        if not self.customs:
            raise ValueError(f"{self.code}: a country needs a stance on sending")
        if (self.register is None) != (self.register_fact is None):
            raise ValueError(f"{self.code}: a register needs its fact, and a fact its register")
        if self.timing is not Timing.NOTE and self.timing_fact is None:
            raise ValueError(f"{self.code}: a timing window needs its fact")
        if (self.timing is Timing.WINDOW) != (self.within is not None):
            raise ValueError(f"{self.code}: a fixed window needs 'within', and only it")
        needs_hours = self.timing in (Timing.SAME_DAY, Timing.NEXT_MORNING)
        if needs_hours and self.hours is None:
            raise ValueError(f"{self.code}: {self.timing.value} needs business hours")

    @property
    def _fixed(self) -> _Fixed:
        """The Expectations that do not depend on the interview, built on first use.

        A country that no interview names costs its import only (building all
        23 took ~1.4 ms of every command's start-up). Built under a lock, so
        every thread gets the same objects, which the engine's caches key on.
        """
        built = self._built
        if built is None:
            with _BUILDING:
                built = self._built
                if built is None:
                    built = self._build_fixed()
                    # Frozen: the one assignment, made once.
                    object.__setattr__(self, "_built", built)
        return built

    def _build_fixed(self) -> _Fixed:
        fact = self.timing_fact
        if fact is None:
            timing: tuple[Expectation, ...] = ()
        elif self.timing is Timing.NOTE:
            timing = (Expectation(None, fact.text, weight=fact.weight, source=fact.source),)
        elif self.timing is Timing.WINDOW:
            timing = (
                Expectation(
                    None,
                    fact.text,
                    weight=fact.weight,
                    source=fact.source,
                    within=self.within,
                    hours=self.hours,
                ),
            )
        elif self.timing is Timing.SAME_DAY:
            timing = (
                Expectation(
                    None, fact.text, weight=fact.weight, source=fact.source, hours=self.hours
                ),
            )
        else:
            timing = ()
        tail: list[Expectation] = []
        if self.register is not None and self.register_fact is not None:
            tail.append(
                Expectation(
                    None,
                    self.register_fact.text,
                    weight=self.register_fact.weight,
                    source=self.register_fact.source,
                    register=self.register,
                )
            )
        tail.extend(
            Expectation(None, f.text, weight=f.weight, source=f.source) for f in self.extras
        )
        main = max(self.customs, key=lambda c: c.fact.weight)
        share = min(main.fact.weight, WEAK) * INTERVIEWER_SHARE
        sole, every, one, some = (
            Expectation(main.stance, f"{self.summary} {why}", weight=share, source=main.fact.source)
            for why in (
                SOLE_INTERVIEWER_TEXT,
                EVERY_INTERVIEWER_TEXT,
                ONE_INTERVIEWER_TEXT,
                SOME_INTERVIEWERS_TEXT,
            )
        )
        return _Fixed(
            customs=tuple(
                Expectation(c.stance, c.fact.text, weight=c.fact.weight, source=c.fact.source)
                for c in self.customs
            ),
            timing=timing,
            channel=self._email(self.channel),
            no_address=(
                self._email(self.no_linkedin)
                if self.no_linkedin is not None
                else Expectation(
                    None,
                    "No e-mail address is known for your interviewers: if you truly have none, "
                    "a LinkedIn message is the fallback, and only for that case; if a recruiter "
                    "or HR contact has written to you, thank them by e-mail and ask them to "
                    f"pass it on instead. {NEVER_TEXT}",
                    weight=LINKEDIN_WEIGHT,
                    source=f"{LINKEDIN_SOURCE}; {NEVER_TEXT_SOURCE}",
                )
            ),
            tail=tuple(tail),
            interviewers=(sole, every, one, some),
            candidate=Expectation(
                None,
                f"{self.summary} {CANDIDATE_TEXT}",
                weight=CANDIDATE_WEIGHT,
                source=main.fact.source,
            ),
        )

    @staticmethod
    def _email(fact: Fact) -> Expectation:
        return Expectation(
            None,
            f"{fact.text} {NEVER_TEXT}",
            weight=fact.weight,
            source=f"{fact.source}; {NEVER_TEXT_SOURCE}",
            channel=Channel.EMAIL,
        )

    # --- the three roles ------------------------------------------------------

    def expectations(self, interview: Interview, candidate: Candidate) -> tuple[Expectation, ...]:
        """What this country's plugin says about one interview (see the module docstring)."""
        if interview.country == self.code:
            return self.as_reader(interview)
        found: list[Expectation] = []
        from_here = [p for p in interview.interviewers if _territory(p) == self.code]
        if from_here:
            found.append(self.as_interviewers_culture(interview, from_here))
        if candidate.locale.territory == self.code:
            found.append(self.as_candidates_culture(interview))
        return tuple(found)

    def as_reader(self, interview: Interview) -> tuple[Expectation, ...]:
        fixed = self._fixed
        channel = fixed.no_address if _no_address(interview) else fixed.channel
        if self.timing is Timing.NOTE or self.timing is Timing.WINDOW:
            return (*fixed.customs, *fixed.timing, channel, *fixed.tail)
        return (*fixed.customs, *self._timing(interview), channel, *fixed.tail)

    def as_interviewers_culture(
        self, interview: Interview, people: Sequence[Interviewer]
    ) -> Expectation:
        sole, every, one, some = self._fixed.interviewers
        if len(people) == len(interview.interviewers):
            return sole if len(people) == 1 else every
        return one if len(people) == 1 else some

    def as_candidates_culture(self, interview: Interview) -> Expectation:
        return self._fixed.candidate

    # --- parts of the reader role -------------------------------------------------

    def _timing(self, interview: Interview) -> tuple[Expectation, ...]:
        """SAME_DAY and NEXT_MORNING: a window that depends on when the interview ended."""
        fact = self.timing_fact
        # Both checked in __attrs_post_init__.
        assert fact is not None
        assert self.hours is not None
        opening, closing = self.hours
        end = interview.when.astimezone(_reader_zone(interview, self.zone))
        day = end.date()
        if self.timing is Timing.NEXT_MORNING:
            return (
                _timed(
                    fact,
                    _until(end, day + timedelta(days=1), opening),
                    _until(end, day + timedelta(days=1), closing),
                    self.hours,
                ),
            )
        # Same day by closing time; with less than an hour left (a note sent
        # minutes after the interview reads as automated), the next morning.
        last_call = _at(day, closing, end.tzinfo) - timedelta(hours=1)
        if end <= last_call:
            return (_timed(fact, None, _until(end, day, closing), self.hours),)
        late = self.late_fact or fact
        noon = time(12)
        return (
            *self._fixed.timing,
            _timed(late, None, _until(end, day + timedelta(days=1), max(noon, opening)), None),
        )


@functools.lru_cache(maxsize=512)
def _timed(
    fact: Fact,
    wait: timedelta | None,
    within: timedelta | None,
    hours: tuple[time, time] | None,
) -> Expectation:
    """A window that depends on when the interview ended: the same object for the same
    window (interviews end on the hour or the half hour), which the engine recognises."""
    return Expectation(
        None,
        fact.text,
        weight=fact.weight,
        source=fact.source,
        wait=wait,
        within=within,
        hours=hours,
    )


def expectations_hook(
    norm: CountryNorm,
) -> Callable[[Interview, Candidate], tuple[Expectation, ...]]:
    """The ``thankyou_expectations`` hook implementation for one country."""

    code = norm.code

    @hookimpl
    def thankyou_expectations(
        interview: Interview, candidate: Candidate
    ) -> tuple[Expectation, ...]:
        # Most interviews have nothing to do with this country: say so cheaply.
        if interview.country != code and candidate.locale.territory != code:
            for person in interview.interviewers:
                if person.locale is not None and person.locale.territory == code:
                    break
            else:
                return ()
        return norm.expectations(interview, candidate)

    return thankyou_expectations


# --- helpers -------------------------------------------------------------------


def _territory(person: Interviewer) -> str | None:
    return person.locale.territory if person.locale is not None else None


def _no_address(interview: Interview) -> bool:
    """Interviewers are named but none has an address, nor has a recruiter."""
    if not interview.interviewers or any(p.email for p in interview.interviewers):
        return False
    recruiter = getattr(interview, "recruiter", None)
    return not (isinstance(recruiter, Interviewer) and recruiter.email)


def _reader_zone(interview: Interview, fallback: str) -> ZoneInfo:
    """The zone the note is read in, by the engine's documented rule: the first
    interviewer's zone, else the interview's own named zone, else the country's."""
    for person in interview.interviewers:
        if person.timezone is not None:
            return person.timezone
    if isinstance(interview.when.tzinfo, ZoneInfo):
        return interview.when.tzinfo
    return ZoneInfo(fallback)


def _at(day: date, clock: time, zone: object) -> datetime:
    assert isinstance(zone, ZoneInfo)
    # Through UTC and back so that a wall time in a DST gap is normalised.
    return datetime.combine(day, clock, tzinfo=zone).astimezone(UTC).astimezone(zone)


def _until(end: datetime, day: date, clock: time) -> timedelta:
    """Real elapsed time from ``end`` to ``clock`` on ``day`` in ``end``'s zone.

    Subtracting two datetimes that share a tzinfo gives wall-clock time, which
    is an hour off across a DST change, so both go through UTC.
    """
    target = _at(day, clock, end.tzinfo)
    return target.astimezone(UTC) - end.astimezone(UTC)

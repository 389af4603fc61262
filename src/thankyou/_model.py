"""The values that flow through `thankyou`: inputs, plugin contributions, outputs.

Every class is a frozen, slotted attrs class. Inputs validate and convert at
the boundary (strings become enums, locales and zones), so that the rest of
the library can trust them; a bad value raises `InvalidInput` naming the field.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING, TypeVar
from zoneinfo import ZoneInfo

from attrs import field, frozen
from babel import Locale

from . import _coerce as c
from ._errors import InvalidInput

if TYPE_CHECKING:
    from email.message import EmailMessage

T = TypeVar("T")

__all__ = [
    "Advice",
    "Candidate",
    "Channel",
    "Expectation",
    "Finding",
    "Format",
    "Industry",
    "Interview",
    "Interviewer",
    "Note",
    "Preference",
    "Reason",
    "Recommendation",
    "Register",
    "Severity",
    "Stage",
    "Verdict",
]


class Verdict(enum.StrEnum):
    """Whether to send a note, from most to least expected."""

    EXPECTED = "expected"
    RECOMMENDED = "recommended"
    OPTIONAL = "optional"
    UNUSUAL = "unusual"
    DO_NOT_SEND = "do_not_send"


class Channel(enum.StrEnum):
    EMAIL = "email"
    HANDWRITTEN = "handwritten"
    LINKEDIN = "linkedin"


class Register(enum.StrEnum):
    """How formal the note should read."""

    FORMAL = "formal"
    NEUTRAL = "neutral"
    WARM = "warm"


class Stage(enum.StrEnum):
    SCREENING = "screening"
    FIRST = "first"
    FINAL = "final"


class Format(enum.StrEnum):
    PHONE = "phone"
    VIDEO = "video"
    ONSITE = "onsite"


class Preference(enum.StrEnum):
    """What the hiring manager is known to prefer; it beats any custom."""

    NO_FOLLOW_UP = "no_follow_up"
    PREFERS_EMAIL = "prefers_email"
    APPRECIATES_HANDWRITTEN = "appreciates_handwritten"


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


def _tuple_of(kind: type[T], name: str, value: object) -> tuple[T, ...]:
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise InvalidInput(name, f"expected a list of {kind.__name__}, got {value!r:.60}")
    items = tuple(value)
    for i, item in enumerate(items):
        if not isinstance(item, kind):
            raise InvalidInput(
                f"{name}[{i}]", f"expected {kind.__name__}, got {type(item).__name__}"
            )
    return items


# Named converters: mypy's attrs plugin types __init__ from them.


def _candidate_name(v: object) -> str:
    return c.text(v, "Candidate.name")


def _candidate_locale(v: object) -> Locale:
    return c.locale(v, "Candidate.locale")


def _candidate_email(v: object) -> str | None:
    return c.email(v, "Candidate.email")


def _candidate_phone(v: object) -> str | None:
    return c.optional_text(v, "Candidate.phone", max_len=40)


def _candidate_signature(v: object) -> tuple[str, ...]:
    return c.texts(v, "Candidate.signature", max_len=200)


def _candidate_other_companies(v: object) -> tuple[str, ...]:
    return c.texts(v, "Candidate.other_companies", max_len=300)


def _interviewer_name(v: object) -> str:
    return c.text(v, "Interviewer.name", max_len=200)


def _interviewer_family_name(v: object) -> str | None:
    return c.optional_text(v, "Interviewer.family_name", max_len=200)


def _interviewer_job_title(v: object) -> str | None:
    return c.optional_text(v, "Interviewer.job_title", max_len=200)


def _interviewer_email(v: object) -> str | None:
    return c.email(v, "Interviewer.email")


def _interviewer_locale(v: object) -> Locale | None:
    return c.optional_locale(v, "Interviewer.locale")


def _interviewer_timezone(v: object) -> ZoneInfo | None:
    return c.timezone(v, "Interviewer.timezone")


def _interviewer_highlights(v: object) -> tuple[str, ...]:
    return c.texts(v, "Interviewer.highlights")


def _interviewer_preference(v: object) -> Preference | None:
    return c.optional_choice(Preference, v, "Interviewer.preference")


def _interview_company(v: object) -> str:
    return c.text(v, "Interview.company", max_len=300)


def _interview_position(v: object) -> str:
    return c.text(v, "Interview.position", max_len=300)


def _interview_when(v: object) -> datetime:
    return c.aware(v, "Interview.when")


def _interview_country(v: object) -> str:
    return c.country(v, "Interview.country")


def _interview_interviewers(v: object) -> tuple[Interviewer, ...]:
    return _tuple_of(Interviewer, "Interview.interviewers", v)


def _interview_highlights(v: object) -> tuple[str, ...]:
    return c.texts(v, "Interview.highlights")


def _interview_stage(v: object) -> Stage:
    return c.choice(Stage, v, "Interview.stage")


def _interview_format(v: object) -> Format:
    return c.choice(Format, v, "Interview.format")


def _interview_department(v: object) -> str | None:
    return c.optional_text(v, "Interview.department", max_len=300)


def _interview_preference(v: object) -> Preference | None:
    return c.optional_choice(Preference, v, "Interview.preference")


def _interview_recruiter(v: object) -> Interviewer | None:
    if v is None or isinstance(v, Interviewer):
        return v
    raise InvalidInput(
        "Interview.recruiter", f"expected an Interviewer or None, got {type(v).__name__}"
    )


def _expectation_stance(v: object) -> Verdict | None:
    return c.optional_choice(Verdict, v, "Expectation.stance")


def _expectation_reason(v: object) -> str:
    return c.text(v, "Expectation.reason", max_len=2000)


def _expectation_weight(v: object) -> float:
    return c.weight(v, "Expectation.weight")


def _expectation_source(v: object) -> str | None:
    return c.optional_text(v, "Expectation.source", max_len=1000)


def _expectation_channel(v: object) -> Channel | None:
    return c.optional_choice(Channel, v, "Expectation.channel")


def _expectation_within(v: object) -> timedelta | None:
    return c.duration(v, "Expectation.within")


def _expectation_register(v: object) -> Register | None:
    return c.optional_choice(Register, v, "Expectation.register")


def _expectation_wait(v: object) -> timedelta | None:
    return c.duration(v, "Expectation.wait")


def _industry_key(v: object) -> str:
    return c.text(v, "Industry.key", max_len=60)


def _industry_name(v: object) -> str:
    return c.text(v, "Industry.name", max_len=200)


def _industry_aliases(v: object) -> tuple[str, ...]:
    return c.texts(v, "Industry.aliases", max_len=60)


def _form(value: object, field: str, accepted: tuple[str, ...]) -> str | None:
    """'Ms.', 'MS' and 'ms' are the same form of address; anything else is refused."""
    if value is None:
        return None
    key = value.strip().lower().rstrip(".") if isinstance(value, str) else value
    if key == "professor":
        key = "prof"
    if key not in accepted:
        listed = ", ".join(repr(a) for a in accepted)
        raise InvalidInput(field, f"{value!r} is not accepted; accepted: {listed} or none")
    return str(key)


def _interviewer_honorific(v: object) -> str | None:
    return _form(v, "Interviewer.honorific", ("ms", "mr", "mx"))


def _interviewer_academic_title(v: object) -> str | None:
    return _form(v, "Interviewer.academic_title", ("dr", "prof"))


# --- inputs -----------------------------------------------------------------


@frozen(cache_hash=True)
class Candidate:
    """The person who was interviewed and will sign the note."""

    name: str = field(converter=_candidate_name)
    locale: Locale = field(converter=_candidate_locale)
    email: str | None = field(default=None, converter=_candidate_email)
    phone: str | None = field(default=None, converter=_candidate_phone)
    signature: tuple[str, ...] = field(default=(), converter=_candidate_signature)
    #: Other companies the candidate applied to: a note naming one of them
    #: where this company belongs is the classic copy-and-paste accident.
    other_companies: tuple[str, ...] = field(default=(), converter=_candidate_other_companies)


@frozen(cache_hash=True)
class Interviewer:
    """One person on the panel. Nothing is guessed from the name."""

    name: str = field(converter=_interviewer_name)
    family_name: str | None = field(
        default=None,
        converter=_interviewer_family_name,
    )
    honorific: str | None = field(default=None, converter=_interviewer_honorific)
    academic_title: str | None = field(default=None, converter=_interviewer_academic_title)
    job_title: str | None = field(default=None, converter=_interviewer_job_title)
    email: str | None = field(default=None, converter=_interviewer_email)
    locale: Locale | None = field(default=None, converter=_interviewer_locale)
    timezone: ZoneInfo | None = field(default=None, converter=_interviewer_timezone)
    highlights: tuple[str, ...] = field(default=(), converter=_interviewer_highlights)
    preference: Preference | None = field(
        default=None,
        converter=_interviewer_preference,
    )

    @property
    def surname(self) -> str:
        """The family name if given, else the last word of the name."""
        return self.family_name or self.name.split()[-1]


@frozen(cache_hash=True)
class Interview:
    """What happened: where, when, with whom, and what was discussed."""

    company: str = field(converter=_interview_company)
    position: str = field(converter=_interview_position)
    when: datetime = field(converter=_interview_when)
    country: str = field(converter=_interview_country)
    industry: str | None = field(default=None)
    interviewers: tuple[Interviewer, ...] = field(default=(), converter=_interview_interviewers)
    highlights: tuple[str, ...] = field(default=(), converter=_interview_highlights)
    stage: Stage = field(default=Stage.FIRST, converter=_interview_stage)
    format: Format = field(default=Format.ONSITE, converter=_interview_format)
    department: str | None = field(default=None, converter=_interview_department)
    preference: Preference | None = field(default=None, converter=_interview_preference)
    #: The agency recruiter who arranged the interview, if any: they get thanks too.
    #: Kept last so that positional construction of the fields above is unchanged.
    recruiter: Interviewer | None = field(default=None, converter=_interview_recruiter)

    @industry.validator
    def _check_industry(self, _: object, value: object) -> None:
        if value is not None and not isinstance(value, str):
            raise InvalidInput("Interview.industry", f"expected an industry key, got {value!r}")
        if isinstance(value, str) and not value.strip():
            raise InvalidInput("Interview.industry", "must not be empty; leave it out instead")


# --- plugin side --------------------------------------------------------------


@frozen(cache_hash=True)
class Expectation:
    """A partial norm a plugin contributes, with where it comes from.

    Every field but ``reason`` is optional: a plugin that only knows the usual
    timing leaves ``stance`` as None, one that only knows the channel says so.
    ``weight`` is how much this fact should count against the others (1.0 is
    an ordinary, well-sourced norm; give weakly sourced facts less).
    """

    stance: Verdict | None = field(converter=_expectation_stance)
    reason: str = field(converter=_expectation_reason)
    weight: float = field(default=1.0, converter=_expectation_weight)
    source: str | None = field(default=None, converter=_expectation_source)
    channel: Channel | None = field(default=None, converter=_expectation_channel)
    within: timedelta | None = field(default=None, converter=_expectation_within)
    register: Register | None = field(default=None, converter=_expectation_register)
    #: Don't send sooner than this after the interview (a note minutes later looks automated).
    wait: timedelta | None = field(default=None, converter=_expectation_wait)
    #: Local business hours in which the note should arrive, e.g. (09:00, 18:00).
    hours: tuple[time, time] | None = field(default=None)

    @hours.validator
    def _check_hours(self, _: object, value: object) -> None:
        if value is None:
            return
        if (
            not isinstance(value, tuple)
            or len(value) != 2
            or not all(isinstance(t, time) and t.tzinfo is None for t in value)
            or not value[0] < value[1]
        ):
            raise InvalidInput(
                "Expectation.hours",
                "expected (opening, closing) naive times with opening < closing",
            )


@frozen
class Industry:
    """An industry a plugin covers: its key, a display name and aliases."""

    key: str = field(converter=_industry_key)
    name: str = field(converter=_industry_name)
    aliases: tuple[str, ...] = field(default=(), converter=_industry_aliases)


# --- outputs ------------------------------------------------------------------


@frozen(cache_hash=True)
class Reason:
    """One thing a plugin said, with the source behind it."""

    text: str
    plugin: str
    weight: float
    source: str | None = None
    stance: Verdict | None = None
    #: The Recommendation fields this reason informed: "verdict", "channel", ...
    about: tuple[str, ...] = ()
    #: The text as its plugin (or the core) wrote it, when ``text`` is a translation
    #: into the caller's ``ui_locale``; None when ``text`` is that original.
    untranslated: str | None = None


_DECIDED_FIELDS = ("verdict", "send_after", "send_by", "channel", "register")


_DECIDED_RANK = {name: i for i, name in enumerate(_DECIDED_FIELDS)}


def _decided_order(pair: tuple[str, tuple[str, ...]]) -> tuple[int, str]:
    return _DECIDED_RANK.get(pair[0], len(_DECIDED_RANK)), pair[0]


def _recommendation_deciders(
    v: Iterable[tuple[str, Iterable[str]]],
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Canonical order, so that equal recommendations compare equal after JSON."""
    return tuple(sorted([(str(name), tuple(plugins)) for name, plugins in v], key=_decided_order))


@frozen
class Recommendation:
    """Whether, when, how and how formally to send; every field explained."""

    verdict: Verdict
    send_after: datetime
    send_by: datetime
    channel: Channel
    register: Register
    reasons: tuple[Reason, ...]
    #: For each field, the plugins that decided it: (("verdict", ("baseline",)), ...)
    deciders: tuple[tuple[str, tuple[str, ...]], ...] = field(
        default=(), converter=_recommendation_deciders
    )
    #: The weighted stance, from -2 (do not send) to +2 (expected).
    score: float = 0.0

    def decided_by(self, field_name: str) -> tuple[str, ...]:
        """Names of the plugins (or ``"preference"``, ``"caller"``) behind a field."""
        for name, plugins in self.deciders:
            if name == field_name:
                return plugins
        fields = [n for n, _ in self.deciders]
        raise InvalidInput("field_name", f"{field_name!r} is not one of {fields}")


@frozen
class Finding:
    """A problem proofreading found, at characters ``start:end`` of the text."""

    rule: str
    severity: Severity
    message: str
    start: int
    end: int
    suggestion: str | None = None


@frozen
class Note:
    """A drafted note to one recipient (None: the hiring team)."""

    recipient: Interviewer | None
    channel: Channel
    locale: Locale
    subject: str | None
    body: str
    findings: tuple[Finding, ...] = ()
    #: True when the verdict is UNUSUAL: the note is drafted but not advised.
    optional: bool = False

    @property
    def text(self) -> str:
        """Subject and body as a person would paste them."""
        return f"{self.subject}\n\n{self.body}" if self.subject else self.body

    def as_email(self, sender: str | None = None) -> EmailMessage:
        """A plain-text UTF-8 `EmailMessage`, addressed when the e-mail is known.

        Every header value is checked here too, since a Note can be built by
        hand: a subject, name or sender with a line break raises `InvalidInput`
        instead of adding a header. ``sender`` is ``"Name <addr>"`` or an
        address. Lines end in LF (an ``.eml`` file); ``smtplib`` sends CRLF.
        """
        from email import policy
        from email.headerregistry import Address
        from email.message import EmailMessage
        from email.utils import parseaddr

        # No folding below RFC 5322's 998: the stdlib's folding of encoded
        # words can drop a space ("Größe Danke" -> "GrößeDanke").
        message = EmailMessage(policy=policy.default.clone(max_line_length=998))
        if self.subject:
            message["Subject"] = c.text(self.subject, "Note.subject", max_len=900)
        if self.recipient is not None and self.recipient.email:
            message["To"] = Address(
                display_name=c.text(self.recipient.name, "Note.recipient.name"),
                addr_spec=_address(self.recipient.email, "Note.recipient.email"),
            )
        if sender:
            name, address = parseaddr(c.text(sender, "sender"))
            if not address:
                raise InvalidInput("sender", f"{sender!r} is not 'Name <name@example.com>'")
            message["From"] = Address(display_name=name, addr_spec=_address(address, "sender"))
        message.set_content(self.body, charset="utf-8")
        return message


def _address(value: str, field: str) -> str:
    checked = c.email(value, field)
    assert checked is not None
    return checked


@frozen
class Advice:
    """The answer: a recommendation and the drafted notes."""

    recommendation: Recommendation
    notes: tuple[Note, ...] = ()
    #: Problems that did not stop the advice, e.g. a plugin skipped.
    warnings: tuple[str, ...] = ()

"""Combine what the plugins said into one Recommendation.

The rules, each documented in ``docs/architecture.md`` and tested:

* **Verdict.** Each stance scores EXPECTED +2, RECOMMENDED +1, OPTIONAL 0,
  UNUSUAL -1, DO_NOT_SEND -2. The weighted mean of the scores picks the
  verdict: >= 1.5 EXPECTED, >= 0.5 RECOMMENDED, > -0.5 OPTIONAL, > -1.5
  UNUSUAL, else DO_NOT_SEND. No stance at all gives OPTIONAL.
* **Preference.** A known hiring-manager preference beats every custom:
  ``no_follow_up`` gives DO_NOT_SEND, ``prefers_email`` and
  ``appreciates_handwritten`` set the channel.
* **Timing.** ``send_by`` is the interview's end plus the narrowest window
  any plugin gave (24 hours if none did), moved onto a business day of the
  employer's country and into business hours, in the recipient's zone.
  ``send_after`` is the end plus the longest ``wait`` (one hour if none),
  moved into business hours. Business hours are the intersection of the
  hours plugins gave (09:00-17:00 if none did).
* **Channel and register.** The heaviest total weight wins; ties go to the
  earlier member of the enum (e-mail, neutral).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import time, timedelta
from typing import NamedTuple, TypeVar
from zoneinfo import ZoneInfo

from ._calendar import BusinessCalendar, primary_zone
from ._i18n import ENGLISH, N_, Messages, Param
from ._model import (
    Channel,
    Expectation,
    Interview,
    Preference,
    Reason,
    Recommendation,
    Register,
    Verdict,
)

__all__ = [
    "DEFAULT_HOURS",
    "DEFAULT_WAIT",
    "DEFAULT_WITHIN",
    "STANCE_SCORES",
    "Contribution",
    "decide",
    "recipient_zone",
    "verdict_for",
]

#: A plugin's name and what it contributed.
Contribution = tuple[str, Expectation]

STANCE_SCORES: dict[Verdict, float] = {
    Verdict.EXPECTED: 2.0,
    Verdict.RECOMMENDED: 1.0,
    Verdict.OPTIONAL: 0.0,
    Verdict.UNUSUAL: -1.0,
    Verdict.DO_NOT_SEND: -2.0,
}
DEFAULT_WITHIN = timedelta(hours=24)
DEFAULT_WAIT = timedelta(hours=1)
DEFAULT_HOURS = (time(9), time(17))
_ONE_DAY = timedelta(days=1)
_V = TypeVar("_V", Channel, Register)

#: The weight shown on a reason that overrides every custom.
OVERRIDE_WEIGHT = 1000.0
PREFERENCE_SOURCE = "stated preference of the hiring manager (given by the caller)"


def _about(exp: Expectation) -> tuple[str, ...]:
    """The Recommendation fields an Expectation speaks to, in the fields' order."""
    return _ABOUT[
        (exp.stance is not None)
        | (exp.channel is not None) << 1
        | (exp.within is not None or exp.hours is not None) << 2
        | (exp.wait is not None) << 3
        | (exp.register is not None) << 4
    ]


_ABOUT_FIELDS = ("verdict", "channel", "send_by", "send_after", "register")
#: Every combination, built once: index i holds the fields whose bit is set in i.
_ABOUT = tuple(
    tuple(name for bit, name in enumerate(_ABOUT_FIELDS) if mask >> bit & 1) for mask in range(32)
)


def verdict_for(score: float) -> Verdict:
    """The verdict for a weighted mean stance score."""
    if score >= 1.5:
        return Verdict.EXPECTED
    if score >= 0.5:
        return Verdict.RECOMMENDED
    if score > -0.5:
        return Verdict.OPTIONAL
    if score > -1.5:
        return Verdict.UNUSUAL
    return Verdict.DO_NOT_SEND


def recipient_zone(interview: Interview) -> ZoneInfo:
    """The zone the note is read in: the first interviewer's, else the interview's own
    zone when it is a named zone, else the employer country's main zone."""
    for person in interview.interviewers:
        if person.timezone is not None:
            return person.timezone
    if isinstance(interview.when.tzinfo, ZoneInfo):
        return interview.when.tzinfo
    return primary_zone(interview.country)


def effective_preference(interview: Interview) -> Preference | None:
    """The interview's preference, else one every interviewer shares."""
    if interview.preference is not None:
        return interview.preference
    stated = {p.preference for p in interview.interviewers}
    if len(stated) == 1 and interview.interviewers:
        return stated.pop()
    return None


#: Ties between channels (registers) go to the earlier member of the enum.
_CHANNEL_RANK = {member: -i for i, member in enumerate(Channel)}
_REGISTER_RANK = {member: -i for i, member in enumerate(Register)}


def _heaviest(
    totals: dict[_V, float], backers: dict[_V, dict[str, None]], rank: dict[_V, int], default: _V
) -> tuple[_V, tuple[str, ...]]:
    if len(totals) == 1:
        # The usual case: every plugin that speaks to it agrees.
        [(only, plugins)] = backers.items()
        return only, tuple(plugins)
    if not totals:
        return default, ()
    best = max(totals, key=lambda v: (totals[v], rank[v]))
    return best, tuple(backers[best])


def _hours(
    given: list[tuple[str, tuple[time, time]]], contributions: Sequence[Contribution]
) -> tuple[tuple[time, time], tuple[str, ...]]:
    if not given:
        return DEFAULT_HOURS, ()
    opening = max(h[0] for _, h in given)
    closing = min(h[1] for _, h in given)
    if opening < closing:
        deciders = tuple(dict.fromkeys(p for p, h in given if opening in h or closing in h))
        return (opening, closing), deciders
    plugin, hours = max(given, key=lambda g: next(e.weight for p, e in contributions if p == g[0]))
    return hours, (plugin,)


#: Reasons already made, by (plugin, id of its Expectation, id of the Messages):
#: most Expectations are a plugin's constants, returned for interview after
#: interview. Each entry holds its Expectation and Messages, so that their ids
#: cannot be reused while it stands. Emptied when full; dict operations are
#: atomic, so threads at worst build a Reason twice.
_REASONS: dict[tuple[str, int, int], tuple[Expectation, Messages, Reason]] = {}
_REASONS_MAX = 4096


def _reason(plugin: str, exp: Expectation, ui: Messages) -> Reason:
    """The Reason for one contribution, in the caller's UI language, remembered."""
    text = ui.plugin_text(plugin, exp.reason)
    reason = Reason(
        text=text,
        plugin=plugin,
        weight=exp.weight,
        source=exp.source,
        stance=exp.stance,
        about=_about(exp),
        untranslated=None if text == exp.reason else exp.reason,
    )
    if len(_REASONS) >= _REASONS_MAX:
        _REASONS.clear()
    _REASONS[plugin, id(exp), id(ui)] = (exp, ui, reason)
    return reason


class _Tally(NamedTuple):
    """What a set of contributions adds up to, before the interview's own overrides
    (a stated preference, the caller's channel) and its calendar."""

    reasons: tuple[Reason, ...]
    verdict: Verdict
    score: float
    channel: Channel
    register: Register
    within: timedelta
    wait: timedelta
    hours: tuple[time, time]
    #: Who decided each field (Recommendation puts them in its canonical order).
    deciders: tuple[tuple[str, tuple[str, ...]], ...]


#: Tallies already made, by the UI language and each contribution's plugin and
#: Expectation object: interviews alike in country, industry, stage and panel get
#: the same constants from every plugin. By identity, not value (0.0 == -0.0, yet
#: a reason shows its weight); each entry holds its contributions, so that their
#: ids cannot be reused while it stands. Emptied when full; dict operations are
#: atomic, so threads at worst tally twice.
_TALLIES: dict[
    tuple[Messages, tuple[tuple[str, int], ...]], tuple[tuple[Contribution, ...], _Tally]
] = {}
_TALLIES_MAX = 1024


def _tally(contributions: Sequence[Contribution], ui: Messages) -> _Tally:
    key = (ui, tuple([(plugin, id(exp)) for plugin, exp in contributions]))
    found = _TALLIES.get(key)
    if found is None:
        held = tuple(contributions)
        found = held, _count(held, ui)
        if len(_TALLIES) >= _TALLIES_MAX:
            _TALLIES.clear()
        _TALLIES[key] = found
    return found[1]


def _count(contributions: Sequence[Contribution], ui: Messages) -> _Tally:
    """One pass over the contributions gathers what each rule needs."""
    reasons: list[Reason] = []
    stance_weights: list[float] = []
    stance_scores: list[float] = []
    stance_plugins: dict[str, None] = {}
    channels: dict[Channel, float] = {}
    channel_backers: dict[Channel, dict[str, None]] = {}
    registers: dict[Register, float] = {}
    register_backers: dict[Register, dict[str, None]] = {}
    windows: list[tuple[str, timedelta]] = []
    within = DEFAULT_WITHIN
    waits: list[tuple[str, timedelta]] = []
    wait = DEFAULT_WAIT
    given_hours: list[tuple[str, tuple[time, time]]] = []
    made = _REASONS
    for plugin, exp in contributions:
        known = made.get((plugin, id(exp), id(ui)))
        if known is not None and known[0] is exp and known[1] is ui:
            reasons.append(known[2])
        else:
            reasons.append(_reason(plugin, exp, ui))
        weight = exp.weight
        if weight > 0:
            if exp.stance is not None:
                stance_weights.append(weight)
                stance_scores.append(STANCE_SCORES[exp.stance] * weight)
                stance_plugins[plugin] = None
            if exp.channel is not None:
                channels[exp.channel] = channels.get(exp.channel, 0.0) + weight
                channel_backers.setdefault(exp.channel, {})[plugin] = None
            if exp.register is not None:
                registers[exp.register] = registers.get(exp.register, 0.0) + weight
                register_backers.setdefault(exp.register, {})[plugin] = None
        if exp.within is not None:
            # The narrowest window, the longest wait.
            within = exp.within if not windows or exp.within < within else within
            windows.append((plugin, exp.within))
        if exp.wait is not None:
            wait = exp.wait if not waits or exp.wait > wait else wait
            waits.append((plugin, exp.wait))
        if exp.hours is not None:
            given_hours.append((plugin, exp.hours))

    # Verdict: weighted mean of stances.
    total = sum(stance_weights)
    if total > 0:
        score = sum(stance_scores) / total
        verdict = verdict_for(score)
    else:
        score, verdict = 0.0, Verdict.OPTIONAL
    channel, channel_deciders = _heaviest(channels, channel_backers, _CHANNEL_RANK, Channel.EMAIL)
    register, register_deciders = _heaviest(
        registers, register_backers, _REGISTER_RANK, Register.NEUTRAL
    )
    hours, hours_deciders = _hours(given_hours, contributions)
    return _Tally(
        reasons=tuple(reasons),
        verdict=verdict,
        score=score,
        channel=channel,
        register=register,
        within=within,
        wait=wait,
        hours=hours,
        deciders=(
            ("verdict", tuple(stance_plugins)),
            ("channel", channel_deciders),
            ("register", register_deciders),
            (
                "send_by",
                tuple(dict.fromkeys([p for p, w in windows if w == within] + list(hours_deciders))),
            ),
            ("send_after", tuple(dict.fromkeys(p for p, w in waits if w == wait))),
        ),
    )


def decide(
    interview: Interview,
    contributions: Sequence[Contribution],
    *,
    channel: Channel | None = None,
    messages: Messages = ENGLISH,
) -> Recommendation:
    """Turn contributions into a Recommendation.

    ``channel`` is the caller's choice for the notes: the Recommendation keeps
    the advised channel and a reason says the caller chose another.

    ``messages`` puts the reasons into the caller's UI language: the core's own
    from the ``thankyou`` catalog, each plugin's from its catalogs.
    """
    ui = messages
    tally = _tally(contributions, ui)
    reasons = list(tally.reasons)
    verdict, score = tally.verdict, tally.score
    chosen_channel, register = tally.channel, tally.register
    deciders = dict(tally.deciders)

    preference = effective_preference(interview)
    if preference is Preference.NO_FOLLOW_UP:
        verdict, score = Verdict.DO_NOT_SEND, STANCE_SCORES[Verdict.DO_NOT_SEND]
        deciders["verdict"] = ("preference",)
        reasons.insert(
            0,
            ui.reason(
                N_(
                    "The hiring manager has said they do not want follow-up notes; "
                    "that outweighs any custom."
                ),
                "preference",
                OVERRIDE_WEIGHT,
                PREFERENCE_SOURCE,
                Verdict.DO_NOT_SEND,
                ("verdict",),
            ),
        )
    elif preference in (Preference.PREFERS_EMAIL, Preference.APPRECIATES_HANDWRITTEN):
        chosen_channel = (
            Channel.EMAIL if preference is Preference.PREFERS_EMAIL else Channel.HANDWRITTEN
        )
        deciders["channel"] = ("preference",)
        reasons.insert(
            0,
            ui.reason(
                N_("The hiring manager is known to prefer notes by email.")
                if chosen_channel is Channel.EMAIL
                else N_("The hiring manager is known to appreciate handwritten notes."),
                "preference",
                OVERRIDE_WEIGHT,
                PREFERENCE_SOURCE,
                None,
                ("channel",),
            ),
        )

    if channel is not None and channel is not chosen_channel:
        reasons.insert(
            0,
            ui.reason(
                # Translators: {chosen} and {advised} are channels as written in a
                # sentence ("email", "a handwritten card", "a LinkedIn message").
                N_("You chose {chosen}; without that choice the advice would be {advised}."),
                "caller",
                0.0,
                None,
                None,
                ("channel",),
                {"chosen": ui.in_sentence(channel), "advised": ui.in_sentence(chosen_channel)},
            ),
        )

    # Timing.
    zone = recipient_zone(interview)
    calendar = BusinessCalendar(interview.country, zone, tally.hours)
    end = interview.when.astimezone(zone)
    send_after = calendar.next_open(end + tally.wait)
    send_by = calendar.deadline(end + tally.within)
    if send_by <= send_after:
        # The window closed outside business hours: the first business day it opens.
        send_by = calendar.closing_time(send_after)

    # Days are skipped only when a whole day lies between the end and the deadline.
    skipped = (
        calendar.closed_days_between(end, send_by)
        if send_by.astimezone(zone).date() - end.date() > _ONE_DAY
        else ()
    )
    if skipped:
        names: list[Param] = []
        for day in sorted(skipped):
            holiday = calendar.holiday_name(day)
            names.append(
                # Translators: a closed day, e.g. "2026-12-25 (Christmas Day)".
                ui.format(
                    N_("{day} ({holiday})"),
                    {"day": ui.date(day), "holiday": ui.holiday(interview.country, day, holiday)},
                )
                if holiday
                else ui.date(day)
            )
        reasons.append(
            ui.reason(
                # Translators: {days} is a list of dates, some with a holiday's name.
                N_("The deadline skips days the office is closed: {days}."),
                "calendar",
                0.0,
                f"public holidays of {interview.country} from the 'holidays' package",
                None,
                ("send_by",),
                {"days": ui.join(names)},
            )
        )

    return Recommendation(
        verdict=verdict,
        send_after=send_after,
        send_by=send_by,
        # The advice keeps its own channel; the notes go by the caller's choice.
        channel=chosen_channel,
        register=register,
        reasons=tuple(reasons),
        deciders=tuple(deciders.items()),
        score=score,
    )

"""The proofreading evaluation corpus: notes with labelled errors, and their scoring.

Each ``*.toml`` file in this directory is one note:

* ``interview``: the name of a file in ``interviews/`` (its ``[candidate]`` and
  ``[interview]`` tables, in the format of ``thankyou advise`` files);
* ``recipient``: the name of the interviewer the note is for;
* ``channel``: ``email``, ``handwritten`` or ``linkedin``;
* ``now`` (optional): when the note would be sent; by default four hours after
  the interview, inside every recommended window;
* ``note``: the text;
* ``[[expect]]``: one table per labelled error, with its ``rule`` and the
  ``text`` it should point at (left out for rules about the whole note,
  such as ``generic`` or ``late``). A note without ``[[expect]]`` is clean.

Scoring: a labelled error is found when a finding of its rule overlaps the
first occurrence of its text (any finding of the rule, without a text). A
false positive is a clean note with a finding of that rule.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

from attrs import frozen

import thankyou
from thankyou import Candidate, Finding, Interview, Interviewer

HERE = Path(__file__).parent

#: The rules the corpus scores; the proofreader's stable ids.
RULES = (
    "placeholder",
    "wrong-company",
    "name-mismatch",
    "informal",
    "spelling",
    "repeated-word",
    "too-long",
    "too-short",
    "generic",
    "register-mix",
    "late",
    "too-soon",
    "salary",
    "apology",
)


@frozen
class Case:
    name: str
    text: str
    interview: Interview
    candidate: Candidate
    recipient: Interviewer | None
    channel: str
    now: datetime
    #: (rule, the offending text or None for the whole note)
    expected: tuple[tuple[str, str | None], ...]

    @property
    def clean(self) -> bool:
        return not self.expected

    def check(self, engine: thankyou.Engine | None = None) -> tuple[Finding, ...]:
        run = thankyou.check if engine is None else engine.check
        return run(
            self.text,
            self.interview,
            self.candidate,
            recipient=self.recipient,
            channel=self.channel,
            now=self.now,
        )


def _interview(name: str) -> tuple[Interview, Candidate]:
    with open(HERE / "interviews" / f"{name}.toml", "rb") as f:
        data = tomllib.load(f)
    return (
        thankyou.from_dict(Interview, data["interview"]),
        thankyou.from_dict(Candidate, data["candidate"]),
    )


def load(directory: Path = HERE) -> list[Case]:
    """Every note of the corpus, in file-name order."""
    cases = []
    for path in sorted(directory.glob("*.toml")):
        with open(path, "rb") as f:
            data = tomllib.load(f)
        interview, candidate = _interview(data["interview"])
        recipient = None
        if "recipient" in data:
            (recipient,) = (p for p in interview.interviewers if p.name == data["recipient"])
        now = data.get("now") or interview.when + timedelta(hours=4)
        expected = tuple((e["rule"], e.get("text")) for e in data.get("expect", ()))
        for rule, snippet in expected:
            if rule not in RULES:
                raise ValueError(f"{path.name}: unknown rule {rule!r}")
            if snippet is not None:
                locate(data["note"], snippet)
        cases.append(
            Case(
                path.stem,
                data["note"],
                interview,
                candidate,
                recipient,
                data.get("channel", "email"),
                now,
                expected,
            )
        )
    return cases


def locate(text: str, snippet: str) -> tuple[int, int]:
    """The span of the first whole-word occurrence of ``snippet`` ("u", not the u of "much")."""
    pattern = re.escape(snippet)
    if snippet[:1].isascii() and snippet[:1].isalnum():
        pattern = r"(?<!\w)" + pattern
    if snippet[-1:].isascii() and snippet[-1:].isalnum():
        pattern += r"(?!\w)"
    match = re.search(pattern, text)
    if match is None:
        raise ValueError(f"{snippet!r} is not in the note")
    return match.span()


def hits(case: Case, findings: tuple[Finding, ...]) -> list[bool]:
    """For each labelled error of ``case``, whether a finding points at it."""
    found = []
    for rule, snippet in case.expected:
        if snippet is None:
            found.append(any(f.rule == rule for f in findings))
            continue
        start, end = locate(case.text, snippet)
        found.append(any(f.rule == rule and f.start < end and start < f.end for f in findings))
    return found


@frozen
class Score:
    labelled: Counter[str]
    found: Counter[str]
    #: Clean notes with at least one finding of the rule.
    false_positive_notes: Counter[str]
    clean_notes: int
    #: Clean notes with any finding at all.
    noisy_clean_notes: int
    misses: tuple[tuple[str, str, str | None], ...]
    false_positives: tuple[tuple[str, Finding], ...]

    def recall(self, rule: str) -> float | None:
        labelled = self.labelled[rule]
        return None if not labelled else self.found[rule] / labelled

    def false_positive_rate(self, rule: str | None = None) -> float:
        if not self.clean_notes:
            return 0.0
        count = self.noisy_clean_notes if rule is None else self.false_positive_notes[rule]
        return count / self.clean_notes


def score(cases: list[Case], engine: thankyou.Engine | None = None) -> Score:
    labelled: Counter[str] = Counter()
    found: Counter[str] = Counter()
    fp_notes: Counter[str] = Counter()
    misses: list[tuple[str, str, str | None]] = []
    false_positives: list[tuple[str, Finding]] = []
    clean = noisy = 0
    for case in cases:
        findings = case.check(engine)
        if case.clean:
            clean += 1
            noisy += bool(findings)
            for rule in {f.rule for f in findings}:
                fp_notes[rule] += 1
            false_positives.extend((case.name, f) for f in findings)
            continue
        for (rule, snippet), hit in zip(case.expected, hits(case, findings), strict=True):
            labelled[rule] += 1
            found[rule] += hit
            if not hit:
                misses.append((case.name, rule, snippet))
    return Score(labelled, found, fp_notes, clean, noisy, tuple(misses), tuple(false_positives))

"""Note values: the text a person pastes, and a safe e-mail message."""

from __future__ import annotations

from datetime import datetime
from email import policy
from email.parser import BytesParser
from zoneinfo import ZoneInfo

import pytest
from babel import Locale

from thankyou import Candidate, Channel, Engine, Interview, Interviewer, InvalidInput, Note

NY = ZoneInfo("America/New_York")
INJECTION = "Acme\r\nBcc: everyone@example.com"


def parse(note: Note, sender: str | None = None) -> object:
    return BytesParser(policy=policy.default).parsebytes(note.as_email(sender).as_bytes())


def note(subject: str | None = "Thank you", body: str = "Dear Ms. Weber,\n\nThank you.") -> Note:
    return Note(
        Interviewer("Anna Weber", honorific="ms", email="anna.weber@example.com"),
        Channel.EMAIL,
        Locale("en"),
        subject,
        body,
    )


def test_text_is_subject_blank_line_body() -> None:
    assert note().text == "Thank you\n\nDear Ms. Weber,\n\nThank you."
    assert note(subject=None).text == "Dear Ms. Weber,\n\nThank you."


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Thank you: Analyst interview", "Dear Ms. Weber,\n\nThank you for your time.\n\nSam"),
        (
            "Danke für das Gespräch – Größe Danke für das Gespräch – Größe Danke für das Gespräch",  # noqa: RUF001
            "Sehr geehrte Frau Dr. Müller,\n\nvielen Dank für das Gespräch über Größe.\n\nSam",
        ),
        ("面接のお礼（山田花子）", "株式会社みなと商事\n佐藤様\n\n本日はありがとうございました。"),  # noqa: RUF001
        ("Thank you " * 40, "A long line " * 40),
    ],
)
def test_as_email_parses_back_to_the_same_subject_and_body(subject: str, body: str) -> None:
    parsed = parse(note(subject=subject.strip(), body=body), sender="Sam Rivera <sam@example.com>")
    assert parsed["Subject"] == subject.strip()  # type: ignore[index]
    assert parsed.get_content() == body + "\n"  # type: ignore[attr-defined]
    assert parsed["To"].addresses[0].addr_spec == "anna.weber@example.com"  # type: ignore[index]
    assert parsed["To"].addresses[0].display_name == "Anna Weber"  # type: ignore[index]
    assert parsed["From"].addresses[0].addr_spec == "sam@example.com"  # type: ignore[index]
    assert parsed.get_content_type() == "text/plain"  # type: ignore[attr-defined]
    assert parsed.get_content_charset() == "utf-8"  # type: ignore[attr-defined]


def test_as_email_has_no_to_when_the_address_is_unknown() -> None:
    message = Note(None, Channel.EMAIL, Locale("en"), "Thank you", "Dear Hiring Team,").as_email()
    assert message["To"] is None
    assert message["Subject"] == "Thank you"


@pytest.mark.parametrize("subject", [INJECTION, "Thank you\nBcc: x@example.com", "a\rb"])
def test_a_hand_built_note_with_a_line_break_in_its_subject_is_refused(subject: str) -> None:
    with pytest.raises(InvalidInput, match=r"Note\.subject"):
        note(subject=subject).as_email()


@pytest.mark.parametrize(
    "sender",
    ["Sam <sam@example.com>\r\nBcc: x@example.com", "Sam\n<sam@example.com>", "not an address"],
)
def test_a_sender_that_could_add_a_header_is_refused(sender: str) -> None:
    with pytest.raises(InvalidInput, match="sender"):
        note().as_email(sender)


def test_inputs_refuse_line_breaks_in_single_line_fields() -> None:
    with pytest.raises(InvalidInput, match=r"Interview\.company"):
        Interview("Acme\r\nBcc: x@example.com", "Analyst", datetime(2026, 11, 20, tzinfo=NY), "US")
    with pytest.raises(InvalidInput, match=r"Interviewer\.name"):
        Interviewer("Anna\nBcc: x@example.com")
    with pytest.raises(InvalidInput, match=r"Interview\.position"):
        Interview("Acme", "Analyst\rX", datetime(2026, 11, 20, tzinfo=NY), "US")


def test_drafted_email_headers_hold_only_what_they_should() -> None:
    """Subject and address of a drafted note: every header is one of ours, once."""
    interview = Interview(
        "Müller & Söhne",
        "Analyst: Bcc",
        datetime(2026, 11, 20, 15, tzinfo=NY),
        "US",
        interviewers=[Interviewer("José Núñez", honorific="mr", email="jose@example.com")],
    )
    advice = Engine(entry_points=False).advise(interview, Candidate("Sam Rivera", "en_US"))
    (drafted,) = advice.notes
    raw = drafted.as_email("Sam Rivera <sam@example.com>").as_bytes()
    parsed = BytesParser(policy=policy.default).parsebytes(raw)
    assert sorted(parsed.keys()) == sorted(
        ["Subject", "To", "From", "Content-Type", "Content-Transfer-Encoding", "MIME-Version"]
    )
    assert parsed["Subject"] == drafted.subject
    assert parsed["To"].addresses[0].display_name == "José Núñez"
    assert parsed.get_content() == drafted.body + "\n"

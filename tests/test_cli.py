"""The ``thankyou`` command, driven as a user drives it: the real script in a subprocess."""

from __future__ import annotations

import email
import email.policy
import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import thankyou

ROOT = Path(__file__).parent.parent
EXAMPLES = ROOT / "examples"
US = EXAMPLES / "us-fundraising.toml"
SCRIPT = Path(sys.executable).parent / "thankyou"
NOW = "2026-11-20T17:00:00-05:00"


def run(
    *args: str | Path,
    stdin: str | None = None,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    script: bool = False,
) -> subprocess.CompletedProcess[str]:
    command = [str(SCRIPT)] if script else [sys.executable, "-m", "thankyou"]
    environment = {k: v for k, v in os.environ.items() if k != "THANKYOU_DISABLE_PLUGINS"}
    environment.update(env or {})
    return subprocess.run(
        [*command, *map(str, args)],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env=environment,
        check=False,
        timeout=120,
    )


def fails(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    """Exit code 2, one line on stderr holding every fragment, no traceback."""
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in lines[0], (fragment, lines[0])


def example_values(path: Path) -> tuple[thankyou.Interview, thankyou.Candidate]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return (
        thankyou.from_dict(thankyou.Interview, data["interview"]),
        thankyou.from_dict(thankyou.Candidate, data["candidate"]),
    )


def expected_advice(path: Path) -> thankyou.Advice:
    from datetime import datetime

    interview, candidate = example_values(path)
    engine = thankyou.Engine(strict=False)
    moment = datetime.fromisoformat(NOW)
    return engine.advise(interview, candidate, now=moment, ui_locale=candidate.locale)


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


#: An interview the error tests break one field at a time (independent of the examples).
SAMPLE = """\
[candidate]
name = "Sam Rivera"
locale = "en_US"
email = "sam.rivera@example.com"

[interview]
company = "Harbor Food Bank"
position = "Major Gifts Officer"
when = 2026-11-20T15:30:00-05:00
country = "US"
stage = "final"
format = "onsite"
highlights = ["the spring capital campaign for the new warehouse"]

[[interview.interviewers]]
name = "Dana Whitfield"
honorific = "ms"
job_title = "Director of Development"
email = "dana.whitfield@example.org"
timezone = "America/New_York"
"""


def us_with(old: str, new: str, tmp_path: Path, name: str = "bad.toml") -> Path:
    text = SAMPLE
    assert old in text
    return write(tmp_path / name, text.replace(old, new, 1))


def line_of(path: Path, fragment: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if fragment in line:
            return number
    raise AssertionError(fragment)


# --- advise ---------------------------------------------------------------------------


def test_console_script_and_module_give_the_same_advice() -> None:
    by_script = run("advise", US, "--now", NOW, script=True)
    by_module = run("advise", US, "--now", NOW)
    assert by_script.returncode == 0, by_script.stderr
    assert by_script.stdout == by_module.stdout


def test_advise_prints_every_field_and_every_reason_with_plugin_and_source() -> None:
    result = run("advise", US, "--now", NOW)
    assert result.returncode == 0, result.stderr
    rec = expected_advice(US).recommendation
    out = result.stdout
    assert f"Verdict:     {thankyou.label(rec.verdict)}" in out
    assert f"Channel:     {thankyou.label(rec.channel)}" in out
    assert f"Register:    {thankyou.label(rec.register)}" in out
    # The send-by day in the interview's zone, in English: the example's is Monday the 23rd.
    assert "Send by:     Monday, November 23, 2026" in out
    assert "Eastern Standard Time" in out
    for reason in rec.reasons:
        assert f"[{reason.plugin}] {reason.text}" in out
        assert f"Source: {reason.source}" in out


def test_advise_shows_dates_in_the_readers_language_and_zone() -> None:
    result = run("advise", US, "--now", NOW, "--ui-locale", "de_DE", "--timezone", "Europe/Berlin")
    assert result.returncode == 0, result.stderr
    assert "Montag, 23. November 2026" in result.stdout
    assert "Mitteleuropäische Normalzeit" in result.stdout
    assert "Monday" not in result.stdout


@pytest.mark.parametrize(
    ("example", "now", "weekday"),
    [
        ("de-software.toml", "2026-11-19T16:00:00+01:00", "tag, "),  # Donnerstag, Freitag ...
        ("jp-trading.toml", "2026-11-18T12:00:00+09:00", "曜日"),
    ],
)
def test_the_ui_locale_defaults_to_the_candidates(example: str, now: str, weekday: str) -> None:
    from datetime import datetime

    from babel.dates import format_datetime

    path = EXAMPLES / example
    result = run("advise", path, "--now", now)
    assert result.returncode == 0, result.stderr
    interview, candidate = example_values(path)
    advice = thankyou.Engine(strict=False).advise(
        interview, candidate, now=datetime.fromisoformat(now), ui_locale=candidate.locale
    )
    zone = interview.interviewers[0].timezone
    send_by = format_datetime(
        advice.recommendation.send_by, "full", tzinfo=zone, locale=candidate.locale
    )
    # The field names are in the UI locale too ("Senden bis", "送付期限").
    assert f"{send_by}\n" in result.stdout
    assert weekday in send_by
    assert f"{thankyou.label(advice.recommendation.verdict, candidate.locale)}\n" in result.stdout
    assert "Send by:" not in result.stdout


def test_advise_prints_each_drafted_note_with_recipient_channel_subject_and_body() -> None:
    advice = expected_advice(US)
    result = run("advise", US, "--now", NOW)
    assert result.returncode == 0, result.stderr
    if not advice.notes:
        assert "No notes drafted." in result.stdout
    for note in advice.notes:
        recipient = note.recipient.name if note.recipient else "the hiring team"
        assert f"To: {recipient} · {thankyou.label(note.channel)}" in result.stdout
        if note.subject:
            assert f"Subject: {note.subject}" in result.stdout
        for line in note.body.splitlines():
            assert line in result.stdout
        for finding in note.findings:
            assert f"{finding.severity.value} {finding.rule}: {finding.message}" in result.stdout


def test_json_output_is_the_documented_advice_and_parses_back() -> None:
    result = run("advise", US, "--format", "json", "--now", NOW)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    advice = thankyou.from_dict(thankyou.Advice, data)
    expected = expected_advice(US)
    assert advice == expected
    assert data == json.loads(json.dumps(thankyou.to_dict(expected)))
    # Stable: sorted keys, the same bytes every run.
    assert list(data) == sorted(data)
    assert run("advise", US, "--format", "json", "--now", NOW).stdout == result.stdout


def test_standard_input_is_sniffed_as_json_or_toml() -> None:
    from_toml = run("advise", "-", "--format", "json", "--now", NOW, stdin=US.read_text("utf-8"))
    assert from_toml.returncode == 0, from_toml.stderr
    data = tomllib.loads(US.read_text(encoding="utf-8"))
    data["interview"]["when"] = data["interview"]["when"].isoformat()
    from_json = run("advise", "-", "--format", "json", "--now", NOW, stdin=json.dumps(data))
    assert from_json.returncode == 0, from_json.stderr
    assert from_json.stdout == from_toml.stdout


def test_markdown_escapes_user_text(tmp_path: Path) -> None:
    path = us_with(
        'position = "Major Gifts Officer"',
        'position = "<script>alert(1)</script> [win](http://evil.example) **now**"',
        tmp_path,
    )
    text = path.read_text(encoding="utf-8").replace(
        'company = "Harbor Food Bank"', 'company = "# Evil | <img src=x onerror=alert(1)>"'
    )
    write(path, text)
    result = run("advise", path, "--format", "markdown", "--now", NOW)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "<script>" not in out
    assert "<img" not in out
    assert "&lt;script&gt;" in out
    assert "](http://evil.example)" not in out
    assert r"\[win\]\(http://evil.example\)" in out
    assert "**now**" not in out
    assert r"\# Evil \|" in out
    assert out.startswith("# Thank-you note: ")


def test_eml_writes_one_message_per_note(tmp_path: Path) -> None:
    advice = expected_advice(US)
    out = tmp_path / "mail"
    result = run("advise", US, "--format", "eml", "--out", out, "--now", NOW)
    assert result.returncode == 0, result.stderr
    files = sorted(out.glob("*.eml")) if out.exists() else []
    assert len(files) == len(advice.notes)
    if not advice.notes:
        assert "No notes drafted" in result.stderr
    for path, note in zip(files, advice.notes, strict=True):
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        assert "sam.rivera@example.com" in str(message["From"])
        if note.subject:
            assert message["Subject"] == note.subject
        body = message.get_body()
        assert body is not None
        assert body.get_content().replace("\r\n", "\n").strip() == note.body.strip()


# --- errors ---------------------------------------------------------------------------


def test_missing_file() -> None:
    fails(run("advise", "no-such-interview.toml"), "no-such-interview.toml", "no such file")


def test_toml_syntax_error_names_the_line(tmp_path: Path) -> None:
    path = us_with('stage = "final"', "stage = final", tmp_path)
    fails(run("advise", path), f"bad.toml:{line_of(path, 'stage =')}:", "TOML syntax error")


def test_json_syntax_error_names_line_and_column(tmp_path: Path) -> None:
    path = write(tmp_path / "bad.json", '{"candidate": {"name": "A",\n  "locale": "en",, }}')
    fails(run("advise", path), "bad.json:2:", "JSON syntax error")


def test_unknown_field_names_field_line_and_a_close_match(tmp_path: Path) -> None:
    path = us_with('honorific = "ms"', 'honorifc = "ms"', tmp_path)
    fails(
        run("advise", path),
        f"bad.toml:{line_of(path, 'honorifc')}:",
        "interview.interviewers[0]",
        "honorifc",
        "did you mean 'honorific'",
    )


def test_unknown_table(tmp_path: Path) -> None:
    path = write(tmp_path / "x.toml", SAMPLE + "\n[employer]\nname = 'X'\n")
    fails(run("advise", path), f"x.toml:{line_of(path, '[employer]')}:", "employer")


def test_bad_value_in_a_json_file_names_the_line(tmp_path: Path) -> None:
    path = write(
        tmp_path / "bad.json",
        json.dumps(
            {
                "candidate": {"name": "A", "locale": "en_US"},
                "interview": {
                    "company": "X",
                    "position": "Y",
                    "when": "2026-11-20T10:00:00-05:00",
                    "country": "US",
                    "interviewers": [{"name": "B"}, {"name": "C", "email": "not-an-address"}],
                },
            },
            indent=2,
        ),
    )
    fails(
        run("advise", path),
        f"bad.json:{line_of(path, 'not-an-address')}:",
        "interview.interviewers[1].email",
        "not an e-mail address",
    )


def test_bad_value_in_an_inline_array_names_its_line(tmp_path: Path) -> None:
    text = SAMPLE[: SAMPLE.index("[[interview.interviewers]]")] + (
        "interviewers = [  # one inline table per person\n"
        '  { name = "Dana Whitfield", email = "dana@example.org" },\n'
        '  { name = "Lee Park", email = "lee at example.org" },\n'
        "]\n"
    )
    path = write(tmp_path / "inline.toml", text)
    fails(
        run("advise", path),
        f"inline.toml:{line_of(path, 'Lee Park')}:",
        "interview.interviewers[1].email",
    )


@pytest.mark.parametrize(
    ("when", "message"),
    [
        ('"next tuesday"', "not an ISO 8601 date"),
        ("2026-11-20", "a date without a time"),
        ("2026-11-20T15:30:00", "has no UTC offset"),
    ],
)
def test_bad_date(tmp_path: Path, when: str, message: str) -> None:
    path = us_with("when = 2026-11-20T15:30:00-05:00", f"when = {when}", tmp_path)
    fails(run("advise", path), f"bad.toml:{line_of(path, 'when =')}:", "interview.when", message)


def test_unknown_locale(tmp_path: Path) -> None:
    path = us_with('locale = "en_US"', 'locale = "xx_QQ"', tmp_path)
    fails(run("advise", path), f"bad.toml:{line_of(path, 'xx_QQ')}:", "candidate.locale")


def test_unknown_industry(tmp_path: Path) -> None:
    path = us_with('stage = "final"', 'stage = "final"\nindustry = "fundrasing-xyz"', tmp_path)
    fails(
        run("advise", path),
        f"bad.toml:{line_of(path, 'industry')}:",
        "interview.industry",
        "not a known industry",
    )


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.toml", b"", "candidate: missing; add the [candidate] table"),
        ("list.json", b"[1, 2]", "list.json:1: expected a table with [candidate] and [interview]"),
        ("latin1.toml", "name = 'Jürgen'".encode("latin-1"), "is not UTF-8 text"),
    ],
)
def test_unusable_files(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    fails(run("advise", path), message)


def test_a_lone_string_for_a_list_names_its_line(tmp_path: Path) -> None:
    path = us_with(
        'highlights = ["the spring capital campaign for the new warehouse"]',
        'highlights = "the spring capital campaign"',
        tmp_path,
    )
    fails(
        run("advise", path),
        f"bad.toml:{line_of(path, 'highlights =')}:",
        "interview.highlights",
        "expected a list of texts, got str",
    )


def test_missing_required_field_points_at_its_table(tmp_path: Path) -> None:
    path = us_with('company = "Harbor Food Bank"\n', "", tmp_path)
    fails(run("advise", path), "interview.company", "required field missing", "bad.toml:")


@pytest.mark.parametrize(
    ("option", "message"),
    [
        (["--now", "yesterday"], "--now"),
        (["--now", "2026-11-20T17:00:00"], "--now"),
        (["--ui-locale", "zz_ZZ"], "--ui-locale"),
        (["--timezone", "Mars/Olympus"], "--timezone"),
        (["--disable", "no-such-plugin"], "--disable"),
    ],
)
def test_bad_options(option: list[str], message: str) -> None:
    fails(run("advise", US, *option), message)


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    path = us_with('stage = "final"', 'stage = "finale"', tmp_path)
    result = run("--debug", "advise", path)
    assert result.returncode == 2
    assert "Traceback" in result.stderr
    assert "did you mean 'final'" in result.stderr


# --- check ---------------------------------------------------------------------------

CARELESS_NOTE = """\
Dear Ms. Whitfeld,

Thank you for meeting me about the Major Gifts Officer role at Acme Corp!!

Best, [Your Name]
"""


def expected_findings(note: str, recipient: str | None) -> tuple[thankyou.Finding, ...]:
    from datetime import datetime

    interview, candidate = example_values(US)
    person = next((p for p in interview.interviewers if p.name == recipient), None)
    return thankyou.Engine(strict=False).check(
        note, interview, candidate, recipient=person, now=datetime.fromisoformat(NOW)
    )


def test_check_prints_each_finding_at_its_line_and_column(tmp_path: Path) -> None:
    note = write(tmp_path / "note.txt", CARELESS_NOTE)
    result = run("check", note, "--interview", US, "--recipient", "dana whitfield", "--now", NOW)
    assert result.returncode == 1, result.stderr  # error-level findings
    lines = result.stdout.splitlines()
    assert "note.txt:5:7: error placeholder: " in result.stdout  # [Your Name]
    assert any("note.txt:1:10: error " in line and "Whitfeld" in line for line in lines)
    findings = expected_findings(CARELESS_NOTE, "Dana Whitfield")
    assert len(lines) == len(findings)
    for line, finding in zip(lines, findings, strict=True):
        assert f" {finding.severity.value} {finding.rule}: {finding.message}" in line
        if finding.suggestion:
            assert line.endswith(f"(suggestion: {finding.suggestion})")


def test_check_exits_0_when_no_finding_is_an_error(tmp_path: Path) -> None:
    advice = expected_advice(US)
    assert advice.notes, "drafting gives the example a note"
    text = advice.notes[0].text
    findings = expected_findings(text, "Dana Whitfield")
    note = write(tmp_path / "draft.txt", text)
    result = run("check", note, "--interview", US, "--recipient", "Dana Whitfield", "--now", NOW)
    errors = [f for f in findings if f.severity is thankyou.Severity.ERROR]
    assert result.returncode == (1 if errors else 0), result.stdout + result.stderr
    assert len(result.stdout.splitlines()) == len(findings)


def test_check_json_and_standard_input() -> None:
    result = run(
        "check", "-", "--interview", US, "--format", "json", "--now", NOW, stdin=CARELESS_NOTE
    )
    assert result.returncode == 1
    findings = [thankyou.from_dict(thankyou.Finding, f) for f in json.loads(result.stdout)]
    assert tuple(findings) == expected_findings(CARELESS_NOTE, None)


def test_check_errors(tmp_path: Path) -> None:
    note = write(tmp_path / "note.txt", CARELESS_NOTE)
    fails(run("check", "nothere.txt", "--interview", US), "nothere.txt", "no such file")
    fails(
        run("check", note, "--interview", US, "--recipient", "Dana Whitfeld"),
        "--recipient",
        "did you mean 'Dana Whitfield'",
    )
    bad = us_with('stage = "final"', 'stage = "finale"', tmp_path)
    fails(run("check", note, "--interview", bad), f"bad.toml:{line_of(bad, 'stage')}:")


# --- plugins and --disable ------------------------------------------------------------


@pytest.fixture
def broken_plugin(tmp_path: Path) -> dict[str, str]:
    """An installed distribution whose plugin module does not exist."""
    info = tmp_path / "site" / "broken_thanks-1.0.dist-info"
    info.mkdir(parents=True)
    write(info / "METADATA", "Metadata-Version: 2.1\nName: broken-thanks\nVersion: 1.0\n")
    write(info / "entry_points.txt", "[thankyou]\nbroken = thankyou_no_such_module_xyz\n")
    return {"PYTHONPATH": str(tmp_path / "site")}


def test_plugins_lists_every_plugin_with_hooks() -> None:
    result = run("plugins")
    assert result.returncode == 0, result.stderr
    for info in thankyou.Engine(strict=False).plugins():
        assert f"{info.name} ({info.status})" in result.stdout
        if info.status == "active":
            assert ", ".join(info.hooks) in result.stdout
    for industry in thankyou.Engine(strict=False).industries():
        assert f"industry:   {industry.key} ({industry.name})" in result.stdout


def test_plugins_json_and_a_broken_plugin(broken_plugin: dict[str, str]) -> None:
    result = run("plugins", "--format", "json", env=broken_plugin)
    assert result.returncode == 0, result.stderr
    plugins = {p["name"]: p for p in json.loads(result.stdout)}
    assert plugins["baseline"]["status"] == "active"
    assert "thankyou_expectations" in plugins["baseline"]["hooks"]
    broken = plugins["broken"]
    assert broken["status"] == "failed"
    assert broken["distribution"] == "broken-thanks"
    assert broken["version"] == "1.0"
    assert "thankyou_no_such_module_xyz" in broken["error"]
    text = run("plugins", env=broken_plugin)
    assert text.returncode == 0
    assert "broken (failed)" in text.stdout
    assert "broken-thanks 1.0" in text.stdout


def test_advise_survives_a_broken_plugin_and_warns(broken_plugin: dict[str, str]) -> None:
    result = run("advise", US, "--now", NOW, env=broken_plugin)
    assert result.returncode == 0, result.stderr
    assert "[baseline]" in result.stdout
    assert "warning: plugin 'broken'" in result.stderr
    disabled = run("advise", US, "--now", NOW, "--disable", "broken", env=broken_plugin)
    assert "broken" not in disabled.stderr


def test_disable_by_option_and_by_environment() -> None:
    assert "[baseline]" in run("advise", US, "--now", NOW).stdout
    by_option = run("advise", US, "--now", NOW, "--disable", "baseline")
    assert by_option.returncode == 0, by_option.stderr
    assert "[baseline]" not in by_option.stdout
    on_group = run("--disable", "baseline", "advise", US, "--now", NOW)
    assert on_group.stdout == by_option.stdout
    by_env = run("advise", US, "--now", NOW, env={"THANKYOU_DISABLE_PLUGINS": "baseline"})
    assert by_env.stdout == by_option.stdout
    assert "baseline (disabled)" in run("plugins", "--disable", "baseline").stdout


# --- init -----------------------------------------------------------------------------


def test_init_writes_a_file_that_advises(tmp_path: Path) -> None:
    result = run("init", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    written = tmp_path / "interview.toml"
    text = written.read_text(encoding="utf-8")
    assert text.count("#") > 20  # commented for a person to fill in
    for field in ("[candidate]", "[interview]", "[[interview.interviewers]]", "when ="):
        assert field in text
    advised = run("advise", "interview.toml", "--now", "2026-03-02T17:00:00-05:00", cwd=tmp_path)
    assert advised.returncode == 0, advised.stderr
    assert "Verdict:" in advised.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["interview.toml"]  # no temp file


def test_init_never_overwrites_without_force(tmp_path: Path) -> None:
    path = write(tmp_path / "mine.toml", "# my own notes\n")
    fails(run("init", path), "mine.toml", "already exists", "--force")
    assert path.read_text(encoding="utf-8") == "# my own notes\n"
    forced = run("init", path, "--force")
    assert forced.returncode == 0, forced.stderr
    assert "[candidate]" in path.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.toml"]


def test_init_into_a_missing_folder(tmp_path: Path) -> None:
    fails(run("init", tmp_path / "nowhere" / "x.toml"), "does not exist")


# --- batch ----------------------------------------------------------------------------


def _json_document(path: Path) -> dict[str, object]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    data["interview"]["when"] = data["interview"]["when"].isoformat()
    return data


def test_batch_over_json_lines(tmp_path: Path) -> None:
    good = _json_document(US)
    bad = json.loads(json.dumps(good))
    bad["interview"]["stage"] = "finale"
    lines = [json.dumps(good), json.dumps(bad), "", json.dumps(good), "{not json"]
    path = write(tmp_path / "many.jsonl", "\n".join(lines) + "\n")
    result = run("advise", path, "--now", NOW)
    assert result.returncode == 2
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r.get("line") for r in records] == [1, 2, 4, 5]
    expected = expected_advice(US)
    assert thankyou.from_dict(thankyou.Advice, records[0]["advice"]) == expected
    assert thankyou.from_dict(thankyou.Advice, records[2]["advice"]) == expected
    assert records[1]["field"] == "interview.stage"
    assert "many.jsonl:2:" in records[1]["error"]
    assert "JSON syntax error" in records[3]["error"]
    assert "2 of 4" in result.stderr
    assert "Advising" not in result.stderr  # no progress bar when stderr is not a terminal


def test_the_command_collects_garbage_in_a_batch_and_an_app_calling_main_keeps_its_own(
    tmp_path: Path,
) -> None:
    """The command starts with the collector off (see _cli.run); a batch, which may be
    long, turns it on for what its interviews leave, and main() leaves an app's alone."""
    path = write(tmp_path / "two.jsonl", json.dumps(_json_document(US)) + "\n")
    code = (
        "import gc, sys\n"
        "from thankyou import _cli\n"
        "seen = []\n"
        "advise = _cli._advise\n"
        "def spy(*args, **kwargs):\n"
        "    seen.append(gc.isenabled())\n"
        "    return advise(*args, **kwargs)\n"
        "_cli._advise = spy\n"
        "try:\n"
        "    _cli.main(sys.argv[1:])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('app', seen, gc.isenabled(), file=sys.stderr)\n"
        "seen.clear()\n"
        "sys.argv[0] = 'thankyou'\n"
        "try:\n"
        "    _cli.run()\n"
        "finally:\n"
        "    print('command', seen, gc.isenabled(), file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, "advise", str(path), "--now", NOW],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "app [True] True" in result.stderr
    assert "command [True] True" in result.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_batch_shows_a_progress_bar_only_on_a_terminal(tmp_path: Path) -> None:
    import pty

    lines = [json.dumps(_json_document(US))] * 3
    path = write(tmp_path / "three.jsonl", "\n".join(lines) + "\n")
    master, terminal = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "thankyou", "advise", str(path), "--now", NOW],
        stdout=subprocess.PIPE,
        stderr=terminal,
    )
    os.close(terminal)
    stdout, _ = process.communicate(timeout=120)
    shown = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # the terminal is closed once the process is gone
            break
        if not chunk:
            break
        shown += chunk
    os.close(master)
    assert process.returncode == 0
    assert b"Advising" in shown
    assert b"100%" in shown
    assert [json.loads(line)["line"] for line in stdout.splitlines()] == [1, 2, 3]


def test_batch_over_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "interviews"
    folder.mkdir()
    write(folder / "a.toml", US.read_text(encoding="utf-8"))
    write(folder / "b.json", json.dumps(_json_document(EXAMPLES / "de-software.toml")))
    write(folder / "readme.txt", "not an interview")
    result = run("advise", folder, "--now", NOW)
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [Path(r["source"]).name for r in records] == ["a.toml", "b.json"]
    assert all("advice" in r for r in records)
    fails(run("advise", folder, "--format", "markdown"), "JSON Lines")


# --- start-up -------------------------------------------------------------------------


def test_help_loads_no_heavy_module() -> None:
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "thankyou", "--help"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert "advise" in result.stdout
    imported = {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines()}
    for heavy in ("holidays", "cattrs", "babel.dates", "thankyou_plugins"):
        assert heavy not in imported, heavy


def test_the_library_does_not_import_click() -> None:
    probe = "import sys, thankyou; print('click' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


@pytest.mark.parametrize("where", ["command", "group"])
def test_trace_prints_each_hook_call_to_stderr(where: str) -> None:
    example = EXAMPLES / "us-fundraising.toml"
    args = ("advise", "--trace", example) if where == "command" else ("--trace", "advise", example)
    result = run(*args)
    assert result.returncode == 0, result.stderr
    assert "thankyou trace: call thankyou_expectations" in result.stderr
    assert "fundraising ->" in result.stderr
    assert "thankyou trace" not in result.stdout
    quiet = run("advise", example)
    assert "thankyou trace" not in quiet.stderr

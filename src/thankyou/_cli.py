"""The ``thankyou`` command.

Start-up matters at a terminal, so this module imports only click at the top;
the engine, cattrs, Babel dates and the plugins load inside the commands that
need them (``thankyou --help`` loads none of them).

Exit codes: 0 done; 1 ``check`` found an error-level finding; 2 bad input
(a file, a field, an option), one line on standard error, no traceback unless
``--debug``; 3 an unexpected failure (a bug), also without a traceback unless
``--debug``.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import nullcontext
from typing import TYPE_CHECKING, Any, TypeVar

import click

if TYPE_CHECKING:
    from datetime import datetime, tzinfo
    from pathlib import Path

    from babel import Locale

    from ._engine import Engine
    from ._interview_file import Document, FileError
    from ._model import Advice, Candidate, Finding, Interview, Interviewer

F = TypeVar("F", bound=Callable[..., Any])

EXIT_FINDINGS = 1
EXIT_INPUT = 2
EXIT_FAILURE = 3

CHANNELS = ("email", "handwritten", "linkedin")


class BadInput(click.ClickException):
    """One line on standard error, exit code 2."""

    exit_code = EXIT_INPUT


class Failure(click.ClickException):
    exit_code = EXIT_FAILURE


def _guarded(command: F) -> F:
    """Turn the library's errors into one clear line; ``--debug`` adds the traceback."""

    @functools.wraps(command)
    def run(*args: Any, **kwargs: Any) -> Any:
        from ._errors import ThankYouError

        ctx = click.get_current_context()
        debug = bool(kwargs.pop("debug", False) or (ctx.obj or {}).get("debug"))
        if kwargs.pop("trace", False) or (ctx.obj or {}).get("trace"):
            # The engine reads it once, when it is built: this process only.
            os.environ["THANKYOU_TRACE"] = "1"
        kwargs["disable"] = (*(ctx.obj or {}).get("disable", ()), *kwargs.get("disable", ()))
        try:
            return command(*args, **kwargs)
        except (click.ClickException, click.exceptions.Exit, click.Abort, BrokenPipeError):
            raise
        except ThankYouError as exc:
            if debug:
                import traceback

                traceback.print_exc()
            raise BadInput(_one_line(str(exc))) from None
        except Exception as exc:
            if debug:
                raise
            raise Failure(
                f"internal error: {type(exc).__name__}: {_one_line(str(exc))} "
                "(run with --debug for the traceback)"
            ) from None

    return run  # type: ignore[return-value]


def _one_line(message: str) -> str:
    return " ".join(message.split())


def _common(command: F) -> F:
    """``--disable``, ``--trace`` and ``--debug``, on every command."""
    command = click.option(
        "--debug", is_flag=True, help="Show the traceback when something goes wrong."
    )(command)
    command = click.option(
        "--trace",
        is_flag=True,
        help="Print each hook call, each plugin's contribution and its time to stderr "
        "(also $THANKYOU_TRACE=1).",
    )(command)
    return click.option(
        "--disable",
        multiple=True,
        metavar="PLUGIN",
        help="Leave this plugin out (repeatable); also $THANKYOU_DISABLE_PLUGINS=a,b.",
    )(command)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--debug", is_flag=True, help="Show the traceback when something goes wrong.")
@click.option("--trace", is_flag=True, help="Print each hook call and its time to stderr.")
@click.option(
    "--disable", multiple=True, metavar="PLUGIN", help="Leave this plugin out (repeatable)."
)
@click.pass_context
def main(ctx: click.Context, debug: bool, trace: bool, disable: tuple[str, ...]) -> None:
    """Advice on thank-you notes after a job interview: whether, when, how, and what to say.

    Start with `thankyou init` to write an interview file, then `thankyou advise FILE`.
    """
    ctx.obj = {"debug": debug, "trace": trace, "disable": disable}


#: Whether this process is the command itself (see `run`), not an app that calls `main`.
_own_process = False


def run() -> None:
    """The ``thankyou`` command as a process of its own (the console script, ``python -m``).

    Start-up makes ~30,000 objects that live as long as the process: modules,
    plugins, Babel's locale data. The cyclic garbage collector would look
    through them again and again as they are made, and once more at exit,
    ~25 ms of a ~145 ms ``thankyou advise``. So it is off while the command
    starts, and what start-up made is frozen out of its sight (`gc.freeze`,
    as servers do before they fork); a batch turns it back on for what each
    interview leaves (`_collect_from_here`).
    """
    import gc

    global _own_process
    _own_process = True
    gc.disable()
    try:
        main()
    finally:
        gc.freeze()


def _collect_from_here() -> None:
    """Collect garbage from now on, but not the start-up's (see `run`)."""
    if _own_process:
        import gc

        gc.freeze()
        gc.enable()


# --- shared pieces ------------------------------------------------------------------------


def _engine(disable: Iterable[str]) -> Engine:
    from ._engine import Engine
    from ._errors import InvalidInput

    try:
        return Engine(strict=False, disable=tuple(disable))
    except InvalidInput as exc:
        raise InvalidInput(
            "--disable" if exc.field == "disable" else exc.field, exc.reason
        ) from None


def _moment(now: str | None) -> datetime | None:
    from ._coerce import aware

    return None if now is None else aware(now, "--now")


def _warn(warnings: Iterable[str]) -> None:
    for warning in warnings:
        click.echo(f"warning: {_one_line(warning)}", err=True)


def _advise(
    doc: Document, engine: Engine, now: datetime | None, channel: str | None, ui: Locale | None
) -> tuple[Advice, Interview, Candidate, Locale]:
    """Advice on one document; the explanation in ``ui``, else the candidate's language."""
    from ._errors import InvalidInput

    interview, candidate = doc.values()
    reader = ui or candidate.locale
    try:
        advice = engine.advise(interview, candidate, now=now, channel=channel, ui_locale=reader)
    except InvalidInput as exc:  # e.g. an industry no plugin knows
        raise doc.locate(exc) from None
    return advice, interview, candidate, reader


def _ui_locale(value: str | None) -> Locale | None:
    from ._coerce import locale

    return None if value is None else locale(value, "--ui-locale")


def _write_atomically(path: Path, data: bytes, *, overwrite: bool) -> None:
    """Write via a temporary file in the same folder; never clobber unless ``overwrite``."""
    import os
    import tempfile

    folder = path.parent
    if not folder.is_dir():
        raise BadInput(f"{path}: the folder {str(folder)!r} does not exist")
    fd, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        if overwrite:
            os.replace(temporary, path)
            return
        try:
            os.link(temporary, path)  # fails if the path exists, with no window for a race
        except FileExistsError:
            raise BadInput(f"{path}: already exists; use --force to overwrite it") from None
        except OSError:  # no hard links on this file system
            if path.exists():
                raise BadInput(f"{path}: already exists; use --force to overwrite it") from None
            os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


# --- advise -------------------------------------------------------------------------------


@main.command()
@click.argument("file")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "markdown", "eml"]),
    help="Output: text (default), json (the Advice as documented in docs/format.md), "
    "markdown, or eml (one e-mail file per note, into --out). Batch input writes JSON Lines.",
)
@click.option(
    "--out",
    default=".",
    show_default=True,
    type=click.Path(file_okay=False),
    help="Folder for --format eml.",
)
@click.option("--now", metavar="ISO-8601", help="Fix the clock, e.g. 2026-11-20T18:00-05:00.")
@click.option(
    "--ui-locale",
    metavar="LOCALE",
    help="Language of the explanation: dates, labels and reasons "
    "(default: the candidate's locale).",
)
@click.option(
    "--timezone",
    "zone_name",
    metavar="ZONE",
    help="Show times in this IANA zone (default: the zone the interview was held in).",
)
@click.option("--channel", type=click.Choice(CHANNELS), help="Draft for this channel.")
@_common
@_guarded
def advise(
    file: str,
    fmt: str | None,
    out: str,
    now: str | None,
    ui_locale: str | None,
    zone_name: str | None,
    channel: str | None,
    disable: tuple[str, ...],
) -> None:
    """Advise on the interview in FILE (TOML or JSON; - reads standard input).

    FILE may also be a JSON Lines file (.jsonl, one interview per line) or a
    folder of .toml/.json files: then one JSON result per line is written.
    """
    from ._interview_file import is_batch, read_document

    moment = _moment(now)
    ui = _ui_locale(ui_locale)
    if is_batch(file):
        if fmt not in (None, "json"):
            raise BadInput(f"--format {fmt}: batch input ({file}) is written as JSON Lines")
        sys.exit(_batch(file, _engine(disable), moment, channel, ui))

    doc = read_document(file)
    advice, interview, candidate, reader = _advise(doc, _engine(disable), moment, channel, ui)
    _warn(advice.warnings)
    if fmt == "json":
        import json

        from ._json import to_dict

        click.echo(json.dumps(to_dict(advice), sort_keys=True, ensure_ascii=False, indent=2))
        return
    if fmt == "eml":
        from pathlib import Path

        _write_emails(advice, candidate, Path(out))
        return

    from . import _rendering
    from ._coerce import timezone

    zone = timezone(zone_name, "--timezone") or _interview_zone(interview)
    render = _rendering.markdown if fmt == "markdown" else _rendering.text
    for line in render(advice, interview, zone, reader):
        click.echo(line)


def _interview_zone(interview: Interview) -> tzinfo:
    """Where the interview was held: a panel member's or the country's zone matching its
    offset, else the offset itself.

    An IANA zone reads better ("Eastern Standard Time") than a bare "GMT-05:00".
    """
    from ._calendar import primary_zone

    offset = interview.when.utcoffset()
    zones = [p.timezone for p in interview.interviewers if p.timezone is not None]
    for zone in (*zones, primary_zone(interview.country)):
        if interview.when.astimezone(zone).utcoffset() == offset:
            return zone
    held = interview.when.tzinfo
    assert held is not None  # Interview.when is aware
    return held


def _write_emails(advice: Advice, candidate: Candidate, out: Path) -> None:
    from email.headerregistry import Address

    from ._rendering import eml_name

    if not advice.notes:
        click.echo("No notes drafted; no e-mail written.", err=True)
        return
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BadInput(f"--out {out}: cannot create the folder: {exc.strerror}") from None
    sender = (
        str(Address(display_name=candidate.name, addr_spec=candidate.email))
        if candidate.email
        else None
    )
    for number, note in enumerate(advice.notes, start=1):
        path = out / eml_name(number, note)
        _write_atomically(path, note.as_email(sender=sender).as_bytes(), overwrite=True)
        click.echo(str(path))


def _batch(
    file: str, engine: Engine, now: datetime | None, channel: str | None, ui: Locale | None
) -> int:
    """One JSON line per interview, streamed; returns the exit code."""
    import json

    from ._errors import ThankYouError
    from ._interview_file import FileError
    from ._json import to_dict

    total, items = _documents(file)
    failed = 0
    seen: set[str] = set()
    bar = (
        click.progressbar(length=total, label="Advising", file=sys.stderr)
        if sys.stderr.isatty()
        else nullcontext()
    )
    _collect_from_here()  # a batch may be long: its interviews' garbage is collected
    with bar as progress:
        for item in items:
            record: dict[str, object]
            try:
                if isinstance(item, FileError):
                    raise item
                advice = _advise(item, engine, now, channel, ui)[0]
                record = {"source": item.source, "line": item.line, "advice": to_dict(advice)}
                _warn(w for w in advice.warnings if w not in seen)
                seen.update(advice.warnings)
            except ThankYouError as exc:
                failed += 1
                located = exc if isinstance(exc, FileError) else None
                record = {
                    "source": located.source if located else file,
                    "line": located.line if located else None,
                    "field": getattr(exc, "field", None) or None,
                    "error": str(exc),
                }
            click.echo(json.dumps(record, sort_keys=True, ensure_ascii=False))
            if progress is not None:
                progress.update(1)
    if failed:
        click.echo(f"Error: {failed} of {total} interviews could not be advised", err=True)
        return EXIT_INPUT
    return 0


def _documents(file: str) -> tuple[int, Iterator[Document | FileError]]:
    from ._interview_file import documents_in

    return documents_in(file)


# --- check --------------------------------------------------------------------------------


def _recipient(interview: Interview, name: str | None) -> Interviewer | None:
    from ._errors import InvalidInput, close_matches

    if name is None:
        return None
    for person in interview.interviewers:
        if person.name.casefold() == name.strip().casefold():
            return person
    names = [p.name for p in interview.interviewers]
    raise InvalidInput(
        "--recipient",
        f"{name!r} is not on the panel{close_matches(name, names)}; "
        f"interviewers: {', '.join(names) or 'none'}",
    )


def _position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset."""
    before = text[:offset]
    line = before.count("\n") + 1
    return line, offset - (before.rfind("\n") + 1) + 1


@main.command()
@click.argument("note")
@click.option(
    "--interview",
    "interview_file",
    required=True,
    metavar="FILE",
    help="The interview file the note is about.",
)
@click.option("--recipient", metavar="NAME", help="The interviewer the note is addressed to.")
@click.option("--channel", type=click.Choice(CHANNELS), help="How the note will be sent.")
@click.option("--now", metavar="ISO-8601", help="Fix the clock (for the deadline check).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@_common
@_guarded
def check(
    note: str,
    interview_file: str,
    recipient: str | None,
    channel: str | None,
    now: str | None,
    fmt: str,
    disable: tuple[str, ...],
) -> None:
    """Proofread the note in NOTE (- reads standard input) against its interview.

    Prints NOTE:line:col: severity rule: message. Exit code 1 when a finding is
    at error level, 0 otherwise.
    """
    from ._interview_file import read_document, read_text

    text = read_text(note)
    doc = read_document(interview_file)
    interview, candidate = doc.values()
    person = _recipient(interview, recipient)
    engine = _engine(disable)
    moment = _moment(now)
    import warnings

    from ._errors import InvalidInput

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            findings: tuple[Finding, ...] = engine.check(
                text, interview, candidate, recipient=person, channel=channel, now=moment
            )
        except InvalidInput as exc:
            raise doc.locate(exc) from None
    _warn(str(w.message) for w in caught)
    name = "<stdin>" if note == "-" else note
    if fmt == "json":
        import json

        from ._json import to_dict

        click.echo(json.dumps(to_dict(list(findings)), sort_keys=True, ensure_ascii=False))
    else:
        for finding in findings:
            line, column = _position(text, finding.start)
            suggestion = f" (suggestion: {finding.suggestion})" if finding.suggestion else ""
            click.echo(
                f"{name}:{line}:{column}: {finding.severity.value} {finding.rule}: "
                f"{finding.message}{suggestion}"
            )
    if any(f.severity.value == "error" for f in findings):
        sys.exit(EXIT_FINDINGS)


# --- plugins ------------------------------------------------------------------------------


@main.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@_common
@_guarded
def plugins(fmt: str, disable: tuple[str, ...]) -> None:
    """List every plugin: where it comes from, its hooks, what it covers, and failures."""
    engine = _engine(disable)
    infos = engine.plugins()
    if fmt == "json":
        import json

        import attrs

        click.echo(
            json.dumps(
                [attrs.asdict(info) for info in infos],
                sort_keys=True,
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    for info in infos:
        origin = (
            "built into thankyou"
            if info.distribution == "thankyou" and info.version is None
            else f"{info.distribution or 'not from a distribution'} {info.version or ''}".strip()
        )
        click.echo(f"{info.name} ({info.status})")
        click.echo(f"  from:       {origin}")
        if info.status == "failed":
            click.echo(f"  error:      {info.error}")
            continue
        if info.status == "disabled":
            continue
        click.echo(f"  hooks:      {', '.join(info.hooks) or 'none'}")
        names = {industry.key: industry.name for industry in engine.industries()}
        for key in info.industries:
            click.echo(f"  industry:   {key} ({names.get(key, key)})")
        for label in ("countries", "languages"):  # shown once PluginInfo carries them
            covered = getattr(info, label, ())
            if covered:
                click.echo(f"  {label + ':':<11} {', '.join(covered)}")


# --- init ---------------------------------------------------------------------------------


@main.command()
@click.argument("path", default="interview.toml")
@click.option("--force", is_flag=True, help="Overwrite PATH if it exists.")
@_common
@_guarded
def init(path: str, force: bool, disable: tuple[str, ...]) -> None:
    """Write a commented example interview file to PATH (default interview.toml)."""
    del disable  # no plugin is loaded to write a file
    from pathlib import Path

    from ._interview_file import TEMPLATE

    target = Path(path)
    if target.is_dir():
        raise BadInput(f"{path}: is a folder; give a file name such as {path}/interview.toml")
    text = TEMPLATE.replace("{name}", path)
    _write_atomically(target, text.encode("utf-8"), overwrite=force)
    click.echo(f"Wrote {path}. Fill it in, then run: thankyou advise {path}")

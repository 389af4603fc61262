"""The ``thankyou`` command."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path
from typing import Any

import click

from ._errors import ThankYouError


def _read(path: str) -> dict[str, Any]:
    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise click.ClickException(f"{path}: cannot read: {exc.strerror}") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise click.ClickException(f"{path}: {exc}") from None


@click.group()
def main() -> None:
    """Advice on thank-you notes after a job interview."""


@main.command()
@click.argument("file")
def advise(file: str) -> None:
    """Print the recommendation for the interview in FILE."""
    from . import Candidate, Interview, from_dict
    from . import advise as run

    data = _read(file)
    try:
        interview = from_dict(Interview, data.get("interview"))
        candidate = from_dict(Candidate, data.get("candidate"))
        advice = run(interview, candidate)
    except ThankYouError as exc:
        raise click.ClickException(f"{file}: {exc}") from None
    rec = advice.recommendation
    click.echo(f"Verdict:    {rec.verdict.value}")
    click.echo(f"Send after: {rec.send_after.isoformat()}")
    click.echo(f"Send by:    {rec.send_by.isoformat()}")
    click.echo(f"Channel:    {rec.channel.value}")
    click.echo(f"Register:   {rec.register.value}")
    for reason in rec.reasons:
        click.echo(
            f"- [{reason.plugin}] {reason.text}" + (f" ({reason.source})" if reason.source else "")
        )

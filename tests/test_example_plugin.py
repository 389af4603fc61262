"""The plugin guide's example distribution, built and installed out of tree.

A fresh virtual environment (no system site-packages, nothing from this
checkout on the path) gets ``thankyou`` from the repository root and
``thankyou-veterinary`` from ``docs/examples/``, exactly as the guide tells a
plugin author to do; then the engine must find the plugin, use it, list it,
and switch it off on request, and the plugin's own tests must pass there.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "docs" / "examples" / "thankyou-veterinary"
#: What pip prints when it cannot reach a package index (the only reason to skip; a
#: dependency that does not exist fails the test instead).
OFFLINE = (
    "Failed to establish a new connection",
    "Temporary failure in name resolution",
    "NameResolutionError",
    "Network is unreachable",
    "Max retries exceeded",
)

CHECK = textwrap.dedent(
    """
    import os, sys
    import thankyou
    from thankyou.testing import make_candidate, make_interview

    # The installed copies, not the checkout.
    assert thankyou.__file__.startswith(sys.prefix), thankyou.__file__
    import thankyou_veterinary
    assert thankyou_veterinary.__file__.startswith(sys.prefix), thankyou_veterinary.__file__

    info = {p.name: p for p in thankyou.Engine().plugins()}
    veterinary = info["veterinary"]
    assert veterinary.status == "active", veterinary
    assert veterinary.distribution == "thankyou-veterinary", veterinary
    assert veterinary.version == "1.0.0", veterinary
    assert veterinary.industries == ("veterinary",), veterinary

    interview = make_interview(industry="veterinarian", position="Associate Veterinarian")
    advice = thankyou.advise(interview, make_candidate())
    ours = [r for r in advice.recommendation.reasons if r.plugin == "veterinary"]
    assert ours and all(r.source for r in ours), advice.recommendation.reasons

    off = thankyou.Engine(disable=["veterinary"])
    assert {p.name: p.status for p in off.plugins()}["veterinary"] == "disabled"
    print("engine ok")
    """
)


CHECK_DISABLED = textwrap.dedent(
    """
    import thankyou
    from thankyou.testing import make_candidate, make_interview

    status = {p.name: p.status for p in thankyou.Engine().plugins()}
    assert status["veterinary"] == "disabled", status
    try:
        thankyou.advise(make_interview(industry="vet"), make_candidate())
    except thankyou.InvalidInput as exc:
        assert exc.field == "Interview.industry", exc
    else:
        raise AssertionError("a disabled plugin's industry was still accepted")
    print("disabled ok")
    """
)


def _run(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, check=False)


def test_example_plugin_installs_and_works_out_of_tree(tmp_path: Path) -> None:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")
        and not key.startswith("THANKYOU_")
    }
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    bindir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = str(bindir / "python")
    env["PATH"] = f"{bindir}{os.pathsep}{env.get('PATH', '')}"

    # Out of tree: build the plugin from a copy, run everything from elsewhere.
    plugin = tmp_path / "thankyou-veterinary"
    shutil.copytree(EXAMPLE, plugin, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    work = tmp_path / "work"
    work.mkdir()

    for step in ([str(ROOT)], [f"{plugin}[test]"]):
        # One retry: enough for a hiccup, and offline the skip comes in seconds, not minutes.
        pip = [python, "-m", "pip", "install", "-q", "--retries", "1", "--timeout", "30"]
        installed = _run([*pip, *step], work, env)
        if installed.returncode != 0 and any(m in installed.stderr for m in OFFLINE):
            pytest.skip(f"pip cannot reach a package index: {installed.stderr.strip()[-300:]}")
        assert installed.returncode == 0, installed.stderr

    checked = _run([python, "-c", CHECK], work, env)
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.strip() == "engine ok"

    listed = _run([str(bindir / "thankyou"), "plugins"], work, env)
    assert listed.returncode == 0, listed.stderr
    assert "veterinary" in listed.stdout
    assert "thankyou-veterinary" in listed.stdout
    # What the plugin guide shows.
    assert "veterinary (active)\n  from:       thankyou-veterinary 1.0.0\n" in listed.stdout

    # The guide's commands: advise on the example interview file, with and without the plugin.
    advised = _run(
        [str(bindir / "thankyou"), "advise", "interview.toml", "--now", "2026-11-17T12:00-06:00"],
        plugin,
        env,
    )
    assert advised.returncode == 0, advised.stderr
    assert "[veterinary]" in advised.stdout
    refused = _run(
        [str(bindir / "thankyou"), "--disable", "veterinary", "advise", "interview.toml"],
        plugin,
        env,
    )
    assert refused.returncode == 2, refused.stdout + refused.stderr
    assert "'vet' is not a known industry" in refused.stderr

    disabled_env = {**env, "THANKYOU_DISABLE_PLUGINS": "veterinary"}
    without = _run([python, "-c", CHECK_DISABLED], work, disabled_env)
    assert without.returncode == 0, without.stderr
    assert without.stdout.strip() == "disabled ok"

    # The plugin's own tests, with thankyou.testing, in the author's environment.
    tested = _run([python, "-m", "pytest", "-q", "-p", "no:cacheprovider"], plugin, env)
    assert tested.returncode == 0, tested.stdout + tested.stderr
    assert " passed" in tested.stdout

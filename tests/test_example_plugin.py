"""The plugin guide's example distribution, built and installed out of tree.

A fresh virtual environment (no system site-packages, nothing from this
checkout on the path) gets ``thankyou`` from the repository root and
``thankyou-nursing`` from ``docs/examples/``, exactly as the guide tells a
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
EXAMPLE = ROOT / "docs" / "examples" / "thankyou-nursing"
#: What pip prints when it cannot reach a package index (the only reason to skip).
OFFLINE = (
    "Could not find a version that satisfies",
    "No matching distribution found",
    "Failed to establish a new connection",
    "Temporary failure in name resolution",
    "Network is unreachable",
)

CHECK = textwrap.dedent(
    """
    import os, sys
    import thankyou
    from thankyou.testing import make_candidate, make_interview

    # The installed copies, not the checkout.
    assert thankyou.__file__.startswith(sys.prefix), thankyou.__file__
    import thankyou_nursing
    assert thankyou_nursing.__file__.startswith(sys.prefix), thankyou_nursing.__file__

    info = {p.name: p for p in thankyou.Engine().plugins()}
    nursing = info["nursing"]
    assert nursing.status == "active", nursing
    assert nursing.distribution == "thankyou-nursing", nursing
    assert nursing.version == "1.0.0", nursing
    assert nursing.industries == ("nursing",), nursing

    interview = make_interview(industry="registered nurse", position="Staff Nurse")
    advice = thankyou.advise(interview, make_candidate())
    ours = [r for r in advice.recommendation.reasons if r.plugin == "nursing"]
    assert ours and all(r.source for r in ours), advice.recommendation.reasons

    off = thankyou.Engine(disable=["nursing"])
    assert {p.name: p.status for p in off.plugins()}["nursing"] == "disabled"
    print("engine ok")
    """
)


CHECK_DISABLED = textwrap.dedent(
    """
    import thankyou
    from thankyou.testing import make_candidate, make_interview

    status = {p.name: p.status for p in thankyou.Engine().plugins()}
    assert status["nursing"] == "disabled", status
    try:
        thankyou.advise(make_interview(industry="nurse"), make_candidate())
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
    plugin = tmp_path / "thankyou-nursing"
    shutil.copytree(EXAMPLE, plugin, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    work = tmp_path / "work"
    work.mkdir()

    for step in ([str(ROOT)], [f"{plugin}[test]"]):
        installed = _run([python, "-m", "pip", "install", "-q", *step], work, env)
        if installed.returncode != 0 and any(m in installed.stderr for m in OFFLINE):
            pytest.skip(f"pip cannot reach a package index: {installed.stderr.strip()[-300:]}")
        assert installed.returncode == 0, installed.stderr

    checked = _run([python, "-c", CHECK], work, env)
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.strip() == "engine ok"

    listed = _run([str(bindir / "thankyou"), "plugins"], work, env)
    assert listed.returncode == 0, listed.stderr
    assert "nursing" in listed.stdout
    assert "thankyou-nursing" in listed.stdout

    disabled_env = {**env, "THANKYOU_DISABLE_PLUGINS": "nursing"}
    without = _run([python, "-c", CHECK_DISABLED], work, disabled_env)
    assert without.returncode == 0, without.stderr
    assert without.stdout.strip() == "disabled ok"

    # The plugin's own tests, with thankyou.testing, in the author's environment.
    tested = _run([python, "-m", "pytest", "-q", "-p", "no:cacheprovider"], plugin, env)
    assert tested.returncode == 0, tested.stdout + tested.stderr
    assert " passed" in tested.stdout

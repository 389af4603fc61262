from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import settings

# CI runs a few thousand examples per property; "thorough" is for a release or a hunt.
settings.register_profile("ci", max_examples=2000, deadline=None)
settings.register_profile("thorough", max_examples=20000, deadline=None)
settings.register_profile("dev", max_examples=50, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def installed_wheel(tmp_path_factory: pytest.TempPathFactory) -> tuple[set[str], Path]:
    """The wheel built from this checkout: its file names, and its files unpacked.

    Built once per run (it takes seconds): the compiled catalogs and the
    precomputed data must be in what users install, not only in the source tree.
    """
    pytest.importorskip("build")
    out = tmp_path_factory.mktemp("wheel")
    # Offline with the build backend at hand (the dev extra has it), else an isolated build.
    isolation = [] if importlib.util.find_spec("hatchling") is None else ["--no-isolation"]
    built = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", *isolation, "--outdir", out, ROOT],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert built.returncode == 0, built.stderr[-2000:]
    (wheel,) = out.glob("thankyou-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(out / "installed")
        return set(archive.namelist()), out / "installed"

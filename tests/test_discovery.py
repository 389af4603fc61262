"""Plugins are found from the distributions' own files exactly as importlib.metadata finds them."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from thankyou import _discovery
from thankyou._discovery import EntryPoint

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "us-fundraising.toml"


def oracle(group: str) -> list[EntryPoint]:
    """What importlib.metadata says, in the same form."""
    return _discovery._from_importlib(group)


@pytest.mark.parametrize("group", ["thankyou", "console_scripts", "pytest11"])
def test_this_environment_reads_as_importlib_metadata_reads_it(group: str) -> None:
    found = _discovery._scan(group)
    assert found is not None  # folders only: read directly
    assert found == oracle(group)
    if group == "thankyou":
        assert {"us", "jp", "fundraising", "phrasebook-de"} <= {ep.name for ep in found}
        assert {(ep.distribution, ep.version) for ep in found} == {
            (ep.distribution, ep.version) for ep in oracle(group)
        }


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """Two folders on the path, with the layouts installers leave behind."""
    first, second = tmp_path / "first", tmp_path / "second"
    write(
        first / "alpha_pkg-1.0.dist-info" / "METADATA",
        "Metadata-Version: 2.1\nName: Alpha.Pkg\nVersion: 1.0\n\nName: not a header\n",
    )
    write(
        first / "alpha_pkg-1.0.dist-info" / "entry_points.txt",
        "# a comment\n[console_scripts]\nalpha = alpha:main\n\n[thankyou]\n"
        "  one = alpha.one  \ntwo=alpha.two:hook [extra]\n\n[other]\nthree = x\n",
    )
    # The same distribution further down the path is shadowed.
    write(second / "alpha_pkg-2.0.dist-info" / "METADATA", "Name: alpha-pkg\nVersion: 2.0\n")
    write(second / "alpha_pkg-2.0.dist-info" / "entry_points.txt", "[thankyou]\nfour = a\n")
    write(first / "beta-0.1.egg-info" / "PKG-INFO", "Metadata-Version: 1.1\nName: beta\n")
    write(first / "beta-0.1.egg-info" / "entry_points.txt", "[thankyou]\nb = beta.plugin\n")
    write(first / "gamma-3.dist-info" / "METADATA", "Name: gamma\nVersion: 3\n")  # no plugins
    write(first / "delta-1.dist-info" / "entry_points.txt", "[thankyou]\nd = delta\n")
    write(second / "late-1.dist-info" / "entry_points.txt", "[thankyou]\nlate = late\n")
    monkeypatch.setattr(sys, "path", [str(first), str(tmp_path / "missing"), str(second)])
    return first, second


def test_a_site_of_folders_reads_as_importlib_metadata_reads_it(site: tuple[Path, Path]) -> None:
    for group in ("thankyou", "console_scripts", "other", "nothing"):
        assert _discovery._scan(group) == oracle(group)
    found = {ep.name: ep for ep in _discovery.entry_points("thankyou")}
    assert sorted(found) == ["b", "d", "late", "one", "two"]  # "four" is shadowed
    assert found["one"] == EntryPoint("one", "alpha.one", "Alpha.Pkg", "1.0")
    assert found["two"].value == "alpha.two:hook [extra]"
    assert (found["b"].distribution, found["b"].version) == ("beta", None)
    assert (found["d"].distribution, found["d"].version) == (None, None)


def test_a_zip_file_on_the_path_is_left_to_importlib_metadata(
    site: tuple[Path, Path], tmp_path: Path
) -> None:
    archive = tmp_path / "plugins.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("zipped-1.0.dist-info/METADATA", "Name: zipped\nVersion: 1.0\n")
        zipped.writestr("zipped-1.0.dist-info/entry_points.txt", "[thankyou]\nz = zipped\n")
    sys.path.append(str(archive))
    assert _discovery._scan("thankyou") is None
    found = _discovery.entry_points("thankyou")
    assert found == oracle("thankyou")
    assert EntryPoint("z", "zipped", "zipped", "1.0") in found


def test_a_finder_that_knows_other_distributions_is_left_to_importlib_metadata(
    site: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    class Finder:
        @staticmethod
        def find_spec(*args: object) -> None:
            return None

        @staticmethod
        def find_distributions(*args: object) -> list[object]:
            return []

    monkeypatch.setattr(sys, "meta_path", [*sys.meta_path, Finder])
    assert _discovery._scan("thankyou") is None
    assert _discovery.entry_points("thankyou") == oracle("thankyou")


def test_load_imports_the_module_and_follows_the_attributes() -> None:
    assert EntryPoint("x", "thankyou._discovery", None, None).load() is _discovery
    assert EntryPoint("x", "thankyou._discovery:EntryPoint.load", None, None).load() is (
        EntryPoint.load
    )
    with pytest.raises(ValueError, match="'not a module!'"):
        EntryPoint("x", "not a module!", None, None).load()


def test_the_command_finds_its_plugins_without_importlib_metadata() -> None:
    """Importing importlib.metadata (and the email package) cost every command ~15 ms."""
    code = (
        "import sys\n"
        "from thankyou._cli import main\n"
        f"try:\n    main(['advise', {str(EXAMPLE)!r}])\n"
        "except SystemExit as exit:\n    assert not exit.code, exit.code\n"
        "print('importlib.metadata' in sys.modules, file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "Dear" in result.stdout
    assert result.stderr.strip().splitlines()[-1] == "False", result.stderr

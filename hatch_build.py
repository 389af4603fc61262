"""Hatch build hook: compile the gettext catalogs and precompute the slow data loads.

Every ``<package>/**/LC_MESSAGES/*.po`` in the wheel's packages is compiled
with Babel's Python API (no system ``msgfmt``). A wheel gets the ``.mo``
files through ``force_include`` (they are git-ignored, so hatch would skip
them otherwise); an editable install gets them written next to their ``.po``,
where the package reads them. A catalog Babel cannot read, or one with a
fuzzy or untranslated entry, stops the build: a missing ``.mo`` would make
Babel fall back to English without a word.

The holiday table and the spelling word lists of ``thankyou._precompute``
are written the same way (``_data/*.bin`` next to that module, git-ignored),
from the ``holidays`` and ``pyspellchecker`` of the build environment (both
are build requirements). The module is loaded by its path: the package's own
dependencies are not installed where the wheel is built.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def compile_catalog(po: Path, mo: Path) -> int:
    """Compile one ``.po`` to ``mo``; the number of translated messages."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as fp:
        catalog = read_po(fp, abort_invalid=True)
    problems = [
        repr(message.id)
        for message in catalog
        if message.id and (message.fuzzy or not message.string or not all(message.string))
    ]
    if problems:
        raise RuntimeError(
            f"{po}: {len(problems)} fuzzy or untranslated message(s), e.g. {problems[0]}"
        )
    mo.parent.mkdir(parents=True, exist_ok=True)
    partial = mo.with_name(mo.name + ".tmp")
    with partial.open("wb") as fp:
        write_mo(fp, catalog, use_fuzzy=False)
    os.replace(partial, mo)  # readers never see half a catalog
    return sum(1 for message in catalog if message.id)


#: The languages whose lists are precomputed: ``thankyou._spelling.LANGUAGES``.
SPELLING_LANGUAGES = ("en", "de", "fr", "es", "pt", "nl", "it")


def load_precompute(root: Path) -> ModuleType:
    """``thankyou._precompute`` of this source tree, without importing ``thankyou``."""
    import importlib.util

    path = root / "src" / "thankyou" / "_precompute.py"
    spec = importlib.util.spec_from_file_location("_thankyou_precompute", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write_data(precompute: ModuleType, directory: Path) -> list[Path]:
    """Write the holiday table and the word lists into ``directory``; the files written."""
    written = [directory / "holidays.bin"]
    precompute.write_holidays(str(written[0]))
    for language in SPELLING_LANGUAGES:
        path = directory / f"spelling-{language}.bin"
        precompute.write_spelling(language, str(path))
        written.append(path)
    return written


class CatalogBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        root = Path(self.root)
        packages = self.build_config.target_config.get("packages", [])
        editable = version == "editable"
        staging = None if editable else Path(tempfile.mkdtemp(prefix="thankyou-mo-"))
        for package in packages:
            package_dir = root / package
            for po in sorted(package_dir.rglob("LC_MESSAGES/*.po")):
                relative = po.relative_to(package_dir.parent).with_suffix(".mo")
                if editable:
                    compile_catalog(po, po.with_suffix(".mo"))
                    continue
                assert staging is not None
                mo = staging / relative
                compile_catalog(po, mo)
                build_data["force_include"][str(mo)] = relative.as_posix()
        precompute = load_precompute(root)
        if editable:
            write_data(precompute, Path(precompute.DATA))
        else:
            assert staging is not None
            data = staging / "thankyou" / "_data"
            for path in write_data(precompute, data):
                build_data["force_include"][str(path)] = path.relative_to(staging).as_posix()
        self._staging = staging

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        staging = getattr(self, "_staging", None)
        if staging is not None:
            import shutil

            shutil.rmtree(staging, ignore_errors=True)

"""The installed plugins' entry points, read from the distributions' own files.

`importlib.metadata` answers this for any importer, but importing it (with
the ``email`` package it parses metadata with) and reading every
distribution takes ~15 ms, a tenth of a ``thankyou advise`` run. On an
ordinary path (folders, the standard finders) the answer is a few small
files: each ``*.dist-info`` or ``*.egg-info`` folder's ``entry_points.txt``,
read in the order `importlib.metadata` reads them, the first distribution of
a name winning, and the name and version from the head of its ``METADATA``.
Anything else on the path (a zip file, an egg, a finder that knows other
distributions) is left to `importlib.metadata`, as before.
"""

from __future__ import annotations

import functools
import importlib
import os
import re
import sys
from collections.abc import Iterator
from importlib.machinery import PathFinder
from typing import NamedTuple

__all__ = ["EntryPoint", "entry_points"]


class EntryPoint(NamedTuple):
    """One entry point of a group, with the distribution that declares it."""

    name: str
    #: What it points at: ``"package.module"`` or ``"package.module:attribute"``.
    value: str
    #: The declaring distribution's name and version, as its metadata spells them.
    distribution: str | None
    version: str | None

    def load(self) -> object:
        """Import the module ``value`` names and return the attribute it names, if any."""
        found = _VALUE.match(self.value)
        if found is None:
            raise ValueError(f"{self.value!r} is not 'module' or 'module:attribute'")
        target: object = importlib.import_module(found["module"])
        for name in (found["attr"] or "").split("."):
            if name:
                target = getattr(target, name)
        return target


#: The form `importlib.metadata.EntryPoint` accepts: "module", "module:attr", extras.
_VALUE = re.compile(r"(?P<module>[\w.]+)\s*(:\s*(?P<attr>[\w.]+)\s*)?((?P<extras>\[.*\])\s*)?$")


def entry_points(group: str) -> list[EntryPoint]:
    """The entry points of ``group``, distribution by distribution in path order."""
    found = _scan(group)
    return found if found is not None else _from_importlib(group)


def _scan(group: str) -> list[EntryPoint] | None:
    """What `importlib.metadata` would find, or None where only it can tell."""
    if any(
        finder is not PathFinder and hasattr(finder, "find_distributions")
        for finder in sys.meta_path
    ):
        return None
    seen: set[str] = set()
    found: list[EntryPoint] = []
    for entry in sys.path:
        if not isinstance(entry, str) or entry.lower().endswith(".egg"):
            return None
        try:
            children = os.listdir(entry or ".")
        except NotADirectoryError:
            return None  # a zip file
        except OSError:
            continue  # not there: nothing to find
        for name, folder in _distributions(entry, children):
            if name in seen:
                continue  # an earlier folder on the path has this distribution
            seen.add(name)
            try:
                listed = _read(folder, "entry_points.txt")
            except UnicodeDecodeError:
                return None  # let importlib.metadata say what it says about it
            if listed is None or f"[{group}]" not in listed:
                continue
            points = _section(listed, group)
            if points:
                distribution, version = _identity(folder)
                found += [EntryPoint(n, v, distribution, version) for n, v in points]
    return found


def _distributions(entry: str, children: list[str]) -> Iterator[tuple[str, str]]:
    """(normalized name, folder) of each metadata folder, grouped by name as
    `importlib.metadata` groups them (in the order each name first appears)."""
    groups: dict[str, list[str]] = {}
    for child in children:
        low = child.lower()
        if low.endswith((".dist-info", ".egg-info")):
            name = _normalize(low.rpartition(".")[0].partition("-")[0])
            groups.setdefault(name, []).append(os.path.join(entry, child))
    for name, folders in groups.items():
        for folder in folders:
            yield name, folder


@functools.lru_cache(maxsize=256)
def _normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower().replace("-", "_")


def _read(folder: str, filename: str) -> str | None:
    try:
        with open(os.path.join(folder, filename), encoding="utf-8") as file:
            return file.read()
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError, PermissionError):
        return None


def _section(text: str, group: str) -> list[tuple[str, str]]:
    """The ``name = value`` lines of one ``[group]``, read as `importlib.metadata` reads them."""
    points: list[tuple[str, str]] = []
    section = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line.strip("[]")
            continue
        if section == group:
            name, _, value = line.partition("=")
            points.append((name.strip(), value.strip()))
    return points


def _identity(folder: str) -> tuple[str | None, str | None]:
    """The ``Name`` and ``Version`` fields at the head of the distribution's metadata."""
    text = _read(folder, "METADATA") or _read(folder, "PKG-INFO") or ""
    fields: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip():
            break  # the headers end at the first empty line
        key, colon, value = line.partition(":")
        key = key.lower()
        if colon and key in ("name", "version") and key not in fields:
            fields[key] = value.strip()
    return fields.get("name"), fields.get("version")


def _from_importlib(group: str) -> list[EntryPoint]:
    from importlib.metadata import entry_points as installed

    known: dict[int, tuple[str | None, str | None]] = {}
    found = []
    for ep in installed(group=group):
        distribution = version = None
        if ep.dist is not None:
            # Each read of the metadata parses it again: once per distribution.
            identity = known.get(id(ep.dist))
            if identity is None:
                metadata = ep.dist.metadata
                identity = known[id(ep.dist)] = (metadata["Name"], metadata["Version"])
            distribution, version = identity
        found.append(EntryPoint(ep.name, ep.value, distribution, version))
    return found

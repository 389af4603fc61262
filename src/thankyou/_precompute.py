"""Data computed at build time so that a short command need not load it from packages.

``import holidays`` with its first calendar costs about 100 ms (the package
imports every country's module), and reading pyspellchecker's English list
about 60 ms (German 180 ms). A command that checks one note spends most of
its time on them, so the build hook (``hatch_build.py``) writes them here
once, in forms that are read in well under a millisecond:

- ``holidays.bin``: every country's public holidays for the years
  ``FIRST_YEAR`` to ``LAST_YEAR`` (what ``holidays.country_holidays(country,
  years=year)`` gives: each day's name and the calendar's weekend), indexed so
  that only the country in use is read;
- ``spelling-<language>.bin``: a word list as its ``TOP_WORDS`` most frequent
  words (a small dict, one ``marshal.loads``) and the rest as one sorted
  UTF-8 blob with arrays of offsets and counts, searched by bisection without
  a Python object per word.

Each file records the version of the package it was computed from; a reader
uses it only when that version is the one installed, and the caller falls
back to the package otherwise. Nothing here imports ``thankyou``: the build
hook loads this file by its path, before the package's dependencies exist.
"""

from __future__ import annotations

import marshal
import mmap
import os
import struct
import sys
from array import array
from collections.abc import Iterable, Iterator
from typing import Any

#: The years the holiday table covers: a few back (an interview being replayed
#: or tested) and twenty ahead. Other years fall back to the package.
FIRST_YEAR = 2015
LAST_YEAR = 2045

#: Words of a list loaded at once as a dict; a note's words are almost all among them.
TOP_WORDS = 10_000

#: Raised when the layout of the files changes, so that old files are not misread.
FORMAT = 1

#: Where the files live: next to this module (an editable install writes them
#: into the source tree, git-ignored; a wheel ships them).
DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_data")

_HEAD = struct.Struct("<Q")


def holidays_file() -> str:
    return os.path.join(DATA, "holidays.bin")


def spelling_file(language: str) -> str:
    return os.path.join(DATA, f"spelling-{language}.bin")


def installed(distribution: str, package: str, version: str) -> bool:
    """Whether ``version`` of ``distribution`` provides the importable ``package``.

    The distribution's metadata directory next to the package is looked for
    first (one stat, the package is not imported); ``importlib.metadata``,
    which parses every metadata directory on the path (milliseconds), only
    when that is not found.
    """
    import importlib.util

    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        return False
    if spec is None or spec.origin is None:
        return False
    site = os.path.dirname(os.path.dirname(spec.origin))
    if os.path.isdir(os.path.join(site, f"{distribution}-{version}.dist-info")):
        return True
    from importlib import metadata

    try:
        return metadata.version(distribution) == version
    except metadata.PackageNotFoundError:
        return False


def pack(header: dict[str, Any], *sections: bytes) -> bytes:
    """A file: the header's length, the marshalled header, then the sections 8-byte aligned."""
    head = marshal.dumps(header)
    parts = [_HEAD.pack(len(head)), head]
    size = _HEAD.size + len(head)
    for section in sections:
        pad = -size % 8
        parts += [b"\0" * pad, section]
        size += pad + len(section)
    return b"".join(parts)


def _sections(
    data: mmap.mmap | bytes, header_end: int, lengths: Iterable[int]
) -> Iterator[memoryview]:
    view = memoryview(data)
    at = header_end
    for length in lengths:
        at += -at % 8
        yield view[at : at + length]
        at += length


def unpack(data: bytes) -> tuple[dict[str, Any], list[bytes]]:
    """A file's header and sections, as ``_pack`` was given them."""
    (length,) = _HEAD.unpack_from(data)
    end = _HEAD.size + length
    header = marshal.loads(data[_HEAD.size : end])
    return header, [bytes(view) for view in _sections(data, end, header["lengths"])]


def _write(path: str, data: bytes) -> None:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    partial = path + ".tmp"
    with open(partial, "wb") as fp:
        fp.write(data)
    os.replace(partial, path)  # readers never see half a file


# -- holidays -----------------------------------------------------------------


def holiday_table() -> bytes:
    """Every two-letter country code's holidays for each covered year, as ``holidays`` gives them.

    A code the package does not know (``NotImplementedError``) is recorded
    as such; a country whose calendar fails otherwise is left out, so that
    the package raises the same at run time.
    """
    import itertools
    import string
    import warnings
    from importlib import metadata

    import holidays

    unsupported: list[str] = []
    index: dict[str, tuple[int, int]] = {}
    payloads: list[bytes] = []
    offset = 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for first, second in itertools.product(string.ascii_uppercase, repeat=2):
            country = first + second
            years: dict[int, tuple[tuple[int, ...], tuple[int, ...], tuple[str, ...]]] = {}
            names: dict[str, str] = {}  # one string object per name: marshal writes it once
            try:
                for year in range(FIRST_YEAR, LAST_YEAR + 1):
                    calendar = holidays.country_holidays(country, years=year)
                    weekend = tuple(sorted(getattr(calendar, "weekend", {5, 6})))
                    days = sorted(calendar.keys())
                    named = [str(calendar[day]) for day in days]
                    years[year] = (
                        weekend,
                        tuple(day.toordinal() for day in days),
                        tuple(names.setdefault(name, name) for name in named),
                    )
            except NotImplementedError:
                unsupported.append(country)
                continue
            except Exception:  # left to the package, which raises it again at run time
                continue
            payload = marshal.dumps(years)
            index[country] = (offset, len(payload))
            payloads.append(payload)
            offset += len(payload)
    header = {
        "format": FORMAT,
        "holidays": metadata.version("holidays"),
        "first": FIRST_YEAR,
        "last": LAST_YEAR,
        "unsupported": " ".join(unsupported),
        "countries": index,
        "lengths": (offset,),
    }
    return pack(header, b"".join(payloads))


def write_holidays(path: str) -> None:
    _write(path, holiday_table())


class Holidays:
    """The holiday table's index; a country's years are unmarshalled when asked for."""

    def __init__(self, data: mmap.mmap, header: dict[str, Any], start: int) -> None:
        #: The file, mapped: a later install that replaces it does not change what is read.
        self.data = data
        self.first: int = header["first"]
        self.last: int = header["last"]
        self.unsupported = frozenset(str(header["unsupported"]).split())
        self.index: dict[str, tuple[int, int]] = header["countries"]
        self.start = start

    def country(
        self, country: str
    ) -> dict[int, tuple[tuple[int, ...], tuple[int, ...], tuple[str, ...]]] | None:
        """``{year: (weekend weekdays, holiday ordinals, names)}``; None: not in the table."""
        place = self.index.get(country)
        if place is None:
            return None
        offset, length = place
        at = self.start + offset
        found: dict[int, tuple[tuple[int, ...], tuple[int, ...], tuple[str, ...]]]
        found = marshal.loads(self.data[at : at + length])
        return found


def read_holidays() -> Holidays | None:
    """The table's index, or None when it is missing, unreadable or from another ``holidays``."""
    try:
        with open(holidays_file(), "rb") as fp:
            (length,) = _HEAD.unpack(fp.read(_HEAD.size))
            header = marshal.loads(fp.read(length))
            if not isinstance(header, dict) or header.get("format") != FORMAT:
                return None
            if not installed("holidays", "holidays", str(header.get("holidays"))):
                return None
            data = mmap.mmap(fp.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, EOFError, ValueError, TypeError, struct.error):
        return None
    start = _HEAD.size + length
    return Holidays(data, header, start + (-start % 8))


# -- spelling -----------------------------------------------------------------


def spellchecker_resource(language: str) -> bytes:
    """pyspellchecker's gzipped JSON list for ``language``, read without importing it."""
    import importlib.util

    spec = importlib.util.find_spec("spellchecker")
    if spec is not None and spec.origin is not None:
        path = os.path.join(os.path.dirname(spec.origin), "resources", f"{language}.json.gz")
        if os.path.isfile(path):
            with open(path, "rb") as fp:
                return fp.read()
    import pkgutil  # pragma: no cover - an installation without plain files

    data = pkgutil.get_data("spellchecker", f"resources/{language}.json.gz")  # pragma: no cover
    if data is None:  # pragma: no cover
        raise ValueError(f"pyspellchecker has no word list for {language!r}")
    return data  # pragma: no cover


def spellchecker_counts(language: str) -> dict[str, int]:
    """The list as pyspellchecker's ``SpellChecker(language=...)`` reads it.

    Words differing only in case are merged and their counts summed, as
    pyspellchecker does.
    """
    import gzip
    import json

    text = gzip.decompress(spellchecker_resource(language)).decode("utf-8")
    if text.islower():  # no upper-case letter anywhere: nothing to merge
        counts: dict[str, int] = json.loads(text)
        return counts
    counts = {}  # pragma: no cover - the lists pyspellchecker ships are lower case
    for key, value in json.loads(text).items():  # pragma: no cover
        lowered = key.lower()
        counts[lowered] = counts.get(lowered, 0) + value
    return counts  # pragma: no cover


def spelling_table(language: str) -> bytes:
    """The list of ``language`` split into its most frequent words and a sorted rest."""
    from importlib import metadata

    counts = spellchecker_counts(language)
    by_frequency = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    top = dict(by_frequency[:TOP_WORDS])
    rest = sorted((word.encode("utf-8"), count) for word, count in by_frequency[TOP_WORDS:])
    if any(b"\n" in word for word, _ in rest):  # pragma: no cover - never in these lists
        raise ValueError(f"a word of the {language} list holds a line break")
    if min(counts.values(), default=1) < 1:  # pragma: no cover - the lists count from 50
        raise ValueError(f"a word of the {language} list counts 0: it would read as absent")
    offsets = array("I", [0])
    for word, _ in rest:
        offsets.append(offsets[-1] + len(word))
    frequencies = array("I" if max(counts.values(), default=0) < 2**32 else "Q")
    frequencies.extend(count for _, count in rest)
    blob = b"\n".join(word for word, _ in rest)
    # The offsets skip the separators: word i is blob[offsets[i] + i : offsets[i + 1] + i].
    top_data = marshal.dumps(top)
    header = {
        "format": FORMAT,
        "pyspellchecker": metadata.version("pyspellchecker"),
        "byteorder": sys.byteorder,
        "offsets": (offsets.typecode, offsets.itemsize),
        "counts": (frequencies.typecode, frequencies.itemsize),
        "letters": "".join(sorted(frozenset().union(*counts))),
        "longest": max(map(len, counts), default=0),
        "lengths": (
            len(top_data),
            len(offsets) * offsets.itemsize,
            len(frequencies) * frequencies.itemsize,
            len(blob),
        ),
    }
    return pack(header, top_data, offsets.tobytes(), frequencies.tobytes(), blob)


def write_spelling(language: str, path: str) -> None:
    _write(path, spelling_table(language))


class Spelling:
    """One precomputed list: the top words as a dict, the rest searched in place."""

    __slots__ = ("base", "blob", "counts", "letters", "longest", "offsets", "size", "top")

    def __init__(
        self,
        top: dict[str, int],
        offsets: memoryview,
        counts: memoryview,
        blob: mmap.mmap | bytes,
        base: int,
        letters: str,
        longest: int,
    ) -> None:
        self.top = top
        self.offsets = offsets
        self.counts = counts
        #: The file; the words, separated by line breaks, are the end of it from ``base`` on.
        self.blob = blob
        self.base = base
        self.size = len(counts)
        self.letters = letters
        self.longest = longest

    def rare(self, word: str) -> int:
        """The count of a word that is not among the top words (0: not in the list)."""
        key = word.encode("utf-8", "surrogatepass")  # a lone surrogate is no word either
        offsets, blob, base = self.offsets, self.blob, self.base
        low, high = 0, self.size
        while low < high:
            middle = (low + high) // 2
            start = base + middle  # each word before this one is followed by a line break
            found = blob[start + offsets[middle] : start + offsets[middle + 1]]
            if found < key:
                low = middle + 1
            elif found > key:
                high = middle
            else:
                return int(self.counts[middle])
        return 0

    def rest(self) -> dict[str, int]:
        """The words that are not among the top words, as a dict (tens of milliseconds)."""
        words = self.blob[self.base :].decode("utf-8").split("\n") if self.size else []
        return dict(zip(words, self.counts.tolist(), strict=True))


def read_spelling(language: str) -> Spelling | None:
    """The precomputed list; None when missing, unreadable or from another pyspellchecker."""
    try:
        with open(spelling_file(language), "rb") as fp:
            (length,) = _HEAD.unpack(fp.read(_HEAD.size))
            header = marshal.loads(fp.read(length))
            if not isinstance(header, dict) or header.get("format") != FORMAT:
                return None
            if header["byteorder"] != sys.byteorder:
                return None  # pragma: no cover - a wheel built on a machine of the other order
            (offset_type, offset_size), (count_type, count_size) = (
                header["offsets"],
                header["counts"],
            )
            if (
                array(offset_type).itemsize != offset_size
                or array(count_type).itemsize != count_size
            ):
                return None  # pragma: no cover - a platform with other C integer sizes
            if not installed("pyspellchecker", "spellchecker", str(header["pyspellchecker"])):
                return None
            # Mapped, not read: a lookup touches a few pages of the rest, not megabytes.
            data = mmap.mmap(fp.fileno(), 0, access=mmap.ACCESS_READ)
        sections = _sections(data, _HEAD.size + length, header["lengths"])
        top_data, offsets, counts, blob = sections
        base = len(data) - len(blob)  # the blob is the last section
        return Spelling(
            marshal.loads(top_data),
            offsets.cast(offset_type),
            counts.cast(count_type),
            data,
            base,
            header["letters"],
            header["longest"],
        )
    except (OSError, EOFError, ValueError, TypeError, KeyError, struct.error):
        return None

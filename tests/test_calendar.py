"""The precomputed holiday table answers exactly as the ``holidays`` package does."""

from __future__ import annotations

import marshal
import subprocess
import sys
import warnings
from collections.abc import Callable, Iterator
from datetime import date, time, timedelta
from pathlib import Path

import holidays
import pytest

from thankyou import _calendar, _precompute
from thankyou._calendar import BusinessCalendar, primary_zone

ROOT = Path(__file__).resolve().parent.parent

COUNTRIES = ["US", "DE", "JP", "GB", "FR", "BR", "IN", "CN", "AE", "SA", "IL", "NZ", "ES", "MX"]
YEARS = [_precompute.FIRST_YEAR, 2020, 2026, 2027, _precompute.LAST_YEAR]


def _clear() -> None:
    for cached in (
        _calendar._holidays,
        _calendar._holiday_table,
        _calendar._table_country,
        _calendar._year,
        _calendar._closed_days,
    ):
        cached.cache_clear()


@pytest.fixture(autouse=True)
def _fresh_caches() -> Iterator[None]:
    _clear()
    yield
    _clear()


def _package(country: str, year: int) -> tuple[dict[date, str], frozenset[int]]:
    """What the ``holidays`` package itself says (no holidays for a country it lacks)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            calendar = holidays.country_holidays(country, years=year)
        except NotImplementedError:
            return {}, frozenset({5, 6})
    return {d: str(calendar[d]) for d in calendar}, frozenset(calendar.weekend)


def _days(calendar: BusinessCalendar, year: int) -> list[tuple[bool, str | None]]:
    day, answers = date(year, 1, 1), []
    while day.year == year:
        answers.append((calendar.is_business_day(day), calendar.holiday_name(day)))
        day += timedelta(days=1)
    return answers


def _calendar_of(country: str) -> BusinessCalendar:
    return BusinessCalendar(country, primary_zone(country), (time(9), time(17)))


def _counting_package(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    calls: list[tuple[str, int]] = []
    real: Callable[[str, int], object] = _calendar._holidays.__wrapped__

    def counting(country: str, year: int) -> object:
        calls.append((country, year))
        return real(country, year)

    monkeypatch.setattr(_calendar, "_holidays", counting)
    return calls


def test_the_install_precomputed_the_table() -> None:
    table = _precompute.read_holidays()
    assert table is not None
    assert {"US", "DE", "JP", "BR"} <= set(table.index)
    assert "AA" in table.unsupported  # a code for private use: no calendar in the package


@pytest.mark.parametrize("country", [*COUNTRIES, "AA", "AC"])
def test_the_table_holds_what_the_package_says(
    country: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _counting_package(monkeypatch)
    for year in YEARS:
        assert _calendar._year(country, year) == _package(country, year), (country, year)
    assert calls == []  # all from the table


@pytest.mark.parametrize(("country", "year"), [("US", 2026), ("DE", 2027), ("AE", 2021)])
def test_business_days_and_holiday_names_are_the_packages(
    country: str, year: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    from_table = _days(_calendar_of(country), year)
    assert _calendar_of(country).holiday_name(date(year, 12, 25)) is not None or country == "AE"
    _clear()
    monkeypatch.setattr(_calendar, "_holiday_table", lambda: None)
    assert _days(_calendar_of(country), year) == from_table


@pytest.mark.parametrize("year", [_precompute.FIRST_YEAR - 1, 2010, _precompute.LAST_YEAR + 1])
def test_a_year_outside_the_table_comes_from_the_package(
    year: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _counting_package(monkeypatch)
    assert _calendar._year("US", year) == _package("US", year)
    assert calls == [("US", year)]
    assert not _calendar_of("US").is_business_day(date(year, 12, 25))
    assert _calendar_of("US").holiday_name(date(year, 7, 4)) is not None


def test_a_table_from_another_holidays_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = Path(_precompute.holidays_file())
    header, sections = _precompute.unpack(source.read_bytes())
    monkeypatch.setattr(_precompute, "DATA", str(tmp_path))
    (tmp_path / "holidays.bin").write_bytes(_precompute.pack(header, *sections))
    assert _precompute.read_holidays() is not None  # the copy reads as it is
    stale = {**header, "holidays": "0.0.1"}
    (tmp_path / "holidays.bin").write_bytes(_precompute.pack(stale, *sections))
    assert _precompute.read_holidays() is None
    calls = _counting_package(monkeypatch)
    assert _calendar._year("JP", 2026) == _package("JP", 2026)
    assert calls == [("JP", 2026)]
    (tmp_path / "holidays.bin").unlink()
    assert _precompute.read_holidays() is None


def test_the_table_path_does_not_import_holidays() -> None:
    code = (
        "import sys\n"
        "from datetime import date, time\n"
        "from thankyou._calendar import BusinessCalendar, primary_zone\n"
        "c = BusinessCalendar('US', primary_zone('US'), (time(9), time(17)))\n"
        "assert not c.is_business_day(date(2026, 11, 26))\n"
        "assert c.holiday_name(date(2026, 11, 26)) == 'Thanksgiving Day'\n"
        "assert c.is_business_day(date(2026, 11, 27))\n"
        "print('holidays' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_wheel_ships_the_precomputed_data(installed_wheel: tuple[set[str], Path]) -> None:
    names, installed = installed_wheel
    expected = {"thankyou/_data/holidays.bin"} | {
        f"thankyou/_data/spelling-{language}.bin"
        for language in ("en", "de", "fr", "es", "pt", "nl", "it")
    }
    assert expected <= names
    # The installed files read back: the table and a list, recorded with their versions.
    data = installed / "thankyou" / "_data"
    header, (payloads,) = _precompute.unpack((data / "holidays.bin").read_bytes())
    assert header["first"] <= 2026 <= header["last"]
    assert header["holidays"]
    offset, length = header["countries"]["US"]
    us = marshal.loads(payloads[offset : offset + length])
    weekend, ordinals, names = us[2026]
    assert weekend == (5, 6)
    assert dict(zip(map(date.fromordinal, ordinals), names, strict=True)) == _package("US", 2026)[0]
    header, sections = _precompute.unpack((data / "spelling-en.bin").read_bytes())
    assert header["pyspellchecker"]
    top = marshal.loads(sections[0])
    assert top["the"] > top["interview"] > 0

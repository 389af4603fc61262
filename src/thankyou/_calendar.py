"""Business days and hours in the recipient's time zone.

A note should arrive while the reader is at work: not at 2 a.m., not on a
Saturday, not on a public holiday of the employer's country. Holiday
calendars are those of the ``holidays`` package: read from the table the
build computed with it (``thankyou._precompute``, well under a millisecond)
for the years it covers when the same ``holidays`` is installed, else from the
package itself (about 100 ms to import it and build a first calendar).
Either way they are cached per country and year.
"""

from __future__ import annotations

import functools
import warnings
from collections.abc import Mapping, Set
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from babel.core import get_global

from ._precompute import Holidays, read_holidays

__all__ = ["BusinessCalendar", "primary_zone"]

#: For countries that span several zones, the zone of the capital or the main
#: business centre; Babel lists zones alphabetically, which would put the US
#: in Adak, Alaska.
_PRIMARY_ZONES = {
    "AR": "America/Argentina/Buenos_Aires",
    "AU": "Australia/Sydney",
    "BR": "America/Sao_Paulo",
    "CA": "America/Toronto",
    "CL": "America/Santiago",
    "CN": "Asia/Shanghai",
    "DE": "Europe/Berlin",
    "ES": "Europe/Madrid",
    "ID": "Asia/Jakarta",
    "KZ": "Asia/Almaty",
    "MX": "America/Mexico_City",
    "MY": "Asia/Kuala_Lumpur",
    "NZ": "Pacific/Auckland",
    "PT": "Europe/Lisbon",
    "RU": "Europe/Moscow",
    "UA": "Europe/Kyiv",
    "US": "America/New_York",
}


@functools.lru_cache(maxsize=256)
def primary_zone(country: str) -> ZoneInfo:
    """The time zone a country's business day is usually kept in."""
    key = _PRIMARY_ZONES.get(country)
    if key is None:
        zones = get_global("territory_zones").get(country) or ["UTC"]
        key = zones[0]
    return ZoneInfo(key)


@functools.lru_cache(maxsize=512)
def _holidays(country: str, year: int) -> Mapping[date, str] | None:
    """The ``holidays`` calendar, or None for a country it does not cover."""
    import holidays

    # Some calendars warn that a movable feast is not computed for a distant year;
    # the advice still stands, so the warning is not passed on to the caller.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return holidays.country_holidays(country, years=year)
        except NotImplementedError:
            return None


@functools.lru_cache(maxsize=1)
def _holiday_table() -> Holidays | None:
    """The precomputed table's index; None when it is missing or from another ``holidays``."""
    return read_holidays()


@functools.lru_cache(maxsize=64)
def _table_country(
    table: Holidays, country: str
) -> dict[int, tuple[tuple[int, ...], tuple[int, ...], tuple[str, ...]]] | None:
    return table.country(country)


@functools.lru_cache(maxsize=512)
def _year(country: str, year: int) -> tuple[Mapping[date, str], frozenset[int]]:
    """Public holidays with their names and the weekend weekdays (0 = Monday) of one year.

    A country ``holidays`` does not cover has no holidays and a Saturday-Sunday weekend.
    """
    table = _holiday_table()
    if table is not None and table.first <= year <= table.last:
        if country in table.unsupported:
            return {}, frozenset({5, 6})
        years = _table_country(table, country)
        if years is not None:
            weekdays, ordinals, names = years[year]
            days = map(date.fromordinal, ordinals)
            return dict(zip(days, names, strict=True)), frozenset(weekdays)
    calendar = _holidays(country, year)
    if calendar is None:
        return {}, frozenset({5, 6})
    named = {day: str(name) for day, name in calendar.items()}
    return named, frozenset(getattr(calendar, "weekend", {5, 6}))


@functools.lru_cache(maxsize=512)
def _closed_days(country: str, year: int) -> tuple[frozenset[date], frozenset[int]]:
    """Public holidays and weekend weekdays (0 = Monday) for one year."""
    named, weekend = _year(country, year)
    return frozenset(named), weekend


class BusinessCalendar:
    """Opening hours on the working days of one country, in one zone."""

    def __init__(self, country: str, zone: ZoneInfo, hours: tuple[time, time]) -> None:
        self.country = country
        self.zone = zone
        self.opening, self.closing = hours

    def is_business_day(self, day: date) -> bool:
        holidays, weekend = _closed_days(self.country, day.year)
        return day.weekday() not in weekend and day not in holidays

    def holiday_name(self, day: date) -> str | None:
        """Why a weekday is closed, for the explanation (None if it is open)."""
        return _year(self.country, day.year)[0].get(day) or None

    def next_business_day(self, day: date) -> date:
        day += timedelta(days=1)
        for _ in range(60):
            if self.is_business_day(day):
                return day
            day += timedelta(days=1)
        return day  # a country closed for two months: give up gracefully

    def _at(self, day: date, clock: time) -> datetime:
        # Through UTC and back so that a wall time in a DST gap is normalised.
        local = datetime.combine(day, clock, tzinfo=self.zone)
        return local.astimezone(UTC).astimezone(self.zone)

    def next_open(self, moment: datetime) -> datetime:
        """The first moment at or after ``moment`` that falls in business hours."""
        local = moment.astimezone(self.zone)
        day, clock = local.date(), local.timetz().replace(tzinfo=None)
        if self.is_business_day(day):
            if clock < self.opening:
                return self._at(day, self.opening)
            if clock < self.closing:
                return local
        return self._at(self.next_business_day(day), self.opening)

    def deadline(self, moment: datetime) -> datetime:
        """Move a raw deadline onto a business day, inside business hours.

        A deadline on a closed day moves forward to the next business day at
        the same clock time (a Friday interview can wait until Monday); one
        outside the hours is clamped to opening or closing time.
        """
        local = moment.astimezone(self.zone)
        day, clock = local.date(), local.timetz().replace(tzinfo=None)
        if not self.is_business_day(day):
            day = self.next_business_day(day)
        clock = min(max(clock, self.opening), self.closing)
        return self._at(day, clock)

    def closing_time(self, moment: datetime) -> datetime:
        local = moment.astimezone(self.zone)
        return self._at(local.date(), self.closing)

    def closed_days_between(self, start: datetime, end: datetime) -> Set[date]:
        """Closed days strictly between two moments (for the explanation)."""
        day = start.astimezone(self.zone).date() + timedelta(days=1)
        last = end.astimezone(self.zone).date()
        closed = set()
        while day < last:
            if not self.is_business_day(day):
                closed.add(day)
            day += timedelta(days=1)
        return closed

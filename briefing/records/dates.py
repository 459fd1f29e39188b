"""The contract's dates: a subset of ISO 8601-2 / EDTF.

    2022 · 2022-02 · 2022-02-10                  a period
    2022-02-10T10:45 · 2022-02-10T10:45:00+01:00  an instant
    2022-02-09~ · 2022-02-09? · 2022-02-09%       approximate, uncertain, both
    2022-02-10/2022-02-20 · 2022-02-15/.. · ../2022-02-10   intervals

A parsed date knows its earliest and latest possible instants (in seconds,
see `_seconds`), keeps its qualifiers for display, and leaves open ends open
(None). Chronological order is earliest, then latest, then id; an open
start stands at its end (`sort_key`).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, timezone

from briefing.records.text import shown

_POINT = re.compile(
    r"""
    (?P<year>\d{4})
    (?:-(?P<month>\d{2})
       (?:-(?P<day>\d{2})
          (?:T(?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?
             (?P<offset>Z|[+-]\d{2}(?::?\d{2})?)?
          )?
       )?
    )?
    (?P<qualifier>[~?%])?
    """,
    # ASCII: a `\d` of str takes any script's digits (２０２２, ٢٠٢٢), and
    # the contract's dates are ISO 8601's, written with 0-9 alone.
    re.VERBOSE | re.ASCII,
)

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_QUALIFIER_MEANING = {"~": "approximate", "?": "uncertain", "%": "approximate and uncertain"}

#: Sort-key stand-ins for open ends: before and after every real instant.
OPEN_START = -(2**62)
OPEN_END = 2**62


class DateError(ValueError):
    """A date that does not follow the contract; `code` is the problem code."""

    def __init__(
        self, code: str, message: str, hint: str | None = None, *, exact: bool = False
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.hint = hint
        #: the message already names the fault: no nearest form is looked for
        self.exact = exact


@dataclass(frozen=True, slots=True)
class DatePoint:
    """One end of a date: a period (year, month or day) or an instant."""

    year: int
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    #: minutes east of UTC, or None for local time
    offset_minutes: int | None = None
    #: "~", "?", "%" or "" (EDTF qualifiers: approximate, uncertain, both)
    qualifier: str = ""

    @property
    def is_instant(self) -> bool:
        return self.hour is not None

    def earliest(self) -> int:
        return _seconds(self._start())

    def latest(self) -> int:
        """The last second inside this period (the instant itself for instants)."""
        if self.is_instant:
            return self.earliest()
        start = self._start()
        end: datetime | None
        if self.day is not None:
            last_day = (self.year, self.month, self.day) == (9999, 12, 31)
            end = None if last_day else start + timedelta(days=1)
        elif self.month is not None:
            end = _add_month(start)
        else:
            end = start.replace(year=start.year + 1) if start.year < 9999 else None
        if end is None:
            return _seconds(datetime(9999, 12, 31, 23, 59, 59))
        return _seconds(end) - 1

    def _start(self) -> datetime:
        moment = datetime(
            self.year,
            self.month or 1,
            self.day or 1,
            self.hour or 0,
            self.minute or 0,
            self.second or 0,
        )
        if self.offset_minutes is not None:
            moment = moment.replace(tzinfo=timezone(timedelta(minutes=self.offset_minutes)))
        return moment

    def in_utc(self) -> DatePoint:
        """This instant with its offset, as the same instant in UTC; itself
        otherwise, or where UTC's day is outside years 1 to 9999."""
        if not self.is_instant or not self.offset_minutes:
            return self
        try:
            utc = self._start().astimezone(UTC)
        except (OverflowError, ValueError):  # year 1 or 9999 at the edge
            return self
        second = utc.second if self.second is not None else None
        return replace(
            self, year=utc.year, month=utc.month, day=utc.day, hour=utc.hour,
            minute=utc.minute, second=second, offset_minutes=0,
        )  # fmt: skip

    def clock(self) -> str:
        """The time of an instant: `10:45`, `10:45:30`."""
        seconds = f":{self.second:02d}" if self.second else ""
        return f"{self.hour or 0:02d}:{self.minute or 0:02d}{seconds}"

    def describe(self, with_year: bool = True, with_month: bool = True) -> str:
        """For people: `10 Feb 2022`, `Feb 2022`, `2022`, `10 Feb 2022 10:45`."""
        parts: list[str] = []
        if self.day is not None:
            parts.append(str(self.day))
        if self.month is not None and (with_month or self.day is None):
            parts.append(_MONTHS[self.month - 1])
        if with_year or self.month is None:
            parts.append(f"{self.year:04d}")
        text = " ".join(parts)
        if self.is_instant:
            text += f" {self.clock()}"
            if self.offset_minutes is not None:
                text += " " + _describe_offset(self.offset_minutes)
        if self.qualifier in ("~", "%"):
            text = "~" + text
        if self.qualifier in ("?", "%"):
            text += "?"
        return text


@dataclass(frozen=True, slots=True)
class DateValue:
    """A contract date: one point, or an interval whose ends may be open.

    `earliest` and `latest` are the earliest and latest possible instants, in
    seconds since 1970 (local times counted as UTC); None is an open end.
    """

    text: str
    start: DatePoint | None
    end: DatePoint | None
    is_interval: bool
    earliest: int | None
    latest: int | None

    @property
    def qualifiers(self) -> str:
        """A phrase for the qualifiers (`approximate`), or "" when exact; of an
        interval whose ends differ, each end's (`start approximate`): "~Mar 1982
        to May 1982 (approximate)" read as if the whole were (a historian's trial)."""
        start = self.start.qualifier if self.start is not None else ""
        end = self.end.qualifier if self.end is not None else ""
        if not self.is_interval or start == end:
            return _QUALIFIER_MEANING.get(start or end, "")
        ends = (("start", start), ("end", end))
        return ", ".join(f"{name} {_QUALIFIER_MEANING[mark]}" for name, mark in ends if mark)

    def sort_key(self, record_id: str = "") -> tuple[int, int, str]:
        """The contract's order: earliest possible instant, then latest, then id.

        An interval with an open start stands at its end, as if it were its
        end date: nothing is known of when it began (`../2022-02-10` sorts
        with 10 Feb 2022, not before every date).
        """
        earliest = self.earliest
        if earliest is None and self.end is not None:
            earliest = self.end.earliest()
        latest = self.latest
        return (
            OPEN_START if earliest is None else earliest,
            OPEN_END if latest is None else latest,
            record_id,
        )

    @property
    def weekday(self) -> str | None:
        """`Tuesday`, for a date that is one day (with a time or not); None for
        a month, a year or an interval. Said beside an event's date, so that
        "on Wednesday morning" against a Monday shows (a desk editor's trial)."""
        point = self.start
        if self.is_interval or point is None or point.day is None or point.month is None:
            return None
        return _WEEKDAYS[date(point.year, point.month, point.day).weekday()]

    def describe(self) -> str:
        """The date for people, uncertainty visible: `~10 Feb 2022`, `10–20 Feb 2022`,
        `from 15 Feb 2022`, `by 10 Feb 2022`, `Feb 2022`, `10 Feb 2022 10:45`,
        `17 Nov 2020 01:10–02:00`."""
        start, end = self.start, self.end
        if not self.is_interval:
            assert start is not None
            return start.describe()
        if end is None:
            assert start is not None
            return f"from {start.describe()}"
        if start is None:
            return f"by {end.describe()}"
        if _same_day_and_zone(start, end):
            # `17 Nov 2020 01:10–02:00`: the day said once (a new user's trial
            # read "17 Nov 2020 01:10 – 17 Nov 2020 02:00 about 1:10 a.m.")
            head, _, zone = start.describe().partition(f" {start.clock()}")
            return f"{head} {start.clock()}–{end.clock()}{zone}"
        if not start.is_instant and not end.is_instant and not start.qualifier:
            same_year = start.year == end.year and start.month is not None
            same_month = same_year and start.month == end.month and start.day is not None
            if same_month and end.day is not None:
                return f"{start.describe(with_year=False, with_month=False)}–{end.describe()}"
            if same_year and end.month is not None:
                return f"{start.describe(with_year=False)} – {end.describe()}"
        return f"{start.describe()} – {end.describe()}"

    def in_words(self) -> str:
        """`describe()` for reading aloud as well (the text export): an interval's
        dash said as `to`, and the qualifiers said in words after it, as the
        reader's details say them: `~7 Feb 2022 to 9 Feb 2022 (start approximate)`,
        `10 to 20 Feb 2022`, `8 Feb 2022? (uncertain)`. A screen reader at its
        usual punctuation level may say neither `~` nor `–`: `~10 Feb 2022`
        would be heard as 10 February exactly, `10–20 Feb` as "10 20 Feb"."""
        text = self.describe()
        if self.is_interval:
            text = text.replace(" – ", " to ").replace("–", " to ")
        return f"{text} ({self.qualifiers})" if self.qualifiers else text


def _same_day_and_zone(start: DatePoint, end: DatePoint) -> bool:
    """Two exact instants of one day in one zone."""
    return (
        start.is_instant
        and end.is_instant
        and not start.qualifier
        and not end.qualifier
        and (start.year, start.month, start.day, start.offset_minutes)
        == (end.year, end.month, end.day, end.offset_minutes)
    )


def parse_date(text: str) -> DateValue:
    """Parse a contract date, or raise DateError saying what is wrong.

    A date written as people write them (`before 2008-10-18`, `18/10/2008`,
    `10 February 2022`) gets the nearest form of the format as its hint.
    """
    try:
        return _parse(text)
    except DateError as exc:
        if exc.code != "bad-date" or exc.exact:
            raise
        from briefing.records.date_hints import hint  # only for a date refused: 2.5 ms

        nearest = hint(text, _parses)
        if nearest is None:
            raise
        raise DateError(
            "bad-date", f"{shown(text)} is not a date this format knows", nearest
        ) from None


def _parses(text: str) -> bool:
    try:
        _parse(text)
    except DateError:
        return False
    return True


def _parse(text: str) -> DateValue:
    if "/" in text:
        first, _, second = text.partition("/")
        if "/" in second:
            raise DateError("bad-date", f"{shown(text)} has more than one '/'", _FORMS_HINT)
        if first == ".." and second == "..":
            raise DateError("bad-date", "an interval needs at least one end", _FORMS_HINT)
        start = None if first == ".." else _parse_point(first, text, "start")
        end = None if second == ".." else _parse_point(second, text, "end")
        earliest = None if start is None else start.earliest()
        latest = None if end is None else end.latest()
        if earliest is not None and latest is not None and latest < earliest:
            raise DateError(
                "reversed-interval",
                f"the interval {shown(text)} ends before it starts",
                "write the earlier date first",
            )
        return DateValue(text, start, end, True, earliest, latest)
    point = _parse_point(text, text)
    return DateValue(text, point, point, False, point.earliest(), point.latest())


_FORMS_HINT = (
    "write it like 2022-02-10, 2022-02, 2022, 2022-02-10T10:45, 2022-02-09~, "
    "2022-02-10/2022-02-20, ../2022-02-10 (by then) or 2022-02-15/.. (from then on)"
)


#: A date with an hour and no minutes (`2020-11-17T02`).
_HOUR_ALONE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}")


def _parse_point(text: str, whole: str, end: str = "") -> DatePoint:
    """One date of `whole`: all of it, or its `end` ("start" or "end") when an interval."""
    match = _POINT.fullmatch(text)
    if match is None:
        hint = f"write it like {text}:00" if _HOUR_ALONE.fullmatch(text) else _FORMS_HINT
        if not end:
            raise DateError("bad-date", f"{shown(whole)} is not a date this format knows", hint)
        # Which end, said: `2020-11-17T01:10/2020-11-17T02` left the author to
        # find the fault in either half (an author's trial).
        raise DateError(
            "bad-date",
            f"{shown(whole)}: its {end}, {shown(text)}, is not a date this format knows",
            hint,
        )
    group = match.group
    year = int(group("year"))
    month = _int(group("month"))
    day = _int(group("day"))
    hour = _int(group("hour"))
    minute = _int(group("minute"))
    second = _int(group("second"))
    qualifier = group("qualifier") or ""
    if hour is not None and qualifier:
        raise DateError(
            "bad-date",
            f"{shown(whole)}: a date with a time is an exact instant and cannot carry "
            f"{shown(qualifier)}",
            "drop the time, or the qualifier",
        )
    if month is not None and not 1 <= month <= 12:
        # (it had no hint where every other impossible date has one: a historian's trial)
        hint = "a month is 01 to 12, after the year: YYYY-MM-DD"
        if day is not None and 1 <= day <= 12 and 1 <= month <= 31:  # the day first?
            hint = f"write {year:04d}-{day:02d}-{month:02d}: the year, the month, then the day"
        raise DateError("impossible-date", f"{shown(whole)}: there is no month {month}", hint)
    if day is not None:
        assert month is not None
        last = calendar.monthrange(year, month)[1] if year >= 1 else 31
        if not 1 <= day <= last:
            raise DateError(
                "impossible-date",
                f"{shown(whole)}: {_MONTHS[month - 1]} {year} has no day {day}",
                f"that month has {last} days",
            )
    if year == 0:
        raise DateError(
            "impossible-date", f"{shown(whole)}: there is no year 0000 in this calendar"
        )
    if hour is not None:
        assert minute is not None
        if hour > 23 or minute > 59 or (second is not None and second > 59):
            raise DateError("impossible-date", f"{shown(whole)}: there is no such time of day")
    offset = _parse_offset(group("offset"), text, whole)
    return DatePoint(year, month, day, hour, minute, second, offset, qualifier)


#: An offset of four digits and no colon (`+0100`): ISO 8601's basic form.
_BASIC_OFFSET = re.compile(r"[+-]\d{4}")


def _parse_offset(text: str | None, point: str, whole: str) -> int | None:
    if text is None:
        return None
    if text == "Z":
        return 0
    if _BASIC_OFFSET.fullmatch(text):
        # `10:45:00+0100`: ISO 8601 does not mix a basic offset with a time
        # written with colons; the contract's form is `+01:00` (an audit).
        written = f"{text[:3]}:{text[3:]}"
        mended = whole.replace(point, point[: -len(text)] + written)
        raise DateError(
            "bad-date",
            f"{shown(whole)}: the UTC offset {shown(text)} lacks its colon: "
            f"after a time written with colons it is written {shown(written)}",
            f"write it like {mended}",
            exact=True,
        )
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours = int(digits[:2])
    minutes = int(digits[2:] or 0)
    if minutes > 59 or hours * 60 + minutes > MAX_OFFSET_MINUTES:
        # +14:30 passed (hours alone were held to 14: a mutation audit)
        raise DateError(
            "impossible-date",
            f"{shown(whole)}: {text} is not a time zone offset (none is over 14:00 from UTC)",
        )
    return sign * (hours * 60 + minutes)


#: The farthest any time zone stands from UTC (Kiribati's Line Islands, +14:00).
MAX_OFFSET_MINUTES = 14 * 60


def _int(text: str | None) -> int | None:
    return None if text is None else int(text)


_EPOCH = datetime(1970, 1, 1)
_EPOCH_UTC = _EPOCH.replace(tzinfo=UTC)


def _seconds(moment: datetime) -> int:
    """Seconds since 1970-01-01. Local times (no offset) count as if at UTC."""
    if moment.tzinfo is None:
        return int((moment - _EPOCH).total_seconds())
    return int((moment - _EPOCH_UTC).total_seconds())


def _add_month(moment: datetime) -> datetime | None:
    if moment.month == 12:
        return None if moment.year == 9999 else moment.replace(year=moment.year + 1, month=1)
    return moment.replace(month=moment.month + 1)


def _describe_offset(minutes: int) -> str:
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"

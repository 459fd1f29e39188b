"""What an author most likely meant by a date the format does not know.

Authors write dates as people do: `before 2008-10-18`, `18/10/2008`,
`10 February 2022`, `about 2022-02-09`, `2022-02-10 to 2022-02-20`. The
checker refuses them (the format is exact), and this module finds the form
nearest to what was written, so the hint can say `write it as ../2008-10-18`
rather than list every form.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = "(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY_FIRST = re.compile(r"(?P<day>\d{1,2})[/.\-](?P<month>\d{1,2})[/.\-](?P<year>\d{4})")
_YEAR_FIRST = re.compile(r"(?P<year>\d{4})[/.\-](?P<month>\d{1,2})(?:[/.\-](?P<day>\d{1,2}))?")
_DAY_MONTH_YEAR = re.compile(rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}\s+(?P<year>\d{{4}})")
_MONTH_DAY_YEAR = re.compile(
    rf"{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})"
)
_MONTH_YEAR = re.compile(rf"{_MONTH}\s+(?P<year>\d{{4}})")
_ISO = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?")

#: A date and a time with a space between them, where the format writes a T.
_SPACED_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})")
#: A UTC offset without its colon after a time with colons (`10:45+0100`).
_BASIC_OFFSET = re.compile(r"(T\d{2}:\d{2}(?::\d{2})?[+-]\d{2})(\d{2})$")

_OPEN_START = re.compile(r"(?:before|by|until|till|up to)\s+(?P<date>.+)", re.IGNORECASE)
_OPEN_END = re.compile(r"(?:after|since|from|starting)\s+(?P<date>.+)", re.IGNORECASE)
_APPROXIMATE = re.compile(
    r"(?:about|around|circa|c\.|ca\.|approximately|approx\.?|roughly)\s+(?P<date>.+)",
    re.IGNORECASE,
)
_BETWEEN = re.compile(r"between\s+(?P<start>.+?)\s+and\s+(?P<end>.+)", re.IGNORECASE)
_RANGE = re.compile(r"(?P<start>.+?)\s*(?:\bto\b|\buntil\b|\btill\b|–|—|\s-\s)\s*(?P<end>.+)")


def hint(text: str, parses: Callable[[str], bool]) -> str | None:
    """`write it as ...` with the nearest form that `parses`, or None.

    A day-first date whose day could be a month (05/10/2008) is ambiguous:
    both readings are offered.
    """
    suggestion = suggest(text)
    if suggestion is None or suggestion == text or not parses(suggestion):
        return None
    said = f"write it as {suggestion}"
    swapped = _DAY_FIRST.sub(_swap, text)
    if swapped != text:
        other = suggest(swapped)
        if other is not None and other != suggestion and parses(other):
            said += f", or {other} if the month comes first"
    return said


def _swap(match: re.Match[str]) -> str:
    day, month = int(match.group("day")), int(match.group("month"))
    if day > 12 or month > 12:
        return match.group()
    return f"{match.group('month')}/{match.group('day')}/{match.group('year')}"


def suggest(text: str) -> str | None:
    """The contract date nearest to `text`, or None when nothing close is seen."""
    text = _ascii_digits(" ".join(text.split()))
    for pattern, build in _PHRASES:
        match = pattern.fullmatch(text)
        if match is not None:
            parts = [_point(value) for value in match.groupdict().values()]
            if all(part is not None for part in parts):
                return build(*[part for part in parts if part is not None])
    return _point(text)


#: An interval with a side left empty, not `..` (`2024-03-01/`, `/2024-03-10`).
_EMPTY_END = re.compile(r"(?P<date>[^/]+)/")
_EMPTY_START = re.compile(r"/(?P<date>[^/]+)")

_PHRASES: list[tuple[re.Pattern[str], Callable[..., str]]] = [
    (_EMPTY_END, lambda date: f"{date}/.."),
    (_EMPTY_START, lambda date: f"../{date}"),
    (_BETWEEN, lambda start, end: f"{start}/{end}"),
    (_OPEN_START, lambda date: f"../{date}"),
    (_OPEN_END, lambda date: f"{date}/.."),
    (_APPROXIMATE, lambda date: f"{date}~"),
    (_RANGE, lambda start, end: f"{start}/{end}"),
]


def _ascii_digits(text: str) -> str:
    """`text` with every script's decimal digits (fullwidth ２, Arabic-Indic ٢ ...)
    as the ASCII digit of the same value: the format writes dates with 0-9 alone."""
    if text.isascii():
        return text
    return "".join(
        str(unicodedata.decimal(c)) if c.isdecimal() and not c.isascii() else c for c in text
    )


def _point(text: str) -> str | None:
    """One date written as people do, as the format writes it."""
    text = _SPACED_TIME.sub(r"\1T\2", text.strip().rstrip(","))  # `2024-03-14 04:00`
    text = _BASIC_OFFSET.sub(r"\1:\2", text)  # `04:00+0100`
    if _ISO.fullmatch(text):
        return text
    for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _MONTH_YEAR, _DAY_FIRST, _YEAR_FIRST):
        match = pattern.fullmatch(text.lower())
        if match is None:
            continue
        found = match.groupdict()
        month = found["month"]
        number = _MONTHS[month] if month in _MONTHS else int(month)
        day = int(found["day"]) if found.get("day") else None
        if not 1 <= number <= 12 or (day is not None and not 1 <= day <= 31):
            return None
        date = f"{found['year']}-{number:02d}"
        return date if day is None else f"{date}-{day:02d}"
    return None

"""Times with a UTC offset and times without one in one briefing: a warning.

The contract reads a time without an offset as local time, and the reader
orders it as if it were UTC: beside times that have one, such a time may
stand hours away from where it belongs. A new author's trial wrote the
docking at `2020-11-16T23:01-05:00` and the hatch opening at
`2020-11-17T01:10`, and the chronology put the hatch opening first.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import PurePath

from briefing.check.raw import RawRecord
from briefing.records.dates import DatePoint, DateValue
from briefing.records.text import shown

#: The date fields of each section that may hold a time.
TIME_FIELDS = (("events", "when"), ("quotes", "said"))


def warn_times_without_offset(records: dict[str, list[RawRecord]]) -> None:
    """Warn at the first time without an offset, when another time has one."""
    with_offset: tuple[RawRecord, str, DatePoint] | None = None
    without: tuple[RawRecord, str, DatePoint] | None = None
    for record, name, point in _times(records):
        if point.offset_minutes is not None:
            with_offset = with_offset or (record, name, point)
        else:
            without = without or (record, name, point)
        if with_offset is not None and without is not None:
            break
    else:
        return
    record, name, point = without
    other, other_name, other_point = with_offset
    node, other_node = record.place(name), other.place(other_name)
    where = (
        f"line {other_node.line}"
        if other.sink.file == record.sink.file
        else f"{PurePath(other.sink.file).name} at line {other_node.line}"
    )
    written = _written(point)
    record.sink.warning(
        node.line,
        node.column,
        "time-without-offset",
        f"the time {shown(written)} has no UTC offset, while another of this briefing has "
        f"one ({where}): it is read as local time and ordered as if it were UTC",
        f"give every time its offset, as {shown(written + _offset(other_point))}",
    )


def _times(records: dict[str, list[RawRecord]]) -> Iterator[tuple[RawRecord, str, DatePoint]]:
    """Every point in time of the briefing's date fields, in the order written."""
    for section, name in TIME_FIELDS:
        for record in records.get(section, ()):
            value = record.value(name)
            if isinstance(value, DateValue):
                yield from ((record, name, p) for p in _points(value) if p.is_instant)


def _points(value: DateValue) -> Iterable[DatePoint]:
    ends = (value.start, value.end) if value.is_interval else (value.start,)
    return [point for point in ends if point is not None]


def _written(point: DatePoint) -> str:
    """The time as the format writes it, without its offset: `2020-11-17T01:10`."""
    day = f"{point.year:04d}-{point.month or 1:02d}-{point.day or 1:02d}"
    return f"{day}T{point.clock()}"


def _offset(point: DatePoint) -> str:
    minutes = point.offset_minutes or 0
    if minutes == 0:
        return "Z"
    sign = "+" if minutes > 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"

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
    """Warn at each value holding a time without an offset, when another time
    has one: every problem, located (it was said once, at the first)."""
    with_offset = next(
        (
            (record, name, point)
            for record, name, value in _dates(records)
            for point in _times(value)
            if point.offset_minutes is not None
        ),
        None,
    )
    if with_offset is None:
        return
    other, other_name, other_point = with_offset
    other_node = other.place(other_name)
    offset = _offset(other_point)
    for record, name, value in _dates(records):
        ends = [(written, _without_offset(point)) for point, written in _written_ends(value)]
        bare = [written for written, lacking in ends if lacking]
        if not bare:
            continue
        node = record.place(name)
        where = (
            f"line {other_node.line}"
            if other.sink.file == record.sink.file
            else f"{PurePath(other.sink.file).name} at line {other_node.line}"
        )
        other_one, its_offset = f"another of this briefing has one ({where})", offset
        if len(bare) == 2:
            what = f"the times of {shown(value.text)} have"
        elif len(ends) == 2:
            what = f"the time {shown(bare[0])} of {shown(value.text)} has"
            own = value.end if ends[0][1] else value.start
            if own is not None and own.is_instant:  # the interval's other end has one
                other_one = f"its {'end' if ends[0][1] else 'start'} has one"
                its_offset = _offset(own)
        else:
            what = f"the time {shown(value.text)} has"
        mended = "/".join(w + its_offset if lacking else w for w, lacking in ends)
        record.sink.warning(
            node.line,
            node.column,
            "time-without-offset",
            f"{what} no UTC offset, while {other_one}: it is read as local time and "
            "ordered as if it were UTC",
            f"give every time its offset, as {shown(mended)}",
        )


def _dates(records: dict[str, list[RawRecord]]) -> Iterator[tuple[RawRecord, str, DateValue]]:
    """Every value of the briefing's date fields, in the order written."""
    for section, name in TIME_FIELDS:
        for record in records.get(section, ()):
            value = record.value(name)
            if isinstance(value, DateValue):
                yield record, name, value


def _times(value: DateValue) -> Iterator[DatePoint]:
    """The ends of `value` that are points in time."""
    return (point for point in _points(value) if point.is_instant)


def _without_offset(point: DatePoint | None) -> bool:
    return point is not None and point.is_instant and point.offset_minutes is None


def _written_ends(value: DateValue) -> list[tuple[DatePoint | None, str]]:
    """Each end of `value` with its text as written (`1883-05-24T20:00:00`, seconds
    and all: a hint that rewrote it dropped them); `..` for an open end."""
    if not value.is_interval:
        return [(value.start, value.text)]
    first, _, second = value.text.partition("/")
    return [(value.start, first), (value.end, second)]


def _points(value: DateValue) -> Iterable[DatePoint]:
    ends = (value.start, value.end) if value.is_interval else (value.start,)
    return [point for point in ends if point is not None]


def _offset(point: DatePoint) -> str:
    minutes = point.offset_minutes or 0
    if minutes == 0:
        return "Z"
    sign = "+" if minutes > 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"

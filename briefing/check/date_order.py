"""Dates that cannot stand together: a source published after the briefing's
`as_of`, a quote said outside the time of its event.

Compared as said-after-published compares too (briefing.check.cross_checks): by
the earliest and latest instant each date may mean, with a day's margin
(local times and dates are counted as UTC, and time zones are up to 14 hours
apart), and never when either date is approximate or uncertain, or where the
end compared is open (`../2022-02-10` has no start, `2022-02-15/..` no end).
Allowed by the contract, so warnings.
"""

from __future__ import annotations

from briefing.check.raw import RawRecord
from briefing.check.references import Ids
from briefing.records.dates import DateValue
from briefing.records.text import shown

#: Seconds a date may seem after another and be the same: local times and
#: dates are counted as UTC, and time zones are up to 14 hours apart.
SAID_AFTER_MARGIN = 24 * 60 * 60


def comparable(value: object) -> DateValue | None:
    """`value` as a date that may be compared: valid, neither approximate nor uncertain."""
    if not isinstance(value, DateValue):
        return None
    start, end = value.start, value.end
    if (start is not None and start.qualifier) or (end is not None and end.qualifier):
        return None  # what `qualifiers` says, without making its phrase
    return value


def surely_after(later: DateValue, earlier: DateValue) -> bool:
    """Whether `later` surely begins over a day after `earlier` ends."""
    if later.earliest is None or earlier.latest is None:
        return False
    return later.earliest > earlier.latest + SAID_AFTER_MARGIN


def check_published_after_as_of(records: dict[str, list[RawRecord]]) -> None:
    """A source published after the briefing's as_of: the briefing says what
    stood on that day, and cites what was not yet written (a slip of the year,
    2027 for 2025: a desk editor's trial)."""
    briefing = records["briefing"]
    if len(briefing) != 1:
        return  # none, or two: said already
    as_of = comparable(briefing[0].value("as_of"))
    if as_of is None:
        return
    for source in records["sources"]:
        published = comparable(source.value("published"))
        if published is None or not surely_after(published, as_of):
            continue
        node = source.place("published")
        source.sink.warning(
            node.line,
            node.column,
            "published-after-as-of",
            f"the source {shown(source.id or '')} is dated {published.describe()}, after "
            f"the briefing's as_of ({as_of.describe()}): the briefing would cite a report "
            "not yet published on the day its information stands",
            "check the year and month of both dates; if the source is newer, move as_of on",
        )


def check_said_within_event(records: dict[str, list[RawRecord]], ids: Ids) -> None:
    """A quote said over a day before its event began: the reader shows the
    quote with the event (`said: 2025-05-02` for an event of 11 June 2025: a
    desk editor's trial). Not one said after it: a quote belongs to an event
    (the contract), and a reaction days later is ordinary journalism (a
    review: each would have carried a ⚠)."""
    events = ids["events"]
    for record in records["quotes"]:
        said = comparable(record.value("said"))
        event = events.get(record.text("event") or "")
        if event is None:
            continue
        when = comparable(event.value("when"))
        if when is None:
            continue
        if said is None:
            _warn_published_before_event(record, event, when, ids)
            continue
        if not surely_after(when, said):
            continue
        node = record.place("said")
        record.sink.warning(
            node.line,
            node.column,
            "said-outside-event",
            f"this quote's date ({said.describe()}) is over a day before its event "
            f"{shown(event.id or '')} ({when.describe()}): the reader shows the quote "
            "with that event",
            "check both dates, and whether the quote belongs to that event (or to none)",
        )


def _warn_published_before_event(
    record: RawRecord, event: RawRecord, when: DateValue, ids: Ids
) -> None:
    """A quote with no `said` whose source was published over a day before its
    event began: its words were said before the event, whatever the day (a
    source of 3 March quoted at an event of 30 August: a fact-checker's trial)."""
    source = ids["sources"].get(record.text("source") or "")
    published = comparable(source.value("published")) if source is not None else None
    if published is None or not surely_after(when, published):
        return
    for _ident, node in record.references("event"):
        record.sink.warning(
            node.line,
            node.column,
            "said-outside-event",
            f"this quote's source {shown(source.id or '') if source else ''} was published "
            f"{published.describe()}, over a day before its event {shown(event.id or '')} "
            f"({when.describe()}) began: its words were said before it, and the reader shows "
            "them with that event",
            "check the event the quote belongs to (or give it none), and the dates of both",
        )

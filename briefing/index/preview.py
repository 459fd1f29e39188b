"""A large briefing's first rows, readable before the rest: the reader's first frame.

Reading a briefing of tens of thousands of records (parsing its file,
building its records) takes most of a second; a screen shows a few dozen
rows. So a large briefing's file also holds a preview: the first rows of
each list as the reader orders them (each kind of actor, the chronology,
the quotes in the order said), with every record they name (sources,
events, the actors of those). It is written right after `_meta`, so it is
read from the first bytes of the file, and the reader shows it at once
while the whole briefing is read in a worker.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from briefing.records.model import Actor, Briefing, Event, Quote, Source
from briefing.records.queries import BriefingQueries

PREVIEW = "_preview"
#: Briefings with more records than this get a preview.
PREVIEW_FROM_RECORDS = 3000
#: Rows of each list the preview holds: more than a tall terminal shows.
ROWS = 80


@dataclass(frozen=True)
class Totals:
    """How many records the whole briefing has, for the reader to say while it reads them."""

    actors: int
    events: int
    quotes: int

    @classmethod
    def from_json(cls, row: Any) -> Totals:
        """From the row `totals` wrote; KeyError, TypeError or ValueError if of another shape."""
        return cls(int(row["actors"]), int(row["events"]), int(row["quotes"]))


def wants_preview(actors: int, events: int, quotes: int) -> bool:
    """Whether a briefing of these counts is large enough to keep a preview."""
    return actors + events + quotes > PREVIEW_FROM_RECORDS


def preview_of(briefing: Briefing) -> Briefing:
    """The briefing cut to its first rows of each list, and every record they name."""
    queries = BriefingQueries(briefing)
    quotes: list[Quote] = list(queries.quotes[:ROWS])
    events: dict[str, Event] = {e.id: e for e in queries.chronology[:ROWS]}
    for quote in quotes:
        if quote.event is not None and quote.event not in events:
            events[quote.event] = queries.event(quote.event)
    actors: dict[str, Actor] = {}
    by_kind: dict[object, int] = {}
    for actor in briefing.actors:  # the first of each kind: the actors pane groups by kind
        if by_kind.get(actor.kind, 0) < ROWS:
            by_kind[actor.kind] = by_kind.get(actor.kind, 0) + 1
            actors[actor.id] = actor
    named = [a for e in events.values() for a in e.actors]
    named += [q.speaker for q in quotes] + [q.reported_by for q in quotes if q.reported_by]
    for actor_id in named:
        if actor_id not in actors:
            actors[actor_id] = queries.actor(actor_id)
    sources: dict[str, Source] = {}
    for source_id in [q.source for q in quotes] + [s for e in events.values() for s in e.sources]:
        sources.setdefault(source_id, queries.source(source_id))
    in_order = {actor.id: n for n, actor in enumerate(briefing.actors)}
    return replace(
        briefing,
        sources=tuple(sources.values()),
        actors=tuple(sorted(actors.values(), key=lambda a: in_order[a.id])),
        events=tuple(sorted(events.values(), key=lambda e: e.when.sort_key(e.id))),
        quotes=tuple(quotes),
    )


def totals(briefing: Briefing) -> dict[str, Any]:
    """The row of the whole's Totals, kept with the preview."""
    return {
        "actors": len(briefing.actors),
        "events": len(briefing.events),
        "quotes": len(briefing.quotes),
    }

"""A briefing cut to what the reader's panes show when filtered by a record.

An analyst who filters the panes by an actor or an event, then exports,
wants what they are looking at: the export wrote the whole briefing, and
its choice did not say so (two trials: an analyst's, a shared desk's). The
cut keeps the chosen events and quotes, the actors they name (and those
actors' affiliations, so that every name an export writes is there), and
the sources they cite, and the events its quotes were said at (a quote's
`event` names one in the export: a review found 20 of 42 pointing outside
it); every record keeps its own words and ids.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace

from briefing.records.model import Briefing


@dataclass(frozen=True)
class View:
    """What the panes show: a filter's records, and how it is said."""

    #: `actor Piet Okafor`, `event Talks resume`: said in the title of the export
    label: str
    #: a part of the file names it is written to (`ID.okafor.md`): the record's id
    name_part: str
    actors: frozenset[str]
    events: frozenset[str]
    quotes: frozenset[str]


def view_of(
    label: str,
    name_part: str,
    actors: Collection[str],
    events: Collection[str],
    quotes: Collection[str],
) -> View:
    return View(label, name_part, frozenset(actors), frozenset(events), frozenset(quotes))


def cut_to(briefing: Briefing, view: View) -> Briefing:
    """`briefing` with only the view's events and quotes, the actors they need
    and the sources they cite; its title says what it holds."""
    quotes = tuple(q for q in briefing.quotes if q.id in view.quotes)
    # the events the quotes were said at too: a quote's `event` names one in the export
    said_at = {q.event for q in quotes if q.event is not None}
    events = tuple(e for e in briefing.events if e.id in view.events or e.id in said_at)
    named = set(view.actors)
    for event in events:
        named.update(event.actors)
    for quote in quotes:
        named.add(quote.speaker)
        if quote.reported_by is not None:
            named.add(quote.reported_by)
    by_id = {actor.id: actor for actor in briefing.actors}
    waiting = list(named)
    while waiting:  # affiliations, and theirs: each name an export writes of an actor
        actor = by_id.get(waiting.pop())
        for other in actor.affiliations if actor is not None else ():
            if other not in named:
                named.add(other)
                waiting.append(other)
    cited = {s for e in events for s in e.sources} | {q.source for q in quotes}
    return replace(
        briefing,
        title=f"{briefing.title} (only the records of {view.label})",
        actors=tuple(a for a in briefing.actors if a.id in named),
        sources=tuple(s for s in briefing.sources if s.id in cited),
        events=events,
        quotes=quotes,
    )

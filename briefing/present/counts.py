"""Counts in words: `1 participant, 3 quotes`, with the plural only where it belongs.

Wherever records of several kinds are counted together, they are said in one
order, the panes' (actors, chronology, quotes): `3 events, 2 quotes`. The
actors pane and `briefing list --actor` said "2 quotes, 3 events" where the
filter line and `b` said "3 events, 2 quotes" (a demanding user's trial):
`in_pane_order` is that order, and what counts records uses it.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.records.model import Event, Quote
from briefing.records.text import counted


def counts(*pairs: tuple[int, str], separator: str = ", ") -> str:
    """`3 events, 1 quote` from (3, "event"), (1, "quote")."""
    return separator.join(counted(number, noun) for number, noun in pairs)


def in_pane_order(
    *, actors: str = "", events: str = "", quotes: str = "", separator: str = ", "
) -> str:
    """What is said of each kind of record, in the panes' order (actors, events,
    quotes), joined by `separator`; a kind said as "" is left out."""
    return separator.join(part for part in (actors, events, quotes) if part)


def events_and_quotes(events: int, quotes: int, separator: str = ", ") -> str:
    """`3 events, 2 quotes`: an actor's (or a briefing's) events and quotes."""
    return in_pane_order(
        events=counted(events, "event"), quotes=counted(quotes, "quote"), separator=separator
    )


def said_and_relayed(said: int, relayed: int) -> str:
    """`10 quotes (+1 relayed)`: an actor's own words and those it relayed, told
    apart. One count of both read as if the relayed words were the actor's,
    and disagreed with the actors pane's (an author's trial)."""
    if not relayed:
        return counted(said, "quote")
    if not said:
        return counted(relayed, "relayed quote")
    return f"{counted(said, 'quote')} (+{relayed} relayed)"


def an_actors_records(actor_id: str, events: Sequence[Event], quotes: Sequence[Quote]) -> str:
    """`4 events, 10 quotes (+1 relayed)`: the events and quotes an actor is in,
    its own words and those it relayed told apart (the reader's filter line and
    `briefing list --actor`, as the actors pane's row tells them)."""
    said = sum(1 for quote in quotes if quote.speaker == actor_id)
    quoted = said_and_relayed(said, len(quotes) - said)
    return in_pane_order(events=counted(len(events), "event"), quotes=quoted)


def record_counts(actors: int, events: int, quotes: int, separator: str = " · ") -> str:
    """`32 actors · 32 events · 10 quotes`: how much a briefing holds."""
    return in_pane_order(
        actors=counted(actors, "actor"),
        events=counted(events, "event"),
        quotes=counted(quotes, "quote"),
        separator=separator,
    )

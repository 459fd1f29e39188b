"""Counts in words: `1 participant, 3 quotes`, with the plural only where it belongs."""

from __future__ import annotations

from briefing.records.text import counted


def counts(*pairs: tuple[int, str], separator: str = ", ") -> str:
    """`3 events, 1 quote` from (3, "event"), (1, "quote")."""
    return separator.join(counted(number, noun) for number, noun in pairs)


def record_counts(actors: int, events: int, quotes: int, separator: str = " · ") -> str:
    """`32 actors · 32 events · 10 quotes`: how much a briefing holds."""
    return counts((actors, "actor"), (events, "event"), (quotes, "quote"), separator=separator)

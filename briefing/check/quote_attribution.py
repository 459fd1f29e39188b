"""A quote relayed by its own speaker: allowed by the contract, surely a slip.

`reported_by` is "who relayed them, for reported speech (the speaker's words
as told by someone else)". Naming the speaker there, the reader showed "Said
by X / Relayed by X" and counted the quote twice for X, "2 quotes (+1
relayed)" (a new author's trial). The contract states no rule against it, so
it is a warning, at the `reported_by:` value.
"""

from __future__ import annotations

from collections.abc import Container, Iterable

from briefing.check.raw import RawRecord
from briefing.records.text import shown


def warn_relayed_by_speaker(quotes: Iterable[RawRecord], actors: Container[str]) -> None:
    """Warn of each quote whose `reported_by` is its `speaker`, an actor of `actors`
    (an id that names none is an error of its own, said already)."""
    for record in quotes:
        speaker = record.value("speaker")
        if not isinstance(speaker, str) or record.value("reported_by") != speaker:
            continue  # the most quotes: no reported_by, or another's
        if speaker not in actors:
            continue  # said already: an id that names no actor
        for ident, node in record.references("reported_by"):
            if ident != speaker:
                continue
            record.sink.warning(
                node.line,
                node.column,
                "reported-by-speaker",
                f"this quote is reported_by its own speaker, {shown(ident)}: reported_by "
                "names someone else, who relayed the speaker's words (the reader would show "
                f"{shown(ident)} as both saying and relaying them)",
                "remove reported_by where the speaker's words are their own, or name who "
                "relayed them",
            )

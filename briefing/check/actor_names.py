"""Two actors of one briefing that the reader cannot tell apart: the same
name, kind, role and affiliations (left alone at stop 37: the viewer marks
neither of two actors who share a name, and a quote given to either reads
the same in every pane).

Likely one actor written twice, its quotes and events split between two
ids; two people of one name are told apart by a role or an affiliation,
which is what the warning asks for. A warning: the contract allows it.

Names are compared as a search compares them, accents and case aside:
"Élisabeth Borne" written once with its accent and once without is one
person's name typed twice (a trial of transcripts), and `/elisabeth` finds
both rows, which read the same but for one letter.
"""

from __future__ import annotations

import unicodedata
from pathlib import PurePath

from briefing.check.raw import RawRecord
from briefing.records.folding import fold
from briefing.records.text import shown


def _looks(record: RawRecord) -> tuple[str, ...] | None:
    """What an actor's row shows of it, folded: name, kind, role, affiliations."""
    name = record.text("name")
    if not name or not name.strip():
        return None

    def folded(text: str | None) -> str:
        return " ".join(fold(text or "").split())

    return (
        folded(name),
        folded(record.text("kind")),
        folded(record.text("role")),
        *sorted(record.ids("affiliations")),
    )


def _cased(name: str) -> str:
    """A name as a reader sees it, case and spacing aside (accents kept)."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def warn_actors_alike(actors: list[RawRecord]) -> None:
    """Warn at each actor's name that an earlier actor looks the same."""
    first: dict[tuple[str, ...], RawRecord] = {}
    for record in actors:
        looks = _looks(record)
        if looks is None or record.id is None:
            continue
        other = first.setdefault(looks, record)
        if other is record or other.id == record.id:
            continue  # an id said twice is duplicate-id's
        node, there = record.place("name"), other.place("name")
        where = f"line {there.line}"
        if other.sink.file != record.sink.file:
            where = f"{PurePath(other.sink.file).name}, {where}"
        name, other_name = (r.text("name") or "" for r in (record, other))
        if _cased(name) != _cased(other_name):
            differ = f", written {shown(other_name.strip())} there and {shown(name.strip())} here"
            alike = "the same name but for its accents, the same kind, role and affiliations as"
            tell = "can hardly tell"
        else:
            differ, alike, tell = "", "the name, kind, role and affiliations of", "cannot tell"
        record.sink.warning(
            node.line,
            node.column,
            "actor-alike",
            f"the actor {shown(record.id)} has {alike} the actor {shown(other.id or '')} "
            f"({where}){differ}: the reader {tell} them apart, and a quote given to "
            "either reads the same",
            f"keep one of {shown(other.id or '')} and {shown(record.id)}, with the quotes and "
            "events of both; if they are two, give each a role or an affiliation of its own",
        )

"""The actors pane: grouped by kind, with role, affiliations and counts."""

from __future__ import annotations

from textual.content import Content

from briefing.model import Actor, ActorKind
from briefing.text import counted
from screens.pane import Pane
from screens.record_list import Row
from screens.safe import join, plain

HEADINGS = {
    ActorKind.PERSON: "People",
    ActorKind.ORGANISATION: "Organisations",
    ActorKind.STATE: "States",
    ActorKind.GROUP: "Groups",
}


class ActorsPane(Pane[Actor]):
    TITLE = "Actors"

    def search_text(self, record: Actor) -> str:
        return " ".join(
            [record.name, record.role or "", *record.aliases, *record.affiliation_names]
        )

    def rows(self, records: list[Actor]) -> list[Row]:
        """Actors grouped by kind, each group under a heading with its count."""
        groups: dict[ActorKind, list[Row]] = {kind: [] for kind in HEADINGS}
        for actor in records:
            groups[actor.kind].append(Row(actor.id, 2, actor))
        rows: list[Row] = []
        for kind, heading in HEADINGS.items():
            if groups[kind]:
                rows.append(Row(None, 1, f"{heading} ({len(groups[kind])})"))
                rows.extend(groups[kind])
        return rows

    def render_row(self, record: object, width: int) -> list[Content]:
        if isinstance(record, str):
            return [plain(record)]
        assert isinstance(record, Actor)
        counts = counted(record.quotes_said, "quote")
        if record.quotes_relayed:
            counts += f" (+{record.quotes_relayed} relayed)"
        counts += f", {counted(record.event_count, 'event')}"
        about = " · ".join(filter(None, (record.role, ", ".join(record.affiliation_names))))
        return [
            join(plain(record.name, "bold"), plain(f"  {counts}", "dim")),
            plain(f"  {about}", "italic"),
        ]

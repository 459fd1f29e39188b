"""The actors pane: grouped by kind, with role, affiliations and counts."""

from __future__ import annotations

from textual.content import Content

from briefing.records.model import Actor, ActorKind
from briefing.records.refs import Kind
from briefing.records.text import counted
from briefing.screens.marks import with_mark
from briefing.screens.pane import Pane
from briefing.screens.record_list import RowLayout
from briefing.screens.safe import join, plain

HEADINGS = {
    ActorKind.PERSON: "People",
    ActorKind.ORGANISATION: "Organisations",
    ActorKind.STATE: "States",
    ActorKind.GROUP: "Groups",
}


class ActorsPane(Pane[Actor]):
    TITLE = "Actors"
    KIND = Kind.ACTOR

    def search_text(self, record: Actor) -> str:
        return " ".join(
            [record.name, record.role or "", *record.aliases, *record.affiliation_names]
        )

    def row_layout(self, records: list[Actor], width: int) -> RowLayout:
        """Actors grouped by kind, each group under a heading with its count."""
        groups: dict[ActorKind, list[Actor]] = {kind: [] for kind in HEADINGS}
        for actor in records:
            groups[actor.kind].append(actor)
        ids: list[str | None] = []
        rows: list[object] = []
        heights: list[int] = []
        for kind, heading in HEADINGS.items():
            group = groups[kind]
            if group:
                ids.append(None)
                rows.append(f"{heading} ({len(group)})")
                heights.append(1)
                ids.extend(actor.id for actor in group)
                rows.extend(group)
                # an actor with no role or affiliation takes one line, not a blank second
                # (what _about tests, without building the line: 32,000 at x1000)
                heights.extend(
                    self.ROW_HEIGHT if actor.role or actor.affiliation_names else 1
                    for actor in group
                )
        return RowLayout.of(ids, rows, heights)

    def render_row(self, record: object, width: int) -> list[Content]:
        if isinstance(record, str):
            return [plain(record)]
        assert isinstance(record, Actor)
        counts = counted(record.quotes_said, "quote")
        if record.quotes_relayed:
            counts += f" (+{record.quotes_relayed} relayed)"
        counts += f", {counted(record.event_count, 'event')}"
        first = join(plain(record.name, "bold"), plain(f"  {counts}", "dim"))
        lines = [with_mark(first, self.marks.get(record.id), width)]
        about = _about(record)
        return [*lines, plain(f"  {about}", "italic")] if about else lines


def _about(actor: Actor) -> str:
    """An actor's second line: role and affiliations ("" when it has neither)."""
    return " · ".join(filter(None, (actor.role, ", ".join(actor.affiliation_names))))

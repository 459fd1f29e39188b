"""The actors pane: grouped by kind, with role, affiliations and counts."""

from __future__ import annotations

from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from briefing.model import Actor, ActorKind
from briefing.text import counted
from screens.keys import KeyOptionList
from screens.pane import Pane
from screens.safe import join, plain

HEADINGS = {
    ActorKind.PERSON: "People",
    ActorKind.ORGANISATION: "Organisations",
    ActorKind.STATE: "States",
    ActorKind.GROUP: "Groups",
}


class ActorsPane(Pane[Actor]):
    TITLE = "Actors"

    def make_list(self) -> KeyOptionList:
        return KeyOptionList(classes="pane-list", id="actors-list")

    def search_text(self, record: Actor) -> str:
        return " ".join(
            [record.name, record.role or "", *record.aliases, *record.affiliation_names]
        )

    def highlighted_id(self) -> str | None:
        option = self.list_widget.highlighted_option
        return option.id if option else None

    def refresh_items(self, focus_id: str | None = None) -> None:
        options_list: OptionList = self.list_widget
        keep = focus_id or self.highlighted_id()
        visible = self.visible_records()
        options: list[Option] = []
        for kind, heading in HEADINGS.items():
            group = [a for a in visible if a.kind is kind]
            if group:
                options.append(
                    Option(plain(f"{heading} ({len(group)})", "bold $accent"), disabled=True)
                )
                options.extend(Option(self._prompt(a), id=a.id) for a in group)
        options_list.set_options(options)
        self._highlight(keep)
        self.update_title()

    def _highlight(self, actor_id: str | None) -> None:
        options_list: OptionList = self.list_widget
        if actor_id is not None:
            try:
                options_list.highlighted = options_list.get_option_index(actor_id)
                return
            except OptionDoesNotExist:
                pass
        first = next((i for i, o in enumerate(options_list.options) if not o.disabled), None)
        options_list.highlighted = first

    def _prompt(self, actor: Actor) -> object:
        """Name and counts; then role and affiliations. Long lines wrap."""
        counts = counted(actor.quotes_said, "quote")
        if actor.quotes_relayed:
            counts += f" (+{actor.quotes_relayed} relayed)"
        counts += f", {counted(actor.event_count, 'event')}"
        about = " · ".join(filter(None, (actor.role, ", ".join(actor.affiliation_names))))
        lines = [plain(actor.name, "bold"), plain(f"  {counts}", "dim")]
        if about:
            lines += ["\n", plain(f"  {about}", "italic")]
        return join(*lines)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.Chosen(self, event.option.id))

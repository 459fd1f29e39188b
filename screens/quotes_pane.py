"""The quotes pane: the words, who said them, how and when."""

from __future__ import annotations

import contextlib
from collections.abc import Mapping

from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from briefing.model import Quote
from screens.keys import KeyOptionList
from screens.pane import Pane
from screens.safe import join, plain

CHANNEL_NAMES = {"news-conference": "news conference"}


def attribution(quote: Quote, names: Mapping[str, str]) -> str:
    """`— Emmanuel Macron, as relayed by …, statement, 9 Feb 2022`"""
    parts = [names.get(quote.speaker, quote.speaker)]
    if quote.reported_by:
        parts.append(f"as relayed by {names.get(quote.reported_by, quote.reported_by)}")
    if quote.channel:
        parts.append(CHANNEL_NAMES.get(quote.channel.value, quote.channel.value))
    if quote.said:
        parts.append(quote.said.describe())
    if not quote.anchored:
        parts.append("not checked against a source text")
    return "— " + ", ".join(parts)


class QuotesPane(Pane[Quote]):
    TITLE = "Quotes"

    def __init__(self, names: Mapping[str, str], *, id: str) -> None:
        super().__init__(id=id)
        self.names = names

    def make_list(self) -> KeyOptionList:
        return KeyOptionList(classes="pane-list", id="quotes-list")

    def search_text(self, record: Quote) -> str:
        return f"{record.text} {attribution(record, self.names)}"

    def highlighted_id(self) -> str | None:
        option = self.list_widget.highlighted_option
        return option.id if option else None

    def shown_ids(self) -> list[str]:
        """The quotes in the order shown, for previous/next in the viewer."""
        return [q.id for q in self.visible_records()]

    def refresh_items(self, focus_id: str | None = None) -> None:
        options_list: OptionList = self.list_widget
        keep = focus_id or self.highlighted_id()
        options_list.set_options(
            Option(
                join(
                    plain(f"“{' '.join(q.text.split())}”"),
                    "\n",
                    plain(attribution(q, self.names), "dim italic"),
                ),
                id=q.id,
            )
            for q in self.visible_records()
        )
        highlighted = 0 if options_list.option_count else None
        if keep is not None:
            with contextlib.suppress(OptionDoesNotExist):  # filtered out: keep the first
                highlighted = options_list.get_option_index(keep)
        options_list.highlighted = highlighted
        self.update_title()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.Chosen(self, event.option.id))

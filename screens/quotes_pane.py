"""The quotes pane: the words, who said them, how and when."""

from __future__ import annotations

from collections.abc import Mapping

from textual.content import Content

from briefing.records.model import Quote
from briefing.screens.cells import ELLIPSIS, fit, for_cells, wrap
from briefing.screens.pane import Pane
from briefing.screens.safe import plain

CHANNEL_NAMES = {"news-conference": "news conference"}
WORD_LINES = 2


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
    ROW_HEIGHT = WORD_LINES + 1

    def __init__(self, names: Mapping[str, str], *, id: str) -> None:
        super().__init__(id=id)
        self.names = names

    def search_text(self, record: Quote) -> str:
        return f"{record.text} {attribution(record, self.names)}"

    def shown_ids(self) -> list[str]:
        """The quotes in the order shown, for previous/next in the viewer."""
        return self.list_widget.ids

    def render_row(self, record: object, width: int) -> list[Content]:
        """Two lines of the words (ending in … when there are more), then who."""
        assert isinstance(record, Quote)
        lines = wrap(for_cells(f"“{record.text}”"), max(10, width)) or [""]
        if len(lines) > WORD_LINES:
            lines = lines[:WORD_LINES]
            last = lines[-1]
            lines[-1] = last[: fit(last, width - 1)].rstrip() + ELLIPSIS
        return [
            *(plain(line) for line in lines),
            plain(attribution(record, self.names), "dim italic"),
        ]

"""The quotes pane: the words, who said them, how and when."""

from __future__ import annotations

from collections.abc import Mapping

from textual.content import Content

from briefing.present.quotes import attribution
from briefing.records.model import Quote
from briefing.records.refs import Kind
from briefing.screens.cells import ELLIPSIS, fit, for_cells, wrap
from briefing.screens.pane import Pane
from briefing.screens.safe import plain

WORD_LINES = 2


class QuotesPane(Pane[Quote]):
    TITLE = "Quotes"
    KIND = Kind.QUOTE
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

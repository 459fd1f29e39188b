"""The quote viewer's whole text (`f`): the source's paragraphs as
`ParagraphLines` draws them, the quote's own highlighted as in its paragraph,
the others with the speakers' names and the other quotes' words marked.

The quote's paragraphs are made at once (where its words start is needed to
scroll to them); every other paragraph only when it is drawn: marking the
speakers' names in all 8,951 paragraphs of a 3 MB transcript took 8 s (a
trial with long documents).
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content

from briefing.records.model import Quote
from briefing.records.normalising import paragraphs
from briefing.screens.quote_passage import (
    PARAGRAPH_SHOWN,
    Speakers,
    other_paragraph_content,
    quote_paragraph_content,
)
from briefing.screens.safe import plain, source_piece


class WholeText:
    """A source text's paragraphs, for the quote `quote` found in it (a `ParagraphSource`)."""

    def __init__(
        self, text: str, quote: Quote, speakers: Speakers, quoted: Sequence[tuple[int, int]]
    ) -> None:
        """`quoted`: where the words of the source's other quotes stand in `text`."""
        span = quote.span
        assert span is not None
        self.text = text
        self.spans = paragraphs(text)
        self._speakers = speakers
        self._quoted = quoted
        #: the quote's paragraphs (one, or those its words run over), as shown
        self.current: dict[int, Content] = {}
        #: the paragraph where the words start, and its text before them
        self.words: tuple[int, Content] | None = None
        for index, (start, end) in enumerate(self.spans):
            if start <= span.start < end or (span.start < start < span.end):
                block, before = quote_paragraph_content(
                    text, start, end, span, quote, speakers, quoted
                )
                self.current[index] = block
                if self.words is None:
                    self.words = (index, before)

    def __len__(self) -> int:
        return len(self.spans)

    def shown(self, index: int) -> Content:
        current = self.current.get(index)
        if current is not None:
            return current
        start, end = self.spans[index]
        return other_paragraph_content(self.text, start, end, self._speakers, self._quoted)

    def measured(self, index: int) -> str:
        current = self.current.get(index)
        if current is not None:
            return current.plain
        start, end = self.spans[index]
        if end - start <= PARAGRAPH_SHOWN:  # shown whole: its text, as `plain` shows it
            return plain(source_piece(self.text[start:end])).plain
        return other_paragraph_content(self.text, start, end).plain

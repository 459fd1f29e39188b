"""Where a found quote's parts stand in its source: paragraphs and quotations.

One `SourcePlaces` per source text, for all of its quotes: each paragraph's
quotations (briefing.check.quotations) are read when a quote first needs
them, and kept for the next quote of that paragraph. A `PartPlace` says,
for one stretch of the source a quote's words stand in, its paragraph,
whether it runs across a paragraph break, and whether its words stand in a
quotation, outside every one, or across one's start or end; and whose
transcript turn holds a position (`turn_label`, `own_label`), and the
text's first label, a dateline's or a first turn's (`opening_label`).
"""

from __future__ import annotations

import itertools
from enum import Enum
from typing import NamedTuple

from briefing.check.label_forms import Label
from briefing.check.quotations import (
    Quotation,
    Quotations,
    paragraph_quotations,
    uses_quotation_marks,
)
from briefing.check.turns import Turns
from briefing.records.normalised_text import NormalisedText
from briefing.records.normalising import paragraphs
from briefing.records.scripts import WORD

#: How many of a text's first paragraphs a dateline may open (after a
#: headline and a byline).
_DATELINE_PARAGRAPHS = 3
#: The fewest words of a quotation that shows a source quotes what people say
#: (a scare quote, `so-called "peace plan"`, does not).
SPEECH_WORDS = 4


class Marks(Enum):
    """Where a part's words stand with respect to the source's quotation marks."""

    INSIDE = "inside"  # all in one quotation
    OUTSIDE = "outside"  # in none
    ACROSS = "across"  # some in one, some in another or in none


class PartPlace(NamedTuple):
    start: int
    end: int
    #: the paragraph its first word stands in
    paragraph: tuple[int, int]
    #: where a paragraph break inside it falls (-1: none)
    break_at: int
    marks: Marks
    #: the outermost quotation holding it, and the innermost (INSIDE only)
    quotation: Quotation | None = None
    innermost: Quotation | None = None


class SourcePlaces:
    """A source text's paragraphs and quotations, found as the quotes need them."""

    def __init__(self, text: NormalisedText) -> None:
        self.text = text
        self.original = text.original
        self._uses_marks: bool | None = None
        #: its transcript turns, read when a quote first asks (`turns`)
        self._turns: Turns | None = None
        self._all_paragraphs: list[tuple[int, int]] | None = None
        self._quotations: dict[int, Quotations] = {}
        #: the text's first label, if a dateline's or a first turn's (`opening_label`)
        self._opening: tuple[Label | None] | None = None

    @property
    def uses_marks(self) -> bool:
        """Whether the text puts what people said in quotation marks: one
        quotation of SPEECH_WORDS words at least. A statement with one scare
        quote (`so-called "peace plan"`) had every quote of it taken for
        narration (a review), and a transcript is its speakers' words."""
        if self._uses_marks is None:
            self._uses_marks = uses_quotation_marks(self.original) and any(
                self._speech_in(paragraph) for paragraph in self._paragraphs()
            )
        return self._uses_marks

    def turn_label(self, position: int) -> Label | None:
        """The label of the turn that holds the character at `position`
        (briefing.check.turns)."""
        return self.turns.turn_label(position)

    def opening_label(self) -> Label | None:
        """The first label of the text, if it opens one of its first paragraphs
        (a headline and a byline may stand before it: the review) and the
        next paragraph opens with none: a wire story's dateline (`BEIJING:`),
        or maybe a transcript's first turn."""
        if self._opening is None:
            self._opening = (self._first_label(),)  # read once a text, not once a quote
        return self._opening[0]

    def _first_label(self) -> Label | None:
        labelled = self.turns.labelled
        starts = [start for start, _end in self._paragraphs()[: _DATELINE_PARAGRAPHS + 1]]
        if not labelled or labelled[0][0] not in starts[:_DATELINE_PARAGRAPHS]:
            return None
        # a dateline's paragraph runs on into narration; an interview's first
        # label (`SPIEGEL:` after an introduction) is answered by the next
        after = starts.index(labelled[0][0]) + 1
        answered = len(labelled) > 1 and after < len(starts) and labelled[1][0] == starts[after]
        return None if answered else labelled[0][2]

    def own_label(self, position: int) -> Label | None:
        """The label the paragraph that holds `position` opens with (None: it
        opens with none, whatever turn it continues)."""
        return self.turns.own_label(position)

    @property
    def turns(self) -> Turns:
        if self._turns is None:
            self._turns = Turns(self.original, self._paragraphs())
        return self._turns

    def _paragraphs(self) -> list[tuple[int, int]]:
        if self._all_paragraphs is None:
            self._all_paragraphs = paragraphs(self.original)
        return self._all_paragraphs

    def _speech_in(self, paragraph: tuple[int, int]) -> bool:
        quotations = self.quotations(paragraph)
        return any(
            _has_words(self.original, q.start, q.end, SPEECH_WORDS)
            for level in quotations.by_depth[:1]
            for q in level
        )

    def paragraph(self, position: int) -> tuple[int, int]:
        """The paragraph that holds the character at `position`."""
        return self.text.paragraph_around(position, position + 1)

    def quotations(self, paragraph: tuple[int, int]) -> Quotations:
        found = self._quotations.get(paragraph[0])
        if found is None:
            found = paragraph_quotations(self.original, *paragraph)
            self._quotations[paragraph[0]] = found
        return found

    def place(
        self, start: int, end: int, paragraph: tuple[int, int] | None = None
    ) -> PartPlace | None:
        """Where the stretch `start`..`end` stands (None: it holds no letter or
        digit); `paragraph`: the paragraph(s) around it, as anchoring found them."""
        edges = word_edges(self.original, start, end)
        if edges is None:
            return None
        first, last = edges
        if paragraph is None or self.original.find("\n", first, last) != -1:
            paragraph = self.paragraph(first)  # a break may stand within
        if last >= paragraph[1]:
            return PartPlace(start, end, paragraph, paragraph[1], Marks.ACROSS)
        if not self.uses_marks:
            return PartPlace(start, end, paragraph, -1, Marks.OUTSIDE)
        quotations = self.quotations(paragraph)
        outer = quotations.holding(first)
        if outer is None:
            marks = Marks.ACROSS if quotations.starts_within(first, last) else Marks.OUTSIDE
            return PartPlace(start, end, paragraph, -1, marks)
        if last >= outer.end:
            return PartPlace(start, end, paragraph, -1, Marks.ACROSS, outer)
        inner = outer if len(quotations.by_depth) == 1 else quotations.innermost(first, last)
        return PartPlace(start, end, paragraph, -1, Marks.INSIDE, outer, inner)

    def runs_on(self, before: PartPlace, after: PartPlace) -> bool:
        """Whether two parts in paragraphs one after the other stand in one
        quotation that runs on: open at the first paragraph's end, opened
        anew by the next paragraph's first character (English style)."""
        if before.quotation is None or after.quotation is None:
            return False
        if self.original[before.paragraph[1] : after.paragraph[0]].strip():
            return False  # not the next paragraph
        last = self.quotations(before.paragraph).last
        first = self.quotations(after.paragraph).first
        return (
            last is before.quotation
            and not before.quotation.closed
            and first is after.quotation
            and after.quotation.start == after.paragraph[0] + 1
        )


def _has_words(text: str, start: int, end: int, count: int) -> bool:
    """Whether `text[start:end]` holds `count` words (a character each in a
    script written without spaces: briefing.records.scripts)."""
    return (
        next(itertools.islice(WORD.finditer(text, start, end), count - 1, None), None) is not None
    )


def word_edges(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The first and last letter or digit of `text[start:end]`."""
    first = start
    while first < end and not text[first].isalnum():
        first += 1
    if first == end:
        return None
    last = end - 1
    while not text[last].isalnum():
        last -= 1
    return first, last


#: Characters a message shows of the source on each side of a gap or a place.
REACH = 30


def around(text: str, start: int, end: int, low: int = 0, high: int | None = None) -> str:
    """`text` from REACH before `start` to REACH after `end`, kept within
    `low`..`high` (the parts around a gap), as `excerpt` cuts it."""
    high = len(text) if high is None else high
    return excerpt(text, max(low, start - REACH), min(high, end + REACH))


def excerpt(text: str, start: int, end: int) -> str:
    """`text[start:end]` for a message, less a word cut at either end (the
    words of a quote's edge are whole already)."""
    if 0 < start < end and text[start - 1].isalnum() and text[start].isalnum():
        space = text.find(" ", start, end)
        start = space + 1 if space != -1 else start
    if start < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        space = text.rfind(" ", start, end)
        end = space if space != -1 else end
    return text[start:end]

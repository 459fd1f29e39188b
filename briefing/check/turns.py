"""A source text's transcript turns: which label's turn holds a position.

The paragraphs that open with a turn's label (briefing.check.label_forms)
are read once for a text, when first asked for, and a position's turn found
by halving: the checker asks for each quote's words (`SourcePlaces`), Find
for each source passage it lists (briefing.index.passage_places).
"""

from __future__ import annotations

import bisect

from briefing.check.label_forms import TRANSCRIPT_LABELS, Label, read_labels


class Turns:
    """The turns of one text, its `paragraphs` as the contract counts them."""

    def __init__(self, text: str, paragraphs: list[tuple[int, int]]) -> None:
        self._text = text
        self._paragraphs = paragraphs
        #: the labelled paragraphs' (start, end, label), in order (`labelled`)
        self._labelled: list[tuple[int, int, Label]] | None = None
        self._starts: list[int] = []

    @property
    def labelled(self) -> list[tuple[int, int, Label]]:
        """The paragraphs that open with a label: (start, end, label), in order."""
        labelled = self._labelled
        if labelled is None:
            labelled = read_labels(self._text, self._paragraphs)
            # their starts first: a thread that finds them read finds both
            self._starts = [start for start, _end, _label in labelled]
            self._labelled = labelled
        return labelled

    @property
    def is_transcript(self) -> bool:
        """Whether the text has a transcript's labels (TRANSCRIPT_LABELS of them)."""
        return len(self.labelled) >= TRANSCRIPT_LABELS

    def turn_label(self, position: int) -> Label | None:
        """The label of the turn that holds the character at `position` (`BERG`,
        `Q`, `MS. PSAKI`, briefing.check.label_forms): its paragraph's own, or
        in a transcript, the last one before it; None outside every turn."""
        labelled = self.labelled
        index = bisect.bisect_right(self._starts, position) - 1
        if index < 0:
            return None
        _start, end, label = labelled[index]
        if position < end or label.runs_on or self.is_transcript:
            return label  # a judgment's judge's line runs on alone (label_forms)
        return None

    def own_label(self, position: int) -> Label | None:
        """The label the paragraph that holds `position` opens with (None: it
        opens with none, whatever turn it continues)."""
        labelled = self.labelled
        index = bisect.bisect_right(self._starts, position) - 1
        if index < 0:
            return None
        _start, end, label = labelled[index]
        return label if position < end else None

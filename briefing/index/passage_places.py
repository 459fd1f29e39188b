"""Where a source passage that Find lists stands: its paragraph, and whose turn it is in.

A search's passages are the paragraphs of their source text
(briefing.index.words), so a passage's row can say which paragraph it is,
counted as the quote viewer counts them ("in paragraph 44 of the source
text": briefing.present.quotes.paragraphs_of), and in a transcript, whose
turn holds it, its speaker's label as the checker reads it
(briefing.check.turns). Every row of 87 said the source's title, cut, and
nothing to choose among them by (an analyst's trial).

A text's paragraphs and labels are read once, when a passage of it is
first listed (`PassagePlaces`), and each passage placed by halving: a
3 MB transcript's 9,000 paragraphs and 7,600 labels take 40 ms, once.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from briefing.check.label_forms import Label, Role
from briefing.check.turns import Turns
from briefing.records.normalising import paragraphs


@dataclass(frozen=True, slots=True)
class PassagePlace:
    """Where a passage stands in its source text."""

    #: its paragraph's number, from 1, as the quote viewer counts them
    paragraph: int
    #: how many paragraphs the text has
    paragraphs: int
    #: the speaker of the transcript turn that holds it, as its label writes
    #: them (`Ms Jennifer Lin`, `Q (Reuters)`); "" outside every turn
    speaker: str = ""
    #: where the label the passage opens with ends in the source text (-1:
    #: it opens with none): the row need not show the speaker twice
    label_end: int = -1


class PassagePlaces:
    """The paragraphs and turns of one source text, read when first asked for."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._starts: list[int] | None = None
        self._turns: Turns | None = None

    def at(self, start: int) -> PassagePlace:
        """The place of the passage (a paragraph) that starts at `start`."""
        starts, turns = self._starts, self._turns
        if starts is None or turns is None:
            spans = paragraphs(self._text)
            starts, turns = [begin for begin, _ in spans], Turns(self._text, spans)
            self._starts, self._turns = starts, turns
        number = bisect.bisect_right(starts, start)
        # a lone label is a dateline's (`BEIJING:`), or a judgment's judge's,
        # whose turn runs on to the end: "Mr Justice Harlow" said again on each
        # of a judgment's rows told nothing, as its title did
        label = turns.turn_label(start) if turns.is_transcript else None
        if label is None:
            return PassagePlace(number, len(starts))
        own = turns.own_label(start)
        return PassagePlace(number, len(starts), speaker_of(label), self._end_of(own, start))

    def _end_of(self, label: Label | None, start: int) -> int:
        """Where `label`, opening the paragraph at `start`, ends (-1: no label)."""
        if label is None:
            return -1
        at = self._text.find(label.written, start, start + len(label.written) + 80)
        return at + len(label.written) if at != -1 else -1


def speaker_of(label: Label) -> str:
    """Whose turn `label` opens, as the source writes it: its name (`BERG`,
    `The Prime Minister (Keir Starmer)`); a court record's question with the
    examiner its `BY` line names (`Q (MR. SMITH)`)."""
    if label.role is Role.EXAMINER and label.examiner:
        return f"{label.name} ({label.examiner})"
    return label.name

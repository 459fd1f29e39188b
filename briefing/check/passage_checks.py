"""What a briefing's quotes are read with beside their sources: its language's
negations, its actors' names, whether it is in French or English."""

from __future__ import annotations

from dataclasses import dataclass

from briefing.check.negations import Negations
from briefing.check.turn_labels import TurnNames


@dataclass(frozen=True, slots=True)
class PassageChecks:
    """What a briefing's quotes are read with, beside their source."""

    #: the negations of the briefing's language (None: it has none known)
    negations: Negations | None
    #: the actors' names and the sources' outlets, for a transcript's labels
    names: TurnNames
    #: whether the briefing is in French, whose quotations hold incises
    french: bool = False
    #: whether it is in English, whose insertions are read word by word
    english: bool = True

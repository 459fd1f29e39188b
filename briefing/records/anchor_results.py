"""What anchoring a quote finds: where it stands in its source, or why nowhere."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from briefing.records.nearest_passage import Passage


@dataclass(frozen=True, slots=True)
class Span:
    """Where a quote stands in the original source text (offsets in characters)."""

    start: int
    end: int
    paragraph_start: int
    paragraph_end: int
    #: 1-based line of `start` in the source file
    line: int
    #: for a quote with elisions, each part's (start, end); () for one whole
    parts: tuple[tuple[int, int], ...] = ()

    @property
    def pieces(self) -> tuple[tuple[int, int], ...]:
        """The stretches of the source the quote's words stand in, in order."""
        return self.parts or ((self.start, self.end),)


#: Why a quote was not placed: "not-found", "ambiguous", "occurrence-out-of-range",
#: "no-words"; for quotes with editorial marks "part-not-found", "part-too-short",
#: "elision-at-edge", "only-insertions", "unreadable"; "ellipsis-at-edge" for a
#: bare `…` at an edge, not in the source; "part-not-in-source" for a part of
#: `also`. A Literal, so that a failure no message is written for fails the
#: type check (one was said as "occurrence-out-of-range", a code review).
Failure = Literal[
    "not-found",
    "ambiguous",
    "occurrence-out-of-range",
    "no-words",
    "part-not-found",
    "part-too-short",
    "elision-at-edge",
    "only-insertions",
    "unreadable",
    "ellipsis-at-edge",
    "part-not-in-source",
]


@dataclass(frozen=True, slots=True)
class AnchorResult:
    """What anchoring a quote found: a span, or why there is none."""

    span: Span | None
    #: None when found, else why not (`Failure`)
    failure: Failure | None = None
    count: int = 0
    lines: tuple[int, ...] = ()
    nearest: Passage | None = None
    #: the part of an elided quote that was not found, or is too short
    part: str = ""
    #: that part is in the source, only not after the part before it, within one
    #: paragraph of the first part
    part_elsewhere: bool = False
    #: that part comes after an insertion (so at most MAX_INSERTION_WORDS words on)
    part_after_insertion: bool = False
    #: "start", "end" or "both": the quote begins or ends with an ellipsis (a
    #: part of no words), failure "elision-at-edge" or "ellipsis-at-edge"
    edge: str = ""
    #: those ellipses as written (`…`, `[...]`), at the start then the end
    edge_marks: tuple[str, ...] = ()
    #: every part under MIN_PART_WORDS words, `part` the first (a new author's
    #: trial was told of 'The crew' in "The crew … station", not of 'station')
    short_parts: tuple[str, ...] = ()
    #: the quote's other problems, said with this one: each part nowhere in
    #: the source, failure "part-not-in-source", `part` and `nearest` set
    also: tuple[AnchorResult, ...] = ()

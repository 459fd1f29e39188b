"""NEL, LS and PS read as the characters they are, not as line breaks.

PyYAML reads YAML 1.1, where next line (U+0085), line separator (U+2028)
and paragraph separator (U+2029) break lines. Editors show no break there
(nor does YAML 1.2), and text pasted from a PDF or a word processor brings
them along. Left to the parser, one in a title started a new line in
column 0: the file got an indentation error two lines further down, about
a line the author could not see, and every line number after it was one
more than the editor's.

So before the parser runs, each of them is replaced by a private-use
character the file does not hold, one character for one, and values get
the original back. Lines and columns are then the editor's, and the value
holds what the author pasted, which the checks warn of and the reader
marks like any other invisible character.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing.records.text import visible

#: YAML 1.1's line breaks that editors show as none
UNSEEN_BREAKS = "\x85\u2028\u2029"
#: Where stand-ins are taken from: the private use area, from its end
_PRIVATE_USE = range(0xF8FF, 0xE000 - 1, -1)


@dataclass(frozen=True)
class StandIns:
    """A file's text with its unseen breaks stood in for, and the ways back."""

    #: the text the parser reads: no unseen break left, as long as before
    text: str
    #: str.translate table: stand-in -> the character it stands for
    originals: dict[int, str]
    #: str.translate table: stand-in -> how a message shows it (one character)
    marks: dict[int, str]

    def original(self, value: str) -> str:
        """`value` as the file wrote it."""
        return value.translate(self.originals)


def has_unseen_breaks(text: str) -> bool:
    # Three searches for one character each: 1 ms over the 12 MB of a x1000
    # briefing, where one search for a class of three took 60.
    return "\x85" in text or "\u2028" in text or "\u2029" in text


def stand_in(text: str) -> StandIns | None:
    """`text` with each NEL, LS and PS replaced by a private-use character it
    does not hold; None when it holds none of them (nearly every file)."""
    if not has_unseen_breaks(text):
        return None
    used = set(text)
    free = (chr(code) for code in _PRIVATE_USE if chr(code) not in used)
    forth = {ord(char): next(free) for char in UNSEEN_BREAKS}
    originals = {ord(sub): chr(code) for code, sub in forth.items()}
    marks = {ord(sub): visible(chr(code)) for code, sub in forth.items()}
    return StandIns(text.translate(forth), originals, marks)

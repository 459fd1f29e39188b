"""Scripts written without spaces between words (Chinese, Japanese, Thai ...).

In them a run of letters is a phrase, not a word: an elided part counts a
word a character (briefing.records.editorial), and search and the `/`
filters take each character as a word, so that words are found inside a
run, in a row (briefing.records.folding, briefing.records.words).
"""

from __future__ import annotations

import re

from briefing.records.marks import MARK_RANGES

#: By code point: Thai, Lao, Myanmar, Khmer, Hiragana and Katakana, Han (with
#: its extensions and compatibility forms), half-width Katakana.
UNSPACED_SCRIPTS = (
    (0x0E00, 0x0EFF), (0x1000, 0x109F), (0x1780, 0x17FF), (0x19E0, 0x19FF),
    (0x3040, 0x30FF), (0x31F0, 0x31FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF),
    (0xA9E0, 0xA9FF), (0xAA60, 0xAA7F), (0xF900, 0xFAFF), (0xFF66, 0xFF9F),
    (0x20000, 0x3FFFF),
)  # fmt: skip

_CLASS = "".join(f"\\U{first:08x}-\\U{last:08x}" for first, last in UNSPACED_SCRIPTS)
#: The marks of the Basic Multilingual Plane: a class of them alone is a bitmap
#: to the regex engine, and search's words cost 8% more, not twice as much.
#: (The others mark historic scripts, and ideographs' variants, each its own word.)
_MARKS = "".join(f"\\u{first:04x}-\\u{last:04x}" for first, last in MARK_RANGES if last <= 0xFFFF)
#: A word for search: a run of letters and digits of spaced scripts, with the
#: combining marks among them (`عمّان`, an NFD `é`: briefing.records.marks), or
#: one character of a script written without spaces.
WORD = re.compile(f"[^\\W{_CLASS}]+(?:[{_MARKS}]+[^\\W{_CLASS}]*)*|[{_CLASS}]")
#: One character of a script written without spaces.
UNSPACED_CHARACTER = re.compile(f"[{_CLASS}]")
#: WORD's parts, for search's words, which read numbers otherwise
#: (briefing.records.numbers): a character of a word of a spaced script, the
#: marks among them, and (for a class of one's own) the characters of the
#: scripts written without spaces.
SPACED_CLASS = f"[^\\W{_CLASS}]"
MARKS_CLASS = f"[{_MARKS}]"
UNSPACED_RANGES = _CLASS

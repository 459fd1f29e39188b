"""Where a word of a quote stands in its YAML file.

A quote not found was said at the start of its value: for a quote written
over several lines (`text: >-`), lines above the word that differs (an
author's trial: a typo on line 128 was said at line 125). The word is looked
for as written in the file, from the value's start, while the lines still
belong to the value; where that cannot be told (a word the quote holds twice,
one written with an escape, the file changed since), the value's start stands.
"""

from __future__ import annotations

import re
from pathlib import Path
from weakref import WeakKeyDictionary

from briefing.check.raw import Where
from briefing.records.problems import ProblemSink

#: The most lines of a value looked through for a word.
_MOST_LINES = 200
#: A line that starts another field or record, where the value has ended.
_NEXT_FIELD = re.compile(r"\s*(?:-\s+)?[A-Za-z_][\w-]*:(?:\s|$)")
_BREAKS = re.compile(r"\r\n|\r|\n")
#: Each file's lines, read once per check (a briefing of many failing quotes).
_READ: WeakKeyDictionary[ProblemSink, list[str] | None] = WeakKeyDictionary()


def word_place(sink: ProblemSink, start: Where, value: str, word: str) -> Where:
    """Where `word`, which the value `value` (written from `start` in `sink`'s
    file) holds once, stands in the file, when it is on a line after the
    value's first; `start` otherwise, or when that cannot be told."""
    pattern = _word(word)
    if pattern is None or len(pattern.findall(value)) != 1:
        return start
    lines = _lines(sink)
    if lines is None:
        return start
    first = start.line - 1
    for number in range(first, min(len(lines), first + _MOST_LINES)):
        line = lines[number]
        if number > first and _NEXT_FIELD.match(line):
            break
        found = pattern.search(line, start.column - 1 if number == first else 0)
        if found is not None:
            # On the value's own line its start is said, as for every other
            # problem of a value: the line is the author's to read.
            return start if number == first else Where(number + 1, found.start() + 1)
    return start


def _word(word: str) -> re.Pattern[str] | None:
    """`word` standing alone (not inside another word)."""
    if not word.strip() or any(char.isspace() for char in word):
        return None
    before = r"(?<!\w)" if word[0].isalnum() or word[0] == "_" else ""
    after = r"(?!\w)" if word[-1].isalnum() or word[-1] == "_" else ""
    return re.compile(before + re.escape(word) + after)


def _lines(sink: ProblemSink) -> list[str] | None:
    if sink in _READ:
        return _READ[sink]
    try:
        text = Path(sink.file).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        found = None
    else:
        found = _BREAKS.split(text)  # YAML's line breaks only (NEL and LS are characters)
    _READ[sink] = found
    return found

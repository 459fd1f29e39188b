"""Making untrusted content text safe to show.

Content (YAML fields, source texts) is written by someone else. No control
character or escape sequence from it may reach a terminal, and nothing
invisible may change what a reader sees, so every string shown to a user goes
through `visible()`, which replaces each such character by exactly one
visible one (offsets into a source text still hold):

- C0 controls (but newline and tab) and DEL: their Control Pictures (`␛`, `␡`);
  C1 controls: `�` (they have no picture).
- Bidirectional embeddings, overrides and isolates (U+202A–U+202E,
  U+2066–U+2069): `⇄`. They reorder the text around them, so that a quote
  or a name can read differently from what its bytes say ("Trojan Source").
- Zero-width characters that show nothing and join nothing (zero-width
  space U+200B, word joiner and invisible operators U+2060–U+2064, a byte
  order mark U+FEFF inside text, Mongolian vowel separator U+180E, the
  combining grapheme joiner U+034F, the deprecated format characters
  U+206A–U+206F, the Hangul fillers U+115F, U+1160, U+3164, U+FFA0, the Khmer
  inherent vowels U+17B4–U+17B5, interlinear annotation U+FFF9–U+FFFB,
  shorthand and musical format controls), and the line and paragraph
  separators (U+2028, U+2029), which a terminal shows as nothing either: `‸`,
  a caret where the invisible character stands.
- The zero-width joiner and non-joiner (U+200D, U+200C) are kept where they
  stand between two visible characters: there they do their work, in emoji
  sequences (man, ZWJ, woman, ZWJ, girl: one family emoji) and in Persian and
  Indic scripts. Where they join nothing (at an end, beside a space or another
  invisible character) they are marked `‸`.
- Lone surrogates (only a file name that is not UTF-8 holds them): `�`.

Left as they are: the left-to-right and right-to-left marks (U+200E, U+200F,
U+061C). They are ordinary in Arabic and Hebrew text, only nudge the
punctuation beside them, and override nothing. So is the soft hyphen. So are
the variation selectors and tag characters, which choose a glyph in emoji
(❤️, the flags of England or Wales), Japanese names' ideographs and
Mongolian: telling those uses from a stray one needs Unicode's tables of
sequences.

Each mark is one cell wide and bidirectionally neutral (not mirrored, not a
strong direction), so a mark cannot itself reorder or misalign a line.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass

from briefing.records.folding import fold

# C0 controls but \t, \n and \r, DEL, and the C1 range; then the same with \r.
_C0_C1_BUT_CR = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f"
_C0_C1 = f"{_C0_C1_BUT_CR}\r"
_BIDI = "\u202a-\u202e\u2066-\u2069"
_ZERO_WIDTH = (
    "\u200b\u2060-\u2064\ufeff\u180e\u2028\u2029"
    # Unicode's other invisible characters that no text needs alone (a security
    # review: "Pu\u034ftin" looked like "Putin", and a filler drew as a space)
    "\u034f\u115f\u1160\u17b4\u17b5\u206a-\u206f\u3164\uffa0\ufff9-\ufffb"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
)
_JOINERS = "\u200c\u200d"
_SURROGATES = "\ud800-\udfff"

_CONTROL = re.compile(f"[{_C0_C1}]")
#: A control character of a source text, where a Windows line ending (CR LF)
#: is not one: the reader shows a CR as a space, and a CR LF as a line end.
_CONTROL_BUT_LINE_END = re.compile(f"\r(?!\n)|[{_C0_C1_BUT_CR}]")
_FORMAT = re.compile(f"[{_BIDI}{_ZERO_WIDTH}{_JOINERS}]")
_CONTROL_OR_FORMAT = re.compile(f"[{_C0_C1}{_BIDI}{_ZERO_WIDTH}{_JOINERS}]")
_HIDDEN = re.compile(f"[{_C0_C1}{_BIDI}{_ZERO_WIDTH}{_JOINERS}{_SURROGATES}]")
_HIDDEN_OR_NEWLINE = re.compile(f"[\t\n{_C0_C1}{_BIDI}{_ZERO_WIDTH}{_JOINERS}{_SURROGATES}]")
#: What a joiner needs on each side to be doing its work.
_BLANK = re.compile(f"[\\s{_C0_C1}{_BIDI}{_ZERO_WIDTH}{_JOINERS}{_SURROGATES}]")

#: What JSON written for a terminal or an editor escapes beyond the C0 controls
#: `json.dumps` escapes itself: DEL and C1, bidirectional and zero-width
#: characters, and lone surrogates (which no stream could encode).
_ESCAPED_IN_JSON = re.compile(
    f"[\x7f-\x9f\u061c\u200e\u200f{_BIDI}{_ZERO_WIDTH}{_JOINERS}{_SURROGATES}]"
)

BIDI_MARK = "⇄"  # U+21C4: narrow, neutral, not mirrored
ZERO_WIDTH_MARK = "‸"  # U+2038 CARET: narrow, neutral


def _is_bidi(char: str) -> bool:
    return "\u202a" <= char <= "\u202e" or "\u2066" <= char <= "\u2069"


def _joins(text: str, index: int) -> bool:
    """True when the joiner at `index` stands between two visible characters."""
    return (
        0 < index < len(text) - 1
        and _BLANK.match(text, index - 1) is None
        and _BLANK.match(text, index + 1) is None
    )


def _symbol(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: ␀ … ␟
    if code == 0x7F:
        return "␡"
    if code <= 0x9F or 0xD800 <= code <= 0xDFFF:
        return "�"  # C1 controls have no picture; nor has a lone surrogate
    if _is_bidi(char):
        return BIDI_MARK
    if char in _JOINERS and _joins(match.string, match.start()):
        return char
    return ZERO_WIDTH_MARK


@dataclass(frozen=True, slots=True)
class FormatCharacter:
    """An invisible formatting character that `visible()` marks, and where it is."""

    char: str
    offset: int

    @property
    def mark(self) -> str:
        return BIDI_MARK if _is_bidi(self.char) else ZERO_WIDTH_MARK

    def describe(self) -> str:
        """`right-to-left override (U+202E)`."""
        name = unicodedata.name(self.char, "format character").lower()
        return f"{name} (U+{ord(self.char):04X})"


def has_control(text: str) -> bool:
    """True when `text` holds a control character other than newline and tab."""
    return _CONTROL.search(text) is not None


@dataclass(frozen=True, slots=True)
class ControlCharacter:
    """A control character of a source text that is not part of a line end, and where."""

    char: str
    #: 1-based line and column (in characters) in the text
    line: int
    column: int

    @property
    def is_lone_carriage_return(self) -> bool:
        return self.char == "\r"

    def describe(self) -> str:
        """`escape U+001B`, `carriage return U+000D`."""
        name = unicodedata.name(self.char, "") or _CONTROL_NAMES.get(self.char, "control character")
        return f"{name.lower()} U+{ord(self.char):04X}"


#: Names of the commonest controls (`unicodedata` names none of them).
_CONTROL_NAMES = {
    "\x00": "null",
    "\x07": "bell",
    "\x08": "backspace",
    "\x0b": "line tabulation",
    "\x0c": "form feed",
    "\r": "carriage return",
    "\x1b": "escape",
    "\x7f": "delete",
}


def first_source_control(text: str) -> ControlCharacter | None:
    """The first control character of a source text that `visible()` would mark,
    a Windows line end (CR LF) aside: newline, tab and CR LF are a text's own layout."""
    match = _CONTROL_BUT_LINE_END.search(text)
    if match is None:
        return None
    return ControlCharacter(match.group(), *line_and_column(text, match.start()))


def line_and_column(text: str, offset: int) -> tuple[int, int]:
    """The 1-based line and column (in characters) of `offset` in `text`."""
    line_start = text.rfind("\n", 0, offset) + 1
    return text.count("\n", 0, line_start) + 1, offset - line_start + 1


def first_format_character(text: str) -> FormatCharacter | None:
    """The first bidirectional control or zero-width character `visible()` marks."""
    if _FORMAT.search(text) is None:
        return None
    for match in _FORMAT.finditer(text):
        char = match.group()
        if char in _JOINERS and _joins(text, match.start()):
            continue
        return FormatCharacter(char, match.start())
    return None


def may_need_marks(text: str) -> bool:
    """False when `needs_marks(text)` is, with one search: nearly every text."""
    return _CONTROL_OR_FORMAT.search(text) is not None


def needs_marks(text: str) -> bool:
    """True when `visible()` would change `text` (newlines and tabs aside)."""
    return has_control(text) or first_format_character(text) is not None


def visible(text: str) -> str:
    """`text` with every hidden character but newline and tab made visible."""
    return _HIDDEN.sub(_symbol, text)


def typable(text: str) -> str:
    """`text` as the reader takes it pasted into a box or a note: line ends as
    newlines, and without every character `visible()` would mark.

    Textual's input boxes draw what they hold as it is, so a pasted C1 CSI,
    a right-to-left override or a shift-out reached the terminal (an
    adversarial trial). A marked symbol in place of each would change what
    the reader wrote in a note; leaving it out changes only what no one sees.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _HIDDEN.sub(_joining_or_nothing, text)


def _joining_or_nothing(match: re.Match[str]) -> str:
    char = match.group()
    return char if char in _JOINERS and _joins(match.string, match.start()) else ""


def inert_json(value: object, indent: int | None = 2) -> str:
    """`value` as JSON in which every character a terminal or an editor could act
    on is a `\\uXXXX` escape: it shows as the escape and reads back exactly
    (`json.dumps` with `ensure_ascii=False` wrote C1 controls and
    right-to-left overrides as they are, a code review)."""
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    return _ESCAPED_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


#: What ends a line cut short for room: U+25B8 BLACK RIGHT-POINTING SMALL
#: TRIANGLE ("it goes on"), one cell (East Asian width neutral), neutral in
#: direction, and dim in the reader (briefing.screens.cells.CUT_STYLE): it is the
#: reader's or the command's, never the text's (in a quote, `…` is the author's).
CUT_MARK = "▸"
#: What begins a line whose text was cut before it (a snippet of a hit in
#: its context): U+25C2 BLACK LEFT-POINTING SMALL TRIANGLE ("it came from
#: before"), CUT_MARK's mirror.
CUT_BEFORE_MARK = "◂"


def visible_line(text: str) -> str:
    """`text` on one line: newlines and tabs too become visible symbols."""
    return _HIDDEN_OR_NEWLINE.sub(_symbol, text)


def shown(text: str, limit: int = 60) -> str:
    """A user's value quoted for an error message: one line, visible, bounded."""
    return f"'{cut(text, limit)}'"


#: The most characters of a line that a hint writes out anew for the author to
#: copy (`put the value in quotes: text: "..."`): room for a long quote, and no
#: more (a hint repeated a 100 KB line whole).
SUGGESTED = 200


def cut(text: str, limit: int = 60) -> str:
    """`text` on one line, visible, at most `limit` characters: the rest cut
    off with `…`. `shown()` without the quotation marks, for a line a hint
    writes out (with `SUGGESTED`)."""
    text = visible_line(text)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


def counted(number: int, noun: str, plural: str | None = None) -> str:
    """`1 quote`, `2 quotes`: a count with its noun, plural where it must be
    (`plural` for a noun that takes more than an s: "matches")."""
    if number == 1:
        return f"1 {noun}"
    return f"{number} {plural or noun + 's'}"


def it_or_them(number: int) -> str:
    """The pronoun for `number` things: "it" for one, "them" for more."""
    return "it" if number == 1 else "them"


def slug(text: str) -> str:
    """`text` as an id would spell it: folded (é → e), lower case, a-z 0-9 and dashes,
    at most 64 characters; "" when nothing is left."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")[:64].strip("-")

"""Text in terminal cells: measured and cut by grapheme, the same on every terminal.

A pane's border stays in line only if the terminal draws each row in the
number of cells Textual measured for it (with Rich's `cell_len`). Two things
broke that:

- Cutting or wrapping by `len`, or inside a grapheme: an `e` cut from its
  accent, one regional indicator of a flag, a joined emoji cut after its
  joiner (the joiner then swallows the cut mark).
- Sequences whose width terminals do not agree on: a family 👨‍👩‍👧 joined by
  U+200D is 2 cells in tmux 3.3, kitty and Rich 15 but 6 in terminals that
  do not join emoji and in Rich 14 (which Textual 8.2 accepts); ❤️ with
  U+FE0F is 1 cell in tmux, 2 in Rich 15; 👍🏽 with a skin-tone modifier is
  4 cells in tmux, 2 in Rich.

So `for_cells` shows those sequences as their parts side by side, which every
terminal and Rich agree on: without the joiner (its parts are all shown) or
the presentation selector (it only asks for the emoji or the text style of
the character before it, which is shown), and with each skin-tone modifier
as `TONE_MARK`. The modifier is a character of the source, which a reader
must see: left out, 👍🏽 read as 👍 (a new user's trial). It cannot be shown
as a part either: alone, the swatch 🏽 is 2 cells in tmux and 0 in Rich 15.
`graphemes` keeps each remaining cluster (a letter and its combining marks, a
flag's two regional indicators, a subdivision flag's tag characters: 🏴 and
its tags are 2 cells in tmux and in Rich) whole, so that `truncate` and
`wrap` never cut one. Widths are Rich's `cell_len`, cluster by cluster. (The
joiner also shapes some Indic scripts; terminals draw those code point by
code point anyway.)

What is cut for room ends in `CUT_MARK`, dim, never in `…`: in a quote, `…`
is its author's elision, part of its text (docs/format.md), and a new user's
trial could not tell `two years …` (the author's) from `but nobody…` (the
row's end).
"""

from __future__ import annotations

import re
import unicodedata

from rich.cells import cell_len
from textual.content import Content, Span

from briefing.records.text import CUT_BEFORE_MARK, CUT_MARK

#: Joiner, presentation selectors, skin-tone modifiers: see the module doc.
_AMBIGUOUS = re.compile("[\u200d\ufe0e\ufe0f\U0001f3fb-\U0001f3ff]")
_SKIN_TONES = range(0x1F3FB, 0x1F400)
#: What stands for a skin-tone modifier (🏻 … 🏿), one for one: U+25CD CIRCLE
#: WITH VERTICAL FILL, a swatch's stand-in; one cell (East Asian width
#: neutral, not an emoji), neutral in direction, like briefing.records.text's marks.
TONE_MARK = "◍"
_REGIONAL = range(0x1F1E6, 0x1F200)
CUT_STYLE = "dim"
#: The marks as pieces of a line.
CUT = Content(CUT_MARK).stylize(CUT_STYLE)
CUT_BEFORE = Content(CUT_BEFORE_MARK).stylize(CUT_STYLE)
#: Spaces kept as they are, one at a time: the no-break spaces French sets
#: inside « » and before ; : ! ?, and the ideographic space of a Japanese name
#: (植田　和男 was shown 植田 和男: a correspondent's trial).
_KEPT_SPACES = "\u00a0\u202f\u2007\u3000"
#: Whitespace other than one plain or kept space: what `wrap` turns into one space.
_OTHER_SPACE = re.compile(f"\\s{{2,}}|[^\\S {_KEPT_SPACES}]")
#: Where a line may break: white space but the no-break spaces (a line broke
#: between « and the word it opens: a correspondent's trial).
_BREAK = re.compile("([^\\S\u00a0\u202f\u2007]+)")
#: The no-break spaces, where a run longer than a line is broken all the same.
_NO_BREAK = re.compile("([\u00a0\u202f\u2007])")


def for_cells(text: str) -> str:
    """`text` without the sequences terminals draw at different widths: their
    parts side by side, each skin-tone modifier shown as `TONE_MARK`."""
    if text.isascii():
        return text
    return _AMBIGUOUS.sub(_part, text)


def _part(match: re.Match[str]) -> str:
    return TONE_MARK if ord(match.group()) in _SKIN_TONES else ""


def _extends(cluster: str, character: str) -> bool:
    """Whether `character` belongs to the grapheme `cluster` ends with."""
    if unicodedata.category(character) in ("Mn", "Me", "Mc"):
        return True  # combining marks and variation selectors
    if ord(character) in _REGIONAL:
        # Indicators pair up from the start of a run: 🇺🇦🇬🇧 is two flags.
        return len(cluster) == 1 and ord(cluster) in _REGIONAL
    return cell_len(character) == 0  # zero-width characters ride with the one before


def graphemes(text: str) -> list[str]:
    """`text` split into the clusters a terminal draws as one: never cut inside one."""
    if text.isascii():
        return list(text)
    clusters: list[str] = []
    for character in text:
        if clusters and _extends(clusters[-1], character):
            clusters[-1] += character
        else:
            clusters.append(character)
    return clusters


def fit(text: str, width: int) -> int:
    """How many characters of `text` fill at most `width` cells, ending on a grapheme."""
    if text.isascii():
        return min(len(text), max(0, width))
    used = taken = 0
    for cluster in graphemes(text):
        used += cell_len(cluster)
        if used > width:
            break
        taken += len(cluster)
    return taken


def cut_line(text: str, width: int) -> str:
    """`text` on one line, cut to `width` cells with `CUT_MARK`, never silently:
    for a plain string (the command palette's rows); `truncate` styles the mark."""
    line = " ".join(for_cells(text).split())
    if cell_len(line) <= width:
        return line
    return line[: fit(line, width - 1)] + CUT_MARK if width > 0 else ""


def truncate(content: Content, width: int, *, pad: bool = False) -> Content:
    """`content` cut to `width` cells with `CUT_MARK`, on a grapheme boundary.

    Like `Content.truncate`, which cuts with Rich's `set_cell_size`: that
    splits a flag's two regional indicators (and, in Rich 14, joined emoji),
    and ends in `…`. The mark takes the style of the text it stands for,
    dimmed.
    """
    if content.cell_length > width:
        if width <= 0:
            return Content("")
        kept = fit(content.plain, width - 1)
        end = kept + 1  # the mark stands for the text cut at `kept`
        spans = [Span(s.start, min(s.end, end), s.style) for s in content.spans if s.start < end]
        content = Content(content.plain[:kept] + CUT_MARK, spans).stylize(CUT_STYLE, kept, end)
    if pad and content.cell_length < width:
        content = content.pad_right(width - content.cell_length)
    return content


def wrap(text: str, width: int) -> list[str]:
    """`text` in lines of at most `width` cells, broken at spaces, or between
    graphemes in a word longer than a line (like `textwrap`, but in cells).

    Not at a no-break space (« and the word it opens stay together), unless
    the words it joins are longer than a line: a text pasted from a web page
    with a no-break space for every space was cut inside its words (a review).
    """
    width = max(1, width)
    lines: list[str] = []
    line = ""
    for between, word in _words(text.strip(), width):
        joiner = between if between in _KEPT_SPACES else " "
        candidate = f"{line}{joiner}{word}" if line else word
        if cell_len(candidate) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        while cell_len(word) > width:
            cut = fit(word, width) or len(graphemes(word)[0])
            lines.append(word[:cut])
            word = word[cut:]
        line = word
    if line:
        lines.append(line)
    return lines


def _words(text: str, width: int) -> list[tuple[str, str]]:
    """`text`'s words, each with the space before it: the runs a line may not
    break inside, but one longer than `width` broken at its no-break spaces."""
    pieces = _BREAK.split(text)
    found: list[tuple[str, str]] = []
    for number in range(0, len(pieces), 2):
        word = pieces[number]
        if not word:
            continue
        between = pieces[number - 1] if number else " "
        if cell_len(word) <= width or not _NO_BREAK.search(word):
            found.append((between, word))
            continue
        parts = _NO_BREAK.split(word)
        found.append((between, parts[0]))
        found.extend(zip(parts[1::2], parts[2::2], strict=True))
    return found


def wrap_content(content: Content, width: int) -> list[Content]:
    """`content` wrapped as `wrap` wraps its text, each line keeping its styles
    (runs of whitespace become one space, as `wrap` makes them)."""
    text = content.plain.strip()
    content = content[len(content.plain) - len(content.plain.lstrip()) :][: len(text)]
    if _OTHER_SPACE.search(text):
        # Keep the text between odd whitespace whole (with its styles), one space between.
        pieces, start = [], 0
        for match in _OTHER_SPACE.finditer(text):
            pieces.append(content[start : match.start()])
            start = match.end()
        pieces.append(content[start:])
        content = Content(" ").join(pieces)
        text = content.plain
    lines: list[Content] = []
    position = 0
    for line in wrap(text, width):
        start = text.index(line, position)
        position = start + len(line)
        lines.append(content[start:position])
    return lines


def clamp(rows: list[Content], limit: int, width: int) -> list[Content]:
    """The first `limit` of wrapped `rows`; when some are left out, the last
    kept ends in `CUT_MARK` (cut to make room for it), never silently."""
    if len(rows) <= limit:
        return rows
    kept = rows[: max(1, limit)]
    last = kept[-1]
    cut = fit(last.plain, width - 1)
    if cut < len(last.plain):
        # A word left out whole, not in part: "will send nearly 3,00▸" read
        # as a number (a new user's trial). A row of one word is still cut.
        space = last.plain.rfind(" ", 0, cut + 1)
        cut = space if space > 0 else cut
    last = last[:cut]
    return [*kept[:-1], last[: len(last.plain.rstrip())] + CUT]

"""The quote viewer's passage: the source's paragraphs, the quoted words
highlighted in them, what the quote leaves out struck through and what an
insertion stands for dimmed (briefing.screens.quote_viewer shows it).

A paragraph over PARAGRAPH_SHOWN characters is shown only around the words,
its cuts said; `Passage` scrolls on into the facts under it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from weakref import WeakKeyDictionary

from textual.containers import VerticalScroll
from textual.content import Content
from textual.events import Resize
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Static

from briefing.present.mentions import ActorNames
from briefing.records.anchor_results import Span
from briefing.records.editorial import Piece, has_marks, read_quote, segments
from briefing.records.glued_insertions import widened
from briefing.records.model import Quote
from briefing.records.normalising import paragraphs
from briefing.records.queries import BriefingQueries
from briefing.records.text import CUT_BEFORE_MARK, CUT_MARK
from briefing.screens.paragraph_lines import ParagraphLines
from briefing.screens.safe import join, plain, source_piece
from briefing.screens.scrolling import page_through, scroll_through

#: The quoted words.
HIGHLIGHT = "bold reverse"
#: The source's words between the parts of a quote with elisions.
SKIPPED = "dim strike"
#: The source's words an insertion of the author's stands for.
STOOD_FOR = "dim italic"
#: An insertion of the author's, where it stands among the quoted words.
INSERTED = f"{HIGHLIGHT} italic"
#: Where the paragraph names the quote's speaker (or its relayer).
SPEAKER_NAMED = "bold underline"
#: Where it names another actor a quote of the same source is given to.
OTHER_SPEAKER_NAMED = "underline"
#: In the whole text, the words of the source's other quotes: a tint behind
#: them, as a reader's highlighter, where reversed as the quote's own they
#: outshone it (a snapshot). Without colours (NO_COLOR) only `]` finds them.
OTHER_QUOTE = "on $primary-muted"


@dataclass(frozen=True)
class Speakers:
    """Whose names the passage marks: the quote's speaker and relayer apart
    from the others quoted from the same source (briefing.present.mentions)."""

    names: ActorNames
    #: the quote's speaker and, when relayed, its relayer
    own: frozenset[str]
    #: every actor who said or relayed a quote of the same source
    speaking: frozenset[str]

    def marks(self, text: str) -> list[tuple[int, int, str]]:
        """Where `text` names them, with the style each is marked in."""
        return [
            (
                found.start,
                found.end,
                SPEAKER_NAMED if found.actor_id in self.own else OTHER_SPEAKER_NAMED,
            )
            for found in self.names.mentions(text)
            if found.actor_id in self.own or found.actor_id in self.speaking
        ]


class Passage(VerticalScroll):
    """The quote's paragraphs, and the facts under them read as their sequel:
    j, the arrows and PgDn go on into the facts at the passage's end, k and
    PgUp come back through them first. At 80×24 a long note ran below the
    facts, which no key scrolled (a new user's trial)."""

    @dataclass(eq=False)
    class Narrowed(Message):
        """The passage took another width (the keys panel opened or closed, not
        the screen resized): its paragraphs wrap anew, and the words may have
        moved out of sight (a trial: `?` at 80×24 left the viewer on the lines
        after the quote)."""

        passage: Passage

        @property
        def control(self) -> Passage:
            return self.passage

    def __init__(self, *children: Widget, facts: VerticalScroll, id: str) -> None:
        super().__init__(*children, id=id)
        self.facts = facts
        self._width = 0

    def on_resize(self, event: Resize) -> None:
        if event.size.width != self._width:
            if self._width:
                self.post_message(self.Narrowed(self))
            self._width = event.size.width

    def scroll_through(self, lines: int) -> None:
        scroll_through((self, self.facts), lines)

    def action_scroll_down(self) -> None:
        self.scroll_through(1)

    def action_scroll_up(self) -> None:
        self.scroll_through(-1)

    def action_page_down(self) -> None:
        page_through((self, self.facts), 1)

    def action_page_up(self) -> None:
        page_through((self, self.facts), -1)

    # Home and End at once, as every other key here scrolls: Textual's glide
    # took half a second over a long paragraph, and a trial took Home for a
    # key that scrolled only a little.
    def action_scroll_home(self) -> None:
        self.facts.scroll_home(animate=False, immediate=True)
        self.scroll_home(animate=False, immediate=True)

    def action_scroll_end(self) -> None:
        self.scroll_end(animate=False, immediate=True)
        self.facts.scroll_end(animate=False, immediate=True)


#: By briefing: who each source's quotes are given to (said or relayed), by
#: source, gathered in one pass over the quotes when a quote is first viewed.
_SPEAKING_BY_SOURCE: WeakKeyDictionary[BriefingQueries, dict[str, frozenset[str]]] = (
    WeakKeyDictionary()
)
#: By briefing, then by source: the names of those, made when a quote of the
#: source is first viewed (briefing.present.mentions).
_NAMES_BY_SOURCE: WeakKeyDictionary[BriefingQueries, dict[str, ActorNames]] = WeakKeyDictionary()


def speakers_of(queries: BriefingQueries, quote: Quote) -> Speakers:
    """Whose names the passage of `quote` marks: its speaker (and relayer)
    apart from the others quoted from the same source (a desk editor's trial
    read `…," Berg said. "[words]," Okafor replied.` as Berg's). Only they: a
    table of every actor's names cost a quarter of a second at x1000, and the
    others the source quotes are who may be mistaken. The quotes are gone
    through once per briefing, not once per source (16 ms more to open a
    quote at x1000, `make bench`)."""
    speaking = _SPEAKING_BY_SOURCE.get(queries)
    if speaking is None:
        gathered: dict[str, set[str]] = {}
        for each in queries.quotes:
            given = gathered.setdefault(each.source, set())
            given.add(each.speaker)
            if each.reported_by:
                given.add(each.reported_by)
        speaking = {source: frozenset(ids) for source, ids in gathered.items()}
        _SPEAKING_BY_SOURCE[queries] = speaking
    ids = speaking.get(quote.source, frozenset())
    names_by_source = _NAMES_BY_SOURCE.setdefault(queries, {})
    names = names_by_source.get(quote.source)
    if names is None:
        names = ActorNames(queries.actor(actor_id) for actor_id in sorted(ids))
        names_by_source[quote.source] = names
    own = frozenset(filter(None, (quote.speaker, quote.reported_by)))
    return Speakers(names, own, ids)


#: By briefing: each source's quotes found in its text, in the text's order.
_QUOTES_IN_TEXT: WeakKeyDictionary[BriefingQueries, dict[str, tuple[Quote, ...]]] = (
    WeakKeyDictionary()
)


def quotes_in_text(queries: BriefingQueries, source_id: str) -> tuple[Quote, ...]:
    """The quotes taken from the source's text, in the order their words
    stand in it: a desk editor read a source top to bottom to see what each
    passage was made to say, and the quotes pane lists them as said. The
    quotes are gone through once per briefing, as `speakers_of` does."""
    by_source = _QUOTES_IN_TEXT.get(queries)
    if by_source is None:
        gathered: dict[str, list[Quote]] = {}
        for quote in queries.quotes:
            if quote.span is not None:
                gathered.setdefault(quote.source, []).append(quote)
        by_source = {
            source: tuple(sorted(quotes, key=_text_order)) for source, quotes in gathered.items()
        }
        _QUOTES_IN_TEXT[queries] = by_source
    return by_source.get(source_id, ())


def _text_order(quote: Quote) -> tuple[int, int]:
    assert quote.span is not None
    return quote.span.start, quote.span.end


def lead_in(text: str, span: Span, speakers: Speakers) -> list[Static]:
    """The paragraph before the quote's, muted, when the quote's does not name
    its speaker: `…," he said after talks with Scholz` left "he" to a paragraph
    off the screen, and words given to another read as sound (a desk editor's
    trial)."""
    quoted = text[span.paragraph_start : span.paragraph_end]
    if any(mark == SPEAKER_NAMED for _, _, mark in speakers.marks(quoted)):
        return []
    before = [(start, end) for start, end in paragraphs(text) if end <= span.paragraph_start]
    if not before:
        return []
    return [other_paragraph(text, *before[-1], speakers)]


@dataclass(frozen=True, slots=True)
class WordsAt:
    """Where the quoted words start: the widget that shows their paragraph (in
    the whole text, the text's, the paragraph its `index`th), and its text
    before them."""

    paragraph: Widget
    before: Content
    index: int = 0

    def top(self) -> int:
        """The line where the paragraph starts, in what scrolls the widget."""
        top = self.paragraph.virtual_region.y
        if isinstance(self.paragraph, ParagraphLines):
            top += self.paragraph.paragraph_top(self.index)
        return top

    def line(self, width: int) -> int:
        """The line of the paragraph, wrapped at `width`, where the words start
        (or the one above it, when they begin a line of their own)."""
        if not self.before or width < 1:
            return 0
        return len(self.before.wrap(width)) - 1


#: A paragraph is shown whole up to this many characters; a longer one (a
#: transcript saved on one line) only around the quoted words, or from its
#: start. Drawn whole, a 2 MB paragraph took 3 s to open, and one of 50 MB a
#: minute, with the reader frozen (an adversarial trial).
PARAGRAPH_SHOWN = 20_000


def quote_paragraph(
    text: str,
    start: int,
    end: int,
    span: Span,
    quote: Quote,
    speakers: Speakers | None = None,
    quoted: Sequence[tuple[int, int]] = (),
) -> tuple[Static, WordsAt]:
    """The paragraph `text[start:end]` that holds (some of) the quoted words,
    highlighted, the `speakers`' names marked, the words of other quotes at
    `quoted` (offsets in `text`) marked too, and where the words start in it."""
    block, before = quote_paragraph_content(text, start, end, span, quote, speakers, quoted)
    shown = Static(block, classes="paragraph current")
    return shown, WordsAt(shown, before)


def quote_paragraph_content(
    text: str,
    start: int,
    end: int,
    span: Span,
    quote: Quote,
    speakers: Speakers | None = None,
    quoted: Sequence[tuple[int, int]] = (),
) -> tuple[Content, Content]:
    """What `quote_paragraph` shows, and the text before the words in it."""
    part = _part_shown(text, start, end, (max(start, span.start), min(end, span.end)))
    marks = _marks_in(text, part, speakers, quoted)
    block = _with_cuts(_highlighted(text[part], part.start, span.pieces, quote.text, marks),
                       start, end, part)  # fmt: skip
    before = _with_cuts(_before_words(text, part.start, span.start), start, part.start, part)
    return block, before


def other_paragraph(
    text: str,
    start: int,
    end: int,
    speakers: Speakers | None = None,
    quoted: Sequence[tuple[int, int]] = (),
) -> Static:
    """The paragraph `text[start:end]`, without the quoted words (the whole
    text), the `speakers`' names marked, and the words of other quotes at
    `quoted` (offsets in `text`)."""
    return Static(other_paragraph_content(text, start, end, speakers, quoted), classes="paragraph")


def other_paragraph_content(
    text: str,
    start: int,
    end: int,
    speakers: Speakers | None = None,
    quoted: Sequence[tuple[int, int]] = (),
) -> Content:
    """What `other_paragraph` shows."""
    part = _part_shown(text, start, end, None)
    shown = text[part]
    marks = _marks_in(text, part, speakers, quoted)
    return _with_cuts(_marked(shown, 0, len(shown), "", marks), start, end, part)


def _marks_in(
    text: str, part: slice, speakers: Speakers | None, quoted: Sequence[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """The marks of `text[part]` (offsets in it): the speakers' names, and the
    words of other quotes at `quoted`, one style where they overlap."""
    marks = speakers.marks(text[part]) if speakers is not None else []
    others = [
        (max(low, part.start) - part.start, min(high, part.stop) - part.start, OTHER_QUOTE)
        for low, high in quoted
        if low < part.stop and part.start < high
    ]
    return layered(marks + others) if others else marks


def layered(marks: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`marks` as stretches that do not overlap, in order, each with the styles
    of every mark over it: a name inside another quote's words is both."""
    edges = sorted({edge for start, end, _ in marks for edge in (start, end)})
    stretches = []
    for low, high in pairwise(edges):
        styles = [style for start, end, style in marks if start <= low and high <= end]
        if styles:
            stretches.append((low, high, " ".join(dict.fromkeys(styles))))
    return stretches


def _part_shown(text: str, start: int, end: int, around: tuple[int, int] | None) -> slice:
    """The part of the paragraph `text[start:end]` shown: all of it, or some
    PARAGRAPH_SHOWN characters around `around` (else from its start), cut at spaces."""
    if end - start <= PARAGRAPH_SHOWN:
        return slice(start, end)
    first, last = around if around is not None else (start, start)
    room = max(0, PARAGRAPH_SHOWN - (last - first))  # to share before and after
    low = max(start, first - room // 2)
    high = min(end, last + room - (first - low))
    low = max(start, first - (room - (high - last)))
    if low > start:
        space = text.find(" ", low, first)
        low = space + 1 if space >= 0 else low
    if high < end:
        space = text.rfind(" ", last, high)
        high = space if space >= 0 else high
    return slice(low, high)


def _with_cuts(shown: Content, start: int, end: int, part: slice) -> Content:
    """`shown`, the part `part` of a paragraph from `start` to `end`, with what
    is left out of it said at each end."""
    before, after = part.start - start, end - part.stop
    pieces = [shown]
    if before > 0:
        said = f"({CUT_BEFORE_MARK} {before:,} characters of this paragraph before) "
        pieces.insert(0, plain(said, CUT))
    if after > 0:
        pieces.append(plain(f" ({CUT_MARK} {after:,} characters more)", CUT))
    return join(*pieces) if len(pieces) > 1 else shown


#: How a paragraph's cut is said (with the reader's cut mark: a `…` there
#: read as an elision, beside a quote that may have one).
CUT = "dim italic"


def _before_words(text: str, start: int, words_start: int) -> Content:
    """The paragraph of `text` starting at `start` up to the quote's words, as
    `_highlighted` shows it (empty when the words started a paragraph above)."""
    return plain(source_piece(text[start : max(start, words_start)]))


def _marked(
    text: str, start: int, end: int, style: str, marks: list[tuple[int, int, str]]
) -> Content:
    """`text[start:end]` in `style`, with the stretches `marks` (offsets in
    `text`, each with its style) styled so too. Cut at the source's offsets
    before `source_piece`, so that no mark moves."""
    pieces: list[Content] = []
    position = start
    for mark_start, mark_end, mark in marks:
        low, high = max(position, mark_start), min(end, mark_end)
        if low >= high:
            continue
        pieces.append(plain(source_piece(text[position:low]), style))
        pieces.append(plain(source_piece(text[low:high]), f"{style} {mark}".strip()))
        position = high
    pieces.append(plain(source_piece(text[position:end]), style))
    return join(*pieces)


def _highlighted(
    text: str,
    offset: int,
    pieces: tuple[tuple[int, int], ...],
    quote_text: str,
    marks: list[tuple[int, int, str]] | None = None,
) -> Content:
    """`text` (which starts at `offset` in its source) with each of `pieces`
    highlighted; the source's words between two pieces struck through where
    the quote elides them, in dim italics where an insertion stands for them.

    Between two pieces with no word between them (an insertion where the
    source has nothing), the space is left as it is: struck through, it
    looked like words left out (a new user's trial). Words an insertion
    stands for looked elided too (an author's trial).

    Built in pieces, as `plain` may drop characters no terminal agrees on
    the width of (briefing.screens.cells).
    """
    gaps = _gaps(quote_text, len(pieces))
    inserted = _inserted(quote_text, len(pieces))
    marks = marks or []
    parts: list[Content] = []
    position = prior_end = 0
    wide = widened(quote_text, text, pieces, offset)
    for index, ((start, end), (wide_start, wide_end)) in enumerate(zip(pieces, wide, strict=True)):
        start = min(max(0, start - offset), len(text))
        end = min(max(start, end - offset), len(text))
        wide_start = min(max(position, wide_start - offset), start)
        wide_end = min(max(end, wide_end - offset), len(text))
        between = text[position:wide_start]
        style = STOOD_FOR if gaps[index] is Piece.INSERTION else SKIPPED
        between_style = style if index and not source_piece(between).isspace() else ""
        parts.append(_marked(text, position, wide_start, between_style, marks))
        insertion, spaced = inserted[index]
        written = f"[{insertion}]"
        if (
            insertion
            and wide_start == start
            and position == prior_end
            and not {"[", "]"} & set(between)  # the source's own brackets stand there
        ):
            # the author's words, where they stand in the quote: `is [not] a
            # good one` showed only a space between two highlights, and what an
            # insertion stood for in dim italics with nothing of what it said
            # (a desk editor's trial). Not an insertion glued to a word (`[T]he`)
            parts.append(plain(written, INSERTED))
            if spaced:  # as the quote writes it: none in `当面、[日本では]緩和的`
                parts.append(plain(" "))
        # the letters an insertion glued to the words stands for: `[T]he` for "the"
        parts.append(_marked(text, wide_start, start, STOOD_FOR, marks))
        parts.append(_marked(text, start, end, HIGHLIGHT, marks))
        parts.append(_marked(text, end, wide_end, STOOD_FOR, marks))
        position, prior_end = wide_end, end
    parts.append(_marked(text, position, len(text), "", marks))
    return join(*parts)


def _inserted(quote_text: str, count: int) -> list[tuple[str, bool]]:
    """Before each of the quote's `count` pieces, the author's insertion that
    stands between it and the piece before ("" for none, and before the
    first), and whether the quote puts a space between it and the piece:
    `当面、[日本では]緩和的` has none, and the viewer drew one (a correspondent's
    trial)."""
    if not has_marks(quote_text):
        return [("", True)] * count
    found: list[tuple[str, bool]] = []
    between: list[str] = []
    gap: Piece | None = None
    for piece in read_quote(quote_text):
        if piece.kind is Piece.WORDS:
            inserted = " ".join(between) if found and gap is Piece.INSERTION else ""
            found.append((inserted, piece.text[:1].isspace()))
            between, gap = [], None
        elif piece.kind is Piece.INSERTION:
            between.append(" ".join(piece.text.split()))
            gap = gap or Piece.INSERTION
        else:
            gap = Piece.ELISION  # an elision's gap holds an insertion's: struck through
    return found if len(found) == count else [("", True)] * count


def _gaps(quote_text: str, count: int) -> list[Piece | None]:
    """What stands before each of the quote's `count` pieces: an elision, an
    insertion, or nothing (the first)."""
    found = segments(read_quote(quote_text)) if has_marks(quote_text) else []
    if len(found) != count:  # matched as plain text: one piece
        return [None] + [Piece.ELISION] * (count - 1)
    return [segment.after for segment in found]

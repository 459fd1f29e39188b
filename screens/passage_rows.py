"""A source passage's row among Find's results: where it stands, its source named once.

Every passage row said its source's title, cut, and then its words: 87 rows
of a committee hearing began with the same `Oral evidence: Water company
performance, HC 41▸`, and none said what a reader chooses among them by (an
analyst's trial). Now the first row of a run of passages of one source
names it on a line of its own (its title, its id, and its briefing's in a
search of several), and every row says which paragraph of the source text
the passage is (`¶44`, as the quote viewer counts them) and, in a
transcript, whose turn it stands in, the speaker as the source's label
writes them (briefing.index.passage_places):

    Oral evidence: Water company performance, HC 412 (2026-06-09)  · transcript
    ¶21   Ms Jennifer Lin: ◂engineers at Upper Calder told us that the storm…▸
    ¶85   Sir Martin Crewe: ◂signed off the storm overflow…▸  (1 more match in it)

(Not set in under the source's line: a row over two lines went on at the
list's edge, and read as a row of its own.)

A passage that opens with its speaker's label is shown from after it, when
no word found stands in the label: the name is said once, in bold.

Content only: a title, a label and the text are shown as plain text, never read as markup.
"""

from __future__ import annotations

from textual.content import Content

from briefing.index.passage_places import PassagePlace
from briefing.index.words import Hit
from briefing.records.text import counted, visible, visible_line
from briefing.screens.safe import join, plain, plain_cut
from briefing.screens.snippets import in_context


def source_line(title: str, source_id: str, briefing_title: str | None, width: int) -> Content:
    """The line naming the source of the rows under it: its title, its id
    (dim) after it, and its briefing's title first when several are searched;
    over two lines of `width` cells at most (a hearing's title and date took
    75 cells: cut to one line at 80 columns, its date was lost)."""
    parts: list[Content] = []
    if briefing_title is not None:
        parts.append(plain(f"{visible_line(briefing_title)} · ", "dim"))
    ident = plain(f"  · {visible(source_id)}", "dim")
    room = 2 * width - ident.cell_length - sum(part.cell_length for part in parts)
    parts.append(plain_cut(visible_line(title), max(room, 12), "bold"))
    parts.append(ident)
    return join(*parts)


def passage_row(hit: Hit, place: PassagePlace | None, speaker_width: int) -> Content:
    """A passage's row: its paragraph's number, its turn's speaker (cut to
    `speaker_width` cells), its hit in context, and how many more hits it holds."""
    parts: list[Content] = []
    text, spans = hit.text, hit.spans
    if place is not None:
        digits = len(str(place.paragraphs))
        parts.append(plain(f"¶{place.paragraph:<{digits}}  "))
        if place.speaker:
            name = plain_cut(visible_line(place.speaker), speaker_width, "bold")
            parts.append(join(name, plain(": ", "bold")))
        cut = place.label_end - hit.base
        if 0 < cut <= len(text) and all(start >= cut for start, _ in spans):
            text = text[cut:].lstrip()
            shift = len(hit.text) - len(text)
            spans = tuple((start - shift, end - shift) for start, end in spans)
    parts.append(in_context(text, spans))
    more = len(hit.spans) - 1
    if more > 0:
        parts.append(plain(f"  ({counted(more, 'more match', 'more matches')} in it)", "dim"))
    return join(*parts)

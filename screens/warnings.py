"""How the reader shows the checker's warnings about a record
(`Quote.warnings`, `Event.warnings`, `Actor.warnings`, `Source.warnings`).

A glyph on the record's row (before who said a quote, before where and who
of an event, before an actor's name, before a source's title), and the
warnings themselves at the top of the quote's viewer, above the source and
its highlighted words, or under the event's or the actor's name in its
details, or under the source's title wherever its facts are listed. The
glyph means the same without its colour (NO_COLOR), as every mark of the
rows does.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content

from briefing.records.model import CheckerWarning
from briefing.screens.safe import join, plain

#: A warned record's row mark: the checker warned of it (the header's `⚠` for a
#: briefing whose files changed says "take care" too).
WARNED = "⚠"
WARNING_STYLE = "bold $text-warning"
#: Before who said a warned quote, where and who of a warned event, a warned
#: actor's name, a warned source's title, on its row.
WARNED_MARK = plain(f"{WARNED} ", WARNING_STYLE)
#: After the help of a warned record's row in the palette, which has no room for more.
WARNED_HELP = f" ({WARNED} the checker warns of it)"
#: Before the checker's own sentence, as `briefing check` says it to the author:
#: it names what it found (the word cut, the words an insertion stands for),
#: where a reader's paraphrase of each code would drift from it.
CHECKER_WARNS = "The checker warns: "
#: Before its hint, which tells the author what to write instead.
ADVICE = "Its advice to the author: "


#: A line of text as pieces, each with its style ("" for none).
Pieces = tuple[tuple[str, str], ...]


def warning_lines(warning: CheckerWarning, hint: bool, lead: str = CHECKER_WARNS) -> list[Pieces]:
    """`⚠ The checker warns: <its message>`, and with `hint` the checker's
    advice to the author on a line of its own, dim: as pieces of text and
    their styles, for a widget that makes its lines' `Content` only when it
    draws them (briefing.screens.source_list). `lead`: what comes between the
    glyph and the message (none under a label that says it)."""
    lines: list[Pieces] = [((f"{WARNED} {lead}", WARNING_STYLE), (warning.message, ""))]
    if hint and warning.hint is not None:
        lines.append(((f"{ADVICE}{warning.hint}", "dim"),))
    return lines


def warning_block(warning: CheckerWarning, hint: bool, lead: str = CHECKER_WARNS) -> Content:
    """`warning_lines` as one `Content`."""
    lines = warning_lines(warning, hint, lead)
    said = [join(*(plain(text, style) for text, style in line)) for line in lines]
    return join(*said, separator="\n")


def warnings_said(warnings: Sequence[CheckerWarning]) -> Content:
    """Each warning in full (`warning_block`, with the checker's advice), one
    after the other: under an event's or an actor's name in its details,
    under a source's title where its facts are listed."""
    return join(*(warning_block(warning, hint=True) for warning in warnings), separator="\n")

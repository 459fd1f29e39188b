"""How the reader shows the checker's warnings about a quote or an event
(`Quote.warnings`, `Event.warnings`).

A glyph on the record's row (before who said a quote, before where and who
of an event), and the warnings themselves at the top of the quote's viewer,
above the source and its highlighted words, or under the event's title in
its details. The glyph means the same without its colour (NO_COLOR), as
every mark of the rows does.
"""

from __future__ import annotations

from textual.content import Content

from briefing.records.model import CheckerWarning
from briefing.screens.safe import join, plain

#: A quote's or an event's row mark: the checker warned of it (the header's `⚠` for a
#: briefing whose files changed says "take care" too).
WARNED = "⚠"
WARNING_STYLE = "bold $text-warning"
#: Before who said a warned quote, and where and who of a warned event, on its row.
WARNED_MARK = plain(f"{WARNED} ", WARNING_STYLE)
#: Before the checker's own sentence, as `briefing check` says it to the author:
#: it names what it found (the word cut, the words an insertion stands for),
#: where a reader's paraphrase of each code would drift from it.
CHECKER_WARNS = "The checker warns: "
#: Before its hint, which tells the author what to write instead.
ADVICE = "Its advice to the author: "


def warning_block(warning: CheckerWarning, hint: bool, lead: str = CHECKER_WARNS) -> Content:
    """`⚠ The checker warns: <its message>`, and with `hint` the checker's
    advice to the author on a line of its own, dim. `lead`: what comes
    between the glyph and the message (none under a label that says it)."""
    said = join(plain(f"{WARNED} {lead}", WARNING_STYLE), plain(warning.message))
    if not hint or warning.hint is None:
        return said
    return join(said, plain(f"\n{ADVICE}{warning.hint}", "dim"))

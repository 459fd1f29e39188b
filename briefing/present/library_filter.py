"""Words typed after `/` in the library, matched as the panes' filter matches them.

The contract (issue 13.1): every word typed must begin some word of the
row, after case folding and accents stripped ("francois" finds "François",
"mac" finds "Macron" but not "stomach"), in any order.

The panes' filter gets the same contract from briefing/records/folding.py
(`fold`, `Query`); until both are on one branch this module keeps the
library's own copy of it, and the two should become one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

#: letters no Unicode decomposition takes apart, spelled as readers type them
_SPELLED = str.maketrans(
    {"ø": "o", "ł": "l", "æ": "ae", "œ": "oe", "đ": "d", "ð": "d", "þ": "th", "ı": "i", "ħ": "h"}
)


def fold(text: str) -> str:
    """`text` as the filter compares it: lower case, accents stripped."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_SPELLED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def word_matcher(typed: str) -> Callable[[str], bool] | None:
    """Whether a folded text holds every word of `typed`, each at the start of
    one of its words; None when nothing was typed (everything matches)."""
    words = dict.fromkeys(fold(typed).split())
    if not words:
        return None
    searches = [
        re.compile((r"(?<!\w)" if word[0].isalnum() else "") + re.escape(word)).search
        for word in words
    ]
    return lambda folded: all(search(folded) is not None for search in searches)

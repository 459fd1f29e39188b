"""A quote not in a long source gets its nearest-passage hint in bounded work.

The work is counted (Python lines run), not timed: difflib's longest match
over a whole 4 MB source took three and a half minutes for one quote.
"""

from __future__ import annotations

from conftest import lines_run

from briefing.records.anchoring import anchor
from briefing.records.normalised_text import NormalisedText


def test_a_quote_like_everything_in_a_long_source_gets_no_hint_and_no_hang() -> None:
    source = NormalisedText("a" * 60_000)
    quote = "a" * 399 + "b"
    found = anchor(quote, source, None)
    assert found.failure == "not-found" and found.nearest is None
    assert lines_run(lambda: anchor(quote, source, None)) < 100_000


def test_a_typo_in_a_long_source_still_gets_its_passage() -> None:
    """Past the budget, the places of the quote's words are read."""
    filler = "The council met again on Tuesday and spoke of roads. " * 20_000
    text = filler + "We will reopen the bridge as soon as the engineers agree.\n" + filler
    found = anchor("We will reopen the brigde as soon as", NormalisedText(text), None)
    assert found.nearest is not None
    assert "reopen the bridge" in found.nearest.text

"""Text cut to the cells it has: never silently, and not inside a word."""

from __future__ import annotations

from textual.content import Content

from briefing.screens.cells import clamp, wrap_content


def test_a_clamped_text_leaves_out_a_whole_word_not_part_of_one() -> None:
    """At 60×20 the chronology cut a title at "will send nearly 3,00…", which
    reads as a number (a new user's trial)."""
    rows = wrap_content(Content("The US will send nearly 3,000 more troops to Europe"), 23)
    assert [row.plain for row in clamp(rows, 2, 23)] == [
        "The US will send nearly",
        "3,000 more troops to…",
    ]
    assert [row.plain for row in clamp(rows, 1, 23)] == ["The US will send…"]


def test_a_clamped_row_of_one_word_is_still_cut_with_an_ellipsis() -> None:
    rows = wrap_content(Content("Antidisestablishmentarianism again"), 10)
    assert [row.plain for row in clamp(rows, 1, 10)] == ["Antidises…"]

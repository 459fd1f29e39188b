"""What `visible()` makes of invisible characters: one visible mark each, never more."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from briefing.records.text import (
    BIDI_MARK,
    ZERO_WIDTH_MARK,
    first_format_character,
    needs_marks,
    visible,
    visible_line,
)

BIDI = [chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))]
ZERO_WIDTH = ["\u200b", "\u2060", "\ufeff", "\u2061", "\u2064", "\u180e", "\u2028", "\u2029"]
#: Invisible too (a security review: "Pu\u034ftin" read as "Putin", a filler as a space)
ZERO_WIDTH += ["\u034f", "\u115f", "\u1160", "\u17b4", "\u206a", "\u206f", "\u3164"]
ZERO_WIDTH += ["\uffa0", "\ufff9", "\ufffb", "\U0001bca0", "\U0001d173", "\U0001d17a"]
FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # man ZWJ woman ZWJ girl
PERSIAN = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"  # mi-khaham: ZWNJ inside a word


@pytest.mark.parametrize("char", BIDI, ids=lambda c: f"U+{ord(c):04X}")
def test_bidi_controls_become_one_neutral_mark(char: str) -> None:
    assert visible(f"say {char}olleh") == f"say {BIDI_MARK}olleh"
    assert first_format_character(f"ab{char}") is not None
    assert needs_marks(char)


@pytest.mark.parametrize("char", ZERO_WIDTH, ids=lambda c: f"U+{ord(c):04X}")
def test_zero_width_characters_become_a_caret(char: str) -> None:
    assert visible(f"Tru{char}ss") == f"Tru{ZERO_WIDTH_MARK}ss"
    found = first_format_character(f"Tru{char}ss")
    assert found is not None and found.offset == 3 and found.mark == ZERO_WIDTH_MARK


def test_joiners_that_join_are_kept_and_stray_ones_marked() -> None:
    assert visible(FAMILY) == FAMILY
    assert visible(PERSIAN) == PERSIAN
    assert not needs_marks(FAMILY + " " + PERSIAN)
    assert visible("\u200dTruss") == ZERO_WIDTH_MARK + "Truss"
    assert visible("Truss \u200c") == "Truss " + ZERO_WIDTH_MARK
    assert visible("a\u200d\u200db") == "a" + ZERO_WIDTH_MARK * 2 + "b"
    found = first_format_character("a \u200dx")
    assert found is not None and found.describe() == "zero width joiner (U+200D)"


def test_marks_are_one_cell_and_change_no_direction() -> None:
    for mark in (BIDI_MARK, ZERO_WIDTH_MARK):
        assert cell_len(mark) == 1
        assert unicodedata.east_asian_width(mark) == "N"  # not "ambiguous": never 2 cells
        assert unicodedata.bidirectional(mark) == "ON"  # neutral
        assert not unicodedata.mirrored(mark)


def test_marks_left_alone_in_right_to_left_text() -> None:
    """Left-to-right and right-to-left marks are ordinary in Hebrew and Arabic."""
    text = "\u05e9\u05dc\u05d5\u05dd\u200f (hello)\u200e \u061c"
    assert visible(text) == text and not needs_marks(text)


def test_lone_surrogates_from_file_names_cannot_break_a_line() -> None:
    assert visible_line("caf\udce9") == "caf\ufffd"


@given(st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from(BIDI + ZERO_WIDTH)))
def test_one_character_for_one(text: str) -> None:
    """Offsets into a source text must hold: the reader highlights quotes by them."""
    shown = visible(text)
    assert len(shown) == len(text)
    assert not any(c in shown for c in BIDI + ZERO_WIDTH)
    assert len(visible_line(text)) == len(text)

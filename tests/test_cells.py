"""Text cut to the cells it has: never silently, and not inside a word."""

from __future__ import annotations

from rich.cells import cell_len
from textual.content import Content

from briefing.screens.cells import clamp, cut_line, for_cells, truncate, wrap_content


def test_a_clamped_text_leaves_out_a_whole_word_not_part_of_one() -> None:
    """At 60×20 the chronology cut a title at "will send nearly 3,00…", which
    reads as a number (a new user's trial)."""
    rows = wrap_content(Content("The US will send nearly 3,000 more troops to Europe"), 23)
    assert [row.plain for row in clamp(rows, 2, 23)] == [
        "The US will send nearly",
        "3,000 more troops to▸",
    ]
    assert [row.plain for row in clamp(rows, 1, 23)] == ["The US will send▸"]


def test_a_clamped_row_of_one_word_is_still_cut_with_the_mark() -> None:
    rows = wrap_content(Content("Antidisestablishmentarianism again"), 10)
    assert [row.plain for row in clamp(rows, 1, 10)] == ["Antidises▸"]


def dim(content: Content) -> str:
    """The characters of `content` drawn dim."""
    return "".join(content.plain[s.start : s.end] for s in content.spans if "dim" in str(s.style))


def test_a_line_cut_for_room_ends_in_a_dim_mark_no_elision_looks_like() -> None:
    """“two years …” (the author's elision) beside “but nobody…” (a row cut
    short): the user could not tell which was which (a new user's trial)."""
    quote = Content("“We have been patient for two years … Nobody wants a strike, but nobody wants")
    cut = truncate(quote.stylize("italic"), 68)
    assert cut.plain == "“We have been patient for two years … Nobody wants a strike, but no▸"
    assert cut.cell_length == 68 and dim(cut) == "▸"
    rows = clamp(wrap_content(quote, 40), 1, 40)
    assert [row.plain for row in rows] == ["“We have been patient for two years …▸"]
    assert dim(rows[0]) == "▸"
    assert cut_line("two years … and more", 12) == "two years …▸"


def test_a_skin_tone_is_shown_as_a_mark_not_left_out() -> None:
    """👍🏽 was shown as 👍: the source's skin tone was gone, and nothing said so
    (a new user's trial). The swatch itself is 2 cells in tmux, 0 in Rich."""
    shown = for_cells("Well done 👍🏽, and 👋🏿 🏻")
    assert shown == "Well done 👍◍, and 👋◍ ◍"
    assert cell_len(shown) == len("Well done ") + 3 + len(", and ") + 3 + 1 + 1


def test_joined_emoji_and_presentation_selectors_are_shown_as_their_parts() -> None:
    """Every part of 👨‍👩‍👧 is shown; ❤️'s selector only asks for the emoji style
    of ❤, which is shown; a keycap keeps its enclosing mark; a subdivision
    flag keeps its tags (🏴 and its tags are 2 cells in tmux and in Rich)."""
    scotland = "🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f"
    assert for_cells("👨\u200d👩\u200d👧 ❤️ 1️⃣") == "👨👩👧 ❤ 1\u20e3"
    assert for_cells(scotland) == scotland and cell_len(scotland) == 2


def test_no_line_breaks_at_a_no_break_space_and_an_ideographic_one_is_kept() -> None:
    """A correspondent's trial: a French quote broke between « and the word it
    opens (the no-break space is there to stop that), and 植田　和男 was shown
    with an ASCII space. Other whitespace is still one space, and breaks."""
    text = "Le Pen a dit\u00a0: «\u00a0Le gouvernement n’a jamais voulu d’un vote\u00a0»"
    lines = [line.plain for line in wrap_content(Content(text), 16)]
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")  # nothing lost
    assert not any(line.startswith(("»", ":")) or line.endswith("«") for line in lines), lines
    assert [c.plain for c in wrap_content(Content("植田\u3000和男  2 events"), 40)] == [
        "植田\u3000和男 2 events"
    ]
    assert [c.plain for c in wrap_content(Content("a\t b\n\nc"), 40)] == ["a b c"]


def test_a_text_of_no_break_spaces_alone_is_broken_at_them_not_inside_words() -> None:
    """Pasted from a web page, a text had a no-break space for every space: it
    was one word, cut wherever it met the width ("a" / "u" of "au": a review)."""
    text = "\u00a0".join("Le ministre a défendu mardi sa réforme devant les députés".split())
    lines = [line.plain for line in wrap_content(Content(text), 20)]
    assert len(lines) > 1 and all(len(line) <= 20 for line in lines)
    assert [w for line in lines for w in line.split("\u00a0")] == text.split("\u00a0")

"""Finding a quote's words in its source, and mapping back to the source's own words."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from conftest import quote_checked
from hypothesis import given
from hypothesis import strategies as st

from briefing.check.anchor_failures import passage_hint
from briefing.records.anchoring import anchor
from briefing.records.editorial import says_nothing
from briefing.records.nearest_passage import Difference
from briefing.records.normalised_text import NormalisedText
from briefing.records.normalising import normalise, paragraph_break, paragraphs
from briefing.records.shared_stretch import FOOTNOTE_MARK, found_past_footnote_marks

SOURCE = (
    "First paragraph, nothing quoted.\n\n"
    "Truss said “Any incursion would be a huge mistake” — and left.\n"
    "She tweeted   it\ttoo.\n\n"
    "Last paragraph: firm dialogue, and again firm dialogue.\n"
)


def test_typographic_marks_dashes_and_spaces_match_plain_ones() -> None:
    found = anchor(
        'said "Any incursion would be a huge mistake" - and', NormalisedText(SOURCE), None
    )
    assert found.span is not None
    assert (
        SOURCE[found.span.start : found.span.end]
        == "said “Any incursion would be a huge mistake” — and"
    )


def test_whitespace_runs_match_one_space_and_map_back_exactly() -> None:
    found = anchor("She tweeted it too.", NormalisedText(SOURCE), None)
    assert found.span is not None
    assert SOURCE[found.span.start : found.span.end] == "She tweeted   it\ttoo."


def test_span_comes_with_its_paragraph_and_line() -> None:
    found = anchor("huge mistake", NormalisedText(SOURCE), None)
    assert found.span is not None
    paragraph = SOURCE[found.span.paragraph_start : found.span.paragraph_end]
    assert paragraph.startswith("Truss said") and paragraph.endswith("it\ttoo.")
    assert found.span.line == 3


def test_several_matches_need_an_occurrence() -> None:
    text = NormalisedText(SOURCE)
    ambiguous = anchor("firm dialogue", text, None)
    assert (ambiguous.failure, ambiguous.count, ambiguous.lines) == ("ambiguous", 2, (6, 6))
    second = anchor("firm dialogue", text, 2)
    assert second.span is not None and second.span.start == SOURCE.rindex("firm dialogue")
    assert anchor("firm dialogue", text, 3).failure == "occurrence-out-of-range"


def test_case_matters_and_the_nearest_passage_is_offered() -> None:
    found = anchor("any incursion would be a huge mistake", NormalisedText(SOURCE), None)
    assert found.failure == "not-found"
    assert found.nearest is not None
    assert "“Any incursion would be a huge mistake”" in found.nearest.text  # its own quotes
    assert found.nearest.line == 3
    assert found.nearest.differs == Difference("replace", "any", "“Any")


def test_the_nearest_passage_is_not_cut_before_the_word_that_differs() -> None:
    """'fair trade' for 'free trade': the hint reaches that word and names it."""
    source = "Intro.\n\nHe said: \u201cWe believe in free trade, and in open markets.\u201d\n"
    found = anchor("We believe in fair trade, and in open markets", NormalisedText(source), None)
    assert found.nearest is not None
    assert found.nearest.text == "said: “We believe in free trade, and in open markets.”"
    assert found.nearest.line == 3
    assert found.nearest.differs == Difference("replace", "fair", "free")


def test_a_typo_near_the_quotes_start_is_read_against_the_passage_it_is_in() -> None:
    """The words before a typo were aligned with the same words sentences
    earlier: "it has 'the' where the quote has 'bordr'", of a passage 24 words
    too early, where the source has 'border' (a user's trial)."""
    source = (
        "The minister said the talks at the border were over, and the minister "
        "left the border town before noon on Friday. Later, officials said "
        "\u201cminister border diplomats way the continue and diplomats troops "
        "defuse summit\u201d \u2014 and nothing more.\n"
    )
    quote = "minister bordr diplomats way the continue and diplomats troops defuse summit"
    found = anchor(quote, NormalisedText(source), None).nearest
    assert found is not None
    assert found.differs == Difference("replace", "bordr", "border")
    assert found.text.startswith("said \u201cminister border diplomats")


def test_words_left_out_before_the_longest_shared_stretch_are_named_as_such() -> None:
    """The window read for the nearest passage reached a few words before the
    stretch the quote shares with the source: a quote leaving out three words
    after its first two was told "the quote has 'Any', which it does not have
    there", of a passage starting after the source's 'Any'."""
    source = "She added: \u201cAny incursion would be a huge mistake. Diplomacy is the way.\u201d\n"
    for quote in (
        "Any incursion huge mistake. Diplomacy is the way",
        "Any incursion mistake. Diplomacy is the way",
    ):
        found = anchor(quote, NormalisedText(source), None).nearest
        assert found is not None
        assert found.differs == Difference("missing", "", "would"), quote
        assert found.text.startswith("added: \u201cAny incursion would be a")


@pytest.mark.parametrize(
    ("quote", "theirs"),
    [("cabinat", "cabinet"), ("Tusday", "Tuesday."), ("cabinat agred", "cabinet")],
)
def test_a_quote_with_no_word_right_is_set_against_the_words_most_like_it(
    quote: str, theirs: str
) -> None:
    """A one-word quote with a typo was told "it has 'The' where the quote has
    'cabinat'": the last word of the window, not the word it misspells."""
    source = "The minister met the cabinet on Tuesday. The cabinet agreed the plan.\n"
    found = anchor(quote, NormalisedText(source), None).nearest
    assert found is not None and found.differs is not None
    assert found.differs.source_word == theirs


def test_a_word_left_out_or_added_is_named_as_such() -> None:
    source = "It is free trade that matters, she said.\n"
    left_out = anchor("It is trade that matters", NormalisedText(source), None).nearest
    assert left_out is not None and left_out.differs == Difference("missing", "", "free")
    added = anchor("It is free trade that really matters", NormalisedText(source), None).nearest
    assert added is not None and added.differs == Difference("extra", "really", "")


def test_decomposed_source_matches_composed_quote() -> None:
    source = unicodedata.normalize("NFD", "Le président a dit « non » hier.")
    found = anchor("président a dit « non »", NormalisedText(source), None)
    assert found.span is not None
    assert unicodedata.normalize("NFC", source[found.span.start : found.span.end]) == (
        "président a dit « non »"
    )


words = st.text(st.sampled_from("abcé’“”—– \n\t"), min_size=1, max_size=60)


@given(words, words, words)
def test_any_quote_cut_from_a_source_is_found_in_its_own_words(
    before: str, middle: str, after: str
) -> None:
    source = before + middle + after
    if says_nothing(middle):
        return  # no words: no quote (quote-no-words)
    found = anchor(middle, NormalisedText(source), None)
    if found.failure == "ambiguous":
        found = anchor(middle, NormalisedText(source), 1)
        assert found.span is not None
    assert found.span is not None
    assert normalise(source[found.span.start : found.span.end]).strip() == normalise(middle).strip()


decomposable = st.text(st.sampled_from("aeéöüḗ한 ‘“—-\n"), min_size=1, max_size=40)


#: every kind of whitespace `str.isspace` knows, beside words and a quote mark
spaced = st.text(st.sampled_from("ab’ \n\t\r\x0b\x0c\x1c\x85\xa0\u2003\u2028\u3000"), max_size=60)


@given(spaced)
def test_every_run_of_whitespace_is_one_space_and_each_character_maps_back(text: str) -> None:
    """The contract's matching form, as the plain rule writes it, and each
    normalised character's span in the original holds what it stands for."""
    normalised = NormalisedText(text)
    assert normalised.text == re.sub(r"\s+", " ", text.replace("’", "'"))
    for position, character in enumerate(normalised.text):
        start, end = normalised.original_span(position, position + 1)
        written = text[start:end]
        if character == " ":
            assert written and written.isspace()
        else:
            assert written.replace("’", "'") == character


@given(decomposable, decomposable, decomposable)
def test_a_quote_cut_from_a_decomposed_source_spans_exactly_its_own_characters(
    before: str, middle: str, after: str
) -> None:
    """The source in NFD, the quote in NFC: the span holds the quote's characters,
    each with its own marks, and nothing of the characters around it."""
    source = unicodedata.normalize("NFD", before + middle + after)
    if says_nothing(middle) or not normalise(middle).strip():
        return
    found = anchor(middle, NormalisedText(source), None)
    if found.failure == "ambiguous":
        found = anchor(middle, NormalisedText(source), 1)
    assert found.span is not None
    spanned = source[found.span.start : found.span.end]
    assert normalise(spanned).strip() == normalise(middle).strip()


def test_a_text_with_no_blank_line_has_one_paragraph_a_line() -> None:
    """Web text often has one paragraph a line and no blank line (the contract)."""
    text = "First line here.\nSecond line with hello world in it.\nThird line.\n"
    span = anchor("hello world", NormalisedText(text), None).span
    assert span is not None
    assert text[span.paragraph_start : span.paragraph_end] == "Second line with hello world in it."
    assert paragraphs(text) == [(0, 16), (17, 52), (53, 64)]


@pytest.mark.parametrize("edges", [("", "\n\n"), ("\n\n", ""), ("\r\n\r\n", "\r\n  \r\n")])
def test_blank_lines_before_the_first_line_or_after_the_last_separate_nothing(
    edges: tuple[str, str],
) -> None:
    """A text of one paragraph a line stays so with a blank line at its end:
    that line separates no paragraphs (an audit: the whole text became one)."""
    lines = "First line here.\nSecond line with hello world in it.\nThird line.\n"
    text = edges[0] + lines + edges[1]
    span = anchor("hello world", NormalisedText(text), None).span
    assert span is not None
    assert text[span.paragraph_start : span.paragraph_end] == "Second line with hello world in it."
    assert len(paragraphs(text)) == 3


def test_blank_lines_separate_paragraphs_when_there_are_any_crlf_too() -> None:
    text = "Para one\r\nstill one.\r\n\r\nPara two, hello world.\r\nstill two.\r\n"
    span = anchor("hello world", NormalisedText(text), None).span
    assert span is not None
    paragraph = text[span.paragraph_start : span.paragraph_end]
    assert paragraph.split() == ["Para", "two,", "hello", "world.", "still", "two."]
    assert [text[a:b].split()[0] for a, b in paragraphs(text)] == ["Para", "Para"]
    assert len(paragraphs(text)) == 2


@pytest.mark.parametrize("blank", ["\u00a0", "\u3000", " \u00a0\t", "\u202f"])
def test_a_line_of_only_a_no_break_space_is_a_blank_line(blank: str) -> None:
    """Copied from a web page, a paragraph break is often a line holding only
    `&nbsp;`: it was taken for a text with no blank line, each line a
    paragraph, and an elision across lines was refused (a contract audit)."""
    text = (
        "The minister said that any incursion\nwould be a massive mistake.\n"
        f"{blank}\nShe added that diplomacy remains\nthe only way forward.\n"
    )
    assert [text[a:b].split()[:2] for a, b in paragraphs(text)] == [
        ["The", "minister"],
        ["She", "added"],
    ]
    found = anchor("any incursion would be … the only way forward", NormalisedText(text), None)
    assert found.span is not None


ELIDED = (
    "He spoke of the principles of the reforms, and of how to avoid a repetition of the "
    "crisis. Later he said they must abide 20th century rules.\n\n"
    "Another paragraph: a repetition of the crisis would be costly.\n"
)


@pytest.mark.parametrize("mark", ["…", "...", "[…]", "[...]"])
def test_an_elided_quote_is_found_part_by_part_in_one_paragraph(mark: str) -> None:
    quote = f"principles of the reforms {mark} repetition of the crisis"
    found = anchor(quote, NormalisedText(ELIDED), None)
    assert found.span is not None, found
    assert [ELIDED[a:b] for a, b in found.span.parts] == [
        "principles of the reforms",
        "repetition of the crisis",
    ]
    assert ELIDED[found.span.start : found.span.end].startswith("principles")
    assert found.span.paragraph_end < ELIDED.index("Another")


def test_elided_parts_must_keep_their_order() -> None:
    text = NormalisedText(ELIDED)
    backwards = anchor("repetition of the crisis … principles of the reforms", text, None)
    assert (backwards.failure, backwards.part) == ("part-not-found", "principles of the reforms")


THREE_PARAGRAPHS = ELIDED + "\nA third paragraph, which the first part is two away from.\n"


def test_an_elided_part_may_stand_in_the_paragraph_after_the_first() -> None:
    """ "Within one paragraph of the first" (the contract): the first part's
    paragraph or the one right after it. The reader is handed both."""
    found = anchor("abide 20th century rules … would be costly", NormalisedText(ELIDED), None)
    assert found.span is not None, found
    assert [ELIDED[a:b] for a, b in found.span.parts] == [
        "abide 20th century rules",
        "would be costly",
    ]
    assert ELIDED[found.span.paragraph_start : found.span.paragraph_end] == ELIDED.strip()


def test_an_elided_part_two_paragraphs_on_is_refused() -> None:
    text = NormalisedText(THREE_PARAGRAPHS)
    far = anchor("abide 20th century rules … the first part is two away", text, None)
    assert (far.failure, far.part) == ("part-not-found", "the first part is two away")
    assert far.part_elsewhere
    # One paragraph on from the first part, not from the part before it.
    chained = anchor(
        "abide 20th century rules … would be costly … the first part is two away", text, None
    )
    assert (chained.failure, chained.part) == ("part-not-found", "the first part is two away")
    # In the next paragraph, but before the part it follows in the quote.
    backwards = anchor("A third paragraph, which … a repetition of the crisis would", text, None)
    assert backwards.failure == "part-not-found"


def test_an_insertion_is_the_authors_and_not_matched() -> None:
    found = anchor("they must abide [by] 20th century rules", NormalisedText(ELIDED), None)
    assert found.span is not None
    assert ELIDED[found.span.start : found.span.end] == "they must abide 20th century rules"
    only = anchor("[the president]", NormalisedText(ELIDED), None)
    assert only.failure == "only-insertions"


def test_each_part_of_an_elided_quote_has_three_words_at_least() -> None:
    short = anchor("principles of the reforms … the crisis", NormalisedText(ELIDED), None)
    assert (short.failure, short.part) == ("part-too-short", "the crisis")


@pytest.mark.parametrize(
    "quote",
    ["principles of the reforms … … repetition of the crisis",
     "principles of the reforms … [then] … repetition of the crisis"],
)  # fmt: skip
def test_two_elisions_together_make_a_part_of_no_words(quote: str) -> None:
    """Accepted before (an author's trial): the empty part was dropped unseen."""
    found = anchor(quote, NormalisedText(ELIDED), None)
    assert (found.failure, found.part) == ("part-too-short", "")


def test_a_dash_or_a_stray_mark_is_no_word_of_a_part() -> None:
    source = "The Mayor said a toll of 10–20 euros — maybe — was floated.\n"
    padded = anchor("The Mayor said … — maybe —", NormalisedText(source), None)
    assert (padded.failure, padded.part) == ("part-too-short", "— maybe —")
    counted = anchor("The Mayor said … of 10–20 euros", NormalisedText(source), None)
    assert counted.span is not None  # "10–20" is a word


def test_occurrence_counts_matches_of_the_whole_elided_quote() -> None:
    source = "one two three and four five six.\n\none two three then four five six.\n"
    text = NormalisedText(source)
    assert anchor("one two three … four five six", text, None).failure == "ambiguous"
    second = anchor("one two three … four five six", text, 2).span
    assert second is not None and second.start == source.rindex("one two three")


def test_brackets_the_source_itself_holds_are_matched_as_text() -> None:
    source = "The memo says the [sic] figure, then wait ... what, then a [ stray.\n"
    text = NormalisedText(source)
    for quote in ("says the [sic] figure", "then a [ stray"):
        found = anchor(quote, text, None)
        assert found.span is not None, (quote, found)
        assert source[found.span.start : found.span.end] == quote
    assert anchor("then a [ stranger", text, None).failure == "unreadable"


def test_an_elision_the_source_itself_holds_is_still_an_elision() -> None:
    """The contract reads brackets as text when nothing else reads, never an
    elision: "wait ... what" has parts of two words and one (an audit found it
    accepted as plain text)."""
    source = "The memo says the figure, then wait ... what, it was never sent.\n"
    found = anchor("then wait ... what", NormalisedText(source), None)
    assert (found.failure, found.part) == ("part-too-short", "then wait")
    longer = anchor("figure, then wait ... what, it was", NormalisedText(source), None)
    assert longer.span is not None


def test_an_insertion_may_stand_in_place_of_a_few_of_the_sources_words() -> None:
    """`[the bridge]` for "it": the speaker's words around it are found, close by."""
    source = "We will reopen it as soon as the repairs are done, and not a day later.\n"
    text = NormalisedText(source)
    found = anchor("We will reopen [the bridge] as soon as the repairs are done", text, None)
    assert found.span is not None
    assert [source[a:b] for a, b in found.span.pieces] == [
        "We will reopen",
        "as soon as the repairs are done",
    ]
    too_far = anchor("We will reopen [it] and not a day later", text, None)
    assert (too_far.failure, too_far.part) == ("part-not-found", "and not a day later")


def test_a_quote_without_an_elision_may_run_across_a_paragraph_break() -> None:
    """The contract asks one paragraph only of an elision's parts; a whole quote
    must occur, and a paragraph break is a run of whitespace, so it does. The
    reader is handed both paragraphs."""
    text = "He said it was over.\n\nAnd then he left the room.\n"
    span = anchor("it was over. And then he left", NormalisedText(text), None).span
    assert span is not None
    assert text[span.paragraph_start : span.paragraph_end] == text.rstrip()


# --- texts where the words occur a great many times ---------------------------

#: A paragraph of one repeated word, where "word word word" occurs 18 times
#: (a full stop ends it: the quote would otherwise run on into the next).
REPEATED = "word " * 19 + "word.\n\n"


def test_a_quote_in_a_text_of_endless_repeats_finds_its_occurrence_and_stops() -> None:
    """The checker placed every match with a scan from the start of the text:
    an 800 KB text of repeats took two minutes, a 30 MB one never ended."""
    text = REPEATED * 20_000
    found = anchor("word word word", NormalisedText(text), 20)
    assert found.span is not None
    assert found.span.line == 3  # the 20th match is in the second paragraph
    assert text[found.span.paragraph_start : found.span.paragraph_end] == REPEATED.strip()


def test_an_ambiguous_quote_is_counted_up_to_a_bound_and_a_few_lines_said() -> None:
    found = anchor("word word word", NormalisedText(REPEATED * 20_000), None)
    assert found.failure == "ambiguous"
    assert found.count == 1000  # "at least 1000", not 360,000
    assert found.lines == (1,) * 10


def test_an_occurrence_beyond_the_last_is_counted_to_the_end() -> None:
    found = anchor("word word word", NormalisedText(REPEATED * 2000), 10**9)
    assert found.failure == "occurrence-out-of-range" and found.count == 18 * 2000


@given(st.text(alphabet="ab \n", max_size=60), st.integers(0, 60), st.integers(0, 60))
def test_paragraphs_and_lines_are_placed_as_a_scan_of_the_text_places_them(
    text: str, one: int, other: int
) -> None:
    """The bisect over breaks found once gives what scanning from the start gave,
    for spans that begin and end on words (as a match does)."""
    start, end = sorted((min(one, len(text)), min(other, len(text))))
    if start == end or text[start].isspace() or text[end - 1].isspace():
        return
    source = NormalisedText(text)
    breaks = paragraph_break(text)
    paragraph_start = 0
    for match in breaks.finditer(text, 0, start):
        paragraph_start = match.end()
    following = breaks.search(text, end)
    paragraph_end = following.start() if following else len(text.rstrip())
    assert source.paragraph_around(start, end) == (paragraph_start, max(paragraph_end, end))
    assert source.line_of(start) == text.count("\n", 0, start) + 1


# --- quotes far longer than any passage ---------------------------------------

#: A paragraph of 120 words, longer than the part of a quote a hint is sought with.
LONG_PARAGRAPH = " ".join(f"w{n}" for n in range(120)) + "."
LONG_SOURCE = f"Intro.\n\nShe said: “{LONG_PARAGRAPH}” And left.\n\nThe end.\n"


def test_a_very_long_quote_that_leaves_its_source_is_said_where_it_leaves() -> None:
    """The nearest passage was sought with the whole quote, at a cost of the source's
    length times the quote's: a 200 KB quote took 5 s, a 2 MB one over a minute."""
    quote = LONG_PARAGRAPH[:-1] + " word" * 40_000
    found = anchor(quote, NormalisedText(LONG_SOURCE), None)
    assert found.failure == "not-found" and found.nearest is not None
    assert found.nearest.line == 3
    assert found.nearest.differs == Difference("replace", "word", "And")
    assert "w118 w119.” And" in found.nearest.text


def test_a_very_long_quote_that_differs_from_its_start_is_said_from_its_start() -> None:
    quote = "w0 w1 w2 nothing like it" + " word" * 40_000
    found = anchor(quote, NormalisedText(LONG_SOURCE), None)
    assert found.nearest is not None and found.nearest.line == 3
    assert found.nearest.differs == Difference("replace", "nothing", "w3")


def test_a_very_long_quote_that_its_source_holds_is_found() -> None:
    paragraph = " ".join(["alpha beta gamma delta"] * 40_000) + "."
    text = f"Intro.\n\n{paragraph}\n\nThe end.\n"
    found = anchor(paragraph, NormalisedText(text), None)
    assert found.span is not None
    assert text[found.span.start : found.span.end] == paragraph
    assert found.span.line == 3


def test_a_very_long_elided_part_in_another_paragraph_is_placed_at_its_start() -> None:
    """A part the source holds elsewhere is said to be there: at the line it starts on."""
    part = " ".join(f"v{n}" for n in range(200))
    text = f"Intro words here.\n\nNext.\n\nOther words.\n{part}\n"
    found = anchor(f"Intro words here. … {part}", NormalisedText(text), None)
    assert found.failure == "part-not-found" and found.part_elsewhere
    assert found.nearest is not None and found.nearest.line == 6


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("Flights to Köln", "Flights to Ko\u0308ln"),
        ("Müller", "Mu\u0308ller"),
        ("Köln-Bonn", "Ko\u0308ln-Bonn"),
        ("resume, said (Müller", "resume, said (Mu\u0308ller"),
    ],
)
def test_a_decomposed_word_maps_back_to_the_quotes_own_characters(
    quote: str, expected: str
) -> None:
    # Not to the whole run of characters between two spaces: the reader
    # highlights the span, so "(Müller)." would show words the quote lacks.
    source = "Flights to Ko\u0308ln-Bonn-Flughafen-Terminal-Zwei resume, said (Mu\u0308ller)."
    found = anchor(quote, NormalisedText(source), None)
    assert found.span is not None
    assert source[found.span.start : found.span.end] == expected


def test_hangul_jamo_compose_across_pieces_and_still_match() -> None:
    jamo = unicodedata.normalize("NFD", "한국 말")  # conjoining jamo: no combining class
    found = anchor("한국", NormalisedText(f"({jamo})"), None)
    assert found.span is not None
    assert unicodedata.normalize("NFC", f"({jamo})"[found.span.start : found.span.end]) == "한국"


def test_a_ligature_is_not_said_to_differ_in_case() -> None:
    found = anchor("It was fine today", NormalisedText("It was \ufb01ne today, she said."), None)
    assert found.nearest is not None and found.nearest.differs is not None
    assert not found.nearest.differs.only_in_case  # 'ﬁ' is not 'fi' in another case
    cased = anchor("it was fine", NormalisedText("It was fine today."), None)
    assert cased.nearest is not None and cased.nearest.differs is not None
    assert cased.nearest.differs.only_in_case


def test_a_long_quotes_difference_is_said_in_its_own_marks() -> None:
    """The hint looks for a long quote's nearest passage from near where it
    leaves the source: the word it names is still the quote's own, as written
    (its '—', not the '-' it is matched as)."""
    words = " ".join(f"word{n}" for n in range(120))
    source = NormalisedText(f"{words} and then -- the end of it.\n")
    found = anchor(f"{words} and then — the end of it.", source, None)
    assert found.failure == "not-found" and found.nearest is not None
    assert found.nearest.differs == Difference("punctuation", "—", "--")
    curly = anchor("word1 word2 Ukraine’s word3", source, None)
    assert curly.nearest is not None and curly.nearest.differs is not None
    assert curly.nearest.differs.quote_word == "Ukraine’s"


def test_a_mark_glued_to_its_word_is_said_to_lack_the_space_the_source_has() -> None:
    """`rien!` for the source's `rien !` (French sets a narrow no-break space before
    `!`): the hint said the source "has '!' there, which the quote leaves out",
    of a quote that has it (a multilingual author's trial)."""
    source = (
        "Il a déclaré\u00a0: « Nous ne lâcherons rien\u202f! Tant que le gouvernement "
        "n’aura pas cédé. »\n"
    )
    found = anchor("Nous ne lâcherons rien! Tant que le gouvernement", NormalisedText(source), None)
    assert found.nearest is not None
    assert found.nearest.differs == Difference("space", "rien!", "!")
    hint = passage_hint(found.nearest)
    assert hint is not None
    assert hint.endswith("it has a space before '!', which the quote's 'rien!' leaves out")
    assert anchor("Nous ne lâcherons rien ! Tant", NormalisedText(source), None).span is not None


@pytest.mark.parametrize(
    ("quote", "said"),
    [
        ("知事は「真剣に受け止める」と述べた", "it has 'は「真摯' where the quote has 'は「真剣'"),
        (
            "住民団体が2022年から反対運動を続けてきた",
            "it has '団体が２０２２' where the quote has '団体が2022': the source writes them "
            "in full-width forms",
        ),
    ],
)
def test_a_script_without_spaces_is_told_the_characters_that_differ(quote: str, said: str) -> None:
    """A "word" of Japanese is a whole sentence: the hint named the whole paragraph
    as the word that differs, where one character did (a multilingual author's trial)."""
    source = (
        "山川ダム計画を巡っては、住民団体が２０２２年から反対運動を続けてきた。"
        "知事は「真摯に受け止める」と述べた。\n"
    )
    found = anchor(quote, NormalisedText(source), None)
    hint = passage_hint(found.nearest)
    assert hint is not None and hint.endswith(" — " + said)


def test_a_quote_that_leaves_out_a_footnote_mark_is_told_of_its_own_passage(
    tmp_path: Path,
) -> None:
    """A judgment's sentence with a footnote mark glued to a word, and the same
    sentence with another figure elsewhere: the hint named the other one ("it
    has '£195m' where the quote has '£111m'"), which the author would have
    "corrected" into a quote of the wrong finding (a trial of long documents).
    It names the quote's own passage, and the mark."""
    source = (
        "12. The minister was not told that the estimate of £195m rested on a single survey.\n\n"
        "Much later, the court heard other evidence on the matter of the bridges.\n\n"
        "44. The minister was not told that the[2] estimate of £111m rested on a single "
        "survey.\n"
    )
    quote = "The minister was not told that the estimate of £111m rested on a single survey."
    problems = quote_checked(tmp_path, quote, source)
    assert [p.code for p in problems] == ["quote-not-found"]
    hint = problems[0].hint or ""
    assert "(line 5 of the source)" in hint and "£195m" not in hint
    assert "it has 'the[2]' where the quote has 'the'" in hint
    assert "footnote mark '[2]'; leave it out with an elision, three words or more on" in hint
    assert "('… the […] …')" in hint
    # as the hint says: the quote is found
    elided = "The minister was not told that the […] estimate of £111m rested on a single survey."
    assert quote_checked(tmp_path / "elided", elided, source) == []


@given(
    st.lists(
        st.tuples(st.sampled_from(["word", "the", "£111m", "survey.", "a"]), st.booleans()),
        min_size=1,
        max_size=12,
    ),
    st.integers(0, 11),
    st.integers(1, 6),
)
def test_words_found_past_footnote_marks_are_placed_where_the_source_has_them(
    words: list[tuple[str, bool]], first: int, size: int
) -> None:
    """Read without its marks, the span found is the quote's words."""
    source = " ".join(word + (f"[{n}]" if marked else "") for n, (word, marked) in enumerate(words))
    wanted = " ".join(word for word, _ in words[first : first + size])
    found = found_past_footnote_marks(source, wanted)
    if not wanted or not any(marked for _, marked in words):
        assert found is None
        return
    assert found is not None
    assert FOOTNOTE_MARK.sub("", source[found[0] : found[1]]) == wanted

"""Elisions and insertions, end to end: checked, indexed, and read back part by part."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import BASE_FILES, briefing_files, check, write_folder

from briefing.check.report import problem_line
from briefing.index.store import INDEX_FORMAT, open_index
from briefing.records.editorial import Segment
from briefing.records.normalised_text import NormalisedText

#: The codes an ellipsis at a quote's edge is reported under: each case keeps its own.
NOT_FOUND, SHORT = "quote-not-found", "elision-part-too-short"

SOURCE = (
    "He spoke of the principles of the reforms, and of how to avoid a repetition "
    "of the crisis.\nThey must abide 20th century rules, he said.\n"
)


def briefing_quoting(text: str) -> dict[str, str | bytes | None]:
    base = str(BASE_FILES["briefing.yaml"]).replace("text: hello world", f"text: {text}")
    return briefing_files(**{"briefing.yaml": base, "sources/s.txt": SOURCE})


def test_an_elided_quote_is_indexed_with_its_parts(tmp_path: Path) -> None:
    folder = write_folder(
        tmp_path / "b", briefing_quoting("principles of the reforms … repetition of the crisis")
    )
    assert check(folder) == []
    quote = open_index(folder, tmp_path / "index.json").briefing("b").quotes[0]
    assert quote.span is not None
    assert [SOURCE[a:b] for a, b in quote.span.pieces] == [
        "principles of the reforms",
        "repetition of the crisis",
    ]


def test_an_insertion_is_accepted(tmp_path: Path) -> None:
    inserted = write_folder(
        tmp_path / "i", briefing_quoting("They must abide [by] 20th century rules")
    )
    assert check(inserted) == []


def test_a_part_may_stand_in_the_paragraph_after_the_first_parts(tmp_path: Path) -> None:
    """ "Within one paragraph of the first" (the contract), as plain English reads
    it: a new user's quote whose second part was in the next paragraph was refused
    as not "in the same paragraph". (This text has one paragraph a line.) Accepted,
    and warned of: parts in two paragraphs, or a transcript's two lines, may be
    two people's words."""
    folder = write_folder(
        tmp_path / "n", briefing_quoting("the principles of the reforms … abide 20th century rules")
    )
    assert [problem.code for problem in check(folder)] == ["elision-joins-passages"]
    quote = open_index(folder, tmp_path / "index.json").briefing("b").quotes[0]
    assert quote.span is not None
    assert SOURCE[quote.span.paragraph_start : quote.span.paragraph_end] == SOURCE.strip()


def test_a_part_two_paragraphs_on_or_out_of_order_is_refused(tmp_path: Path) -> None:
    far = write_folder(
        tmp_path / "a",
        briefing_quoting("the principles of the reforms … later on, two lines down"),
    )
    (tmp_path / "a" / "sources" / "s.txt").write_text(
        SOURCE + "It came later on, two lines down.\n"
    )
    (problem,) = check(far)
    assert problem.code == "quote-not-found"
    assert "'later on, two lines down'" in problem.message
    assert "within one paragraph of the first part" in problem.message
    assert "same paragraph" not in problem.message
    # The part is in the source: the hint says why it does not count, not how it differs.
    assert problem.hint is not None
    assert problem.hint.startswith("those words are at line 3 of the source, but not after")
    assert "the first part's paragraph or the one right after it" in problem.hint
    backwards = write_folder(
        tmp_path / "o",
        briefing_quoting("They must abide 20th century rules … the principles of the reforms"),
    )
    (problem,) = check(backwards)
    assert problem.code == "quote-not-found"
    assert "'the principles of the reforms'" in problem.message


def test_a_part_not_in_the_source_at_all_gets_the_nearest_passage(tmp_path: Path) -> None:
    changed = write_folder(
        tmp_path / "c", briefing_quoting("the principles of the reforms … repetition of the panic")
    )
    (problem,) = check(changed)
    assert problem.hint is not None
    assert "where the quote has 'panic'" in problem.hint


def test_an_insertion_over_more_words_than_it_may_replace_is_said_so(tmp_path: Path) -> None:
    """The message spoke of elisions and paragraphs for a quote that has neither
    (a new user's trial): an insertion stands in for at most five words."""
    folder = write_folder(
        tmp_path / "w", briefing_quoting("He spoke [on] how to avoid a repetition")
    )
    (problem,) = check(folder)
    assert problem.code == "quote-not-found"
    assert "'how to avoid a repetition'" in problem.message and "within 5 words" in problem.message
    assert problem.hint is not None and "at most 5" in problem.hint and "elision" in problem.hint
    assert "paragraph" not in problem.message + problem.hint


@pytest.mark.parametrize(
    ("quote", "problems"),
    [
        # "of the principles of the" (five words) stands for [about]
        ("He spoke [about] reforms, and of how", []),
        # "of the principles of the reforms," (six words): one too many
        ("He spoke [about] and of how to avoid", ["quote-not-found"]),
    ],
    ids=["five words", "six words"],
)
def test_an_insertion_stands_in_for_at_most_five_words(
    tmp_path: Path, quote: str, problems: list[str]
) -> None:
    """docs/format.md: an insertion stands "in place of at most five of its words"."""
    folder = write_folder(tmp_path / "w", briefing_quoting(quote))
    assert [p.code for p in check(folder)] == problems


def test_a_quote_opening_with_an_ellipsis_is_told_to_lose_it(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "e", briefing_quoting("… They must abide 20th century rules"))
    (problem,) = check(folder)
    assert problem.code == "quote-not-found"  # as before: codes are stable
    assert "starts with an ellipsis" in problem.message
    assert problem.hint is not None
    assert problem.hint.startswith("delete the '…'")


def _without_text(quote: str) -> dict[str, str | bytes | None]:
    """The base briefing whose source has no text file, quoting `quote`."""
    base = str(BASE_FILES["briefing.yaml"]).replace("    text: sources/s.txt\n", "")
    return briefing_files(**{"briefing.yaml": base.replace("text: hello world", f"text: {quote}")})


def test_the_rules_of_a_quotes_own_words_hold_when_its_source_has_no_text(
    tmp_path: Path,
) -> None:
    """The contract states them whatever the source: an audit found quotes
    breaking them accepted, unchecked, because their source had no text file."""
    cases = {
        "'[the mayor]'": "quote-only-insertions",
        "Any incursion … mistake": "elision-part-too-short",
        "'[…]'": "quote-no-words",
        "''": "quote-no-words",
    }
    for number, (quote, code) in enumerate(cases.items()):
        folder = write_folder(tmp_path / f"b{number}", _without_text(quote))
        assert code in {p.code for p in check(folder) if p.is_error}, quote
    for number, quote in enumerate(
        ("they must abide [by] the rules", "abide [by the rules", "'!'", "'— …'")
    ):
        # an insertion; a bracket the source may hold (no one can tell without
        # its text); punctuation alone, as a tweet may be: words one may quote
        fine = write_folder(tmp_path / f"fine{number}", _without_text(quote))
        assert [p for p in check(fine) if p.is_error] == [], quote


def test_a_quote_of_no_words_is_refused_even_with_an_occurrence(tmp_path: Path) -> None:
    """`text: ""` was "ambiguous" (it occurs everywhere), and with the
    `occurrence: N` its hint asked for, it was accepted (an audit)."""
    base = str(BASE_FILES["briefing.yaml"]).replace(
        "text: hello world", "text: ''\n    occurrence: 3"
    )
    folder = write_folder(tmp_path / "b", briefing_files(**{"briefing.yaml": base}))
    assert [p.code for p in check(folder)] == ["quote-no-words"]  # said once, as an error


def test_two_elisions_together_are_said_as_such(tmp_path: Path) -> None:
    folder = write_folder(
        tmp_path / "b", briefing_quoting("principles of the reforms … … repetition of the crisis")
    )
    problems = check(folder)
    assert [p.code for p in problems] == ["elision-part-too-short"]
    assert "stand together" in problems[0].message


@pytest.mark.parametrize(
    ("quote", "edge"),
    [
        ("'[…] They must abide 20th century rules'", "starts"),
        ("'[...] They must abide 20th century rules'", "starts"),
        ("They must abide 20th century rules […]", "ends"),
        ("'[The reformer] … They must abide 20th century rules'", "starts"),
        ("principles of the reforms … [he added]", "ends"),
    ],
    ids=["[…] first", "[...] first", "[…] last", "insertion, then …", "…, then insertion"],
)
def test_an_elision_with_no_part_on_one_side_is_refused(
    tmp_path: Path, quote: str, edge: str
) -> None:
    """The contract: with an elision "the quote is then made of parts" and "each
    part must be at least three words". A bracketed elision first or last (or
    with only the author's [words] beside it) leaves a part of none of the
    speaker's words; it was accepted (an audit), while a bare '… ' there is not."""
    for number, files in enumerate((briefing_quoting(quote), _without_text(quote))):
        folder = write_folder(tmp_path / f"b{number}", files)
        problems = [p for p in check(folder) if p.is_error]
        assert [p.code for p in problems] == ["elision-part-too-short"], quote
        assert f"{edge} with an ellipsis" in problems[0].message
        assert problems[0].hint is not None


def test_an_elision_between_parts_beside_an_insertion_is_still_fine(tmp_path: Path) -> None:
    quote = "'[He spoke of] the principles of the reforms … repetition of the crisis'"
    folder = write_folder(tmp_path / "b", briefing_quoting(quote))
    assert check(folder) == []


def test_an_insertion_right_after_an_elision_lets_the_next_part_stand_far_on(
    tmp_path: Path,
) -> None:
    """`… [insertion]` is still an elision: the words after it may stand anywhere
    further on in the paragraph, not within the five words an insertion alone
    stands for. ("repetition" is nine words after "principles".)"""
    quote = "'He spoke of the principles … [a] repetition of the crisis'"
    folder = write_folder(tmp_path / "b", briefing_quoting(quote))
    assert check(folder) == []
    quote_read = open_index(folder, tmp_path / "index.json").briefing("b").quotes[0]
    assert quote_read.span is not None
    assert [SOURCE[a:b] for a, b in quote_read.span.pieces] == [
        "He spoke of the principles",
        "repetition of the crisis",
    ]


def _later_place_briefing(tmp_path: Path) -> Path:
    """A quote whose later part fits only at its second place: the first "one two
    three" stands six words before "five six", too many for an insertion."""
    source = (
        "Red green blue, then one two three and four and more and more five, "
        "and later one two three it five six.\n"
    )
    base = str(BASE_FILES["briefing.yaml"]).replace(
        "text: hello world", "text: Red green blue … one two three [then] five six"
    )
    return write_folder(
        tmp_path / "b", briefing_files(**{"briefing.yaml": base, "sources/s.txt": source})
    )


def test_a_later_part_is_looked_for_further_on_when_its_first_place_leaves_no_room(
    tmp_path: Path,
) -> None:
    """The audit of the contract: the first "one two three" stands six words
    before "five six", too many for an insertion; the second stands right
    before it. Only the first was tried, and the quote was refused."""
    folder = _later_place_briefing(tmp_path)
    source = (folder / "sources" / "s.txt").read_text(encoding="utf-8")
    assert check(folder) == []
    quote = open_index(folder, tmp_path / "index.json").briefing("b").quotes[0]
    assert quote.span is not None
    assert [source[a:b] for a, b in quote.span.pieces] == [
        "Red green blue",
        "one two three",
        "five six",
    ]
    assert quote.span.pieces[1][0] == source.index("one two three it")


def test_an_ellipsis_between_two_words_with_no_space_is_said_to_need_spaces(
    tmp_path: Path,
) -> None:
    """`argument...and` was told only where the nearest passage differs (an
    author's trial): the author meant an elision, which takes a space each side."""
    folder = write_folder(
        tmp_path / "g", briefing_quoting("principles of the reforms...repetition of the crisis")
    )
    (problem,) = check(folder)
    assert problem.code == "quote-not-found"
    assert problem.hint == (
        "the quote has 'reforms...repetition': an elision is written with a space on each "
        "side (reforms ... repetition); without, the ellipsis is matched as text"
    )


@pytest.mark.parametrize(
    ("quote", "said"),
    [
        ("当面……緩和的な金融環境が続く", "the quote has '……', which is matched as text"),
        ("当面（中略）緩和的な金融環境が続く", "'（中略）', which is matched as text"),
        ("当面、［日本では］緩和的な金融環境が続く", "square brackets [日本では], not full-width"),
    ],
)
def test_a_japanese_elision_or_insertion_is_told_how_the_contract_writes_it(
    tmp_path: Path, quote: str, said: str
) -> None:
    """`……`, `（中略）` and `［ ］`, as Japanese writes them, were matched as text
    and the quote "not found" with no hint (a correspondent's trial)."""
    source = "植田総裁は「当面、緩和的な金融環境が続く」と述べた。\n"
    files = briefing_quoting(quote)
    files["sources/s.txt"] = source
    (problem,) = check(write_folder(tmp_path / "j", files))
    assert problem.code == "quote-not-found"
    assert problem.hint is not None and said in problem.hint, problem.hint


@pytest.mark.parametrize(
    ("source", "quoted"), [("wait...what", "wait…what"), ("wait…what", "wait...what")]
)
def test_an_ellipsis_written_otherwise_than_the_source_s_is_said_so(
    source: str, quoted: str, tmp_path: Path
) -> None:
    """`wait…what` where the source has `wait...what` was told to take a space on
    each side: an elision of two-word parts, refused in turn (an author's trial)."""
    files = briefing_files(
        **{
            "briefing.yaml": str(BASE_FILES["briefing.yaml"]).replace(
                "text: hello world", f"text: The cost was {quoted} nobody expected"
            ),
            "sources/s.txt": f"He said: The cost was {source} nobody expected at all.\n",
        }
    )
    (problem,) = check(write_folder(tmp_path / "g", files))
    assert problem.code == "quote-not-found"
    assert problem.hint == (
        f"the source has '{source}' where the quote has '{quoted}': write the ellipsis as "
        "the source does"
    )


def _first_places_only(
    wanted: list[Segment], needles: list[str], source: NormalisedText
) -> Iterator[tuple[list[tuple[int, int]], tuple[int, int]]]:
    """The search before the index's format 12: each later part at its first
    place alone (`anchoring._matches` of format 11, for a file it wrote)."""
    from briefing.records.editorial import MAX_INSERTION_WORDS, Piece, word_count

    text, original = source.text, source.original
    position = text.find(needles[0])
    while position != -1:
        first = source.original_span(position, position + len(needles[0]))
        paragraph = source.paragraph_around(*first)
        limit = source.next_paragraph_end(paragraph[1])
        found, after = [first], position + len(needles[0])
        for segment, needle in zip(wanted[1:], needles[1:], strict=True):
            at = text.find(needle, after)
            if at == -1:
                break
            span = source.original_span(at, at + len(needle))
            between = original[found[-1][1] : span[0]]
            if span[1] > limit or (
                segment.after is Piece.INSERTION and word_count(between) > MAX_INSERTION_WORDS
            ):
                break
            found.append(span)
            after = at + len(needle)
        if found[-1][1] > paragraph[1]:
            paragraph = (paragraph[0], limit)
        yield found, paragraph
        position = text.find(needles[0], position + 1)


def test_an_index_written_under_the_first_places_rule_is_built_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A quote refused when only a part's first place was tried stayed refused in
    the reader (its index file reused: same digests, same format) while check
    now passes it. The index of the version before says format 11."""
    from briefing.records import anchoring

    folder = _later_place_briefing(tmp_path)
    index = tmp_path / "index.json"
    with monkeypatch.context() as older:
        older.setattr(anchoring, "_matches", _first_places_only)
        with pytest.raises(KeyError):
            open_index(folder, index).briefing("b")  # refused, as the version before did
    for written in [index, *index.with_name(index.name + ".briefings").rglob("*")]:
        if written.is_file():
            data = written.read_bytes()
            written.write_bytes(data.replace(f'"format":{INDEX_FORMAT}'.encode(), b'"format":11'))
    quote = open_index(folder, index).briefing("b").quotes[0]
    assert quote.span is not None


def test_an_ellipsis_glued_as_the_source_has_it_is_not_blamed(tmp_path: Path) -> None:
    """A review: the source writes `Well...I` itself, and the quote differs at
    another word; the hint said the ellipsis needed spaces (an elision of a
    one-word part, refused in turn) and hid the word that differs."""
    source = "He said: Well...I think we will win the vote. Then he left.\n"
    base = str(BASE_FILES["briefing.yaml"]).replace(
        "text: hello world", "text: Well...I think we will lose the vote"
    )
    folder = write_folder(
        tmp_path / "b", briefing_files(**{"briefing.yaml": base, "sources/s.txt": source})
    )
    (problem,) = check(folder)
    assert problem.code == "quote-not-found"
    assert problem.hint is not None
    assert "space on each side" not in problem.hint
    assert "'win' where the quote has 'lose'" in problem.hint


def test_a_long_word_not_in_the_source_gets_its_hint_at_once() -> None:
    """The pattern for a glued ellipsis tried each character of a word as its
    start, reading on to the word's end each time: a quote of 200,000
    characters without a space took minutes to be told it is not found."""
    from briefing.check.anchor_failures import not_found_hint

    assert not_found_hint("x" * 200_000, None) is None
    glued = not_found_hint("y" * 100_000 + " well...and", None)
    assert glued is not None and "(well ... and)" in glued


def test_every_part_too_short_is_named(tmp_path: Path) -> None:
    """`The crew … station` was told of 'The crew' alone: mending it, the
    author met 'station' next (an author's trial)."""
    folder = write_folder(tmp_path / "b", briefing_quoting("the principles … the crisis"))
    (problem,) = check(folder)
    assert problem.code == "elision-part-too-short"
    assert problem.message == (
        "the parts 'the principles' and 'the crisis' of this quote are each under 3 words: "
        "the parts an elision separates need at least 3 each"
    )


def test_a_short_part_is_not_said_to_stand_between_elisions(tmp_path: Path) -> None:
    """'station' in `The crew will actually go to sleep … station` stands after
    the one elision, not "between elisions", as the problem said it did."""
    quote = "the principles of the reforms … the crisis"
    (problem,) = check(write_folder(tmp_path / "b", briefing_quoting(quote)))
    assert problem.code == "elision-part-too-short"
    assert problem.message == (
        "the part 'the crisis' of this quote is under 3 words: the parts an elision "
        "separates need at least 3 each"
    )
    assert problem.hint == "quote more of the words around it, or drop it with its elision"


def test_an_insertion_the_source_holds_itself_is_warned_of(in_tmp: Path) -> None:
    """An author copied a reporter's own "[space]" with the words around it:
    the contract reads it as an insertion, and the reader showed it as the
    author's words, with nothing said (an author's trial)."""
    source = 'The crew will go to dock for the [space] station," said Norm Knight.\n'
    for number, quote in enumerate(
        ("to dock for the [space] station", "'[The crew] will go to dock for the [space]'")
    ):
        base = str(BASE_FILES["briefing.yaml"]).replace("text: hello world", f"text: {quote}")
        files = briefing_files(**{"briefing.yaml": base, "sources/s.txt": source})
        write_folder(in_tmp / f"b{number}", files)
        problems = check(in_tmp / f"b{number}")
        assert [problem_line(p) for p in problems] == [
            f"b{number}/briefing.yaml:20:11: warning[insertion-in-source]: the source 's' "
            "itself has '[space]' here, in brackets: in a quote, brackets mark an insertion, "
            "so the reader shows it as the briefing author's words, not the source's"
        ]
        assert problems[0].hint == (
            "leave it out of the quote (end the quote before it), or keep it knowing it shows as "
            "an insertion"
        )
    # an insertion of the author's own, where the source has other words or none
    for number, quote in enumerate(
        ("to dock for the [orbiting] station", "'[The crew] will go to dock'")
    ):
        base = str(BASE_FILES["briefing.yaml"]).replace("text: hello world", f"text: {quote}")
        files = briefing_files(**{"briefing.yaml": base, "sources/s.txt": source})
        assert check(write_folder(in_tmp / f"fine{number}", files)) == []


def test_a_footnote_mark_copied_as_written_and_placed_elsewhere_is_warned_of(
    in_tmp: Path,
) -> None:
    """A judgment's sentence copied with its footnote mark: `[25]` is read as
    an insertion, the words repeat in another paragraph, and `occurrence: 1`
    (as the ambiguity's error asks) placed the quote there, where the source
    has no mark, with nothing said (a trial of long documents)."""
    source = (
        "12. The defendant's evidence on this point is thin.\n\n"
        "71. The defendant's evidence[25] on this point is thin.\n"
    )

    def checked(name: str, quote: str, occurrence: int | None) -> list[str]:
        text = f"text: {quote!r}" + (f"\n    occurrence: {occurrence}" if occurrence else "")
        base = str(BASE_FILES["briefing.yaml"]).replace("text: hello world", text)
        files = briefing_files(**{"briefing.yaml": base, "sources/s.txt": source})
        return [problem_line(p) for p in check(write_folder(in_tmp / name, files))]

    (line,) = checked("first", "evidence[25] on this point is thin", 1)
    assert "warning[insertion-in-source-elsewhere]: the source 's' has 'evidence[25]' as " in line
    assert "written on line 3, but this quote was placed on line 1" in line
    # where it stands, the source's own bracket: said as it was
    (line,) = checked("second", "evidence[25] on this point is thin", 2)
    assert "warning[insertion-in-source]" in line
    # as the hint says: the mark as an elision, the passage by occurrence
    assert checked("elided", "The defendant's evidence […] on this point is thin", 2) == []


def _said(folder: Path) -> list[tuple[str, str | None]]:
    """Each problem as the author reads it: the located line, and its hint."""
    return [(problem_line(p), p.hint) for p in check(folder)]


@pytest.mark.parametrize("quote", ["'…'", "'...'", "'[…]'", "'[...]'", "'… …'", "'[…] …'"])
def test_elision_marks_alone_are_a_quote_of_no_words_however_written(
    in_tmp: Path, quote: str
) -> None:
    """`"…"` was "these words are not in the source", with no hint, while
    `"[…]"` was a quote of no words (a new author's trial): both are marks
    alone, with none of the speaker's words."""
    folder = write_folder(in_tmp / "b", briefing_quoting(quote))
    marks = quote.strip("'")
    assert _said(folder) == [
        (
            "b/briefing.yaml:20:11: error[quote-no-words]: this quote holds no words, only "
            f"'{marks}': an ellipsis marks words left out between two parts "
            "of a quote, and there are none",
            "write the words the speaker said, as the source has them",
        )
    ]


def test_an_empty_quote_is_still_said_to_be_found_anywhere(in_tmp: Path) -> None:
    folder = write_folder(in_tmp / "b", briefing_quoting("''"))
    assert _said(folder) == [
        (
            "b/briefing.yaml:20:11: error[quote-no-words]: this quote holds no words (it is "
            "empty): it would be found anywhere, and show nothing",
            "write the words the speaker said, as the source has them",
        )
    ]


def test_an_ellipsis_alone_that_the_source_holds_is_text_the_contract_lets_one_quote(
    in_tmp: Path,
) -> None:
    """Not an elision (no space or bracket on each side): matched as written,
    as a tweet's "!" is; refusing it would refuse what the contract allows."""
    files = briefing_quoting("'…'")
    files["sources/s.txt"] = "She paused … and then went on.\n"
    assert check(write_folder(in_tmp / "b", files)) == []


def _edge_said(marks: str, edge: str, code: str) -> str:
    """The located line of an ellipsis at a quote's `edge` ("start", "end", "both"),
    reported under `code`: each case keeps the code it had (codes are stable)."""
    said = {
        "start": ("starts", "before the speaker's first word", "no part comes before it", "start"),
        "end": ("ends", "after the speaker's last word", "no part comes after it", "end"),
        "both": (
            "starts and ends",
            "before the speaker's first word and after the last",
            "no part comes before the first or after the last",
            "start and end",
        ),
    }[edge]
    return (
        f"b/briefing.yaml:20:11: error[{code}]: this quote {said[0]} with an "
        f"ellipsis {marks}, {said[1]}: an ellipsis marks words left out between two parts "
        f"of a quote, and {said[2]} (a quote may {said[3]} anywhere in the source, without "
        "a mark)"
    )


@pytest.mark.parametrize(
    ("quote", "marks", "edge", "hint", "code"),
    [
        # bare: no elision by the contract's letter (matched as text, and not there)
        ("They must abide 20th century rules …", "'…'", "end", "said after it", NOT_FOUND),
        ("... They must abide 20th century rules", "'...'", "start", "said before it", NOT_FOUND),
        # an elision (a bracket on one side), with none of the speaker's words before it
        ("'[The reformer] … They must abide 20th century rules'", "'…'", "start", "before", SHORT),
        ("'[…] They must abide 20th century rules'", "'[…]'", "start", "before", SHORT),
        ("They must abide 20th century rules [...]", "'[...]'", "end", "after", SHORT),
        ("… They must abide 20th century rules …", "'…'", "both", "", NOT_FOUND),
    ],
    ids=["bare last", "bare first", "insertion, then …", "[…] first", "[...] last", "both"],
)
def test_an_ellipsis_at_a_quotes_edge_is_said_to_be_there_whichever_way_written(
    in_tmp: Path, quote: str, marks: str, edge: str, hint: str, code: str
) -> None:
    """`It is not the work of any one man …` was "these words are not in the
    source" though they are, and `[The orator] … It is` "elision-part-too-short"
    (a new author's trial): one slip, said two ways, neither what it is."""
    folder = write_folder(in_tmp / "b", briefing_quoting(quote))
    before = "before" if "before" in hint else "after"
    expected_hint = (
        f"delete the {marks}"
        if edge == "both"
        else f"delete the {marks}, or quote at least 3 of the words said {before} it"
    )
    assert _said(folder) == [(_edge_said(marks, edge, code), expected_hint)]


def test_an_ellipsis_at_the_edge_of_words_not_in_the_source_shows_the_nearest_too(
    in_tmp: Path,
) -> None:
    folder = write_folder(in_tmp / "b", briefing_quoting("… They must abide 21st century rules"))
    assert _said(folder) == [
        (
            _edge_said("'…'", "start", NOT_FOUND),
            "delete the '…', or quote at least 3 of the words said before it; without it, "
            "the words are not in the source either: the nearest passage (line 2 of the "
            "source): 'They must abide 20th century rules, he' — it has '20th' where the quote "
            "has '21st'",
        )
    ]


def test_an_ellipsis_at_the_edge_that_the_source_has_as_text_is_still_found(
    in_tmp: Path,
) -> None:
    """A bare '…' at an edge is no elision: matched as text, it is accepted
    where the source has it (the contract's letter; a question to the user)."""
    files = briefing_quoting("They must abide 20th century rules …")
    files["sources/s.txt"] = "They must abide 20th century rules … he trailed off.\n"
    assert check(write_folder(in_tmp / "b", files)) == []


@pytest.mark.parametrize(
    ("quote", "source", "passage", "said"),
    [
        (
            "we honour today — it is the work",
            "It is not the work of any one man that we honour today -- it is the work.\n",
            "'that we honour today -- it is the work.'",
            "the quote has '—' where the source has '--'",
        ),
        (
            "the work of any one man, that we honour",
            "It is not the work of any one man that we honour; it is the work.\n",
            "'not the work of any one man that we honour; it'",
            "the quote has 'man,' where the source has 'man'",
        ),
        (
            "It is not: the work of any one man",
            "It is not the work of any one man that we honour; it is the work.\n",
            "'It is not the work of any one man that'",
            "the quote has 'not:' where the source has 'not'",
        ),
        (
            "we honour; it is the work",
            "It is not the work of any one man that we honour, it is the work.\n",
            "'that we honour, it is the work.'",
            "the quote has 'honour;' where the source has 'honour,'",
        ),
    ],
    ids=["dash", "comma added", "colon added", "another mark"],
)
def test_a_quote_that_differs_only_in_punctuation_is_told_which(
    in_tmp: Path, quote: str, source: str, passage: str, said: str
) -> None:
    """The hint said only "they differ only in punctuation" (a new author's
    trial), where for another word it says which: so it does for a mark."""
    files = briefing_quoting(f'"{quote}"')
    files["sources/s.txt"] = source
    assert _said(write_folder(in_tmp / "b", files)) == [
        (
            "b/briefing.yaml:20:11: error[quote-not-found]: these words are not in the "
            "source 's' (sources/s.txt)",
            f"the nearest passage (line 1 of the source): {passage} — {said}",
        )
    ]


CHINESE = "我们将赢得这场战争，然后回家。他说这是最后的机会。\n"


@pytest.mark.parametrize(
    ("quote", "source"),
    [
        ("我们将赢得这场战争 … 他说这是最后的机会", CHINESE),
        ("我们将 … 最后的机会", CHINESE),  # three characters
        ("私たちは勝つ … 最後の機会だ", "私たちは勝つと言った。これが最後の機会だ。\n"),
        ("เราจะชนะ … สงครามนี้", "เราจะชนะแน่นอน และสงครามนี้จะจบ\n"),
    ],
    ids=["Chinese", "three characters", "Japanese", "Thai"],
)
def test_an_elided_part_in_a_script_without_spaces_counts_each_character_as_a_word(
    in_tmp: Path, quote: str, source: str
) -> None:
    """Every part was one "word" (counted between spaces), so no elided quote of
    Chinese, Japanese or Thai could pass the three-word rule (an audit)."""
    files = briefing_quoting(quote)
    files["sources/s.txt"] = source
    assert _said(write_folder(in_tmp / "b", files)) == []


def test_a_part_of_two_characters_is_told_how_words_are_counted(in_tmp: Path) -> None:
    files = briefing_quoting("我们 … 他说这是最后的机会")
    files["sources/s.txt"] = CHINESE
    assert _said(write_folder(in_tmp / "b", files)) == [
        (
            "b/briefing.yaml:20:11: error[elision-part-too-short]: the part '我们' of this "
            "quote is under 3 words: the parts an elision separates need at least 3 each (in "
            "Chinese, Japanese, Thai, Lao, Khmer and Myanmar, each character counts as a word)",
            "quote more of the words around it, or drop it with its elision",
        )
    ]


def test_a_quote_with_several_problems_is_told_of_each(in_tmp: Path) -> None:
    """`We will … zebra crossing here now` was told of its short part alone; once
    that was mended, of the part not in the source (an audit). Said at the quote's
    text, as the checker places values, not words inside them."""
    files = briefing_quoting("He spoke … zebra crossing here now … twenty-first century rules")
    assert _said(write_folder(in_tmp / "b", files)) == [
        (
            "b/briefing.yaml:20:11: error[elision-part-too-short]: the part 'He spoke' of this "
            "quote is under 3 words: the parts an elision separates need at least 3 each",
            "quote more of the words around it, or drop it with its elision",
        ),
        (
            "b/briefing.yaml:20:11: error[quote-not-found]: the part 'zebra crossing here now' "
            "of this quote is not in the source 's' (sources/s.txt)",
            "the nearest passage (line 1 of the source): 'repetition of the crisis.' — it has "
            "'repetition' where the quote has 'zebra'",
        ),
        (
            "b/briefing.yaml:20:11: error[quote-not-found]: the part 'twenty-first century "
            "rules' of this quote is not in the source 's' (sources/s.txt)",
            "the nearest passage (line 2 of the source): 'abide 20th century rules, he' — it "
            "has '20th' where the quote has 'twenty-first'",
        ),
    ]


def test_each_later_part_not_in_the_source_is_said_with_the_first(in_tmp: Path) -> None:
    files = briefing_quoting(
        "the principles of the reforms … zebra crossing here now … the panic of 1929"
    )
    said = _said(write_folder(in_tmp / "b", files))
    assert [line.split(": error")[1] for line, _ in said] == [
        "[quote-not-found]: the part 'zebra crossing here now' of this quote is not in the "
        "source 's' (sources/s.txt) after the words before it, within one paragraph of the "
        "first part (in its paragraph or the next)",
        "[quote-not-found]: the part 'the panic of 1929' of this quote is not in the source "
        "'s' (sources/s.txt)",
    ]

"""Brackets in a quote as `briefing check` reads them: a `[` or `]` the source
itself holds beside an elision or an insertion, and an elision in round
brackets, `(…)`, as German and French journalism writes it."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import BASE_FILES, briefing_files, check, write_folder

from briefing.check.report import problem_line

BASE = str(BASE_FILES["briefing.yaml"])


def _said(in_tmp: Path, quote: str, source: str) -> list[tuple[str, str | None]]:
    """Each problem as the author reads it, for the base briefing quoting `quote`
    (written in double quotes) from a source text of `source`."""
    base = BASE.replace("text: hello world", f'text: "{quote}"')
    files = briefing_files(**{"briefing.yaml": base, "sources/s.txt": source + "\n"})
    write_folder(in_tmp / "b", files)
    return [(problem_line(p), p.hint) for p in check(in_tmp / "b")]


UNREADABLE = (
    "b/briefing.yaml:20:11: error[quote-unreadable]: this quote has a '[' or ']' that pairs "
    "with nothing, and the source 's' (sources/s.txt) does not hold the words as written either",
    "close the bracket of an insertion, as in 'abide [by] the rules'",
)


@pytest.mark.parametrize(
    ("quote", "source"),
    [
        ("The value [sic … the rest is here", "The value [sic is high and the rest is here."),
        ("The value [sic is [very] high", "The value [sic is high."),
        # read as an insertion, its part is two words: read as text, three
        ("The [sic] value … the rest is here", "The [sic] value is high; the rest is here."),
        ("abide by] the [good] rules … now and always", "We abide by] the rules now and always."),
    ],
    ids=["beside an elision", "beside an insertion", "pair beside an elision", "closing one"],
)
def test_a_bracket_the_source_holds_is_text_beside_an_elision_or_insertion(
    in_tmp: Path, quote: str, source: str
) -> None:
    """Both were "quote-unreadable" (an audit): the contract matches a plain `[`
    or `]` the source holds as text when the quote has no other reading, and
    its elisions and insertions are marks all the same."""
    assert _said(in_tmp, quote, source) == []


@pytest.mark.parametrize(
    "quote",
    [
        "The value [sic … the rest is gone",
        "The value [sic is [very] low",
        "The value [sic is low",
        "[[…]]",  # not parts too short: brackets that are not in the source
    ],
)
def test_a_quote_read_neither_way_is_still_unreadable(in_tmp: Path, quote: str) -> None:
    assert _said(in_tmp, quote, "The value [sic is high and the rest is here.") == [UNREADABLE]


def test_an_elided_part_with_a_bracket_the_source_holds_keeps_the_three_words(
    in_tmp: Path,
) -> None:
    """Its brackets read as text, the quote's elision is one all the same."""
    said = _said(in_tmp, "The value [sic … is here", "The value [sic is high and the rest is here.")
    assert said == [
        (
            "b/briefing.yaml:20:11: error[elision-part-too-short]: the part 'is here' of this "
            "quote is under 3 words: the parts an elision separates need at least 3 each",
            "quote more of the words around it, or drop it with its elision",
        )
    ]


def test_a_source_without_text_holds_such_a_quote_to_its_elisions_rules(in_tmp: Path) -> None:
    """Unchecked against a text, a bracket that pairs with nothing may be the
    source's; the quote's elision is one all the same."""
    base = BASE.replace("    text: sources/s.txt\n", "")
    for number, (quote, codes) in enumerate(
        [
            ("The value [sic … is here", ["elision-part-too-short"]),
            ("The value [sic … the rest is here", []),
            ("The [sic] value … the rest is here", []),  # [sic] may be the source's
        ]
    ):
        files = briefing_files(**{"briefing.yaml": base.replace("hello world", f'"{quote}"')})
        problems = check(write_folder(in_tmp / f"b{number}", files))
        assert [p.code for p in problems] == codes, quote


ELIDED_SOURCE = "We will win this war. Hello world said here. And that is all we have."


@pytest.mark.parametrize(
    "quote",
    [
        "We will win (…) world said here",
        "We will win (...) world said here",
        "We will win ( … ) world said here",
        "We will win(…)world said here",  # the bracket on each side, as `[…]` may be
    ],
)
def test_an_ellipsis_in_round_brackets_is_an_elision(in_tmp: Path, quote: str) -> None:
    """`(…)` was matched as text (an audit): "it has 'this' where the quote has
    '(…)'". The contract: an ellipsis "with a space or a bracket on each side"."""
    assert _said(in_tmp, quote, ELIDED_SOURCE) == []


def test_an_elision_in_round_brackets_keeps_the_rules_of_one(in_tmp: Path) -> None:
    assert _said(in_tmp, "We will (…) world said here", ELIDED_SOURCE) == [
        (
            "b/briefing.yaml:20:11: error[elision-part-too-short]: the part 'We will' of this "
            "quote is under 3 words: the parts an elision separates need at least 3 each",
            "quote more of the words around it, or drop it with its elision",
        )
    ]
    assert _said(in_tmp, "(...) We will win this", ELIDED_SOURCE) == [
        (
            "b/briefing.yaml:20:11: error[elision-part-too-short]: this quote starts with an "
            "ellipsis '(...)', before the speaker's first word: an ellipsis marks words left "
            "out between two parts of a quote, and no part comes before it (a quote may start "
            "anywhere in the source, without a mark)",
            "delete the '(...)', or quote at least 3 of the words said before it",
        )
    ]
    assert _said(in_tmp, "(…)", ELIDED_SOURCE) == [
        (
            "b/briefing.yaml:20:11: error[quote-no-words]: this quote holds no words, only "
            "'(…)': an ellipsis marks words left out between two parts of a quote, and there "
            "are none",
            "write the words the speaker said, as the source has them",
        )
    ]


def test_a_glued_elision_in_brackets_is_not_told_to_take_spaces(in_tmp: Path) -> None:
    """`win[…]world` is an elision as written: where its words are not found,
    the hint is the nearest passage, not "an elision is written with a space"."""
    for mark in ("[…]", "(…)"):
        said = _said(in_tmp, f"We will wim{mark}world said here", ELIDED_SOURCE)
        assert [hint for _, hint in said] == [
            "the nearest passage (line 1 of the source): 'We will win this' — it has 'win' "
            "where the quote has 'wim'"
        ]

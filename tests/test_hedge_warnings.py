"""A quote that leaves out the hedge its source said it with: every word the
source's, and the quote says for certain what the source says may be (a
fact-checker's trial on science and economics copy). English briefings."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import BASE_FILES, briefing_files, check, quote_checked, write_folder

BASE = str(BASE_FILES["briefing.yaml"])


def codes_of(tmp_path: Path, quote: str, source: str) -> list[str]:
    return [p.code for p in quote_checked(tmp_path / "b", quote, source)]


@pytest.mark.parametrize(
    ("quote", "source", "hedge"),
    [
        (
            "reduced the risk of a second stroke",
            '"Veltora may have reduced the risk of a second stroke," she said.',
            "may",
        ),
        (
            "the Barents Sea will be ice-free",
            "It is very likely that the Barents Sea will be ice-free by 2050.",
            "likely",
        ),
        (
            "delayed telling unions about the closure",
            "The company allegedly delayed telling unions about the closure.",
            "allegedly",
        ),
        (
            "return to the 2% target next year",
            "Inflation is expected to return to the 2% target next year.",
            "expected",
        ),
    ],
)
def test_a_quote_that_starts_after_a_hedge_is_warned_of(
    tmp_path: Path, quote: str, source: str, hedge: str
) -> None:
    (problem,) = quote_checked(tmp_path / "b", quote, source)
    assert problem.code == "hedge-left-out"
    assert f"the quote starts right after '{hedge}'" in problem.message
    assert "the quote alone says it is" in problem.message


@pytest.mark.parametrize(
    ("quote", "source"),
    [  # the second review's misses
        ("have been 2-0 up at half time", "We could have been 2-0 up at half time."),
        ("decide to pull the drug", "The agency may then decide to pull the drug."),
        ("win the vote on Friday", "The government might yet win the vote on Friday."),
    ],
)
def test_could_have_and_a_hedge_before_then_or_yet_are_hedges(
    tmp_path: Path, quote: str, source: str
) -> None:
    assert codes_of(tmp_path, quote, source) == ["hedge-left-out"]


def test_an_elision_that_leaves_out_a_hedge_is_warned_of(tmp_path: Path) -> None:
    """ "Consumer price inflation … return to the 2% target" left out "is expected to"."""
    source = "Consumer price inflation fell, and it is expected to return to the 2% target soon."
    found = quote_checked(
        tmp_path / "b", "Consumer price inflation fell … return to the 2% target", source
    )
    assert [p.code for p in found] == ["hedge-left-out"]
    assert "an elision leaves out 'expected'" in found[0].message


@pytest.mark.parametrize(
    ("quote", "source"),
    [
        # the hedge quoted with its words
        ("may have reduced the risk", '"Veltora may have reduced the risk," she said.'),
        # the month
        ("the bank raised rates again", "In May the bank raised rates again."),
        # in another clause
        ("we raised rates again", "It may rain, but we raised rates again."),
        # the reporter's words outside the quotation the quote's words open
        ("repelling any aggression", 'drills would center on "repelling any aggression".'),
        # further back than a few words
        ("the talks ended with a deal", "It may be that in the end the talks ended with a deal."),
        # a negation nearer: negation-left-out's alone
        ("stop their current medicines", "Patients should not stop their current medicines."),
        # another clause, after "but" or "and" (a review)
        ("the principle stands firm", "The details may change but the principle stands firm."),
        ("investors will want answers", "Prices may fall and investors will want answers."),
        # a comparison, not a hedge
        ("in the fourth quarter", "Sales were stronger than expected in the fourth quarter."),
        # ability, not a hedge
        ("see the tumours shrink", "Within weeks we could see the tumours shrink."),
        # how it looks (the second review)
        ("a small change will save lives", "What may seem a small change will save lives."),
    ],
)  # fmt: skip
def test_a_hedge_said_with_the_quote_or_not_its_own_is_not(
    tmp_path: Path, quote: str, source: str
) -> None:
    assert "hedge-left-out" not in codes_of(tmp_path, quote, source)


def test_in_another_language_hedges_are_not_read(tmp_path: Path) -> None:
    base = BASE.replace("  title: T\n", "  title: T\n  language: de\n")
    text = base.replace("text: hello world", 'text: "reduced the risk of a stroke"')
    source = "Veltora may have reduced the risk of a stroke.\n"
    files = briefing_files(**{"briefing.yaml": text, "sources/s.txt": source})
    assert check(write_folder(tmp_path / "b", files)) == []

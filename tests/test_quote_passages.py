"""Where a found quote stands in its source.

A desk editor's trial planted 19 falsifications in a briefing, and `check`
gave 0 errors and 2 warnings: a reporter's sentence given to a speaker, a
quotation inside a quotation, a quote across a paragraph break ... Each case
here is one plant of that trial (the `HERALD` and `RADIO` texts are its
sources), with the sound case beside it that must stay quiet.
All are warnings: the contract accepts every one of these quotes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import BASE_FILES, briefing_files, check, write_folder

from briefing.records.problems import Problem

BASE = str(BASE_FILES["briefing.yaml"])
#: Where the base briefing's quote text stands.
TEXT_LINE, TEXT_COLUMN = 20, 11

#: The planted briefing's sources (tests/planted/): a news report, and a
#: radio transcript of one paragraph a line, without quotation marks.
PLANTED = Path(__file__).resolve().parent / "planted"
HERALD = (PLANTED / "halden-herald.txt").read_text(encoding="utf-8")
RADIO = (PLANTED / "halden-radio.txt").read_text(encoding="utf-8")


def checked(
    tmp_path: Path, quote: str, source: str, extra: str = "", language: str = ""
) -> list[Problem]:
    """The problems of the base briefing whose one quote is `quote` of the source text `source`;
    `extra`: fields added to the quote; `language`: the briefing's."""
    escaped = quote.replace("\\", "\\\\").replace('"', '\\"')
    text = BASE.replace("text: hello world", f'text: "{escaped}"').replace(
        "    source: s\n", f"    source: s\n{extra}"
    )
    if language:
        text = text.replace("  title: T\n", f"  title: T\n  language: {language}\n", 1)
    files = briefing_files(**{"briefing.yaml": text, "sources/s.txt": source})
    return check(write_folder(tmp_path / "b", files))


def codes(problems: list[Problem]) -> list[str]:
    return [problem.code for problem in problems]


def only(problems: list[Problem], code: str, line: int = TEXT_LINE) -> Problem:
    """The one problem, of `code`, at the quote's text (a line on where a
    `language` was written)."""
    assert codes(problems) == [code], [str(p) for p in problems]
    (problem,) = problems
    assert (problem.line, problem.column) == (line, TEXT_COLUMN)
    assert problem.severity.value == "warning"
    return problem


# 3. A quote across a paragraph break


def test_a_quote_across_a_paragraph_break_is_warned_of_once(tmp_path: Path) -> None:
    """p8 (its stray quotation mark is not said again as a quote across a quotation)."""
    quote = 'the first time in twelve years. "We did not want this strike'
    problem = only(checked(tmp_path, quote, HERALD), "quote-across-paragraphs")
    assert 'twelve years.␊␊"We did not' in problem.message


def test_a_quote_across_a_transcript_s_lines_is_warned_of(tmp_path: Path) -> None:
    quote = "Is the authority ready to move? HOST: The union says"
    only(checked(tmp_path, quote, RADIO), "quote-across-paragraphs")


# 4. Words outside the source's quotation marks; a quotation in a quotation


@pytest.mark.parametrize(
    "quote",
    [
        "walked off the job on Wednesday morning, halting cargo traffic",  # p2
        "the authority's offer amounts to a pay rise of 2 percent over three years",  # p3
    ],
)
def test_the_report_s_own_words_are_warned_of(tmp_path: Path, quote: str) -> None:
    problem = only(checked(tmp_path, quote, HERALD), "quote-outside-quotation")
    assert quote[:40] in problem.message
    assert "said by 'a'" in problem.message


@pytest.mark.parametrize(
    "quote",
    [
        "We did not want this strike",
        "an insult to every family on the quay",
        "The authority will not accept any deal that ruins the port.",
        "disappointed but not surprised",
    ],
)
def test_the_words_in_quotation_marks_are_not(tmp_path: Path, quote: str) -> None:
    assert checked(tmp_path, quote, HERALD) == []


def test_a_source_without_quotation_marks_is_not_read_so(tmp_path: Path) -> None:
    """A transcript, a statement: every word is someone's."""
    assert checked(tmp_path, "The union says your profits have doubled", RADIO) == []


def test_a_quote_partly_in_a_quotation_is_warned_of(tmp_path: Path) -> None:
    quote = 'the members should take it," Berg said'
    problem = only(checked(tmp_path, quote, HERALD), "quote-across-quotation")
    assert "Berg said" in problem.message


def test_a_quotation_inside_a_quotation_given_to_the_outer_speaker_is_warned_of(
    tmp_path: Path,
) -> None:
    """p4: the minister's words, in single marks inside Berg's quotation."""
    problem = only(
        checked(tmp_path, "a long strike helps nobody", HERALD), "quotation-within-quotation"
    )
    assert "'a long strike helps nobody'" in problem.message
    extra = "    reported_by: a\n"
    relayed = checked(tmp_path / "relayed", "a long strike helps nobody", HERALD, extra)
    assert codes(relayed) == ["reported-by-speaker"]  # its own speaker: the base has one actor


@pytest.mark.parametrize(
    ("source", "quoted", "narrated", "language"),
    [
        (  # guillemets, with the spaces French sets inside them
            "« Nous ne négocierons pas sous la pression », a dit Jonas Berg devant le port.\n",
            "Nous ne négocierons pas",
            "a dit Jonas Berg devant le port",
            "fr",
        ),
        (  # German „…“, and single ‚…‘ inside
            "„Wir werden unter Druck nicht verhandeln“, sagte Jonas Berg vor dem Hafen.\n",
            "Wir werden unter Druck nicht verhandeln",
            "sagte Jonas Berg vor dem Hafen",
            "de",
        ),
        (
            "「我们不会在压力下谈判」，他在港口大门外说。\n",
            "我们不会在压力下谈判",
            "他在港口大门外说",
            "zh",
        ),
        (  # straight marks open and close in turn
            'He said "no" and then "we will see about it" on the quay.\n',
            "we will see about it",
            "and then",
            "",
        ),
    ],
)
def test_quotation_marks_of_other_languages_are_read(
    tmp_path: Path, source: str, quoted: str, narrated: str, language: str
) -> None:
    assert checked(tmp_path / "q", quoted, source, language=language) == []
    found = checked(tmp_path / "n", narrated, source, language=language)
    assert codes(found) == ["quote-outside-quotation"]


@pytest.mark.parametrize(
    "quote",
    [
        "The workers' pay won't do",
        "Berg's offer from the '90s is no offer",
        "pay is too low",
    ],
)
def test_apostrophes_are_no_quotation_marks(tmp_path: Path, quote: str) -> None:
    source = (
        "\"The workers' pay won't do, and Berg's offer from the '90s is no offer,\" she said.\n\n"
        "‘The workers’ pay is too low,’ he said.\n"
    )
    assert checked(tmp_path, quote, source) == []


def test_a_quotation_that_runs_on_into_the_next_paragraph_holds_its_words(tmp_path: Path) -> None:
    source = '"We will fight on the beaches.\n\n"We will never surrender," he said.\n'
    assert checked(tmp_path, "We will fight on the beaches", source) == []
    found = checked(tmp_path / "said", "he said", source)
    assert codes(found) == ["quote-outside-quotation"]

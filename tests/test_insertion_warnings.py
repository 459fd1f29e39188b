"""An insertion that stands for the source's words and adds none of its own is
warned of: "Russia [will] attack" passed against "Russia will not attack", and
`[.]` stood for "not" (a security review)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import BASE_FILES, briefing_files, check, quote_checked, write_folder

BASE = str(BASE_FILES["briefing.yaml"])


def problems_of(tmp_path: Path, quote: str, source: str) -> list[tuple[str, str]]:
    return [(p.code, p.message) for p in quote_checked(tmp_path / "b", quote, source)]


@pytest.mark.parametrize(
    ("quote", "source", "stood_for"),
    [
        ("Russia [will] attack Ukraine", "Russia will not attack Ukraine.", "'will not'"),
        (
            "Russia [will] attack Ukraine",
            "Russia will not, under any circumstances, attack Ukraine.",
            "'will not, under any circumstances,'",
        ),
        ("Russia does [.] want war", "Russia does not want war.", "'not'"),
        ("We said [we] would attack", "We said that we never would attack.", "'that we never'"),
    ],
)
def test_an_insertion_leaving_words_out_is_warned_of(
    tmp_path: Path, quote: str, source: str, stood_for: str
) -> None:
    found = problems_of(tmp_path, quote, source)
    assert [code for code, _ in found] == ["insertion-leaves-out"]
    assert f"stands for {stood_for}" in found[0][1]


@pytest.mark.parametrize(
    ("quote", "source"),
    [
        ("abide [by] the rules of the game", "abide the rules of the game."),  # adds a word
        ("and [Putin] said it was over", "and he said it was over."),  # names who
        ("and [the president] said it", "and he said it."),
        ("[He] said it was over", "Putin said it was over."),  # at the edge
        # an elision: marked as one (an elision of "never" alone is elision-drops-few-words)
        (
            "We said we will … attack Kyiv tomorrow",
            "We said we will, in the end, attack Kyiv tomorrow.",
        ),
    ],
)
def test_an_insertion_of_the_author_s_own_words_is_not(
    tmp_path: Path, quote: str, source: str
) -> None:
    assert problems_of(tmp_path, quote, source) == []


@pytest.mark.parametrize(
    ("quote", "source", "held"),
    [  # a fact-checker's plants: each passed with nothing said
        ("We are [cutting] our outlook", "We are raising our outlook.", "'raising'"),
        ("the NOK [more] than expected", "the NOK less than expected.", "'less'"),
        ("costs rose by [€95m] this quarter", "costs rose by $95m this quarter.", "'$'"),
        ("Bank Rate [will] fall further this year", "Bank Rate may need to fall further this year.",
         "'may need'"),
        ("inflation eased by [up to] 1.4% in May", "inflation eased by 1.2% to 1.4% in May.",
         "'1.2%'"),
        ("the reserves of [€40 billion] will last", "the reserves of NOK 40 billion will last.",
         "'NOK'"),
        # the second review's: a size, a number word, a unit of time for another
        ("losses of [$95 billion] this year", "losses of $95m this year.", "'$95m'"),
        ("a force [ten] gale hit the coast", "a force nine gale hit the coast.", "'nine'"),
        ("until [two years] ago she ran it", "until two weeks ago she ran it.", "'weeks'"),
    ],
)  # fmt: skip
def test_an_insertion_that_puts_its_words_in_place_of_the_speakers_is_warned_of(
    tmp_path: Path, quote: str, source: str, held: str
) -> None:
    found = problems_of(tmp_path, quote, source)
    assert [code for code, _ in found] == ["insertion-replaces"]
    assert f"does not hold {held}:" in found[0][1]


@pytest.mark.parametrize(
    ("quote", "source"),
    [  # the review: insertions that spell out whom or when, every day
        ("and it will ease [in 2025] as planned", "and it will ease next year as planned."),
        ("said [Aasen] on the radio", "said the minister on the radio."),
        ("that [Ukraine] would not give up", "that the country would not give up."),
        ("losses of [$95 million] this year", "losses of $95m this year."),
        ("the outlook [of Nordavia's] board", "the outlook of the company's board."),
        # a unit or a currency spelled out (the second review)
        ("revenue of [4.1 billion kroner] rose", "revenue of NOK 4.1 billion rose."),
        ("it reached [19 degrees Celsius] by noon", "it reached 19°C by noon."),
    ],
)
def test_an_insertion_that_spells_out_a_name_or_a_date_is_not(
    tmp_path: Path, quote: str, source: str
) -> None:
    assert problems_of(tmp_path, quote, source) == []


def test_an_insertion_before_a_last_full_stop_stands_for_nothing_known(tmp_path: Path) -> None:
    """`… outlook to [cutting].`: the full stop found after the attribution made
    the insertion stand for "month Holt said" (a review)."""
    source = 'We are raising our outlook this month," Holt said.'
    assert problems_of(tmp_path, "We are raising our outlook [cutting].", source) == []


@pytest.mark.parametrize(
    ("quote", "source"),
    [
        ("We will reopen [the bridge] as soon as we can", "We will reopen it as soon as we can."),
        ("and [the talks were] over by noon", "and they're over by noon."),
        ("when [Veltora] reduced the risk", "when it reduced the risk."),
        ("[T]he bridge is safe for people", "the bridge is safe for people."),  # a letter's case
        ("the rate of [4.2%] was held", "the rate of 4.2% was held."),  # the same number
    ],
)
def test_an_insertion_that_says_whom_a_pronoun_means_is_not(
    tmp_path: Path, quote: str, source: str
) -> None:
    assert problems_of(tmp_path, quote, source) == []


def test_in_another_language_only_numbers_currencies_and_units_are_read(tmp_path: Path) -> None:
    """A word's other forms are not known there: "[die Regierung]" for "sie" reads
    no differently from "[erhöht]" for "gesenkt"; a number is a number."""
    base = str(BASE_FILES["briefing.yaml"]).replace("  title: T\n", "  title: T\n  language: de\n")
    for number, (quote, source, codes) in enumerate(
        [
            ("Wir haben [die Prognose] erhöht", "Wir haben sie erhöht.", []),
            ("Die Kosten stiegen um [€95m] im Quartal", "Die Kosten stiegen um $95m im Quartal.",
             ["insertion-replaces"]),
            ("Die Rate von [3%] bleibt", "Die Rate von 2% bleibt.", ["insertion-replaces"]),
        ]
    ):  # fmt: skip
        text = base.replace("text: hello world", f'text: "{quote}"')
        files = briefing_files(**{"briefing.yaml": text, "sources/s.txt": source + "\n"})
        found = check(write_folder(tmp_path / f"b{number}", files))
        assert [p.code for p in found] == codes, quote


def test_an_insertion_standing_for_a_negation_is_said_once(tmp_path: Path) -> None:
    """ "We will [gladly] negotiate" for "will not negotiate": negation-left-out says it."""
    found = problems_of(tmp_path, "We will [gladly] negotiate now", "We will not negotiate now.")
    assert [code for code, _ in found] == ["negation-left-out"]


def test_list_says_a_briefing_has_warnings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`ok` alone read the same for a briefing whose quote leaves out "not"."""
    from briefing.cli.commands import main

    files = briefing_files(
        **{
            "briefing.yaml": BASE.replace("text: hello world", 'text: "We [will] attack"'),
            "sources/s.txt": "We will not attack.\n",
        }
    )
    content = tmp_path / "content"
    write_folder(content / "b", files)
    monkeypatch.setenv("BRIEFING_INDEX_DIR", str(tmp_path / "index"))
    assert main(["list", str(content)]) == 0
    line = capsys.readouterr().out.strip()
    assert line.endswith(f"ok, 1 warning (briefing check {content / 'b'} shows it)"), line
    assert main(["list", str(content), "--format", "json"]) == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert (listed["ok"], listed["errors"], listed["warnings"]) == (True, 0, 1)

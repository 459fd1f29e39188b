"""Find and `briefing search` find a quote by who said it (its speaker's name
or alias) and by who reported it, with its words: "what did Black say about
the Wye" listed 14 source passages and none of David Black's quotes (a trial
of long documents)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from reader_helpers import SIZE, reader, settle
from textual.content import Content
from textual.widgets import OptionList

from briefing import cli
from briefing.screens.search import SearchScreen

BRIEFING = """\
briefing:
  id: hearing
  title: The hearing
  as_of: 2026-06-20
sources:
  - id: s
    title: Transcript
    text: sources/s.txt
actors:
  - id: black
    name: David Black
    kind: person
    aliases: [Black]
  - id: lin
    name: Jennifer Lin
    kind: person
    aliases: [Ms Lin]
  - id: clerk
    name: Kate Ward
    kind: person
"""
QUOTES = """\
quotes:
  - id: b1
    text: "We identified the problem at the Wye valley in 2018"
    speaker: black
    source: s
  - id: b2
    text: "The board was told about Teesside"
    speaker: black
    source: s
  - id: l1
    text: "There were 50 incidents at the Wye valley"
    speaker: lin
    source: s
    reported_by: clerk
"""
SOURCE = (
    "David Black: We identified the problem at the Wye valley in 2018.\n\n"
    "David Black: The board was told about Teesside.\n\n"
    "Ms Lin: There were 50 incidents at the Wye valley.\n"
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "content" / "hearing"
    (folder / "sources").mkdir(parents=True)
    (folder / "briefing.yaml").write_text(BRIEFING, encoding="utf-8")
    (folder / "quotes.yaml").write_text(QUOTES, encoding="utf-8")
    (folder / "sources" / "s.txt").write_text(SOURCE, encoding="utf-8")
    return folder


def search(capsys: pytest.CaptureFixture[str], folder: Path, *args: str) -> list[str]:
    index = str(folder.parent.parent / "index.json")
    assert cli.main(["search", *args, str(folder.parent), "--index", index]) == 0
    return capsys.readouterr().out.splitlines()


def test_briefing_search_finds_a_quote_by_its_speakers_name_with_its_words(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    quotes = folder / "quotes.yaml"
    lines = search(capsys, folder, "Black wye")
    assert [line for line in lines if " quote " in line] == [
        f"{quotes}:3:45: quote b1: We identified the problem at the Wye valley in 2018",
        # the name, placed at the quote's own `speaker:` (the name is the actor's)
        f"{quotes}:4:14: quote b1: David Black",
    ]
    # the source's paragraph that holds both, as before (a line for each word)
    assert sum(" passage s: " in line for line in lines) == 2
    # the name alone: each of his quotes, once (his alias "Black" is in his
    # name: no second line), and his actor's record (name and alias)
    lines = search(capsys, folder, "black")
    assert [line.split(": ", 2)[1:] for line in lines if " passage " not in line] == [
        ["quote b1", "David Black"],
        ["quote b2", "David Black"],
        ["actor black", "David Black"],
        ["actor black", "Black"],
    ]


def test_briefing_search_finds_a_quote_by_an_alias_and_by_who_reported_it(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hits = json.loads("\n".join(search(capsys, folder, "ms lin", "--format", "json")))
    # her name and her alias, at the quote's `speaker:`
    assert [(h["kind"], h["id"], h["field"], h["match"], h["line"]) for h in hits][:2] == [
        ("quote", "l1", "speaker", "Lin", 12),
        ("quote", "l1", "speaker", "Ms Lin", 12),
    ]
    hits = json.loads("\n".join(search(capsys, folder, "ward wye", "--format", "json")))
    assert [(h["kind"], h["id"], h["field"], h["match"], h["line"]) for h in hits] == [
        ("quote", "l1", "text", "Wye", 11),
        ("quote", "l1", "reported_by", "Ward", 14),
    ]


async def _rows(folder: Path, tmp_path: Path, typed: str) -> list[Content]:
    app = reader(folder.parent, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f", *typed)
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        results = screen.query_one(OptionList)
        rows = [results.get_option_at_index(n).prompt for n in range(results.option_count)]
    assert all(isinstance(row, Content) for row in rows)
    return [row for row in rows if isinstance(row, Content)]


def _lit(row: Content) -> list[str]:
    """The words highlighted in a row, in its order."""
    spans = sorted((s.start, s.end) for s in row.spans if "reverse" in str(s.style))
    return [row.plain[start:end] for start, end in spans]


async def test_find_lists_the_speakers_quotes_with_their_name_highlighted(
    folder: Path, tmp_path: Path
) -> None:
    rows = await _rows(folder, tmp_path, "black wye")
    plain = [row.plain for row in rows]
    assert plain[:2] == [
        "Quotes (1)",
        "David Black: “We identified the problem at the Wye valley in 2018”  · b1",
    ], plain
    assert _lit(rows[1]) == ["Black", "Wye"]  # why it is listed: his name, and the word
    assert plain[2] == "Source passages (1)", plain

    rows = await _rows(folder, tmp_path, "black")
    plain = [row.plain for row in rows]
    # found by his name alone: his quotes' words from their start, nothing more said
    assert plain[:3] == [
        "Quotes (2)",
        "David Black: “We identified the problem at the Wye valley in 2018”  · b1",
        "David Black: “The board was told about Teesside”  · b2",
    ], plain
    assert [_lit(row) for row in rows[1:3]] == [["Black"], ["Black"]]


async def test_find_shows_the_alias_or_the_reporter_the_words_were_found_in(
    folder: Path, tmp_path: Path
) -> None:
    rows = await _rows(folder, tmp_path, "ms lin wye")
    assert rows[1].plain == (
        "Jennifer Lin (Ms Lin): “There were 50 incidents at the Wye valley”  · l1"
    )
    assert _lit(rows[1]) == ["Lin", "Ms Lin", "Wye"]
    rows = await _rows(folder, tmp_path, "kate")
    assert rows[0].plain == "Quotes (1)"
    # the reporter where the row says which field the words were found in
    assert rows[1].plain == (
        "Jennifer Lin: “There were 50 incidents at the▸”  reported_by: Kate Ward  · l1"
    )
    assert _lit(rows[1]) == ["Kate"]

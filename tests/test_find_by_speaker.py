"""Find and `briefing search` find a quote by who said it (its speaker's name
or alias) and by who reported it, with its words: "what did Black say about
the Wye" listed 14 source passages and none of David Black's quotes (a trial
of long documents)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing import cli

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
    # the name alone: each of his quotes, and his actor's record
    lines = search(capsys, folder, "black")
    assert [line.split(": ", 2)[1] for line in lines if ": quote " in line or "actor" in line] == [
        "quote b1",
        "quote b2",
        "actor black",
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

"""Find's source passage rows say where a passage stands, ¶N and whose turn,
and name their source once: 87 rows of a committee hearing each began with
its title, cut, and said nothing to choose among them by (an analyst's
trial)."""

from __future__ import annotations

from pathlib import Path

import pytest
from reader_helpers import SIZE, SMALL, reader, settle
from textual.content import Content
from textual.widgets import OptionList

import briefing.check.turns as turns_module
from briefing.index.passage_places import PassagePlace, PassagePlaces
from briefing.present.quotes import paragraphs_of
from briefing.records.model import Quote
from briefing.screens.search import SearchScreen

TITLE = "Oral evidence: Water company performance, HC 412 (2026-06-09)"
BRIEFING = f"""\
briefing:
  id: hearing
  title: The hearing
  as_of: 2026-06-20
sources:
  - id: transcript
    title: "{TITLE}"
    text: sources/t.txt
  - id: report
    title: "[bold]The regulator's report[/bold]"
    text: sources/r.txt
actors:
  - id: lin
    name: Jennifer Lin
    kind: person
quotes:
  - id: l1
    text: "the storm overflow programme would need another 88%"
    speaker: lin
    source: transcript
"""
TRANSCRIPT = """\
Environment, Food and Rural Affairs Committee

Q1 The Chair (Dame Harriet Vane): What happened to the storm overflow programme?

Ms Jennifer Lin: Our engineers told us that the storm overflow programme would need another 88%.

The storm overflow programme is reported to the board every month.

David Black: I do not accept that the storm overflow programme has failed.
"""
REPORT = "The regulator found that the storm overflow programme was late.\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "content" / "hearing"
    (folder / "sources").mkdir(parents=True)
    (folder / "briefing.yaml").write_text(BRIEFING, encoding="utf-8")
    (folder / "sources" / "t.txt").write_text(TRANSCRIPT, encoding="utf-8")
    (folder / "sources" / "r.txt").write_text(REPORT, encoding="utf-8")
    return folder


async def _passages(pilot, typed: str) -> tuple[SearchScreen, list[Content]]:  # type: ignore[no-untyped-def]
    """Find `typed`: the screen, and the rows under "Source passages"."""
    await pilot.press("f", *typed)
    await pilot.pause(0.3)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, SearchScreen)
    results = screen.query_one(OptionList)
    rows = [results.get_option_at_index(n).prompt for n in range(results.option_count)]
    texts = [str(row) for row in rows]
    start = next(n for n, text in enumerate(texts) if text.startswith("Source passages"))
    end = next(
        (n for n in range(start + 1, len(rows)) if results.get_option_at_index(n).disabled),
        len(rows),
    )
    passages = rows[start + 1 : end]
    assert all(isinstance(row, Content) for row in passages)
    return screen, [row for row in passages if isinstance(row, Content)]


@pytest.mark.parametrize("size", [SIZE, SMALL])
async def test_a_passage_row_says_its_paragraph_and_speaker_and_its_source_once(
    folder: Path, tmp_path: Path, size: tuple[int, int]
) -> None:
    app = reader(folder.parent, tmp_path)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        _, rows = await _passages(pilot, "storm overflow")
        lines = [line for row in rows for line in row.plain.split("\n")]
        # each source named once, on a line of its own over its first row, its id after it
        assert lines[0] == f"{TITLE}  · transcript"
        assert sum(TITLE in line for line in lines) == 1
        # the paragraphs as the quote viewer counts them; the turn's speaker as
        # the source writes them; a paragraph without a label continues the
        # turn before it; the title's words, its Q1 too, as written
        assert lines[1].startswith("¶2  Q1 The Chair (Dame Harriet Vane): What happened to the")
        # the label opening the passage is not shown again in its words
        assert lines[2].startswith("¶3  Ms Jennifer Lin: Our engineers told us")
        assert lines[3].startswith("¶4  Ms Jennifer Lin: The storm overflow")
        assert lines[4].startswith("¶5  David Black: I do not accept")
        # another source: named over its own rows; one of no transcript has no
        # speaker; a title that looks like markup is its text, never read as markup
        assert lines[5] == "[bold]The regulator's report[/bold]  · report"
        assert lines[6].startswith("¶1  The regulator found that the storm")
        # the words found are still lit, in every row
        for row in rows:
            lit = {row.plain[s.start : s.end] for s in row.spans if "reverse" in str(s.style)}
            assert "storm overflow" in {hit.lower() for hit in lit}, row.plain


async def test_the_paragraph_is_the_one_the_quote_viewer_names(
    folder: Path, tmp_path: Path
) -> None:
    """¶N is "in paragraph N of the source text", as the quote viewer says
    where a quote stands (briefing.present.quotes.paragraphs_of)."""
    app = reader(folder.parent, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen, rows = await _passages(pilot, "another 88")
        quote = screen.load("hearing").record("quote", "l1")
        assert isinstance(quote, Quote) and quote.span is not None
        viewer = paragraphs_of(quote.span, TRANSCRIPT)
        assert viewer == "paragraph 3"
        assert rows[-1].plain.split("\n")[-1].startswith("¶3  Ms Jennifer Lin: ")


async def test_a_source_s_turns_are_read_once_not_at_each_search(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 3 MB transcript's labels take 40 ms to read: once a source text, not
    once a key typed."""
    read: list[int] = []
    original = turns_module.read_labels

    def counted(text: str, spans: list[tuple[int, int]]):  # type: ignore[no-untyped-def]
        read.append(len(text))
        return original(text, spans)

    monkeypatch.setattr(turns_module, "read_labels", counted)
    app = reader(folder.parent, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        read.clear()  # the checker's, building the index
        for typed in ("storm", "storm overflow", "programme"):
            await _passages(pilot, typed)
            await pilot.press("escape")
        assert sorted(read) == sorted([len(TRANSCRIPT), len(REPORT)])


@pytest.mark.parametrize(
    "text",
    [
        "Mr Justice Harlow:\n\n1. The claim about the storm overflow fails.\n\n2. Dismissed.\n",
        "BEIJING: China said the storm overflow was not its concern.\n\nMore followed.\n",
    ],
)
def test_a_text_of_one_label_names_no_speaker(text: str) -> None:
    """A judgment's judge's line runs on to its end, and a wire story's
    dateline is no one's turn: neither is said on the rows (a judgment's 60
    rows each said "Mr Justice Harlow")."""
    place = PassagePlaces(text).at(text.index("More") if "More" in text else text.index("2."))
    assert place == PassagePlace(place.paragraph, place.paragraphs)
    assert place.paragraph == place.paragraphs == (2 if "More" in text else 3)

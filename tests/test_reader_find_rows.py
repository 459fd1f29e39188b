"""What Find's rows show: every row whole, at any width; a heading per kind
that says when it lists only some."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import CONTENT, briefing_files, write_folder
from reader_helpers import SIZE, drawn, reader, settle
from textual.content import Content
from textual.widgets import OptionList, Static

import briefing.screens.search as search_module
from briefing.screens.search import SearchScreen

#: A speaker's name of 40 cells: with "“troops”" and ids of 2 to 64 characters,
#: the rows are 56 to 118 cells wide, a row for every width between.
SPEAKER = "Commander of the Allied Forces in Europe"
IDS = [f"q{length:02d}" + "x" * (length - 3) for length in range(3, 65)]


def _many_quotes(root: Path) -> Path:
    quotes = "".join(
        f"  - id: {ident}\n    text: troops\n    speaker: a\n    source: s\n" for ident in IDS
    )
    base = briefing_files()["briefing.yaml"]
    assert isinstance(base, str)
    text = base.replace("name: A", f"name: {SPEAKER}").split("quotes:")[0] + "quotes:\n" + quotes
    files = briefing_files(**{"briefing.yaml": text, "sources__s.txt": "The troops left.\n"})
    return write_folder(root / "content" / "b", files).parent


def _everything_drawn(results: OptionList) -> str:
    """What the results show, scrolled through from the top to the bottom."""
    pages = []
    for top in range(0, max(1, results.virtual_size.height), results.size.height):
        results.scroll_to(y=top, animate=False, immediate=True)
        pages.append(drawn(results))
    return "\n".join(pages)


async def _find(pilot, typed: str) -> SearchScreen:  # type: ignore[no-untyped-def]
    await pilot.press("f", *typed)
    await pilot.pause(0.3)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, SearchScreen)
    return screen


@pytest.mark.parametrize("size", [(120, 40), (100, 30), (80, 24), (60, 24)])
async def test_no_row_loses_its_end_at_any_width(tmp_path: Path, size: tuple[int, int]) -> None:
    """A new user's trial: rows a cell or two narrower than the list ended in a
    dangling "·", their id gone. They were measured before the scrollbar came
    (one line) and drawn beside it (two), so their second line was never shown."""
    app = reader(_many_quotes(tmp_path), tmp_path)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        results = (await _find(pilot, "troops")).query_one(OptionList)
        assert results.show_vertical_scrollbar  # the rows are more than a screen
        shown = _everything_drawn(results)
        # each id whole after its "·", even one longer than the list is wide
        # (it goes on over the next line)
        ids = re.findall(r"·(q\d\dx*)", "".join(shown.split()))
        missing = sorted(set(IDS) - set(ids))
        assert not missing, f"ids not shown: {missing}\n{shown}"


def _headings_and_status(screen: SearchScreen) -> tuple[list[str], str]:
    results = screen.query_one(OptionList)
    options = [results.get_option_at_index(n) for n in range(results.option_count)]
    status = str(screen.query_one("#search-status", Static).render())
    return [str(o.prompt) for o in options if o.disabled], status


async def test_the_results_listed_are_shared_among_the_kinds_and_headings_say_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new user's trial: past 200 hits, Find listed 200 quotes and nothing
    else, under "Quotes (200)", which read as every quote that matched."""
    monkeypatch.setattr(search_module, "SHOWN", 8)  # "troops": 14 records and passages
    app = reader(CONTENT, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        headings, status = _headings_and_status(await _find(pilot, "troops"))
        assert headings == [
            "Events (3 of 7)",
            "Source passages (3 of 5)",
            "Sources (1)",
            "Briefing (1)",
        ]
        assert status.startswith("8 results shown of 14 ·")
        # A phrase is checked only in the records listed: of the others, at most.
        await pilot.press("escape")
        monkeypatch.setattr(search_module, "SHOWN", 3)
        headings, status = _headings_and_status(await _find(pilot, '"the crisis"'))
        assert headings == ["Actors (1)", "Source passages (1 of at most 2)", "Sources (1)"]
        assert status.startswith("3 results shown of at most 4 ·")


@pytest.mark.parametrize(("width", "shown"), [(200, 80), (120, 48), (80, 32)])
async def test_a_result_s_name_takes_a_share_of_the_width(
    tmp_path: Path, width: int, shown: int
) -> None:
    """An event's title was cut at 48 cells at every width: half a wide screen
    empty, most of a narrow one taken (an analyst's trial). (A source passage's
    row names its source on a line of its own: test_find_passage_places.)"""
    title = "The minister's full statement to the press on the bridge " * 3
    base = briefing_files()["briefing.yaml"]
    assert isinstance(base, str)
    event = f"title: {title}\n    summary: The bridge was left open.\n"
    files = briefing_files(**{"briefing.yaml": base.replace("title: E\n", event)})
    folder = write_folder(tmp_path / "b", files)
    app = reader(folder, tmp_path / "index")
    async with app.run_test(size=(width, 30)) as pilot:
        await settle(pilot)
        screen = await _find(pilot, "left")  # in the event's summary: its title names the row
        results = screen.query_one(OptionList)
        rows = [results.get_option_at_index(n).prompt for n in range(results.option_count)]
        found = next(str(row) for row in rows if "summary:" in str(row))
        assert found.startswith(title[: shown - 1].rstrip())
        assert not found.startswith(title[:shown])


async def test_a_warned_quote_is_marked_among_finds_results(tmp_path: Path) -> None:
    """The quotes pane marks a quote the checker warned of `⚠`; Find listed it
    as a sound one (left alone at stop 37). "ello world" takes part of "hello"."""
    base = briefing_files()["briefing.yaml"]
    assert isinstance(base, str)
    warned = base.replace("text: hello world", "text: ello world")
    folder = write_folder(tmp_path / "content" / "b", briefing_files(**{"briefing.yaml": warned}))
    app = reader(folder.parent, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        results = (await _find(pilot, "world")).query_one(OptionList)
        rows = [str(results.get_option_at_index(n).prompt) for n in range(results.option_count)]
        quote_rows = [row for row in rows if "“" in row and "world" in row]
        assert quote_rows and all(row.startswith("⚠ ") for row in quote_rows), rows


async def test_a_warned_event_is_marked_among_finds_results(tmp_path: Path) -> None:
    """As the chronology marks an event the checker warned of: "on Wednesday
    morning" for a Thursday, beside a sound event of a Wednesday."""
    from test_event_warnings import wrong_weekday

    folder = wrong_weekday(tmp_path / "content" / "b")
    app = reader(folder.parent, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        results = (await _find(pilot, "wednesday")).query_one(OptionList)
        rows = [str(results.get_option_at_index(n).prompt) for n in range(results.option_count)]
        events = [row for row in rows if "when_text:" in row]
        assert [row.startswith("⚠ E  when_text:") for row in events] == [False, True], rows
        assert events[0].startswith("F  when_text:"), rows


async def test_a_result_shows_where_the_words_stand_together(tmp_path: Path) -> None:
    """Find "chef de l'etat" showed a lone "de" early in the passage, and "chef
    de l’État" further on not at all (a correspondent's trial in French)."""
    base = briefing_files()["briefing.yaml"]
    assert isinstance(base, str)
    source = (
        "Au début de la séance, le ministre a parlé longuement de l’engagement de la "
        "France dans la région et des moyens qui lui sont consacrés depuis des années, "
        "puis il a cité le chef de l’État. She said hello world.\n"
    )
    files = briefing_files(**{"briefing.yaml": base, "sources__s.txt": source})
    folder = write_folder(tmp_path / "content" / "b", files)
    app = reader(folder.parent, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        results = (await _find(pilot, "chef de l'etat")).query_one(OptionList)
        rows = [results.get_option_at_index(n).prompt for n in range(results.option_count)]
        passages = [row for row in rows if "chef" in str(row)]
        assert passages, [str(row) for row in rows]
        shown = passages[0]
        assert isinstance(shown, Content)
        assert "chef de l’État" in shown.plain
        lit = {shown.plain[s.start : s.end] for s in shown.spans if "reverse" in str(s.style)}
        assert "chef de l’État" in lit, lit


async def test_a_warned_actor_and_source_are_marked_among_finds_results(tmp_path: Path) -> None:
    """As the actors pane marks the second of two actors the reader cannot tell
    apart, and the summary a source published after the as_of: the first
    actor, the sound source and the source's passages are not marked."""
    from test_actor_source_warnings import alike_and_late

    folder = alike_and_late(tmp_path / "content" / "b")
    app = reader(folder.parent, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        results = (await _find(pilot, "reyes")).query_one(OptionList)
        rows = [str(results.get_option_at_index(n).prompt) for n in range(results.option_count)]
        actors = [row for row in rows if row.endswith(("· reyes", "· reyes2"))]
        assert actors == ["Tomás Reyes  · reyes", "⚠ Tomas Reyes  · reyes2"], rows
        await pilot.press("escape")
        await pilot.pause()
        results = (await _find(pilot, "s")).query_one(OptionList)
        rows = [str(results.get_option_at_index(n).prompt) for n in range(results.option_count)]
        at = rows.index("Sources (2)")
        assert rows[at + 1 : at + 3] == ["⚠ S  · s", "Sound  · sound"], rows
        passages = rows[rows.index("Source passages (2)") + 1 : at]
        assert passages and not any("⚠" in row for row in passages), rows

"""The `/` filter finds words (issue 13.1): folded, every word, highlighted, counted.

Before: it kept whatever held the typed letters in order ("mac" kept 9 of
the 10 quotes), found no "francois" in François, highlighted nothing, Esc
after Enter did not clear it, and letters typed in the same burst as `/`
went to the list.
"""

from __future__ import annotations

from pathlib import Path

from conftest import briefing_files, write_folder
from reader_helpers import SIZE, burst, drawn, reader, settle
from textual.app import App
from textual.widgets import Static

from briefing.records.refs import Kind, RecordRef
from briefing.screens.briefing_screen import BriefingScreen
from briefing.screens.pane import FilterInput
from briefing.screens.record_list import RecordList


def listed(app: App[None], pane: str) -> RecordList:
    return app.screen.query_one(f"#{pane}-list", RecordList)


def title(app: App[None], pane: str) -> str:
    return str(app.screen.query_one(f"#{pane} .pane-title", Static).render())


def box(app: App[None], pane: str) -> FilterInput:
    return app.screen.query_one(f"#{pane} FilterInput", FilterInput)


def underlined(records: RecordList, lines: range) -> list[str]:
    """The stretches drawn bold and underlined on `lines` of the list."""
    found = []
    for y in lines:
        for segment in records.render_line(y):
            style = segment.style
            if style is not None and style.underline and style.bold and segment.text.strip():
                found.append(segment.text)
    return found


async def test_mac_finds_the_quotes_that_name_macron_and_no_others(tmp_path: Path) -> None:
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab", "tab", "slash", *"mac")
        shown = listed(app, "quotes").ids
        assert set(shown) == {
            "putin-not-the-source-of-escalation",  # relayed by Emmanuel Macron
            "macron-firm-dialogue",
            "macron-ways-and-means",
            "white-house-recent-meetings",  # "President Macron's recent meetings"
        }
        assert title(app, "quotes") == "Quotes (4 of 10)"
        await pilot.press(*"ron firm")  # every word must occur, in any order
        assert set(listed(app, "quotes").ids) == {"macron-firm-dialogue", "macron-ways-and-means"}
        assert title(app, "quotes") == "Quotes (2 of 10)"


async def test_the_words_found_are_highlighted_in_the_rows(tmp_path: Path) -> None:
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"kirb")
        assert underlined(listed(app, "actors"), range(0, 4)) == ["Kirb"]
        await pilot.press("escape")
        assert underlined(listed(app, "actors"), range(0, 4)) == []


async def test_an_actor_found_by_an_alias_says_which(tmp_path: Path) -> None:
    """`/moscow` listed Russia with nothing on its row to say why (a trial)."""
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"moscow")
        await pilot.pause()
        records = listed(app, "actors")
        assert records.ids == ["russia"]
        assert "Russia  4 events · “Moscow”" in drawn(records)
        assert underlined(records, range(0, 3)) == ["Moscow"]
        await pilot.press("ctrl+u", *"russia")  # found by its name: nothing more to say
        await pilot.pause()
        assert "“Moscow”" not in drawn(records)


async def test_accents_and_case_are_folded(tmp_path: Path) -> None:
    base = briefing_files()["briefing.yaml"]
    assert isinstance(base, str)
    text = base.replace("    name: A\n", "    name: François Øster-Łukasz\n")
    folder = write_folder(tmp_path / "b", briefing_files(**{"briefing.yaml": text}))
    app = reader(folder, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for typed in ("francois", "OSTER", "lukasz fran"):
            await pilot.press("slash", *typed)
            assert listed(app, "actors").ids == ["a"], typed
            await pilot.press("escape")
        await pilot.press("slash", *"ancois")  # inside a word: not a word typed
        assert listed(app, "actors").ids == []


async def test_esc_clears_the_text_filter_then_the_record_filter(tmp_path: Path) -> None:
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, BriefingScreen)
        await pilot.press("enter")  # Liz Truss: the chronology narrowed to her 3 events
        await pilot.press("tab", "slash", *"tweet", "enter")  # Enter: back in the list
        assert listed(app, "chronology").ids == ["truss-tweet"]
        assert app.focused is listed(app, "chronology")
        await pilot.press("escape")
        assert box(app, "chronology").value == "" and not box(app, "chronology").display
        assert len(listed(app, "chronology").ids) == 3
        assert screen.state.record_filter == RecordRef(Kind.ACTOR, "liz-truss")
        await pilot.press("escape")
        assert screen.state.record_filter is None
        assert len(listed(app, "chronology").ids) == 32
        await pilot.press("backspace")  # each Esc was a step: Backspace undoes it
        assert screen.state.record_filter == RecordRef(Kind.ACTOR, "liz-truss")
        await pilot.press("backspace")
        assert box(app, "chronology").value == "tweet"


async def test_letters_typed_in_one_burst_with_the_slash_reach_the_box(tmp_path: Path) -> None:
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        # The first screen mounts no filter box: the first `/` does, and the
        # letters typed with it wait for it.
        assert not app.screen.query(FilterInput)
        burst(app, "slash", "k", "i", "r", "b", "q")  # q: a letter here, not Quit
        await pilot.pause()
        await pilot.pause()
        assert box(app, "actors").value == "kirbq"
        assert app.is_running
        burst(app, "backspace", "enter")
        await pilot.pause()
        await pilot.pause()
        assert listed(app, "actors").ids == ["john-kirby"]
        assert app.focused is listed(app, "actors")


async def test_the_sources_column_stays_under_its_title_after_filtering(tmp_path: Path) -> None:
    def columns(app: App[None]) -> tuple[int, int]:
        titles = str(app.screen.query_one("#chronology .column-titles", Static).render())
        row = "".join(segment.text for segment in listed(app, "chronology").render_line(0))
        first_word = row.rstrip().split()[-1]  # "single" or a count of sources
        return titles.index("Sources"), row.rstrip().rindex(first_word)

    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        title, cell = columns(app)
        assert title == cell
        await pilot.press("tab", "slash", *"truss", "enter")  # 3 rows: nothing to scroll
        await pilot.pause()
        assert len(listed(app, "chronology").ids) == 3
        assert columns(app) == (title, cell)


async def test_the_list_scrolls_as_far_as_its_rows_go_after_each_filter(tmp_path: Path) -> None:
    """A filter changes what there is to scroll, and the scrollbar's thumb with
    it (the list sets that without a layout of the screen: record_list.py)."""
    from bench.generate import generate

    folder = generate(tmp_path / "big", 70)  # 2,240 actors, filtered in the background
    app = reader(folder, tmp_path / "index")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        actors = listed(app, "actors")
        bar = actors.vertical_scrollbar
        whole = actors.max_scroll_y
        assert whole > 0 and bar.window_virtual_size == actors.virtual_size.height
        # the Zoës with a word that begins with a t (a number typed is whole: `12`
        # finds the names ending in 12 alone, no more 120 … 1299)
        await pilot.press("slash", *"zoe", "space", "t")
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert 100 < actors.record_count < 200
        assert 0 < actors.max_scroll_y < whole and actors.scroll_y == 0
        assert bar.window_virtual_size == actors.virtual_size.height  # the thumb's size
        await pilot.press("enter", "G")  # to the list, the filter kept; its last record
        await settle(pilot)
        assert actors.in_view(actors.ids[-1]) and actors.scroll_y == actors.max_scroll_y
        await pilot.press("escape")
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert actors.record_count == 2240
        assert actors.max_scroll_y == whole
        assert bar.window_virtual_size == actors.virtual_size.height


async def test_a_word_every_record_holds_keeps_them_all_with_the_word_marked(
    tmp_path: Path,
) -> None:
    from bench.generate import generate

    folder = generate(tmp_path / "big", 70)  # 2,240 actors, each a "Minister of …"
    app = reader(folder, tmp_path / "index")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        actors = listed(app, "actors")
        whole = actors.ids
        await pilot.press("slash", *"minis")
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert actors.ids == whole
        assert "Minis" in underlined(actors, range(actors.size.height))
        await pilot.press("x")  # no one is a "ministx"
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert actors.record_count == 0


async def test_an_emptied_pane_says_why_and_the_rows_come_back(tmp_path: Path) -> None:
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        actors = listed(app, "actors")
        await pilot.press("slash", *"zzyzx")
        assert actors.ids == []
        # wrapped within the pane (narrower than the sentence), never cut
        said = drawn(actors)
        assert len(said.strip().splitlines()) > 1
        assert (
            "Nothing matches what you typed. Esc clears it; f finds words anywhere in the "
            "briefing, summaries and sources too."
        ) in " ".join(said.split())
        assert title(app, "actors").startswith("Actors (0 of ")
        await pilot.press("escape")
        assert actors.ids
        assert "Nothing matches" not in drawn(actors)


async def test_an_actor_without_quotes_leaves_the_quotes_pane_saying_so(tmp_path: Path) -> None:
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, BriefingScreen)
        queries = screen.queries
        silent = next(a for a in queries.actors if not queries.quotes_involving(a.id))
        assert listed(app, "actors").move_to(silent.id)
        await pilot.press("enter")
        assert "No quotes for this actor." in drawn(listed(app, "quotes"))


async def test_down_from_the_filter_box_goes_to_the_list_as_enter_does(tmp_path: Path) -> None:
    """↓ in the box did nothing, and the next letter, meant for the list, was typed
    into the filter: "Nothing matches" (a multilingual author's trial)."""
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab", "tab", "slash", *"mac", "down")
        await pilot.pause()
        records = listed(app, "quotes")
        assert app.focused is records
        first = records.highlighted_id
        await pilot.press("j")
        await pilot.pause()
        assert box(app, "quotes").value == "mac"  # the j went to the list
        assert records.highlighted_id != first

"""f in the reader: search the briefing (from the library: every one); Enter opens a hit."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from conftest import CONTENT, REPO, write_folder
from reader_helpers import (
    SIZE,
    SMALL,
    bundled_and_example,
    burst,
    reader,
    screen_lines,
    settle,
    toasts,
)
from textual.widgets import Input, OptionList, Static

import briefing.screens.search as search_module
from briefing.screens.briefing_screen import BriefingScreen
from briefing.screens.details import DetailsScreen
from briefing.screens.library import LibraryScreen
from briefing.screens.quote_viewer import QuoteViewer
from briefing.screens.search import SearchScreen
from briefing.screens.source_text import SourceText

EXAMPLE = REPO / "docs" / "example"


async def _search(pilot, typed: str) -> SearchScreen:  # type: ignore[no-untyped-def]
    await pilot.press("f")
    screen = pilot.app.screen
    assert isinstance(screen, SearchScreen)
    await pilot.press(*typed)
    await pilot.pause(0.3)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    return screen


def _lines(screen: SearchScreen) -> list[str]:
    results = screen.query_one(OptionList)
    return [str(results.get_option_at_index(n).prompt) for n in range(results.option_count)]


async def test_results_are_grouped_and_enter_opens_the_quote(tmp_path: Path) -> None:
    app = reader(CONTENT, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await _search(pilot, "HUGE mistake")
        lines = _lines(screen)
        assert lines[0] == "Quotes (1)" and lines[2] == "Source passages (1)"
        assert "truss-any-incursion" in lines[1]
        await pilot.press("down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, QuoteViewer)
        assert "truss-any-incursion" in str(
            app.screen.query_one("#viewer-position", Static).render()
        )
        # Back returns to the results of the same words, not to the panes.
        await pilot.press("backspace")
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)
        assert "truss-any-incursion" in _lines(app.screen)[1]


async def test_signs_alone_are_said_to_hold_no_word(tmp_path: Path) -> None:
    """`€` alone showed an empty page with nothing said (a fact-checker's trial)."""
    app = reader(CONTENT, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await _search(pilot, "")
        screen.query_one(Input).value = "€ %"  # (Pilot has no key for "€")
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        await pilot.pause()
        status = str(screen.query_one("#search-status", Static).render())
        assert "'€ %' holds no word to look for" in status
        assert _lines(screen) == []


async def test_a_passage_opens_its_source_text_and_n_steps_through_the_hits(
    tmp_path: Path,
) -> None:
    app = reader(CONTENT, tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        screen = await _search(pilot, '"allied resolve"')
        lines = _lines(screen)
        passage = lines.index("Source passages (1)") + 1
        results = screen.query_one(OptionList)
        results.focus()
        results.highlighted = passage
        await pilot.press("enter")
        await pilot.pause()
        viewer = app.screen
        assert isinstance(viewer, SourceText)
        assert len(viewer.hits) == 1
        text = viewer.text
        start, end = viewer.hits[0]
        assert text[start:end] == "Allied Resolve"


async def test_n_and_shift_n_step_through_every_hit_of_the_text(tmp_path: Path) -> None:
    app = reader(CONTENT, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await _search(pilot, "talks")
        lines = _lines(screen)
        passage = next(n for n, line in enumerate(lines) if line.startswith("Source passages")) + 1
        screen.query_one(OptionList).focus()
        screen.query_one(OptionList).highlighted = passage
        await pilot.press("enter")
        await pilot.pause()
        viewer = app.screen
        assert isinstance(viewer, SourceText)
        assert len(viewer.hits) > 3
        first = viewer.current
        assert all(viewer.text[a:b].lower() == "talks" for a, b in viewer.hits)
        await pilot.press("n")
        assert viewer.current == first + 1
        hits = str(viewer.query_one("#source-hits", Static).render())
        assert hits == f"hit {first + 2} of {len(viewer.hits)}"
        # the keys are the footer's to say, as the keymap has them: the title
        # said "n/p: next/previous" too, and wrapped at 120 columns (an author's trial)
        assert "n/p" not in str(viewer.query_one("#source-title", Static).render())
        await pilot.press("N", "N")
        assert viewer.current == (first - 1) % len(viewer.hits)


@pytest.mark.parametrize("size", [SIZE, SMALL, (60, 24)])
async def test_the_hit_counter_is_never_split_over_two_lines(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    """A new user's trial at 120x40: a long source title pushed "hit 1 of 3" to
    the line's end, and "of 3" went onto a line of its own."""
    app = reader(CONTENT, tmp_path)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("f")
        viewer = await _to_passage(pilot, "truss")
        await pilot.pause()
        lines = screen_lines(app.export_screenshot())
        title = viewer.source.title
        assert len(title) > 100  # longer than a line at 120 columns, with the counter
        counter = f"hit {viewer.current + 1} of {len(viewer.hits)}"
        # the counter whole on the header's first line, the title whole
        assert counter in lines[0], "\n".join(lines[:3])
        header = lines[: 1 + next(n for n, line in enumerate(lines) if title.split()[-1] in line)]
        assert title.split() == " ".join(header).replace(counter, "").split(), header


async def test_stepping_past_the_last_hit_says_it_goes_round(tmp_path: Path) -> None:
    """From "hit 3 of 3", n went to "hit 1 of 3" without a word (a new user's trial)."""
    app = reader(CONTENT, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await _search(pilot, "talks")
        viewer = await _to_passage(pilot, "talks")
        for _ in range(len(viewer.hits) - 1 - viewer.current):
            await pilot.press("n")
        await pilot.pause()
        assert "No more hits" not in toasts(app)
        await pilot.press("n")
        await pilot.pause()
        assert viewer.current == 0
        assert "No more hits that way: back to the first." in toasts(app)


async def test_from_the_library_every_briefing_is_searched(tmp_path: Path) -> None:
    content = bundled_and_example(tmp_path)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await _search(pilot, "mill street")
        lines = _lines(screen)
        assert any("Riverside" in line for line in lines)
        screen.query_one(OptionList).focus()
        screen.query_one(OptionList).highlighted = 1
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, QuoteViewer)
        # one of many briefings' quotes: whose it is is said (a trial)
        position = str(app.screen.query_one("#viewer-position", Static).render())
        assert position.endswith(" · in Riverside closes the Mill Street bridge to cars"), position


async def test_a_library_search_goes_through_the_briefings_in_the_librarys_order(
    tmp_path: Path,
) -> None:
    """Results came in folder order whatever the library's (a trial)."""
    content = bundled_and_example(tmp_path)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        newest = _lines(await _search(pilot, "the"))[1]
        assert newest.startswith("Riverside closes the Mill Street bridge to cars · ")
        await pilot.press("escape", "o")  # by title
        await pilot.pause()
        await pilot.press("f", "ctrl+u", *"said")
        await _to_results(pilot)
        first = _lines(app.screen)[1]  # type: ignore[arg-type]
        assert first.startswith("Diplomacy over the Russian troop build-up"), first


async def test_a_library_search_says_how_far_it_is_and_dims_the_rows_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Over 500 briefings Find took seconds with a still "Searching…" over the
    rows of the words typed before, as if they were its results (a trial)."""
    content = bundled_and_example(tmp_path)
    monkeypatch.setattr(search_module, "PROGRESS_SECONDS", 0.0)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await _search(pilot, "mill")
        results = screen.query_one(OptionList)
        assert not results.has_class("-stale")
        mill = _lines(screen)
        go_on = threading.Event()
        load = screen.load

        def slow_second(briefing_id: str):  # type: ignore[no-untyped-def]
            if briefing_id != screen.scope[0][0]:
                go_on.wait(10)
            return load(briefing_id)

        screen.load = slow_second
        await pilot.press(*" street")
        for _ in range(50):
            await pilot.pause(0.05)
            status = str(screen.query_one("#search-status", Static).render())
            if "1 of 2" in status:
                break
        assert status == "Searching… 1 of 2 briefings · the results below are for “mill”"
        assert results.has_class("-stale") and _lines(screen) == mill
        go_on.set()
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert not results.has_class("-stale")
        assert "Searching" not in str(screen.query_one("#search-status", Static).render())


async def test_a_library_search_lists_its_first_results_and_counts_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`the` over 500 briefings listed 100,000 rows, each found in its text
    first, for seconds (a trial): the library lists LIBRARY_SHOWN, and says
    how many there are."""
    content = bundled_and_example(tmp_path)
    monkeypatch.setattr(search_module, "LIBRARY_SHOWN", 5)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await _search(pilot, "bridge")
        assert len(screen.targets) == 5
        status = str(screen.query_one("#search-status", Static).render())
        shown, _, rest = status.partition(" results shown of ")
        assert shown == "5" and int(rest.split()[0]) > 5, status


async def test_content_in_results_is_never_markup(tmp_path: Path) -> None:
    from hostile import write_hostile

    content = write_hostile(tmp_path / "hostile")
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await _search(pilot, "markup")
        shown = " ".join(_lines(screen))
        assert "[bold red]MARKUP[/]" in shown
        assert "\x1b" not in shown


async def test_a_damaged_word_index_is_rebuilt_and_the_search_answers(tmp_path: Path) -> None:
    from briefing.index.store import open_index

    open_index(CONTENT, tmp_path / "index.json")
    (file,) = (tmp_path / "index.json.briefings").glob("*.json")
    file.write_bytes(file.read_bytes().replace(b'"kinds":"', b'"kindz":"'))
    app = reader(CONTENT, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await _search(pilot, "zelensk")
        status = str(screen.query_one("#search-status", Static).render())
        assert status.startswith("6 results"), status
        assert list((tmp_path / "index.json.briefings").glob("*.damaged"))


def _back_at_results(app, typed: str, row: int) -> None:  # type: ignore[no-untyped-def]
    """Find's results are shown again: the same words, the row opened selected, focused."""
    screen = app.screen
    assert isinstance(screen, SearchScreen)
    assert screen.query_one(Input).value == typed
    results = screen.query_one(OptionList)
    assert results.highlighted == row
    assert app.focused is results


async def _to_results(pilot) -> None:  # type: ignore[no-untyped-def]
    await pilot.pause(0.3)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_back_from_a_passage_returns_to_the_results_on_its_row(tmp_path: Path) -> None:
    app = reader(CONTENT, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await _search(pilot, "romania")
        lines = _lines(screen)
        passage = lines.index("Source passages (3)") + 2  # the second passage
        await pilot.press("down")
        results = screen.query_one(OptionList)
        while results.highlighted != passage:
            await pilot.press("down")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SourceText)
        await pilot.press("n", "backspace")
        await _to_results(pilot)
        _back_at_results(app, "romania", passage)
        # and again from a record, then the panes with Esc
        await pilot.press("up", "up", "up", "enter")  # over the heading, to an actor
        await pilot.pause()
        await pilot.press("backspace")
        await _to_results(pilot)
        _back_at_results(app, "romania", passage - 4)
        await pilot.press("escape")
        assert isinstance(app.screen, BriefingScreen)


async def test_back_from_a_jump_out_of_a_result_reaches_the_results(tmp_path: Path) -> None:
    app = reader(CONTENT, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await _search(pilot, "HUGE mistake")
        await pilot.press("down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, QuoteViewer)
        await pilot.press("a")  # to the speaker's thread
        await pilot.pause()
        assert isinstance(app.screen, BriefingScreen)
        await pilot.press("backspace")  # the quote again
        await pilot.pause()
        assert isinstance(app.screen, QuoteViewer)
        await pilot.press("backspace", "backspace")  # the panes, then the results
        await _to_results(pilot)
        _back_at_results(app, "HUGE mistake", 1)


async def test_back_from_a_result_of_the_library_s_find_returns_to_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    searched: list[str] = []
    search = SearchScreen.search

    def counted(screen: SearchScreen, typed: str) -> object:
        searched.append(typed)
        return search(screen, typed)

    monkeypatch.setattr(SearchScreen, "search", counted)
    content = bundled_and_example(tmp_path)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await _search(pilot, "mill street")
        lines = _lines(screen)
        assert len(lines) > 3
        await pilot.press("enter", "down")  # the second result
        opened = screen.query_one(OptionList).highlighted
        assert opened is not None and opened > 1
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, DetailsScreen)
        kind = str(app.screen.query_one(".kind", Static).render())
        title = app.screen.queries.briefing.title
        assert kind.endswith(f" · in {title}")  # which of the briefings it is of
        searches = len(searched)
        await pilot.press("backspace")
        await _to_results(pilot)
        _back_at_results(app, "mill street", opened)
        # shown again as they were, not searched for again: over 300 briefings
        # that was "Searching…" for 3.6 s at each return (a new user's trial)
        assert len(searched) == searches and _lines(app.screen) == lines
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("f")  # the words are still there
        assert app.screen.query_one(Input).value == "mill street"


@pytest.mark.parametrize("from_library", [True, False])
async def test_back_through_a_step_out_of_a_result_still_reaches_the_results(
    tmp_path: Path, from_library: bool
) -> None:
    """Find, Enter on a quote, `e` to its event, then Backspace: the quote again,
    and Backspace once more stopped at the panes before the results (a trial)."""
    content = bundled_and_example(tmp_path)
    app = reader(content if from_library else EXAMPLE, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await _search(pilot, "bridge safe")
        await pilot.press("enter", "enter")  # to the results, then open the first
        await pilot.pause()
        assert isinstance(app.screen, QuoteViewer)
        await pilot.press("e")  # to the quote's event
        await pilot.pause()
        assert isinstance(app.screen, BriefingScreen)
        await pilot.press("backspace")
        await pilot.pause()
        assert isinstance(app.screen, QuoteViewer)
        await pilot.press("backspace")
        await _to_results(pilot)
        assert app.screen is screen or isinstance(app.screen, SearchScreen)
        _back_at_results(app, "bridge safe", 1)


async def test_results_lead_with_titles_and_names_and_say_what_more_means(
    tmp_path: Path,
) -> None:
    app = reader(CONTENT, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        lines = _lines(await _search(pilot, "romania"))
        assert lines[1].startswith("John Kirby details the deployments  summary: ◂")
        assert lines[1].endswith("· kirby-details-deployment")  # the id last
        assert (
            "Romanian Defense Ministry  (1 more match in it: aliases)  · romanian-defense-ministry"
            in lines
        )
        assert not any(" +" in line for line in lines)
        passage = lines[lines.index("Source passages (3)") + 1]
        assert passage.startswith("Truss meets Lavrov in Moscow")  # the source's title
        await pilot.press("escape")
        lines = _lines(await _search(pilot, "HUGE mistake"))
        assert lines[1].startswith("Liz Truss: “Any incursion would be a huge mistake.")


def _footer_keys(screen) -> set[str]:  # type: ignore[no-untyped-def]
    return {b.key for _, b, enabled, _ in screen.active_bindings.values() if b.show and enabled}


async def test_previous_is_p_and_in_the_footer_wherever_next_is_n(tmp_path: Path) -> None:
    app = reader(CONTENT, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await _search(pilot, "HUGE mistake")
        await pilot.press("down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, QuoteViewer)
        assert {"n", "p"} <= _footer_keys(app.screen)
        await pilot.press("escape")
        screen = await _to_passage(pilot, "talks")
        assert {"n", "p"} <= _footer_keys(screen)
        first = screen.current
        await pilot.press("p")
        assert screen.current == (first - 1) % len(screen.hits)
        await pilot.press("N")  # the key it had first still works
        assert screen.current == (first - 2) % len(screen.hits)


async def _to_passage(pilot, typed: str) -> SourceText:  # type: ignore[no-untyped-def]
    screen = pilot.app.screen
    assert isinstance(screen, SearchScreen)
    screen.query_one(Input).value = typed
    await _to_results(pilot)
    lines = _lines(screen)
    results = screen.query_one(OptionList)
    results.focus()
    results.highlighted = (
        next(n for n, x in enumerate(lines) if x.startswith("Source passages")) + 1
    )
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(pilot.app.screen, SourceText)
    return pilot.app.screen


async def test_down_pressed_before_the_results_come_takes_the_user_to_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """↓ and Enter typed while Find said "Searching…" were lost: focus stayed in the
    box, no row selected (a new user's trial). Up from the first row goes back."""
    app = reader(CONTENT, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f", *"lavrov", "down")  # before the search has even started
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        await _to_results(pilot)
        results = screen.query_one(OptionList)
        assert app.focused is results and results.highlighted == 1  # the first result
        await pilot.press("down", "up")
        assert app.focused is results and results.highlighted == 1
        await pilot.press("up")
        assert app.focused is screen.query_one(Input)
        # Typed on at once after ↓, before the results come. Pilot.press waits
        # after each key, now and then long enough for the results of "truss" to
        # come before ↓ (the test failed 1 run in 3): the search waits longer here.
        monkeypatch.setattr(search_module, "DEBOUNCE_SECONDS", 1.0)
        await pilot.press("escape", "f", *"truss", "down")
        burst(app, *" moscow")
        await _to_results(pilot)
        await pilot.pause(1.0)
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)
        assert app.focused is app.screen.query_one(Input)  # the box kept the keys


async def test_down_before_the_words_typed_are_searched_waits_for_their_results(
    tmp_path: Path,
) -> None:
    """↓ pressed while the rows of the words typed before were still shown took the
    user into those rows, not to the results of what the box held."""
    app = reader(CONTENT, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await _search(pilot, "lavrov")
        lavrov = _lines(screen)
        burst(app, *" moscow", "down")  # at once: the rows are still those of "lavrov"
        await pilot.pause()
        assert _lines(screen) == lavrov and app.focused is screen.query_one(Input)
        await _to_results(pilot)
        assert _lines(screen) != lavrov  # the rows of "lavrov moscow", and the user in them
        assert app.focused is screen.query_one(OptionList)


async def test_the_results_take_j_k_g_and_capital_g_as_every_list_does(tmp_path: Path) -> None:
    """A new user's trial: j, k, g and G did nothing in the results (only the
    arrows, Home and End moved), unlike every other list of the reader."""
    app = reader(CONTENT, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await _search(pilot, "talks")
        results = screen.query_one(OptionList)
        await pilot.press("down")  # from the words to the results
        assert app.focused is results
        first = results.highlighted
        await pilot.press("j")
        assert results.highlighted is not None and first is not None
        assert results.highlighted > first
        await pilot.press("G")
        last = results.highlighted
        assert last is not None and last > first + 1
        await pilot.press("k")
        assert results.highlighted is not None and results.highlighted < last
        await pilot.press("g")
        assert results.highlighted == first


async def test_no_results_point_to_no_results(tmp_path: Path) -> None:
    """ "0 results · ↓ or Enter: to the results" pointed to nothing (a new user's trial)."""
    app = reader(CONTENT, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await _search(pilot, "zzyzx")
        status = str(screen.query_one("#search-status", Static).render())
        assert status.startswith("0 results") and "to the results" not in status
        assert "Esc: back" in status


async def test_rows_of_two_briefings_of_one_title_say_which_is_which(tmp_path: Path) -> None:
    """A copy of a briefing beside it: Find's rows named both by the same title,
    and could not be told apart (an author's trial). Their ids say which."""
    content = tmp_path / "library"
    folder = CONTENT / "ukraine-diplomacy-2022-02-10"
    files = {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    write_folder(content / "original", files)  # type: ignore[arg-type]
    briefing = files["briefing.yaml"].decode().replace("id: ukraine-", "id: copy-of-ukraine-", 1)
    write_folder(content / "copy", {**files, "briefing.yaml": briefing.encode()})  # type: ignore[arg-type]
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        lines = _lines(await _search(pilot, "lavrov truss"))
        title = "Diplomacy over the Russian troop build-up near Ukraine, 9–10 February 2022"
        assert any(line.startswith(f"{title} (copy-of-ukraine-") for line in lines), lines
        assert any(line.startswith(f"{title} (ukraine-") for line in lines), lines


async def test_the_hits_are_the_words_in_the_passages_that_hold_them_all(tmp_path: Path) -> None:
    """A desk editor's trial: "agreed with her" found one passage, whose source
    then said "hit 1 of 2", and n went to a lone "within" elsewhere. The hits
    are the words searched in the paragraphs that hold every one of them."""
    app = reader(CONTENT, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f")
        viewer = await _to_passage(pilot, "talks brussels")
        hit_words = [viewer.text[a:b] for a, b in viewer.hits]
        assert sorted(hit_words) == ["Brussels", "Brussels", "talks"]
        paragraph = {viewer._paragraph_of(start) for start, _ in viewer.hits}
        assert len(paragraph) == 1  # the talks of other paragraphs are not hits
        assert viewer.text.lower().count("talks") > 3
        counter = str(viewer.query_one("#source-hits", Static).render())
        assert counter == "hit 1 of 3"

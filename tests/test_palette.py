"""Ctrl+P finds records by their words, and lists a bounded number of them.

At x1000 the palette listed all 74,000 records on opening and matched each
key's letters anywhere in every one of them: it froze the reader for ten
seconds, and "kirb" found "Macron briefs Biden" (a new user's trial).
"""

from __future__ import annotations

import threading
from collections import Counter
from pathlib import Path

import pytest
from conftest import BASE_FILES, briefing_files, write_folder
from reader_helpers import SIZE, reader, settle, until
from textual.command import CommandList

from briefing.records.queries import BriefingQueries
from briefing.screens import palette
from briefing.screens.palette import LISTED_BEFORE_TYPING, MOST_LISTED
from briefing.screens.textual_private import rendered_strips
from briefing.screens.themes import LEAST_CONTRAST, contrast


async def _rows(app, pilot, typed: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The palette's rows (first line of each) after typing `typed`."""
    await pilot.press("ctrl+p", *typed)
    for _ in range(40):
        await pilot.pause(0.1)
        commands = app.screen.query(CommandList)
        if commands and (commands.first().option_count or not typed):
            break
    await pilot.pause(0.3)  # the rows come in batches
    listed = app.screen.query_one(CommandList)
    return [
        listed.get_option_at_index(n).prompt.plain.split("\n")[0]
        for n in range(listed.option_count)
    ]


def _many_actors(tmp_path: Path, count: int) -> Path:
    """The base briefing with `count` more actors, each named "Envoy N"."""
    text = str(BASE_FILES["briefing.yaml"])
    more = "".join(
        f"  - id: envoy-{n}\n    name: Envoy {n}\n    kind: person\n" for n in range(count)
    )
    text = text.replace("events:\n", more + "events:\n", 1)
    return write_folder(tmp_path / "b", briefing_files(**{"briefing.yaml": text}))


async def test_words_begin_words_of_the_record(tmp_path: Path) -> None:
    app = reader(None, tmp_path / "index")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        rows = await _rows(app, pilot, "kirb")
        records = [row for row in rows if row.startswith(("Actor:", "Event:", "Quote:"))]
        assert records and all("Kirby" in row for row in records), records
        assert not any("briefs Biden" in row for row in rows)


async def test_a_search_lists_the_first_records_in_the_briefings_order(tmp_path: Path) -> None:
    app = reader(_many_actors(tmp_path, MOST_LISTED + 50), tmp_path / "index")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        rows = await _rows(app, pilot, "envoy")
        assert rows == [f"Actor: Envoy {n} · envoy-{n}" for n in range(MOST_LISTED)]


async def test_a_large_briefing_lists_its_records_only_as_words_are_typed(
    tmp_path: Path,
) -> None:
    app = reader(_many_actors(tmp_path, LISTED_BEFORE_TYPING), tmp_path / "index")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        rows = await _rows(app, pilot, "")
        assert rows and not any(row.startswith(("Actor:", "Event:", "Quote:")) for row in rows)
        assert any("theme" in row.lower() for row in rows)  # Textual's own commands stay


async def test_a_small_briefing_lists_every_record_before_typing(tmp_path: Path) -> None:
    app = reader(None, tmp_path / "index")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        rows = await _rows(app, pilot, "")
        briefing = app.screen_stack[-2].briefing
        records = [row for row in rows if row.startswith(("Actor:", "Event:", "Quote:"))]
        assert len(records) == len(briefing.actors) + len(briefing.events) + len(briefing.quotes)


async def test_words_typed_while_the_records_are_read_find_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each key cancels the palette's search under way, and one cancelled while
    it waited for the records' words cancelled their making for good: Ctrl+P and
    a word typed at once at x1000 found nothing until the palette was closed
    (a demanding user's trial). The words are made here only once all is typed."""
    let_go = threading.Event()
    make = palette.entries

    def held(queries: BriefingQueries) -> object:
        assert let_go.wait(20), "the test never let the words be made"
        return make(queries)

    monkeypatch.setattr(palette, "entries", held)
    app = reader(None, tmp_path / "index")
    try:
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press("ctrl+p", "k")
            await until(pilot, lambda: app.screen.query(CommandList), "the palette")
            await pilot.press(*"irb")  # each key cancels the search of the one before
            let_go.set()
            commands = app.screen.query_one(CommandList)
            await until(pilot, lambda: commands.option_count, "the records found")
            first = commands.get_option_at_index(0).prompt.plain
            assert "Kirby" in first
    finally:
        let_go.set()


async def test_a_long_quote_is_found_by_its_last_words_and_shown_around_them(
    tmp_path: Path,
) -> None:
    """Only the 70 cells a quote's row shows were matched: a quote was not found
    by its later words (an author's trial). It is found by any of its words, and
    its row shows where they stand."""
    app = reader(None, tmp_path / "index")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        rows = await _rows(app, pilot, "dialogue russia")
        quotes = [row for row in rows if row.startswith("Quote:")]
        assert len(quotes) == 1, rows
        assert quotes[0].startswith("Quote: “◂") and "firm dialogue with Russia”" in quotes[0]
        await pilot.press("escape")
        rows = await _rows(app, pilot, "dialogue engage")  # in sight: from its start
        assert any(row.startswith("Quote: “We must find ways and means") for row in rows), rows


async def test_a_record_whose_id_is_typed_whole_comes_first(tmp_path: Path) -> None:
    """`okafor-gamble` listed an event with those words above the quote of that
    id (an author's trial)."""
    text = str(BASE_FILES["briefing.yaml"]).replace("title: E\n", "title: Talks held\n")
    text = text.replace("  - id: q\n", "  - id: talks-held\n")
    app = reader(write_folder(tmp_path / "b", briefing_files(**{"briefing.yaml": text})), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        rows = await _rows(app, pilot, "talks-held")
        assert rows[0].startswith("Quote:") and rows[0].endswith("talks-held"), rows
        assert rows[1].startswith("Event:") and "Talks held" in rows[1], rows


async def test_the_palette_offers_no_maximize(tmp_path: Path) -> None:
    """Textual's Maximize hid the header, the footer and the column headings,
    and nothing said that Esc brings them back (a mouse user's trial)."""
    app = reader(None, tmp_path / "index")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        rows = await _rows(app, pilot, "")
        assert "Keys" in rows and "Quit" in rows  # Textual's own commands are there
        assert "Maximize" not in rows


async def test_a_warned_quote_says_so_under_its_row(tmp_path: Path) -> None:
    """The palette listed a quote the checker warned of as a sound one, where
    the quotes pane marks its row `⚠` (left alone at stop 37)."""
    text = str(BASE_FILES["briefing.yaml"]).replace("text: hello world", "text: ello world")
    app = reader(write_folder(tmp_path / "b", briefing_files(**{"briefing.yaml": text})), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await _rows(app, pilot, "ello")
        listed = app.screen.query_one(CommandList)
        prompts = [listed.get_option_at_index(n).prompt.plain for n in range(listed.option_count)]
        quoted = [p for p in prompts if p.startswith("Quote:")]
        assert quoted and all("⚠ the checker warns of it" in p for p in quoted), prompts


async def test_a_warned_event_says_so_under_its_row(tmp_path: Path) -> None:
    """As the chronology marks an event the checker warned of (its when_text
    names a weekday its date is not); the sound event says nothing."""
    from test_event_warnings import wrong_weekday

    app = reader(wrong_weekday(tmp_path / "b"), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await _rows(app, pilot, "Event")
        listed = app.screen.query_one(CommandList)
        prompts = [listed.get_option_at_index(n).prompt.plain for n in range(listed.option_count)]
        events = {p.split(" · ")[1][0]: p for p in prompts if p.startswith("Event:")}
        assert "⚠ the checker warns of it" in events["E"], prompts
        assert "checker" not in events["F"], prompts


async def test_with_no_color_the_chosen_line_stands_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under NO_COLOR the chosen line was grey 236 among grey 234, with no other
    mark (a trial on limited terminals)."""
    monkeypatch.setenv("NO_COLOR", "1")
    app = reader(None, tmp_path / "index")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await _rows(app, pilot, "truss")
        await pilot.press("down")
        await pilot.pause()
        backgrounds = []  # of each record's line
        for strip in rendered_strips(app.screen):
            line = "".join(text for text, _, _ in strip).strip()
            if line.startswith(("Actor:", "Event:", "Quote:")):
                colour = next(s.bgcolor for t, s, _ in strip if t.strip() and s and s.bgcolor)
                backgrounds.append(tuple(colour.get_truecolor()))
        usual = Counter(backgrounds).most_common(1)[0][0]
        chosen = [colour for colour in backgrounds if colour != usual]
        assert len(backgrounds) > 2 and len(chosen) == 1, backgrounds
        assert contrast(chosen[0], usual) >= LEAST_CONTRAST, backgrounds


async def test_a_warned_actor_says_so_under_its_row(tmp_path: Path) -> None:
    """As the actors pane marks the second of two actors the reader cannot tell
    apart; the first says nothing."""
    from test_actor_source_warnings import alike_and_late

    app = reader(alike_and_late(tmp_path / "b"), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await _rows(app, pilot, "reyes")
        listed = app.screen.query_one(CommandList)
        prompts = [listed.get_option_at_index(n).prompt.plain for n in range(listed.option_count)]
        actors = {p.split("\n")[0]: p for p in prompts if p.startswith("Actor:")}
        assert "⚠ the checker warns of it" in actors["Actor: Tomas Reyes — Council leader · reyes2"]
        assert "checker" not in actors["Actor: Tomás Reyes — Council leader · reyes"], prompts

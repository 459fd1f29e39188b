"""A quote the checker warned of is marked on its row and says why in its viewer.

The library said "1 warning" on the briefing's row, but inside it the quote
pane and the viewer showed "we won" (taken from "we won't") exactly as a
sound quote: a reader trusting that the reader never shows a word its source
does not contain read it as said (a review). Every test runs under NO_COLOR
(conftest): the mark is a glyph, not a colour.
"""

from __future__ import annotations

from pathlib import Path

from conftest import BASE_FILES, briefing_files, write_folder
from reader_helpers import SIZE, SMALL, reader, screen_lines, settle
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Static

from briefing.screens.quote_viewer import QuoteViewer
from briefing.screens.record_list import RecordList
from briefing.screens.summary import SummaryScreen

BASE = str(BASE_FILES["briefing.yaml"])
SOUND = """\
  - id: sound
    text: Then she left
    speaker: a
    source: s
"""
SOURCE = "I can assure you that we won't.\n\nThen she left.\n"
WARNED = "⚠ The checker warns: this quote takes part of a word of the source 's': 'won't'"


def cut_and_sound(tmp_path: Path, yaml: str | None = None) -> Path:
    """The small briefing of conftest: "we won" from "we won't", and a sound quote."""
    if yaml is None:
        yaml = BASE.replace("text: hello world", 'text: "I can assure you that we won"') + SOUND
    files = briefing_files(**{"briefing.yaml": yaml, "sources/s.txt": SOURCE})
    return write_folder(tmp_path / "b", files)


def rows(app: App[None]) -> list[str]:
    """The quotes pane's lines as drawn."""
    listed = app.screen.query_one("#quotes-list", RecordList)
    drawn = ("".join(s.text for s in listed.render_line(y)) for y in range(listed.size.height))
    return [line.rstrip() for line in drawn if line.strip()]


def row_of(app: App[None], words: str) -> list[str]:
    """A quote's row (its words, then who said it), found by its words."""
    shown = rows(app)
    at = next(i for i, line in enumerate(shown) if words in line)
    return shown[at : at + 2]


async def to_quotes(pilot: Pilot[None]) -> None:
    await settle(pilot)
    await pilot.press("tab", "tab")
    await pilot.pause()


async def open_quote(pilot: Pilot[None], quote_id: str, in_quotes: bool = False) -> QuoteViewer:
    """The quote in its viewer, from the briefing as it opens (or `in_quotes`, its pane)."""
    if not in_quotes:
        await to_quotes(pilot)
    assert pilot.app.screen.query_one("#quotes-list", RecordList).move_to(quote_id)
    await pilot.press("enter")
    await settle(pilot)
    viewer = pilot.app.screen
    assert isinstance(viewer, QuoteViewer)
    return viewer


async def test_only_the_warned_quotes_row_is_marked(tmp_path: Path) -> None:
    for size in (SIZE, SMALL):  # every pane side by side, and a pane a tab
        app = reader(cut_and_sound(tmp_path), tmp_path)
        async with app.run_test(size=size) as pilot:
            await to_quotes(pilot)
            words, who = row_of(app, "we won")
            assert who.startswith("⚠ — A"), (size, words, who)
            assert row_of(app, "Then she left")[1].startswith("— A"), size
            assert sum("⚠" in line for line in rows(app)) == 1


async def test_the_viewer_says_the_warning_before_the_words(tmp_path: Path) -> None:
    app = reader(cut_and_sound(tmp_path), tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        viewer = await open_quote(pilot, "q")
        shown = [line.strip() for line in screen_lines(app.export_screenshot())]
        said = next(i for i, line in enumerate(shown) if line.startswith("⚠ The checker warns"))
        # at 80×24 the top holds one row, for the words' sake, under the position line
        assert shown[said].startswith("⚠ The checker warns (in full below): this quote takes")
        assert shown[said].endswith("▸") and shown[said - 1].startswith("Quote ")
        words = next(i for i, line in enumerate(shown) if "I can assure you" in line)
        assert said < words
        # the warning whole, with the author's advice, in the facts under the words,
        # where a warning of three rows was cut (a trial on limited terminals)
        below = next(i for i, line in enumerate(shown) if line.startswith("Warning "))
        assert words < below
        assert WARNED.removeprefix("⚠ The checker warns: ") in " ".join(shown[below:])
        assert any("Its advice to the author" in line for line in shown[below:])
        await pilot.press("n")  # the sound quote, next in the pane
        await settle(pilot)
        assert viewer.quote.id == "sound"
        shown = screen_lines(app.export_screenshot())
        assert not any("⚠" in line or "checker" in line for line in shown)


async def test_a_larger_viewer_gives_the_checkers_advice_too(tmp_path: Path) -> None:
    app = reader(cut_and_sound(tmp_path), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_quote(pilot, "q")
        shown = [line.strip() for line in screen_lines(app.export_screenshot())]
        said = shown.index(WARNED)
        assert shown[said + 1].startswith("Its advice to the author: quote whole words")


async def test_a_warning_longer_than_its_rows_is_said_whole_under_the_words(
    tmp_path: Path,
) -> None:
    """At 120×40 the top holds a warning to three rows: one of five (the
    report's narration given to a speaker) was cut, its advice lost (a
    fact-checker's trial). The facts say it whole; a short one stays at the top alone."""
    narration = (
        "Talks resumed on Monday after a week of strikes at the port, and the two sides "
        'met again at the harbour office. "We are close to a deal now," she said.\n'
    )
    quote = "Talks resumed on Monday after a week of strikes at the port"
    yaml = BASE.replace("text: hello world", f'text: "{quote}"') + SOUND
    files = briefing_files(
        **{"briefing.yaml": yaml, "sources/s.txt": narration + "Then she left.\n"}
    )
    app = reader(write_folder(tmp_path / "b", files), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        viewer = await open_quote(pilot, "q")
        assert [w.code for w in viewer.quote.warnings] == ["quote-outside-quotation"]
        shown = [line.strip() for line in screen_lines(app.export_screenshot())]
        top = next(i for i, line in enumerate(shown) if line.startswith("⚠ The checker warns"))
        assert shown[top].endswith("▸")  # held to a row, and said whole below
        below = next(i for i, line in enumerate(shown) if line.startswith("Warning "))
        said = " ".join(shown[below:])
        assert "said by 'A'" in said and "Its advice to the author: quote words" in said


async def test_a_warning_about_an_actor_marks_no_quote(tmp_path: Path) -> None:
    """The actor's name holds a zero-width space: its warning is the actor's."""
    yaml = BASE.replace("    name: A\n", '    name: "A\\u200bB"\n') + SOUND
    app = reader(cut_and_sound(tmp_path, yaml.replace("hello world", "can assure you")), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await to_quotes(pilot)
        assert not any("⚠" in line for line in rows(app)), rows(app)
        await open_quote(pilot, "q", in_quotes=True)
        assert not any("checker" in line for line in screen_lines(app.export_screenshot()))


async def test_c_copies_the_warning_with_the_quote(tmp_path: Path) -> None:
    """Pasted elsewhere, "we won" would travel as said."""
    app = reader(cut_and_sound(tmp_path), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_quote(pilot, "q")
        await pilot.press("c")
        await pilot.pause()
        copied = app.clipboard.splitlines()
        assert copied[0] == "“I can assure you that we won”"
        assert copied[-1] == (
            "The briefing checker warns: this quote takes part of a word of the source 's': 'won't'"
        )


async def test_many_warnings_take_a_row_each_and_are_said_in_full_under_the_quote(
    tmp_path: Path,
) -> None:
    """A quote with every slip at once must still leave its words in sight at 80×24."""
    yaml = (
        BASE.replace(
            "    text: hello world\n    speaker: a\n    source: s\n",
            "    text: I can assure you that we won #1\n    speaker: a\n    source: s\n"
            "    said: 2022-03-01\n    reported_by: a\n",
        ).replace(
            "    text: sources/s.txt\n", "    text: sources/s.txt\n    published: 2022-02-10\n"
        )
        + SOUND
    )
    app = reader(cut_and_sound(tmp_path, yaml), tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        viewer = await open_quote(pilot, "q")
        assert len(viewer.quote.warnings) == 4
        shown = [line.strip() for line in screen_lines(app.export_screenshot())]
        top = [line for line in shown if line.startswith("⚠ The checker warns")]
        assert shown[1:5] == top and top[0].endswith("▸"), shown  # a row each, cut
        assert any("I can assure you that we won't" in line for line in shown)
        chain = viewer.query_one("#chain")
        said = str(chain.render())
        assert "Warnings" in said and "'won't'" in said and "reported_by its own speaker" in said


async def test_the_summary_says_what_the_mark_means(tmp_path: Path) -> None:
    app = reader(cut_and_sound(tmp_path), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        said = " ".join(str(part.render()) for part in app.screen.query(Static))
        assert "⚠ the checker warns of the quote, event, actor or source it marks" in " ".join(
            said.split()
        )


async def test_the_header_says_how_many_quotes_the_checker_warned_of(tmp_path: Path) -> None:
    """The library's row said "1 warning"; once the briefing was open only the
    footer's `!` and the row's `⚠` told (a trial on limited terminals). A
    briefing without warnings says nothing of them."""
    app = reader(cut_and_sound(tmp_path), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        header = str(app.screen.query_one("#header", Static).render())
        assert "⚠1 warning · as of" in header, header
    app = reader(write_folder(tmp_path / "sound", briefing_files()), tmp_path / "i")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "⚠" not in str(app.screen.query_one("#header", Static).render())

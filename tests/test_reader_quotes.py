"""The quotes pane and the viewer on docs/example, which has one of everything:
short quotes, an elision, an insertion, an unchecked quote (issues 13.5, 16.6)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import BASE_FILES, REPO, briefing_files, write_folder
from reader_helpers import (
    SIZE,
    SMALL,
    current_paragraphs,
    reader,
    settle,
    shown_paragraphs,
    toasts,
)
from textual.app import App
from textual.content import Content
from textual.errors import NoWidget
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Static, TextArea

from briefing.screens.fields import Fields
from briefing.screens.footer import KeysFooter
from briefing.screens.quote_passage import HIGHLIGHT, PARAGRAPH_SHOWN, SKIPPED, STOOD_FOR
from briefing.screens.quote_viewer import QuoteViewer
from briefing.screens.record_list import RecordList
from briefing.screens.safe import INSERTION_STYLE

EXAMPLE = REPO / "docs" / "example"


def quotes(app: App[None]) -> RecordList:
    return app.screen.query_one("#quotes-list", RecordList)


def lines(records: RecordList, count: int) -> list[str]:
    return ["".join(s.text for s in records.render_line(y)).rstrip() for y in range(count)]


def styled(content: Content, style: str) -> list[str]:
    return [content.plain[s.start : s.end] for s in content.spans if str(s.style) == style]


#: Paragraphs enough around a passage that the full text must scroll to it.
FILLER = "".join(f"Paragraph {n} of the filler.\n\n" for n in range(40))


def current_passage(viewer: Screen[object]) -> Content:
    """The quote viewer's paragraph that holds the quote, as it is drawn."""
    assert isinstance(viewer, QuoteViewer)
    return current_paragraphs(viewer)[0][0]


async def open_first_quote(pilot: Pilot[None]) -> None:
    """From the briefing as it opens, its first quote in the viewer."""
    await settle(pilot)
    await pilot.press("tab", "tab", "enter")
    await settle(pilot)
    assert isinstance(pilot.app.screen, QuoteViewer)


def quoting(tmp_path: Path, text: str, source: str | bytes | None = None) -> Path:
    """The small briefing of conftest, its quote's text `text`, its source's `source`."""
    files = str(BASE_FILES["briefing.yaml"]).replace("text: hello world\n", f"text: {text}\n")
    changes: dict[str, str | bytes] = {"briefing.yaml": files}
    if source is not None:
        changes["sources/s.txt"] = source
    return write_folder(tmp_path / "b", briefing_files(**changes))


async def test_a_short_quote_leaves_no_empty_row(tmp_path: Path) -> None:
    app = reader(EXAMPLE, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        shown = lines(quotes(app), 12)
        words = next(i for i, line in enumerate(shown) if "for three years" in line)
        assert shown[words + 1].startswith("— Tomás Vidal")
        assert shown[words + 2].startswith("“the only responsible choice”")
        assert "" not in shown[: words + 3], shown


async def test_an_insertion_is_shown_as_the_authors_in_the_row(tmp_path: Path) -> None:
    app = reader(EXAMPLE, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        records = quotes(app)
        italic = [
            segment.text
            for y in range(12)
            for segment in records.render_line(y)
            if segment.style is not None and segment.style.italic and "[" in segment.text
        ]
        assert italic == ["[the bridge]"]


async def test_the_viewer_highlights_each_part_and_skips_what_was_left_out(
    tmp_path: Path,
) -> None:
    app = reader(EXAMPLE, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab", "tab")
        quotes(app).move_to("duarte-safe-on-foot")
        await pilot.press("enter")
        viewer = app.screen
        assert isinstance(viewer, QuoteViewer)
        passage = current_passage(viewer)
        assert styled(passage, HIGHLIGHT) == [
            "The bridge is safe for people on foot",
            "not for the weight of traffic",
        ]
        assert styled(passage, SKIPPED) == [", but "]
        chain = viewer.query_one("#chain", Static).visual
        assert isinstance(chain, Content)
        quoted = next(line for line in chain.plain.splitlines() if line.startswith("Quoted as"))
        assert quoted.split(maxsplit=2)[2].startswith(
            "“The bridge is safe for people on foot … not"
        )
        await pilot.press("n")  # the insertion: [the bridge] where the source says "it"
        assert viewer.quote.id == "duarte-reopen"
        passage = current_passage(viewer)
        assert styled(passage, HIGHLIGHT) == [
            "We will reopen",
            "as soon as the repairs are done, and not a day later",
        ]
        # the words the insertion stands for: not struck as if left out (an author's trial)
        assert styled(passage, STOOD_FOR) == [" it "]
        assert styled(passage, SKIPPED) == []
        chain = viewer.query_one("#chain", Static).visual
        assert isinstance(chain, Content)
        marked = [words for words in styled(chain, INSERTION_STYLE) if "[" in words]
        assert marked == ["[the bridge]"]


async def test_an_unchecked_quote_shows_its_insertions_too(tmp_path: Path) -> None:
    folder = tmp_path / "example"
    for path in EXAMPLE.rglob("*"):
        if path.is_file():
            target = folder / path.relative_to(EXAMPLE)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(path.read_bytes())
    quotes_file = folder / "quotes.yaml"
    quotes_file.write_text(
        quotes_file.read_text("utf-8").replace(
            "text: The Mill Street bridge will be closed",
            "text: The Mill Street bridge [on the river] will be closed",
        ),
        "utf-8",
    )
    app = reader(folder, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab", "tab")
        quotes(app).move_to("council-notice-closed")
        await pilot.press("enter")
        block = app.screen.query_one(".paragraph", Static).visual
        assert isinstance(block, Content)
        assert "Not checked against a source text" in block.plain
        assert styled(block, INSERTION_STYLE) == ["[on the river]"]


async def test_the_palette_shows_an_insertion_as_the_authors(tmp_path: Path) -> None:
    from textual.command import CommandList

    app = reader(EXAMPLE, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"reopen")
        await pilot.pause(0.3)
        commands = app.screen.query_one(CommandList)
        prompt = commands.get_option_at_index(0).prompt
        assert isinstance(prompt, Content) and "Quote: “We will reopen" in prompt.plain
        assert [w for w in styled(prompt, INSERTION_STYLE) if "[" in w] == ["[the bridge]"]


async def test_the_viewer_offers_e_only_for_a_quote_tied_to_an_event(tmp_path: Path) -> None:
    """`e Event` was in the footer of a quote with no event, and said so when
    pressed (a new user's trial). Moving to a quote without one takes it away."""
    base = BASE_FILES["briefing.yaml"]
    assert isinstance(base, str)
    second = "  - id: r\n    text: she left\n    speaker: a\n    source: s\n    event: e\n"
    content = write_folder(
        tmp_path / "content" / "b", briefing_files(**{"briefing.yaml": base + second})
    )
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab", "tab", "enter")
        await pilot.pause()
        viewer = app.screen
        assert isinstance(viewer, QuoteViewer) and viewer.quote.event == "e"
        assert "Event" in [key.description for key in viewer.query_one(KeysFooter).shown_keys()]
        await pilot.press("n")
        await pilot.pause()
        assert viewer.quote.event is None
        shown = [key.description for key in viewer.query_one(KeysFooter).shown_keys()]
        assert "Event" not in shown and "Speaker" in shown


async def test_at_80x24_a_long_source_leaves_the_quoted_words_room(tmp_path: Path) -> None:
    """A source with a long title, forty credits and a long address took 11
    of 24 lines, leaving the quote's paragraph one (a new user's trial)."""
    credits = ", ".join(f"Agency number {n}" for n in range(40))
    briefing = BASE_FILES["briefing.yaml"]
    assert isinstance(briefing, str)
    briefing = briefing.replace(
        "    title: S\n",
        "    title: " + "A very long headline about the harbour talks " * 4 + "\n"
        f"    outlet: The Northern Coast Gazette\n    credits: [{credits}]\n"
        "    url: https://example.org/" + "long/path/" * 15 + "\n",
    )
    app = reader(write_folder(tmp_path / "b", briefing_files(**{"briefing.yaml": briefing})),
                 tmp_path / "index")  # fmt: skip
    async with app.run_test(size=SMALL) as pilot:
        await open_first_quote(pilot)
        screen = app.screen.region
        passage = app.screen.query_one("#passage").region
        paragraph = app.screen.query_one(".paragraph.current", Static).region
        assert passage.height >= 8 and passage.contains_region(paragraph)
        chain = app.screen.query_one("#chain", Fields)
        assert screen.contains_region(chain.region)
        shown = "\n".join(
            "".join(s.text for s in chain.render_line(y)) for y in range(chain.size.height)
        )
        found = "Found in paragraph 1 of the source text (line 1)"
        assert shown.splitlines()[-1].split() == found.split()
        info = app.screen.query_one("#source-info", Fields)
        rows = ["".join(s.text for s in info.render_line(y)) for y in range(info.size.height)]
        assert len(rows) == 4  # the title in two rows, the facts, the address
        assert rows[0].startswith("A very long headline about the harbour talks")
        assert all(row.rstrip().endswith("▸") for row in rows[1:])  # cut, and said to be


async def test_at_120x40_a_source_address_of_5000_characters_leaves_the_words_in_sight(
    tmp_path: Path,
) -> None:
    """Held to its rows only in a small terminal, the address took 23 of 40
    rows and scrolled the quote away (an adversarial trial)."""
    briefing = BASE_FILES["briefing.yaml"]
    assert isinstance(briefing, str)
    address = "https://example.org/" + "a" * 5000
    briefing = briefing.replace("    title: S\n", f"    title: S\n    url: {address}\n")
    app = reader(write_folder(tmp_path / "b", briefing_files(**{"briefing.yaml": briefing})),
                 tmp_path / "index")  # fmt: skip
    async with app.run_test(size=SIZE) as pilot:
        await open_first_quote(pilot)
        info = app.screen.query_one("#source-info", Fields)
        rows = ["".join(s.text for s in info.render_line(y)) for y in range(info.size.height)]
        assert len(rows) == 3  # the title, the address in two rows
        assert rows[1].startswith("https://example.org/aaa") and rows[2].rstrip().endswith("▸")
        passage = app.screen.query_one("#passage").region
        paragraph = app.screen.query_one(".paragraph.current", Static).region
        assert passage.contains_region(paragraph)


async def test_the_full_text_opens_on_the_first_paragraph_of_a_quote_over_two(
    tmp_path: Path,
) -> None:
    """`f` on a quote that runs over a paragraph break scrolled to its last
    paragraph: where the words start was above the view (a new user's trial)."""
    source = FILLER + "She said hello world.\n\nThen she left the room.\n\n" + FILLER
    app = reader(quoting(tmp_path, "hello world. Then she left the room.", source), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab", "tab", "enter", "f")
        await settle(pilot)
        viewer = app.screen
        assert isinstance(viewer, QuoteViewer) and viewer.full
        (_, first), (_, second) = current_paragraphs(viewer)
        shown = viewer.query_one("#passage").region
        assert shown.contains_region(first) and shown.contains_region(second)


async def test_an_insertion_where_the_source_has_nothing_strikes_nothing(
    tmp_path: Path,
) -> None:
    """`what I [and my colleagues] will remember` showed a struck-through space
    between the two parts, as if words were left out (a new user's trial)."""
    app = reader(quoting(tmp_path, "She said [to us] hello world."), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab", "tab", "enter")
        viewer = app.screen
        assert isinstance(viewer, QuoteViewer)
        passage = current_passage(viewer)
        assert styled(passage, HIGHLIGHT) == ["She said", "hello world."]
        assert styled(passage, SKIPPED) == []  # nothing of the source left out
        assert styled(passage, STOOD_FOR) == []  # nor stood for: the space is plain


async def test_n_past_the_last_quote_and_p_before_the_first_say_so_and_stay(
    tmp_path: Path,
) -> None:
    app = reader(quoting(tmp_path, "hello world"), tmp_path)  # one quote: first and last
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("tab", "tab", "enter")
        viewer = app.screen
        assert isinstance(viewer, QuoteViewer)
        for key in ("n", "p"):
            await pilot.press(key)
            await pilot.pause()
            assert app.screen is viewer and viewer.quote.id == "q"
            assert "No more quotes that way." in toasts(app)


async def test_a_source_saved_with_windows_line_ends_shows_no_carriage_return(
    tmp_path: Path,
) -> None:
    """Each paragraph of a CR LF source ended in a CR symbol, highlighted where a
    quote ran over the paragraph break (a new user's trial)."""
    source = b"She said\r\nhello world.\r\n\r\nThen she left.\r\n"
    app = reader(quoting(tmp_path, "hello world. Then she left", source), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab", "tab", "enter")
        viewer = app.screen
        assert isinstance(viewer, QuoteViewer)
        shown = current_passage(viewer)
        assert shown.plain == "She said\nhello world.\n\nThen she left."
        assert styled(shown, HIGHLIGHT) == ["hello world.\n\nThen she left"]
        await pilot.press("f")
        await settle(pilot)
        texts = [p.plain.rstrip() for p in shown_paragraphs(viewer)]
        assert texts == ["She said\nhello world.", "Then she left."]


async def test_an_elided_quote_over_two_paragraphs_shows_both_its_parts(tmp_path: Path) -> None:
    """A later part may stand in the paragraph after the first part's (the contract:
    "within one paragraph of the first"): the viewer shows both paragraphs, each part
    highlighted and the words between struck; the full text marks both paragraphs."""
    two = "She said hello world, and more.\n\nThen she left the room.\n\nThe end.\n\n"
    app = reader(
        quoting(tmp_path, "said hello world … she left the room", FILLER + two + FILLER), tmp_path
    )
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab", "tab", "enter")
        await settle(pilot)
        viewer = app.screen
        assert isinstance(viewer, QuoteViewer)
        passage = current_passage(viewer)
        assert passage.plain == "She said hello world, and more.\n\nThen she left the room."
        assert styled(passage, HIGHLIGHT) == ["said hello world", "she left the room"]
        assert styled(passage, SKIPPED) == [", and more.\n\nThen "]
        await pilot.press("f")
        await settle(pilot)
        (first, first_region), (second, second_region) = current_paragraphs(viewer)
        assert styled(first, HIGHLIGHT) == ["said hello world"]
        assert styled(first, SKIPPED) == [", and more."]
        assert styled(second, HIGHLIGHT) == ["she left the room"]
        assert styled(second, SKIPPED) == ["Then "]
        shown = viewer.query_one("#passage").region
        assert shown.contains_region(first_region) and shown.contains_region(second_region)


#: One paragraph far longer than the viewer, the quoted words deep inside it.
LONG_PARAGRAPH = (
    "Words of the filler run on. " * 250 + "She said hello world. " + ("More of the filler. " * 40)
)


async def test_a_long_paragraph_opens_on_the_quoted_words(tmp_path: Path) -> None:
    """At 80x24 a paragraph taller than the viewer opened on its first lines:
    the quoted words, the point of the viewer, were out of sight below
    (a demanding user's trial with a generated library)."""
    app = reader(quoting(tmp_path, "hello world", LONG_PARAGRAPH + "\n"), tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        await pilot.press("tab", "tab", "enter")
        await settle(pilot)
        assert isinstance(app.screen, QuoteViewer)
        assert "hello&#160;world" in app.export_screenshot()


async def test_the_quoted_words_stay_in_sight_when_the_terminal_shrinks(tmp_path: Path) -> None:
    """Resized from 120x40 to 40x12 in the viewer, the passage kept its top
    lines and the quoted words went out of sight."""
    app = reader(quoting(tmp_path, "hello world", LONG_PARAGRAPH + "\n"), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab", "tab", "enter")
        await settle(pilot)
        for size in ((40, 12), (60, 16), (120, 40)):
            await pilot.resize_terminal(*size)
            await settle(pilot)
            assert "hello&#160;world" in app.export_screenshot(), size


async def test_the_keys_panel_opened_in_the_whole_text_keeps_the_words_and_the_id_said(
    tmp_path: Path,
) -> None:
    """`?` at 80×24 in the whole text narrowed the passage, and the lines after
    the quote were shown in its place; the position line lost the quote's id
    with no cut mark (a trial)."""
    app = reader(None, tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        await pilot.press("tab", "tab", "home", "enter")
        await settle(pilot)
        viewer = app.screen
        assert isinstance(viewer, QuoteViewer)
        assert viewer.quote.id == "putin-not-the-source-of-escalation"
        await pilot.press("f", "question_mark")
        await settle(pilot)
        shown = app.export_screenshot()
        assert "told&#160;him&#160;that&#160;Moscow" in shown  # the quoted words
        position = viewer.query_one("#viewer-position", Static)
        line = position.render_line(0).text.rstrip()
        assert line == "Quote 1 of 10 · putin-not-the-source-of-e▸", line


async def open_with_a_note(pilot: Pilot[None], note: str) -> QuoteViewer:
    """The first quote opened in the viewer (the panes' third tab), `note` written
    on it there: the viewer as the reader then sees it."""
    await settle(pilot)
    await pilot.press("tab", "tab", "enter")
    await settle(pilot)
    assert isinstance(pilot.app.screen, QuoteViewer)
    await pilot.press("w")
    await pilot.pause()
    pilot.app.screen.query_one(TextArea).insert(note)
    await pilot.press("escape")
    await settle(pilot)
    viewer = pilot.app.screen
    assert isinstance(viewer, QuoteViewer)
    return viewer


async def test_at_80x24_the_facts_take_the_lines_a_short_passage_leaves_blank(
    tmp_path: Path,
) -> None:
    """A one-line paragraph left blank lines above facts cut short: the reader's
    own note showed its heading and one line of five (a new user's trial)."""
    app = reader(quoting(tmp_path, "hello world"), tmp_path / "index")
    note = "\n".join(f"line {n} of what I must ask them" for n in range(1, 6))
    async with app.run_test(size=SMALL) as pilot:
        viewer = await open_with_a_note(pilot, note)
        chain = viewer.query_one("#chain", Fields)
        shown = [
            "".join(s.text for s in chain.render_line(y)).strip() for y in range(chain.size.height)
        ]
        assert shown[-5:] == note.splitlines()
        passage = viewer.query_one("#passage").region
        paragraph = viewer.query_one(".paragraph.current", Static).region
        assert passage.contains_region(paragraph)
        assert viewer.region.contains_region(chain.region)


def on_screen(app: App[None]) -> list[str]:
    """The lines of text the screen shows now: each text widget's lines that are
    in view (scrolled and clipped as drawn), row by row of the terminal."""
    screen = app.screen
    rows: dict[int, str] = {}
    for widget in screen.query(Static):
        try:
            geometry = screen.find_widget(widget)
        except NoWidget:
            continue  # not shown
        visible, top = geometry.visible_region, geometry.region.y
        for y in range(visible.y, visible.bottom):
            rows[y] = rows.get(y, "") + "".join(s.text for s in widget.render_line(y - top))
    return [rows[y].rstrip() for y in sorted(rows)]


async def test_at_80x24_a_long_note_is_read_in_full_and_j_scrolls_the_facts_to_it(
    tmp_path: Path,
) -> None:
    """A quote with an insertion and a note longer than the facts' share: the
    facts stayed at 40% of the screen under seven blank lines, their
    "Quoted as" cut with …, the note only its heading, and j, k and PgDn
    scrolled nothing (a new user's trial)."""
    app = reader(quoting(tmp_path, "hello [big] world"), tmp_path / "index")
    note = [f"point {n} of what I must ask the speaker" for n in range(1, 21)]
    async with app.run_test(size=SMALL) as pilot:
        await open_with_a_note(pilot, "\n".join(note))
        lines = on_screen(app)
        # the insertion where it stands among the words (a desk editor's trial)
        assert any("She said hello [big] world." in line for line in lines)
        assert not any(line.endswith("…") for line in lines)
        assert any(note[0] in line for line in lines)  # the note's text, not its heading alone
        seen = "\n".join(lines)
        for key in ["j"] * 6 + ["pagedown"] * 3:
            await pilot.press(key)
            await pilot.pause()
            lines = on_screen(app)
            assert any("She said hello [big] world." in line for line in lines), key
            seen += "\n".join(lines)
        assert all(line in seen for line in note)
        for key in ["k"] * 3 + ["pageup"] * 3:
            await pilot.press(key)
            await pilot.pause()
        assert any("Quoted as" in line for line in on_screen(app))


async def test_the_whole_text_takes_back_the_lines_the_paragraph_gave_the_facts(
    tmp_path: Path,
) -> None:
    """Given the blank lines of a short paragraph, the facts kept them under the
    whole text (f), which then had four lines of 24."""
    source = "She said hello world.\n\n" + FILLER
    app = reader(quoting(tmp_path, "hello world", source), tmp_path / "index")
    async with app.run_test(size=SMALL) as pilot:
        await open_with_a_note(pilot, "\n".join(f"point {n}" for n in range(20)))
        assert app.screen.query_one("#passage").region.height < 8  # the facts have the rest
        await pilot.press("f")
        await settle(pilot)
        assert app.screen.query_one("#passage").region.height >= 10
        await pilot.press("f")
        await settle(pilot)
        assert app.screen.query_one("#passage").region.height < 8


@pytest.mark.parametrize("full", [False, True], ids=["paragraph", "whole text"])
async def test_a_paragraph_of_two_megabytes_is_shown_around_the_quoted_words(
    tmp_path: Path, full: bool
) -> None:
    """A transcript saved on one line: drawn whole, a 2 MB paragraph took 3 s
    to open and one of 50 MB a minute, the reader frozen (an adversarial trial)."""
    filler = "and the talks went on " * 50_000  # 1.1 MB
    source = "A first paragraph.\n\n" + filler + "She said hello world. " + filler + "\n"
    app = reader(quoting(tmp_path, "hello world", source), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab", "tab", "enter", *(["f"] if full else []))
        await settle(pilot)
        viewer = app.screen
        assert isinstance(viewer, QuoteViewer) and viewer.full is full
        shown = current_passage(viewer).plain
        assert len(shown) < PARAGRAPH_SHOWN + 200
        assert shown.startswith("(◂ ") and " characters of this paragraph before) " in shown
        assert shown.rstrip().endswith(" characters more)") and "She said hello world." in shown
        assert [w for w in styled(current_passage(viewer), HIGHLIGHT)] == ["hello world"]
        ((_, paragraph),) = current_paragraphs(viewer)
        line = viewer.query_one("#passage").region
        assert line.overlaps(paragraph)


def footer_line(app: App[None]) -> str:
    return app.screen.query_one(KeysFooter).render().plain


@pytest.mark.parametrize("size", [SIZE, SMALL], ids=["120x40", "80x24"])
async def test_f_says_in_the_footer_what_it_does_next(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    """The footer said "f Full text" over the full text, which f then left (a
    new user's trial): it says where f goes from what is shown."""
    app = reader(EXAMPLE, tmp_path)
    async with app.run_test(size=size) as pilot:
        await open_first_quote(pilot)
        assert "f Full text" in footer_line(app)
        await pilot.press("f")
        await settle(pilot)
        assert "f Paragraph" in footer_line(app) and "Full text" not in footer_line(app)
        await pilot.press("f")
        await settle(pilot)
        assert "f Full text" in footer_line(app) and "Paragraph" not in footer_line(app)


async def test_f_on_a_quote_whose_source_has_no_text_is_dimmed_and_says_why(
    tmp_path: Path,
) -> None:
    """`f` flipped its word in the footer over a quote with no source text, and
    nothing else changed: there is no paragraph nor whole text to show."""
    app = reader(EXAMPLE, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("tab", "tab")
        app.screen.query_one("#quotes-list", RecordList).move_to("council-notice-closed")
        await pilot.press("enter")
        await settle(pilot)
        viewer = app.screen
        assert isinstance(viewer, QuoteViewer)
        full = next(k for k in viewer.query_one(KeysFooter).shown_keys() if k.display == "f")
        assert full.description == "Full text" and not full.enabled
        await pilot.press("f")
        await settle(pilot)
        assert not viewer.full and "f Full text" in footer_line(app)
        assert "has no text in the briefing: there is no paragraph" in toasts(app)


async def test_esc_after_f_leaves_the_viewer_and_backspace_steps_back(tmp_path: Path) -> None:
    """Esc after f went back to the quote's paragraph, and a second Esc left (a
    new user's trial). As on the briefing screen, Esc leaves and Backspace walks
    back: from the whole text to the paragraph, then to the panes."""
    app = reader(EXAMPLE, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_first_quote(pilot)
        viewer = app.screen
        await pilot.press("f", "escape")
        await settle(pilot)
        assert app.screen is not viewer and not isinstance(app.screen, QuoteViewer)
        await pilot.press("enter", "f")
        await settle(pilot)
        viewer = app.screen
        assert isinstance(viewer, QuoteViewer) and viewer.full
        await pilot.press("backspace")
        await settle(pilot)
        assert app.screen is viewer and not viewer.full
        assert "f Full text" in footer_line(app)
        await pilot.press("backspace")
        await settle(pilot)
        assert not isinstance(app.screen, QuoteViewer)


async def test_a_skin_tone_in_a_quote_is_shown_as_a_mark_in_the_row_and_the_viewer(
    tmp_path: Path,
) -> None:
    """👍🏽 was shown as 👍 in the row and in its source: the tone the source
    gives was gone, and nothing said so (a new user's trial)."""
    source = "She said well done 👍🏽 to all of them.\n\nThen she left.\n"
    app = reader(quoting(tmp_path, "well done 👍🏽 to all", source), tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        await pilot.press("tab", "tab")
        await settle(pilot)
        assert lines(quotes(app), 1) == ["“well done 👍◍ to all”"]
        await pilot.press("enter")
        await settle(pilot)
        passage = current_passage(app.screen)
        assert passage.plain.rstrip() == "She said well done 👍◍ to all of them."
        assert styled(passage, HIGHLIGHT) == ["well done 👍◍ to all"]


async def test_home_and_end_go_to_the_passage_s_ends_at_once(tmp_path: Path) -> None:
    """Home glided over half a second, and a trial took it for a key that
    scrolled only a little. Home goes to the passage's start, End to the end
    of the facts under it, each in one step."""
    filler = "and the talks went on " * 400
    source = filler + "She said hello world. " + filler + "\n"
    app = reader(quoting(tmp_path, "hello world", source), tmp_path / "index")
    async with app.run_test(size=SMALL) as pilot:
        await open_with_a_note(pilot, "\n".join(f"point {n}" for n in range(20)))
        passage, facts = app.screen.query_one("#passage"), app.screen.query_one("#facts")
        assert passage.scroll_y > 0  # on the quoted words, in the paragraph's middle
        await pilot.press("end")
        assert passage.scroll_y == passage.max_scroll_y and facts.scroll_y == facts.max_scroll_y
        assert facts.max_scroll_y > 0  # the note runs below the facts' share
        await pilot.press("home")
        assert passage.scroll_y == 0 and facts.scroll_y == 0


@pytest.mark.parametrize(
    ("quote", "source", "highlighted", "stood_for", "skipped"),
    [
        (
            '"[T]he bridge is safe for people"',
            "She said the bridge is safe for people on foot.\n",
            ["he bridge is safe for people"],
            ["t"],  # what the capital stands for: not left plain, as words not quoted
            [],
        ),
        (
            '"We will win (…) world said here"',
            "We will win this war. Hello world said here.\n",
            ["We will win", "world said here"],
            [],
            [" this war. Hello "],
        ),
        (
            '"The value [sic is [very] high"',
            "The value [sic is high, said the engineer.\n",
            ["The value [sic is", "high"],
            [],
            [],
        ),
        (
            '"The value [sic … said the engineer"',
            "The value [sic is high, said the engineer.\n",
            ["The value [sic", "said the engineer"],
            [],
            [" is high, "],
        ),
    ],
    ids=["capital", "round-bracket elision", "bracket and insertion", "bracket and elision"],
)
async def test_the_viewer_shows_bracketed_marks_as_check_reads_them(
    tmp_path: Path,
    quote: str,
    source: str,
    highlighted: list[str],
    stood_for: list[str],
    skipped: list[str],
) -> None:
    app = reader(quoting(tmp_path, quote, source), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_first_quote(pilot)
        passage = current_passage(app.screen)
        assert styled(passage, HIGHLIGHT) == highlighted
        assert styled(passage, STOOD_FOR) == stood_for
        assert styled(passage, SKIPPED) == skipped


async def _first_quotes_paragraph(app: App[None], pilot) -> Content:  # type: ignore[no-untyped-def]
    """The paragraph of the first quote, as its viewer shows it."""
    await settle(pilot)
    await pilot.press("tab", "tab", "enter")
    await pilot.pause()
    paragraph = app.screen.query_one(".paragraph.current", Static).render()
    assert isinstance(paragraph, Content)
    return paragraph


async def test_an_insertion_in_a_text_without_spaces_gains_none(tmp_path: Path) -> None:
    """`当面、[日本では]緩和的` was drawn `[日本では] 緩和的`: a space in neither the
    quote nor its source (a correspondent's trial in Japanese)."""
    source = "植田総裁は「当面、緩和的な金融環境が続く」と述べた。\n"
    quote = "当面、[日本では]緩和的な金融環境が続く"
    app = reader(quoting(tmp_path, quote, source), tmp_path / "i")
    async with app.run_test(size=SIZE) as pilot:
        paragraph = await _first_quotes_paragraph(app, pilot)
        assert paragraph.plain == "植田総裁は「当面、[日本では]緩和的な金融環境が続く」と述べた。"


@pytest.mark.parametrize(
    ("text", "shown", "stood_for"),
    [
        ("hello [big] world", "She said hello [big] world.", None),  # words added
        ("She [only] hello world", "She said [only] hello world.", "said"),  # words replaced
        ("[She] said hello world", "She said hello world.", None),  # at the edge: none
    ],
)
async def test_an_insertion_stands_where_the_quote_puts_it(
    tmp_path: Path, text: str, shown: str, stood_for: str | None
) -> None:
    """`is [not] a good one` showed only a space between two highlights, and
    words an insertion stood for in dim italics, with nothing of what it said
    instead (a desk editor's trial): the author's words, bracketed and in
    italics, stand among the quoted words."""
    app = reader(quoting(tmp_path, f'"{text}"'), tmp_path / "index")
    async with app.run_test(size=SIZE) as pilot:
        paragraph = await _first_quotes_paragraph(app, pilot)
        assert paragraph.plain == shown
        if "[" in shown:  # the author's words drawn as the author's, among the quoted
            at = shown.index("[")
            styles = [str(s.style) for s in paragraph.spans if s.start <= at < s.end]
            assert any("italic" in style and "reverse" in style for style in styles), styles
        if stood_for is not None:
            at = paragraph.plain.index(stood_for)
            assert any(
                "dim italic" in str(s.style) and s.start <= at < s.end for s in paragraph.spans
            )


async def test_a_quote_written_in_its_own_quotation_marks_gets_no_more(tmp_path: Path) -> None:
    """`« On ne demande pas la charité »` was shown `“« On ne demande pas la
    charité »”` in the pane and copied so (a correspondent's trial in French);
    a quote without marks of its own is between “ and ” as before."""
    from briefing.present.quotes import in_quotation_marks

    source = "Elle a lancé : « On ne demande pas la charité ». Puis elle est partie.\n"
    app = reader(quoting(tmp_path, '"« On ne demande pas la charité »"', source), tmp_path / "i")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        shown = lines(quotes(app), 3)
        assert shown[0].startswith("« On ne demande pas la charité »"), shown
    assert in_quotation_marks("hello world", language="en") == "“hello world”"
    assert in_quotation_marks("「当面」", language="en") == "「当面」"
    assert in_quotation_marks("« On ne", "« On ne demande »", language="en") == "« On ne"
    german = "„Wir akzeptieren das nicht“"
    assert in_quotation_marks(german, language="en") == german
    # in a briefing of another language, as in an English one
    assert in_quotation_marks("“hello world”", language="fr") == "“hello world”"
    assert in_quotation_marks("„Wir akzeptieren das nicht“", language="de") == german


#: A quote of a briefing in each language (its `language`), the source's
#: sentence that holds its words, and its words as the quotes pane shows them.
IN_LANGUAGES = {
    "fr": (
        "fr",
        "Nous irons jusqu'au bout",
        "Il a dit : « Nous irons jusqu'au bout ». Puis il est parti.",
        "«\u00a0Nous irons jusqu'au bout\u00a0»",  # no-break spaces inside, as French sets them
    ),
    "de": (
        "de-AT",  # the primary subtag decides
        "Wir akzeptieren das nicht",
        "Er sagte: „Wir akzeptieren das nicht.“ Dann ging er.",
        "„Wir akzeptieren das nicht“",
    ),
    "ja": (
        "ja",
        "当面、緩和的な金融環境が続く",
        "植田総裁は「当面、緩和的な金融環境が続く」と述べた。",
        "「当面、緩和的な金融環境が続く」",
    ),
    "en": ("en", "hello world", "She said hello world.", "“hello world”"),
    "unknown": ("x-klingon", "hello world", "She said hello world.", "“hello world”"),
}


def in_language(tmp_path: Path, language: str, text: str, source: str) -> Path:
    """The small briefing of conftest in `language`, its quote's text `text`."""
    files = (
        str(BASE_FILES["briefing.yaml"])
        .replace("  as_of: 2022-02-10\n", f"  as_of: 2022-02-10\n  language: {language}\n", 1)
        .replace("text: hello world\n", f"text: {text}\n")
    )
    changes = {"briefing.yaml": files, "sources/s.txt": source + "\n"}
    return write_folder(tmp_path / "b", briefing_files(**changes))


@pytest.mark.parametrize("case", IN_LANGUAGES.values(), ids=IN_LANGUAGES.keys())
async def test_a_quote_is_shown_and_copied_in_its_languages_quotation_marks(
    tmp_path: Path, case: tuple[str, str, str, str]
) -> None:
    """A French briefing's quote was shown “Nous irons jusqu'au bout” (a
    correspondent's trial in French, German and Japanese): its row and `c`'s
    copy put it between the marks of its briefing's language, and the viewer
    still highlights the source's own words."""
    language, text, source, shown = case
    app = reader(in_language(tmp_path, language, text, source), tmp_path / "i")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab", "tab")
        assert lines(quotes(app), 1) == [shown]
        await pilot.press("c")
        assert app.clipboard.splitlines()[:2] == [shown, "— A"]
        await pilot.press("enter")
        await pilot.pause()
        assert styled(current_passage(app.screen), HIGHLIGHT) == [text]


async def test_a_quote_in_marks_of_its_own_is_shown_as_written_in_any_language(
    tmp_path: Path,
) -> None:
    """`« … »` in an English briefing, `“…”` in a French one: the quote's own
    marks, no more."""
    for language, text, source in (
        ("en", "'« hello world »'", "She said « hello world » and left."),
        ("fr", "'“Nous irons”'", "Il a dit “Nous irons” puis il est parti."),
    ):
        app = reader(in_language(tmp_path / language, language, text, source), tmp_path / "i")
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert lines(quotes(app), 1) == [text.strip("'")]


def test_a_line_never_breaks_between_a_french_mark_and_its_word() -> None:
    """French's « » hold their words with a no-break space: at no width does a
    line end in « or begin with » (a line broke there: a correspondent's trial)."""
    from briefing.present.quotes import in_quotation_marks
    from briefing.screens.cells import wrap

    words = in_quotation_marks("Nous irons jusqu'au bout, quoi qu'il en coûte", language="fr")
    for width in range(8, len(words) + 1):
        shown = wrap(words, width)
        assert not any(line.endswith("«") or line.startswith("»") for line in shown), shown
        assert shown[0].startswith("«\u00a0Nous") and shown[-1].endswith("coûte\u00a0»"), shown

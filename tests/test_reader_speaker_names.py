"""The quote viewer marks, in the source's paragraph, where it names the
quote's speaker, and apart from it where it names the briefing's other
speakers: `…," Berg said. "The members will decide," Okafor replied.` given
to Berg read as sound (a desk editor's trial)."""

from __future__ import annotations

from pathlib import Path

from conftest import write_folder
from reader_helpers import SIZE, reader, settle, shown_paragraphs
from test_reader_navigation import open_quote
from textual.widgets import Static

from briefing.screens.quote_passage import OTHER_SPEAKER_NAMED, SPEAKER_NAMED

BRIEFING = """\
briefing:
  id: strike
  title: The strike
  as_of: 2025-06-12
sources:
  - id: herald
    title: Dockworkers walk out
    text: sources/herald.txt
actors:
  - id: berg
    name: Jonas Berg
    kind: person
  - id: okafor
    name: Mira Okafor
    kind: person
  - id: port
    name: Port Halden
    kind: organisation
events:
  - id: walkout
    title: The walkout
    when: 2025-06-11
    sources: [herald]
quotes:
  - id: wrong-speaker
    text: The members will decide that for themselves
    speaker: berg
    source: herald
  - id: take-it
    text: The offer on the table is a good one
    speaker: berg
    source: herald
"""
HERALD = (
    "Workers left Port Halden at dawn.\n\n"
    '"The offer on the table is a good one," Berg said. "The members will decide '
    'that for themselves," Okafor replied.\n'
)


def styles_of(content: object, text: str) -> list[str]:
    """The styles over each place `text` stands in the content's plain text."""
    plain = str(content)
    found = []
    start = plain.find(text)
    while start >= 0:
        found += [
            str(span.style)
            for span in content.spans  # type: ignore[attr-defined]
            if span.start <= start and span.end >= start + len(text)
        ]
        start = plain.find(text, start + 1)
    return found


async def test_the_speakers_name_and_the_other_speakers_are_marked_apart(tmp_path: Path) -> None:
    folder = write_folder(
        tmp_path / "strike", {"briefing.yaml": BRIEFING, "sources/herald.txt": HERALD}
    )
    # Okafor is quoted from this source too, Port Halden never
    quotes = BRIEFING + (
        "  - id: okafor-own\n    text: The members will decide\n    speaker: okafor\n"
        "    source: herald\n"
    )
    (folder / "briefing.yaml").write_text(quotes, encoding="utf-8")
    app = reader(folder, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        viewer = await open_quote(app, pilot, "wrong-speaker")
        paragraph = viewer.query_one(".paragraph.current", Static).render()
        assert SPEAKER_NAMED in styles_of(paragraph, "Berg")
        assert OTHER_SPEAKER_NAMED in styles_of(paragraph, "Okafor")
        assert SPEAKER_NAMED not in styles_of(paragraph, "Okafor")
        await pilot.press("f")  # the whole text: an actor who never speaks is not marked
        await pilot.pause()
        first = shown_paragraphs(viewer)[0]
        assert str(first).startswith("Workers left Port Halden")
        assert not [s for s in first.spans if "underline" in str(s.style)]


HE_SAID = (
    "Jonas Berg spoke to reporters at the harbour gate.\n\n"
    '"The members will decide that for themselves," he said.\n\n'
    'Later Berg said: "The offer on the table is a good one."\n'
)


async def test_a_paragraph_that_does_not_name_the_speaker_comes_after_the_one_before(
    tmp_path: Path,
) -> None:
    """`…," he said` left "he" to a paragraph off the screen (a desk editor's
    trial): the paragraph before is shown, muted, above the quote's; not when
    the quote's own paragraph names its speaker."""
    folder = write_folder(
        tmp_path / "strike", {"briefing.yaml": BRIEFING, "sources/herald.txt": HE_SAID}
    )
    app = reader(folder, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        viewer = await open_quote(app, pilot, "wrong-speaker")
        shown = [str(p.render()) for p in viewer.query(".paragraph").results(Static)]
        assert shown == [
            "Jonas Berg spoke to reporters at the harbour gate.",
            '"The members will decide that for themselves," he said.',
        ]
        assert not viewer.query_one(".paragraph").has_class("current")
        await pilot.press("n")  # the next quote: its paragraph says "Berg"
        await pilot.pause()
        shown = [str(p.render()) for p in viewer.query(".paragraph").results(Static)]
        assert shown == ['Later Berg said: "The offer on the table is a good one."']

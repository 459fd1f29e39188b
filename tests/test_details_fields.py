"""The details screen's fields: a value wraps under itself, never under its label."""

from __future__ import annotations

from pathlib import Path

from conftest import BASE_FILES, briefing_files, write_folder
from reader_helpers import SMALL, reader, settle

from briefing.screens.fields import LABEL_WIDTH, Fields
from briefing.screens.record_list import RecordList


def test_a_long_value_wraps_under_itself_and_keeps_every_word() -> None:
    words = [f"place{n}" for n in range(30)]
    fields = Fields([("Where", " ".join(words)), ("Who", "Ana Duarte\nRiverside Council")])
    rows = [row.plain for row in fields.rows(60)]
    where = [row for row in rows if not row.startswith("Who")][: len(rows) - 2]
    assert rows[0].startswith("Where".ljust(LABEL_WIDTH) + "place0 ")
    assert len(where) > 1 and all(len(row) <= 60 for row in rows)
    assert all(row.startswith(" " * LABEL_WIDTH) and row[LABEL_WIDTH] != " " for row in where[1:])
    assert " ".join(row[LABEL_WIDTH:] for row in where).split() == words
    assert rows[-2:] == [
        "Who".ljust(LABEL_WIDTH) + "Ana Duarte",
        " " * LABEL_WIDTH + "Riverside Council",
    ]


def test_the_rows_follow_the_width() -> None:
    fields = Fields([("Where", "one two three four five six seven eight nine ten")])
    assert len(fields.rows(80)) == 1
    assert len(fields.rows(LABEL_WIDTH + 10)) > 3


async def test_an_events_source_wraps_under_its_title_not_under_the_bullet(
    tmp_path: Path,
) -> None:
    title = "Harbour talks resume as mediators push for a ceasefire " * 3
    briefing = BASE_FILES["briefing.yaml"]
    assert isinstance(briefing, str)
    briefing = briefing.replace("    title: S\n", f"    title: {title.strip()}\n")
    folder = write_folder(tmp_path / "b", briefing_files(**{"briefing.yaml": briefing}))
    app = reader(folder, tmp_path / "index")
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        await pilot.press("tab", "d")  # the event's details
        await settle(pilot)
        block = app.screen.query_one(".source", Fields)
        rows = [row.plain for row in block.rows(block.content_size.width)]
        assert rows[0].startswith("• Harbour talks")
        assert len(rows) > 2 and all(row.startswith("  ") and row[2] != " " for row in rows[1:])
        assert " ".join(row[2:] for row in rows[:-1]).split() == title.split()


def test_too_narrow_for_two_columns_each_label_goes_above_its_value() -> None:
    fields = Fields([("Where", "Riverside town hall"), ("Id", "vote")])
    rows = [row.plain for row in fields.rows(LABEL_WIDTH + 3)]
    assert all(len(row) <= LABEL_WIDTH + 3 for row in rows)
    assert rows == ["Where", "Riverside town", "hall", "Id", "vote"]


def _drawn(fields: Fields) -> list[str]:
    return [row.plain.rstrip() for row in fields.rows(fields.content_size.width)]


async def test_an_actors_details_name_its_events_and_quotes(tmp_path: Path) -> None:
    """ "Quotes 0 quotes, Events 1 event": the counts alone left the reader to
    leave the details to learn what they were (a new user's trial)."""
    app = reader(None, tmp_path / "index")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("d")  # Liz Truss
        await pilot.pause()
        fields = [" ".join(row.split()) for row in _drawn(app.screen.query(Fields).first())]
        counted = [row for row in fields if row.startswith(("Events", "Quotes"))]
        # events before quotes, as the lists below and the panes have them
        assert counted == ["Events 3 events", "Quotes 2 quotes"], counted
        listed = _drawn(list(app.screen.query(Fields))[1])
        assert listed[:6] == [
            "",
            "Events (3)",
            "9 Feb 2022 · Truss arrives in Moscow",
            "9 Feb 2022 · Truss tweets that Russia must withdraw or face severe consequences",
            "10 Feb 2022 · Truss meets Lavrov in Moscow",
            "",
        ]
        quotes = listed[7:]
        assert listed[6] == "Quotes (2)" and len(quotes) == 2
        assert [row.split(" · ")[0] for row in quotes] == ["9 Feb 2022"] * 2
        assert quotes[1].startswith("9 Feb 2022 · “Any incursion would be a huge mistake.")


async def test_an_actor_of_no_quotes_says_none(tmp_path: Path) -> None:
    """ "Quotes  0 quotes" (a trial)."""
    app = reader(None, tmp_path / "index")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.screen.query_one("#actors-list", RecordList).move_to("boris-johnson")
        await pilot.press("d")
        await pilot.pause()
        fields = [" ".join(row.split()) for row in _drawn(app.screen.query(Fields).first())]
        counted = [row for row in fields if row.startswith(("Events", "Quotes"))]
        assert counted == ["Events 4 events", "Quotes none"], counted


async def test_words_an_actor_only_relayed_name_their_speaker(tmp_path: Path) -> None:
    app = reader(None, tmp_path / "index")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.screen.query_one("#actors-list", RecordList).move_to("emmanuel-macron")
        await pilot.press("d")
        await pilot.pause()
        listed = _drawn(list(app.screen.query(Fields))[1])
        assert (
            "~7 Feb 2022 – 9 Feb 2022 · “would not be the source of an escalation”"
            " — Vladimir Putin, relayed"
        ) in listed


async def test_a_listed_record_that_wraps_is_set_in_under_its_first_row(tmp_path: Path) -> None:
    """At 80×24 a title's second row stood where the next event's date does, and
    read as another event."""
    app = reader(None, tmp_path / "index")
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        await pilot.press("d")  # Liz Truss
        await pilot.pause()
        listed = _drawn(list(app.screen.query(Fields))[1])
        assert listed[2:6] == [
            "9 Feb 2022 · Truss arrives in Moscow",
            "9 Feb 2022 · Truss tweets that Russia must withdraw or face severe",
            "  consequences",
            "10 Feb 2022 · Truss meets Lavrov in Moscow",
        ]


async def test_an_actor_with_many_events_names_the_first_and_counts_the_rest(
    tmp_path: Path,
) -> None:
    briefing = str(BASE_FILES["briefing.yaml"])
    more = "".join(
        f"  - id: e{n}\n    title: Meeting {n}\n    when: 2022-02-{10 + n}\n"
        "    sources: [s]\n    actors: [a]\n"
        for n in range(1, 8)
    )
    briefing = briefing.replace("quotes:\n", more + "quotes:\n")
    folder = write_folder(tmp_path / "b", briefing_files(**{"briefing.yaml": briefing}))
    app = reader(folder, tmp_path / "index")
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        await pilot.press("d")
        await pilot.pause()
        events = _drawn(list(app.screen.query(Fields))[1])
        assert events[:8] == [
            "",
            "Events (7)",
            *(f"{10 + n} Feb 2022 · Meeting {n}" for n in range(1, 6)),
            "and 2 more: Enter narrows the panes to them all",
        ]

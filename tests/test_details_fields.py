"""The details screen's fields: a value wraps under itself, never under its label."""

from __future__ import annotations

from briefing.screens.fields import LABEL_WIDTH, Fields


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

"""docs/fields.md: the contract's field tables, generated from the record tables."""

from __future__ import annotations

import re

import pytest
from conftest import REPO, SHARED

from briefing.records.docs import markdown
from briefing.records.schema import TOP_LEVEL_KEYS

DOCS = REPO / "docs" / "fields.md"
CONTRACT = SHARED / "briefing-format.md"


def tables(text: str) -> dict[str, str]:
    """Each `## key` heading's table, as its lines."""
    return {
        match[1]: match[2]
        for match in re.finditer(r"^## (\w+)\n\n((?:\|.*\n)+)", text, re.MULTILINE)
    }


def test_docs_are_generated_from_the_tables() -> None:
    assert DOCS.read_text(encoding="utf-8") == markdown(), (
        "run: python -m briefing.records.docs > docs/fields.md"
    )


@pytest.mark.skipif(
    not CONTRACT.exists(), reason="../shared/briefing-format.md is not beside the repo"
)
def test_each_table_is_the_contracts() -> None:
    """Field, required, type and meaning, row for row, as the format's contract has them:
    a field the contract adds and the tables lack (or the other way round) fails here."""
    generated, contract = tables(markdown()), tables(CONTRACT.read_text(encoding="utf-8"))
    assert list(generated) == list(TOP_LEVEL_KEYS)
    for key in TOP_LEVEL_KEYS:
        assert generated[key] == contract[key], key


def test_derived_fields_are_not_documented() -> None:
    actors = tables(markdown())["actors"]
    assert "| kind | yes | one of `person`, `organisation`, `state`, `group` | |" in actors
    for derived in ("affiliation_names", "quotes_said", "quotes_relayed", "event_count"):
        assert f"| {derived} |" not in actors

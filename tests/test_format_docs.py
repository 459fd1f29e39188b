"""docs/format.md's example briefing: valid, and every field of the format used in it."""

from __future__ import annotations

from pathlib import Path

import yaml

from briefing.check.content import check_content
from briefing.records.schema import FIELDS

EXAMPLE = Path(__file__).resolve().parent.parent / "docs" / "example"


def test_the_example_briefing_passes_check_without_a_warning() -> None:
    result = check_content(EXAMPLE)
    assert [f"{p.file}:{p.line}: {p.code}" for p in result.all_problems()] == []
    (folder,) = result.folders
    assert folder.briefing is not None


def test_the_example_uses_every_field_of_every_record() -> None:
    used: dict[str, set[str]] = {section: set() for section in FIELDS}
    for path in EXAMPLE.glob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for section, value in data.items():
            records = [value] if section == "briefing" else value
            for record in records:
                used[section].update(record)
    missing = {s: sorted(set(FIELDS[s]) - used[s]) for s in FIELDS if set(FIELDS[s]) - used[s]}
    assert missing == {}

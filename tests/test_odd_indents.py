"""A line indented with a space YAML does not indent with (a correspondent's
trial: two ideographic spaces typed with a Japanese input method, a no-break
space typed with Alt+Space on a French Mac) is said so, naming the character;
it was blamed on the key (`'role:' starts at the beginning of its line`), or
its indent counted without the no-break space."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import briefing_files, check, write_folder

ACTOR = "actors:\n  - id: b\n    name: B\n    kind: person\n"


def problems(tmp_path: Path, text: str) -> list[tuple[str, int, int, str]]:
    folder = write_folder(tmp_path / "b", briefing_files(**{"extra.yaml": text}))
    return [(p.code, p.line, p.column, p.message) for p in check(folder)]


@pytest.mark.parametrize(
    ("indent", "column", "named"),
    [
        ("\u3000\u3000", 1, "an ideographic space (U+3000)"),
        ("  \u00a0 ", 3, "a no-break space (U+00A0)"),
        ("   \u202f", 4, "a narrow no-break space (U+202F)"),
    ],
)
def test_the_odd_space_is_named_where_it_stands(
    tmp_path: Path, indent: str, column: int, named: str
) -> None:
    found = problems(tmp_path, ACTOR + f"{indent}role: x\n")
    said = [p for p in found if p[0] == "yaml-space-indent"]
    assert [p[1:3] for p in said] == [(5, column)], found
    assert named in said[0][3]
    assert not any("starts at the beginning of its line" in p[3] for p in found)


def test_such_spaces_inside_a_text_are_its_content(tmp_path: Path) -> None:
    """Japanese opens a paragraph with an ideographic space: a text on the line
    after its key, or an item of a flow list, that starts with one is valid
    YAML, and was refused (a review)."""
    text = ACTOR + "    summary: |\n      first line\n      \u3000indented in Japanese style\n"
    assert problems(tmp_path, text) == []
    text = ACTOR + "    summary:\n      \u3000日本銀行は十九日、金融政策を変えた。\n"
    assert problems(tmp_path / "plain", text) == []
    text = ACTOR + "    aliases: [\n      \u3000日銀, 日本銀行]\n"
    assert problems(tmp_path / "flow", text) == []
    text = ACTOR + "    summary: «\u00a0Bonjour\u00a0»\n"
    assert problems(tmp_path, text) == []

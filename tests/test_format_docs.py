"""docs/format.md: its example briefing (valid, every field used), and what it says of quotes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from conftest import BASE_FILES, briefing_files, write_folder

from briefing.check.content import check_content
from briefing.records.anchoring import anchor
from briefing.records.normalised_text import NormalisedText
from briefing.records.schema import FIELDS

EXAMPLE = Path(__file__).resolve().parent.parent / "docs" / "example"
GUIDE = EXAMPLE.parent / "format.md"


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


def test_the_guides_insertion_in_place_of_words_stands_for_them_as_the_reader_shows() -> None:
    """format.md's example of an insertion "in place of" a source's words.

    It was `We will reopen [the bridge]` for "We will reopen it": at the end of
    a quote an insertion stands for nothing (which words would it replace?), so
    the reader showed "it" as not quoted at all, not as the words the insertion
    stands for (an author's trial)."""
    prose = " ".join(GUIDE.read_text(encoding="utf-8").split())
    example = re.search(r'in place of [^(]*\(`([^`]+)` for "([^"]+)"\)', prose)
    assert example is not None, "format.md no longer shows an insertion in place of words"
    quote, source = example.group(1), example.group(2) + "\n"
    found = anchor(quote, NormalisedText(source), None)
    assert found.span is not None, f"{quote!r} is not found in {source!r}"
    assert len(found.span.pieces) == 2, f"{quote!r} stands for none of {source!r}"
    (_, end_before), (start_after, _) = found.span.pieces
    stood_for = source[end_before:start_after].strip()
    assert stood_for and stood_for not in quote


#: What the guide's "Plain YAML only" says of tags, each as written there, and
#: whether `check` reads it (an audit: the guide said tags were refused, and
#: `!!str`, `!!seq`, `!!map` were read).
GUIDE_TAGS = [
    ("`name: !!str No`", "    name: A\n", "    name: !!str No\n", True),
    ("`occurrence: !!int 2`", "    source: s\n", "    source: s\n    occurrence: !!int 1\n", True),
    ("`as_of: !!int 2022`", "  as_of: 2022-02-10\n", "  as_of: !!int 2022\n", True),
    ("`title: !!int 2`", "    title: E\n", "    title: !!int 2\n", False),
    ("`occurrence: !!str 2`", "    source: s\n", "    source: s\n    occurrence: !!str 1\n", False),
    ("`!!int two`", "    source: s\n", "    source: s\n    occurrence: !!int two\n", False),
    ("`!!python/...`", "    name: A\n", "    name: !!python/name:os.system A\n", False),
    ("`!foo`", "    name: A\n", "    name: !foo A\n", False),
]  # fmt: skip


@pytest.mark.parametrize(("said", "old", "new", "read"), GUIDE_TAGS)
def test_the_guide_says_which_tags_are_read_as_check_reads_them(
    tmp_path: Path, said: str, old: str, new: str, read: bool
) -> None:
    prose = " ".join(GUIDE.read_text(encoding="utf-8").split())
    assert said in prose
    text = BASE_FILES["briefing.yaml"]
    assert isinstance(text, str) and old in text
    folder = write_folder(
        tmp_path / "b", briefing_files(**{"briefing.yaml": text.replace(old, new)})
    )
    codes = [p.code for p in check_content(folder).all_problems()]
    if read:
        assert codes == []
    else:
        assert codes in (["wrong-type"], ["yaml-tag"])


def test_the_guide_says_a_yaml_ending_in_capitals_is_read(tmp_path: Path) -> None:
    prose = " ".join(GUIDE.read_text(encoding="utf-8").split())
    assert "(`notes.YAML` and `notes.Yml` are read too)" in prose
    files = briefing_files(**{"notes.YAML": "actors:\n  - {id: c, name: C, kind: group}\n"})
    folder = write_folder(tmp_path / "b", files)
    result = check_content(folder)
    assert result.all_problems() == []
    [checked] = result.folders
    assert checked.briefing is not None and "c" in {a.id for a in checked.briefing.actors}

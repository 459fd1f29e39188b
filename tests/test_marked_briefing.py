"""Whether a checked briefing holds characters the reader marks, wherever they hide.

The checker decides it in the same pass that warns of each such character
(`has_control_characters`); the reader marks characters only when it is set.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from conftest import briefing_files, write_folder
from hypothesis import given
from hypothesis import strategies as st

from briefing.check.content import check_content
from briefing.records.normalised_text import NormalisedText
from briefing.records.normalising import normalise

BASE = briefing_files()["briefing.yaml"]
assert isinstance(BASE, str)


def built(tmp_path: Path, yaml_text: str, source_text: str | None = None):  # type: ignore[no-untyped-def]
    files = briefing_files(**{"briefing.yaml": yaml_text})
    if source_text is not None:
        files["sources/s.txt"] = source_text
    result = check_content(write_folder(tmp_path / "b", files))
    (folder,) = result.folders
    assert folder.errors == 0, folder.problems
    assert folder.briefing is not None
    return folder.briefing


def test_a_plain_briefing_has_nothing_to_mark(tmp_path: Path) -> None:
    assert not built(tmp_path, BASE).has_control_characters


@pytest.mark.parametrize(
    ("where", "yaml_text"),
    [
        ("a name", BASE.replace("name: A", 'name: "A\\u202e"')),
        ("an item of a list", BASE.replace("kind: person", 'kind: person\n    aliases: ["x\\a"]')),
        ("an event's title", BASE.replace("title: E\n", 'title: "E\\u200b"\n')),
    ],
)
def test_a_marked_character_in_a_field_is_noted(tmp_path: Path, where: str, yaml_text: str) -> None:
    assert built(tmp_path, yaml_text).has_control_characters, where


def test_a_marked_character_in_a_source_text_is_noted(tmp_path: Path) -> None:
    text = "She said hello world.\n\nThen she\u2066 left.\n"
    assert built(tmp_path, BASE, text).has_control_characters


def test_a_joiner_inside_an_emoji_is_not_marked(tmp_path: Path) -> None:
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    yaml_text = BASE.replace("name: A", f"name: A {family}")
    assert not built(tmp_path, yaml_text).has_control_characters


#: The contract's matching form, written plainly (the code does it faster).
_CONTRACT_QUOTES = str.maketrans(
    {"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "‟": '"',
     "«": '"', "»": '"', "‹": "'", "›": "'", "–": "-", "—": "-"}
)  # fmt: skip


def _contract_form(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text).translate(_CONTRACT_QUOTES))


_TEXTS = st.text(
    alphabet=st.sampled_from(
        list(" \t\n\r\x0b\x0c\x1c\x85\xa0\u2000\u2028\u3000ae\u0301é‘’“”„«»‹›–—-'\"")
    ),
    max_size=40,
)


@given(_TEXTS)
def test_texts_are_normalised_as_the_contract_says(text: str) -> None:
    assert normalise(text) == _contract_form(text)
    assert NormalisedText(text).text == _contract_form(text)

"""Keys: documented from the bindings themselves."""

from __future__ import annotations

from pathlib import Path

from briefing.screens.keys import reader_bindings
from briefing.screens.keys_doc import markdown

DOCS = Path(__file__).resolve().parent.parent / "docs" / "keys.md"


def test_docs_keys_md_is_generated_from_the_bindings() -> None:
    assert DOCS.read_text(encoding="utf-8") == markdown(), (
        "run: python -m briefing.screens.keys_doc > docs/keys.md"
    )


def test_every_binding_with_an_id_is_documented_with_its_keys() -> None:
    text = markdown()
    for found in reader_bindings():
        if found.binding.id:
            assert f"| `{found.binding.id}` | `{found.keys[0]}`" in text


def test_the_docs_say_where_each_key_acts() -> None:
    text = markdown()
    library = text.split("## Library screen")[1].split("\n## ")[0]
    assert "`library.order`" in library and "`list.select`" in library  # the list's Enter
    briefing = text.split("## Briefing screen")[1].split("\n## ")[0]
    assert "`pane.filter`" in briefing and "`library.order`" not in briefing

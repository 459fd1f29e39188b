"""A briefing's `language` is warned of unless it is a BCP 47 tag (RFC 5646's grammar)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import BASE_FILES, briefing_files, check, write_folder

from briefing.records.language_tags import is_language_tag

BASE = BASE_FILES["briefing.yaml"]
assert isinstance(BASE, str)

WELL_FORMED = [
    "en", "de", "pt-BR", "es-419", "zh-Hant-TW", "sr-Latn-RS", "de-CH-1901", "sl-rozaj-biske",
    "en-US-u-islamcal", "en-a-bbb-x-a-ccc", "zh-yue-HK", "qaa-Qaaa-QM-x-southern", "EN-gb",
    # private use alone, and the grandfathered tags (irregular: no other rule fits them)
    "x-private", "x-a", "X-Whatever-1", "i-klingon", "I-KLINGON", "en-GB-oed", "i-default",
    "sgn-BE-FR", "zh-min-nan", "art-lojban",
]  # fmt: skip
MALFORMED = [
    "English!", "e", "en-", "-en", "en--GB", "en_GB", "x", "x-", "en-x", "en-a", "en-GB-a",
    "i-foo", "en-GB-oed-x", "toolongtag", "en-GB-abc", "\u212aa", "en-\u017fx", "en-１２３",
]  # fmt: skip


@pytest.mark.parametrize("tag", WELL_FORMED)
def test_a_well_formed_tag_is_one(tag: str) -> None:
    assert is_language_tag(tag)


@pytest.mark.parametrize("tag", MALFORMED)
def test_a_malformed_tag_is_not(tag: str) -> None:
    assert not is_language_tag(tag)


def _language_problems(language: str, folder: Path) -> list[tuple[int, str]]:
    text = BASE.replace("  title: T\n", f"  title: T\n  language: '{language}'\n")
    write_folder(folder, briefing_files(**{"briefing.yaml": text}))
    return [(p.line, p.code) for p in check(folder)]


@pytest.mark.parametrize("language", ["x-private", "i-klingon", "en-GB-oed", "sgn-CH-DE"])
def test_private_use_and_grandfathered_tags_are_not_warned_of(
    language: str, tmp_path: Path
) -> None:
    assert _language_problems(language, tmp_path / "b") == []


@pytest.mark.parametrize("language", ["English!", "en-a", "i-foo", "en_GB"])
def test_a_malformed_language_is_an_error(language: str, tmp_path: Path) -> None:
    """The contract: a BCP 47 tag, and every violation an error; a warning let
    `language: English!` open (a contract audit)."""
    folder = tmp_path / "b"
    assert _language_problems(language, folder) == [(4, "bad-language")]
    (problem,) = check(folder)
    assert problem.severity == "error"
    if language == "en_GB":
        assert "write 'en-GB'" in str(problem)

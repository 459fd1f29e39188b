"""Web addresses: a source's `url` and an actor's `same_as` list.

Each is checked as the contract says (`http://` or `https://` only), and a
bad one is a located `bad-url` error, never a crash.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import briefing_files, check, write_folder

SOURCE = "sources:\n  - id: t\n    title: T\n    url: {url}\n"


@pytest.mark.parametrize("url", ['"http://["', '"https://[::1"', "http://[x]y"])
def test_a_url_python_cannot_split_is_a_located_error(in_tmp: Path, url: str) -> None:
    """An unclosed IPv6 bracket once made `urlsplit` raise: exit 3, "internal error"."""
    write_folder(in_tmp / "b", briefing_files(**{"extra.yaml": SOURCE.format(url=url)}))
    problems = check(in_tmp / "b")
    assert [(p.code, p.file, p.line, p.column) for p in problems] == [
        ("bad-url", "b/extra.yaml", 4, 10)
    ]

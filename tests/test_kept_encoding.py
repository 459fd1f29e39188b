"""Writing again only what changed: the file is byte for byte what encoding it whole gives."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.files import jsonfile
from briefing.files.kept_encoding import SMALLEST_IN_RUNS, KeptEncoding
from briefing.userdata import storefile
from briefing.userdata.store import applied

SEEN = storefile.SEEN


def seen_table(count: int) -> dict[str, dict[str, str]]:
    return {f"b{n % 7}/quote/q{n:05}": {"digest": f"d{n}"} for n in range(count)}


def whole(tables: storefile.Tables) -> bytes:
    return b"".join(storefile.encode(tables))


#: One change between saves: (what, which entry, its new digest).
changes = st.lists(
    st.tuples(
        st.sampled_from(["add", "remove", "remove the last", "replace", "nothing", "read again"]),
        st.integers(0, 3 * SMALLEST_IN_RUNS),
        st.text(max_size=3),
    ),
    max_size=12,
)


@settings(max_examples=60, deadline=None)
@given(st.lists(changes, min_size=1, max_size=6), st.integers(0, 2 * SMALLEST_IN_RUNS))
def test_saves_after_any_changes_write_what_a_whole_encode_would(
    saves: list[list[tuple[str, int, str]]], start: int
) -> None:
    """Entries added (before the first, after the last, in between), removed (the
    last one added too), given new documents, the table read again from the file
    (the same entries, other objects), a table growing past and shrinking below
    the size written in runs: each save's bytes are those of encoding every table
    afresh."""
    tables = storefile.empty()
    tables[SEEN] = seen_table(start)
    kept = KeptEncoding()
    storefile.keep_encoded(tables, kept)
    for save in saves:
        made: list[tuple[str, str, dict[str, str] | None]] = []
        for what, number, digest in save:
            if what == "read again":
                tables = applied(tables, made)
                made = []
                tables[SEEN] = json.loads(json.dumps(tables[SEEN]))
                continue
            if what == "remove the last":
                latest = applied(tables, made)[SEEN]
                made.append((SEEN, next(reversed(latest)), None) if latest else (SEEN, "", None))
                continue
            key = f"b{number % 7}/quote/q{number:05}" if what != "add" else f"a/x/{number}"
            if what == "nothing":
                continue
            made.append((SEEN, key, None if what == "remove" else {"digest": digest}))
        tables = applied(tables, made)
        assert b"".join(storefile.encode(tables, kept)) == whole(tables)


def test_a_save_of_one_change_to_a_large_table_encodes_only_its_run_again() -> None:
    """87,000 reading marks at x1000: one more mark must not encode them all again."""
    tables = storefile.empty()
    tables[SEEN] = seen_table(20 * SMALLEST_IN_RUNS)
    kept = KeptEncoding()
    storefile.keep_encoded(tables, kept)
    encoded: list[str] = []

    def counting(value: object) -> str:
        text = jsonfile.dumps(value)
        encoded.append(text)
        return text

    tables = applied(tables, [(SEEN, "b3/quote/q00010", {"digest": "read again"})])
    written = b"".join(kept.value(SEEN, tables[SEEN], counting, str.encode))
    assert written == json.dumps(tables[SEEN], sort_keys=True, separators=(",", ":")).encode()
    assert len(encoded) == 1 and '"read again"' in encoded[0]
    assert len(encoded[0]) < len(written) / 20


def test_text_outside_ascii_and_names_not_utf8_are_written_as_a_whole_encode_would() -> None:
    tables = storefile.empty()
    tables[SEEN] = seen_table(SMALLEST_IN_RUNS)
    kept = KeptEncoding()
    storefile.keep_encoded(tables, kept)
    tables = applied(
        tables,
        [
            (SEEN, "caf\u00e9/quote/\u00e9t\u00e9", {"digest": "\u00e9"}),
            (SEEN, "bad\udcff/quote/q", {"digest": "d"}),
        ],
    )
    assert b"".join(storefile.encode(tables, kept)) == whole(tables)
    assert b"bad\xff/quote/q" in whole(tables)

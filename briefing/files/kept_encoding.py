"""The bytes of a JSON file's top-level values as last written, reused at the next write.

The notes file is written whole at each save (briefing.userdata.store), and
at x1000 its table of reading marks holds some 87,000 entries, 5 MB of JSON.
Encoding it in one `json.dumps` call took 60-85 ms, all of it holding the
interpreter: a key pressed meanwhile waited for the whole of it.

A table that is the very same object as at the last write is written from
its kept bytes. A large table is written in runs of entries, in the order
of their keys, each run's bytes kept while its keys are the same and each
of its documents is the very same object: a changed table (its owner
replaces a table by a changed copy and never changes one in place:
briefing.userdata.store.applied) is encoded again only in the runs where
an entry was added, removed or replaced. Between runs the interpreter can
switch threads.

The bytes are exactly those of encoding each value whole (`jsonfile.dumps`).
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import compress, islice, repeat

#: How many entries a run of a table holds when it is made (it may grow to
#: twice as many as entries are added, then it is split again).
RUN_LENGTH = 64
#: Tables with fewer entries than this are encoded in one call: runs would only cost.
SMALLEST_IN_RUNS = 512

#: What a run's key no longer in the table finds there.
_GONE = object()
#: How a value becomes JSON text (`jsonfile.dumps`).
Dumps = Callable[[object], str]
#: How that text becomes bytes.
Encode = Callable[[str], bytes]


@dataclass
class _Run:
    keys: tuple[str, ...]
    documents: tuple[object, ...]
    #: the entries as JSON, `"key":value` joined by commas, encoded
    data: bytes


@dataclass
class _Kept:
    #: the value as last written (never changed in place by its owner)
    value: object
    #: its bytes, for a value written in one piece (None: in runs)
    data: bytes | None = None
    #: for a table written in runs: its runs of entries, in the order of their keys
    runs: list[_Run] = field(default_factory=list)


class KeptEncoding:
    """What was last written of each top-level value of one file.

    One writer at a time: the owner writes its file under its own lock.
    """

    def __init__(self) -> None:
        self._kept: dict[str, _Kept] = {}

    def value(self, key: str, value: object, dumps: Dumps, encode: Encode) -> Iterator[bytes]:
        """The bytes of `value`, the file's value at `key`: those of `encode(dumps(value))`."""
        last = self._kept.get(key)
        if last is not None and last.value is value and last.data is not None:
            yield last.data
            return
        if not isinstance(value, dict) or len(value) < SMALLEST_IN_RUNS:
            data = encode(dumps(value))
            self._kept[key] = _Kept(value, data)
            yield data
            return
        if last is not None and isinstance(last.value, dict) and last.runs:
            runs = _runs_again(value, last.value, last.runs)
        else:
            runs = _runs(value, sorted(value))
        kept = _Kept(value)
        yield b"{"
        for number, run in enumerate(runs):
            if not run.data:
                run.data = encode(_entries(dumps, run))
            kept.runs.append(run)
            yield b"," + run.data if number else run.data
        yield b"}"
        self._kept[key] = kept  # only once written whole: a write given up keeps the last


def _entries(dumps: Dumps, run: _Run) -> str:
    """The run's entries as they are written inside the whole table's object."""
    return dumps(dict(zip(run.keys, run.documents, strict=True)))[1:-1]


def _runs(table: dict[str, object], order: list[str]) -> list[_Run]:
    """`table`'s entries with the keys `order`, in runs of RUN_LENGTH, not yet encoded."""
    runs = []
    for start in range(0, len(order), RUN_LENGTH):
        keys = tuple(order[start : start + RUN_LENGTH])
        runs.append(_Run(keys, tuple(map(table.__getitem__, keys)), b""))
    return runs


def _runs_again(
    table: dict[str, object], before: dict[str, object], runs: list[_Run]
) -> list[_Run]:
    """`table`'s runs, given those of `before`: a run whose keys are all still there,
    each with the very same document, and among which no key was added, is kept
    with its bytes; the others are made again (split when they grew long)."""
    changed = _added_or_replaced(table, before)
    if changed is None:
        return _runs_looked_up(table, before, runs)
    firsts = [run.keys[0] for run in runs]
    joining: dict[int, list[str]] = {}
    for key in changed:
        joining.setdefault(max(bisect.bisect_right(firsts, key) - 1, 0), []).append(key)
    result: list[_Run] = []
    for number, run in enumerate(runs):
        if number not in joining:
            result.append(run)
        else:
            result += _run_made_again(table, sorted({*run.keys, *joining[number]}))
    return result


def _added_or_replaced(table: dict[str, object], before: dict[str, object]) -> list[str] | None:
    """The keys of `table` added since `before` or holding another document, when
    nothing else changed: None when a key was taken out, or the keys are not
    `before`'s very ones in `before`'s order.

    A changed copy of a dict keeps its keys' order, and a key added goes last
    (briefing.userdata.store.applied): comparing the two in order, by
    identity, finds what changed without looking up each key.
    """
    if len(table) < len(before) or not all(map(operator.is_, before, table)):
        return None
    differing = compress(before, map(operator.is_not, before.values(), table.values()))
    return [*differing, *islice(table, len(before), None)]


def _runs_looked_up(
    table: dict[str, object], before: dict[str, object], runs: list[_Run]
) -> list[_Run]:
    """`_runs_again`, each run's keys looked up in `table`."""
    documents = [tuple(map(table.get, run.keys, repeat(_GONE))) for run in runs]
    removed = sum(found.count(_GONE) for found in documents)
    added = len(table) - (len(before) - removed)
    new_keys = sorted(table.keys() - before.keys()) if added else []
    firsts = [run.keys[0] for run in runs[1:]]
    result: list[_Run] = []
    taken = 0
    for number, (run, found) in enumerate(zip(runs, documents, strict=True)):
        # the added keys before the next run's first key are this run's
        upto = (
            bisect.bisect_left(new_keys, firsts[number]) if number < len(firsts) else len(new_keys)
        )
        joining, taken = new_keys[taken:upto], upto
        if not joining and all(map(operator.is_, run.documents, found)):
            result.append(run)
            continue
        kept = [key for key, document in zip(run.keys, found, strict=True) if document is not _GONE]
        result += _run_made_again(table, sorted([*kept, *joining]))
    return result


def _run_made_again(table: dict[str, object], keys: list[str]) -> list[_Run]:
    """The run of `keys` (none if there are none), split when it grew too long."""
    if len(keys) > 2 * RUN_LENGTH:
        return _runs(table, keys)
    return [_Run(tuple(keys), tuple(map(table.__getitem__, keys)), b"")] if keys else []

"""Search: how long a query takes over a briefing's word index, at growing sizes.

    python -m bench.search_speed [--sizes 1,100,1000] [--repeat 7]

The word index is read once with the records (`Index.word_index`: what
`briefing search` does, and the reader's search from the library), and alone
(`Index.word_table`: the reader's search in an open briefing, whose records
it has);
then each query is timed alone: a rare word, a common one, two words, a
phrase, a word's beginning. Reported: the read, and each query's median
time and number of records and passages found.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from bench.bytecode import compile_sources
from bench.generate import ensure
from bench.stopping import stop_as_interrupted
from briefing.files.locations import bundled_content_dir
from briefing.index.store import open_index
from briefing.records.words import SearchQuery

OUT = Path(__file__).resolve().parent / "out"
#: Words of the generator's vocabulary (bench.generate), from rare to everywhere.
QUERIES = ("zoë", "summit", "border diplomats", '"the crisis"', "dipl")


def measure(content: Path, label: str, repeat: int) -> list[str]:
    lines = []
    with tempfile.TemporaryDirectory() as folder:
        index = open_index(content, Path(folder) / "index.json")
        briefing_id = index.summaries()[0].id or ""
        start = time.perf_counter()
        words = index.word_index(briefing_id)
        read = time.perf_counter() - start
        lines.append(f"{label:>8}  read with the records {read * 1000:8.1f} ms")
        start = time.perf_counter()
        index.word_table(briefing_id)
        alone = time.perf_counter() - start
        lines.append(f"{'':>8}  read alone (the reader) {alone * 1000:6.1f} ms")
        for typed in QUERIES:
            query = SearchQuery.parse(typed)
            times = []
            for _ in range(repeat):
                start = time.perf_counter()
                results = words.search(query)
                times.append(time.perf_counter() - start)
            median = statistics.median(times) * 1000
            lines.append(f"{'':>8}  {typed:<20} {median:8.1f} ms  {len(results):>6} found")
            # what Find shows: 200 results shared among the kinds, and their counts
            times = []
            for _ in range(repeat):
                start = time.perf_counter()
                words.found(query, 200)
                times.append(time.perf_counter() - start)
            lines.append(f"{'':>8}  {'  Find: 200':<20} {statistics.median(times) * 1000:8.1f} ms")
    return lines


def main() -> None:
    stop_as_interrupted()  # kill -TERM removes its temporary folders too
    compile_sources()
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", default="1,100,1000")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    print("\n".join(measure(bundled_content_dir(), "bundled", args.repeat)))
    for scale in (int(s) for s in args.sizes.split(",")):
        folder = OUT / f"generated-{scale}"
        ensure(folder, scale)
        print("\n".join(measure(folder, f"×{scale}", args.repeat)))


if __name__ == "__main__":
    main()

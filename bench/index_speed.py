"""The index: cold build, warm open, and size, at growing sizes.

    python -m bench.index_speed [--sizes 1,10,100,1000]

Warm open is what the reader pays on every start: open the index (its
freshness check included) and read one briefing back into records. The
size is the catalogue's and the briefing's file's together.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from bench.bytecode import compile_sources
from bench.generate import ensure
from bench.stopping import stop_as_interrupted
from briefing.files.locations import bundled_content_dir
from briefing.index.store import open_index

OUT = Path(__file__).resolve().parent / "out"


def measure(content: Path, label: str, repeat: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as folder:
        index = Path(folder) / "index.json"
        start = time.perf_counter()
        opened = open_index(content, index)
        cold = time.perf_counter() - start
        briefing_id = opened.summaries()[0].id or ""
        warm = []
        for _ in range(repeat):
            start = time.perf_counter()
            open_index(content, index).briefing(briefing_id)
            warm.append(time.perf_counter() - start)
        return {
            "briefing": label,
            "cold_build_s": round(cold, 4),
            "warm_open_ms": round(statistics.median(warm) * 1000, 2),
            # the catalogue and the briefing's file beside it
            "index_bytes": sum(f.stat().st_size for f in Path(folder).rglob("*") if f.is_file()),
        }


def main() -> None:
    stop_as_interrupted()  # kill -TERM removes its temporary folders too
    compile_sources()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,10,100,1000")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    rows = [measure(bundled_content_dir(), "bundled", args.repeat)]
    for scale in (int(s) for s in args.sizes.split(",")):
        folder = OUT / f"generated-{scale}"
        ensure(folder, scale)
        rows.append(measure(folder, f"×{scale}", args.repeat if scale < 1000 else 3))
    print(f"{'briefing':>10} {'cold build':>11} {'warm open':>10} {'index':>9} {'growth':>7}")
    previous = None
    for row in rows:
        growth = ""
        if previous is not None and previous["briefing"] != "bundled":
            growth = f"{row['warm_open_ms'] / previous['warm_open_ms']:.1f}×"  # type: ignore[operator]
        print(
            f"{row['briefing']:>10} {row['cold_build_s']:>10.3f}s {row['warm_open_ms']:>8.1f}ms "
            f"{row['index_bytes'] / 1e6:>7.2f}MB {growth:>7}"  # type: ignore[operator]
        )
        previous = row
    OUT.mkdir(exist_ok=True)
    (OUT / "index_speed.json").write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

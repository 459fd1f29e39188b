"""How fast `briefing check` is, as a ratio to the bare YAML event parse.

    python -m bench.check_speed [--sizes 1,10,100,1000] [--repeat 3]

For the bundled briefing and generated ones at each scale: the YAML's size,
the time of a bare `yaml.parse(data, Loader=CSafeLoader)` over the same files
(the floor: no checker can read YAML faster), the time of a full check
(reading, validating, anchoring every quote), MB of YAML checked per second,
the ratio check / bare parse, the growth from each size to the next, and
the peak memory (RSS) of a fresh process doing each (issue 17: a check at
×1000 within 2× the bare parse and under 100 MiB).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

import yaml

from bench.bytecode import compile_sources
from bench.generate import ensure
from briefing.check.content import check_content
from briefing.check.yamlsafe import DEFAULT_LOADER
from briefing.files.locations import bundled_content_dir

OUT = Path(__file__).resolve().parent / "out"


def _median_time(action, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _bare_parse(files: list[Path]) -> None:
    for path in files:
        for _ in yaml.parse(path.read_bytes(), Loader=DEFAULT_LOADER):
            pass


#: The process's own peak (VmHWM): ru_maxrss would count the bench's own
#: memory, which a child started with fork inherits as its high-water mark.
_PEAK = """
import sys
from pathlib import Path
{action}
status = open("/proc/self/status").read()
print(int(status.split("VmHWM:")[1].split()[0]) * 1024)
"""
_CHECK = "from briefing.check.content import check_content; check_content(Path(sys.argv[1]))"
_PARSE = """
import yaml
loader = getattr(yaml, "CSafeLoader", None) or yaml.SafeLoader
for path in sorted(Path(sys.argv[1]).glob("*.yaml")):
    for _ in yaml.parse(path.read_bytes(), Loader=loader):
        pass
"""


def _peak_mib(action: str, folder: Path) -> float:
    """Peak RSS, in MiB, of a fresh Python process doing `action` on `folder`."""
    code = _PEAK.format(action=action)
    done = subprocess.run(
        [sys.executable, "-c", code, str(folder)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    return round(int(done.stdout.split()[-1]) / 2**20, 1)


def measure(folder: Path, label: str, repeat: int) -> dict[str, object]:
    files = sorted(folder.glob("*.yaml"))
    size = sum(p.stat().st_size for p in files)
    result = check_content(folder)
    errors = sum(f.errors for f in result.folders)
    if errors:
        raise SystemExit(f"{label}: the briefing has {errors} errors; the bench needs a valid one")
    bare = _median_time(lambda: _bare_parse(files), repeat)
    check = _median_time(lambda: check_content(folder), repeat)
    return {
        "briefing": label,
        "yaml_bytes": size,
        "bare_parse_s": round(bare, 4),
        "check_s": round(check, 4),
        "check_mb_per_s": round(size / check / 1e6, 2),
        "ratio_to_bare_parse": round(check / bare, 2),
        "bare_parse_peak_mib": _peak_mib(_PARSE, folder),
        "check_peak_mib": _peak_mib(_CHECK, folder),
    }


def main() -> None:
    compile_sources()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,10,100,1000")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    bundled = next(p for p in bundled_content_dir().iterdir() if p.is_dir())
    rows = [measure(bundled, "bundled", args.repeat)]
    for scale in (int(s) for s in args.sizes.split(",")):
        folder = OUT / f"generated-{scale}"
        ensure(folder, scale)
        rows.append(measure(folder, f"×{scale}", args.repeat if scale < 1000 else 1))
    heads = ("briefing", "YAML", "bare parse", "check", "MB/s", "ratio", "growth", "peak MiB")
    widths = (10, 10, 11, 9, 6, 6, 7, 16)
    print(" ".join(f"{h:>{w}}" for h, w in zip(heads, widths, strict=True)))
    previous: dict[str, object] | None = None
    for row in rows:
        growth = ""
        if previous is not None and previous["briefing"] != "bundled":
            growth = f"{row['check_s'] / previous['check_s']:.1f}×"  # type: ignore[operator]
        print(
            f"{row['briefing']:>10} {row['yaml_bytes'] / 1e6:>8.2f}MB "  # type: ignore[operator]
            f"{row['bare_parse_s']:>10.3f}s {row['check_s']:>8.3f}s "
            f"{row['check_mb_per_s']:>6} {row['ratio_to_bare_parse']:>5}× {growth:>7} "
            f"{row['check_peak_mib']:>7} ({row['bare_parse_peak_mib']})"
        )
        previous = row
    print("goal at ×1000 (issue 17): ratio ≤2×, check peak <100 MiB (bare parse's in brackets)")
    OUT.mkdir(exist_ok=True)
    (OUT / "check_speed.json").write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

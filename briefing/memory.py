"""How bulk work treats Python's cyclic garbage collector: one policy, one place.

Checking, indexing and reading an index build hundreds of thousands of small
objects that hold no cycles. Reference counting frees them; the cyclic
collector only re-scans them, again and again as they pile up.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused(keep: bool = False) -> Iterator[None]:
    """Pause Python's cyclic garbage collector for a bulk build.

    Checking builds hundreds of thousands of small objects that hold no
    cycles; the collector kept re-scanning them as they piled up, which made
    checking grow faster than its input. Reference counting still frees
    everything as usual.

    `keep`: what was built lives as long as the process (the reader's
    records), so it is frozen out of the collector's sight before it resumes;
    otherwise its first pass scans everything built meanwhile. The figures
    are in docs/performance.md.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            if keep:
                gc.freeze()
            gc.enable()

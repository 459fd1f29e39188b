"""Compiled bytecode for the code the bench times, as a user's machine has it.

pip compiles a package's modules when it installs them, and Python caches
them on the first run of an editable install; a machine (or CI) that sets
PYTHONDONTWRITEBYTECODE never writes that cache, so every timed start would
compile some sixty modules from source again (about 0.1 s of a first frame
that takes 0.5). Each bench compiles them once before it times anything.
"""

from __future__ import annotations

import compileall
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def compile_sources() -> None:
    """Write the bytecode cache of briefing's and the bench's own modules."""
    for folder in ("briefing", "screens", "bench"):
        # screens/ is imported as briefing.screens through a symlink, which
        # compileall does not follow: its cache is written in screens/ itself.
        compileall.compile_dir(ROOT / folder, quiet=1, workers=1)

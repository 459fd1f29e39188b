"""The wheel as users install it: the reader inside the briefing package, nothing generic.

The repository keeps the reader in a top-level `screens/` folder; the package
imports it as `briefing.screens` (a symlink in the checkout). A wheel that
installed a top-level `screens` package would clash with any other project's.
This builds the wheel, installs it into a fresh virtual environment and runs
it there, from a folder outside the repository.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import textwrap
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
BIN = "Scripts" if sys.platform == "win32" else "bin"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--wheel-dir", str(out), str(REPO)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    (built,) = out.glob("briefing-*.whl")
    return built


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the wheel installed; its dependencies seen from this one's."""
    root = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", str(root)], check=True, capture_output=True)
    python = root / BIN / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", str(wheel)],
        check=True,
        capture_output=True,
    )
    # Textual, Rich ... from the test environment's site-packages, appended
    # after the fresh one's: its .pth files (this checkout's editable
    # install) are not read from a folder named in a .pth line.
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    Path(site, "test-dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    return root


def run(venv: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "BRIEFING"))}
    env["BRIEFING_INDEX_DIR"] = str(cwd / "index")
    env["BRIEFING_DATA_DIR"] = str(cwd / "data")  # the reader's notes, never the user's
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def test_the_wheel_holds_the_reader_inside_the_package(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert not [n for n in names if n.startswith("screens/")]
    for expected in (
        "briefing/screens/app.py",
        "briefing/screens/briefing_screen.tcss",
        "briefing/py.typed",
        "briefing/_docs/briefing.schema.json",
        "briefing/_docs/format.md",
        "briefing/_docs/example/sources/gazette.txt",
        "briefing/_content/ukraine-diplomacy-2022-02-10/sources/article.txt",
    ):
        assert expected in names


def test_installed_it_checks_and_opens_the_bundled_briefing(venv: Path, tmp_path: Path) -> None:
    python = str(venv / BIN / "python")
    checked = run(venv, tmp_path, str(venv / BIN / "briefing"), "check", "--format", "json",
                  str(_installed_content(python, tmp_path)))  # fmt: skip
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.strip() == "[]"
    script = textwrap.dedent(
        """
        import asyncio, importlib.util
        import briefing
        from briefing.screens.app import make_app
        from briefing.screens.briefing_screen import BriefingScreen

        assert importlib.util.find_spec("screens") is None, "a top-level screens package"
        print(briefing.__file__)

        async def main():
            app = make_app()
            async with app.run_test(size=(120, 40)) as pilot:
                for _ in range(100):  # shown, and its panes mounted
                    if isinstance(app.screen, BriefingScreen) and app.screen.query("#actors"):
                        break
                    await pilot.pause(0.05)
                await pilot.pause()
                print(type(app.screen).__name__, app.screen.briefing.id)

        asyncio.run(main())
        """
    )
    opened = run(venv, tmp_path, python, "-c", script)
    assert opened.returncode == 0, opened.stderr
    package, screen = opened.stdout.split("\n")[:2]
    assert Path(package).is_relative_to(venv)  # the installed copy, not this checkout
    assert screen == "BriefingScreen ukraine-diplomacy-2022-02-10"


def _installed_content(python: str, cwd: Path) -> Path:
    found = subprocess.run(
        [python, "-c", "from briefing.files.locations import bundled_content_dir as d; print(d())"],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    return Path(found)

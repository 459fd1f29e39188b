"""`briefing --help` says what `briefing` alone does."""

from __future__ import annotations

import pytest

from briefing.cli.commands import main


def test_help_says_that_no_command_opens_the_bundled_briefings(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "With no command, briefing opens the reader on the bundled briefing" in text
    assert "Settings (theme, keys) are in config.toml" in text

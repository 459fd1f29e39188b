"""Where the reader's own data lives: the user's data folder, never the cache."""

from __future__ import annotations

from pathlib import Path

from briefing.files.user_folders import user_folder

#: The folder for the reader's own data, instead of the user's data folder.
DATA_DIR_ENV = "BRIEFING_DATA_DIR"
#: The one file of it: pins, notes and what has been read, for every briefing.
STORE_NAME = "notes.json"


def data_dir() -> Path:
    """$BRIEFING_DATA_DIR, else the user's data folder for briefing (~/.local/share/briefing)."""
    return user_folder("data", DATA_DIR_ENV)


def store_path() -> Path:
    return data_dir() / STORE_NAME

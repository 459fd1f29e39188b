"""Content made ready to show: plain words, safe strings (no Textual here)."""

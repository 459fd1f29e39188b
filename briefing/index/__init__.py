"""The index: checked records kept in TinyDB, rebuilt only when content changed."""

"""Where things are on disk: content folders, what kind of file a path is, the user's folders."""

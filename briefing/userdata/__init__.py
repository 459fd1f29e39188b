"""The reader's own data: pins, notes and what has been read, kept apart from the cache.

The index (briefing.index) is a cache, safe to delete. This is not: it is
what the user wrote and chose, in one file of the user's data folder
(`location`), written with the index's guarantees (briefing.files.jsonfile)
and merged by key under a lock so that two readers open at once lose
nothing of each other's (`store`). Records are known by stable keys and
digests of what their authors wrote (`keys`), so a record edited since is
recognised as changed, and one removed as gone (`reading`).
"""

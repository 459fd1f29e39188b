"""The runs of a text between spaces that hold a letter or a digit, found once.

An insertion stands for at most MAX_INSERTION_WORDS such runs. Counting them
afresh from each place of a quote's first part read the text to its end each
time when it held none (a text of `- - - …`: 40 KB took four minutes). Here
each run is found once, from the first place asked for on, and a count is a
bisect: linear in the text's length (docs/performance.md).
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections.abc import Iterator

#: from the first letter or digit of a run between spaces to the run's end
#: (`[^\W_]` is exactly `str.isalnum`)
_COUNTED = re.compile(r"[^\W_]\S*")
_ALNUM = re.compile(r"[^\W_]")


class CountedRuns:
    """The runs of `text` holding a letter or a digit, from a place on."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._from = -1
        #: each run's first letter or digit at or after `_from`, and the run's end
        self._firsts: array[int] = array("q")
        self._ends: array[int] = array("q")
        self._runs: Iterator[re.Match[str]] = iter(())
        self._done = True
        #: the last search for a letter or digit inside one run: (from, found, to)
        self._searched = (0, -1, -1)

    def reach(self, start: int, runs: int) -> int:
        """Where the `runs`-th run holding a letter or a digit after `start`
        has its first one (the text's end if there are fewer): no earlier
        than where that many such runs, counted as `more_than` counts them,
        have begun."""
        index = self._index(start)
        self._extend(index + runs)
        if len(self._firsts) < index + runs:
            return len(self.text)
        return self._firsts[index + runs - 1]

    def more_than(self, start: int, end: int, most: int) -> bool:
        """Whether text[start:end] holds more than `most` runs between spaces
        that hold a letter or a digit (a run cut by `start` or `end` counted
        by its part inside)."""
        index = self._index(start)
        inside = 0
        if index > 0 and self._ends[index - 1] > start:
            # the run holding `start` has a letter or digit before it: its part from `start`
            run_end = self._ends[index - 1]
            inside = int(self._letter_between(start, min(run_end, end), run_end))
        wanted = index + most + 1 - inside
        self._extend(wanted)
        return len(self._firsts) >= wanted and self._firsts[wanted - 1] < end

    def _index(self, start: int) -> int:
        """The first run whose first letter or digit is at or after `start`."""
        if start < self._from or self._from == -1:
            self._from, self._done = start, False
            self._firsts, self._ends = array("q"), array("q")
            self._runs = _COUNTED.finditer(self.text, start)
        while not self._done and (not self._firsts or self._firsts[-1] < start):
            self._next()
        return bisect_left(self._firsts, start)

    def _extend(self, count: int) -> None:
        while not self._done and len(self._firsts) < count:
            self._next()

    def _next(self) -> None:
        run = next(self._runs, None)
        if run is None:
            self._done = True
            return
        self._firsts.append(run.start())
        self._ends.append(run.end())

    def _letter_between(self, start: int, end: int, run_end: int) -> bool:
        """Whether text[start:end], inside the run ending at `run_end`, holds
        a letter or a digit; a later start in the same run reuses the search."""
        searched_from, found, searched_to = self._searched
        if searched_from <= start and (start <= found or (found == -1 and end <= searched_to)):
            return found != -1 and found < end
        letter = _ALNUM.search(self.text, start, run_end)
        found = -1 if letter is None else letter.start()
        self._searched = (start, found, run_end)
        return found != -1 and found < end

"""Bundled data files (``cleantext/data/*.txt``): one entry a line, ``#`` starts a comment.

Each file is read once per process and cached.

>>> from cleantext.resources import load_list
>>> "iPhone" in load_list("camelcase.txt")
True
"""

from __future__ import annotations

import functools
from importlib import resources


@functools.cache
def load_list(name: str) -> tuple[str, ...]:
    """Entries of the bundled list ``name``: stripped lines, blank lines and comments dropped.

    A ``#`` starts a comment only at the start of a line or after whitespace, so entries
    such as ``C#`` survive.
    """
    text = resources.files("cleantext.data").joinpath(name).read_text(encoding="utf-8")
    return parse_list(text)


def parse_list(text: str) -> tuple[str, ...]:
    """Parse list text: one entry a line, comments after ``#`` dropped.

    >>> parse_list("# header\\nAdvertisement\\n  C#  # a language\\n\\n")
    ('Advertisement', 'C#')
    """
    out = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        cut = stripped.find(" #")
        if cut >= 0:
            stripped = stripped[:cut].rstrip()
        out.append(stripped)
    return tuple(out)


@functools.cache
def english_words() -> frozenset[str]:
    """The common English words of ``words.txt``, lower case.

    >>> "reform" in english_words(), "saidthe" in english_words()
    (True, False)
    """
    return frozenset(load_list("words.txt"))

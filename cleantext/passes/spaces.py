"""The space characters every pass reads alike, and the tab that separates fields,
written out once.

Odd spaces (no-break, en and em, thin, a form feed...) read as a space; zero-width
characters (a zero-width space, a word joiner, a stray byte-order mark) read as nothing.
The whitespace
pass normalises both; the other passes read the text as it will be once it has.

>>> "\\u00a0" in ODD_SPACES, "\\u200b" in ZERO_WIDTH, " " in ODD_SPACES
(True, True, False)
"""

from __future__ import annotations

import re

# (a form feed inside a line is a stray page break: it reads as a space too)
ODD_SPACES = "\u00a0\u202f\u205f\x0c" + "".join(map(chr, range(0x2000, 0x200B)))
ZERO_WIDTH = "\u200b\u2060\ufeff"

# A tab between two visible characters of a line (spaces around it): the line holds
# fields, a row of data ("share<TAB>1") whose runs of spaces align too.
TAB_FIELDS = re.compile(r"\S[ ]*\t[ \t]*\S")

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

import regex

# (a form feed inside a line is a stray page break: it reads as a space too)
ODD_SPACES = "\u00a0\u202f\u205f\x0c" + "".join(map(chr, range(0x2000, 0x200B)))
ZERO_WIDTH = "\u200b\u2060\ufeff"
# The zero-width non-joiner and joiner: no Latin word needs one ("preci\u200csion"), where
# Persian, the scripts of India and emoji sequences do.
JOINERS = "\u200c\u200d"
# Every character of no width that the whitespace pass may remove: the zero-width ones,
# soft hyphens and joiners. A rule that looks past them reads the text as a second run does.
INVISIBLE = ZERO_WIDTH + "\u00ad" + JOINERS
# A joiner or non-joiner between two letters of the Latin script, other characters of no
# width between them not counting.
JOINERS_IN_LATIN = regex.compile(
    rf"(?<=\p{{Script=Latin}}[{INVISIBLE}]*)[{JOINERS}]++(?=[{INVISIBLE}]*\p{{Script=Latin}})"
)

# A tab between two visible characters of a line (spaces around it): the line holds
# fields, a row of data ("share<TAB>1") whose runs of spaces align too.
TAB_FIELDS = re.compile(r"\S[ ]*\t[ \t]*\S")

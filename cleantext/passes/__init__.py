"""The passes: each looks at text and proposes edits; the pipeline applies them.

>>> from cleantext import passes
>>> [p.name for p in (passes.FixUnicode(), passes.StripBoilerplate(), passes.RepairSentences(),
...                   passes.NormalizeNames(["Arthur Mensch"]), passes.NormalizeWhitespace())]
['unicode', 'boilerplate', 'sentences', 'names', 'whitespace']
"""

from cleantext.passes.base import Context, Pass
from cleantext.passes.boilerplate import StripBoilerplate
from cleantext.passes.names import NormalizeNames
from cleantext.passes.sentences import RepairSentences
from cleantext.passes.unicode import FixUnicode
from cleantext.passes.whitespace import NormalizeWhitespace

__all__ = [
    "Context",
    "FixUnicode",
    "NormalizeNames",
    "NormalizeWhitespace",
    "Pass",
    "RepairSentences",
    "StripBoilerplate",
]

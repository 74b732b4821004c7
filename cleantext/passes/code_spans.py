"""Where a text quotes code: inline code spans and fenced code blocks (Markdown).

What stands there is literal: a pass that repairs prose leaves it alone (a glued
identifier such as ``useState``, the mojibake or the entity that a document shows as an
example, ``itâ€™s`` or ``&amp;``).

>>> text = "Run `pip  install` first.\\n\\n```\\nx = 1\\n```\\nDone."
>>> regions = code_regions(text)
>>> [text[a:b] for a, b in regions]
['`pip  install`', '```\\nx = 1\\n```']
>>> overlaps(regions, 5, 8), overlaps(regions, 41, 45)
(True, False)
"""

from __future__ import annotations

import bisect
from collections.abc import Collection

import regex

from cleantext.edits import Edit
from cleantext.passes.spaces import ODD_SPACES, ZERO_WIDTH

# An inline code span: a run of backticks, then the text up to a run as long (CommonMark:
# ``` `` `x` `` ``` quotes a backtick); it may wrap, as Markdown allows, and a blank line
# ends it (LF, CRLF or CR; a line of spaces, odd or invisible ones too, is blank: the
# whitespace pass makes it so). Bounded, so a text of lone backticks costs linear time.
_BLANK_AFTER = rf"[ \t{ODD_SPACES}{ZERO_WIDTH}]*+(?:[\r\n]|\Z)"
_CODE_SPAN = regex.compile(
    rf"(?<!`)(`++)(?:[^`\r\n]|`++(?<!(?<!`)\1)|(?:\r\n?+|\n)(?!{_BLANK_AFTER})){{0,1000}}?"
    r"(?<!`)\1(?!`)"
)
# A line that opens or closes a fenced code block (after LF, CRLF or a lone CR).
_FENCE = regex.compile(r"(?:^|(?<=\r))[ \t]*+(?:```|~~~)", regex.MULTILINE)
# An interactive session of Python (a doctest): a line that opens with the ">>> " prompt,
# and the lines after it up to a blank line (its continuations and its output).
_SESSION = regex.compile(
    r"(?:^|(?<=\r))[ \t]*+>>>[ \t][^\r\n]*+(?:(?:\r\n?+|\n)(?![ \t]*+(?:[\r\n]|\Z))[^\r\n]*+)*+",
    regex.MULTILINE,
)


def code_regions(text: str) -> list[tuple[int, int]]:
    """The sorted, disjoint (start, end) spans of backtick code, fenced code blocks (an
    unclosed fence runs to the end of the text) and sessions of Python's interactive
    prompt (a line that opens with ``>>>`` and the lines after it up to a blank line).

    >>> code_regions("Call `f()` now."), code_regions("No code here.")
    ([(5, 10)], [])
    >>> text = "Fences (```` ``` ````), `-   item` and `a``b`."
    >>> [text[a:b] for a, b in code_regions(text)]
    ['```` ``` ````', '`-   item`', '`a``b`']
    >>> text = "Try it:\\n\\n>>> Color.RED\\n<Color.RED: 1>\\n\\nDone."
    >>> [text[a:b] for a, b in code_regions(text)]
    ['>>> Color.RED\\n<Color.RED: 1>']
    """
    session = ">>>" in text
    if "`" not in text and "~" not in text and not session:
        return []
    regions = [(m.start(), m.end()) for m in _CODE_SPAN.finditer(text)]
    if session:
        regions.extend((m.start(), m.end()) for m in _SESSION.finditer(text))
    fenced = "```" in text or "~~~" in text  # a search for line starts is slow
    fences = [m.start() for m in _FENCE.finditer(text)] if fenced else []
    for i in range(0, len(fences) - 1, 2):
        regions.append((fences[i], fences[i + 1] + 3))
    if len(fences) % 2:
        regions.append((fences[-1], len(text)))
    regions.sort()
    merged: list[tuple[int, int]] = []
    for a, b in regions:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def overlaps(regions: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the sorted, disjoint ``regions``.

    >>> overlaps([(5, 10)], 8, 12), overlaps([(5, 10)], 10, 12)
    (True, False)
    """
    i = bisect.bisect_left(regions, (end, end)) - 1
    return i >= 0 and regions[i][1] > start


def outside_code(text: str, edits: list[Edit], *, junk: Collection[str] = ()) -> list[Edit]:
    """``edits`` without those that touch what code quotes in ``text``, except the edits of
    the ``junk`` rules (what is junk anywhere, a control character, say).

    >>> edits = [Edit(6, 11, "&", "unicode/html-entity"), Edit(17, 22, "&", "unicode/html-entity")]
    >>> [e.start for e in outside_code("Type `&amp;` or &amp;.", edits)]
    [17]
    """
    code = code_regions(text) if edits else []
    if not code:
        return edits
    return [e for e in edits if e.rule in junk or not overlaps(code, e.start, e.end)]


# reStructuredText: a directive line (".. code-block:: text"), and the names of those
# whose body is literal text.
_DIRECTIVE = regex.compile(r"[ \t]*+\.\.[ \t]++([\w+.-]++(?::[\w+.-]++)*+)::(?:[ \t]|\Z)")
_LITERAL_DIRECTIVES = frozenset(("code", "code-block", "sourcecode", "parsed-literal"))
_RST_LINE = regex.compile(r"[^\r\n]*+(?:\r\n|\r|\n|\Z)")


def rst_blocks(text: str, *, bodies: bool = False) -> list[tuple[int, int]]:
    """The sorted, disjoint (start, end) spans of reStructuredText's literal blocks: the
    lines indented further than a line that ends with ``::`` (``Example::``, or ``::``
    alone) up to the next line that is not, and the bodies of the directives that quote
    code (``.. code-block:: text``, ``.. code::``, ``.. sourcecode::``,
    ``.. parsed-literal::``); with ``bodies``, the bodies of all directives
    (``.. note::``), which are no page furniture either. Not part of :func:`code_regions`:
    only the passes that ask read reStructuredText so.

    >>> text = "Like this::\\n\\n    It\\u00e2\\u20ac\\u2122s\\n\\nDone.\\n.. note::\\n\\n   Hi\\n"
    >>> [text[a:b] for a, b in rst_blocks(text)]
    ['It\u00e2\u20ac\u2122s']
    >>> [text[a:b] for a, b in rst_blocks(text, bodies=True)]
    ['It\u00e2\u20ac\u2122s', 'Hi']
    """
    if "::" not in text:
        return []
    regions: list[tuple[int, int]] = []
    opener = -1  # the indentation of the line that opened a block, or -1
    start = end = -1  # the block's first and last lines of text
    for m in _RST_LINE.finditer(text):
        line = m.group().rstrip("\r\n")
        if not line.strip():
            if m.end() == len(text):
                break
            continue
        indent = len(line) - len(line.lstrip(" \t"))
        if opener >= 0:
            if indent > opener:
                if start < 0:
                    start = m.start() + indent
                end = m.start() + len(line.rstrip())
                continue
            if start >= 0:
                regions.append((start, end))
            opener = -1
        if "::" in line:
            directive = _DIRECTIVE.match(line)
            if directive is not None:
                literal = directive.group(1).casefold() in _LITERAL_DIRECTIVES
            else:
                literal = line.rstrip().endswith("::")
            if literal or (bodies and directive is not None):
                opener, start, end = indent, -1, -1
    if opener >= 0 and start >= 0:
        regions.append((start, end))
    return regions

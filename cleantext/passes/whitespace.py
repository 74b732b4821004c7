"""NormalizeWhitespace: trailing spaces, runs of blank lines, odd spaces, zero-width characters.

Paragraph structure stays: a blank line between paragraphs remains one blank line; line
endings (LF, CRLF) are kept as they are; indentation at the start of a line is kept.

>>> from cleantext.passes import NormalizeWhitespace
>>> NormalizeWhitespace()("One  \\n\\n\\n\\nTwo\\u00a0words\\u200b.\\n")
'One\\n\\nTwo words.\\n'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

import regex

from cleantext.edits import Edit
from cleantext.passes.base import EMPTY_CONTEXT, Context, Pass

# Horizontal whitespace at the end of a line (or of the text).
_TRAILING = regex.compile(
    r"(?<![ \t\u00a0\u2000-\u200a\u202f\u205f\u3000])"
    r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]++(?=\r\n|\r|\n|\Z)"
)
# Three or more line breaks, possibly with whitespace-only lines among them.
_BLANK_RUN = regex.compile(r"(\r\n|\r|\n)(?:[ \t]*(?:\r\n|\r|\n)){2,}")
# Space-like characters that are damage in running text (not the ideographic space).
_ODD_SPACE = regex.compile(r"[\u00a0\u2000-\u200a\u202f\u205f]+")
# Invisible characters with no role in news text; ZWJ/ZWNJ (emoji, Indic, Persian) stay.
_ZERO_WIDTH = regex.compile(r"[\u200b\u2060\ufeff]+")
# Two or more spaces between words inside a line (not indentation, not after . ! ? :).
_MULTI_SPACE = regex.compile(r"(?<=[^\s.!?:])  ++(?=\S)")
# Blank lines at the end of the text (the final line break stays).
# Leading blank lines of the text.
_LEADING = regex.compile(r"\A(?:[ \t]*(?:\r\n|\r|\n))+")
_BREAK = regex.compile(r"\r\n|\r|\n")
_QUICK = regex.compile(
    r"[ \t]$|[ \t](?:\r|\n)|(?:\r\n|\r|\n){3}"
    r"|[\u00a0\u2000-\u200b\u202f\u205f\u2060\ufeff]|[^\s.!?:]  |\A\s"
)


@dataclass(frozen=True, slots=True)
class NormalizeWhitespace(Pass):
    """Tidy whitespace without changing paragraph structure or line endings.

    Options (keyword-only, same names in TOML): ``max_blank_lines`` (1: runs of blank
    lines shrink to one), ``odd_spaces`` (non-breaking and other odd spaces become a
    plain space), ``zero_width`` (drop U+200B, U+2060 and stray U+FEFF), ``collapse_spaces``
    (two spaces between words become one; two after ``. ! ? :`` are a style and stay).

    Rules: ``whitespace/trailing``, ``whitespace/blank-lines``, ``whitespace/odd-space``,
    ``whitespace/zero-width``, ``whitespace/spaces``, ``whitespace/leading``.

    >>> NormalizeWhitespace()("    indented code\\r\\n\\r\\n\\r\\nnext\\r\\n")
    '    indented code\\r\\n\\r\\nnext\\r\\n'
    """

    name: ClassVar[str] = "whitespace"
    rules: ClassVar[tuple[str, ...]] = (
        "whitespace/trailing",
        "whitespace/blank-lines",
        "whitespace/odd-space",
        "whitespace/zero-width",
        "whitespace/spaces",
        "whitespace/leading",
    )

    max_blank_lines: int = 1
    odd_spaces: bool = True
    zero_width: bool = True
    collapse_spaces: bool = True

    def propose(self, text: str, context: Context = EMPTY_CONTEXT) -> list[Edit]:
        if _QUICK.search(text) is None and not text.endswith(("\n\n", "\r\n\r\n", "\r\r")):
            return []
        # Collect candidate edits per rule, then resolve overlaps by keeping the earliest,
        # widest edit; the pipeline is idempotent because a second run finds nothing.
        found: list[Edit] = []
        lead = _LEADING.match(text)
        if lead:
            found.append(
                Edit(0, lead.end(), "", "whitespace/leading", "blank lines before the text")
            )
        for m in _TRAILING.finditer(text):
            found.append(Edit(m.start(), m.end(), "", "whitespace/trailing", "trailing whitespace"))
        body_end = len(text.rstrip(" \t\r\n"))
        tail_breaks = _BREAK.findall(text, body_end)
        if len(tail_breaks) >= 2:
            found.append(
                Edit(
                    body_end,
                    len(text),
                    tail_breaks[0],
                    "whitespace/blank-lines",
                    "blank lines at the end of the text",
                )
            )
        keep = self.max_blank_lines + 1
        for m in _BLANK_RUN.finditer(text, 0, body_end):
            breaks = len(_BREAK.findall(m.group()))
            if breaks > keep:
                found.append(
                    Edit(
                        m.start(),
                        m.end(),
                        m.group(1) * keep,
                        "whitespace/blank-lines",
                        f"{breaks - 1} blank lines -> {keep - 1}",
                    )
                )
        if self.odd_spaces:
            for m in _ODD_SPACE.finditer(text):
                found.append(
                    Edit(m.start(), m.end(), " ", "whitespace/odd-space", _codes(m.group()))
                )
        if self.zero_width:
            for m in _ZERO_WIDTH.finditer(text):
                if m.start() == 0 and m.group() == "\ufeff":
                    continue  # a byte-order mark at the very start belongs to the file layer
                found.append(
                    Edit(m.start(), m.end(), "", "whitespace/zero-width", _codes(m.group()))
                )
        if self.collapse_spaces:
            for m in _MULTI_SPACE.finditer(text):
                found.append(Edit(m.start(), m.end(), " ", "whitespace/spaces", "repeated spaces"))
        return _resolve(found)


def _codes(s: str) -> str:
    return " ".join(dict.fromkeys(f"U+{ord(c):04X}" for c in s))


def _resolve(edits: list[Edit]) -> list[Edit]:
    """Drop edits that overlap an earlier, wider one (a trailing odd space, say)."""
    edits.sort(key=lambda e: (e.start, -(e.end - e.start)))
    out: list[Edit] = []
    for e in edits:
        if out and (e.start < out[-1].end or (e.start == out[-1].start)):
            continue
        out.append(e)
    return out

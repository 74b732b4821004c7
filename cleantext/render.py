"""HTML rendering of a :class:`~cleantext.Result` for notebooks: an inline diff.

Removed text is struck through, inserted text highlighted, each pass has its own colour,
and hovering a change shows its rule and note. All text is HTML-escaped. Colours use
translucent backgrounds so the view reads in light and dark themes.

>>> import cleantext
>>> html = cleantext.Pipeline.default().run("ADVERTISEMENT\\n\\n<b>Hi</b>")._repr_html_()
>>> "<del" in html and "&lt;b&gt;" in html
True
"""

from __future__ import annotations

import collections
from typing import TYPE_CHECKING

from cleantext.edits import escape

if TYPE_CHECKING:
    from cleantext.edits import Result

PASS_COLOURS = {
    "unicode": "155, 89, 182",
    "boilerplate": "231, 76, 60",
    "sentences": "52, 152, 219",
    "names": "46, 204, 113",
    "whitespace": "149, 165, 166",
}
_DEFAULT_COLOUR = "241, 196, 15"


def result_html(result: Result) -> str:
    """The inline HTML diff of ``result`` (what ``Result._repr_html_`` returns)."""
    parts: list[str] = []
    pos = 0
    original = result.original
    # Changes of later passes can touch the same original span; show each once, in order.
    for c in sorted(result.edits, key=lambda c: (c.start, c.end, c.stage)):
        if c.start < pos:
            continue
        parts.append(escape(original[pos : c.start]))
        rgb = PASS_COLOURS.get(c.pass_name, _DEFAULT_COLOUR)
        title = escape(f"{c.rule}: {c.note}" if c.note else c.rule)
        removed = original[c.start : c.end]
        piece = ""
        if removed:
            piece += (
                f'<del style="background: rgba({rgb}, 0.25); text-decoration: line-through;">'
                f"{_visible(removed)}</del>"
            )
        if c.after:
            piece += (
                f'<ins style="background: rgba({rgb}, 0.45); text-decoration: none;">'
                f"{_visible(c.after)}</ins>"
            )
        parts.append(
            f'<span class="cleantext-change" data-rule="{escape(c.rule)}" title="{title}">'
            f"{piece}</span>"
        )
        pos = max(pos, c.end)
    parts.append(escape(original[pos:]))
    counts = collections.Counter(c.rule for c in result.edits)
    summary = ", ".join(f"{rule}: {n}" for rule, n in counts.most_common()) or "no changes"
    return (
        '<div class="cleantext-result">'
        f'<div style="font-family: sans-serif; font-size: 0.9em; opacity: 0.8;">'
        f"{len(result.edits)} changes ({escape(summary)})</div>"
        '<pre style="white-space: pre-wrap; color: inherit; background: transparent;">'
        f"{''.join(parts)}</pre></div>"
    )


def _visible(s: str) -> str:
    """Escape ``s`` and show bare line breaks so a removed blank line is visible."""
    text = escape(s)
    if not s.strip():
        text = text.replace("\r", "").replace("\n", "↵\n")
    return text

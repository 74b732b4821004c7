"""HTML rendering of a :class:`~cleantext.Result` for notebooks: an inline diff.

In Jupyter a :class:`~cleantext.Result` displays itself through :func:`result_html`:

- removed text is struck through, inserted text is highlighted;
- each pass has its own colour (:data:`PASS_COLOURS`; other passes get a stable colour
  derived from their name);
- hovering a change shows its rule and note (a ``title`` attribute, so it works in every
  notebook front end, including ones that strip ``<style>`` and scripts);
- a summary line counts the changes by rule, and suggestions (edits a pass was unsure of,
  never applied) are listed under the text when the result has any;
- invisible characters that a change removes or inserts (line breaks, zero-width and
  control characters) are shown as visible marks, so no change is invisible.

Everything is styled inline, with translucent backgrounds and inherited text colour, so
the view reads in light and dark themes alike. Every piece of text, rule and note is
HTML-escaped: the input can hold any markup and it is shown, never interpreted.

>>> import cleantext
>>> from cleantext import Pipeline, passes
>>> html = Pipeline([passes.NormalizeWhitespace()]).run("<b>Hi</b>  \\n")._repr_html_()
>>> "<del" in html and "&lt;b&gt;Hi&lt;/b&gt;" in html and "<b>" not in html
True
"""

from __future__ import annotations

import collections
import re
import zlib
from collections.abc import Sequence
from typing import TYPE_CHECKING

from cleantext.edits import chains, describe, escape

if TYPE_CHECKING:
    from cleantext.edits import Change, Result

__all__ = ["PASS_COLOURS", "escape_surrogates", "pass_colour", "result_html"]

#: RGB colour (``"r, g, b"``) of each built-in pass; drawn with transparency on any theme.
PASS_COLOURS: dict[str, str] = {
    "unicode": "155, 89, 182",
    "boilerplate": "231, 76, 60",
    "sentences": "52, 152, 219",
    "names": "39, 174, 96",
    "whitespace": "127, 140, 141",
}

# Colours for passes outside the built-in set, picked by a stable hash of the pass name.
_EXTRA_COLOURS = (
    "241, 196, 15",
    "230, 126, 34",
    "26, 188, 156",
    "232, 67, 147",
    "108, 92, 231",
    "0, 148, 50",
)

# Inline styles: translucent backgrounds and inherited colours read on light and dark themes.
_BOX = "font-family: var(--jp-content-font-family, sans-serif); line-height: 1.5; color: inherit;"
_SUMMARY = "font-size: 0.9em; margin: 0 0 0.4em 0;"
_CHIP = (
    "display: inline-block; padding: 0 0.4em; margin: 0.1em 0.2em 0.1em 0; border-radius: 0.6em;"
    " background: rgba({rgb}, 0.22); border: 1px solid rgba({rgb}, 0.7); white-space: nowrap;"
)
_PRE = (
    "white-space: pre-wrap; word-wrap: break-word; color: inherit; background: transparent;"
    " font-family: var(--jp-code-font-family, monospace); font-size: 0.9em; margin: 0;"
    " padding: 0.5em; border: 1px solid rgba(128, 128, 128, 0.35); border-radius: 4px;"
)
_DEL = (
    "background: rgba({rgb}, 0.18); color: inherit; text-decoration: line-through;"
    " text-decoration-color: rgba({rgb}, 1); text-decoration-thickness: 2px; opacity: 0.8;"
)
_INS = (
    "background: rgba({rgb}, 0.40); color: inherit; text-decoration: none;"
    " border-bottom: 2px solid rgba({rgb}, 1);"
)
_MARK = "font-size: 0.75em; opacity: 0.75;"
_GAP = "opacity: 0.6; font-style: italic;"

# Characters a reader cannot see: shown as a mark (and a real line break for line breaks).
_INVISIBLE = {
    "\n": "↵",
    "\r": "␍",
    "\t": "⇥",
    "\u00a0": "⍽",
    "\u200b": "⟨ZWSP⟩",
    "\u200c": "⟨ZWNJ⟩",
    "\u200d": "⟨ZWJ⟩",
    "\u2060": "⟨WJ⟩",
    "\ufeff": "⟨BOM⟩",
}
_INVISIBLE_RE = re.compile("[\x00-\x1f\x7f-\x9f\u00a0\u200b-\u200d\u2060\ufeff\ud800-\udfff]")
# Characters that HTML (controls other than tab and line breaks) or UTF-8 (lone surrogates)
# cannot carry: shown as a mark wherever they are, changed or not.
_UNSAFE_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def pass_colour(pass_name: str) -> str:
    """The ``"r, g, b"`` colour used for changes of ``pass_name``.

    Built-in passes have fixed colours; any other pass gets one from a small palette,
    chosen by a stable hash of its name (the same in every session).

    >>> pass_colour("boilerplate")
    '231, 76, 60'
    >>> pass_colour("my-pass") == pass_colour("my-pass")
    True
    """
    known = PASS_COLOURS.get(pass_name)
    if known is not None:
        return known
    return _EXTRA_COLOURS[zlib.crc32(pass_name.encode("utf-8")) % len(_EXTRA_COLOURS)]


def result_html(result: Result, *, context: int | None = None) -> str:
    """The inline HTML diff of ``result`` (what ``Result._repr_html_`` returns).

    ``context``: when given, unchanged text further than that many characters from any
    change is collapsed into a short "… N unchanged characters …" marker, which keeps long
    articles readable; by default the whole text is shown.

    >>> from cleantext import Pipeline, passes
    >>> pipe = Pipeline([passes.NormalizeWhitespace()])
    >>> html = result_html(pipe.run("Markets fell.  \\n\\n\\n\\nShares slid.\\n"))
    >>> "2 changes" in html and "whitespace/trailing" in html and "line-through" in html
    True
    >>> long = "Markets fell.  \\n" + "Shares slid. " * 9
    >>> html = result_html(pipe.run(long), context=5)
    >>> "107 unchanged characters" in html
    True
    """
    _check_context(context)
    groups = chains(result.edits)
    original, text = result.original, result.text
    if not groups:
        context = None  # nothing changed: show the text itself
    parts: list[str] = []
    pos = 0  # in the original
    out = 0  # in the cleaned text
    for i, (start, end, changes) in enumerate(groups):
        parts.append(_plain(original[pos:start], context, first=i == 0, last=False))
        out += start - pos
        out_end = out + (end - start) + sum(len(c.after) - len(c.before) for c in changes)
        parts.append(_change_html(original[start:end], text[out:out_end], changes))
        pos, out = end, out_end
    parts.append(_plain(original[pos:], context, first=not groups, last=True))
    body = "".join(parts)
    if not _consistent(result, groups):  # pragma: no cover - defensive: spans that do not tile
        body = _fallback(result)
    view = (
        f'<div class="cleantext-result" style="{_BOX}">'
        f"{_summary(result)}"
        f'<pre class="cleantext-text" style="{_PRE}">{body}</pre>'
        f"{_suggestions(result.suggestions)}</div>"
    )
    # what is left (in a note, a rule name, a title) becomes a mark too, as plain text
    return _UNSAFE_RE.sub(lambda m: _code(m.group()), view)


def _check_context(context: object) -> None:
    """Refuse a ``context`` that is not ``None`` or a whole number of 0 or more."""
    if context is None:
        return
    if not isinstance(context, int) or isinstance(context, bool):
        raise TypeError(f"context must be a whole number of characters, not {context!r}")
    if context < 0:
        raise ValueError(
            f"context must be 0 or more (characters shown around each change), not {context}"
        )


def escape_surrogates(s: str) -> str:
    r"""``s`` with each lone surrogate written as its escape ``\udXXX``, so that it encodes
    as UTF-8 (for a frame, Arrow, a terminal); all other text is left as it is.

    In JSON text the escape stands for the surrogate itself: ``json.loads`` gives it back.

    >>> escape_surrogates("A \ud800 B")
    'A \\ud800 B'
    """
    if not _SURROGATE_RE.search(s):
        return s
    return _SURROGATE_RE.sub(lambda m: f"\\u{ord(m.group()):04x}", s)


def _code(ch: str) -> str:
    """The mark of a character that has no mark of its own, such as ``⟨U+0000⟩``."""
    return f"⟨U+{ord(ch):04X}⟩"


def _consistent(result: Result, groups: list[tuple[int, int, list[Change]]]) -> bool:
    """True when the unchanged stretches between groups read the same in the output."""
    original, text = result.original, result.text
    pos = out = 0
    for start, end, changes in groups:
        if original[pos:start] != text[out : out + start - pos]:
            return False
        out += start - pos
        size = (end - start) + sum(len(c.after) - len(c.before) for c in changes)
        if size < 0:
            return False
        out += size
        pos = end
    return original[pos:] == text[out:]


def _change_html(removed: str, inserted: str, changes: list[Change]) -> str:
    """One group of changes: the removed text struck through, then the inserted text."""
    rgb = pass_colour(changes[0].pass_name)
    title = "\n".join(describe(c) for c in changes)
    rules = " ".join(dict.fromkeys(c.rule for c in changes))
    passes = " ".join(dict.fromkeys(c.pass_name for c in changes))
    piece = ""
    if removed:
        piece += f'<del style="{_DEL.format(rgb=rgb)}">{_visible(removed)}</del>'
    if inserted:
        piece += f'<ins style="{_INS.format(rgb=rgb)}">{_visible(inserted)}</ins>'
    return (
        f'<span class="cleantext-change" data-rule="{escape(rules)}" '
        f'data-pass="{escape(passes)}" title="{escape(title)}">{piece}</span>'
    )


def _visible(s: str) -> str:
    """Escape ``s``, putting a visible mark before each invisible character.

    The character itself stays (a line break still breaks the line); control characters,
    which HTML cannot carry, are replaced by their mark.
    """
    out: list[str] = []
    pos = 0
    for m in _INVISIBLE_RE.finditer(s):
        ch = m.group()
        out.append(escape(s[pos : m.start()]))
        mark = _INVISIBLE.get(ch)
        if mark is not None:
            out.append(f'<span class="cleantext-mark" style="{_MARK}">{escape(mark)}</span>{ch}')
        else:
            out.append(f'<span class="cleantext-mark" style="{_MARK}">{_code(ch)}</span>')
        pos = m.end()
    out.append(escape(s[pos:]))
    return "".join(out)


def _plain(s: str, context: int | None, *, first: bool, last: bool) -> str:
    """Unchanged text, escaped; with ``context``, its middle collapsed when long."""
    if context is None:
        return _shown(s)
    keep_head = 0 if first else context
    keep_tail = 0 if last else context
    hidden = len(s) - keep_head - keep_tail
    if hidden <= 40:
        return _shown(s)
    head, tail = s[:keep_head], s[len(s) - keep_tail :]
    gap = f'<span class="cleantext-gap" style="{_GAP}">… {hidden:,} unchanged characters …</span>'
    return f"{_shown(head)}{gap}{_shown(tail)}"


def _shown(s: str) -> str:
    """Unchanged text, escaped, with a mark in place of each character that HTML or UTF-8
    cannot carry (a NUL, an escape character, a lone surrogate)."""
    if not _UNSAFE_RE.search(s):
        return escape(s)
    out: list[str] = []
    pos = 0
    for m in _UNSAFE_RE.finditer(s):
        out.append(escape(s[pos : m.start()]))
        out.append(f'<span class="cleantext-mark" style="{_MARK}">{_code(m.group())}</span>')
        pos = m.end()
    out.append(escape(s[pos:]))
    return "".join(out)


def _summary(result: Result) -> str:
    """The summary line: number of changes and a coloured chip per rule."""
    n = len(result.edits)
    if not n:
        head = "no changes: the text comes back as it was"
    else:
        head = f"{n} change{'s' if n != 1 else ''}"
    pass_of = {c.rule: c.pass_name for c in result.edits}
    counts = collections.Counter(c.rule for c in result.edits)
    chips = "".join(
        f'<span class="cleantext-rule" style="{_CHIP.format(rgb=pass_colour(pass_of[rule]))}" '
        f'title="{escape(pass_of[rule])} pass">{escape(rule)}: {count}</span>'
        for rule, count in counts.most_common()
    )
    extra = ""
    if result.suggestions:
        k = len(result.suggestions)
        extra = f"; {k} suggestion{'s' if k != 1 else ''} for review (not applied)"
    return (
        f'<div class="cleantext-summary" style="{_SUMMARY}">'
        f"<strong>{head}</strong>{escape(extra)} {chips}</div>"
    )


def _suggestions(suggestions: Sequence[Change]) -> str:
    """A list of suggestions under the text, or nothing."""
    if not suggestions:
        return ""
    items = "".join(
        f'<li title="{escape(c.note)}"><code>{escape(describe(c))}</code></li>'
        for c in sorted(suggestions, key=lambda c: (c.start, c.stage))
    )
    return (
        f'<details class="cleantext-suggestions" style="margin-top: 0.4em;">'
        f"<summary>Suggestions (not applied): {len(suggestions)}</summary>"
        f'<ul style="margin: 0.2em 0;">{items}</ul></details>'
    )


def _fallback(result: Result) -> str:  # pragma: no cover - only for inconsistent results
    """Whole original struck through, whole output inserted."""
    rgb = PASS_COLOURS["whitespace"]
    return (
        f'<span class="cleantext-fallback">'
        f'<del style="{_DEL.format(rgb=rgb)}">{escape(result.original)}</del>'
        f'<ins style="{_INS.format(rgb=rgb)}">{escape(result.text)}</ins></span>'
    )

"""``cleantext demo``: clean the bundled sample article and explain every change.

The sample (``cleantext/sample/article.txt``) is an article we wrote with every kind of
defect in it; ``reference.txt`` is how it should read, ``names.txt`` its canonical names.

>>> import io
>>> out = io.StringIO()
>>> run_demo(out)
>>> "changes by rule" in out.getvalue()
True
"""

from __future__ import annotations

import collections
from importlib import resources
from typing import TextIO

from cleantext.io import LineIndex
from cleantext.pipeline import Pipeline
from cleantext.resources import parse_list


def sample(name: str) -> str:
    """The text of a bundled sample file: ``article.txt``, ``reference.txt`` or ``names.txt``.

    >>> sample("article.txt").startswith("Mistral AI raises")
    True
    """
    return (resources.files("cleantext") / "sample" / name).read_text(encoding="utf-8")


def run_demo(out: TextIO, *, show_diff: bool = False) -> None:
    """Clean the sample article and write the cleaned text and the changes to ``out``.

    >>> import io
    >>> buffer = io.StringIO()
    >>> run_demo(buffer)
    >>> "Replays exactly: yes" in buffer.getvalue()
    True
    """
    raw = sample("article.txt")
    names = parse_list(sample("names.txt"))
    result = Pipeline.default(names).run(raw)
    index = LineIndex(raw)
    rule = "─" * 72

    out.write("cleantext demo: the bundled sample article, cleaned with names ")
    out.write(", ".join(names) + "\n\n")
    out.write(f"{rule}\nCleaned text\n{rule}\n{result.text}\n")
    counts = collections.Counter(c.rule for c in result.edits)
    out.write(f"{rule}\n{len(result.edits)} changes by rule\n{rule}\n")
    for name, n in counts.most_common():
        out.write(f"  {n:3d}  {name}\n")
    out.write(f"\n{rule}\nEvery change, at line:column of the original\n{rule}\n")
    for c in sorted(result.edits, key=lambda c: (c.start, c.stage)):
        line, col = index.line_col(c.start)
        before = _short(c.before)
        after = _short(c.after)
        note = f"  ({c.note})" if c.note else ""
        out.write(f"  {line:3d}:{col:<4d} {c.rule:28s} {before} -> {after}{note}\n")
    if show_diff:
        out.write(f"\n{rule}\nUnified diff\n{rule}\n{result.diff()}")
    same = result.text == sample("reference.txt")
    out.write(
        f"\nMatches the hand-made reference: {'yes' if same else 'no'}. "
        f"Replays exactly: {'yes' if result.replay() == result.text else 'no'}.\n"
        "Next: cleantext check PATH (report), cleantext fix PATH (rewrite), "
        "cleantext clean --names names.txt - (stdin to stdout).\n"
    )


def _short(s: str, limit: int = 40) -> str:
    if len(s) > limit:
        s = s[: limit - 12] + "…" + s[-11:]
    return repr(s)

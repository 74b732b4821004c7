"""Griffe extension: makes the package's docstrings read well as Markdown.

The docstrings are written for ``help()`` and doctest: reST roles (``:class:`~x.Y```),
``>>>`` examples, ``::`` literal blocks. This turns roles into code spans, wraps every
doctest example in a ``pycon`` code block and ends ``::`` paragraphs with ``:``, so the API
reference renders them as code instead of quotes and role markup.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:class|func|meth|attr|data|mod|exc|obj):`(?P<body>[^`]+)`")
_EXPLICIT = re.compile(r"^(?P<text>.*?)\s*<(?P<target>[^<>]+)>$", re.DOTALL)


def _role(match: re.Match[str]) -> str:
    body = match.group("body")
    explicit = _EXPLICIT.match(body)
    if explicit:
        body = explicit.group("text")
    if body.startswith("~"):
        body = body[1:].rsplit(".", 1)[-1]
    return f"`{body}`"


def _fence_doctests(text: str) -> str:
    """Wrap runs of ``>>>`` examples (with their output) in fenced ``pycon`` blocks."""
    out: list[str] = []
    lines = text.split("\n")
    i = 0
    in_fence = False
    while i < len(lines):
        line = lines[i]
        stripped = line.lstrip()
        if stripped.startswith("```"):
            in_fence = not in_fence
        if in_fence or not stripped.startswith(">>>"):
            out.append(line)
            i += 1
            continue
        indent = line[: len(line) - len(stripped)]
        block = []
        while i < len(lines) and lines[i].strip():
            block.append(lines[i][len(indent) :] if lines[i].startswith(indent) else lines[i])
            i += 1
        out.append(f"{indent}```pycon")
        out.extend(f"{indent}{b}" for b in block)
        out.append(f"{indent}```")
    return "\n".join(out)


def markdown_docstring(text: str) -> str:
    """The Markdown form of one docstring."""
    text = _ROLE.sub(_role, text)
    text = re.sub(r"(?m)(\S)::$", r"\1:", text)
    return _fence_doctests(text)


class DoctestMarkdown(griffe.Extension):
    """Rewrite every loaded docstring with :func:`markdown_docstring`."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = markdown_docstring(obj.docstring.value)

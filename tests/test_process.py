"""Diagnostics: the plain and the GitHub formats say the same thing about a change."""

from __future__ import annotations

import pytest

from cleantext import Pipeline
from cleantext.process import Diagnostic


@pytest.mark.parametrize("field", [None, "body"])
@pytest.mark.parametrize("suggestion", [False, True])
def test_github_message_is_the_plain_message(field: str | None, suggestion: bool) -> None:
    (change,) = Pipeline.default().run("x  ").edits
    diag = Diagnostic("a.txt", 4, 2, change, field=field, suggestion=suggestion)
    plain = diag.format()
    place = "a.txt:4: " if field else "a.txt:4:2: "
    assert plain.startswith(place)
    message = plain.removeprefix(place)
    assert diag.format_github().endswith("::" + message)
    expected = "suggestion: whitespace/" if suggestion else "whitespace/"
    if field:
        expected = f"field body: {expected}"
    assert message.startswith(expected)


def test_github_annotation_levels_and_place() -> None:
    (change,) = Pipeline.default().run("x  ").edits
    record = Diagnostic("d.jsonl", 7, 1, change, field="text", suggestion=True).format_github()
    assert record.startswith("::notice file=d.jsonl,line=7,title=")
    assert ",col=" not in record.split("::")[1]
    line = Diagnostic("d.txt", 7, 3, change).format_github()
    assert line.startswith("::error file=d.txt,line=7,col=3,title=cleantext whitespace/trailing::")

"""What the command line reports for a text: one diagnostic per change to the original,
each quoting the original's own text at its span (``report`` in cleantext.process)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import article

from cleantext import Pipeline
from cleantext.process import process_text, report

PIPE = Pipeline.default(["Arthur Mensch"], settle=True)
NOISE = st.sampled_from(
    [
        "&nbsp;",
        "&amp;amp;",
        "\u00a0",
        "  ",
        "\n\n\n\n",
        "\nAdvertisement\n",
        "\n\nShare thisSign up oDi\n",
        "It\u00e2\u20ac\u2122s",
        "\u200b",
        "EuropeHowever",
        "\r\n",
        " \n",
    ]
)


@st.composite
def noisy(draw: st.DrawFn) -> str:
    """An article with noise put in at random places."""
    text = draw(article())
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(NOISE) + text[at:]
    return text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(noisy())
def test_reported_changes_quote_the_original_and_rebuild_the_output(text: str) -> None:
    result = PIPE.run(text)
    changes = [c for c, _ in report(result)]
    out, pos = [], 0
    for c in sorted(changes, key=lambda c: (c.start, c.end)):
        assert text[c.start : c.end] == c.before
        assert c.start >= pos  # one change a place: the reported spans never overlap
        out.append(text[pos : c.start] + c.after)
        pos = c.end
    assert "".join(out) + text[pos:] == result.text
    assert result.replay() == result.text  # the steps themselves are kept


def test_a_chain_of_edits_is_one_diagnostic_naming_every_rule() -> None:
    (diag,) = process_text(PIPE, "Price&nbsp;5\n", "nb.txt").diagnostics
    assert (diag.change.before, diag.change.after) == ("&nbsp;", " ")
    assert diag.rules == ("unicode/html-entity", "whitespace/odd-space")
    assert [c.rule for c in diag.steps] == list(diag.rules)
    assert diag.format().startswith("nb.txt:1:6: unicode/html-entity+whitespace/odd-space ")

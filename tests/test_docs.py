"""The documentation: the site builds offline with ``mkdocs build --strict``, and every
``pycon`` example in the Markdown pages runs and prints what the page says."""

from __future__ import annotations

import doctest
import importlib.util
import os
import re
import subprocess
import sys
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
PAGES = sorted(p for p in DOCS.rglob("*.md") if "hooks" not in p.parts)
_PYCON = re.compile(r"^```pycon\n(.*?)^```", re.DOTALL | re.MULTILINE)


def test_there_are_pages() -> None:
    names = {p.relative_to(DOCS).as_posix() for p in PAGES}
    for page in ("index.md", "getting-started.md", "cli.md", "configuration.md"):
        assert page in names
    for name in ("unicode", "boilerplate", "sentences", "names", "whitespace"):
        assert f"passes/{name}.md" in names


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(DOCS).as_posix())
def test_examples_in_page_run(page: Path) -> None:
    """Every ``pycon`` block of a page is a doctest; blocks of one page share names."""
    text = page.read_text(encoding="utf-8")
    blocks = list(_PYCON.finditer(text))
    if not blocks:
        return
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    globs: dict[str, object] = {"__name__": "__docs__"}
    for i, block in enumerate(blocks):
        name = f"{page.relative_to(DOCS)}[{i}]"
        lineno = text.count("\n", 0, block.start(1))  # 0-based line of the block's first line
        test = parser.get_doctest(block.group(1), globs, name, str(page), lineno)
        runner.run(test, out=sys.stdout.write, clear_globs=False)
        globs = test.globs  # the next block sees this block's names
    result = runner.summarize(verbose=False)
    assert result.failed == 0, f"{result.failed} example(s) failed in {page.name}: see stdout"


_TOML = re.compile(r"^```toml\n(.*?)^```", re.DOTALL | re.MULTILINE)


@pytest.mark.parametrize("page", [*PAGES, ROOT / "README.md"], ids=lambda p: p.name)
def test_toml_examples_parse(page: Path) -> None:
    """Every ``toml`` block of a page is valid TOML (a user copies it as it stands)."""
    from cleantext.config import tomllib

    for block in _TOML.finditer(page.read_text(encoding="utf-8")):
        tomllib.loads(block.group(1))


@pytest.mark.slow
def test_mkdocs_build_strict(tmp_path: Path) -> None:
    """``mkdocs build --strict`` succeeds without network: no warning, every page built."""
    site = tmp_path / "site"
    env = dict(os.environ)
    # Any attempt to reach the network fails fast instead of hanging the build.
    env.update(
        {
            "http_proxy": "http://127.0.0.1:9",
            "https_proxy": "http://127.0.0.1:9",
            "NO_COLOR": "1",
            "NO_MKDOCS_2_WARNING": "1",
        }
    )
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "WARNING -" not in proc.stderr, proc.stderr
    for page in PAGES:
        rel = page.relative_to(DOCS).with_suffix("")
        built = site / (rel.parent if rel.name == "index" else rel) / "index.html"
        assert built.is_file(), f"{page} was not built"
    reference = (site / "reference" / "index.html").read_text(encoding="utf-8")
    for anchor in ("cleantext.pipeline.clean", "cleantext.pipeline.Pipeline"):
        assert f'id="{anchor}"' in reference
    # Generated sections are filled from the code: the CLI help and the pass options.
    cli = (site / "cli" / "index.html").read_text(encoding="utf-8")
    assert "usage: cleantext check" in cli
    assert "<!-- cli-help" not in cli
    whitespace = (site / "passes" / "whitespace" / "index.html").read_text(encoding="utf-8")
    assert "max-blank-lines" in whitespace
    # Offline: the theme must not pull fonts from the web.
    assert "fonts.googleapis.com" not in (site / "index.html").read_text(encoding="utf-8")


def _hook(name: str) -> types.ModuleType:

    spec = importlib.util.spec_from_file_location(name, DOCS / "hooks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("docstring", "markdown"),
    [
        ("See :class:`~cleantext.Result`.", "See `Result`."),
        ("See :meth:`cleantext.Pipeline.run`.", "See `cleantext.Pipeline.run`."),
        (
            "Uses :meth:`Pipeline.default(names) <cleantext.Pipeline.default>`.",
            "Uses `Pipeline.default(names)`.",
        ),
        ("A list::\n\n    [[names]]", "A list:\n\n    [[names]]"),
        (
            "Text.\n\n>>> 1 + 1\n2\n\nMore.",
            "Text.\n\n```pycon\n>>> 1 + 1\n2\n```\n\nMore.",
        ),
        (
            "Indented:\n\n    >>> f(\n    ...     1)\n    3\n",
            "Indented:\n\n    ```pycon\n    >>> f(\n    ...     1)\n    3\n    ```\n",
        ),
        ("```python\n>>> inside a fence\n```", "```python\n>>> inside a fence\n```"),
    ],
)
def test_docstrings_become_markdown(docstring: str, markdown: str) -> None:
    convert = _hook("griffe_docstrings").markdown_docstring
    assert convert(docstring) == markdown


def test_generated_sections_come_from_the_code() -> None:
    hooks = _hook("cleantext_docs")

    class Page:
        class file:  # mimics mkdocs' page.file
            src_uri = "passes/whitespace.md"

    page = "<!-- pass-options: whitespace -->\n<!-- pass-rules: whitespace -->\n<!-- all-rules -->"
    out = hooks.on_page_markdown(page, page=Page)
    assert "| `max-blank-lines` | `max_blank_lines` | `int` | `1` |" in out
    assert "- `whitespace/trailing`" in out
    assert "[NormalizeWhitespace](../passes/whitespace.md)" in out
    cli = hooks.on_page_markdown("<!-- cli-help: check -->", page=Page)
    assert cli.startswith("```text\n$ cleantext check --help\nusage: cleantext check")

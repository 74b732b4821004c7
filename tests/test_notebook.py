"""The example notebook runs top to bottom in a real Jupyter kernel, without any error."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat", reason="the test extras install nbformat")
nbclient = pytest.importorskip("nbclient", reason="the test extras install nbclient")

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "docs" / "examples").glob("*.ipynb"))


def _kernel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A kernelspec for *this* interpreter (the one with cleantext installed), used alone."""
    name = "cleantext-test"
    spec = tmp_path / "jupyter" / "kernels" / name
    spec.mkdir(parents=True)
    argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    (spec / "kernel.json").write_text(
        json.dumps({"argv": argv, "display_name": name, "language": "python"})
    )
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    monkeypatch.setenv("JUPYTER_PLATFORM_DIRS", "1")
    monkeypatch.setenv("IPYTHONDIR", str(tmp_path / "ipython"))
    monkeypatch.setenv("MPLBACKEND", "agg")
    return name


def test_there_is_a_notebook() -> None:
    assert [p.name for p in NOTEBOOKS] == ["cleaning-and-auditing.ipynb"]


def test_notebook_is_stored_without_outputs() -> None:
    """Outputs are produced by running it; stored outputs would go stale and bloat diffs."""
    for path in NOTEBOOKS:
        nb = nbformat.read(path, as_version=4)
        nbformat.validate(nb)
        for cell in nb.cells:
            if cell.cell_type == "code":
                assert cell.outputs == [] and cell.execution_count is None, path.name


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs(path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    nb = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(
        nb,
        timeout=300,
        kernel_name=_kernel(tmp_path, monkeypatch),
        resources={"metadata": {"path": str(tmp_path)}},
        allow_errors=False,
    )
    client.execute()  # raises CellExecutionError on the first cell that fails

    outputs = [out for cell in nb.cells if cell.cell_type == "code" for out in cell.outputs]
    errors = [out for out in outputs if out.get("output_type") == "error"]
    assert not errors
    stderr = "".join(out.get("text", "") for out in outputs if out.get("name") == "stderr")
    assert "Traceback" not in stderr and "Warning" not in stderr, stderr
    # The Result cell renders as the inline HTML diff.
    html = [
        out["data"]["text/html"]
        for out in outputs
        if out.get("output_type") == "execute_result" and "text/html" in out.get("data", {})
    ]
    assert any("cleantext-result" in h and "<del" in h for h in html)


@pytest.mark.slow
def test_a_result_with_a_lone_surrogate_displays(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the input unicode/surrogate exists for: its rich display must reach the front end
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell(
            "import cleantext\n"
            "r = cleantext.Pipeline.default().run('A \\ud800 lone surrogate.\\n')\n"
            "r"
        ),
        nbformat.v4.new_code_cell("r.edits_frame()"),
    ]
    client = nbclient.NotebookClient(
        nb,
        timeout=120,
        kernel_name=_kernel(tmp_path, monkeypatch),
        resources={"metadata": {"path": str(tmp_path)}},
        allow_errors=True,
    )
    client.execute()
    outputs = [cell.outputs for cell in nb.cells]
    assert not [out for cell in outputs for out in cell if out.get("output_type") == "error"]
    view = outputs[0][0]["data"]["text/html"]
    assert "cleantext-result" in view and "⟨U+D800⟩" in view
    assert "\\ud800" in outputs[1][0]["data"]["text/html"]  # the frame shows the escape

"""The benchmark script runs end to end and reports its figures (never timed here)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "throughput.py"
DOCS = [
    "Shares rose in EuropeHowever, the euro fell.\n\nADVERTISEMENT\n\nMarkets closed higher.",
    "He bought an iPhone at McDonald\u00e2\u20ac\u2122s and posted on LinkedIn.",
]


def _corpus(tmp_path: Path) -> Path:
    path = tmp_path / "docs.jsonl"
    path.write_text("".join(json.dumps({"text": t}) + "\n" for t in DOCS), encoding="utf-8")
    return path


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=300
    )


def test_throughput_reports_every_pass_and_the_floor(tmp_path: Path) -> None:
    out = _run(str(_corpus(tmp_path)), "--no-peers", "--no-jobs", "--repeat", "1", "--json")
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["documents"] == len(DOCS)
    rates = report["mb_per_s"]
    passes = {k.strip() for k in rates if k.strip().startswith("pass ")}
    assert passes == {"pass unicode", "pass boilerplate", "pass sentences", "pass whitespace"}
    timed = ("regex floor [a-z][A-Z]", "default pipeline", "default pipeline, unseen documents")
    assert all(rates[k] > 0 for k in timed)
    assert report["ratios"]["default / regex floor"] > 0
    assert report["ratios"]["default / regex floor, on unseen documents"] > 0


def test_a_missing_clean_text_python_is_a_clear_error(tmp_path: Path) -> None:
    missing = str(tmp_path / "no-such-python")
    out = _run(str(_corpus(tmp_path)), "--no-jobs", "--repeat", "1", "--clean-text-python", missing)
    assert out.returncode != 0
    assert "Traceback" not in out.stderr
    assert "--clean-text-python" in out.stderr and "--no-peers" in out.stderr

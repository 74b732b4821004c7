"""The pre-commit hooks, driven by the real pre-commit tool in a temporary git repository.

pre-commit builds this repository into its own virtualenv (from PyPI: regex, ftfy,
rapidfuzz), so the first run takes a while; the environment is shared by the tests here.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

HOOK_REPO = Path(__file__).resolve().parents[1]
DIRTY = "Markets rallied.\n\nADVERTISEMENT\n\nItâ€™s a rally.   \n"
CLEAN = "Markets rallied.\n\nIt’s a rally.\n"


def _pre_commit() -> list[str]:
    exe = shutil.which("pre-commit", path=str(Path(sys.executable).parent))
    return [exe] if exe else [sys.executable, "-m", "pre_commit"]


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    if not (HOOK_REPO / ".git").exists():
        pytest.skip("the hook repository must be a git checkout")
    home = tmp_path_factory.mktemp("pre-commit-home")
    env = dict(os.environ)
    env.update(
        PRE_COMMIT_HOME=str(home),
        GIT_AUTHOR_NAME="t",
        GIT_AUTHOR_EMAIL="t@example.com",
        GIT_COMMITTER_NAME="t",
        GIT_COMMITTER_EMAIL="t@example.com",
        PIP_DISABLE_PIP_VERSION_CHECK="1",
    )
    return env


@pytest.fixture
def repo(tmp_path: Path, env: dict[str, str]) -> Iterator[Path]:
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True, env=env)
    yield tmp_path


def try_repo(
    hook: str, repo: Path, env: dict[str, str], *files: str
) -> subprocess.CompletedProcess[str]:
    subprocess.run(["git", "add", *files], cwd=repo, check=True, env=env)
    return subprocess.run(
        [*_pre_commit(), "try-repo", str(HOOK_REPO), hook, "--files", *files],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )


def test_check_hook_fails_on_dirty_and_passes_on_clean(repo: Path, env: dict[str, str]) -> None:
    (repo / "dirty.txt").write_text(DIRTY, encoding="utf-8")
    (repo / "clean.txt").write_text(CLEAN, encoding="utf-8")
    dirty = try_repo("cleantext-check", repo, env, "dirty.txt")
    assert dirty.returncode == 1, dirty.stdout + dirty.stderr
    assert "dirty.txt:3:1: boilerplate/" in dirty.stdout
    assert "unicode/mojibake" in dirty.stdout
    assert (repo / "dirty.txt").read_text(encoding="utf-8") == DIRTY
    clean = try_repo("cleantext-check", repo, env, "clean.txt")
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "Passed" in clean.stdout


def test_fix_hook_rewrites_and_second_run_passes(repo: Path, env: dict[str, str]) -> None:
    target = repo / "article.txt"
    target.write_bytes(DIRTY.replace("\n", "\r\n").encode("utf-8"))
    first = try_repo("cleantext-fix", repo, env, "article.txt")
    assert first.returncode == 1, first.stdout + first.stderr  # pre-commit: files were modified
    assert "files were modified by this hook" in first.stdout
    assert target.read_bytes() == CLEAN.replace("\n", "\r\n").encode("utf-8")
    second = try_repo("cleantext-fix", repo, env, "article.txt")
    assert second.returncode == 0, second.stdout + second.stderr
    check = try_repo("cleantext-check", repo, env, "article.txt")
    assert check.returncode == 0, check.stdout + check.stderr


# One run of the passes leaves work here (see UNSETTLED in test_pipeline.py): the hook's
# fix must settle it, or every commit would fail again.
UNSETTLED = "Markets fell.\n\nAll rights reservedRead:nIn\n\nShares slid.\n"


def test_fix_hook_settles_text_that_one_run_leaves_work_in(repo: Path, env: dict[str, str]) -> None:
    target = repo / "odd.txt"
    target.write_text(UNSETTLED, encoding="utf-8")
    first = try_repo("cleantext-fix", repo, env, "odd.txt")
    assert first.returncode == 1, first.stdout + first.stderr
    assert target.read_text(encoding="utf-8") == "Markets fell.\n\nShares slid.\n"
    second = try_repo("cleantext-fix", repo, env, "odd.txt")
    assert second.returncode == 0, second.stdout + second.stderr

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
    return _added_then(
        repo, env, files, [*_pre_commit(), "try-repo", str(HOOK_REPO), hook, "--files", *files]
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


def _commit(repo: Path, env: dict[str, str], *files: str) -> subprocess.CompletedProcess[str]:
    """``git add FILES && git commit`` through the installed hook."""
    return _added_then(repo, env, files, ["git", "commit", "-qm", "change"])


def _added_then(
    repo: Path, env: dict[str, str], files: tuple[str, ...], command: list[str]
) -> subprocess.CompletedProcess[str]:
    """``git add FILES``, then ``command`` in ``repo``, its output captured."""
    subprocess.run(["git", "add", *files], cwd=repo, check=True, env=env)
    return subprocess.run(
        command, cwd=repo, env=env, capture_output=True, text=True, timeout=900, check=False
    )


def _install(repo: Path, env: dict[str, str], hook: str) -> None:
    """A .pre-commit-config.yaml that uses ``hook`` of this repository at its working tree
    (what ``try-repo`` shadows), installed as the git hook; an initial commit."""
    shadow = repo.parent / f"{repo.name}-hooks"
    # the hook repository with its uncommitted changes, as a commit pre-commit can install
    subprocess.run(["git", "clone", "-q", str(HOOK_REPO), str(shadow)], check=True, env=env)
    listed = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard", "-z"],
        cwd=HOOK_REPO,
        capture_output=True,
        check=True,
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        if (HOOK_REPO / name).is_file():
            (shadow / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(HOOK_REPO / name, shadow / name)
    subprocess.run(["git", "add", "-A"], cwd=shadow, check=True, env=env)
    subprocess.run(
        ["git", "commit", "-qm", "wip", "--allow-empty", "--no-verify"],
        cwd=shadow,
        check=True,
        env=env,
    )
    rev = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=shadow, capture_output=True, text=True, check=True
    ).stdout.strip()
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {shadow}\n    rev: {rev}\n    hooks:\n      - id: {hook}\n",
        encoding="utf-8",
    )
    subprocess.run(["git", "add", "-A"], cwd=repo, check=True, env=env)
    subprocess.run(["git", "commit", "-qm", "init", "--no-verify"], cwd=repo, check=True, env=env)
    subprocess.run([*_pre_commit(), "install"], cwd=repo, check=True, env=env, capture_output=True)


BROKEN = "It\u00e2\u20ac\u2122s intentionally broken input.  \n"


def test_fix_hook_leaves_files_the_config_excludes(repo: Path, env: dict[str, str]) -> None:
    (repo / "pyproject.toml").write_text(
        '[tool.cleantext]\nextend-exclude = ["fixtures/raw"]\n', encoding="utf-8"
    )
    (repo / "fixtures" / "raw").mkdir(parents=True)
    fixture = repo / "fixtures" / "raw" / "broken.txt"
    fixture.write_text(BROKEN, encoding="utf-8")
    (repo / "a.txt").write_text(DIRTY, encoding="utf-8")
    run = try_repo("cleantext-fix", repo, env, "fixtures/raw/broken.txt", "a.txt")
    assert run.returncode == 1, run.stdout + run.stderr  # a.txt was fixed
    assert fixture.read_text(encoding="utf-8") == BROKEN
    assert (repo / "a.txt").read_text(encoding="utf-8") == CLEAN


def test_check_hook_uses_each_files_own_config(repo: Path, env: dict[str, str]) -> None:
    (repo / "pyproject.toml").write_text("[tool.cleantext]\n", encoding="utf-8")
    (repo / "archive").mkdir()
    (repo / "articles").mkdir()
    (repo / "archive" / "cleantext.toml").write_text('ignore = ["whitespace"]\n', encoding="utf-8")
    (repo / "archive" / "old.txt").write_text("Archived text.\n", encoding="utf-8")
    (repo / "articles" / "y.txt").write_text("Arthur Mensch spoke.\n", encoding="utf-8")
    _install(repo, env, "cleantext-check")
    (repo / "articles" / "y.txt").write_text("Arthur Mensch spoke.  \n", encoding="utf-8")
    alone = _commit(repo, env, "articles/y.txt")
    assert alone.returncode == 1, alone.stdout + alone.stderr
    (repo / "archive" / "old.txt").write_text("Archived text, edited.  \n", encoding="utf-8")
    both = _commit(repo, env, "articles/y.txt", "archive/old.txt")
    assert both.returncode == 1, both.stdout + both.stderr
    assert "articles/y.txt:1:21: whitespace/trailing" in both.stderr  # git commit's output
    assert "archive/old.txt" not in both.stderr


def test_hooks_run_only_on_the_text_formats_cleantext_handles(
    repo: Path, env: dict[str, str]
) -> None:
    (repo / "app.py").write_text('HTML = "Fish &amp; chips"  # kept\n', encoding="utf-8")
    (repo / "data.json").write_text('{"text": "Fish &amp; chips"}\n', encoding="utf-8")
    (repo / "Makefile").write_text('all:\n\techo "x"  \n\n\n\nclean:\n', encoding="utf-8")
    (repo / "notes.txt").write_text("Fish &amp; chips.\n", encoding="utf-8")
    (repo / "d.jsonl").write_text('{"text": "Fish &amp; chips"}\n', encoding="utf-8")
    others = try_repo("cleantext-check", repo, env, "app.py", "data.json", "Makefile")
    assert others.returncode == 0 and "Skipped" in others.stdout, others.stdout + others.stderr
    text = try_repo("cleantext-check", repo, env, "notes.txt", "d.jsonl")
    assert text.returncode == 1, text.stdout + text.stderr
    assert "notes.txt:1:6: unicode/html-entity" in text.stdout, text.stdout
    assert "d.jsonl:1:" in text.stdout

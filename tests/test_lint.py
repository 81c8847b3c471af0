"""The project's own habits, checked with the tests (so .ci/run, which runs the tests, runs them): ruff's
lint (pyflakes, pycodestyle, import order; pyproject.toml [tool.ruff]) and mypy's type check of
policyparse/ (pyproject.toml [tool.mypy], which lists the checks not yet switched on)."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(*args):
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_ruff_finds_nothing():
    r = _run("ruff", "check", "policyparse", "tests", "benchmarks", "tools", "corpora/make_corpus.py", "corpora/writers.py")
    assert r.returncode == 0, r.stdout + r.stderr


def test_mypy_finds_nothing():
    r = _run("mypy")
    assert r.returncode == 0, r.stdout + r.stderr

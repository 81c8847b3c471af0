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


def test_no_data_file_names_a_key_twice():
    """A key written twice in a lexicon silently keeps only its last value (measure_nouns was once both a regex and a
    list): every rule file names each key once, at every level."""
    import json
    from pathlib import Path

    twice = []

    def pairs(kv):
        keys = [k for k, _ in kv]
        twice.extend(k for k in set(keys) if keys.count(k) > 1)
        return dict(kv)

    for f in sorted((Path(__file__).parent.parent / "policyparse" / "data").glob("*.json")):
        json.loads(f.read_text(encoding="utf-8"), object_pairs_hook=pairs)
    assert not twice

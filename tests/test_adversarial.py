"""benchmarks/adversarial.py at CI size: every hostile generator (and its one-line variant) parses
without a traceback, and 4x the text costs about 4x the work. Work is counted as Python function
calls (sys.setprofile), which does not depend on the machine or its load: a quadratic path shows as
16x, a linear one as at most 4x plus start-up. Time per million characters is the benchmark's to
measure (python benchmarks/adversarial.py), never a test's."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import adversarial  # noqa: E402

import policyparse  # noqa: E402

from .work import calls, linear  # noqa: E402

SMALL, BIG = 10_000, 40_000


def _calls(text: str) -> int:
    return calls(policyparse.parse_text, text)


@pytest.fixture(scope="module", autouse=True)
def _warm():
    policyparse.parse_text(adversarial.GENERATORS["one-line plan"](2000))  # lazy imports and caches first


@pytest.mark.parametrize("name", list(adversarial.GENERATORS))
def test_hostile_text_costs_linear_work(name):
    make = adversarial.GENERATORS[name]
    small, big = _calls(make(SMALL)), _calls(make(BIG))
    assert linear(small, big), (small, big)


def test_call_count_catches_a_quadratic_path(monkeypatch):
    """The measure itself: a pass that rescans the text from every sentence shows as superlinear."""
    from policyparse import pipeline

    real = pipeline.clean_mod.clean

    def quadratic(raw):
        text = "".join(b.text for b in raw.blocks)
        for _sentence in range(0, len(text), 20):
            for _ in range(len(text) // 250):  # a lookup per sentence that grows with the text
                len(text)
        return real(raw)

    monkeypatch.setattr(pipeline.clean_mod, "clean", quadratic)
    make = adversarial.GENERATORS["one-line plan"]
    small, big = _calls(make(SMALL)), _calls(make(BIG))
    assert not linear(small, big), (small, big)


def test_every_generator_has_a_one_line_variant():
    names = set(adversarial.GENERATORS)
    with_breaks = [n for n, make in adversarial.GENERATORS.items() if "\n" in make(400)]
    assert len(names) >= 40
    assert all(f"{n}, one line" in names for n in with_breaks if not n.endswith("one line"))


# A regex that backtracks catastrophically does its work inside one C call, which the call count above cannot see.
# These texts (runs of one kind of character on one line) are where it happens; each must finish. The limit is a
# hang guard far above any machine's time (a linear parse of them takes well under a second), not a measure of speed.
HANG_GUARD_S = 120
RUNS = ["blank lines, one line", "digits only", "long line, no punctuation", "year-dash run", "percent run",
        "deep brackets", "one character a line, one line", "boilerplate lines, one line"]


@pytest.mark.parametrize("name", RUNS)
def test_a_long_run_of_one_kind_of_character_finishes(name):
    import signal

    def hang(signum, frame):
        raise TimeoutError(f"{name}: still parsing after {HANG_GUARD_S} s (catastrophic backtracking?)")
    old = signal.signal(signal.SIGALRM, hang)
    signal.alarm(HANG_GUARD_S)
    try:
        policyparse.parse_text(adversarial.GENERATORS[name](300_000))
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)

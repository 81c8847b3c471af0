"""benchmarks/adversarial.py at CI size: every hostile generator parses at 100 k characters without a
traceback, in bounded time, and 4x the text takes about 4x the time (a superlinear path shows as 16x).
The budget itself (3 s per million characters, and up to 4 M) is the benchmark's to check."""
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import adversarial  # noqa: E402

import policyparse  # noqa: E402
from policyparse.errors import PolicyParseError  # noqa: E402


def _time(text: str) -> float:
    t = time.perf_counter()
    try:
        policyparse.parse_text(text)
    except PolicyParseError:
        pass
    return time.perf_counter() - t


@pytest.mark.parametrize("name", list(adversarial.GENERATORS))
def test_hostile_text_is_linear_and_bounded(name):
    make = adversarial.GENERATORS[name]
    small, big = _time(make(25_000)), _time(make(100_000))
    assert big < 1.0, f"{big:.2f} s for 100 k characters"  # 10 s per million: a hang or a blow-up, not noise
    assert big <= 6 * small + 0.1, (small, big)


def test_there_are_at_least_25_generators():
    assert len(adversarial.GENERATORS) >= 25

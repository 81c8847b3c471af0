from hypothesis import given
from hypothesis import strategies as st

from policyparse.spans import Innermost

TREE = [(0, 100, "s1"), (10, 50, "s1.1"), (20, 30, "s1.1.1"), (50, 90, "s1.2"), (120, 200, "s2")]


def brute(spans, pos):
    best = None
    for a, b, v in sorted(spans, key=lambda s: (s[0], -s[1])):
        if a <= pos < b:
            best = v
    return best


def test_table():
    at = Innermost(TREE).at
    assert [at(p) for p in (0, 15, 25, 30, 49, 50, 95, 110, 150, 250)] == \
        ["s1", "s1.1", "s1.1.1", "s1.1", "s1.1", "s1.2", "s1", None, "s2", None]


def test_positions_out_of_order_restart():
    at = Innermost(TREE).at
    assert at(150) == "s2"
    assert at(25) == "s1.1.1"  # earlier than the last: answered right all the same


def _nested(draw_ints):
    """Random nested spans: split [0, 1000) recursively."""
    out = []

    def split(a, b, depth, name):
        cuts = sorted({a, b, *[x for x in draw_ints if a < x < b][: 3]})
        for i, (x, y) in enumerate(zip(cuts, cuts[1:])):
            out.append((x, y, f"{name}.{i}"))
            if depth < 3 and y - x > 4:
                split(x + 1, y - 1, depth + 1, f"{name}.{i}")
    split(0, 1000, 0, "s")
    return out


@given(st.lists(st.integers(0, 1000), max_size=30), st.lists(st.integers(-5, 1005), max_size=50))
def test_matches_brute_force(cuts, positions):
    spans = _nested(cuts)
    at = Innermost(spans).at
    for p in sorted(positions):
        assert at(p) == brute(spans, p)

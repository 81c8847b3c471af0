"""Work counted as Python function calls (sys.setprofile): the same on any machine under any load, so a
test can ask 'is 4x the text about 4x the work?' without a clock. Time belongs to the benchmarks."""
import sys


def calls(fn, *args, **kwargs) -> int:
    count = 0

    def profile(frame, event, arg):
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profile)
    try:
        fn(*args, **kwargs)
    except Exception:  # a clear refusal (PolicyParseError) is an answer; the work done is what counts
        pass
    finally:
        sys.setprofile(None)
    return count


def linear(small: int, big: int, times: int = 4, slack: int = 2000) -> bool:
    """big (the work on `times` x the input) is at most about 1.5 x linear growth from small, plus slack: a
    linear path gives `times` x, a quadratic one `times` squared."""
    return big <= (times + times // 4 + 1) * small + slack

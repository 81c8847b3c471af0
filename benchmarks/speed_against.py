#!/usr/bin/env python3
"""The whole pipeline's speed against another revision's, measured in the same minutes (a shared
machine's speed drifts by a fifth over a day, so figures taken hours apart cannot be compared).

    python benchmarks/speed_against.py REV [FOLDER] [--rounds 3] [--one-line 6000000]

Each round parses 1 M characters of FOLDER's .txt files (default ../shared/real) with REV's code (a git
worktree in a temporary folder) and with this checkout's, in fresh processes, best of four each, the order
turning each round. --one-line N: N characters of the folder's text joined into one line, parsed once a round."""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ONE = r"""
import sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import policyparse
import policyparse.targets as targets
targets._SENTENCE_CACHE_MAX = 1  # the input repeats its texts: no sentence may be found again in memory
src = "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in sorted(Path(sys.argv[2]).glob("*.txt")))
size, one_line = int(sys.argv[3]), sys.argv[4] == "1"
src = src.replace("\n", "") if one_line else src  # (a doc-sharing site's whole plan on one line)
data = (src * (size // len(src) + 1))[:size].encode("utf-8")
policyparse.parse_bytes(data[:50000].decode("utf-8", "ignore").encode("utf-8"), "warm.txt")  # (whole characters)
best = min((lambda t: (policyparse.parse_bytes(data, "bench.txt"), time.perf_counter() - t)[1])(time.perf_counter())
           for _ in range(1 if one_line else 4))
print(f"{best:.3f}")
"""


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0 if argv else 2
    rounds = int(argv[argv.index("--rounds") + 1]) if "--rounds" in argv else 3
    size = int(argv[argv.index("--one-line") + 1]) if "--one-line" in argv else 1_000_000
    one_line = "--one-line" in argv
    args = [a for a in argv if not a.startswith("--") and a not in (str(rounds), str(size))]
    rev, folder = args[0], Path(args[1] if len(args) > 1 else ROOT.parent / "shared" / "real").resolve()
    if not any(folder.glob("*.txt")):
        print(f"{folder}: no .txt files to parse", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        old = Path(tmp) / "old"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-f", "--detach", str(old), rev], check=True,
                       capture_output=True)
        try:
            for r in range(1, rounds + 1):
                # the one run second in quick succession runs slower on a shared machine: turns alternate
                order = (old, ROOT) if r % 2 else (ROOT, old)
                runs = {code: subprocess.run([sys.executable, "-c", ONE, str(code), str(folder), str(size), str(int(one_line))],
                                             capture_output=True, text=True) for code in order}
                failed = [(code, run) for code, run in runs.items() if run.returncode]
                for code, run in failed:  # (a revision that cannot read one of the texts: its own last words)
                    last = (run.stderr.strip().splitlines() or ["no output"])[-1]
                    print(f"{rev if code == old else 'this checkout'} failed on {folder.name}: {last}", file=sys.stderr)
                if failed:
                    return 1
                got = {code: run.stdout.strip() for code, run in runs.items()}
                print(f"round {r}: {rev} {got[old]} s, this checkout {got[ROOT]} s ({size / 1e6:g} M characters of "
                      f"{folder.name}{' on one line' if one_line else ''}; {'old' if r % 2 else 'this'} first)")
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(old)], capture_output=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

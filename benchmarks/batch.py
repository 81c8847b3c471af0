#!/usr/bin/env python3
"""Batch throughput and memory: a corpus of N documents (default 2,000) made from corpora/ (every
format, .txt/.docx/.pdf/.html/.doc/.wps/.ofd, in the corpus's proportions; each copy made distinct so none is skipped as a
duplicate), run with --jobs 1, --jobs 2 and on a Dask LocalCluster of two workers, each in a fresh
process so its peak memory is its own; then a second run over the same folder (resume); and the
parent's peak memory at N/4 and N files, to show it does not grow with the number of files.

    python benchmarks/batch.py [N] [--keep DIR]"""
from __future__ import annotations

import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpora"
sys.path.insert(0, str(ROOT))  # this checkout's policyparse, not an installed copy (workers inherit it)


def make_corpus(folder: Path, n: int) -> None:
    sources = sorted(p for p in CORPUS.glob("*") if p.suffix in (".txt", ".docx", ".pdf", ".html", ".doc", ".wps", ".ofd"))
    for i in range(n):
        src = sources[i % len(sources)]
        dst = folder / f"{i // 100:03d}" / f"{i:05d}_{src.name}"
        dst.parent.mkdir(parents=True, exist_ok=True)
        if src.suffix == ".txt":  # a line more, in the file's own encoding
            data = src.read_bytes()
            enc = "utf-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-8"
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                enc, text = "gb18030", data.decode("gb18030")
            dst.write_bytes((text + f"\n（编号{i}）\n").encode(enc))
        elif src.suffix in (".docx", ".ofd"):  # zips: a comment makes each copy unique
            shutil.copy(src, dst)
            with zipfile.ZipFile(dst, "a") as zf:
                zf.comment = f"copy {i}".encode()
        else:
            dst.write_bytes(src.read_bytes() + f"\n%copy {i}\n".encode())


def one(folder: str, out: str, jobs: int, dask: bool) -> None:
    """A single batch run in this process; prints its figures as JSON."""
    from policyparse.batch import run_batch
    t = time.perf_counter()
    if dask:
        from distributed import Client, LocalCluster
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as c, Client(c) as cl:
            r = run_batch(folder, out, scheduler=cl, progress=False)
    else:
        r = run_batch(folder, out, jobs=jobs, progress=False)
    secs = time.perf_counter() - t
    print(json.dumps({"parsed": r.parsed, "failed": r.failed, "skipped": r.skipped, "seconds": secs,
                      "parent_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                      "worker_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))


def run(folder: Path, out: Path, jobs: int, dask: bool = False) -> dict:
    r = subprocess.run([sys.executable, __file__, "--one", str(folder), str(out), str(jobs), str(int(dask))],
                       capture_output=True, text=True, check=True)
    return json.loads(r.stdout.strip().splitlines()[-1])


def main(argv) -> int:
    if argv and argv[0] == "--one":
        one(argv[1], argv[2], int(argv[3]), argv[4] == "1")
        return 0
    n = int(next((a for a in argv if a.isdigit()), 2000))
    keep = Path(argv[argv.index("--keep") + 1]) if "--keep" in argv else None
    base = keep or Path(tempfile.mkdtemp(prefix="ppbatch-"))
    folder = base / "in"
    if not folder.exists():
        make_corpus(folder, n)
    quarter = base / "in-quarter"
    if not quarter.exists():
        make_corpus(quarter, n // 4)
    print(f"{n} documents in {folder}")

    def show(name, r, count):
        print(f"  {name:<28} {r['seconds']:7.1f} s  {count / r['seconds']:6.1f} plans/s  parsed {r['parsed']} "
              f"failed {r['failed']} skipped {r['skipped']}  peak RSS parent {r['parent_mib']:.0f} MiB, "
              f"largest worker {r['worker_mib']:.0f} MiB")
    for jobs in (1, 2):
        out = base / f"out-jobs{jobs}"
        shutil.rmtree(out, ignore_errors=True)
        show(f"--jobs {jobs}", run(folder, out, jobs), n)
    show("--jobs 2, second run (resume)", run(folder, base / "out-jobs2", 2), n)
    out = base / "out-dask"
    shutil.rmtree(out, ignore_errors=True)
    show("Dask LocalCluster, 2 workers", run(folder, out, 0, dask=True), n)
    out = base / "out-quarter"
    shutil.rmtree(out, ignore_errors=True)
    show(f"--jobs 2 on {n // 4} documents", run(quarter, out, 2), n // 4)
    if keep is None:
        shutil.rmtree(base)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Corpus runs: every supported file under a folder -> plans.jsonl, Parquet tables (plans, sections,
measures, targets, phases, problems; one row per item, keyed by the file's sha256 and the item's id)
and errors.jsonl, on worker processes of this machine or on a Dask cluster.

Survives what a real corpus holds:
- a file that fails is recorded in errors.jsonl and the others go on; one that runs past the time
  limit is stopped (its worker process is killed and replaced) and recorded as timed out;
- it resumes: results are appended, one line each, to logs under OUT/work/ as they arrive, so a second
  run (after a crash, Ctrl-C or new files) skips every file whose sha256 is already there;
- the tables are rebuilt from those logs at the end of a run, each written to a .part file and renamed
  into place when complete: a crash or Ctrl-C never leaves a table that looks whole but is not;
- memory stays flat: plans stream from the workers to the logs and from the logs to the tables (in
  row groups); the parent never holds more than one plan at a time, and workers are replaced every
  `recycle` files so a leak in a reader cannot build up.
"""
from __future__ import annotations

import hashlib
import json
import os
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from .atomic import replacing, write_text
from .progress import Progress
from .readers import EXTENSIONS

SUPPORTED = EXTENSIONS
TABLES = ("plans", "sections", "measures", "targets", "phases", "problems")
_START_LIMIT = 120  # seconds a new worker process may take to import policyparse


@dataclass
class BatchResult:
    inputs: int = 0
    parsed: int = 0  # in this run
    failed: int = 0  # in this run
    skipped: int = 0  # done (or failed) in an earlier run
    duplicates: int = 0  # inputs with the same bytes as an earlier input of this folder: parsed once, listed in `paths`
    failures: list[tuple[str, str]] = field(default_factory=list)  # (path, reason), earlier runs' too
    interrupted: bool = False
    seconds: float = 0.0


# ---- what a worker does -------------------------------------------------------------------------

def parse_file(path: str) -> tuple[str, str, str]:
    """(status, sha256, payload) for one file: ("ok", sha, Plan JSON) or ("error", sha, JSON of the
    error class and message). Never raises: this runs where a traceback would be lost."""
    sha = ""
    try:
        from .errors import PolicyParseError
        from .pipeline import paused_gc, plan_from_raw
        from .readers import read_path
        try:
            with paused_gc():
                raw = read_path(path)
                sha = raw.sha256
                return "ok", sha, plan_from_raw(raw).model_dump_json()
        except PolicyParseError as e:
            return "error", sha or _sha256(path), json.dumps({"error": e.__class__.__name__, "message": e.reason},
                                                              ensure_ascii=False)
    except Exception as e:  # a bug: recorded like any failure, with its class
        return "error", sha or _sha256(path), json.dumps(
            {"error": "InternalError", "message": f"{e.__class__.__name__}: {e}"}, ensure_ascii=False)


def _sha256(path: str) -> str:
    h = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
    except OSError:  # unreadable: its name stands in, so the failure is still recorded and skipped once
        return hashlib.sha256(b"unreadable:" + os.fsencode(path)).hexdigest()
    return h.hexdigest()


def _worker_loop(conn, task) -> None:
    """A worker process: run task (parse_file) on the paths the parent sends until it sends None. It
    says "ready" once its imports are done, so a file's time limit counts parsing, not start-up."""
    import gc

    from . import pipeline, readers  # noqa: F401
    conn.send("ready")
    while True:
        path = conn.recv()
        if path is None:
            return
        conn.send((path, *task(path)))
        gc.collect()


# ---- where the work runs ------------------------------------------------------------------------

class LocalPool:
    """N worker processes, each given one file at a time on a pipe of its own, so the parent knows what
    each is doing and for how long, and killing one cannot jam the others: one past the time limit is
    killed and replaced, as is one that died (out of memory, a crash in a C library); each is also
    replaced after `recycle` files."""

    def __init__(self, jobs: int, timeout: float, recycle: int = 200, task: Callable = parse_file):
        import multiprocessing as mp
        self.task = task  # a module-level function, as a spawned process imports it
        self._ctx = mp.get_context("spawn")  # no fork of a parent that may hold threads (pyarrow, Dask)
        self.jobs, self.timeout, self.recycle = max(1, jobs), timeout, recycle
        self._workers: dict = {}  # parent end of the pipe -> process
        self._busy: dict = {}  # pipe -> (path, started)
        self._count: dict = {}

    def _spawn(self, wait: bool = True):
        parent, child = self._ctx.Pipe()
        p = self._ctx.Process(target=_worker_loop, args=(child, self.task), daemon=True)
        p.start()
        child.close()
        self._workers[parent], self._count[parent] = p, 0
        if wait:
            self._ready(parent)
        return parent

    def _ready(self, conn) -> None:
        died = False
        try:
            ok = conn.poll(_START_LIMIT) and conn.recv() == "ready"
        except (EOFError, OSError):
            ok, died = False, True
        if not ok:
            self._retire(conn, kill=True)
            raise RuntimeError(f"a worker process did not start within {_START_LIMIT} s" if ok is False and not died else
                               "a worker process ended as it started (is run_batch called under if __name__ == \"__main__\":? "
                               "its worker processes import the calling script, as multiprocessing requires)")

    def _retire(self, conn, kill: bool = False) -> None:
        p = self._workers.pop(conn)
        self._busy.pop(conn, None)
        self._count.pop(conn, None)
        if not kill:
            try:
                conn.send(None)
            except OSError:
                kill = True
        if kill:
            p.kill()
        p.join(timeout=5)
        if p.is_alive():
            p.kill()
            p.join()
        conn.close()

    def run(self, paths: Iterable[str]) -> Iterator[tuple[str, str, str, str]]:
        """Yields (path, status, sha256, payload) as files finish, in any order."""
        from multiprocessing.connection import wait
        todo = iter(paths)
        exhausted = False
        try:
            for conn in [self._spawn(wait=False) for _ in range(self.jobs)]:  # they start side by side
                self._ready(conn)
            while True:
                for conn in [c for c in self._workers if c not in self._busy]:
                    path = None if exhausted else next(todo, None)
                    if path is None:
                        exhausted = True
                        break
                    conn.send(path)
                    self._busy[conn] = (path, time.monotonic())
                if not self._busy:
                    return
                for conn in wait(list(self._busy), timeout=0.2):
                    path = self._busy[conn][0]
                    try:
                        _, status, sha, payload = conn.recv()  # type: ignore[union-attr,call-arg]
                    except (EOFError, OSError):
                        continue  # it died mid-answer: _reap records it
                    del self._busy[conn]
                    self._count[conn] += 1
                    yield path, status, sha, payload
                    if self._count[conn] >= self.recycle:
                        self._retire(conn)
                        self._spawn()
                yield from self._reap()
        finally:
            for conn in list(self._workers):
                self._retire(conn, kill=True)

    def _reap(self):
        now = time.monotonic()
        for conn, (path, started) in list(self._busy.items()):
            proc = self._workers[conn]
            if now - started > self.timeout:
                why = {"error": "Timeout", "message": f"still running after {self.timeout:g} s; stopped"}
            elif not proc.is_alive():
                why = {"error": "WorkerDied", "message": f"the worker process died (exit code {proc.exitcode})"}
            else:
                continue
            self._retire(conn, kill=True)
            self._spawn()
            yield path, "error", _sha256(path), json.dumps(why)


class DaskPool:
    """The same work on a Dask distributed cluster: workers read the files themselves (the paths must
    be the same for them, e.g. a shared file system). A task is not stopped when it runs past the limit
    (Dask cannot interrupt a running task): it is recorded as timed out, cancelled and its result, if
    any, ignored; at most a few tasks per worker thread are in flight, so the clock starts near when a
    task does."""

    def __init__(self, address, timeout: float, task: Callable = parse_file):
        from distributed import Client
        self.client = address if hasattr(address, "submit") else Client(address)
        self.timeout, self.task = timeout, task

    def run(self, paths: Iterable[str]) -> Iterator[tuple[str, str, str, str]]:
        from distributed import as_completed
        threads = max(1, sum(self.client.nthreads().values()))
        todo = iter(paths)
        started: dict = {}
        ac = as_completed()

        def submit():
            path = next(todo, None)
            if path is not None:
                fut = self.client.submit(self.task, path, pure=False)
                started[fut.key] = (path, time.monotonic(), fut)
                ac.add(fut)
            return path is not None

        for _ in range(2 * threads):
            if not submit():
                break
        while started:
            done = ac.next_batch(block=False) if ac.has_ready() else []
            for fut in done:
                if fut.key not in started:
                    continue  # timed out earlier
                path = started.pop(fut.key)[0]
                if fut.status == "finished":
                    status, sha, payload = fut.result()
                else:
                    status, sha, payload = "error", _sha256(path), json.dumps(
                        {"error": "WorkerDied", "message": f"the Dask task ended as {fut.status}"})
                yield path, status, sha, payload
                submit()
            now = time.monotonic()
            for key, (path, t0, fut) in list(started.items()):
                if now - t0 > self.timeout:
                    started.pop(key)
                    fut.cancel()
                    yield path, "error", _sha256(path), json.dumps(
                        {"error": "Timeout", "message": f"still running after {self.timeout:g} s; abandoned"})
                    submit()
            if not done:
                time.sleep(0.05)


# ---- the run ------------------------------------------------------------------------------------

def find_inputs(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.suffix.lower() in SUPPORTED and p.is_file())


_TRANSIENT = {"Timeout", "WorkerDied", "InternalError"}  # not the file's fault for sure: tried again next run


def _done_hashes(work: Path) -> tuple[set, dict]:
    """sha256 of the files already parsed, and {sha256: reason} of those that failed for a reason of
    their own (corrupt, encrypted, scanned …), from the logs. A torn last line, left by a crash
    mid-write, is ignored: its file is done again; so are files that timed out or whose worker died."""
    ok, bad = set(), {}
    for line in _log_lines(work, "plans"):
        ok.add(line[12:76])
    for line in _log_lines(work, "errors"):
        err = json.loads(line)
        if err.get("error") not in _TRANSIENT and err["sha256"] not in ok:
            bad[err["sha256"]] = err.get("message", err.get("error", ""))
    return ok, bad


def _log_lines(work: Path, prefix: str) -> Iterator[str]:
    """Complete lines of every log of a kind (a line a crash cut short has no newline)."""
    for log in sorted(work.glob(f"{prefix}-*.jsonl")):
        with open(log, encoding="utf-8") as fh:
            for line in fh:
                if line.endswith("\n") and line.startswith('{"sha256": "'):
                    yield line


def run_batch(input_dir, out_dir, jobs: int = 1, timeout: float = 120.0, scheduler=None, spacy: bool = False,
              retry_failed: bool = False, progress: bool = True, recycle: int = 200,
              on_result: Optional[Callable[[str, str], None]] = None, task: Callable = parse_file) -> BatchResult:
    """Parse every supported file under input_dir into out_dir (see the module's docstring).
    scheduler: a Dask scheduler address (or a distributed.Client) to run on instead of local workers.
    on_result(path, status) is called as each file finishes; task stands in for parse_file (tests)."""
    t_start = time.monotonic()
    input_dir, out = Path(input_dir), Path(out_dir)
    work = out / "work"
    work.mkdir(parents=True, exist_ok=True)
    files = find_inputs(input_dir)
    res = BatchResult(inputs=len(files))
    ok, bad = _done_hashes(work)
    skip = ok | (set() if retry_failed else set(bad))
    todo, paths = [], {}
    for p in files:  # the same bytes twice (a copy under another name) are parsed once
        sha = _sha256(str(p))
        copies = paths.setdefault(sha, [])
        copies.append(os.path.relpath(p, input_dir))
        if len(copies) > 1:
            res.duplicates += 1
        elif sha in skip:
            res.skipped += 1
        else:
            todo.append(str(p))
        if sha in bad and not retry_failed:
            res.failures.append((str(p), bad[sha]))
    run_id = time.strftime("%Y%m%d-%H%M%S-") + uuid.uuid4().hex[:6]
    bar = Progress(len(todo), progress)
    pool = None if not todo else \
        DaskPool(scheduler, timeout, task) if scheduler is not None else LocalPool(jobs, timeout, recycle, task)
    plans_log = errors_log = None
    try:
        if todo:
            plans_log = open(work / f"plans-{run_id}.jsonl", "a", encoding="utf-8")
            errors_log = open(work / f"errors-{run_id}.jsonl", "a", encoding="utf-8")
        for path, status, sha, payload in (pool.run(todo) if todo else ()):
            rel = os.path.relpath(path, input_dir)
            if status == "ok":
                plans_log.write(f'{{"sha256": "{sha}", "file": {json.dumps(rel, ensure_ascii=False)}, "plan": {payload}}}\n')
                plans_log.flush()
                res.parsed += 1
            else:
                err = json.loads(payload)
                errors_log.write(json.dumps({"sha256": sha, "file": rel, **err}, ensure_ascii=False) + "\n")
                errors_log.flush()
                res.failed += 1
                res.failures.append((path, err["message"]))
                for copy in paths.get(sha, [])[1:]:  # its copies under other names fail with it, and say so
                    res.failures.append((os.path.join(str(input_dir), copy), err["message"]))
            bar.update(status == "ok")
            if on_result:
                on_result(path, status)
    except KeyboardInterrupt:
        res.interrupted = True
    finally:
        bar.close()
        for log in (plans_log, errors_log):
            if log is not None:
                log.close()
        for log in work.glob("*.jsonl"):
            if log.stat().st_size == 0:
                log.unlink()
    try:
        before = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        before = {}
    spacy = spacy or bool(before.get("spacy"))  # once asked for, the DocBins are kept up to date
    missing = not before or not all((out / f).exists() for f in ["plans.jsonl", "errors.jsonl"]
                                    + [f"{t}.parquet" for t in TABLES]) or (spacy and not before.get("spacy"))
    if not res.interrupted and (res.parsed or res.failed or missing or before.get("paths") != _paths_digest(paths)):
        write_tables(work, out, spacy=spacy, paths=paths)
    if not res.interrupted:
        write_text(out / "manifest.json", json.dumps({
            "input": str(input_dir), "inputs": res.inputs, "parsed_this_run": res.parsed, "failed_this_run": res.failed,
            "skipped": res.skipped, "duplicates": res.duplicates, "paths": _paths_digest(paths),
            "tables": [f"{t}.parquet" for t in TABLES], "spacy": spacy,
            "finished": time.strftime("%Y-%m-%dT%H:%M:%S"),
        }, ensure_ascii=False, indent=1) + "\n")
    res.seconds = time.monotonic() - t_start
    return res


# ---- the tables ---------------------------------------------------------------------------------

def _schemas():
    import pyarrow as pa
    s, i, f, strs = pa.string(), pa.int64(), pa.float64(), pa.list_(pa.string())
    return {
        "plans": [("sha256", s), ("file", s), ("format", s), ("size", i), ("pages", i), ("encoding", s), ("title", s),
                  ("doc_kind", s), ("doc_kind_evidence", strs), ("plan_type", s), ("period_start", i),
                  ("period_end", i), ("period_years", i), ("region", s), ("region_name", s), ("region_code", s),
                  ("region_level", s), ("province", s), ("province_code", s), ("city", s), ("city_code", s),
                  ("region_ambiguous", pa.bool_()), ("region_candidates", strs), ("issuer", s), ("doc_number", s),
                  ("date_written", s), ("date_published", s), ("index_no", s), ("chars", i), ("sections", i),
                  ("measures", i), ("targets", i), ("phases", i), ("problems", i), ("paths", strs)],
        "sections": [("sha256", s), ("id", s), ("parent_id", s), ("label", s), ("kind", s), ("ordinal", i),
                     ("level", i), ("title", s), ("span_start", i), ("span_end", i), ("page", i), ("text", s)],
        "measures": [("sha256", s), ("id", s), ("section_id", s), ("path", s), ("title", s), ("span_start", i),
                     ("span_end", i), ("page", i), ("deadline", s), ("lead", s), ("partners", strs),
                     ("instrument", s), ("instrument_keywords", strs), ("text", s)],
        "targets": [("sha256", s), ("id", s), ("indicator", s), ("indicator_key", s), ("key_match", s), ("key_score", f),
                    ("field", s), ("direction", s), ("comparator", s), ("value", f), ("value_max", f), ("unit", s),
                    ("base_value", f), ("base_value_max", f), ("base_unit", s), ("change", s), ("year", i),
                    ("year_source", s), ("baseline", f), ("baseline_year", i), ("approximate", pa.bool_()),
                    ("frequency", s), ("scope", s),
                    ("section_id", s), ("measure_id", s), ("page", i), ("span_start", i), ("span_end", i),
                    ("text", s)],
        "phases": [("sha256", s), ("name", s), ("title", s), ("start", s), ("end", s), ("span_start", i),
                   ("span_end", i), ("text", s)],
        "problems": [("sha256", s), ("kind", s), ("message", s), ("span_start", i), ("span_end", i)],
    }


def plan_rows(sha: str, file: str, plan: dict, key) -> dict[str, list[dict]]:
    """One plan (its JSON as a dict) as rows of the six tables."""
    md, src = plan["metadata"], plan["source"]
    span = lambda d: {"span_start": (d.get("span") or (None, None))[0], "span_end": (d.get("span") or (None, None))[1]}  # noqa: E731
    rows = {t: [] for t in TABLES}

    def walk(nodes, parent):
        for n in nodes:
            rows["sections"].append({"sha256": sha, "parent_id": parent, **{k: n[k] for k in (
                "id", "label", "kind", "ordinal", "level", "title", "page", "text")}, **span(n)})
            walk(n["children"], n["id"])
    walk(plan["sections"], None)
    rows["measures"] = [{"sha256": sha, **m, **span(m)} for m in plan["measures"]]
    rows["targets"] = []
    for t in plan["targets"]:
        m = key.match(t["indicator"], t.get("unit"), t.get("change"))
        rows["targets"].append({"sha256": sha, **t, "indicator_key": m.key, "key_match": m.method,
                                "key_score": m.score if m.method == "similar" else None, "field": m.field,
                                "direction": m.direction, **span(t)})
    rows["phases"] = [{"sha256": sha, **p, **span(p)} for p in plan["phases"]]
    rows["problems"] = [{"sha256": sha, **p, **span(p)} for p in plan["problems"]]
    rows["plans"] = [{"sha256": sha, "file": file, **{k: src.get(k) for k in ("format", "size", "pages", "encoding")},
                      **{k: md.get(k) for k in ("title", "doc_kind", "doc_kind_evidence", "plan_type", "period_start",
                                                "period_end", "period_years", "region", "issuer", "doc_number",
                                                "date_written", "date_published", "index_no")},
                      **_division_columns(md.get("division")),
                      "chars": len(plan["text"]), "sections": len(rows["sections"]), "measures": len(plan["measures"]),
                      "targets": len(plan["targets"]), "phases": len(plan["phases"]), "problems": len(plan["problems"])}]
    return rows


def _division_columns(d: Optional[dict]) -> dict:
    d = d or {}
    return {"region_name": d.get("name"), "region_code": d.get("code"), "region_level": d.get("level"),
            "province": d.get("province"), "province_code": d.get("province_code"), "city": d.get("city"),
            "city_code": d.get("city_code"), "region_ambiguous": d.get("ambiguous"),
            "region_candidates": d.get("candidates")}


def _log_records(work: Path, prefix: str) -> Iterator[str]:
    """Complete lines of every log of a kind, each sha256 once (the first)."""
    seen = set()
    for line in _log_lines(work, prefix):
        if line[12:76] not in seen:
            seen.add(line[12:76])
            yield line


def _paths_digest(paths: dict) -> str:
    """A fingerprint of which input paths hold which bytes: the tables are rebuilt when it changes."""
    h = hashlib.sha256()
    for sha in sorted(paths):
        h.update((sha + "\0" + "\0".join(sorted(paths[sha])) + "\n").encode("utf-8", "surrogateescape"))
    return h.hexdigest()


def _with_paths(line: str, at: str, copies: list[str]) -> str:
    """A log line with the input paths holding its bytes (every copy of a file is named) inserted
    before its key `at`."""
    i = line.index(at)
    return line[:i] + ', "paths": ' + json.dumps(copies, ensure_ascii=False) + line[i:]


def write_tables(work: Path, out: Path, spacy: bool = False, group_rows: int = 5000,
                 paths: Optional[dict] = None) -> None:
    """plans.jsonl, errors.jsonl and the Parquet tables from the logs, streaming; each file written to
    .part and renamed when whole. paths: sha256 -> every input path with those bytes (default: the one
    the log names)."""
    paths = paths or {}
    import pyarrow as pa
    import pyarrow.parquet as pq

    from .indicators import IndicatorKeys
    key = IndicatorKeys()
    schemas = {t: pa.schema(cols) for t, cols in _schemas().items()}
    parts = {t: out / f"{t}.parquet.part" for t in TABLES}
    writers: dict = {}
    buffers: dict[str, list] = {t: [] for t in TABLES}
    done_ok = set()

    def flush(t):
        if buffers[t]:
            names = schemas[t].names
            writers[t].write_table(pa.Table.from_pylist([{c: r.get(c) for c in names} for r in buffers[t]],
                                                        schema=schemas[t]))
            buffers[t].clear()
    try:
        for t in TABLES:
            writers[t] = pq.ParquetWriter(parts[t], schemas[t])
        docbin = _DocBins(out) if spacy else None
        with open(out / "plans.jsonl.part", "w", encoding="utf-8") as jl:
            for line in _log_records(work, "plans"):
                sha = line[12:76]
                copies = paths.get(sha) or [json.loads(line[line.index('"file": ') + 8:line.index(', "plan": ')])]
                jl.write(_with_paths(line, ', "plan": ', copies))
                rec = json.loads(line)
                done_ok.add(rec["sha256"])
                rows_of = plan_rows(rec["sha256"], rec["file"], rec["plan"], key)
                rows_of["plans"][0]["paths"] = copies
                for t, rows in rows_of.items():
                    buffers[t].extend(rows)
                    if len(buffers[t]) >= group_rows:
                        flush(t)
                if docbin is not None:
                    docbin.add(rec["plan"])
        for t in TABLES:
            flush(t)
            writers[t].close()
        with open(out / "errors.jsonl.part", "w", encoding="utf-8") as el:
            for line in _log_records(work, "errors"):
                if line[12:76] not in done_ok:  # failed once, parsed since (--retry-failed)
                    rec = json.loads(line)
                    rec["paths"] = paths.get(rec["sha256"]) or [rec["file"]]
                    el.write(json.dumps(rec, ensure_ascii=False) + "\n")
        if docbin is not None:
            docbin.close()
        for t in TABLES:
            os.replace(parts[t], out / f"{t}.parquet")
        os.replace(out / "plans.jsonl.part", out / "plans.jsonl")
        os.replace(out / "errors.jsonl.part", out / "errors.jsonl")
    finally:
        for w in writers.values():
            w.close()
        for p in [*parts.values(), out / "plans.jsonl.part", out / "errors.jsonl.part"]:
            if p.exists():
                p.unlink()


class _DocBins:
    """spaCy DocBins of the plans (their clean text, with sections and targets as spans), in shards of
    1,000 so memory stays flat: OUT/spacy/docs-00000.spacy …"""

    def __init__(self, out: Path, shard: int = 1000):
        from .nlp import blank
        self.nlp, self.folder, self.shard = blank(), out / "spacy", shard
        self.folder.mkdir(exist_ok=True)
        for old in self.folder.glob("docs-*.spacy"):
            old.unlink()
        self.n, self.bin = 0, None

    def add(self, plan_json: dict) -> None:
        from spacy.tokens import DocBin

        from .models import Plan
        from .nlp import plan_to_doc
        if self.bin is None:
            self.bin = DocBin(store_user_data=True)
        doc = plan_to_doc(Plan.model_validate(plan_json), self.nlp)
        doc._.plan = None  # a DocBin stores plain data: the spans' fields stay, the Plan is in plans.jsonl
        doc.user_data["policyparse_sha256"] = plan_json["source"]["sha256"]
        self.bin.add(doc)  # type: ignore[attr-defined]
        self.n += 1
        if self.n % self.shard == 0:
            self._write()

    def _write(self) -> None:
        if self.bin is not None and len(self.bin):
            with replacing(self.folder / f"docs-{(self.n - 1) // self.shard:05d}.spacy") as tmp:
                self.bin.to_disk(tmp)
        self.bin = None

    def close(self) -> None:
        self._write()

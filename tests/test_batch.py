"""batch: tables from a folder, failures recorded, time limits, dead workers, resume, crash safety,
and the same run on a Dask cluster."""
import json
import shutil

import pyarrow.parquet as pq
import pytest

from policyparse.batch import TABLES, run_batch, write_tables

from .conftest import CORPUS


@pytest.fixture
def folder(tmp_path):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    for name in ("01_edu_quality.txt", "07_env_air.txt", "05_health_elderly.docx", "08_env_water.pdf"):
        shutil.copy(CORPUS / name, src / name)
    shutil.copy(CORPUS / "07_env_air.txt", src / "sub" / "copy_of_07.txt")  # same bytes: parsed once
    (src / "sub" / "empty.txt").write_text("", encoding="utf-8")
    (src / "sub" / "broken.docx").write_bytes(b"PK\x03\x04" + b"\x00" * 50)
    (src / "notes.md").write_text("not a plan format", encoding="utf-8")
    return src


def tables(out):
    return {t: pq.read_table(out / f"{t}.parquet") for t in TABLES}


def test_batch_writes_every_table(folder, tmp_path):
    out = tmp_path / "out"
    r = run_batch(folder, out, jobs=2, progress=False)
    assert (r.inputs, r.parsed, r.failed, r.skipped, r.duplicates) == (7, 4, 2, 0, 1)
    t = tables(out)
    assert t["plans"].num_rows == 4
    # the copy under another name is parsed once and named: every input path appears in the output
    by_file = {row["file"]: row["paths"] for row in t["plans"].to_pylist()}
    assert by_file["07_env_air.txt"] == ["07_env_air.txt", "sub/copy_of_07.txt"]
    assert json.loads((out / "manifest.json").read_text(encoding="utf-8"))["duplicates"] == 1
    shas = set(t["plans"].column("sha256").to_pylist())
    for name in ("sections", "measures", "targets", "phases"):
        assert t[name].num_rows > 0 and set(t[name].column("sha256").to_pylist()) <= shas
    targets = t["targets"].to_pylist()
    assert {"indicator_key", "value", "year", "span_start"} <= set(targets[0])
    assert len({(x["sha256"], x["id"]) for x in targets}) == len(targets)  # keyed by file hash and item id
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted((e["file"], e["error"]) for e in errors) == [("sub/broken.docx", "CorruptDocument"),
                                                               ("sub/empty.txt", "EmptyDocument")]
    plans = [json.loads(line) for line in (out / "plans.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(plans) == 4 and all(p["plan"]["schema_version"] for p in plans)
    assert sorted([x for p in plans for x in p["paths"]] + [x for e in errors for x in e["paths"]]) == sorted(
        ["01_edu_quality.txt", "05_health_elderly.docx", "07_env_air.txt", "08_env_water.pdf", "sub/copy_of_07.txt",
         "sub/broken.docx", "sub/empty.txt"])
    assert not list(out.glob("*.part"))


def test_second_run_skips_what_is_done(folder, tmp_path):
    out = tmp_path / "out"
    first = run_batch(folder, out, jobs=2, progress=False)
    second = run_batch(folder, out, jobs=2, progress=False)
    assert (second.parsed, second.failed, second.skipped, second.duplicates) == (0, 0, 6, 1)
    assert len(second.failures) == 2  # the files that cannot be parsed still say so
    assert second.seconds < first.seconds / 3
    shutil.copy(CORPUS / "11_rural.txt", folder / "11_rural.txt")  # a new file: only it is parsed
    third = run_batch(folder, out, jobs=1, progress=False)
    assert (third.parsed, third.skipped) == (1, 6)
    assert tables(out)["plans"].num_rows == 5


def test_a_file_past_the_time_limit_is_stopped_and_recorded(tmp_path):
    from .batch_tasks import hangs_on_hang_files
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(CORPUS / "01_edu_quality.txt", src / "small.txt")
    # a parse of a minute stands in for a slow one: how fast the machine is decides nothing (a small file
    # takes well under a second, the limit is 5 s)
    shutil.copy(CORPUS / "03_edu_teacher.txt", src / "hang.txt")
    r = run_batch(src, tmp_path / "out", jobs=2, timeout=5.0, progress=False, task=hangs_on_hang_files)
    assert (r.parsed, r.failed) == (1, 1)
    err = json.loads((tmp_path / "out" / "errors.jsonl").read_text(encoding="utf-8"))
    assert (err["file"], err["error"]) == ("hang.txt", "Timeout")
    # a time-out is not the file's fault for sure: the next run tries it again
    r = run_batch(src, tmp_path / "out", jobs=1, timeout=5.0, progress=False, task=hangs_on_hang_files)
    assert (r.failed, r.skipped) == (1, 1)


def test_a_dying_worker_loses_only_its_file(tmp_path):
    from .batch_tasks import dies_on_crash_files
    src = tmp_path / "in"
    src.mkdir()
    for i, name in enumerate(("01_edu_quality.txt", "03_edu_teacher.txt", "07_env_air.txt")):
        shutil.copy(CORPUS / name, src / f"{i}_{name}")
    (src / "crash.txt").write_text("一、任务\n（一）某项任务。", encoding="utf-8")
    r = run_batch(src, tmp_path / "out", jobs=2, progress=False, task=dies_on_crash_files)
    assert (r.parsed, r.failed) == (3, 1)
    assert "died" in dict(r.failures)[str(src / "crash.txt")]


def test_interrupted_run_keeps_its_work_and_goes_on(folder, tmp_path):
    out = tmp_path / "out"
    seen = []

    def stop_after_two(path, status):
        seen.append(path)
        if len(seen) == 2:
            raise KeyboardInterrupt
    r = run_batch(folder, out, jobs=1, progress=False, on_result=stop_after_two)
    assert r.interrupted and r.parsed + r.failed == 2
    assert not (out / "plans.parquet").exists()  # no table pretends to be whole
    r = run_batch(folder, out, jobs=1, progress=False)
    assert r.parsed + r.failed == 4 and tables(out)["plans"].num_rows == 4


def test_a_torn_log_line_is_done_again(folder, tmp_path):
    out = tmp_path / "out"
    run_batch(folder, out, jobs=2, progress=False)
    log = next((out / "work").glob("plans-*.jsonl"))
    lines = log.read_text(encoding="utf-8").splitlines(keepends=True)
    log.write_text("".join(lines[:-1]) + lines[-1][: len(lines[-1]) // 2], encoding="utf-8")  # a crash mid-write
    r = run_batch(folder, out, jobs=1, progress=False)
    assert r.parsed == 1
    assert tables(out)["plans"].num_rows == 4


def test_a_crash_while_writing_tables_leaves_the_old_ones(folder, tmp_path, monkeypatch):
    out = tmp_path / "out"
    run_batch(folder, out, jobs=2, progress=False)
    before = {t: (out / f"{t}.parquet").read_bytes() for t in TABLES}
    import policyparse.batch as batch

    def boom(*a, **k):
        raise MemoryError("simulated")
    monkeypatch.setattr(batch, "plan_rows", boom)
    with pytest.raises(MemoryError):
        write_tables(out / "work", out)
    assert {t: (out / f"{t}.parquet").read_bytes() for t in TABLES} == before
    assert not list(out.glob("*.part"))


def test_spacy_docbins(folder, tmp_path):
    from spacy.tokens import DocBin

    from policyparse.nlp import blank
    out = tmp_path / "out"
    run_batch(folder, out, jobs=2, progress=False, spacy=True)
    docs = list(DocBin().from_disk(out / "spacy" / "docs-00000.spacy").get_docs(blank().vocab))
    assert len(docs) == 4
    n_targets = tables(out)["targets"].num_rows
    assert sum(len(d.spans["targets"]) for d in docs) == n_targets
    assert all(s._.target["value"] is not None for d in docs for s in d.spans["targets"])


def test_dask_local_cluster(folder, tmp_path):
    from distributed import Client, LocalCluster
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        r = run_batch(folder, tmp_path / "out", scheduler=client, progress=False)
    assert (r.parsed, r.failed, r.skipped, r.duplicates) == (4, 2, 0, 1)
    local = tmp_path / "local"
    run_batch(folder, local, jobs=2, progress=False)
    for t in ("plans", "targets", "measures"):
        key = ["sha256", "id"] if t != "plans" else ["sha256"]
        a = sorted(tables(tmp_path / "out")[t].to_pylist(), key=lambda x: [x[k] for k in key])
        b = sorted(tables(local)[t].to_pylist(), key=lambda x: [x[k] for k in key])
        assert a == b


def test_two_empty_files_are_both_named_among_the_failures(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("", encoding="utf-8")
    (src / "b.txt").write_text("", encoding="utf-8")
    r = run_batch(src, tmp_path / "out", jobs=1, progress=False)
    assert (r.failed, r.duplicates) == (1, 1)
    assert sorted(p.rsplit("/", 1)[-1] for p, _ in r.failures) == ["a.txt", "b.txt"]
    (err,) = [json.loads(x) for x in (tmp_path / "out" / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert err["paths"] == ["a.txt", "b.txt"]


def test_batch_reads_every_format_and_one_bad_file_loses_nothing(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    names = ["03_edu_teacher.html", "05_health_elderly.doc", "09_digital_economy.wps", "11_rural.ofd"]
    for name in names:
        shutil.copy(CORPUS / name, src / name)
    (src / "truncated.ofd").write_bytes((CORPUS / "13_culture_continuous.ofd").read_bytes()[:500])
    (src / "list.htm").write_text("<html><body>" + "<a href=x>通知</a>" * 200 + "</body></html>", encoding="utf-8")
    r = run_batch(src, tmp_path / "out", jobs=2, progress=False)
    assert (r.inputs, r.parsed, r.failed) == (6, 4, 2)
    plans = tables(tmp_path / "out")["plans"].to_pylist()
    assert sorted(p["file"] for p in plans) == sorted(names)


def test_a_script_calling_run_batch_without_the_main_guard_is_told_so(tmp_path):
    """Worker processes import the calling script: without if __name__ == "__main__": each would start a batch of its
    own, so the first one ends as it starts; the message says why, not that it timed out."""
    import subprocess
    import sys
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("到2025年，新建学校5所。", encoding="utf-8")
    script = tmp_path / "run.py"
    script.write_text(f"from policyparse.batch import run_batch\nrun_batch({str(src)!r}, {str(tmp_path / 'out')!r}, jobs=2)\n",
                      encoding="utf-8")
    r = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300)
    last = r.stderr.strip().splitlines()[-1]
    assert r.returncode != 0 and '__name__ == "__main__"' in last and "within" not in last

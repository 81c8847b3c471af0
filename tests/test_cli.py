import json
import subprocess
import sys

from .conftest import CORPUS


def cli(*args):
    return subprocess.run([sys.executable, "-m", "policyparse", *map(str, args)], capture_output=True, text=True,
                          timeout=120)


def test_parse_one_file_to_stdout():
    r = cli("parse", CORPUS / "01_edu_quality.docx", "--pretty")
    assert r.returncode == 0, r.stderr
    plan = json.loads(r.stdout)
    assert plan["source"]["format"] == "docx"
    assert [s["label"] for s in plan["sections"]] == ["一、", "二、", "三、", "四、"]
    assert r.stdout.startswith("{\n  ")


def test_parse_many_to_a_folder(tmp_path):
    files = [CORPUS / "05_health_elderly.txt", CORPUS / "05_health_elderly.pdf"]
    r = cli("parse", *files, "-o", tmp_path)
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["05_health_elderly.pdf.json", "05_health_elderly.txt.json"]
    r = cli("parse", CORPUS / "06_health_hospital.docx", "-o", tmp_path)
    assert r.returncode == 0 and (tmp_path / "06_health_hospital.json").exists()


def test_parse_many_to_jsonl(tmp_path):
    out = tmp_path / "all.jsonl"
    files = sorted(CORPUS.glob("*.txt"))
    r = cli("parse", *files, "-o", out)
    assert r.returncode == 0, r.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == len(files)
    assert not (tmp_path / "all.jsonl.part").exists()


def test_schema_command():
    r = cli("schema")
    assert r.returncode == 0
    assert json.loads(r.stdout)["title"] == "Plan"


def test_usage_errors_exit_64():
    assert cli("parse").returncode == 64
    assert cli("frobnicate").returncode == 64
    assert cli().returncode == 64


def test_unwritable_output_exits_3(tmp_path):
    r = cli("parse", CORPUS / "01_edu_quality.txt", "-o", tmp_path / "missing" / "dir" / "x.json")
    assert r.returncode == 3
    assert r.stderr.startswith("policyparse: ")


def test_targets_command_csv_and_jsonl(tmp_path):
    import csv
    import io
    r = cli("targets", CORPUS / "07_env_air.docx", CORPUS / "12_sports_notice.txt")
    assert r.returncode == 0, r.stderr
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert {row["file"].rsplit("/", 1)[-1] for row in rows} == {"07_env_air.docx", "12_sports_notice.txt"}
    pm = next(row for row in rows if row["indicator"].startswith("细颗粒物"))
    assert (pm["comparator"], pm["value"], pm["unit"], pm["year"]) == ("<=", "32.0", "微克/立方米", "2026")
    assert pm["title"] == "XX市空气质量持续改善行动计划（2024—2026年）"
    out = tmp_path / "t.jsonl"
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04broken")
    r = cli("targets", CORPUS / "11_rural.txt", bad, "--format", "jsonl", "-o", out)
    assert r.returncode == 2 and r.stderr.count("\n") == 1
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 8 and all(x["title"] == "乡村振兴示范村创建实施方案" for x in lines)


def test_diff_command_formats(tmp_path):
    a, b = CORPUS / "pairs" / "edu_balance_v1.docx", CORPUS / "pairs" / "edu_balance_v2.txt"
    r = cli("diff", a, b)
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert d["summary"]["measures"] == {"unchanged": 6, "changed": 4, "moved": 1, "added": 1, "removed": 1}
    for fmt, marker in (("md", "## Measures"), ("html", "<!DOCTYPE html>")):
        out = tmp_path / f"d.{fmt}"
        r = cli("diff", a, b, "--format", fmt, "-o", out)
        assert r.returncode == 0, r.stderr
        assert marker in out.read_text(encoding="utf-8")


def test_diff_of_plan_json_files(tmp_path):
    j = tmp_path / "a.json"
    assert cli("parse", CORPUS / "07_env_air.txt", "-o", j).returncode == 0
    r = cli("diff", j, CORPUS / "pairs" / "air_city_b.txt")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["summary"]["targets"]["changed"] == 7


def test_diff_bad_input_and_bad_aliases(tmp_path):
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    r = cli("diff", bad, CORPUS / "01_edu_quality.txt")
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.strip().startswith(f"policyparse: {bad}:") and len(r.stderr.strip().splitlines()) == 1
    r = cli("diff", CORPUS / "01_edu_quality.txt", CORPUS / "01_edu_quality.txt", "--aliases", tmp_path / "none.json")
    assert r.returncode == 64 and "alias" in r.stderr and "Traceback" not in r.stderr


def test_compare_command(tmp_path):
    files = [CORPUS / "07_env_air.txt", CORPUS / "pairs" / "air_city_b.docx", tmp_path / "missing.txt"]
    r = cli("compare", *files, "--wide", "-o", tmp_path / "w.csv")
    assert r.returncode == 2 and "missing.txt" in r.stderr  # the bad one named, the others still written
    rows = (tmp_path / "w.csv").read_text(encoding="utf-8").splitlines()
    assert len(rows) == 3 and "细颗粒物（PM2.5）平均浓度 (微克/立方米)" in rows[0]
    r = cli("compare", *files[:2], "-o", tmp_path / "t.parquet")
    assert r.returncode == 0, r.stderr
    r = cli("compare", *files[:2], "--instruments")
    assert r.returncode == 0 and r.stdout.startswith("file,title,region,region_code,region_level,province,doc_kind,period,measures,supply,demand,environment")
    r = cli("compare", *files[:2], "-o", tmp_path / "t.xlsx")
    assert r.returncode == 64 and not (tmp_path / "t.xlsx").exists()


def test_batch_command(tmp_path):
    import shutil
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(CORPUS / "01_edu_quality.txt", src)
    (src / "scan.pdf").write_bytes(b"%PDF-1.4\n%%EOF")
    r = cli("batch", src, "-o", tmp_path / "out", "--jobs", "1")
    assert r.returncode == 2, r.stderr
    assert f"policyparse: {src / 'scan.pdf'}:" in r.stderr and "Traceback" not in r.stderr
    assert "done 1, failed 1" in r.stderr  # the progress line
    assert (tmp_path / "out" / "targets.parquet").exists()
    r = cli("batch", src, "-o", tmp_path / "out", "--quiet")
    assert r.returncode == 2 and "2 already done" in r.stderr and "done 1" not in r.stderr
    assert cli("batch", tmp_path / "nope", "-o", tmp_path / "out").returncode == 64
    assert cli("batch", src, "-o", tmp_path / "out", "--jobs", "0").returncode == 64


def test_help_lists_the_exit_codes_the_readme_documents():
    import re
    from pathlib import Path
    readme = Path(__file__).resolve().parent.parent.joinpath("README.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| (\d+) \|", readme, re.M))
    for command in ([], ["parse"], ["batch"]):
        r = cli(*command, "--help")
        assert r.returncode == 0
        shown = set(re.findall(r"^  (\d+) ", r.stdout, re.M))
        assert shown == documented == {"0", "2", "3", "64", "70", "130"}


def test_help_shows_format_defaults():
    assert "default: csv" in cli("targets", "--help").stdout
    assert "default: json" in cli("diff", "--help").stdout


def test_usage_errors_name_what_the_user_typed(tmp_path):
    r = cli("schema", "foo")
    assert r.returncode == 64 and "which" not in r.stderr and "'foo'" in r.stderr
    r = cli("batch", tmp_path / "missing", "-o", tmp_path / "out")
    assert r.returncode == 64 and "no such folder" in r.stderr
    a_file = tmp_path / "out.txt"
    a_file.write_text("x")
    r = cli("batch", tmp_path, "-o", a_file)
    assert r.returncode == 64 and "is a file" in r.stderr and "File exists" not in r.stderr


def test_parse_says_on_stderr_when_a_plan_has_problems(tmp_path):
    damaged = tmp_path / "damaged.txt"
    damaged.write_text("某某实施方案\n一、目标\n到2025年，覆盖率达到90%锟斤拷。\n", encoding="utf-8")
    r = cli("parse", damaged)
    assert r.returncode == 0 and json.loads(r.stdout)["problems"]
    assert r.stderr.count("\n") == 1 and "damaged.txt" in r.stderr and "mojibake" in r.stderr
    assert cli("parse", damaged, "--quiet").stderr == ""
    assert cli("parse", CORPUS / "07_env_air.docx").stderr == ""  # a clean plan: nothing to say


def test_progress_off_a_terminal_is_a_line_now_and_then():
    import io
    import time

    from policyparse import progress
    out = io.StringIO()
    bar = progress.Progress(3, stream=out)
    bar._last = time.monotonic() + progress._INTERVAL  # within the interval, however slow the machine
    bar.update(True)
    assert out.getvalue() == ""  # within the interval: nothing yet
    bar._last = time.monotonic() - progress._INTERVAL  # the interval has passed
    bar.update(False)
    bar.update(True)
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("2/3 files: done 1, failed 1") and lines[-1].startswith("3/3 files: done 2, failed 1")
    assert "\r" not in out.getvalue()


def test_progress_on_a_terminal_is_a_tqdm_bar():
    import io

    from policyparse import progress

    class Tty(io.StringIO):
        def isatty(self):
            return True
    out = Tty()
    bar = progress.Progress(2, stream=out)
    bar.update(True)
    bar.update(True)
    bar.close()
    assert "2/2" in out.getvalue() and "\r" in out.getvalue() and "done 2 failed 0" in out.getvalue()


def test_parse_every_new_format_from_the_command_line(corpus, tmp_path):
    names = ["09_digital_economy.html", "09_digital_economy.doc", "09_digital_economy.wps", "09_digital_economy.ofd"]
    out = tmp_path / "plans.jsonl"
    r = cli("parse", *[corpus / n for n in names], "-o", out)
    assert r.returncode == 0, r.stderr
    plans = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [p["source"]["format"] for p in plans] == ["html", "doc", "wps", "ofd"]
    assert len({json.dumps([(t["indicator"], t["value"], t["year"]) for t in p["targets"]]) for p in plans}) == 1


def test_several_inputs_as_json_are_one_array(tmp_path):
    files = [CORPUS / "05_health_elderly.txt", CORPUS / "06_health_hospital.txt"]
    r = cli("parse", *files, "--format", "json")
    assert r.returncode == 0, r.stderr
    plans = json.loads(r.stdout)
    assert [p["source"]["path"].endswith(("05_health_elderly.txt", "06_health_hospital.txt")) for p in plans] == [True, True]
    out = tmp_path / "all.json"
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    r = cli("parse", files[0], bad, "--format", "json", "-o", out)
    assert r.returncode == 2 and len(json.loads(out.read_text(encoding="utf-8"))) == 1


def test_output_file_is_not_left_for_an_input_that_failed(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_text("   \n")
    out = tmp_path / "out.json"
    r = cli("parse", bad, "-o", out)
    assert r.returncode == 2 and "empty.txt" in r.stderr
    assert not out.exists() and not list(tmp_path.glob("*.part"))


def test_a_pipe_is_refused_at_once_not_read(tmp_path):
    import os
    fifo = tmp_path / "plan.txt"
    os.mkfifo(fifo)
    r = cli("parse", fifo)  # a read would block for ever; the 120 s timeout of cli() would fail the test
    assert r.returncode == 2
    assert r.stderr.strip().count("\n") == 0 and "not a regular file" in r.stderr


def test_indicators_command_lists_keys_and_unmatched_phrases(tmp_path):
    r = cli("indicators", CORPUS / "regions", "--format", "json", "--quiet")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    keys = {k["key"]: k for k in out["keys"]}
    assert keys["高中阶段毛入学率"]["count"] == 9 and keys["高中阶段毛入学率"]["matched"]
    assert len(keys["高中阶段毛入学率"]["phrases"]) >= 3  # worded three ways and more
    r = cli("indicators", CORPUS / "05_health_elderly.txt", "--quiet")
    assert r.returncode == 0 and "unmatched phrase → nearest canonical indicators" in r.stdout
    loose = json.loads(cli("indicators", CORPUS / "05_health_elderly.txt", "--format", "json").stdout)["unmatched"]
    assert loose and all(len(u["nearest"]) <= 3 and u["count"] >= 1 for u in loose)


def test_compare_csv_with_a_bom(tmp_path):
    r = cli("compare", CORPUS / "regions" / "320585_太仓市.txt", "--bom", "-o", tmp_path / "t.csv")
    assert r.returncode == 0 and (tmp_path / "t.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    r = cli("targets", CORPUS / "regions" / "320585_太仓市.txt", "--bom")
    assert r.stdout.startswith("\ufeff") and "320585" in r.stdout


def test_parse_to_a_text_only_stdout_an_application_put_in_place(monkeypatch, tmp_path):
    import io

    from policyparse import cli as cli_mod
    src = tmp_path / "plan.txt"
    src.write_text("某县教育三年行动计划\n到2025年，新建学校5所。", encoding="utf-8")
    out = io.StringIO()  # no .buffer: the plan's bytes are written to it as text, not a traceback
    monkeypatch.setattr(sys, "stdout", out)
    assert cli_mod.main(["parse", str(src)]) == 0
    assert json.loads(out.getvalue())["targets"][0]["value"] == 5.0


def test_options_that_cannot_be_taken_are_usage_errors(tmp_path):
    from typing import get_args

    from policyparse.cli import VERDICTS
    from policyparse.models import Verdict
    assert set(VERDICTS) == set(get_args(Verdict))
    plan = tmp_path / "p.txt"
    plan.write_text("到2025年，新建学校5所。", encoding="utf-8")
    r = cli("explain", plan, "--verdict", "bogus")
    assert r.returncode == 64 and "'bogus'" in r.stderr and "target" in r.stderr
    assert cli("explain", plan, "--verdict", "target").returncode == 0
    r = cli("compare", "--wide", "--instruments", plan)
    assert r.returncode == 64 and "--wide" in r.stderr

"""compare: tidy, wide and instrument tables across plans; indicator keys; instruments."""
import csv
import io
import subprocess
import sys

import pyarrow.parquet as pq
import pytest

import policyparse
from policyparse.comparison import TIDY_COLUMNS
from policyparse.indicators import IndicatorKeys, normalise
from policyparse.instruments import classify

from .conftest import CORPUS

A = """某市推进学前教育普及普惠发展行动方案（2024—2026年）
一、主要目标
到2026年，全市学前三年毛入园率达到95%，普惠性幼儿园覆盖率达到90%以上。
二、重点任务
（一）扩大普惠资源。新建公办幼儿园20所。
（二）加强师资培训。每年培训幼儿园教师不少于2000人次。
"""
B = """某县学前教育发展提升计划（2024—2026年）
一、主要目标
到2025年，全县学前教育毛入园率达到92%；到2026年达到96%。
二、重点任务
（一）政府采购服务。通过购买服务方式扩大普惠性学前教育资源。
"""


@pytest.fixture(scope="module")
def comparison():
    return policyparse.compare([policyparse.parse_text(A), policyparse.parse_text(B)], names=["A", "B"])


def test_tidy_rows(comparison):
    t = comparison.tidy
    assert t.columns == TIDY_COLUMNS
    rows = [(r["file"], r["indicator_key"], r["comparator"], r["value"], r["unit"], r["year"]) for r in t.rows]
    assert ("A", "学前三年毛入园率", ">=", 95.0, "%", 2026) in rows
    assert ("B", "学前三年毛入园率", ">=", 92.0, "%", 2025) in rows
    assert ("B", "学前三年毛入园率", ">=", 96.0, "%", 2026) in rows
    assert {r["period"] for r in t.rows} == {"2024-2026"}


def test_wide_lines_up_one_indicator_and_keeps_the_latest_year(comparison):
    w = comparison.wide
    col = "学前三年毛入园率 (%)"
    assert col in w.columns
    assert [(r["file"], r.get(col)) for r in w.rows] == [("A", 95.0), ("B", 96.0)]
    assert w.rows[1].get("普惠性幼儿园覆盖率 (%)") is None


def test_instrument_counts(comparison):
    rows = {r["file"]: r for r in comparison.instruments.rows}
    assert (rows["A"]["measures"], rows["A"]["supply"]) == (2, 2)
    assert rows["B"]["demand"] == 1


@pytest.mark.parametrize("ext", [".csv", ".parquet", ".json", ".jsonl", ".md", ".html"])
def test_written_in_every_format(comparison, tmp_path, ext):
    out = tmp_path / f"t{ext}"
    comparison.tidy.write(out)
    assert out.exists() and not (tmp_path / f"t{ext}.part").exists()
    if ext == ".parquet":
        table = pq.read_table(out)
        assert table.num_rows == len(comparison.tidy.rows)
        assert str(table.schema.field("value").type) == "double" and str(table.schema.field("year").type) == "int64"
    elif ext == ".csv":
        rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
        assert rows[0]["indicator_key"] == "学前三年毛入园率"
    else:
        assert "学前三年毛入园率" in out.read_text(encoding="utf-8")


def test_unknown_format_is_refused(comparison, tmp_path):
    with pytest.raises(ValueError):
        comparison.tidy.write(tmp_path / "t.xlsx")
    assert list(tmp_path.iterdir()) == []


def test_corpus_compare_counts_every_target():
    files = sorted(CORPUS.glob("*.txt"))
    c = policyparse.compare(files)
    assert len(c.tidy.rows) == sum(len(policyparse.parse(f).targets) for f in files)
    assert len(c.wide.rows) == len(c.instruments.rows) == len(files)


@pytest.mark.parametrize("indicator,key", [
    ("高中阶段教育毛入学率", "高中阶段毛入学率"),
    ("全市高中阶段（教育）毛入学率", "高中阶段毛入学率"),
    ("我区学前教育毛入园率", "学前三年毛入园率"),
    ("PM2.5年均浓度", "细颗粒物（PM2.5）平均浓度"),
    ("空气质量优良天数比例", "空气质量优良天数比率"),
    ("各县区义务教育巩固率", "义务教育巩固率"),
    ("“双师型”教师的比例", "职业院校双师型教师占专业课教师比例"),
    ("全市", "全市"),  # nothing but a region word: kept
    ("新建幼儿园", "新建幼儿园"),
])
def test_indicator_keys(indicator, key):
    assert IndicatorKeys().key(indicator) == key


def test_normalise_traditional():
    assert normalise("專任教師本科及以上學歷比例") == "专任教师本科及以上学历比例"


@pytest.mark.parametrize("title,text,kind", [
    ("加强教师培训", "建立分层分类培训体系，每年开展教师研修。", "supply"),
    ("加大经费投入", "每年安排专项资金不少于500万元。", "supply"),
    ("推进政府购买服务", "通过政府采购方式购买社会组织服务，开展试点示范。", "demand"),
    ("完善考核评价制度", "建立督导评估机制，将结果纳入年度考核。", "environment"),
    ("加强组织领导", "成立领导小组，统筹协调各项工作。", "environment"),
    ("其他", "认真抓好落实。", None),
])
def test_instruments(title, text, kind):
    got, words = classify(title, title + "。" + text)
    assert got == kind
    assert bool(words) == (kind is not None)


def test_wide_names_the_cells_where_several_values_met(comparison, tmp_path):
    (c,) = comparison.collisions  # B: 92% by 2025 and 96% by 2026 in one column
    assert (c.file, c.column, c.kept, c.values) == ("B", "学前三年毛入园率 (%)", 96.0, [(92.0, 2025), (96.0, 2026)])
    path = tmp_path / "b.txt"
    path.write_text(B, encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "policyparse", "compare", "--wide", str(path)], capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 0
    assert r.stderr.count("\n") == 1 and "学前三年毛入园率 (%)" in r.stderr and "kept 96" in r.stderr


def test_to_pandas_with_the_extra_installed(comparison):
    df = comparison.tidy.to_pandas()
    assert list(df.columns) == TIDY_COLUMNS and len(df) == len(comparison.tidy.rows)

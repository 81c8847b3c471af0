"""Every number gets a verdict and the rule that decided it (issue 15, item 2): from the API and the CLI."""
import json
import subprocess
import sys

import pytest

import policyparse

TEXT = ("一、主要目标\n目前全市共有学校120所。到2025年，新建学校5所，其中35岁以下教师占比达到30%以上，"
        "比如某县新建3所。做好6个方面工作。新中国成立75周年。")

VERDICTS = [
    ("120所", "fact"),  # a count of the present
    ("5所", "target"),
    ("35岁", "qualifier"),  # who the share is of
    ("30%", "target"),
    ("3所", "example"),  # an anecdote
    ("6个", "parts"),  # how the text is divided
    ("75周", "date"),  # an anniversary
]


def test_every_number_has_a_verdict_and_a_rule():
    found = {c.number: c for c in policyparse.explain(TEXT)}
    for number, verdict in VERDICTS:
        assert found[number].verdict == verdict, (number, found[number])
        assert found[number].rule
    assert found["5所"].target_id and found["120所"].target_id is None


def test_a_rule_on_an_aside_never_drops_the_other_numbers_of_its_sentence():
    text = "到2025年，森林覆盖率达到45%（目前为42%），新增造林面积3万亩。"
    by = {c.number: c.verdict for c in policyparse.explain(text)}
    assert by == {"45%": "target", "42%": "baseline", "3万亩": "target"}


def test_candidates_line_up_with_the_targets_of_a_plain_parse():
    plan = policyparse.parse_text(TEXT, candidates=True)
    assert [c.target_id for c in plan.candidates if c.verdict == "target"] == [t.id for t in plan.targets]
    assert policyparse.parse_text(TEXT).candidates is None  # only when asked: plain parses stay as they were
    for c in plan.candidates:
        assert plan.text[c.span[0]:c.span[1]] == c.number


def test_a_document_that_sets_no_goals_says_so_for_each_number():
    text = "某市2023年国民经济和社会发展统计公报\n全年地区生产总值1200亿元，比上年增长5.1%。"
    verdicts = {(c.verdict, c.rule) for c in policyparse.explain(text)}
    assert verdicts == {("fact", "the document sets no goals (statistics)")}


@pytest.mark.parametrize("fmt", ["text", "csv", "json"])
def test_explain_from_the_cli(tmp_path, fmt):
    src = tmp_path / "plan.txt"
    src.write_text(TEXT, encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "policyparse", "explain", str(src), "--format", fmt],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    if fmt == "json":
        rows = json.loads(r.stdout)
        assert {row["number"]: row["verdict"] for row in rows}["35岁"] == "qualifier"
        assert next(row for row in rows if row["number"] == "5所")["indicator"] == "新建学校"
    else:
        assert "describes who" in r.stdout and "example" in r.stdout


def test_explain_cli_filters_by_verdict_and_names_a_bad_file(tmp_path):
    src = tmp_path / "plan.txt"
    src.write_text(TEXT, encoding="utf-8")
    bad = tmp_path / "empty.txt"
    bad.write_text("", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "policyparse", "explain", str(src), str(bad), "--verdict", "target"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and "empty.txt" in r.stderr and "Traceback" not in r.stderr
    assert r.stdout.count("target: commitment") == 2 and "qualifier" not in r.stdout


def test_the_months_and_days_of_dates_are_dates():
    text = "一、实施步骤\n（一）第一阶段（2024年1月至2024年6月）：启动部署。\n某县人民政府\n2024年4月29日"
    by = {(c.number, c.verdict) for c in policyparse.explain(text)}
    assert {("1", "date"), ("6", "date"), ("4", "date"), ("29", "date")} <= by


@pytest.mark.parametrize("text,numbers", [
    # a 文号's year and serial are the document's number, not a quantity nor a date
    ("国务院办公厅关于印发“无废城市”建设试点工作方案的通知\n国办发〔2018〕128号\n到2020年，建成50个无废城市。", ["2018", "128"]),
    ("根据《某省关于加快发展的意见》（某政发[2019]12号）要求，到2025年新建学校10所。", ["2019", "12"]),
])
def test_the_numbers_of_a_document_number_are_a_citation(text, numbers):
    by = {c.number: c.verdict for c in policyparse.explain(text)}
    assert [by[n] for n in numbers] == ["citation"] * len(numbers)
    assert "target" in by.values()


def test_a_page_of_results_tells_why_its_numbers_were_dropped():
    # the page-wide rule that drops every number of a page of results records its verdict, not "no commitment read"
    text = "2022年龋齿调查全县共监测6所小学，检出率为31.5%，较2021年度下降2%，覆盖学生1500余人。"
    found = {c.number: (c.verdict, c.rule) for c in policyparse.explain(text)}
    assert policyparse.parse_text(text).targets == []
    assert found["31.5%"][0] == "fact" and "page of results" in found["31.5%"][1]


@pytest.mark.parametrize("body", [
    # the year a page is dated decides its goals; its dateline is furniture, gone from plan.text
    "2023年，该县被确定为石漠化综合治理重点县，计划2023年-2025年共投资4500万元。",
    "目前全区已建成充电桩800个，计划“十五五”期间推广应用新能源公交车500辆。",
])
def test_explaining_a_plan_gives_that_plans_verdicts_though_its_text_lost_its_date(body, tmp_path):
    page = "某县多措并举推进各项工作\n2025-05-13 10:02 来源：某县融媒体中心\n记者从县农业农村局了解到，今年以来全县各项工作进展顺利。\n" + body
    plan = policyparse.parse_text(page)
    assert plan.targets and "2025-05-13" not in plan.text
    assert [c.number for c in policyparse.explain(plan) if c.verdict == "target"] == \
        [c.number for c in policyparse.parse_text(page, candidates=True).candidates if c.verdict == "target"]
    path = tmp_path / "page.txt"
    path.write_text(page, encoding="utf-8")
    from_file = policyparse.parse(path)
    assert len([c for c in policyparse.explain(from_file) if c.verdict == "target"]) == len(from_file.targets)


def test_explaining_a_plan_whose_file_turned_unreadable_reads_its_text(tmp_path):
    page = "某县2025年工作要点\n一、主要目标\n全年新建学校5所，改造老旧小区20个。\n"
    path = tmp_path / "page.txt"
    path.write_text(page, encoding="utf-8")
    plan = policyparse.parse(path)
    path.write_bytes(b"\x00" * plan.source.size)  # the same size, now binary: reading it again is refused
    assert [c.number for c in policyparse.explain(plan) if c.verdict == "target"] == ["5所", "20个"]

"""Tables typed into plain text (Markdown pipes, tab-separated cells) are read as tables: the header names
each column's measure, the first cell each row's place, and a cell may word its value (不低于90%)."""
import pytest

import policyparse
from policyparse.readers import texttable

ALLOCATION = [  # a header of measures over a row per place, in the forms a .txt can hold it
    "| 县区 | 化学需氧量 | 空气质量优良率 | 污水处理厂负荷率 |\n|---|:---:|---|---|\n"
    "| 甲区 | 较上年削减2% | 不低于90% | 不低于60% |\n| 乙县 | 减排量240吨 | 不低于95% | 80% |",
    "县区\t化学需氧量\t空气质量优良率\t污水处理厂负荷率\n甲区\t较上年削减2%\t不低于90%\t不低于60%\n"
    "乙县\t减排量240吨\t不低于95%\t80%",
    "  县区\t化学需氧量\t空气质量优良率\t污水处理厂负荷率\t备注\n  甲区\t较上年削减2%\t不低于90%\t不低于60%\t\n"
    "  乙县\t减排量240吨\t不低于95%\t80%\t\n",  # (an empty cell: two tabs, or one at the end of its row)
]
EXPECTED = [("化学需氧量", "=", 2.0, "%", "decrease", "甲区"), ("空气质量优良率", ">=", 90.0, "%", None, "甲区"),
            ("污水处理厂负荷率", ">=", 60.0, "%", None, "甲区"), ("化学需氧量", "=", 240.0, "吨", None, "乙县"),
            ("空气质量优良率", ">=", 95.0, "%", None, "乙县"), ("污水处理厂负荷率", "=", 80.0, "%", None, "乙县")]


@pytest.mark.parametrize("table", ALLOCATION)
def test_an_allocation_table_typed_in_text_gives_a_target_per_cell(table):
    plan = policyparse.parse_text("某市2010年环境保护目标任务分解表\n" + table + "\n各地要认真落实。\n")
    assert len(plan.tables) == 1
    got = [(t.indicator, t.comparator, t.value, t.unit, t.change, t.scope) for t in plan.targets]
    assert got == EXPECTED
    assert {t.year for t in plan.targets} == {2010}


def test_a_markdown_table_of_years_reads_its_columns():
    plan = policyparse.parse_text("XX市生态建设规划（2021—2025年）\n表1 主要指标\n| 指标 | 单位 | 2025年 |\n"
                                  "| --- | --- | --- |\n| 森林覆盖率 | % | 42 |\n| 城镇新增就业 | 万人 | 6 |\n")
    assert [(t.indicator, t.value, t.unit, t.year) for t in plan.targets] == \
        [("森林覆盖率", 42.0, "%", 2025), ("城镇新增就业", 6.0, "万人", 2025)]


@pytest.mark.parametrize("lines", [
    ["我省实施大规模人工增雨 |", "2009-8-21 |", "|", "|"],  # a page's layout bars
    ["| 2008-03-06 记者：王研 |", "| | |", "| | |"],  # one cell that holds something a row
    ["春眠在线|夏日一区|秋风高清", "冬雪观看|暖阳社区|明月剧场"],  # a spam line's bars, no outer ones
    ["一、总体要求", "\t到2025年，建成10所学校。"],  # a line indented by a tab
    ["| 甲 | 乙 |"],  # one row
    ["一、\t总体要求", "（一）\t指导思想", "1.\t加强领导。", "①\t完善制度。", "第二章\t目标"],  # a Word list pasted
])
def test_lines_with_bars_or_tabs_that_are_no_table_stay_lines(lines):
    blocks = texttable.blocks(lines)
    assert [b.kind for b in blocks] == ["paragraph"] * len(lines)
    assert [b.text for b in blocks] == lines


def test_a_long_run_of_layout_bars_is_read_once():
    lines = ["| x |"] * 50_000  # (each line scanned again from every line would be quadratic)
    calls = 0
    real = texttable._pipe_cells

    def counted(line):
        nonlocal calls
        calls += 1
        return real(line)
    texttable._pipe_cells = counted
    try:
        assert len(texttable.blocks(lines)) == len(lines)
    finally:
        texttable._pipe_cells = real
    assert calls <= len(lines) + 1


# A header over two lines (the groups, then the same measures under each group) over rows of a place and a value a
# measure: a target per cell, named group + measure, its unit from the table's 单位 line, its year from the title over it.
GROUPED = [
    # a cell a line, each after its bar, a lone bar closing the row (a page's table as crawlers store it)
    "某县2024年造林任务分解表\n单位：亩、万株\n项目\n乡镇\n| 人工造林\n| 封山育林\n|\n面积\n| 株数\n| 面积\n| 株数\n|\n"
    "甲镇\n| 1200\n| 8.5\n| 3000\n| 2.1\n|\n乙乡\n| 800\n| 5.0\n| 1500\n| 1.2\n|\n",
    # the rows already on their lines, cells apart by bars
    "某县2024年造林任务分解表\n（单位：亩、万株）\n乡镇 | 人工造林 | 封山育林 |\n面积 | 株数 | 面积 | 株数 |\n"
    "甲镇 | 1200 | 8.5 | 3000 | 2.1 |\n乙乡 | 800 | 5.0 | 1500 | 1.2 |\n",
]
GROUPED_EXPECTED = [("人工造林面积", 1200.0, "亩", "甲镇"), ("人工造林株数", 8.5, "万株", "甲镇"), ("封山育林面积", 3000.0, "亩", "甲镇"),
                    ("封山育林株数", 2.1, "万株", "甲镇"), ("人工造林面积", 800.0, "亩", "乙乡"), ("人工造林株数", 5.0, "万株", "乙乡"),
                    ("封山育林面积", 1500.0, "亩", "乙乡"), ("封山育林株数", 1.2, "万株", "乙乡")]


@pytest.mark.parametrize("table", GROUPED)
def test_a_header_of_groups_over_measures_names_each_column_by_both(table):
    plan = policyparse.parse_text(table + "各乡镇要按时完成。\n")
    assert [(t.indicator, t.value, t.unit, t.scope) for t in plan.targets] == GROUPED_EXPECTED
    assert {t.year for t in plan.targets} == {2024}

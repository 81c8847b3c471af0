"""Indicator tables run into one line (a PDF table copied from a doc-sharing site): the row numbers cut
the rows, and a target glued to its base is split where the status letter agrees."""
import pytest

import policyparse
from policyparse import numbered_table

HEAD = "表1 考核指标序号指标名称单位目标值现状值达标情况"


def _rows(text):
    return [(t.indicator, t.comparator, t.value, t.value_max, t.unit, t.scope)
            for t in policyparse.parse_text(text).targets]


@pytest.mark.parametrize("text,want", [
    # rates with a comparator; a base glued to the target, Y/N after it; the next row's number glued too
    (HEAD + "1城市污水处理率%≥9588.2N2垃圾分类覆盖率%≥8091.5Y3农村卫生厕所普及率%≥9095.1Y"
     "4建成区绿地率%≥3834.6N5黑臭水体消除比例%100100Y6空气优良天数比例%≥8578.3N",
     [("城市污水处理率", ">=", 95.0, None, "%", None), ("垃圾分类覆盖率", ">=", 80.0, None, "%", None),
      ("农村卫生厕所普及率", ">=", 90.0, None, "%", None), ("建成区绿地率", ">=", 38.0, None, "%", None),
      ("黑臭水体消除比例", "=", 100.0, None, "%", None), ("空气优良天数比例", ">=", 85.0, None, "%", None)]),
    # units in Latin letters and over a denominator; a ceiling; a range; parts of a row (城区, 农村) as scopes
    ("续表序号名称单位指标基准值达标状况1单位GDP能耗吨标煤/万元≤0.51.2N2单位GDP用水量m3/万元≤6085.5N"
     "3人均公园绿地面积m2≥1214.3Y4人均住房面积m2城区≥35农村≥45"
     "5城乡居民收入比2.0-2.5之间N6集中供热普及率%≥7066.4N",
     [("单位GDP能耗", "<=", 0.5, None, "吨标煤/万元", None), ("单位GDP用水量", "<=", 60.0, None, "m3/万元", None),
      ("人均公园绿地面积", ">=", 12.0, None, "m2", None), ("人均住房面积", ">=", 35.0, None, "m2", "城区"),
      ("人均住房面积", ">=", 45.0, None, "m2", "农村"), ("城乡居民收入比", "range", 2.0, 2.5, "", None),
      ("集中供热普及率", ">=", 70.0, None, "%", None)]),
    # a header repeated on the next page (续表) between two rows; a row of its own sub-indicators
    ("序号指标名称单位指标值现状值7森林覆盖率%≥4538.2N8水质达标率%100城市污水处理率≥9592.0N工业用水重复率≥75"
     "续表1类别序号指标名称单位指标值现状值生态环境9受保护地区比例%≥1714.8N10退化土地恢复率%≥9093.1Y"
     "11噪声达标区覆盖率%≥95NA",
     [("森林覆盖率", ">=", 45.0, None, "%", None), ("水质达标率", "=", 100.0, None, "%", None),
      ("城市污水处理率", ">=", 95.0, None, "%", None), ("工业用水重复率", ">=", 75.0, None, "%", None),
      ("受保护地区比例", ">=", 17.0, None, "%", None), ("退化土地恢复率", ">=", 90.0, None, "%", None),
      ("噪声达标区覆盖率", ">=", 95.0, None, "%", None)]),
])
def test_a_numbered_table_run_into_one_line_gives_a_target_a_cell(text, want):
    assert _rows(text) == want


def test_the_base_and_the_status_are_kept_as_the_baseline():
    plan = policyparse.parse_text(HEAD + "1污水处理率%≥9588.2N2绿地率%≥3834.6N3覆盖率%≥8091.5Y"
                                  "4优良天数比例%≥8578.3N5普及率%≥9095.1Y")
    assert [(t.value, t.baseline) for t in plan.targets] == [(95, 88.2), (38, 34.6), (80, 91.5), (85, 78.3), (90, 95.1)]


@pytest.mark.parametrize("digits,comparator,meets,rate,want", [
    ("1.419.1", "<=", False, False, (1.4, 19.1)),  # the rounder target, both of one order
    ("15024.94", "<=", True, False, (150.0, 24.94)),  # 1 | 5024.94 would not meet a ceiling of 1
    ("5.011.51", "<", False, False, (5.0, 11.51)),  # 5.01 | 1.51 would meet it: the status says not
    ("7079.9", ">=", True, True, (70.0, 79.9)),  # 707 | 9.9 is no rate
    ("10096.9", "=", False, True, (100.0, 96.9)),
    ("1115", ">=", True, False, (11.0, 15.0)),  # 1 | 115 is of another order
    ("306.02", ">=", False, True, (30.0, 6.02)),  # 3 | 06.02: no leading zero
    ("95", ">=", False, True, (9.0, 5.0)),
    ("9550", ">=", True, True, None),  # no split meets it: left alone
])
def test_a_target_glued_to_its_base_splits_where_the_status_agrees(digits, comparator, meets, rate, want):
    assert numbered_table._split(digits, comparator, meets, rate) == want


@pytest.mark.parametrize("text", [
    # numbers counting up before names, but no header: a list, not a table
    "1加强组织领导2完善政策体系3强化资金保障4加大宣传力度5严格考核评估6做好总结",
    # a header, rows counting up, no comparator in them: a list of projects with their sizes
    "序号项目名称建设内容1城东污水厂扩建5万吨2城西管网改造12公里3滨河公园建设20公顷4老旧小区改造30个5农贸市场新建2个",
])
def test_no_numbered_table_without_a_header_and_comparators(text):
    assert numbered_table.find(text) == []


def test_the_prose_after_a_numbered_table_is_read_as_sentences():
    text = (HEAD + "1污水处理率%≥9588.2N2绿地率%≥3834.6N3覆盖率%≥8091.5Y4优良天数比例%≥8578.3N5普及率%≥9095.1Y"
            "生态保护区划。到2025年，全市新增造林面积达到10万亩。")
    got = _rows(text)
    assert len(got) == 6 and got[-1][:3] == ("新增造林面积", ">=", 10.0)


def test_a_paragraph_before_the_first_row_number_is_no_row():
    """Only a row's length before the first row number is read as a row cut from its header; a paragraph
    run onto the same line is left to the sentences (and is not scanned as one long row)."""
    prose = "本方案所称生态文明建设示范区评价指标说明如下并据此执行" * 40 + "其中森林覆盖率≥45"
    rows = "1污水处理率%≥9588.2N2绿地率%≥3834.6N3覆盖率%≥8091.5Y4优良天数比例%≥8578.3N5普及率%≥9095.1Y"
    [(start, _, found)] = numbered_table.find(prose + rows + HEAD)
    assert start > len(prose) - 100 and [f.value for f in found] == [95, 38, 80, 85, 90]

"""Task-breakdown tables flattened into text: each restarted list is the next year column."""
import pytest

import policyparse
from policyparse import tasktable

from .work import calls, linear

FLAT = ("某县教育提升行动计划\n一、主要任务\n（一）学前教育\n1.扩大资源。\n二、任务分解\n"
        "任务分解表 项目 {h} 学前教育 1 .新建幼儿园3所；2 .新增学位900个。1 .新建幼儿园4所；2 .新增学位1200个。"
        "1 .新建幼儿园5所；2 .普惠性幼儿园覆盖率达到90%。义务教育 1 .改扩建学校2所。1 .改扩建学校3所；"
        "2 .新增学位500个；3.25%的乡镇建成中心校。1 .改扩建学校4所。\n三、保障措施\n（一）加强领导。")


@pytest.mark.parametrize("header,years", [
    ("2023年 2024年 2025年", [2023, 2024, 2025]),
    ("2022-2023年 2023-2024年 2024-2025年", [2023, 2024, 2025]),
    ("20222023年 20232024年 20242025年", [2023, 2024, 2025]),  # the hyphens lost
    ("2023年度 2024年度 2025年度", [2023, 2024, 2025]),
])
def test_each_column_gives_its_items_its_year(header, years):
    plan = policyparse.parse_text(FLAT.format(h=header))
    got = [(t.indicator, t.value, t.year) for t in plan.targets]
    a, b, c = years
    assert got == [("新建幼儿园", 3, a), ("新增学位", 900, a), ("新建幼儿园", 4, b), ("新增学位", 1200, b),
                   ("新建幼儿园", 5, c), ("普惠性幼儿园覆盖率", 90, c), ("改扩建学校", 2, a),
                   ("改扩建学校", 3, b), ("新增学位", 500, b), ("乡镇建成中心校", 25, b), ("改扩建学校", 4, c)]
    # the table's restarting lists are cells: the plan's structure is untouched by them
    assert [s.label for s in plan.sections] == ["一、", "二、", "三、"]
    assert [len(s.children) for s in plan.sections] == [1, 0, 1]


def test_a_list_of_years_in_prose_is_no_table():
    text = "项目 2023年 2024年 2025年分别完成投资，具体见附件。1.加强领导。"
    assert tasktable.find(text) == []


def test_a_table_is_linear_in_length():
    row = "行 1 .新建3所；2 .新增900个。1 .新建4所。1 .新建5所。"
    text = "项目 2023年 2024年 2025年 " + row * 20000
    small, big = calls(tasktable.find, text[:len(text) // 4]), calls(tasktable.find, text)
    assert linear(small, big), (small, big)
    tables = tasktable.find(text)
    assert tables and tables[0].columns[0][2] == 2023

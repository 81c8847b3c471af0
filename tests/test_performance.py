"""Budget performance target tables (performance.py): invented tables in the layouts portals print them
in — |-rows whose merged cells are left out, a cell a line, cells apart by spaces — each a measure's name,
then its value, then weights and notes; and self-evaluations, whose values are a year's results."""
import pytest

import policyparse
from policyparse import doc_kind, performance


def _found(text):
    return [(f.indicator, f.comparator, f.value, f.unit, f.year) for _, _, fs in performance.find(text) for f in fs]


ROWS = (
    "| 某镇2024年部门预算项目绩效目标表 | |||\n"
    "| 单位名称 | 项目名称 | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 权重 | 指标方向性 |\n"
    "| 某镇人民政府 | 环卫保洁经费 | 产出指标 | 数量指标 | 保洁道路里程 | ≥ | 120 | 公里 | 20 | 正向指标 |\n"
    "| 效益指标 | 社会效益指标 | 道路保洁合格率 | ≥ | 95 | % | 10 | 正向指标 | |||\n"
    "| 产出指标 | 成本指标 | 保洁服务成本 | ≤ | 80 | 万元 | 10 | 反向指标 | |||\n"
    "| 满意度指标 | 服务对象满意度指标 | 居民满意度 | ≥ | 90 | % | 10 | 正向指标 | |||\n"
)
CELL_A_LINE = (
    "某县2025年农村饮水安全维修养护项目支出绩效目标申报表\n|\n项目支出名称 |\n农村饮水维修养护 |\n|||\n"
    "本年度 绩效指标 |\n一级指标 |\n二级指标 |\n三级指标 |\n指标值及单位 |\n绩效标准 |\n|\n"
    "产出指标 |\n数量指标 |\n维修供水管网 |\n35公里 |\n计划标准 |\n||\n|\n质量指标 |\n水质达标率 |\n≥98% |\n计划标准 |\n||||\n"
    "成本指标 |\n控制在预算成本内 |\n60万 |\n计划标准 |\n|||\n时效指标 |\n完成时间 |\n2025.06-2025.12 |\n计划标准 |\n"
    "社会公众或服务对象满意度指标 |\n受益群众满意度 |\n>=92% |\n计划标准 |\n财政部门审核意见 |\n|\n填表人: 某某 联系电话:13800000000\n"
)
# a county's short forms: 一级 / 二级 / 三级 / 年度数值 / 备注 as header cells a line each, levels 产出值 / 数量值,
# values with their comparator glued (<=6962人, =100%); the overview cell above is the spending's costing
SHORT_LEVELS = (
    "某县实验小学项目支出目标申报表 (2025年度)\n项目名称\n小学教育公用经费\n项目总体情况\n\n"
    "根据某财教(2024)67号文件,小学教育公用经费每生每年780元,县级财政负担20%计。\n\n"
    "一级\n\n二级\n\n三级\n\n年度数值\n\n备注\n\n产出值\n\n数量值\n\n小学就读人数\n\n<=6962人\n\n \n\n"
    "质量值\n\n教学条件改善率\n\n=100%\n\n成本值\n\n生均公用经费\n\n780元/生/年\n\n社会效益值\n\n学生受益情况\n\n=100%\n"
)
SPACES = (
    "2026年某乡便民桥梁建设项目支出绩效目标审批表\n年度绩效目标(90分) 一级指标 二级指标 三级指标 指标值 分值 指标解释\n"
    "成本指标(0-20)分 经济成本指标 项目建设成本 ≤48万元 10\n产出指标 (40-50)分 数量指标 新建便民桥 2座 10 桥梁数量\n"
    "质量指标 工程验收合格率 100% 10\n效益指标 社会效益指标 受益群众 1500人 10\n"
)


@pytest.mark.parametrize("text,want", [
    (ROWS, [("保洁道路里程", ">=", 120.0, "公里", 2024), ("道路保洁合格率", ">=", 95.0, "%", 2024),
            ("保洁服务成本", "<=", 80.0, "万元", 2024), ("居民满意度", ">=", 90.0, "%", 2024)]),
    (CELL_A_LINE, [("维修供水管网", "=", 35.0, "公里", 2025), ("水质达标率", ">=", 98.0, "%", 2025),
                   ("控制在预算成本内", "<=", 60.0, "万", 2025), ("受益群众满意度", ">=", 92.0, "%", 2025)]),
    (SPACES, [("项目建设成本", "<=", 48.0, "万元", 2026), ("新建便民桥", "=", 2.0, "座", 2026),
              ("工程验收合格率", "=", 100.0, "%", 2026), ("受益群众", "=", 1500.0, "人", 2026)]),
    (SHORT_LEVELS, [("小学就读人数", "<=", 6962.0, "人", 2025), ("教学条件改善率", "=", 100.0, "%", 2025),
                    ("生均公用经费", "=", 780.0, "元/生/年", 2025), ("学生受益情况", "=", 100.0, "%", 2025)]),
])
def test_a_performance_tables_measures_and_values_in_every_layout(text, want):
    assert _found(text) == want


def test_a_self_evaluations_values_are_results_not_targets():
    text = ("项目支出绩效自评表(2024年度)\n一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施\n"
            "产出指标 数量指标 补助村数量 ≥8个 8个 10 10 无\n效益指标 满意度 群众满意度 ≥90% 96% 10 10 无\n")
    assert [t for _, _, t in performance.find(text)] == [[]]
    assert policyparse.parse_text(text).targets == []


@pytest.mark.parametrize("title,kind", [
    ("某市城管局2025年项目支出绩效目标申报表", "plan"),
    ("2024年某乡加工园建设项目支出绩效目标审批表", "plan"),
    ("部门预算项目绩效目标表(2023年度)", "plan"),
    ("某县2023年度项目支出绩效自评报告", "report"),
    ("某镇村级运转经费绩效自评表", "report"),
    ("某县实验小学项目支出目标申报表 (2025年度)", "plan"),
])
def test_performance_titles_name_their_kind(title, kind):
    assert doc_kind.classify(title, title + "\n项目名称 某项目\n")[0] == kind


def test_a_performance_tables_overview_cells_give_no_targets():
    # the costing of the spending (每生每年780元, 20%) and of a project's upkeep (标准5万元/年) are no targets;
    # the table's rows and the year's 绩效目标 sentence are
    plan = policyparse.parse_text(SHORT_LEVELS)
    assert sorted(t.value for t in plan.targets) == [100.0, 100.0, 780.0, 6962.0]
    text = ("某街道2021年重点项目绩效目标表\n项目名称市政日常维护经费\n项目预计开始时间1/1/2021预计完成时间12/31/2021项目申报金额\n"
            "项目概况本项目主要用于维护老集镇1个,标准5万元/年;公厕34座,标准6.2万元/座。\n"
            "项目当年绩效目标完成1个老集镇的维护,完成34座公厕的运行维护,配备临时执法队员49人,弥补上年预算差额。\n")
    plan = policyparse.parse_text(text)
    assert sorted((t.value, t.unit) for t in plan.targets) == [(1.0, "个"), (34.0, "座"), (49.0, "人")]


def test_a_performance_table_through_the_pipeline_gives_its_rows_once():
    plan = policyparse.parse_text(ROWS)
    assert plan.metadata.doc_kind == "plan"
    assert sorted((t.indicator, t.value) for t in plan.targets) == sorted(
        [("保洁道路里程", 120.0), ("道路保洁合格率", 95.0), ("保洁服务成本", 80.0), ("居民满意度", 90.0)])


@pytest.mark.parametrize("text", [
    # a plan's sentence on its indicator system, and a whole plan on one line, name the levels but are no table
    "（三）完善考核体系。设置一级指标5个、二级指标20个、三级指标60个。\n到2025年，新建污水管网不少于300公里。\n绿化覆盖率达到45%。",
    "某县绩效管理实施方案 一、总体目标 建立一级指标、二级指标、三级指标三个层级和指标值标准，到2025年新建污水管网不少于300公里，"
    "绿化覆盖率达到45%，" + "各部门要按要求落实。" * 20,
])
def test_a_sentence_naming_the_levels_is_no_table(text):
    assert performance.find(text) == []
    assert {t.value for t in policyparse.parse_text(text).targets} >= {300.0, 45.0}

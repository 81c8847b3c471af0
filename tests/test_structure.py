"""Texts -> the numbered tree. Each case: text, expected [(label, title, level)] in document order."""
import pytest

from policyparse import parse_text
from policyparse.structure import segment

from .work import calls, linear


def tree(text, title=None):
    out = []

    def walk(nodes):
        for n in nodes:
            out.append((n.label.strip(), n.title, n.level))
            walk(n.children)
    walk(segment(text, title=title).roots)
    return out


CASES = [
    ("a label whose digit a broken encoding destroyed continues its list",
     "一、实施步骤1.启动阶段(2025年1-3月)：部署。2.试点阶段(2025年4-6月)：形成經驗?zāi)J健?.全面实施阶段(2025年7-11月)：推广。4.总结阶段(2025年12月)：总结。",
     [("一、", "实施步骤", 1), ("1.", "启动阶段(2025年1-3月)", 2), ("2.", "试点阶段(2025年4-6月)", 2),
      ("?.", "全面实施阶段(2025年7-11月)", 2), ("4.", "总结阶段(2025年12月)", 2)]),
    ("a damaged label with no list open is text",
     "一、总体要求\n学??冃ЧべY?.提升质量，加强管理。",
     [("一、", "总体要求", 1)]),
    ("line-start hierarchy",
     "一、总体要求\n（一）指导思想。坚持立德树人。\n（二）工作目标。到2025年实现目标。\n二、主要任务\n1.深化改革。推进课程改革。\n2.强化保障：加大投入。",
     [("一、", "总体要求", 1), ("（一）", "指导思想", 2), ("（二）", "工作目标", 2), ("二、", "主要任务", 1),
      ("1.", "深化改革", 2), ("2.", "强化保障", 2)]),
    ("run-in headings in one line",
     "方案如下。一、工作目标到2025年底，实现以下目标：1.学生发展质量显著提升：达标率98%以上。2.教师能力全面提升：占比达35%。二、重点任务(一)深化课程整合1.优化课程实施：开齐开足。",
     [("一、", "工作目标", 1), ("1.", "学生发展质量显著提升", 2), ("2.", "教师能力全面提升", 2),
      ("二、", "重点任务", 1), ("(一)", "深化课程整合", 2), ("1.", "优化课程实施", 3)]),
    ("heading directly followed by first item",
     "一、目标。\n二、实施步骤1.启动部署阶段(2025年1-3月)：成立领导小组。2.推进阶段(2025年4-6月)：全面推进。",
     [("一、", "目标", 1), ("二、", "实施步骤", 1), ("1.", "启动部署阶段(2025年1-3月)", 2), ("2.", "推进阶段(2025年4-6月)", 2)]),
    ("five levels",
     "一、任务\n（一）治理\n1、推进提质增效\n（1）收集率达到70%。\n（2）新建管网，其中：\n①主城区120公里；\n②县城180公里。",
     [("一、", "任务", 1), ("（一）", "治理", 2), ("1、", "推进提质增效", 3), ("（1）", "收集率达到70%", 4),
      ("（2）", "新建管网，其中", 4), ("①", "主城区120公里", 5), ("②", "县城180公里", 5)]),
    ("chapters and articles",
     "第一章 总则\n第一条 为推动发展，制定本细则。\n第二条 本细则适用于全省。\n第二章 目标\n第三条 到2025年达到目标。",
     [("第一章", "总则", 1), ("第一条", "为推动发展，制定本细则", 2), ("第二条", "本细则适用于全省", 2),
      ("第二章", "目标", 1), ("第三条", "到2025年达到目标", 2)]),
    ("numbers in running text are not labels",
     "一、目标\n2024年，全市工业增加值增长6.5%。\n1.5万元以下项目简化审批。\n见第3页。\n参照2022年版课程方案。\n二、任务\n98%以上学校达标。",
     [("一、", "目标", 1), ("二、", "任务", 1)]),
    ("inline enumerations are not structure",
     "一、任务\n重点做好：一是深化改革；二是加强队伍；三是完善评价。首先，加强领导；其次，加大投入。\n二、保障",
     [("一、", "任务", 1), ("二、", "保障", 1)]),
    ("a numbered item that skips its predecessor is text unless a sentence ends before it",
     "一、任务\n1.加强领导。\n2.加大投入，3.强化督导。",
     [("一、", "任务", 1), ("1.", "加强领导", 2), ("2.", "加大投入，3.强化督导", 2)]),
    ("half-width labels", "一.目标\n(一)总体目标\n(1)到2025年达标。\n(2)到2026年巩固。",
     [("一.", "目标", 1), ("(一)", "总体目标", 2), ("(1)", "到2025年达标", 3), ("(2)", "到2026年巩固", 3)]),
    ("right-paren labels", "一、任务\n1）加强领导。\n2）加大投入，完成1-3)项改造。\n二、保障",
     [("一、", "任务", 1), ("1）", "加强领导", 2), ("2）", "加大投入，完成1-3)项改造", 2), ("二、", "保障", 1)]),
    ("a lone list item does not start before the list", "2.这不是第一项。\n3.这也不是。", []),
    ("measures numbered on through the sections: (一) 1. 2. (二) 3. 4.",
     "一、主要任务\n（一）加强队伍\n1.培训教师。\n2.引进人才。\n（二）改善条件\n3.新建学校。\n4.改造校舍。\n二、保障措施\n（一）加强领导\n1.成立小组。",
     [("一、", "主要任务", 1), ("（一）", "加强队伍", 2), ("1.", "培训教师", 3), ("2.", "引进人才", 3),
      ("（二）", "改善条件", 2), ("3.", "新建学校", 3), ("4.", "改造校舍", 3), ("二、", "保障措施", 1),
      ("（一）", "加强领导", 2), ("1.", "成立小组", 3)]),
    ("continued numbering run in one line",
     "一、重点任务（一）优化布局。1.新建学校。2.扩建学校。（二）提升质量。3.培训教师。4.完善评价。二、保障",
     [("一、", "重点任务", 1), ("（一）", "优化布局", 2), ("1.", "新建学校", 3), ("2.", "扩建学校", 3),
      ("（二）", "提升质量", 2), ("3.", "培训教师", 3), ("4.", "完善评价", 3), ("二、", "保障", 1)]),
    ("a continuation needs the next number: a stray 7. under (二) is text",
     "一、任务\n（一）甲\n1.做甲。\n2.做乙。\n（二）乙\n7.做丙。",
     [("一、", "任务", 1), ("（一）", "甲", 2), ("1.", "做甲", 3), ("2.", "做乙", 3), ("（二）", "乙", 2)]),
    ("a space before the full stop",
     "一、任务\n1 .加强领导。\n2 .加大投入。\n3 .强化督导。",
     [("一、", "任务", 1), ("1 .", "加强领导", 2), ("2 .", "加大投入", 2), ("3 .", "强化督导", 2)]),
    ("a label run into its item's number continues the list (3.25%的乡镇 after 2.)",
     "一、目标\n1.完成改造30所；2.新建学校5所；3.25%的乡镇建成中心校。\n二、保障\n1.5万元以下项目简化审批。",
     [("一、", "目标", 1), ("1.", "完成改造30所", 2), ("2.", "新建学校5所", 2), ("3.", "25%的乡镇建成中心校", 2),
      ("二、", "保障", 1)]),
    ("decimal second levels (1.1, 2.1) under 一、 二、",
     "一、项目背景\n1.1发展基础\n1.2面临形势\n二、主要任务\n2.1优化布局\n2.2提升质量",
     [("一、", "项目背景", 1), ("1.1", "发展基础", 2), ("1.2", "面临形势", 2), ("二、", "主要任务", 1),
      ("2.1", "优化布局", 2), ("2.2", "提升质量", 2)]),
    ("a scraped title run into the first heading",
     "某县养老服务实施方案一、总体要求\n（一）指导思想。坚持以人民为中心。\n二、重点任务\n（一）扩大供给。",
     [("一、", "总体要求", 1), ("（一）", "指导思想", 2), ("二、", "重点任务", 1), ("（一）", "扩大供给", 2)]),
    ("a scraped title run into a first heading in figures",
     "某县养老服务实施方案1.总体要求\n2.重点任务\n3.保障措施",
     [("1.", "总体要求", 1), ("2.", "重点任务", 1), ("3.", "保障措施", 1)]),
    ("a figure after other words is a number, not item 5.1 or 1.",
     "按保费收入5.1万亿元测算，保险密度在3500元/人左右。\n人均收入1.2倍于全国。", []),
    ("a table of contents with page numbers is still contents: the text's headings are kept",
     "目录\n一、总体要求5\n二、主要任务13\n一、总体要求\n推进工作。\n二、主要任务\n新建学校5所。",
     [("一、", "总体要求", 1), ("二、", "主要任务", 1)]),
    ("a table of contents, then the text run in after its last line: the text's headings are kept",
     "某某方案参考模板一、项目背景与意义\n1.1国家战略导向\n1.2发展基础与制约\n二、目标与任务\n2.1总体目标定位\n"
     "2.2具体目标体系一、项目背景与意义1.1国家战略导向。黄河流域生态保护是国家战略，必须统筹推进各项工作。"
     "1.2发展基础与制约。粮食产量连续多年稳定，但水资源短缺问题突出。二、目标与任务2.1总体目标定位。到2027年，"
     "森林覆盖率达到26%以上。2.2具体目标体系。新建高标准农田500万亩，建成一批示范区。",
     [("一、", "项目背景与意义", 1), ("1.1", "国家战略导向", 2), ("1.2", "发展基础与制约", 2), ("二、", "目标与任务", 1),
      ("2.1", "总体目标定位", 2), ("2.2", "具体目标体系", 2)]),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_tree(name, text, expected):
    assert tree(text) == expected


def test_concatenated_documents_pick_the_titled_plan():
    text = ("调研报告\n一、基本情况\n全市共有学校185所。\n二、存在问题\n问题较多。\n三、对策建议\n加大投入。\n"
            "某市教育三年行动实施方案\n一、指导思想\n坚持立德树人。\n二、工作目标\n（一）普及水平提高\n（二）质量提高")
    got = tree(text, title="某市教育三年行动实施方案")
    assert [t for t in got if t[2] == 1] == [("一、", "指导思想", 1), ("二、", "工作目标", 1)]
    problems = segment(text, title="某市教育三年行动实施方案").problems
    assert any(p[0] == "several_documents" for p in problems)


def test_appendix_with_restarted_numbering_does_not_replace_the_plan():
    text = ("某县全民健身实施计划\n为推进全民健身，制定本计划。\n一、发展目标\n到2026年达到40%。\n二、主要任务\n（一）完善设施。\n"
            "（二）丰富赛事。\n三、保障措施\n（一）加强领导。\n某县人民政府办公室\n附件\n一、重点任务分工\n二、年度工作安排")
    got = tree(text, title="某县全民健身实施计划")
    assert [t[1] for t in got if t[2] == 1] == ["发展目标", "主要任务", "保障措施"]


def test_spans_titles_and_measures():
    plan = parse_text("某市行动计划\n一、目标\n（一）质量提升。到2025年达到95%。\n（二）队伍建设。培训教师。\n二、保障\n加强领导。")
    assert [s.id for s in plan.iter_sections()] == ["s1", "s1.1", "s1.2", "s2"]
    first = plan.sections[0]
    assert plan.text[first.span[0]:first.span[1]].startswith("一、目标")
    assert plan.text[first.span[0]:first.span[1]].endswith("培训教师。")
    assert first.text == "目标"
    assert [m.path for m in plan.measures] == ["一、（一）", "一、（二）"]
    assert plan.measures[0].section_id == "s1"
    assert plan.measures[0].text == "质量提升。到2025年达到95%。"
    for m in plan.measures:
        assert plan.text[m.span[0]:m.span[1]].endswith(m.text)


def test_site_rules_after_the_plan_do_not_join_it():
    plan = parse_text("一、目标\n1.达到标准。\n2.完成任务。\n二、保障\n1.加强领导。\n温馨提示\n"
                      "1. 本站所有资源如无特殊说明，都需要本地电脑安装OFFICE2007。\n2. 本站的文档不包含任何第三方提供的附件图纸等。")
    assert [m.path for m in plan.measures] == ["一、1.", "一、2.", "二、1."]
    assert "本站" not in plan.text


def test_single_level_documents_have_their_items_as_measures():
    plan = parse_text("工作要点\n1.加强领导。\n2.加大投入。\n3.强化督导。")
    assert [m.path for m in plan.measures] == ["1.", "2.", "3."]


def test_linear_on_a_long_single_line():
    unit = "一、目标到2025年达到95%。（一）提升质量：达标率98%。1.加强领导。2.加大投入。（二）强化保障。二、任务。"
    # 25 k and 100 k characters on one line (14 k label candidates): work counted, not timed
    small, big = calls(segment, unit * 500), calls(segment, unit * 2000)
    assert linear(small, big), (small, big)


def test_numbers_of_a_table_of_contents_and_of_decimal_labels_are_no_targets():
    text = ("某某方案参考模板一、项目背景\n1.1项目建设的意义\n二、目标任务\n2.1总体目标一、项目背景1.1项目建设的意义。"
            "打造示范区，推动高质量发展，形成可复制的经验。二、目标任务2.1总体目标。到2027年，森林覆盖率达到26%以上。")
    plan = parse_text(text)
    assert [(t.indicator, t.value, t.unit, t.year) for t in plan.targets] == [("森林覆盖率", 26, "%", 2027)]
    assert plan.sections[0].span[0] > text.index("2.1总体目标一") - 20  # the text, not the contents


@pytest.mark.parametrize("text,want", [
    ("一、2025年工作目标\n新建幼儿园3所。\n二、保障措施\n加强领导。", ["2025年工作目标", "保障措施"]),
    ("一、2023年工作回顾\n过去一年…\n二、2024年重点任务\n今年…", ["2023年工作回顾", "2024年重点任务"]),
    ("一、1998年以来的成就\n…\n二、今后五年的目标\n…", ["1998年以来的成就", "今后五年的目标"]),
])
def test_a_heading_may_open_with_a_year(text, want):
    assert [s.title for s in parse_text(text).sections] == want


def test_a_cn_label_before_other_digits_is_no_heading():
    assert parse_text("指标分为一、2、3级。\n其他。").sections == []

"""Sentences -> targets, from the table in tests/cases/targets.txt; plus tables, years from context,
phases, deadlines and responsibility."""
from pathlib import Path

import pytest

import policyparse
from policyparse.evaluate import indicators_overlap
from policyparse.responsibility import deadline_in, units_in
from policyparse.targets import extract, flattened_tables, lexicon, table_targets
from policyparse.timeline import parse_dates

from .work import calls, linear

FIELDS = ["indicator", "comparator", "value", "value_max", "unit", "change", "year", "frequency", "scope"]


def load_cases():
    cases, sentence, want = [], [], None
    for line in (Path(__file__).parent / "cases" / "targets.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            if want is not None:
                cases.append(("\n".join(sentence), want))
                sentence, want = [], None
            continue
        if line.startswith("=>"):
            want = want if want is not None else []
            body = line[2:].strip()
            if body != "-":
                f = body.split("|")
                want.append({k: (v or None) for k, v in zip(FIELDS, f)})
        else:
            if want is not None:
                cases.append(("\n".join(sentence), want))
                sentence, want = [], None
            sentence.append(line)
    if want is not None:
        cases.append(("\n".join(sentence), want))
    return cases


CASES = load_cases()


def test_the_table_is_large():
    assert len(CASES) >= 200
    assert sum(1 for _, w in CASES if not w) >= 40  # exclusions


def _same(got, want) -> bool:
    num = lambda x: None if x is None else float(x)  # noqa: E731
    return (got.comparator == want["comparator"] and got.value == num(want["value"])
            and got.value_max == num(want["value_max"]) and (got.unit or None) == want["unit"]
            and got.change == want["change"] and got.year == (int(want["year"]) if want["year"] else None)
            and got.frequency == want["frequency"] and got.scope == want["scope"]
            and indicators_overlap(got.indicator, want["indicator"]))


@pytest.mark.parametrize("sentence,want", CASES, ids=[c[0][:24] for c in CASES])
def test_sentence(sentence, want):
    got = extract(sentence)
    shown = [(g.indicator, g.comparator, g.value, g.value_max, g.unit, g.change, g.year, g.frequency, g.scope)
             for g in got]
    assert len(got) == len(want), shown
    for g, w in zip(got, want):
        assert _same(g, w), (shown, w)


@pytest.mark.parametrize("sentence,indicator", [
    ("全年新增供应保障性租赁住房6万套。", "新增供应保障性租赁住房"),
    ("全年供应6万套。", "供应"),
    ("城市污水处理率应达到95%。", "城市污水处理率"),
    # the table above compares names by overlap, as the scorer does; these rules only cut a name, so exactly
    ("到2025年，我市旅游产业将实现旅游总收入500亿元。", "旅游总收入"),  # who acts, and its verb
    ("根据计划，2019年共有40件立法项目。", "立法项目"),  # 共有 opens no name
    ("预计2025年，中国酒类产业将实现酿酒总产量6690万千升。", "酿酒总产量"),
    ("同时随着结构优化，推动全社会物流总费用与GDP的比率下降至12%左右。", "全社会物流总费用与GDP的比率"),  # a push
    ("到2025年，促进城镇化率提高到65%。", "城镇化率"),
    ("到2025年，全省推广应用氢燃料电池汽车接近5000辆。", "推广应用氢燃料电池汽车"),  # how near
    ("到2025年，全市新能源汽车保有量将近10万辆。", "新能源汽车保有量"),
    ("区县新收案件数就不能低于25件。", "区县新收案件数"),
    ("到2025年，甲县、乙县分别新建养老机构3所、2所。", "新建养老机构"),  # places before 分别 are scopes
    ("今年甲区、乙区将分别创建14家、2家放心早餐示范店。", "创建放心早餐示范店"),
    ("我市将改造现有55座五类危桥。", "改造现有五类危桥"),  # what exists, as the object
    ("大连市将在3年时间内培育15个农产品批发市场。", "培育农产品批发市场"),  # who acts, and by when
    # words before the number that name no measure are what is done; what is counted follows the number
    ("县里计划在2024年底前集中整治120座存在渗漏隐患的小型水库。", "集中整治存在渗漏隐患的小型水库"),
    ("今年全市将推广应用3000辆氢燃料电池公交车。", "推广应用氢燃料电池公交车"),
    ("2025年前重点扶持30个具有地方特色的农产品加工园区。", "重点扶持具有地方特色的农产品加工园区"),
    ("该镇计划10月底前完成45个重点村村史馆(室)提升改造。", "重点村村史馆(室)提升改造"),  # who plans it, by when
    # digits glued to letters after a count name the kind counted, not a number of their own
    ("建成1000个5G基站。", "建成5G基站"),
    ("到2025年，建设1万个5G工厂。", "建设5G工厂"),
    ("新增2个4A级旅游景区。", "新增4A级旅游景区"),
    ("打造20个“5G+工业互联网”示范项目。", "打造“5G+工业互联网”示范项目"),
    ("新建3座110kV变电站。", "新建110kV变电站"),
    # a news dateline opening the sentence, with its reporter's aside, is no part of what is measured
    ("福州新闻网4月12日讯(福州晚报记者 郑瑞洋) 15个农村篮球场将在年内建成。", "农村篮球场"),
    ("本报讯（记者 李明）今年全县将新建15个农村篮球场。", "新建农村篮球场"),
    ("新华社北京3月5日电（记者张三）今年将新建10所学校。", "新建学校"),
    ("本報訊 全市今年將改造老舊小區120個。", "改造老舊小區"),
    # the level a measure is aimed at (向1000亿元冲刺, 向3000亿元迈进) is its target; 方向 keeps its 向
    ("全年固定资产投资向1000亿元冲刺。", "固定资产投资"),
    ("力争地区生产总值向3000亿元迈进。", "地区生产总值"),
    ("全年固定资产投资增长10%、向1000亿元冲刺。", "固定资产投资"),
    ("明确主攻方向5个。", "主攻方向"),
    # what the goal before involves (…，涉及14882户948栋约153万平方米) is counted in its measure
    ("全市计划改造城镇老旧小区275个，涉及14882户。", "计划改造城镇老旧小区"),
    ("区政府拟投入2亿元集中改造30个老旧小区。", "集中改造老旧小区"),
    ("市侨办计划邀请500名海外侨胞来本市寻根。", "邀请海外侨胞来本市寻根"),
    ("首批建设的200个智慧社区将于年底前建成并投入使用。", "智慧社区"),  # 将 opens what is said of them
    ("今年全县将完成129个省级农村人居环境整治提升重点村村史馆建设。", "完成省级农村人居环境整治提升重点村村史馆建设"),  # long
    ("粮食加工业总产值到2020年达到6.9万亿元。", "粮食加工业总产值"),  # the year and its 到
    ("高中段学校走访覆盖面要至少达到30%。", "高中段学校走访覆盖面"),  # 要至少 before the comparator
    ("全市将在现有120个站点的基础上新增80个。", "站点"),  # the base phrase between the two counts
    ("年底前，咸宁市将压减珍珠养殖8396亩。", "珍珠养殖"),  # who is to cut, then the cut (the verb is the change)
    ("全县茶园面积将在3年内扩大到10万亩。", "茶园面积"),  # when it is due, between subject and verb
    ("全市森林覆盖率要在2025年前提高到45%。", "森林覆盖率"),
    ("按计划，该基地的春砂仁种植规模将在1年内发展至1000亩。", "该基地的春砂仁种植规模"),  # the verb alone names nothing
    ("计划3年总投资55亿元。", "总投资"),  # how long
    ("力争用3年时间建成示范基地10个。", "建成示范基地"),
    ("计划三年内建成养殖场20个。", "建成养殖场"),
    ("今后三年内新建学校10所。", "新建学校"),
    ("预计于2021年全部汰换完毕，届时全市低地板公车比例将达90%。", "低地板公车比例"),  # 届时: then
    ("力争用三年左右将月饼产业发展成为产值30亿元以上的优势产业。", "产值"),  # the measure, not the industry
    ("到2025年，把茶产业打造成为产值50亿元的支柱产业。", "产值"),
    # a time limit: the act after the number, not when the count starts; a thing before it is what is limited
    ("行政执法机关要在执法决定作出之日起20个工作日内向社会公布。", "向社会公布"),
    ("自受理之日起5个工作日内办结。", "办结"),
    ("供电企业在受理申请后3个工作日内完成现场勘查。", "完成现场勘查"),
    ("审批事项3天内办结。", "审批事项办结"),
    # a standard's level per whom and when: neither names it
    ("高龄津贴标准为每人每年1200元。", "高龄津贴标准"),
    ("城市低保标准提高到每人每月580元。", "城市低保标准"),
    ("首付款由现行提高到50%。", "首付款"),  # where it starts, with no number, names nothing
    ("距最外侧轨道中心线的距离不得小于30米。", "距最外侧轨道中心线的距离"),  # 不得 is the comparator's
    ("今年共计划招录消防员6000名。", "招录消防员"),  # 共计划: a total's word and a plan's, not 共计 and 划
])
def test_a_name_leaves_out_who_acts_and_how_near(sentence, indicator):
    assert {t.indicator for t in extract(sentence)} == {indicator}


@pytest.mark.parametrize("sentence,names", [
    ("新建学校20所和医院6所。", ["新建学校", "医院"]),  # the name after 和 is the next count's
    ("调研项目20件和继续审议项目6件。", ["调研项目", "继续审议项目"]),
    ("赡养老人专项附加扣除标准，由每月2000元提高到3000元。", ["赡养老人专项附加扣除标准"]),  # 由 opens the clause
    ("今年安排立法项目40件，分别为初次审议项目9件、预备项目5件。", ["安排立法项目", "初次审议项目", "预备项目"]),  # 分别为 opens none
    # a level of zero is named by the noun after 零, with its subject, never with the item before or the goal's frame
    ("确保全县实现零种植、零产量。", ["种植", "产量"]),
    ("巩固辖区“零种植”、确保“零产量”的工作目标。", ["种植", "产量"]),
    ("全年重特大安全事故零发生，欠薪案件动态清零。", ["重特大安全事故发生", "欠薪案件"]),
    # a reward named after its amount or rate is the indicator, not who receives it
    ("对新落户的律师事务所给予最高不超过500万元的一次性奖励。", ["一次性奖励"]),
    ("按照实际购房价格的10%，予以总额最高不超过1000万元的办公用房购置补贴。", ["按照实际购房价格", "办公用房购置补贴"]),
    ("安排1000万元专项资金用于补贴。", ["安排专项资金用于补贴"]),
    # 冲刺 (sprint for) is effort before the value, no part of the name; 增加值 is a noun, no change word
    ("一产业年均增速保持在2.6%以上，增加值总量冲刺63.3亿元。", ["一产业年均增速", "增加值总量"]),
    ("增加值达到500亿元。", ["增加值"]),
    # 人均 before the number is how it is counted, no part of the name (as 每人)
    ("城乡居民收入人均达到5万元。", ["城乡居民收入"]),
    ("奖励标准分别为：25、10万元。", ["奖励标准", "奖励标准"]),  # 分别 is no part of the name
    ("对违法企业处以500元罚款；可并处以5000元以上10000元以下的罚款。", ["罚款", "罚款"]),  # a fine named after its amount
    ("这一年，我们将新建学校5所。", ["新建学校"]),  # 我们 (将) is who, no part of the name
    ("▶新增公共停车位800个。●新建小微公园2个。", ["新增公共停车位", "新建小微公园"]),  # an item's bullet is no part of it
    # counted things named in a list: after the subject's will, what it will do (a verb inside a name is the name's)
    ("江西将建成大广高速吉康改扩建等4个项目，开工建设南昌北二绕城等7个项目。", ["建成项目", "开工建设项目"]),
    ("全市计划改造甲小区、乙小区等9个老旧小区。", ["改造老旧小区"]),
    # the parts after 其中 of a whole the clause before makes
    ("建成一批百亿集群，其中年营业收入超1000亿元的1个、超500亿元的3个。", ["百亿集群", "百亿集群"]),
    # the change word before a pause and the rate striven for is no part of the name
    ("固定资产投资保持稳定增长、力争达到3%，单位能耗持续下降、确保完成3%。", ["固定资产投资", "单位能耗"]),
    # an aside of what was done, cut out, leaves nothing of itself in the name after the number
    ("为全市2.1万户独居老人（其中已经安装报警器的4000户除外）免费安装烟感报警器。", ["为独居老人免费安装烟感报警器"]),
    # whom a work is for and the work done for them, as one name (the work alone, or the group alone, misleads)
    ("为老服务项目包括：为200名老年人提供家庭照护床位服务；为1000户特殊困难老年人家庭安装智能水表。",
     ["为老年人提供家庭照护床位服务", "为特殊困难老年人家庭安装智能水表"]),
    ("全县将为1200名农村留守儿童提供心理健康辅导和课业帮扶服务。", ["为农村留守儿童提供心理健康辅导和课业帮扶服务"]),
    ("今年将向500户居民发放节能灯。", ["向居民发放节能灯"]),
    # a total of another measure after a count (180个共计134万亩, 20个总面积10万亩) ends what the count names
    ("到2020年，建成优势农作物种子种苗生产基地180个共计134万亩。",
     ["建成优势农作物种子种苗生产基地", "建成优势农作物种子种苗生产基地"]),
    ("到2025年，建设高标准农田示范区20个总面积10万亩。", ["建设高标准农田示范区", "总面积"]),
    ("新建学校5所合计投资3亿元。", ["新建学校", "合计投资"]),
    ("一是为全国400家设有盲人阅览室的公共图书馆配置20万台智能听书机。",
     ["设有盲人阅览室的公共图书馆", "设有盲人阅览室的公共图书馆配置智能听书机"]),
    # a 分别 clause that lists names of its own before its values names them itself, not by the clauses before
    ("力争算力规模达到10000P左右，人工智能核心产业规模达到800亿元，分别打造“人工智能+”、“数据要素×”典型应用场景20个、100个。",
     ["算力规模", "人工智能核心产业规模", "典型应用场景", "典型应用场景"]),
    ("接待游客280万人次，完成旅游收入20亿元，分别增长16.7%和32.5%。", ["接待游客", "完成旅游收入", "接待游客", "完成旅游收入"]),
])
def test_each_count_of_a_list_has_its_own_name_exactly(sentence, names):
    assert [t.indicator for t in extract(sentence)] == names


def test_the_year_nearest_the_colon_governs_the_items_below():
    """A lead-in that first tells the past years' work (2015年和2016年…完成) and ends on this year's (2017年将…如下：)."""
    plan = policyparse.parse_text("各区县语委：\n2015年和2016年，我市共完成两期工程建设。2017年将继续推进三期工程建设。"
                                  "现将有关事宜通知如下：\n一、开展范围\n在以下10个区县开展调查工作。\n二、项目经费\n"
                                  "国家配套4个课题，重庆配套6个课题。")
    assert {t.year for t in plan.targets} == {2017}


def test_year_from_a_lead_in_governs_the_items_below():
    plan = policyparse.parse_text("一、工作目标\n到2025年，实现以下目标：\n1.学业达标率达到98%以上。\n2.优良率达到85%。\n"
                                  "二、重点任务\n（一）每学期开展1次学业质量监测。")
    # the task below the goals has no year of its own: the plan's period (known from 到2025年) ends it
    assert [(t.value, t.year, t.year_source) for t in plan.targets] == [
        (98.0, 2025, "heading"), (85.0, 2025, "heading"), (1.0, 2025, "period")]
    assert plan.targets[0].measure_id == "m1.1" and plan.targets[2].section_id == "s2.1"


@pytest.mark.parametrize("text,years", [
    # a news page: the list of targets under a line that ends in a colon
    ("深圳卫生强市战略，到2020年将实现：\n1、全市常住人口千人床位数达到4.3张\n2、市域内住院率达到98%以上\n"
     "3、居民人均期望寿命达到81岁", [2020, 2020, 2020]),
    # an annual work plan's preamble
    ("某县教育局2024年工作要点\n2024年全县教育工作的主要任务如下:\n一、扩大学前教育资源\n新增公办幼儿园学位1200个。\n"
     "二、推进义务教育均衡\n（一）改造薄弱学校15所。", [2024, 2024]),
    # a colon with no year, or a year in a line that is no lead-in: nothing governs the list
    ("为做好有关工作，现通知如下：\n一、目标\n新建学校5所。\n二、要求\n培训教师300人次。", [None, None]),
    ("2023年以来，我县教育工作取得新进展。\n一、目标\n新建学校5所。", [None]),
    # a year alone on its line heads the lines after it (a phone page's layout)
    ("福建省计划：\n2020年\n全省总人口达到\n4100万人\n左右\n2030年\n全省总人口达到\n4150万人\n左右", [2020, 2030]),
    ("主要目标\n到2025年\n新建学校5所。\n到2030年\n新建学校8所。", [2025, 2030]),
])
def test_year_from_the_line_before_the_first_heading(text, years):
    assert [t.year for t in policyparse.parse_text(text).targets] == years


def test_year_from_a_run_in_heading():
    plan = policyparse.parse_text("一、工作目标到2025年底，实现以下目标：1.学生发展：达标率98%以上。2.教师发展：占比达35%。")
    assert [t.year for t in plan.targets] == [2025, 2025]


def test_task_breakdown_table():
    rows = [["指标", "2023-2024年", "2025年", "2026年"], ["PM2.5浓度（微克/立方米）", "35", "33.5", "≤32"],
            ["优良天数比率", "80%", "83%", "85%以上"]]
    got = [(t.indicator, t.comparator, t.value, t.unit, t.year) for t in table_targets(rows, 0, 10)]
    assert got == [("PM2.5浓度", "=", 35.0, "微克/立方米", 2024), ("PM2.5浓度", "=", 33.5, "微克/立方米", 2025),
                   ("PM2.5浓度", "<=", 32.0, "微克/立方米", 2026), ("优良天数比率", "=", 80.0, "%", 2024),
                   ("优良天数比率", "=", 83.0, "%", 2025), ("优良天数比率", ">=", 85.0, "%", 2026)]


@pytest.mark.parametrize("header", [
    ["类别", "指标", "单位", "2020年", "2025年", "属性"],
    ["序号", "指标名称", "单位", "2020年基期值", "2025年目标值", "属性"],
    ["类别", "指标", "单位", "2020年", "2025年"],  # five years apart: the first is where the plan starts
])
def test_a_five_year_plans_indicator_table(header):
    rows = [header, ["普及", "学前三年毛入园率", "%", "88", "≥92", "预期性"],
            ["", "劳动年龄人口平均受教育年限", "年", "10.8", "11.3", "约束性"]]
    got = [(t.indicator, t.comparator, t.value, t.unit, t.year) for t in table_targets(rows, 0, 10)]
    assert got == [("学前三年毛入园率", ">=", 92.0, "%", 2025), ("劳动年龄人口平均受教育年限", "=", 11.3, "年", 2025)]


@pytest.mark.parametrize("header,n", [
    (["指标", "2021年", "2020年", "2019年", "2018年"], 0),  # newest first: a series of statistics
    (["指标", "2023年", "2022年", "2021年"], 0),
    (["指标", "2023年", "2024年", "2025年", "2026年"], 4),  # a plan's years run forward
    (["指标", "2025年", "2020年"], 2),  # two years apart: a goal beside its base
    (["指标", "2020年", "2019年"], 0),  # this year beside last: a yearbook's comparison
    (["指标", "2019年", "2020年"], 2),
])
def test_a_table_whose_years_run_backwards_is_statistics(header, n):
    rows = [header, ["自然保护区个数(个)"] + ["78"] * (len(header) - 1)]
    assert len(table_targets(rows, 0, 10)) == n


@pytest.mark.parametrize("growth_head,change,frequency", [
    ("年均增长(%)", "increase", "year"), ("年均增速（%）", "increase", "year"), ("累计下降(%)", "decrease", None)])
def test_an_indicator_tables_column_of_change_gives_a_target_a_row(growth_head, change, frequency):
    # the rate each row changes by over the plan is a cell statement of its own, due in the table's last year
    rows = [["指标", "2020年", "2025年", growth_head, "属性"], ["公共图书馆数量(个)", "120", "150", "4.6", "预期性"],
            ["单位面积能耗(吨标准煤)", "0.52", "0.45", "—", "约束性"]]
    got = [(t.indicator, t.value, t.unit, t.change, t.year, t.frequency) for t in table_targets(rows, 0, 10)]
    name = growth_head[:-3]
    assert got == [("公共图书馆数量", 150.0, "个", None, 2025, None), ("公共图书馆数量" + name, 4.6, "%", change, 2025, frequency),
                   ("单位面积能耗", 0.45, "吨标准煤", None, 2025, None)]


@pytest.mark.parametrize("text,want", [
    # a row a line, its header on an earlier page: the base cell, then the targets with a comparator or a change
    ("二、主要指标\n6 森林火灾受害率(‰) 0.9 ≤0.8 ―\n7 道路交通万车死亡率 2.1 ≤1.8 下降15%以上\n三、主要任务",
     [("森林火灾受害率", "<=", 0.8, "‰", None), ("道路交通万车死亡率", "<=", 1.8, "", None),
      ("道路交通万车死亡率", ">=", 15.0, "%", "decrease")]),
    # the name on its line, the values on the next; a note after the cells
    ("9 各类事故死亡人数\n\n2897 ≤2607 下降10%以上\n10 职业病危害申报率\n― ≥80% ― 上期无数据\n",
     [("各类事故死亡人数", "<=", 2607.0, "", None), ("各类事故死亡人数", ">=", 10.0, "%", "decrease"),
      ("职业病危害申报率", ">=", 80.0, "%", None)]),
])
def test_a_tables_rows_copied_as_lines_without_their_header(text, want):
    got = [(t.indicator, t.comparator, t.value, t.unit, t.change) for t in policyparse.parse_text(text).targets]
    assert got == want


@pytest.mark.parametrize("text", [
    "全市小学12所 初中5所\n",  # counts with units: a sentence's business
    "学前教育毛入园率90% 95%\n",  # no comparator, no change: nothing says which is the target
])
def test_lines_of_numbers_that_are_no_headerless_row(text):
    from policyparse.targets import _headerless_row, lexicon
    line = text.strip()
    assert _headerless_row(line, line, 0, "", lexicon()) is None


def test_an_indicator_table_pasted_with_tabs():
    # tabs between Han cells are cell gaps: cleaning keeps them (it drops only spaces between Han)
    text = ("某市教育事业发展规划\n一、主要指标\n类别\t指标\t单位\t2020年\t2025年\t属性\n普及\t学前三年毛入园率\t%\t88\t≥92\t预期性\n"
            "质量\t劳动年龄人口平均受教育年限\t年\t10.8\t11.3\t约束性\n二、主要任务\n（一）新建幼儿园20所。")
    plan = policyparse.parse_text(text)
    assert [(t.indicator, t.value, t.year) for t in plan.targets] == [
        ("学前三年毛入园率", 92.0, 2025), ("劳动年龄人口平均受教育年限", 11.3, 2025), ("新建幼儿园", 20.0, None)]


def test_table_pasted_as_text_one_cell_per_line():
    text = "年度任务分解表\n指标\n2024年\n2025年\n优良天数比率\n80%\n83%\n综合能耗（吨）\n12\n11\n三、保障措施"
    (rows, start, end, _), = flattened_tables(text)
    assert rows == [["指标", "2024年", "2025年"], ["优良天数比率", "80%", "83%"], ["综合能耗（吨）", "12", "11"]]
    assert text[start:end].startswith("指标") and text[start:end].endswith("11")
    plan = policyparse.parse_text(text)
    assert [(t.value, t.unit, t.year) for t in plan.targets] == [(80.0, "%", 2024), (83.0, "%", 2025),
                                                                 (12.0, "吨", 2024), (11.0, "吨", 2025)]


@pytest.mark.parametrize("text,start,end", [
    ("第一阶段（2025年1月至2025年6月）", "2025-01", "2025-06"),
    ("准备阶段（2025年12月）", "2025-12", "2025-12"),
    ("启动部署阶段(2025年1-3月)", "2025-01", "2025-03"),
    ("实施阶段（2023—2024年）", "2023-01", "2024-12"),
    ("实施阶段（20232024年）", "2023-01", "2024-12"),
    ("推进阶段（2025年310月）", "2025-03", "2025-10"),
    ("推进阶段（2024年7月至2025年12月）", "2024-07", "2025-12"),
    ("第二阶段（2024年11月至2月）", "2024-11", "2025-02"),
    ("评估阶段（2025年）", "2025-01", "2025-12"),
    ("总结阶段（X年）", None, None),
    ("总结阶段", None, None),
])
def test_phase_dates(text, start, end):
    assert parse_dates(text)[:2] == (start, end)


def test_phases_of_a_plan():
    plan = policyparse.parse_text("三、实施步骤\n（一）第一阶段（2025年1月至6月）：启动实施阶段。\n（二）第二阶段（2025年7月至2026年12月）："
                                  "全面推进。\n（三）总结评估阶段（2027年）：总结验收。")
    assert [(p.name, p.start, p.end) for p in plan.phases] == [
        ("第一阶段", "2025-01", "2025-06"), ("第二阶段", "2025-07", "2026-12"), ("总结评估阶段", "2027-01", "2027-12")]


@pytest.mark.parametrize("background", ["第一章 发展基础", "第一章 我国候鸟保护概况\n第一节 候鸟资源",
                                        "第一章 全市教育改革建设成效", "第一章 “十三五”时期主要成就"])
def test_sections_that_report_the_past_hold_no_targets(background):
    plan = policyparse.parse_text(f"某市发展规划\n{background}\n全市学前三年毛入园率达到88%，候鸟超过800种。\n"
                                  "第二章 发展目标\n到2025年，学前三年毛入园率达到92%。")
    assert [(t.value, t.year) for t in plan.targets] == [(92.0, 2025)]


def test_expected_results_are_no_background():
    plan = policyparse.parse_text("某市发展规划\n一、预期成效\n到2025年，学前三年毛入园率达到92%。")
    assert [(t.value, t.year) for t in plan.targets] == [(92.0, 2025)]


def test_a_projects_overview_is_no_background():
    """项目概况 states what the project will build (its scale), not what was."""
    plan = policyparse.parse_text("某县污水处理厂建设方案\n一、项目概况\n本项目新建污水处理厂1座，日处理规模2万吨。")
    assert [t.value for t in plan.targets] == [1.0, 2.0]


def test_a_phase_heading_run_into_the_item_before_it():
    # the label 3. was lost (a scraper dropped it): the heading still starts a phase, and ends the one before
    plan = policyparse.parse_text("四、实施步骤\n1.启动阶段(2025年1-3月)：制定方案。2.试点阶段(2025年4-6月)：选取10所学校试点，"
                                  "形成经验。全面实施阶段(2025年7-11月)：全区推广。4.总结阶段(2025年12月)：总结。")
    assert [(p.name, p.start, p.end) for p in plan.phases] == [
        ("启动阶段", "2025-01", "2025-03"), ("试点阶段", "2025-04", "2025-06"), ("全面实施阶段", "2025-07", "2025-11"),
        ("总结阶段", "2025-12", "2025-12")]
    assert plan.text[plan.phases[2].span[0]:].startswith("全面实施阶段")
    assert plan.phases[1].span[1] == plan.phases[2].span[0]


def test_a_phase_whose_dates_were_cut_off_has_none():
    plan = policyparse.parse_text("一、目标\n到2025年完成。\n二、实施步骤1.启动阶段(2025年1-3月)：部署。2.总结阶段(2025年")
    assert [(p.name, p.start) for p in plan.phases] == [("启动阶段", "2025-01"), ("总结阶段", None)]


@pytest.mark.parametrize("text,deadline", [("2025年底前完成全部燃煤小锅炉淘汰。", "2025-12"),
                                           ("2024年6月底前出台配套政策。", "2024-06"),
                                           ("建立台账。（完成时限：2025年9月）", "2025-09"),
                                           ("加快推进项目建设。", None),
                                           ("老旧小区改造2026年完成。", "2026-12")])
def test_deadline(text, deadline):
    assert deadline_in(text) == deadline


@pytest.mark.parametrize("text,lead,partners", [
    ("牵头单位：市教育局；责任单位：各区县政府、市财政局", "市教育局", ["各区县政府", "市财政局"]),
    ("加强统筹（市卫生健康委牵头，市民政局、各县区政府配合）。", "市卫生健康委", ["市民政局", "各县区政府"]),
    ("加强统筹协调。", None, []),
    ("推进项目建设。（市发展改革委、市财政局按职责分工负责）", "市发展改革委", ["市财政局"]),
    ("完善机制。（责任单位：市卫生健康委、市医保局）", None, ["市卫生健康委", "市医保局"]),
    ("开展赛事。（责任单位：区体育局，各街道按职责分工负责）", None, ["区体育局", "各街道"]),
    ("（牵头单位：市教育局，配合单位：市财政局、市人社局）", "市教育局", ["市财政局", "市人社局"]),
    ("责任单位：各县（市、区）人民政府", None, ["各县（市、区）人民政府"]),
    ("由市教育局牵头，市财政局、市人社局配合，建立联席会议制度。", "市教育局", ["市财政局", "市人社局"]),
])
def test_responsible_units(text, lead, partners):
    assert units_in(text) == (lead, partners)


def test_responsibility_table_reaches_its_measures(corpus):
    plan = policyparse.parse(corpus / "05_health_elderly.docx")
    by_title = {m.title: (m.lead, m.partners) for m in plan.measures}
    assert by_title["加强健康教育"] == ("市卫生健康委", ["各县区政府"])
    assert by_title["发展医养结合"] == ("市民政局", ["市卫生健康委", "各县区政府"])


def test_targets_carry_their_pdf_page(corpus):
    plan = policyparse.parse(corpus / "07_env_air.pdf")
    assert plan.targets and all(t.page for t in plan.targets)
    for t in plan.targets:
        assert plan.text[t.span[0]:t.span[1]] == t.text


def test_table_pasted_as_text_one_row_per_line():
    text = "年度目标表\n指标  2024年  2025年  2026年\n优良天数比率  80%  83%  85%\nPM2.5浓度（微克/立方米）\t35\t33.5\t32\n三、保障措施"
    (rows, start, end, _), = flattened_tables(text)
    assert rows[1] == ["优良天数比率", "80%", "83%", "85%"] and rows[2][0] == "PM2.5浓度（微克/立方米）"
    plan = policyparse.parse_text(text)
    assert [(t.value, t.unit, t.year) for t in plan.targets] == [
        (80.0, "%", 2024), (83.0, "%", 2025), (85.0, "%", 2026),
        (35.0, "微克/立方米", 2024), (33.5, "微克/立方米", 2025), (32.0, "微克/立方米", 2026)]


@pytest.mark.parametrize("text", [
    # an indicator table pasted with its cells one space apart (cleaning glues the header's words and years:
    # 序号指标名称2020年2025年增长率), or two spaces apart with 序号 and 指标名称 glued: the row number is no name, the
    # base year's column no goal, a dash no value
    "某区国有经济十四五规划\n表2 发展指标表\n序号 指标名称 2020年 2025年 增长率\n1 资产总额(亿元) 1093.51 1500 37%\n"
    "2 净利润(亿元) -0.15 3.75 -\n3 重大项目投资(亿元) - 418.7 -\n4 资产负债率(%) 66.53% 70% -\n四、远景目标",
    "某区国有经济十四五规划\n序号  指标名称  2020年  2025年\n1  资产总额(亿元)  1093.51  1500\n2  净利润(亿元)  -0.15  3.75\n"
    "3  重大项目投资(亿元)  -  418.7\n4  资产负债率(%)  66.53%  70%\n四、远景目标",
])
def test_an_indicator_table_pasted_with_cells_one_space_apart(text):
    plan = policyparse.parse_text(text)
    assert [(t.indicator, t.value, t.unit, t.year) for t in plan.targets] == [
        ("资产总额", 1500.0, "亿元", 2025), ("净利润", 3.75, "亿元", 2025), ("重大项目投资", 418.7, "亿元", 2025),
        ("资产负债率", 70.0, "%", 2025)]


def test_a_line_of_words_one_space_apart_under_two_years_is_no_table_row():
    text = "某区规划\n指标 2020年 2025年\n全面 推进 各项 工作\n到2025年，新建学校3所。"
    assert [(t.value, t.year) for t in policyparse.parse_text(text).targets] == [(3.0, 2025)]


@pytest.mark.parametrize("text,want", [
    ("2025年79月", ("2025-07", "2025-09")),     # hyphen lost between two single-digit months
    ("2025年410月", ("2025-04", "2025-10")),
    ("2025年1112月", ("2025-11", "2025-12")),
    ("2025年1010月", (None, None)),             # no range reads it
])
def test_lost_hyphen_months(text, want):
    assert parse_dates(text)[:2] == want


@pytest.mark.parametrize("steps,want,lost", [
    # the next phase starts in March: the lone 12月 was 1-2月
    ("（一）准备阶段（2025年12月）：制定方案。\n（二）实施阶段（2025年310月）：推进。\n（三）总结阶段（2025年1112月）：总结。",
     [("2025-01", "2025-02"), ("2025-03", "2025-10"), ("2025-11", "2025-12")], True),
    # the phase before ends in November: 12月 is December
    ("（一）实施阶段（2025年1-11月）：推进。\n（二）总结阶段（2025年12月）：总结。",
     [("2025-01", "2025-11"), ("2025-12", "2025-12")], False),
    # the phase before ended the December before, the next starts in March
    ("（一）启动阶段（2024年10-12月）：部署。\n（二）试点阶段（2025年12月）：试点。\n（三）推广阶段（2025年3-12月）：推广。",
     [("2024-10", "2024-12"), ("2025-01", "2025-02"), ("2025-03", "2025-12")], True),
])
def test_a_lone_december_is_read_by_the_phases_around_it(steps, want, lost):
    plan = policyparse.parse_text("某工作方案\n一、实施步骤\n" + steps)
    assert [(p.start, p.end) for p in plan.phases] == want
    assert any(p.kind == "lost_hyphen" for p in plan.problems) == lost


@pytest.mark.parametrize("unit", [
    "2025年1-",                      # a flattened statistics table with no full stop
    "新建学校5所",                    # one long clause of counts
    "“新建学校5所，",                 # an unclosed quotation before them all
])
def test_long_runs_of_numbers_are_linear(unit):
    small, big = calls(extract, unit * 5000), calls(extract, unit * 20000)
    assert linear(small, big), (small, big)  # 4x the text: about 4x the work, not 16x


def test_an_execution_report_states_results_not_targets():
    text = ("关于某市2025年1—6月国民经济和社会发展计划执行情况的报告\n一、上半年国民经济和社会发展执行情况\n"
            "1—6月，全市地区生产总值增长8.0%，规上工业增加值增长13.5%。建成智慧农业示范区2个。\n"
            "二、下半年工作安排\n到2025年底，新增规上工业企业30家。")
    plan = policyparse.parse_text(text)
    assert [(t.indicator, t.value, t.year) for t in plan.targets] == [("新增规上工业企业", 30, 2025)]


@pytest.mark.parametrize("sentence,indicator", [
    ("到2025年，单位GDP能耗比2020年下降13.5%。", "单位GDP能耗"),
    ("全国地级及以上城市可吸入颗粒物浓度比2012年下降10%以上。", "地级及以上城市可吸入颗粒物浓度"),
    ("单位GDP二氧化碳排放较2020年降低18%。", "单位GDP二氧化碳排放"),
    ("农村居民人均可支配收入与2020年相比增长40%。", "农村居民人均可支配收入"),
    ("森林蓄积量在2020年基础上增加500万立方米。", "森林蓄积量"),
    # money alone after the doer's verb keeps the doer (whose money); a clause that only says how often a body meets
    # is named by the body; a share of a base by what is done with it
    ("“十三五”期间，全省公路水路建设拟完成投资4900亿元。", "公路水路建设投资"),
    ("水利建设将完成投资50亿元。", "水利建设投资"),
    ("党支部党员大会是党支部的议事决策机构，由全体党员参加，一般每季度召开1次。", "党支部党员大会"),
    ("形成无形资产的，按照无形资产成本的200%在税前摊销。", "税前摊销"),
    ("若用户没有约定时间的，工作人员在30分钟内到达现场。", "到达现场"),
])
def test_the_indicator_is_named_exactly(sentence, indicator):
    """Exactly: the table's overlap match would forgive a stray 比 left at the end, or 投资 for 公路水路建设投资."""
    assert [t.indicator for t in policyparse.parse_text(sentence).targets] == [indicator]


def test_a_year_opening_a_paragraph_governs_its_later_sentences():
    text = ("某市2018年实施方案\n一、主要目标\n2018年，九大工程全面推进，完成投资超过145亿元；开展人居环境整治，完成投资25亿元。"
            "新增城市道路180公里。\n二、保障措施\n每年培训干部200人次。")
    assert [(t.value, t.year) for t in policyparse.parse_text(text).targets] == [
        (145.0, 2018), (25.0, 2018), (180.0, 2018), (200.0, 2018)]  # the last from the 2018 plan's period


@pytest.mark.parametrize("text,years", [
    # 全年 after a sentence that opens with the year
    ("2025年是“十四五”规划的决胜之年，做好全年工作意义重大。\n全年主要预期目标是：地区生产总值增长6%，固定资产投资增长3%。",
     [2025, 2025]),
    ("2024年，全县上下要狠抓落实。年内新建幼儿园3所，本年度新增学位1200个。", [2024, 2024]),
    # no year stated before, or one that a numbered section has left behind: 全年 says nothing
    ("全年主要预期目标是：地区生产总值增长6%。", [None]),
    ("2023年是攻坚之年。2022年打下了基础。\n一、主要目标\n全年新建幼儿园3所。", [None]),
    # a past span is no stated year
    ("2021年以来，全县经济平稳。全年主要预期目标是：地区生产总值增长6%。", [None]),
])
def test_year_the_text_is_about_for_quanian(text, years):
    assert [t.year for t in policyparse.parse_text(text).targets] == years


def test_three_years_within_is_no_year_within():
    text = "2024年教育改革实施方案\n目标：在三年内，提高学校整体教育质量指标10%以上。"
    # not the year of 年内: the year of the 2024 plan, by its period
    assert [(t.year, t.year_source) for t in policyparse.parse_text(text).targets] == [(2024, "period")]


# The year by scope, with its source (issue 15, item 3): nearest scope first; a base year is never the year.
YEAR_SOURCES = [
    ("到2025年，高中阶段毛入学率达到95%以上。", [(2025, "sentence")]),
    ("2025年小学入学率达到100%，2026年初中入学率达到99%。", [(2025, "sentence"), (2026, "clause")]),
    ("到2025年，全面建成教育强市。新建学校5所，新增学位9000个。", [(2025, "lead"), (2025, "lead")]),
    ("2025年是收官之年。全年新增就业2万人。", [(2025, "paragraph")]),
    ("某县学前教育工作方案\n一、2025年工作目标\n1.新建幼儿园3所。\n2.普惠率达到90%。\n二、保障措施\n加强领导。",
     [(2025, "heading"), (2025, "heading")]),
    ("某县学校建设方案\n三、实施步骤\n（一）第一阶段（2025年1月至6月）：部署动员。\n（二）第二阶段（2025年7月至2026年12月）：新建学校3所。",
     [(2026, "phase")]),
    ("某县2022年度学前教育工作方案\n一、目标\n新建幼儿园3所。", [(2022, "period")]),
    ("某市“十四五”养老服务发展规划\n一、目标\n新增养老床位2000张。", [(2025, "period")]),
    ("单位GDP能耗较2020年下降13.5%。", [(None, None)]),
    # a phase run into its paragraph with its year in brackets leads the paragraph's sentences
    ("某省智慧广电建设方案\n从2019至2023年分阶段推进。\n试点推动阶段(2019年)将加快发展高清频道。建设示范村4000个，光纤到户改造率达50%。",
     [(2019, "lead"), (2019, "lead")]),
    # an untitled plan that opens on its year and says it makes this plan: that year's
    ("2021年预计蝗虫发生接近常年。为有效应对蝗虫灾害，特制订本方案。\n一、防控目标\n监测预报准确率达85%以上。", [(2021, "period")]),
    ("森林覆盖率不低于2021年现状值。", []),
]


@pytest.mark.parametrize("text,want", YEAR_SOURCES)
def test_year_and_where_it_came_from(text, want):
    assert [(t.year, t.year_source) for t in policyparse.parse_text(text).targets] == want


BASELINES = [
    # text → (value, baseline, baseline_year, approximate)
    ("人均预期寿命由78岁提高到79岁。", (79.0, 78.0, None, False)),
    ("单位地区生产总值能耗较2023年下降8%。", (8.0, None, 2023, False)),
    ("在2020年基础上，森林蓄积量增加10%。", (10.0, None, 2020, False)),
    ("地区生产总值增长5%左右。", (5.0, None, None, True)),
    ("城镇新增就业约10万人。", (10.0, None, None, True)),
    ("比2020年降低18%上下。", (18.0, None, 2020, True)),
    # a present value in the clause before the goal's deadline (现有…12个，到2025年达到20个)
    ("全市现有养老机构12个，到2025年达到20个。", (20.0, 12.0, None, False)),
    ("目前，全市持证社工人数占比为18%，到2025年提高到25%左右。", (25.0, 18.0, None, True)),
    # the end of an earlier five-year plan as the base: its last year
    ("旅游人才数量由“十二五”末的670万人达到825万人。", (825.0, 670.0, 2015, False)),
    ("到2025年，森林覆盖率比“十三五”末提高2个百分点。", (2.0, None, 2020, False)),
    ("2014年，福建省将投资近4.3亿元。", (4.3, None, None, True)),
    # a split's base values after its base year, one for each item (the last item's here)
    ("化学需氧量、氨氮排放总量分别控制在10.9万吨、0.91万吨以内，比2010年的12.4万吨、1.07万吨分别减少11.9%、15.5%。",
     (15.5, 1.07, 2010, False)),
]


@pytest.mark.parametrize("text,want", BASELINES)
def test_baseline_base_year_and_approximate(text, want):
    t = policyparse.parse_text(text).targets[-1]
    assert (t.value, t.baseline, t.baseline_year, t.approximate) == want
    assert t.year != t.baseline_year or t.year is None  # a base year is never the target's year
    assert t.text[t.value_span[0] - t.span[0]:].startswith(str(int(t.value)))


def test_a_page_printed_twice_gives_each_target_once():
    body = "今年城镇新增就业1100万人以上，城镇调查失业率5.5%左右。\n要坚持就业优先，确保重点群体就业稳定。"
    plan = policyparse.parse_text("国务院政府工作报告要点\n" + body + "\n相关新闻\n" + body, candidates=True)
    assert [t.value for t in plan.targets] == [1100.0, 5.5]
    assert [c.verdict for c in plan.candidates].count("repeat") == 2


def test_a_list_items_words_are_its_own_whatever_stands_before_the_list():
    # (选择20项零部件、15项材料 and 选择20项零部件,、15项材料: one item restated, read as the same words)
    from policyparse.scope import _clause_before
    from policyparse.targets import extract
    a, b = "选择20项左右核心基础零部件、15项左右关键基础材料。", "选择20项左右核心基础零部件,、15项左右关键基础材料。"
    fa, fb = extract(a)[1], extract(b)[1]
    assert fa.value == fb.value == 15 and _clause_before(a, fa) == _clause_before(b, fb) == "15项左右"


def test_a_goal_restated_in_other_words_is_kept_twice():
    text = ("某校三年行动方案\n一、目标\n在三年内，提高学校整体教育质量指标10%以上。\n"
            "二、预期成果\n学校整体教育质量指标提高10%以上。")
    assert [t.value for t in policyparse.parse_text(text).targets] == [10.0, 10.0]


@pytest.mark.parametrize("text", [
    "某省“十四五”文化和旅游发展规划\n2019年，全省接待游客8.07亿人次，增长25.14%。\n到2025年，接待游客总人数10亿人次以上。",
    # a plan that states its length (三年规划), its years in the text; a span before it, the lead of its sentence
    "某省文化和旅游三年规划\n规划期为2023—2025年。\n2019至2022年，全省接待游客8.07亿人次；增长25.14%。\n"
    "到2025年，接待游客总人数10亿人次以上。",
])
def test_a_year_before_the_plans_period_is_a_result(text):
    plan = policyparse.parse_text(text, candidates=True)
    assert [(t.value, t.year) for t in plan.targets] == [(10.0, 2025)]
    assert {c.number: c.verdict for c in plan.candidates}["8.07亿人次"] == "fact"


@pytest.mark.parametrize("text,values", [
    ("“十三五”以来，城镇新增就业累计达257.49万人。就业结构持续优化，高技能人才达到118.5万人。\n到2025年，城镇新增就业200万人以上。",
     [200.0]),
    ("过去五年，全市新建学校35所，新增学位4.2万个。\n今后五年，新建学校40所。", [40.0]),
    ("近年来，我县建成乡镇卫生院12所，全县经济平稳。今后三年，力争新建村卫生室30个。", [30.0]),
    ("近年，我市休闲农业发展势头良好。截至2012年年底，全市休闲农业企业总数达到915个，其中休闲农业园区163个。\n"
     "到2020年，我市将建成休闲农业园区30个。", [30.0]),
    # a short lead clause before the look-back (据介绍，党的十八大以来，…)
    ("据介绍，党的十八大以来，可再生能源实现跨越式发展，装机规模突破10亿千瓦。风电装机容量连续12年稳居世界第一。\n"
     "到2025年，可再生能源年发电量达到3.3万亿千瓦时左右。", [3.3]),
    # last year's review (去年，…); a rating reported with 将…列为 does not turn it forward
    ("某市2014年工作要点\n去年，全市新建学校5所、增加学位3000个。某刊将本市列为新二线城市，城镇化率达53.2%。\n"
     "今年新建学校8所，新增学位5000个以上。", [8.0, 5000.0]),
    ("某县2016年工作要点\n上年度，全县新建学校5所，城镇化率达到48%。\n今年新建学校8所。", [8.0]),
    # a report's review introduced as such (在回顾…工作时，…说：)
    ("第十七届人民代表大会第六次会议隆重开幕\n3月2日上午，某县第十七届人民代表大会第六次会议隆重开幕。\n县长向大会作政府工作报告。"
     "在回顾2015年和“十二五”工作时，县长说：2015年，我们迎难而上，干成了一批大事。全年实现生产总值83.91亿元、增长10.8%，"
     "完成财政总收入4.17亿元、增长6.1%，基本完成年度目标任务。\n", []),
    # a sentence opening looking back in the middle of a paragraph; 预期寿命 is no forward word
    ("某市妇女发展规划\n妇女是重要力量。五年来，妇女事业长足发展。人均预期寿命达到84.36岁，高等教育毛入学率达到86.53%。\n"
     "到2025年，女性就业人员占比保持在45%以上。", [45.0]),
    # a line that only counts the list of names under it is a heading
    ("今年，本市将全面建设10条背街里巷示范路。\n10条道路\n和平区洛华里和平区桂林里\n9项标准\n环境卫生常态规范", [10.0]),
    # the same shape as items under a lead-in with a colon, or over lines of counts, is a target
    ("到2025年，建成：\n12个示范村\n5个示范镇", [12.0, 5.0]),
    ("到2025年，公厕密度达到4.1座/平方公里，绿道网密度不低于1公里/平方公里。", [4.1, 1.0]),
])
def test_the_values_a_whole_text_gives(text, values):
    """Paragraphs that open looking back report the past; headings that count a list set nothing."""
    assert [t.value for t in policyparse.parse_text(text).targets] == values


def test_news_of_a_work_report_takes_the_year_it_plans_for():
    """The year a report plans for (提出了2024年…目标任务) is its 今年; a paragraph of an earlier year is its review,
    however it opens (过去一年是…, 展示了2023年…成绩：…。一般公共预算收入…); slogans counted in straight quotes name things."""
    text = ("1月23日上午，某省人民代表大会开幕，省长代表省人民政府向大会报告工作。报告回顾了2023年工作，同时提出了2024年工作总体要求和目标任务。"
            "过去一年，全省地区生产总值达12.82万亿元、增长5.8%。今年经济社会发展主要预期目标也定了，其中地区生产总值增长5%以上。\n"
            '过去一年是本届政府履职的第一年，全面落实 " 四个走在前 " 重大任务，制定实施八个 " 行动方案 "。\n'
            "报告晒出的一组组数据，也展示了2023年某省经济发展取得的新成绩：地区生产总值达12.82万亿元、增长5.8%。一般公共预算收入9930亿元、增长7.3%。\n"
            "报告也定下了今年经济社会发展主要预期目标：地区生产总值增长5%以上，城镇新增就业120万人以上。")
    plan = policyparse.parse_text(text, candidates=True)
    assert plan.metadata.doc_kind == "report" and (plan.metadata.period_start, plan.metadata.period_end) == (2024, 2024)
    assert [(t.value, t.year) for t in plan.targets] == [(5.0, 2024), (120.0, 2024)]
    verdicts = {c.number: c.rule for c in plan.candidates}
    assert "looking back" in verdicts["9930亿元"] and "looking back" in verdicts["八个"]


@pytest.mark.parametrize("lead", ["提出了2023年全市发展指标体系安排，具体为：", "提出了2023年主要指标安排,具体为:",
                                  "明确了2023年全县经济社会发展主要指标，分别为："])
def test_news_of_a_plan_report_gives_the_indicators_it_lists_the_year_of_their_lead(lead):
    """A paragraph of the past year with no number (2022年，全市上下…) dates no list after it; the lead that opens
    the list (…指标体系安排，具体为：) names the year of every goal to the paragraph's end, over its full stops."""
    text = ("本报讯（记者 某某）12日上午，市发改委主任受市政府委托，向市人代会书面提交了《关于某市2022年计划执行情况与2023年计划草案的报告》。\n"
            "主任在报告中说，2022年，全市上下统筹推进疫情防控和经济社会发展，生产生活秩序全面复苏，主要经济指标持续回升，高质量发展取得积极成效。\n"
            "主任在报告中" + lead + "地区生产总值增长6%左右；规上工业增加值增长8%；一般公共预算收入增长5%。"
            "民生保障型指标方面，城镇登记失业率控制在3%以内。生态保护型指标方面，单位GDP能耗下降3%；空气优良率达85%。\n")
    plan = policyparse.parse_text(text)
    # (news of a plan report's goals, or the plan's goals as news gives them: either way its lead's list commits)
    assert plan.metadata.doc_kind in ("news", "plan")
    got = [(t.value, t.year) for t in plan.targets]
    assert got == [(6.0, 2023), (8.0, 2023), (5.0, 2023), (3.0, 2023), (3.0, 2023), (85.0, 2023)]


@pytest.mark.parametrize("text, want", [
    ("某镇2024年政府信息公开工作年度报告\n一、主动公开情况\n某镇2024年主动公开政府信息160条，其中，综合政务59条；人事信息1条；"
     "财政信息5条。\n二、2025年工作打算\n2025年新增公开栏3个。", [(3.0, 2025)]),
    ("某县2025年工作方案\n一、主要目标\n全县2023年新建学校5所；改造道路12公里；硬化村道30公里。全县2025年新建学校6所；改造道路15公里。",
     [(6.0, 2025), (15.0, 2025)]),
    ("某县2025年工作方案\n一、主要目标\n与2020年相比，新建学校5所；改造道路12公里。", [(5.0, 2025), (12.0, 2025)]),
])
def test_a_year_in_a_sentences_first_clause_goes_on_over_its_semicolons(text, want):
    """The clauses after a sentence's semicolons, to its full stop, go on in the year its first clause names (a year
    gone makes them facts); a base year (与2020年相比) is no such year."""
    assert [(t.value, t.year) for t in policyparse.parse_text(text).targets] == want


@pytest.mark.parametrize("lead", ["在民生保障上，力争到“十四五”末，", "到“十四五”末，", "力争到“十四五”末，全市"])
def test_a_five_year_plans_end_before_a_sentences_first_number_goes_on_over_its_semicolons(lead):
    """In a text to 2035, 力争到“十四五”末 after a topic's clause dates the clauses after the semicolons too (2025)."""
    text = ("某市远景发展纲要（2021—2035年）\n二、主要目标\n" + lead + "城镇化率达70%左右；城镇居民人均可支配收入由目前的3.5万元增长到5.3万元左右。\n"
            "到2035年，城镇化率达到80%。\n")
    assert [(t.value, t.year) for t in policyparse.parse_text(text).targets] == [(70.0, 2025), (5.3, 2025), (80.0, 2035)]


def test_a_report_that_states_its_year_just_before_its_goals_plans_for_that_year():
    """2025年是…收官之年, a paragraph before 主要预期目标是：… with no year of its own: the goals are 2025's."""
    text = ("地区生产总值增长5.6%以上，某区描绘新一年发展蓝图\n1月9日，某区第十九届人民代表大会第四次会议召开。会上，区长代表区人民政府向大会报告工作。\n"
            "2025年是实施“十四五”规划的收官之年，做好各项工作责任重大。\n新的一年，某区将坚持稳中求进工作总基调。\n"
            "经济社会发展主要预期目标是：地区生产总值增长5.6%以上，规模以上工业增加值增长7.5%以上，实际使用外资1.6亿美元。\n")
    plan = policyparse.parse_text(text)
    assert plan.metadata.doc_kind == "report" and plan.metadata.period_end == 2025
    assert [(t.value, t.year) for t in plan.targets] == [(5.6, 2025), (7.5, 2025), (1.6, 2025)]


@pytest.mark.parametrize("sentence, want", [
    ("推进90个重点项目，其中续建项目37个，2023年新开工项目37个。", [(90.0, 2025), (37.0, 2025), (37.0, 2023)]),
    ("推进90个重点项目，其中2023年新开工项目37个。", [(90.0, 2025), (37.0, 2023)]),
    ("2023年推进90个重点项目，其中新开工项目37个。", [(90.0, 2023), (37.0, 2023)]),
])
def test_a_year_among_the_parts_after_qizhong_dates_its_part_only(sentence, want):
    """其中…，2023年新开工项目37个: the year of one part, not of the total before 其中 (the plan's period end)."""
    text = "某市三年行动计划（2023—2025年）\n一、主要目标\n" + sentence + "\n"
    assert [(t.value, t.year) for t in policyparse.parse_text(text).targets] == want


def test_a_years_list_announced_dates_its_items_quotes_and_all():
    """发布2025年民生“十心”实事: the list's year, with its quoted name, is every item's."""
    text = "最新丨某区发布2025年民生“十心”实事!\n1月6日\n01\n交通畅行“顺心”实事\n▶新增公共停车位800个。\n▶新增公共充电桩1000个。\n"
    assert [(t.indicator, t.value, t.year) for t in policyparse.parse_text(text).targets] == \
        [("新增公共停车位", 800.0, 2025), ("新增公共充电桩", 1000.0, 2025)]


def test_an_indicator_table_flattened_a_cell_a_line_with_blank_lines_and_an_attribute_column():
    text = ("某县“十四五”教育事业发展主要指标表\n指  标\n\n2020年\n\n2025年\n\n属性\n\n一、发展水平\n\n"
            "1.学前教育毛入园率(%)\n\n99%\n\n99%以上\n\n约束性\n\n2.义务教育巩固率(%)\n\n100%\n\n100%\n\n约束性\n\n"
            "二、优质资源建设\n\n1.普惠性幼儿园覆盖率(%)\n\n86.44%\n\n90%以上\n\n预期性\n")
    got = [(t.indicator, t.comparator, t.value, t.year) for t in policyparse.parse_text(text).targets]
    assert got == [("学前教育毛入园率", ">=", 99.0, 2025), ("义务教育巩固率", "=", 100.0, 2025),
                   ("普惠性幼儿园覆盖率", ">=", 90.0, 2025)]


def test_a_table_pasted_as_markdown_cells_one_a_line_with_notes_in_its_headers():
    text = ("其中主要指标如下：\n指标 |\n2020年基期值(起始日期用作比较的数据) |\n2025年目标值(各项目标应达到的水平) |\n"
            "年均增(5年累计) |\n粮食综合生产能力(亿吨) |\n一 |\n>6.5 |\n一 |\n农业科技进步贡献率(%) |\n60 |\n64 |\n[4] |\n")
    got = [(t.indicator, t.comparator, t.value, t.unit, t.year) for t in policyparse.parse_text(text).targets]
    assert got == [("粮食综合生产能力", ">", 6.5, "亿吨", 2025), ("农业科技进步贡献率", "=", 64.0, "%", 2025),
                   ("农业科技进步贡献率", "=", 4.0, "个百分点", 2025)]  # its five years' change, 年均增(5年累计)


def test_a_table_a_cell_a_line_closed_by_bars_with_a_number_a_unit_a_base_year_and_a_lead_column():
    """序号 | 指标名称 | 单位 | 2023年 | 2025年 | 2027年 | 牵头单位, a cell a line each closed by a bar: the base year before
    the plan's period is what was; cells in words (建成, 持续改善) leave the row in line; two like cells stay two."""
    cells = ["序号", "指标名称", "单位", "2023年", "2025年", "2027年", "牵头单位",
             "1", "人均预期寿命", "岁", "78.09", "≥79.2", "≥80", "市卫健局",
             "2", "居民健康素养水平", "%", "30.15", "每年提升2%左右", "每年提升2%左右", "市卫健局",
             "3", "省级慢性病综合防控示范区", "个", "0", "建成", "建成", "市卫健局",
             "4", "5岁以下儿童死亡率", "‰", "4.53", "持续改善", "持续改善", "市卫健局",
             "5", "道路交通事故死亡率", "/10万", "7.45", "较2022年 下降3%", "较2025年 下降3%", "市公安局",
             "6", "空气质量优良天数比例", "%", "84.7", "≥86", "≥87", "市生态环境局"]
    text = "某市人均预期寿命提升行动计划（2024-2027年）主要目标任务\n" + "".join(c + " |\n" for c in cells)
    got = [(t.indicator, t.comparator, t.value, t.change, t.year) for t in policyparse.parse_text(text).targets]
    assert got == [("人均预期寿命", ">=", 79.2, None, 2025), ("人均预期寿命", ">=", 80.0, None, 2027),
                   ("居民健康素养水平", "=", 2.0, "increase", 2025), ("居民健康素养水平", "=", 2.0, "increase", 2027),
                   ("道路交通事故死亡率", "=", 3.0, "decrease", 2025), ("道路交通事故死亡率", "=", 3.0, "decrease", 2027),
                   ("空气质量优良天数比例", ">=", 86.0, None, 2025), ("空气质量优良天数比例", ">=", 87.0, None, 2027)]


def test_a_numbered_table_a_cell_a_line_whose_text_ends_inside_its_last_row():
    """The text ends in the last row, which has no unit cell: that row is read, nothing raises."""
    cells = ["序号", "指标", "单位", "2025年", "2027年", "1", "人均预期寿命", "岁", "79", "80",
             "2", "孕产妇死亡率", "/10万", "9", "8", "3", "婴儿死亡率", "4.5", "3.5"]
    text = "某县行动计划主要目标\n" + "".join(c + " |\n" for c in cells)
    got = [(t.indicator, t.value) for t in policyparse.parse_text(text).targets]
    assert got[-2:] == [("婴儿死亡率", 4.5), ("婴儿死亡率", 3.5)] and len(got) == 6


def test_a_bar_table_with_a_number_column_a_group_row_and_a_row_of_two_measures():
    """序号 | 任务名称 | 现值 | 2023年目标 | 2025年目标 | 2027年目标 | 责任单位, each row opening on its number under a group
    row (一、发展目标); a row naming two measures with their units (…(个)、…(亿元)) gives both from cells of two values."""
    text = ("某县强村富民行动方案（2023—2027年）主要目标\n"
            "序号 | 任务名称 | 现值 | 2023年目标 | 2025年目标 | 2027年目标 | 责任单位 |\n|\n一、发展目标 |\n"
            "1 | 滚动推进重大项目(个)、完成投资额(亿元) | — | 15、37 | — | 40、500 | 县发改局 |\n|\n"
            "2 | 常住人口城镇化率(%) | 74.5 | 74.5 | 75 | 77 | 县发改局、县统计局 |\n|\n"
            "3 | 村级集体经济总收入(亿元) | 11.2 | 11.9 | 12.8 | 14 | 县农业农村局 |\n")
    got = [(t.indicator, t.value, t.unit, t.year) for t in policyparse.parse_text(text).targets]
    assert got == [("滚动推进重大项目", 15.0, "个", 2023), ("完成投资额", 37.0, "亿元", 2023),
                   ("滚动推进重大项目", 40.0, "个", 2027), ("完成投资额", 500.0, "亿元", 2027),
                   ("常住人口城镇化率", 74.5, "%", 2023), ("常住人口城镇化率", 75.0, "%", 2025), ("常住人口城镇化率", 77.0, "%", 2027),
                   ("村级集体经济总收入", 11.9, "亿元", 2023), ("村级集体经济总收入", 12.8, "亿元", 2025),
                   ("村级集体经济总收入", 14.0, "亿元", 2027)]


_ONE_YEAR_HEAD = ["序号", "指 标", "单位", "属性", "“十四五”目标", "", "2025年", "年均[累计]"]
_ONE_YEAR_ROWS = [["1", "地区生产总值年均增长率", "%", "预期性", "-", "5左右"],
                  ["2", "全员劳动生产率", "万元/人", "预期性", "36左右", "-"],
                  ["3", "在沪跨国公司地区总部数量[1]", "家", "预期性", "-", "[累计达到1000]"],
                  ["4", "城镇调查失业率", "%", "预期性", "-", "<5.5"],
                  ["5", "单位建设用地生产总值提升", "%", "预期性", "-", "[20]"],
                  ["6", "旧里房屋改造面积", "万平 方米", "约束性", "45", "-"]]
_ONE_YEAR_WANT = [("地区生产总值年均增长率", "=", 5.0, "%", "year", 2025), ("全员劳动生产率", "=", 36.0, "万元/人", None, 2025),
                  ("在沪跨国公司地区总部数量", ">=", 1000.0, "家", None, 2025), ("城镇调查失业率", "<", 5.5, "%", "year", 2025),
                  ("单位建设用地生产总值", "=", 20.0, "%", None, 2025), ("旧里房屋改造面积", "=", 45.0, "万平方米", None, 2025)]


def test_a_numbered_table_a_cell_a_line_with_a_merged_group_column_a_row_without_a_unit_and_lead_columns():
    """领域 | 序号 | 主要指标 | 单位 | 2022年 | 2025年 | 2027年 | 牵头单位, the group (健康水平) a merged cell before the first
    number of its rows, a row with no unit cell: each row from its number to the next one's; the year before the one
    the list was written in (dated 2025) is what was."""
    cells = ["领域", "序号", "主要指标", "单位", "2022年", "2025年", "2027年", "牵头单位",
             "健康水平", "1", "人均预期寿命", "78.2", "≥79.2", "≥80", "县卫健局",
             "2", "孕产妇死亡率", "/10万", "9.7", "<9", "<8.5", "县卫健局",
             "健康服务", "3", "每千人口执业(助理)医师数", "人", "2.1", "2.5", "2.8", "县卫健局"]
    text = "某县人均预期寿命提升行动计划主要目标\n" + "".join(c + " |\n" for c in cells) + "某县人民政府办公室\n2025年4月25日\n"
    got = [(t.indicator, t.comparator, t.value, t.unit, t.year) for t in policyparse.parse_text(text).targets]
    assert got == [("人均预期寿命", ">=", 79.2, None, 2025), ("人均预期寿命", ">=", 80.0, None, 2027),
                   ("孕产妇死亡率", "<", 9.0, "/10万", 2025), ("孕产妇死亡率", "<", 8.5, "/10万", 2027),
                   ("每千人口执业(助理)医师数", "=", 2.5, "人", 2025), ("每千人口执业(助理)医师数", "=", 2.8, "人", 2027)]


@pytest.mark.parametrize("layout", ["cells", "lines"])
def test_an_indicator_table_with_one_years_column_and_a_yearly_or_cumulative_one(layout):
    """序号 | 指标 | 单位 | 属性 | 2025年 | 年均[累计], a cell a line each closed by a bar under a group head (“十四五”目标)
    and an empty cell, or a row a line: the year's column, the yearly rate out of brackets and the plan's total in them;
    a note's mark ([1]) and a unit broken by a space are no part of the name or the unit."""
    if layout == "cells":
        text = "表：某市“十四五”规划主要指标\n" + "".join(c + " |\n" for c in _ONE_YEAR_HEAD + [c for r in _ONE_YEAR_ROWS for c in r])
    else:
        text = "表：某市“十四五”规划主要指标\n" + "\t".join(h for h in _ONE_YEAR_HEAD[1:] if h and "目标" not in h) + "\n" + \
            "".join("\t".join(r[1:]) + "\n" for r in _ONE_YEAR_ROWS)
    got = [(t.indicator, t.comparator, t.value, t.unit, t.frequency, t.year) for t in policyparse.parse_text(text).targets]
    assert got == _ONE_YEAR_WANT


@pytest.mark.parametrize("empty", ["|\n", " |\n", "｜\n"])
def test_an_empty_cell_of_a_table_a_cell_a_line_keeps_the_rows_in_step(empty):
    """An empty cell is a line of a bar alone, or a second bar after the cell before (Mbps | |)."""
    text = ("发展目标与时间表如下：\n指标 |\n单位 |\n2013年 |\n2015年 |\n2020年 |\n城市接入能力 |\nMbps |\n8 |\n20 |\n50 |\n"
            "其中：发达城市 |\nMbps |" + empty + "100(部分城市) |\n1000(部分用户) |\n农村接入能力 |\nMbps |\n4 |\n4 |\n12 |\n")
    got = [(t.indicator, t.value, t.year) for t in policyparse.parse_text(text).targets]
    assert got == [("城市接入能力", 8.0, 2013), ("城市接入能力", 20.0, 2015), ("城市接入能力", 50.0, 2020),
                   ("发达城市", 100.0, 2015), ("发达城市", 1000.0, 2020),
                   ("农村接入能力", 4.0, 2013), ("农村接入能力", 4.0, 2015), ("农村接入能力", 12.0, 2020)]


@pytest.mark.parametrize("text,want", [
    ("节水目标分解表指标2016年2017年2018年再生水回用率30%40%55%农田灌溉水有效利用系数0.720.750.78",
     [("再生水回用率", 30.0, 2016), ("再生水回用率", 40.0, 2017), ("再生水回用率", 55.0, 2018),
      ("农田灌溉水有效利用系数", 0.72, 2016), ("农田灌溉水有效利用系数", 0.75, 2017), ("农田灌溉水有效利用系数", 0.78, 2018)]),
    ("主要指标2024年2025年管理类指标自备井关闭率-100%计划管理率65%100%",
     [("自备井关闭率", 100.0, 2025), ("计划管理率", 65.0, 2024), ("计划管理率", 100.0, 2025)]),
])
def test_a_table_copied_with_no_separators(text, want):
    """Doc-sharing sites glue a table's cells together: a run of years, then a name and a value per year."""
    assert [(t.indicator, t.value, t.year) for t in policyparse.parse_text(text).targets] == want


@pytest.mark.parametrize("text", [
    "指标  2023年  2024年  2025年\n" + "".join(f"覆盖率{i}  {i}%  {i + 1}%  {i + 2}%\n" for i in range(30)),  # a row a line
    "指标\n2024年\n2025年\n" + "".join(f"覆盖率{i}\n{i}%\n{i + 1}%\n" for i in range(30)),  # a cell a line
    "分解表指标2024年2025年" + "".join(f"覆盖率{chr(0x4e00 + i)}{i}%{i + 1}%" for i in range(30)),  # glued
])
def test_a_table_targets_text_is_its_row_not_the_whole_table(text):
    """Each target of a table pasted as text holds its row: the whole table per cell grew as rows²."""
    plan = policyparse.parse_text(text)
    assert len(plan.targets) >= 50
    assert all(len(t.text) < 40 and plan.text[t.span[0]:t.span[1]] == t.text for t in plan.targets)


@pytest.mark.parametrize("text,want", [
    # a news page: the headline and the lede sum up what the body then gives, in other words
    ("某市今年将新建34个微型消防站\n记者了解到，某市今年将新建34个微型消防站，提升基层火灾防控能力。\n"
     "根据《某市2025年微型消防站建设实施方案》，今年我市将建设34个微型消防站，其中甲镇20个、乙镇14个。",
     [(34, None), (20, "甲镇"), (14, "乙镇")]),
    ("某省出台意见\n《意见》提出，到2015年，全省粮食综合生产能力达到600亿公斤。\n"
     "具体来讲，全省粮食综合生产能力2012年达到570亿公斤，2015年达到600亿公斤。", [(600, None), (570, None)]),
    # a plan's goals restated in its tasks: both stand (its first target is under a numbered heading)
    ("某县学前教育行动计划\n一、总体目标\n到2025年，新建幼儿园20所。\n二、重点任务\n（一）新建幼儿园20所。",
     [(20, None), (20, None)]),
    # the headline under a line of spam or a site's name, restated by the lede and the body
    ("热门推荐，最新影视，免费下载，在线观看，某某网站，最新中文字幕免费完整版，高清资源合集\n2024年全国将抽检120万批次食品\n时间：\n"
     "近日，某局下发2024年抽检计划，安排全年抽检120万批次，其中本级抽检3万批次。\n按照要求，共抽检120万批次。",
     [(120, None), (3, None)]),
    ("某某门户网\n某区今年将改造老旧小区18个\n本报讯 今年，某区将改造老旧小区18个，惠及居民5000户。",
     [(18, None), (5000, None)]),
    # the lede's year stated, the body's sentence naming 今年 in another clause: the same year, one target
    ("某区村村通将达到全覆盖\n4月25日，记者了解到，2012年6月底前，该区16个乡镇广播电视覆盖率将达到100%。\n"
     "该区按照七个步骤推进今年的村村通工作，在2012年6月底前完成安装任务，全区乡镇广播电视覆盖率将达到100%。",
     [(100, None)]),
    # another year is another target
    ("某市推进绿化\n记者了解到，今年将新增绿地200公顷。\n明年，全市将新增绿地200公顷。", [(200, None), (200, None)]),
    # a headline shortens the unit the body gives in full (13.9亿 over 13.9亿人)
    ("“十二五”时期总人口控制在13.9亿以内\n规划提出，“十二五”期间，全国总人口控制在13.9亿人以内。", [(13.9, None)]),
    # subheadings in 【】 and the original headline's line restate the goal of the paragraph under them
    ("某省体育规划出台\n【体育产业总规模超过7200亿元】\n“十四五”时期，全省体育产业总规模要超过7200亿元。\n"
     "【新建健身步道】\n到2025年新建健身步道500公里。", [(7200, None), (500, None)]),
    ("某省将实现人均体育场地面积3.6平方米\n2021年11月18日 来源：某台\n原标题：某省体育规划出台 实现人均体育场地面积3.6平方米\n"
     "近日，《某省体育发展“十四五”规划》出台。\n到2025年，全省人均体育场地面积达到3.6平方米。", [(3.6, None)]),
])
def test_a_lede_restated_by_the_body_is_one_target(text, want):
    got = sorted((t.value, t.scope) for t in policyparse.parse_text(text).targets)
    assert got == sorted((float(v), s) for v, s in want)


ALLOCATION = ("某市2022年老旧小区改造计划\n组织编制2022年城镇老旧小区改造计划，各县区任务如下：\n"
              "县(市、区) |\n项目数量 |\n小区数 |\n建筑面积(万平方米) |\n全市小计: |\n20 |\n25 |\n60.5 |\n"
              "甲区 |\n12 |\n15 |\n40.1 |\n乙县 |\n8 |\n10 |\n20.4 |\n正在改造中的小区\n")


@pytest.mark.parametrize("text,want", [
    # two tables side by side run onto one line under a caption with the year
    ("附表：2024年无偿献血任务分配表 村 别 任务数(人) 备 注 单 位 任务数(人) 备 注 甲村 6 农技站 2 乙村 6 小 学 6 "
     "丙村 5 国土、建设 1 社 区 9 合计 35\n",
     [("任务数", 6.0, "人", "甲村", 2024), ("任务数", 2.0, "人", "农技站", 2024), ("任务数", 1.0, "人", "国土、建设", 2024),
      ("任务数", 35.0, "人", None, 2024)]),
    # spaces gone between the names and the numbers
    ("各乡镇分配名额（个）：东城镇12西城镇8南山乡5北岭乡6中和乡4合计35\n",
     [("分配名额", 12.0, "个", "东城镇", None), ("分配名额", 4.0, "个", "中和乡", None)]),
])
def test_places_and_counts_run_onto_one_line_under_the_counts_heading(text, want):
    got = {(t.indicator, t.value, t.unit, t.scope, t.year) for t in policyparse.parse_text(text).targets}
    assert set(want) <= got
    assert all(t.indicator in ("任务数", "分配名额") for t in policyparse.parse_text(text).targets)


def test_a_count_heading_over_too_few_pairs_is_no_table():
    from policyparse.targets import flattened_tables
    assert flattened_tables("今年计划任务数(人) 甲村 6 乙村 5，其余待定。") == []


def test_an_allocation_table_a_cell_a_line_gives_a_target_per_number():
    """Columns of what is counted, rows of places: the column names the indicator, the row the scope."""
    got = {(t.indicator, t.value, t.unit, t.scope, t.year) for t in policyparse.parse_text(ALLOCATION).targets}
    assert ("项目数量", 12.0, "", "甲区", 2022) in got
    assert ("建筑面积", 20.4, "万平方米", "乙县", 2022) in got
    assert ("小区数", 25.0, "", None, 2022) in got  # the row of the whole is for no group
    assert len(got) == 9


def test_a_table_the_line_above_calls_a_ranking_allocates_nothing():
    """The same columns and rows under 排名及数据 (or 统计表, 基本情况): counts of what is, not tasks."""
    ranking = ALLOCATION.replace("组织编制2022年城镇老旧小区改造计划，各县区任务如下：", "（四）各县区老旧小区排名及数据")
    assert policyparse.parse_text(ranking).targets == []
    assert len(policyparse.parse_text(ALLOCATION).targets) == 9


def test_an_allocation_table_in_a_page_gives_a_target_per_number():
    html = ("<html><body><h1>某县2024年农村改厕实施方案</h1><p>到2024年底完成以下任务。</p><table>"
            "<tr><td>乡镇</td><td>改厕户数</td><td>公厕座数</td></tr>"
            "<tr><td>城关镇</td><td>300</td><td>4</td></tr><tr><td>新华乡</td><td>250</td><td>3</td></tr>"
            "</table></body></html>").encode("utf-8")
    got = {(t.indicator, t.value, t.scope) for t in policyparse.parse_bytes(html, "a.html").targets}
    assert got == {("改厕户数", 300.0, "城关镇"), ("公厕座数", 4.0, "城关镇"), ("改厕户数", 250.0, "新华乡"),
                   ("公厕座数", 3.0, "新华乡")}


@pytest.mark.parametrize("text", [
    # |-rows of a name and its counts under a header of words, a trailing bar or none, a caption with a year above
    "某省2019年高标准农田建设方案\n2019年各市建设任务表\n市 别 | 建设面积(万亩) | 投资(亿元) |\n甲市 | 80 | 12 |\n"
    "乙市 | 45.5 | 6.8 |\n丙市 | 30 | 4 |\n各市要按期完成任务。",
    "某省2019年高标准农田建设方案\n2019年各市建设任务表\n市 别 | 建设面积(万亩) | 投资(亿元)\n甲市 | 80 | 12\n"
    "乙市 | 45.5 | 6.8\n丙市 | 30 | 4\n各市要按期完成任务。",
])
def test_an_allocation_table_of_bar_rows_with_no_year_in_its_header(text):
    got = {(t.indicator, t.value, t.unit, t.scope, t.year) for t in policyparse.parse_text(text).targets}
    assert {("建设面积", 80.0, "万亩", "甲市", 2019), ("投资", 6.8, "亿元", "乙市", 2019),
            ("建设面积", 30.0, "万亩", "丙市", 2019)} <= got
    assert len(got) == 6


@pytest.mark.parametrize("text", [
    # a list of names or a table of words is no allocation table
    "序号\n项目名称\n建设内容\n1\n甲项目\n新建\n2\n乙项目\n改造\n3\n丙项目\n新建\n4\n5\n6\n",
    "某县简介\n全县面积\n人口\n乡镇\n1200\n35\n12\n正文。\n1\n2\n3\n",
])
def test_no_allocation_table_where_rows_are_no_name_and_numbers(text):
    assert not [t for t in policyparse.parse_text(text).targets if t.scope]


def test_an_allocation_table_with_row_numbers_and_a_merged_cell():
    """序号 before each row's name, a merged city cell before the first, empty cells as bare bars."""
    text = ("某省2023年城镇老旧小区改造计划\n附件 |\n||||\n序号 |\n城市 |\n县(市、区) |\n小区数(个) |\n楼栋数(栋) |\n"
            "甲市 |\n全市小计: |\n30 |\n120 |\n|||\n1 |\n其中:1.东区 |\n20 |\n80 |\n|||\n2 |\n2.西区 |\n10 |\n40 |\n|||\n")
    got = {(t.indicator, t.value, t.unit, t.scope) for t in policyparse.parse_text(text).targets}
    assert got == {("小区数", 30.0, "个", None), ("楼栋数", 120.0, "栋", None), ("小区数", 20.0, "个", "东区"),
                   ("楼栋数", 80.0, "栋", "东区"), ("小区数", 10.0, "个", "西区"), ("楼栋数", 40.0, "栋", "西区")}


@pytest.mark.parametrize("a,b,same", [
    ("導(dǎo)航位置服務(wù)新興產(chǎn)業(yè)產值", "导航位置服务新兴产业产值", True),  # glosses kept by gold, dropped by cleaning
    ("縣域地區(qū)生產(chǎn)總值", "县域地区生产总值", True),
    ("城镇化率", "森林覆盖率", False),
    ("学前教育毛入园率(%)", "学前教育毛入园率", True),
])
def test_indicators_compare_without_pinyin_glosses_or_script(a, b, same):
    assert indicators_overlap(a, b) is same


def test_units_compare_without_pinyin_glosses():
    from policyparse.evaluate import same_target
    gold = {"indicator": "營(yíng)造林", "comparator": ">=", "value": 390.0, "unit": "萬(wàn)畝", "change": None}
    assert same_target({"indicator": "營造林", "comparator": ">=", "value": 390.0, "unit": "萬畝", "change": None}, gold)
    assert not same_target({"indicator": "營造林", "comparator": ">=", "value": 390.0, "unit": "畝", "change": None}, gold)
    # a unit's alternative in brackets, kept as printed (15条(段), 2.4万套(间)), is the same unit as its first counter
    line = {"indicator": "新建地铁线", "comparator": "=", "value": 15.0, "unit": "条", "change": None}
    assert same_target({**line, "unit": "条(段)"}, line) and not same_target({**line, "unit": "段"}, line)
    # a unit in either script (億元 as the page prints it, 亿元 as gold may write it) is one unit
    gdp = {"indicator": "生產(chǎn)總值", "comparator": ">=", "value": 120.0, "unit": "亿元", "change": None}
    assert same_target({**gdp, "indicator": "生產總值", "unit": "億元"}, gdp)
    assert not same_target({**gdp, "indicator": "生產總值", "unit": "萬元"}, gdp)


def test_a_start_year_an_aside_and_a_later_colon_set_no_year_of_the_section():
    """自2021年起 is where the work starts; (2021年完成…) is the aside's; 其中： sentences later is no lead-in:
    the total and its split take the plan's end, 2023."""
    text = ("2021某市燃气管网改造方案\n一、工作任务 自2021年起，利用3年时间，实施全面改造。改造老旧燃气管网593公里"
            "(2021年完成200.3公里，2022年完成191.9公里)。其中：甲区51.1公里、乙区20.0公里。")
    got = [(t.value, t.year, t.scope) for t in policyparse.parse_text(text).targets]
    assert got == [(593.0, 2023, None), (200.3, 2021, None), (191.9, 2022, None), (51.1, 2023, "甲区"), (20.0, 2023, "乙区")]


PROGRESS = ("序号 | 项目名称 | 项目内容 | 当前进展情况 | 进度评价 | 主办单位 |\n"
            "1 | 人居环境整治工程 | 推广治理新模式，试点村达到100个。 | 试点村已达到100个； | 已完成 | 县专班 |\n"
            "新增国家卫生乡镇2个、省级美丽乡村3个。 | 2个乡镇验收材料已准备完毕，3个美丽乡村已建成。 | 已完成 | |||\n"
            "完成生活污水治理村庄61个。 | 61个村庄已全部开工，其中44个已完成治理。 | 正常推进 | |||\n"
            "持续推动垃圾分类， | 开展宣传活动10余次，分发手册20000余份。\n")


def test_a_progress_tables_tasks_are_goals_and_its_progress_cells_results():
    """The task column states the commitments; what was done (进展) and its evaluation (已完成) give none,
    even in rows that lost their first cells (merged in the source) or their evaluation (cut short)."""
    plan = policyparse.parse_text(PROGRESS)
    assert plan.metadata.doc_kind == "plan" and plan.metadata.title is None
    assert sorted(t.value for t in plan.targets) == [2.0, 3.0, 61.0, 100.0]
    verdicts = {c.number: c.verdict for c in policyparse.explain(PROGRESS) if c.number in ("44个", "10余次", "20000余份")}
    assert verdicts == {"44个": "fact", "10余次": "fact", "20000余份": "fact"}


def test_a_progress_tables_rows_that_lost_their_first_cell_and_end_on_an_empty_one():
    """项目 | 序号 | 内容及要求 | 牵头单位 | 配合单位 | 截至6月底完成情况 |, then rows whose 项目 cell was merged above and
    which end on an empty cell: their progress stands one cell to the left, and gives no target."""
    text = ("项目 | 序号 | 内容及要求 | 牵头单位 | 配合单位 | 截至6月底完成情况 |\n"
            "主要预期指标 | 1 | 地区生产总值增长5.6%。 | 发改局 | 经信局 | 一季度增速7.0%，列全市第2。 |\n"
            "4 | 规上工业增加值增长7.0%。 | 经信局 | 各街道 | 1-5月规上工业增加值增长18.0%。 | |\n"
            "5 | 固定资产投资300亿元以上。 | 发改局 | 住建局 | 其中，房地产投资完成90.5亿元，产业投资完成32.6亿元。 | |\n")
    assert sorted(t.value for t in policyparse.parse_text(text).targets) == [5.6, 7.0, 300.0]


@pytest.mark.parametrize("numbered", [True, False])
def test_a_progress_table_flattened_a_cell_a_line(numbered):
    """序号\n内容与要求\n进展情况\n责任单位\n…: the task lines are goals, the progress lines results; the row numbers
    may have gone as a page's lone numbers, the header then one cell wider than the rows."""
    rows = [("确保地区生产总值增长7%左右。", "地区生产总值增长5.2%。", "市发改委"),
            ("力争新兴产业增加值占比提升至44%；取得军工资质8本以上。", "新兴产业增加值占比达到40%，取得军工资质3本。", "市经信局")]
    body = "".join((f"{k}\n" if numbered else "") + "\n".join(r) + "\n" for k, r in enumerate(rows, 1))
    text = "市政府2020年重点工作一季度进展情况表\n分享：\n序号\n内容与要求\n进展情况\n责任单位\n" + body
    plan = policyparse.parse_text(text)
    assert plan.metadata.doc_kind == "plan" and sorted(t.value for t in plan.targets) == [7.0, 8.0, 44.0]
    from policyparse import progresstable
    assert progresstable.find(text)[0] == text.index("序号")  # (the header starts at its first cell, not 分享：)


@pytest.mark.parametrize("sep", [" ", ""])
def test_a_progress_table_of_cells_apart_by_spaces_or_run_together(sep):
    """序号 目标任务 责任单位 上半年推进情况, its cells apart by spaces (run together by the cleaning): a row's task
    ends at its full stop, its units follow, then its progress (…同比增长2.9%); or the units stand on lines of their own."""
    text = ("2025年区政府工作报告目标任务上半年推进情况汇总表\n" + sep.join(["序号", "目标任务", "责任单位", "上半年推进情况"]) +
            "\n一、经济社会发展主要预期目标\n" + sep.join(["1", "地区生产总值增长6%以上。", "区发展改革委", "地区生产总值同比增长2.9%。"]) +
            "\n" + sep.join(["2", "第一产业增加值增长5%。", "区农业农村委"]) + "\n区林业局\n区畜牧业发展中心\n第一产业增加值同比增长3.4%。\n" +
            sep.join(["3", "工业投资增长12%。", "区经济信息委", "工业投资同比增长23.5%。"]) + "\n")
    plan = policyparse.parse_text(text)
    assert [t.value for t in plan.targets] == [6.0, 5.0, 12.0]


def test_a_run_together_progress_tables_next_row_is_no_progress_of_the_row_above():
    """A row whose units stand on lines of their own and whose progress cell is empty: the line after them opens the
    next row (3工业投资增长12%。, its units and progress on lines of their own), a task, not the progress of the row
    above."""
    text = ("2025年区政府工作报告目标任务上半年推进情况汇总表\n序号目标任务责任单位上半年推进情况\n"
            "1地区生产总值增长6%以上。区发展改革委地区生产总值同比增长2.9%。\n2第一产业增加值增长5%。区农业农村委\n区林业局\n"
            "3工业投资增长12%。\n区经济信息委\n工业投资同比增长23.5%。\n")
    assert [t.value for t in policyparse.parse_text(text).targets] == [6.0, 5.0, 12.0]


def test_a_table_with_no_progress_column_is_no_progress_table():
    from policyparse import progresstable
    assert progresstable.find("指标 | 2024年 | 2025年 | 属性 |\n覆盖率 | 80% | 90% | 预期性 |\n") is None
    assert progresstable.find("项目内容 | 责任单位 | 完成时限 |\n新建学校5所 | 教育局 | 2025年底 |\n") is None


@pytest.mark.parametrize("text,want", [
    # a row a line, cells apart by |, a group heading between rows, a merged group cell before a row's name
    ("某省“十四五”生态保护主要指标\n指标 | 2020年 | 2025年 | 属性\n一、环境质量\n"
     "1.空气 | 城市空气质量优良天数比率(%) | 82.5 | >85 | 约束性\n地表水优良水质比例(%) | 70 | 75左右 | 约束性\n",
     [("城市空气质量优良天数比率", ">", 85.0, "%", 2025, False), ("地表水优良水质比例", "=", 75.0, "%", 2025, True)]),
    # a cumulative column: its way from the row name's last word, its value in brackets; a row short of its last cell
    ("指标 | 2015年 | 2020年 | 〔累计〕 | 属性\n单位生产总值能耗降低(%) | - | - | 〔15〕 | 约束性\n"
     "森林覆盖率(%) | 21.6 | 23 | 约束性\n新增建设用地(万亩) | - | - | [150] | 预期性\n",
     [("单位生产总值能耗", "=", 15.0, "%", 2020, False), ("森林覆盖率", "=", 23.0, "%", 2020, False),
      ("新增建设用地", "=", 150.0, "万亩", 2020, False)]),
    # a plan's one goal-year column (its period's end) under an indicator heading; the group cell printed on a
    # group's first row only, so the others come shifted left with an empty last cell; a goal in words
    ("某区卫生健康事业发展“十四五”规划\n表1 主要指标\n类别 | 序号 | 指标名称 | 单位 | 2025年 |\n"
     "健康水平 | 1 | 人均期望寿命 | 岁 | 83 |\n2 | 婴儿死亡率 | ‰ | <5 | |\n3 | 健康发展指数 | % | 达到市定水平 | |\n"
     "4 | 孕产妇死亡率 | 1/10万 | <7 | |\n服务体系 | 5 | 每万人全科医生数 | 人 | 4.50 |\n",
     [("人均期望寿命", "=", 83.0, "岁", 2025, False), ("婴儿死亡率", "<", 5.0, "‰", 2025, False),
      ("孕产妇死亡率", "<", 7.0, "/10万", 2025, False), ("每万人全科医生数", "=", 4.5, "人", 2025, False)]),
    # the same table with its base year's column only: facts, no goal
    ("某区卫生健康事业发展“十四五”规划\n表1 发展基础\n类别 | 序号 | 指标名称 | 单位 | 2020年 |\n"
     "健康水平 | 1 | 人均期望寿命 | 岁 | 82 |\n2 | 婴儿死亡率 | ‰ | 3.1 | |\n", []),
])
def test_a_table_of_rows_with_cells_apart_by_bars(text, want):
    got = [(t.indicator, t.comparator, t.value, t.unit, t.year, t.approximate) for t in policyparse.parse_text(text).targets]
    assert got == want


def test_a_cumulative_columns_way_comes_from_the_row_names_last_word():
    text = "指标 | 2020年 | 2025年 | 累计 | 属性\n单位产值能耗下降(%) | - | - | 〔13.5〕 | 约束性\n研发投入增长(%) | - | - | 〔20〕 | 预期性\n"
    got = [(t.indicator, t.value, t.change) for t in policyparse.parse_text(text).targets]
    assert got == [("单位产值能耗", 13.5, "decrease"), ("研发投入", 20.0, "increase")]


@pytest.mark.parametrize("text,want", [
    # a parent name and its parts, then each year's values one part after another
    ("某县教育发展主要指标表\n指标\n2020年\n2025年\n属性\n1.义务教育学校达标率(%)\n95%\n100%\n约束性\n"
     "2.标准班额比例(%)\n其中：小学\n初中\n34%\n77%\n80%以上\n85%以上\n预期性\n3.智慧校园比例(%)\n60%\n100%\n预期性\n",
     [("义务教育学校达标率", 100.0), ("标准班额比例", 80.0), ("标准班额比例", 85.0), ("智慧校园比例", 100.0)]),
    # a row and its part, each a row of its own, under a group heading
    ("指标\n2020年\n2025年\n属性\n一、发展水平\n1.毛入园率(%)\n90%\n95%\n约束性\n二、师资\n1.教师专科及以上学历比例(%)\n"
     "其中：本科及以上学历比例(%)\n97%\n49%\n100%\n60%\n预期性\n",
     [("毛入园率", 95.0), ("教师专科及以上学历比例", 100.0), ("本科及以上学历比例", 60.0)]),
])
def test_rows_stacked_in_one_merged_cell_flattened_a_cell_a_line(text, want):
    assert [(t.indicator, t.value) for t in policyparse.parse_text(text).targets] == want


@pytest.mark.parametrize("sentence,values", [
    # a class named by a bound in a clause of its own: the goal after it is set for that class
    ("到2025年，发病率高于100/10万的省份，年递降率不低于4.4%；发病率低于55/10万的省份，年递降率不低于1%。", [4.4, 1.0]),
    ("到2025年，1.人均收入低于3000元的村，集体收入增长10%以上。", [10.0]),
    ("到2025年，发病率在55/10万至100/10万之间的省份，年递降率不低于2.9%。", [2.9]),
    # a bound that is the goal itself, or a count with 的, stays
    ("到2025年，选择10个左右有基础的城市，开展试点。", [10.0]),
    ("到2025年，全市超过1000亿元的企业达到10家。", [10.0]),
    # counts of the text's own parts, right after the verb that sets them out
    ("《行动计划》提出5项发展目标，明确11项重点工作任务。到2025年，建成示范工厂30个。", [30.0]),
    ("方案提出重点工作任务23项，到2025年建成村级寄递服务站点500个。", [500.0]),
    ("《规划》主要将开展6项具体行动。到2025年，筛查率达到90%以上。", [90.0]),
])
def test_a_class_named_by_a_bound_or_a_count_of_the_texts_parts_sets_no_target(sentence, values):
    assert [t.value for t in policyparse.parse_text(sentence).targets] == values


@pytest.mark.parametrize("sentence,n", [
    # 存在…的 names a class of employers or places, not the present
    ("到2025年，存在职业病危害的用人单位负责人培训率达到90%以上。", 1),
    ("到2025年，存在安全隐患的自建房整治率达到100%。", 1),
    # 存在 as the verb of the present still reports
    ("目前仍存在较大差距，覆盖率仅为60%。", 0),
])
def test_cunzai_before_de_names_a_class(sentence, n):
    assert len(policyparse.parse_text(sentence).targets) == n


@pytest.mark.parametrize("text,want", [
    # a paragraph of a stage with no number in it over lines of goals: each line takes the stage's year
    ("发展目标：\n到2020年，基本形成市场机制，培育一批龙头企业。\n装配式建筑占新建建筑的比例20%以上。\n"
     "到2025年，建筑品质全面提升。\n装配式建筑占新建建筑的比例50%以上。",
     [(20.0, 2020, "paragraph"), (50.0, 2025, "paragraph")]),
    ("到2023年，体系初步建立。\n示范基地达到10个。\n到2027年，体系全面建成。\n示范基地达到30个。",
     [(10.0, 2023, "paragraph"), (30.0, 2027, "paragraph")]),
    # a stage paragraph with its own number leads its own line only
    ("到2025年，示范基地达到30个。\n加强宣传，每年举办培训5次。", [(30.0, 2025, "sentence"), (5.0, None, None)]),
])
def test_a_stage_paragraph_gives_its_year_to_the_lines_of_goals_below(text, want):
    got = [(t.value, t.year, t.year_source) for t in extract(text)]
    assert got == want


@pytest.mark.parametrize("sentence,want", [
    # places after a target: the same indicator, for those places
    ("到2020年，装配式建筑占新建建筑的比例20%以上，直辖市、计划单列市及省会城市30%以上。",
     [("装配式建筑占新建建筑的比例", 20.0, None), ("装配式建筑占新建建筑的比例", 30.0, "直辖市、计划单列市及省会城市")]),
    ("到2025年，公共建筑能耗降低10%，省会城市、计划单列市15%。",
     [("公共建筑能耗", 10.0, None), ("公共建筑能耗", 15.0, "省会城市、计划单列市")]),
])
def test_places_after_a_target_are_its_scope(sentence, want):
    got = extract(sentence)
    assert [(t.indicator, t.value, t.scope) for t in got] == want
    assert len({t.change for t in got}) == 1  # the places' value changes the way the first does


@pytest.mark.parametrize("sentence,want", [
    # towns whose names hold a verb's character (永建镇, 新建乡) are places still, in a list of places' parts
    ("2024年全县计划发展杂交玉米制种3万亩，其中：永建镇4000亩、大仓镇11000亩、庙街镇11000亩。",
     [(3.0, None), (4000.0, "永建镇"), (11000.0, "大仓镇"), (11000.0, "庙街镇")]),
    ("今年全县新建公园5个，其中：新建乡2个、河口镇3个。", [(5.0, None), (2.0, "新建乡"), (3.0, "河口镇")]),
])
def test_towns_named_with_a_verbs_character_are_places(sentence, want):
    from policyparse import roundup
    got = roundup.places_as_scopes(extract(sentence), sentence)
    assert [(t.value, t.scope) for t in got] == want
    assert len({t.indicator for t in got}) == 1


@pytest.mark.parametrize("sentence,want", [
    # the parts of a total in an aside opened by 其中 and a colon (…255个(其中:甲40个、乙60个)): each the total's measure there
    ("全市新增达标小区255个(其中:江都40个、邗江60个、开发区25个)，并建设投放站510座。",
     [("新增达标小区", 255.0, None), ("新增达标小区", 40.0, "江都"), ("新增达标小区", 60.0, "邗江"),
      ("新增达标小区", 25.0, "开发区"), ("建设投放站", 510.0, None)]),
    ("全年新建充电桩2000个（其中:城区1200个、乡镇800个）。",
     [("新建充电桩", 2000.0, None), ("新建充电桩", 1200.0, "城区"), ("新建充电桩", 800.0, "乡镇")]),
    # a rate named alone in its clause, then the kinds it is set for (经常性养护率，县道达到100%，乡道不低于60%)
    ("经常性养护率，县道达到100%，乡道不低于60%，村道不低于50%。",
     [("经常性养护率", 100.0, "县道"), ("经常性养护率", 60.0, "乡道"), ("经常性养护率", 50.0, "村道")]),
    ("到2025年，森林覆盖率，山区达到70%，平原达到30%。", [("森林覆盖率", 70.0, "山区"), ("森林覆盖率", 30.0, "平原")]),
    # a department (and its duty word) before a part names the part, however long its name
    ("全省新增改厕8万户，其中：省卫生厅负责3万户，省住房与城乡建设厅负责5万户。",
     [("新增改厕", 8.0, None), ("新增改厕", 3.0, "省卫生厅负责"), ("新增改厕", 5.0, "省住房与城乡建设厅负责")]),
])
def test_the_parts_a_measure_is_set_for_take_its_name(sentence, want):
    assert [(t.indicator, t.value, t.scope) for t in extract(sentence)] == want


@pytest.mark.parametrize("sentence,values", [
    # a class of things by their size before 的: no target, whatever the sentence sets for them
    ("2014年起，单体建筑面积超过2万平方米的新建公共建筑全面执行绿色建筑标准。", []),
    ("到2025年，投资规模在5000万元以上的项目全部纳入监管。", []),
    # a count with a bound is a quota
    ("到2025年，培育营业收入超过10亿元的企业10家以上。", [10.0]),
])
def test_a_class_by_size_sets_no_target(sentence, values):
    assert [t.value for t in extract(sentence)] == values


@pytest.mark.parametrize("sentence,want", [
    # a base year named 以…为基值: never the target's year; the cut is a decrease
    ("2018年工作目标：以2017年黑臭水体面积为基值，消减50%以上或基本消除黑臭水体。", [(50.0, "decrease", 2018)]),
    ("到2025年，工业危险废物填埋处置量下降幅度达10%。", [(10.0, "decrease", 2025)]),
    ("到2025年，主要污染物排放量削减8%。", [(8.0, "decrease", 2025)]),
])
def test_cuts_and_a_base_year_named_as_the_base(sentence, want):
    assert [(t.value, t.change, t.year) for t in extract(sentence)] == want


def test_counts_of_tasks_and_projects_a_plan_sets_out():
    text = "在2023年度实施方案中，某市部署了六大类23项具体任务及10项重点工程项目。到2025年，固体废物综合利用率达到60%。"
    assert [t.value for t in extract(text)] == [60.0]


@pytest.mark.parametrize("text,want", [
    # the plan's own five-year plan is what it sets (a 十二五 plan saying 十二五期间); a past one reports
    ("天然气发展“十二五”规划\n“十二五”期间，新增常规天然气探明地质储量3.5万亿立方米；新增煤层气探明地质储量1万亿立方米。",
     [3.5, 1.0]),
    ("某省“十四五”天然气发展规划\n“十二五”期间，新增探明储量3.5万亿立方米。到2025年，新增探明储量5万亿立方米。", [5.0]),
])
def test_a_plans_own_five_year_plan_is_no_past(text, want):
    assert [t.value for t in policyparse.parse_text(text).targets] == want


@pytest.mark.parametrize("text,want", [
    # a five-year plan over before the document's own year is looked back on, however the sentence names it
    ("2026年某市推进新型工业化行动方案\n依托十四五工业发展积淀——新增规上工业企业超370家，工业投资累计1196亿元。\n"
     "2026年，规上工业总产值增长5%。", [5.0]),
    ("某县国民经济和社会发展第十五个五年规划纲要（2026—2030年）\n“十四五”期间，全县新增城镇就业2.1万人。\n"
     "到2030年，城镇新增就业2.5万人。", [2.5]),
    ("2023年某区工作要点\n“十三五”时期，全区建成学校12所。\n2023年，新建学校3所。", [3.0]),
    ("2027年某县政府工作报告\n回顾“十四五”发展成就，地区生产总值年均增长6.2%。\n今年经济社会发展主要预期目标是：地区生产总值增长5.5%左右。", [5.5]),
    ("2月2日，2026年全市卫生健康工作会议召开。\n“十四五”时期，全市始终锚定高质量发展目标，人均预期寿命提升1.67岁，"
     "居民健康素养水平提升近10个百分点。\n2026年，全市将新增生育友好医院5家。", [5.0]),
    # in its own years the plan's five-year plan still sets goals
    ("2024年某市工作要点\n“十四五”期间，全市新增城镇就业10万人以上。", [10.0]),
])
def test_a_five_year_plan_over_before_the_document_is_looked_back_on(text, want):
    assert [t.value for t in policyparse.parse_text(text).targets] == want


def test_a_sentence_opening_on_a_year_gone_inside_a_paragraph_carries_it_to_the_paragraphs_end():
    text = ("2024年03月01日\n今年我市计划新改扩建中小学28所\n本报讯 教育是国计，也是民生。2023年我市共新改扩建幼儿园32所，新增学位9000个。"
            "新改扩建中小学28所，新增学位4万个。\n今年，计划新改扩建中小学28所，新增学位30000个。")
    assert [(t.value, t.year) for t in policyparse.parse_text(text).targets] == [(28.0, 2024), (30000.0, 2024)]


@pytest.mark.parametrize("text", [
    # a heading naming a five-year plan's goals dates the goals under it by that plan's end, labelled or not
    "某区2026年政府工作报告\n一、2025年工作回顾\n地区生产总值增长5.5%。\n二、“十五五”时期主要目标\n地区生产总值年均增长5%左右，规上工业总产值达1300亿元。",
    "2026年1月13日\n某区政府工作报告（摘要）\n2025年工作回顾\n地区生产总值增长5.5%。\n“十五五”时期主要目标\n地区生产总值年均增长5%左右，规上工业总产值达1300亿元。",
    "某县“十五五”规划纲要（2026—2030年）\n十五五发展目标：\n地区生产总值年均增长5%左右，规上工业总产值达1300亿元。",
])
def test_a_five_year_plans_goals_heading_dates_its_goals(text):
    assert [(t.value, t.year) for t in policyparse.parse_text(text).targets if t.year != 2025] == [(5.0, 2030), (1300.0, 2030)]


@pytest.mark.parametrize("text,want", [
    # 同比 in the section of a plan's goals is the goal's base (as in a lead's list of goals); elsewhere it reports
    ("某区2026年产业发展行动方案\n一、行动目标\n——产业能级实现新跨越。科技服务业营业收入同比增长15%；新培育专精特新企业10家以上。\n"
     "——创新能力获得新突破。技术合同成交额同比增长20%，形成高技术成果不少于5项。\n二、重点任务\n（一）新建智能工厂5个。",
     [15.0, 10.0, 20.0, 5.0, 5.0]),
    ("某县2025年工作要点\n（一）主要目标：\n全县地区生产总值同比增长6%左右，规上工业增加值同比增长8%。", [6.0, 8.0]),
    ("某区2026年产业发展行动方案\n一、工作进展\n1-10月，科技服务业营业收入同比增长15%。\n二、行动目标\n"
     "到2026年底，技术合同成交额增长20%，力争新培育高新技术企业30家，确保新增规上企业10家。", [20.0, 30.0, 10.0]),
])
def test_a_same_period_change_under_the_goals_heading_is_a_goal(text, want):
    assert [t.value for t in policyparse.parse_text(text).targets] == want


@pytest.mark.parametrize("sentence,want", [
    ("到2020年，户均配变容量不低于2千伏安。", [("户均配变容量", 2.0, "千伏安")]),
    ("到2025年，企业开办时间压缩至3个工作日以内。", [("企业开办时间", 3.0, "个工作日")]),
    ("到2020年，各馆面积不小于3000平方米，宽带接入4兆以上。", [("各馆面积", 3000.0, "平方米"), ("宽带接入", 4.0, "兆")]),
])
def test_units_of_more_fields(sentence, want):
    assert [(t.indicator, t.value, t.unit) for t in extract(sentence)] == want


def test_a_multiple_of_a_base_year_names_no_target_year():
    got = extract("预计到2020年，中压配变容量达到11.5亿千伏安，是2014年的1.4倍。")
    assert [(t.value, t.year) for t in got if t.unit != "倍"] == [(11.5, 2020)]


@pytest.mark.parametrize("sentence,want", [
    # a verb with its adverb alone before the number: the long name after it is what is counted
    ("到2025年，重点打造50个以林下经济为主体的省级现代林业示范区。", "以林下经济为主体的省级现代林业示范区"),
    # a count of a list: the head after 等
    ("到2025年，创建500个林下中药材、苗木花卉、森林食品等林下经济示范基地。", "林下经济示范基地"),
    # 高等 is no list's 等
    ("到2025年，建设60个职业教育改革试点专业、30个高等职业教育示范专业。", "职业教育改革试点专业"),
])
def test_what_a_count_counts_after_its_verb(sentence, want):
    assert want in extract(sentence)[0].indicator


@pytest.mark.parametrize("sentence,want", [
    ("到2018年底，全市欠发达村消除30%。", [(30.0, "decrease")]),
    ("面向女性农民，全年培育1000人，资金标准为4000元/人。", [(1000.0, None), (4000.0, None)]),
    ("一季度：预计放映公益电影75场，惠及观影群众约4500人次。", [(75.0, None), (4500.0, None)]),
])
def test_cues_and_cuts_of_more_fields(sentence, want):
    assert [(t.value, t.change) for t in extract(sentence)] == want


def test_counts_of_the_texts_own_contents():
    assert [t.value for t in extract("方案提出6大行动，具体开展16项建设内容。到2026年，储能装机达到100万千瓦。")] == [100.0]


@pytest.mark.parametrize("a,b", [("万平米", "万平方米"), ("万㎡", "万平方米"), ("万m2", "万平方米"), ("m3", "立方米"), ("％", "%")])
def test_scoring_reads_one_unit_however_written(a, b):
    from policyparse.evaluate import same_target
    t = {"indicator": "供热面积", "comparator": "=", "value": 100.0, "unit": a, "change": None}
    assert same_target(t, dict(t, unit=b))


@pytest.mark.parametrize("text,want", [
    # a goals section that opens over a five-year plan: the plan's period, its end the year of the goals
    ("（三）总体目标\n“十二五”期间，我市工业企业技术改造投资2700亿元以上，年均增长30%以上。\n每年实施重点技术改造项目100项以上。"
     "单位工业增加值能耗比“十一五”末降低16%。",
     [(2700.0, 2015), (30.0, 2015), (100.0, 2015), (16.0, 2015)]),
    # a news lede: the five-year plan after what the reporter heard
    ("记者从近日召开的全区植保工作会议了解到，“十二五”期间，某区将力争防治面积占应防面积的95%以上。\n"
     "全区每个乡镇至少建立1支病虫专业化防治队，植保信息覆盖95%的行政村。",
     [(95.0, 2015), (1.0, 2015), (95.0, 2015)]),
])
def test_a_five_year_plans_goals_without_a_title(text, want):
    plan = policyparse.parse_text(text)
    assert (plan.metadata.period_start, plan.metadata.period_end) == (2011, 2015)
    assert [(t.value, t.year) for t in plan.targets] == want


@pytest.mark.parametrize("sentence,want", [
    # a count after a task word is that task's, whatever cell follows; a task word before the next number labels it
    ("下达2022年计划：公共租赁住房基本建成任务700套城镇老旧小区改造新开工任务1062个小区、343420户完工任务1277个小区。",
     [("公共租赁住房基本建成任务", 700.0), ("城镇老旧小区改造新开工任务", 1062.0), ("城镇老旧小区改造新开工任务", 343420.0),
      ("完工任务", 1277.0)]),
    # a name that ends in 任务 and ends its clause stays
    ("到2015年，完成180处地灾危险点工程治理任务。", [("地灾危险点工程治理任务", 180.0)]),
])
def test_task_words_beside_counts(sentence, want):
    got = [(t.indicator, t.value) for t in extract(sentence)]
    assert [v for _, v in got] == [v for _, v in want]
    assert all(w in g or g in w for (g, _), (w, _) in zip(got, want)), got


@pytest.mark.parametrize("sentence,want", [
    # an age in an aside describes the group, whatever its bound
    ("主要安置城镇大龄失业人员(女性45周岁以上、男性55周岁以上)，全年开发公益性岗位1000个。", [1000.0]),
    ("安置农村大龄人员(45—65周岁)等群体，全年开发乡村公益性岗位2000个。", [2000.0]),
])
def test_an_age_in_an_aside_describes_who(sentence, want):
    assert [t.value for t in extract(sentence)] == want


@pytest.mark.parametrize("sentence,want", [
    # years listed before 每年: each of them, held by the last
    ("年度计划：2022年、2023年每年分别安排乡村公益性岗位约2.4万个，城镇公益性岗位约0.36万个。", [(2.4, 2023), (0.36, 2023)]),
    # years listed before 分别 with as many values: a year each
    ("到2025年、2035年，森林覆盖率分别达到26%、30%。", [(26.0, 2025), (30.0, 2035)]),
    # a start year (自2020年起) is not when the goal is due: the years of effort after it end it (2020–2022)
    ("自2020年起，利用3年左右时间，每县建设培育不少于1条步行街。", [(1.0, 2022)]),
])
def test_years_listed_each_year_and_a_start_year(sentence, want):
    assert [(t.value, t.year) for t in extract(sentence)] == want


@pytest.mark.parametrize("sentence,want", [
    # each value named after 分别: read as any list, none lost
    ("到2025年，分别新建乡村岗位2.4万个、城镇岗位0.36万个。", [2.4, 0.36]),
    # values with no names of their own after 分别 (multiples of a base year): no names made of 分别
    ("预计到2020年，变电容量达到21亿千伏安、线路长度达到101万公里，分别是2014年的1.5倍、1.4倍。", [21.0, 101.0]),
])
def test_values_after_fenbie(sentence, want):
    got = extract(sentence)
    assert [t.value for t in got if t.unit != "倍"] == want
    assert not any(t.indicator.startswith("分别") and t.unit == "倍" for t in got)


def test_a_cumulative_column_of_a_rates_change_is_in_points():
    """年均增(5年累计) over [4]: the header says which way; a rate given at its base and target moves by points,
    a row of dashes by a percentage."""
    text = ("指标 | 2020年基期值 | 2025年目标值 | 年均增(5年累计)\n农业科技进步贡献率(%) | 60 | 64 | [4]\n"
            "高标准农田面积(亿亩) | 8 | 10.75 | [2.75)\n能耗下降(%) | - | - | [13.5]\n")
    got = [(t.indicator, t.value, t.unit, t.change) for t in policyparse.parse_text(text).targets if t.value in (4.0, 2.75, 13.5)]
    assert got == [("农业科技进步贡献率", 4.0, "个百分点", "increase"), ("高标准农田面积", 2.75, "亿亩", "increase"),
                   ("能耗", 13.5, "%", "decrease")]


@pytest.mark.parametrize("text,want", [
    ("节水目标分解表指标2016年2017年2018年城镇人均日生活用水量75L/d75L/d70L/d供水管网漏损率14%12%10%",
     [(75.0, "L/d", 2016), (75.0, "L/d", 2017), (70.0, "L/d", 2018), (14.0, "%", 2016), (12.0, "%", 2017), (10.0, "%", 2018)]),
    ("指标  2024年  2025年\n热电机组容量  120MW  150MW\n", [(120.0, "MW", 2024), (150.0, "MW", 2025)]),
])
def test_a_table_cell_with_its_unit_in_letters(text, want):
    assert [(t.value, t.unit, t.year) for t in policyparse.parse_text(text).targets] == want


@pytest.mark.parametrize("sentence,want", [
    # the set a count is drawn from (…的150项…范围的30处): a qualifier; what is counted follows the count
    ("“十四五”时期优先推进纳入国务院确定的150项重大水利工程建设范围的30处新建大型灌区。", [("新建大型灌区", 30.0)]),
    ("到2025年，在全市50个重点村中的20个村建成示范点。", [("建成示范点", 20.0)]),
    # a bound's share keeps its own name
    ("教师培训经费安排不低于学校年度公用经费预算总额的5%。", [("教师培训经费", 5.0)]),
])
def test_a_set_a_count_is_drawn_from(sentence, want):
    got = [(t.indicator, t.value) for t in extract(sentence)]
    assert [v for _, v in got] == [v for _, v in want]
    assert all(w in g for (g, _), (w, _) in zip(got, want)), got


def test_a_goal_table_a_cell_a_line_with_a_unit_column_and_cells_ending_in_bars():
    text = ("某某发展目标与发展时间表 |\n指标 |\n单位 |\n2013 年 |\n2015 年 |\n2020 年 |\n1. 用户规模 |\n"
            "固定宽带接入用户 |\n亿户 |\n2.1 |\n2.7 |\n4.0 |\n其中:光纤到户用户 |\n亿户 |\n0.3 |\n0.7 |\n—— |\n"
            "大型企事业单位接入带宽 |\nMbps |\n|\n大于 100 |\n大于 1000 |\n")
    got = [(t.value, t.unit, t.year) for t in policyparse.parse_text(text).targets]
    assert (2.1, "亿户", 2013) in got and (4.0, "亿户", 2020) in got and (0.7, "亿户", 2015) in got
    assert (1000.0, "Mbps", 2020) in got


@pytest.mark.parametrize("text,want", [
    # a lead that opens a list of goals (考核指标为，): its lines ending in ； go on with it, a total between them too
    ("某省蓝天保卫战工作方案\n2019年各市空气质量考核指标为，甲市优良天数257天，PM2.5浓度为54微克/立方米；\n"
     "乙市优良天数276天，PM2.5浓度为53微克/立方米；\n丙市优良天数264天。\n三市平均优良天数265.7天。\n"
     "丁区优良天数246天；\n戊区优良天数250天，PM2.5浓度为67微克/立方米。\n全省共有监测站点120个。",
     [(257, 2019), (54, 2019), (276, 2019), (53, 2019), (264, 2019), (265.7, 2019), (246, 2019), (250, 2019),
      (67, 2019)]),
    ("某县水污染防治方案\n主要目标如下：\n城区黑臭水体消除比例为100%；\n县级饮用水水源地水质达标率为100%。\n"
     "全县现有污水处理厂3座。",
     [(100, None), (100, None)]),
])
def test_a_list_of_goals_after_its_lead_runs_over_its_lines(text, want):
    got = [(t.value, t.year) for t in policyparse.parse_text(text).targets]
    assert got == [(float(v), y) for v, y in want]


@pytest.mark.parametrize("text,want", [
    # a numbered heading that states the goal its paragraph then gives again: the paragraph's
    ("某市科技创新规划\n一、主要目标\n2、研发经费投入强度达到2.5%\n未来五年，全社会研发经费投入强度达到2.5%，科技进步贡献率达到60%。",
     [("全社会研发经费投入强度", 2.5), ("科技进步贡献率", 60)]),
    # numbered items of one value are items, not a heading and its repeat, nor a headline
    ("某县教育方案\n一、任务\n1.新建学校5所\n2.改造校舍5所\n3.培训教师200人",
     [("新建学校", 5), ("改造校舍", 5), ("培训教师", 200)]),
    # news of results that quotes the plan's yearly quotas (计划退出37座): the quotas, not the results
    ("9月19日，某市举行新闻发布会，记者从会上获悉，该市小水电站清理整改进展顺利。\n全市核定小水电站187座，全面完成了“一站一策”"
     "方案编制。制定年度退出计划（其中，2020年计划退出37座，2021年计划退出45座）。\n目前已完成退出15座，剩余15座正有序推进，"
     "工作成效明显。", [("计划退出", 37), ("计划退出", 45)]),
])
def test_headings_items_and_quoted_quotas(text, want):
    assert [(t.indicator, t.value) for t in policyparse.parse_text(text).targets] == [(i, float(v)) for i, v in want]


@pytest.mark.parametrize("text,want", [
    # a line of a year and goals (2025年目标) heads the list under it; two such lists opening with the same words are
    # two lists of goals, not a table of contents and its text
    ("某行业发展纲要\n2025年目标\n1.全国总产量达到14000万吨；\n2.原生纸浆产量3000万吨；\n2035年目标\n1.全国总产量达到1.7亿吨；\n"
     "2.原生纸浆比例30%以上。", [(14000, 2025), (3000, 2025), (1.7, 2035), (30, 2035)]),
    ("某县养老服务方案\n2024年主要目标：\n1.新建养老机构3所。\n2026年主要目标：\n1.新建养老机构5所。",
     [(3, 2024), (5, 2026)]),
])
def test_a_year_heading_gives_its_list_its_year(text, want):
    assert [(t.value, t.year) for t in policyparse.parse_text(text).targets] == [(float(v), y) for v, y in want]


def test_a_list_of_expected_goals_keeps_the_goals_compared_with_last_year():
    text = ("2014年全国某行业工作会议今日在京召开\n会议提出2014年发展预期目标为：总收入3.19万亿元，比上年增长11%；国内人数35.8亿人次，"
            "同比增长10%；国内收入2.85万亿元，同比增长12%。")
    got = [(t.value, t.unit, t.year) for t in policyparse.parse_text(text).targets]
    assert (35.8, "亿人次", 2014) in got and (10.0, "%", 2014) in got and (12.0, "%", 2014) in got


def test_a_table_a_cell_a_line_with_a_base_columns_results_and_group_headings():
    # 2010年实绩 is the base column; 一、经济增长 heads the rows under it, however it ends (增长 is no column)
    text = ("某市现代农业“十二五”规划指标表\n类别\n指标\n2010年实绩\n2015年目标\n一、经济增长\n农业增加值(亿元)\n81.53\n163\n"
            "农民人均纯收入(元)\n10874\n22000\n二、农产品供给\n粮食总产(万吨)\n119.6\n100\n")
    got = [(t.indicator, t.value, t.unit, t.year) for t in policyparse.parse_text(text).targets]
    assert got == [("农业增加值", 163.0, "亿元", 2015), ("农民人均纯收入", 22000.0, "元", 2015), ("粮食总产", 100.0, "万吨", 2015)]


@pytest.mark.parametrize("name", ["baseline", "anecdote", "retro_paragraph", "cues", "statistic", "year"])
def test_patterns_tried_on_every_sentence_stay_on_the_fast_engine(name):
    """A pattern tried on every sentence runs on the standard library's engine behind its prefilter; one
    construct only the regex module knows (a variable-width lookbehind) moves the whole alternation to the
    slower engine, which cost a tenth of the pipeline's time once (a long alternation led by lookbehinds is
    the standard library's too, dispatched by its first character)."""
    import re

    from policyparse.prefilter import Alternation
    pattern = getattr(lexicon(), name)
    assert isinstance(pattern, re.Pattern) or isinstance(pattern, Alternation) and isinstance(pattern._whole, re.Pattern)


@pytest.mark.parametrize("name", ["kinds_listed", "other_condition", "one_of", "person_age", "there_are_before",
                                  "issuers_after", "parts_before_colon", "vague_before", "age_word_before"])
def test_patterns_matched_after_every_number_stay_on_the_standard_engine(name):
    """The regex module's match at a position first looks for the pattern's required characters through the
    rest of the text: matched after every number of a one-line plan, that is quadratic in C, where the call
    count of tests/test_adversarial.py cannot see it (ranks took 20 s per million characters once)."""
    import re
    assert isinstance(getattr(lexicon(), name), re.Pattern)


@pytest.mark.parametrize("page,want", [
    # 今年, 年内 and 明年 on a dated page: the date's year, the next for 明年, each the nearest before its number
    ("某某网\n某省今年将推广1万辆甲醇汽车\n2019-01-24 10:14:50 来源: 某某网\n"
     "据了解，某省今年将推广甲醇汽车10000辆，明年再推广5000辆，年内建成加注站20座。\n",
     [(1, 2019), (10000, 2019), (5000, 2020), (20, 2019)]),
    ("某省每个村将配备1名儿童主任\n作者:admin 发布日期: 2019-10-18\n"
     "某省提出，明年年底前，地市一级至少要打造2个区域性儿童福利机构。\n", [(1, None), (2, 2020)]),
    # a lead of this year's goals (今年…主要预期目标是：) dates the rest of its paragraph
    ("某市政府工作报告开幕\n2018-01-11 09:30 来源: 某某网\n市长表示，今年经济社会发展主要预期目标是：地区生产总值增长7.5%左右。"
     "经济结构不断提升，先进制造业增加值占制造业比重达到66%左右，研发经费支出占比达到2.7%。\n", [(7.5, 2018), (66, 2018), (2.7, 2018)]),
    # a page reposted years after it was written (its goals' years and every year it names long before its date line):
    # the date dates nothing, and its goals are kept
    ("某县努力发展壮大香猪产业\n2024-05-03 12:46 来源:某某网\n截至目前，该县香猪养殖存栏从2011年末的3.6万头增加到5.52万头。"
     "该县明确了新目标：到今年底，养殖户达0.92万户；到2015年，养殖户达到1.92万户。\n", [(0.92, 2015), (1.92, 2015)]),
    # reposted, of another shape: a plan's goal year and every year named long before the date; a page that names a
    # year near its date is no repost
    ("某市“十三五”教育规划解读\n发布时间：2023-05-10 来源：某某网\n截至2015年底，全市共有幼儿园300所。规划提出，到2018年，"
     "新建幼儿园50所；今年新建幼儿园12所。\n", [(50, 2018), (12, 2018)]),
    ("某市今年将新建公园20个\n发布时间：2024-03-10 来源：某某网\n2023年，全市新建公园15个。到2022年，全市已建成公园100个。"
     "今年全市将新建公园20个。\n", [(20, 2024)]),
    # 明年's goals led in (明年的主要目标为：) date the sentences after the lead in its paragraph
    ("某县召开经济工作会议\n2018-12-20 10:00 来源：某某网\n会议指出，明年的主要目标为：新建学校5所。各乡镇新增学位3000个以上。\n",
     [(5, 2019), (3000, 2019)]),
    # an undated news page that opens on a year speaks of it as this year
    ("2017年，某省“春风行动”将于2月6日在某县火车站举行。\n今年的“春风行动”将于2月初到3月下旬开展，全省各地将组织各种专场招聘会1188场。\n",
     [(1188, 2017)]),
    ("2020年，全省计划培训高素质农民5万人次。\n今年全省还将新建示范基地20个。\n", [(5, 2020), (20, 2020)]),
    # a news page's 计划播种 states its goal outright
    ("某县春季农业生产现场会召开\n2024-03-19 10:14:50 来源: 某某网\n会议强调，要稳定粮食生产。据了解，今年全县计划播种粮食面积68万亩。\n",
     [(68, 2024)]),
    # a span of years from some start (5年内, 三年内) is no 年内: a standing rule's amounts take no year from its date
    ("某区关于推进企业上市的奖励办法\n2022-08-10 17:42:39 来源：某某网\n第二条 对首发上市的企业给予一次性奖励200万元。\n"
     "第六条 企业应承诺获得奖励后5年内不迁离本区。\n", [(200, None)]),
    ("某区招商引资若干措施\n2024-02-28 来源：某某网\n对新引进的总部企业，自认定当年起三年内，给予奖励80万元。\n", [(80, None)]),
    ("某区企业上市工作要点\n2022-08-10 17:42:39 来源：某某网\n年内新增上市企业5家。\n", [(5, 2022)]),
    # a date the page was updated on is not when its news was written
    ("某区将征兵92人\n更新时间:2022-06-17 14:17:09 某某网\n今年我区征集新兵任务数为92人。\n", [(92, None)]),
    # unless the day the news names falls in the weeks before it: then the update is when it was put up
    ("某市确定今年环保目标\n更新时间:2012-04-05 08:57\n来源:某某新闻网\n4月1日，某市召开环境保护工作会议。据悉，今年市区空气"
     "优良天数要稳定达到330天以上。\n", [(330, 2012)]),
    ("某县部署春耕\n更新时间:2019-06-03 10:00\n5月28日，某县召开春耕生产会议，今年全县计划新建高标准农田2万亩。\n",
     [(2, 2019)]),
    ("某区部署教育工作\n更新时间:2022-06-17 14:17:09\n3月5日，某区召开教育工作会议，今年全区将新建学校8所。\n", [(8, None)]),
    # a dated page that names months and days of its work and no year at all: the work of its date's year
    ("某县秸秆综合利用工作推进\n30.10.2015  14:07\n7月27日，某县召开秸秆禁烧工作会议。会议要求，全县要新建秸秆收储点12个，"
     "秸秆综合利用率力争达到90%。\n", [(12, 2015), (90, 2015)]),
    ("某区开展电梯安全整治\n2014-05-20 来源：某某网\n5月16日，某区召开电梯安全会议，要求全区在用电梯按期维保率达到95%以上。\n",
     [(95, 2014)]),
    ("某区开展电梯安全整治\n2014-05-20 来源：某某网\n5月16日，某区召开电梯安全会议，要求全区在用电梯按期维保率达到95%以上。"
     "2012年全区电梯1200台。\n", [(95, None)]),  # (a year named: the months are not known to be the date's)
    # 今年底 on a dated page, beside a cited five-year plan's title and span: the date's year
    ("某市茶产业五年实现百亿\n时间:2017-07-04 12:35:49 来源:某市府\n根据《某市茶产业“十三五”时期发展规划》(2016—2020年)的目标，"
     "截至今年底，全市茶园面积将持续稳定在100万亩。\n", [(100, 2017)]),
    # 通过5年的努力 in a document of one year: the sentence's own horizon, as 未来五年 is (2008 + 5 - 1)
    ("某省2008年农业农村工作要点\n发布时间：2008-03-10 来源：某某网\n今年全省新增高稳农田200万亩。通过5年的努力，实现新增高稳农田"
     "1000万亩。\n", [(200, 2008), (1000, 2012)]),
    # 从今年开始 is where a span starts, not the year it is due
    ("某省规划50个温泉小镇\n发布:2011/12/10 9:25:06 来源:某某网\n从今年开始，某省计划用5年时间建设100家温泉旅游企业。\n",
     [(50, 2015), (100, 2015)]),
])
def test_a_dated_pages_this_year(page, want):
    got = [(t.value, t.year) for t in policyparse.parse_text(page).targets]
    assert got == want


@pytest.mark.parametrize("page,want", [
    # a sentence dated before the page's date, with nothing looked forward to, reports
    ("某县推进公路安全护栏建设\n发布时间:2016/10/20 9:21:15 来源：某某日报\n本报讯（记者 某某）\n"
     "2014年，某县路政大队共出勤235人次，维修防护栏2000米。\n今年全县将新建公路安全护栏40公里。\n", [(40, 2016)]),
    # a plan's own year before the date a portal posted it on is still its goal
    ("2022年某市水生生物增殖放流实施方案\n发布时间:2023/03/20 9:21:15\n"
     "2022年，我市计划增殖放流水生生物1440万尾。\n", [(1440, 2022)]),
    # a goal for a year before the date is still one when the sentence looks forward (a page reposted later)
    ("某市教育三年行动计划\n发布时间:2016/10/20 9:21:15\n到2015年，全市新建幼儿园12所。\n", [(12, 2015)]),
    # a horizontal bar is a dash
    ("某市三年行动计划\n发布时间:2016/10/20 9:21:15\n通过打造1―2个示范板块，突出2―3个专业区域。\n",
     [(1, None), (2, None)]),
    # and so are a box-drawing line and a figure dash (2─3个, 3‒5个)
    ("某市三年行动计划\n发布时间:2016/10/20 9:21:15\n每个县试点建设2─3个、地级市试点建设3‒5个。\n",
     [(2, None), (3, None)]),
    # a news page tells a year that is over (2020's tasks, in January 2021): it commits to nothing in it
    ("2020年某市农村清洁取暖改造已超1.1万户\n发布日期:2021-01-15 来源:某某日报 浏览次数:281\n"
     "  本报讯（记者 某某 通讯员 某某）今冬随着“煤改气”工程通气投运，某村农户告别了烧煤取暖的历史。"
     "据了解，某村2020年10月底已全部完成了“煤改气”任务。\n"
     "  2020年某县清洁取暖改造涉及“煤改电”“煤改气”两部分。其中，“煤改电”要完成7个村的改造任务。\n", []),
    # but a date the page was only updated on (更新时间) dates nothing: its news of 2018 keeps 2018's goal
    ("某区教育事业稳步推进\n更新时间:2022-06-17 14:17:09 来源:某某日报 浏览次数:281\n"
     "  本报讯（记者 某某 通讯员 某某）近日，记者从某区教育局获悉，去年全区已完成了校舍改造任务。"
     "据了解，2018年某区要新建学校10所。\n", [(10, 2018)]),
])
def test_a_year_before_the_pages_date(page, want):
    got = [(t.value, t.year) for t in policyparse.parse_text(page).targets]
    assert got == want


@pytest.mark.parametrize("page,want", [
    # the year a thing was built in (始建于1985年) in the paragraph over a list dates nothing of the list
    ("关于某大桥限制通行的通告\n某大桥位于国道旁，始建于1985年，目前桥面破损严重。经研究，决定对该桥实施维修加固。现通告如下：\n"
     "一、维修期间，每日开放通行时间不少于8小时。\n二、新建临时便道2公里。\n", [(8, None), (2, None)]),
    # (the year it is to do them in still does)
    ("某站2024年工作安排\n某站建于1998年，2024年将重点做好以下工作：\n一、新建服务站5个。\n", [(5, 2024)]),
])
def test_a_year_of_a_things_history_governs_no_list(page, want):
    got = [(t.value, t.year) for t in policyparse.parse_text(page).targets]
    assert got == want


@pytest.mark.parametrize("sentence,indicator,baseline", [
    ("最高救助标准将由以往的33万元提高到35万元。", "最高救助标准", 33.0),
    ("城乡低保标准由目前的650元提高到720元以上。", "城乡低保标准", 650.0),
    # (a per-head word of the month or year before the starting value: 由月人均50元, 由年人均1800元, 由月户均…)
    ("将农村低保补差标准由月人均50元提高到100元。", "农村低保补差标准", 50.0),
    ("集中供养农村五保对象供养标准由年人均1800元提高到2600元。", "集中供养农村五保对象供养标准", 1800.0),
    ("城镇低保补助标准由月户均300元提高到360元。", "城镇低保补助标准", 300.0),
])
def test_where_a_change_starts_is_its_baseline_not_part_of_its_name(sentence, indicator, baseline):
    (got,) = extract(sentence)
    assert (got.indicator, got.baseline) == (indicator, baseline)


@pytest.mark.parametrize("text,heads", [
    ("命名名单如下：\n桥西区(13个)\n西岔街社区、黄土场社区、中学街社区、蒙古营社区\n崇礼区（2个）\n裕兴路社区、长青路社区\n", 2),
    ("獲獎名單：\n宣化區（15個）\n大北社區、萬柳社區、西城社區\n", 1),
    # no list of names under it: a count in brackets stays what it is
    ("主要任务：\n新建社区服务中心(20个)\n要求各区抓好落实，确保年底前完工。\n", 0),
    ("某区(1个)\n某社区\n", 0),
])
def test_a_count_over_a_list_of_names_is_how_many_it_holds(text, heads):
    from policyparse import explain
    parts = [c for c in explain(text) if c.verdict == "parts" and "list of names" in c.rule]
    assert len(parts) == heads
    assert not [t for t in policyparse.parse_text(text).targets if t.value in (13, 2, 15)]


@pytest.mark.parametrize("text,want", [
    # where things stood at a year's end before the plan's years is no goal; the plan's own year-end is
    ("某县矿产资源规划（2021—2025年）\n截至2020年底，全县共发现矿产23种，其中金属矿产2种。\n到2025年，新建绿色矿山5座。\n",
     [(5.0, 2025)]),
    ("矿产资源规划编制说明\n截至2020年底，全县共发现矿产23种，其中金属矿产2种。\n到2025年，新建绿色矿山5座。\n", [(5.0, 2025)]),
    ("某县通信设施规划（2021—2025年）\n截至2025年底，全县累计建成5G基站1.2万个。\n", [(1.2, 2025)]),
    ("某县通信设施三年行动计划（2020—2022年）\n截至2020年底，力争全县建成5G基站3000个。\n", [(3000.0, 2020)]),
    # a dated page: a year-end before its date reports
    ("2018-05-10 来源：某省农业厅\n截至2017年年底，我省三品一标总数达到4518个，合格率超过97%。\n今年将新认证三品一标产品350个。\n",
     [(350.0, 2018)]),
])
def test_a_year_end_before_the_texts_years_is_where_things_stood(text, want):
    assert [(t.value, t.year) for t in policyparse.parse_text(text).targets] == want


@pytest.mark.parametrize("text,years", [
    ("產業局表示，內湖區111年2,023件、112年2,366件。", "2022年2023件、2023年2366件"),
    ("4家瓦斯公司111、112及113年全市表外管漏氣案件分別為709件、756件、514件。", "2022、2023及2024年"),
    ("交通部公路總局辦理111年「推動機車駕駛訓練制度計畫」", "辦理2022年「"),
    ("自今(110)年12月1日起至明(111)年11月30日止，補助每人訓練費1,300元。", "今(2021)年12月1日起至明(2022)年"),
    ("民國111年補助名額40000名。", "2022年補助名額"),
    ("113年底前完成改善120處。", "2024年底前"),
    # in a page in Traditional characters, after 於/自: 預計於110年, 自97年起
    ("臺北市公車處表示，本市自97年起推動低地板公車，預計於110年將可汰換為低地板公車之路線全數汰換完畢，屆時全市低地板公車比例將達90%。",
     "自2008年起推動低地板公車，預計於2021年將可汰換"),
    # (a span of years on the mainland stays one)
    ("全市建成120年一遇标准的防洪堤。", "120年一遇"),
    ("全市自97年起推动低地板公车，预计于2021年全部更新。", "自97年起"),  # (a Simplified page: 97年 may be 1997)
    ("建党100年，全市新建学校10所。", "建党100年"),
])
def test_a_year_of_the_republic_of_china_calendar_is_read_as_its_year(text, years):
    """Taiwan's pages write 111年 for 2022: that year, never a count of years."""
    plan = policyparse.parse_text(text)
    assert years in plan.text
    assert not {t.value for t in plan.targets} & {110.0, 111.0, 112.0, 113.0}


def test_a_target_in_a_year_of_the_republic_of_china_calendar_is_due_then():
    got = [(t.indicator, t.value, t.year) for t in policyparse.parse_text("今年目標為112年度汰換老舊管線30公里。").targets]
    assert got == [("汰換老舊管線", 30.0, 2023)]


def test_a_line_of_a_time_ago_is_when_the_page_was_posted():
    plan = policyparse.parse_text("关于开展儿童友好医院建设的意见\n10小时前\n到2030年，建成1000家儿童友好医院。", candidates=True)
    verdicts = {c.number: (c.verdict, c.rule) for c in plan.candidates}
    assert verdicts["10小时"][0] == "date" and [t.value for t in plan.targets] == [1000.0]
    kept = policyparse.parse_text("每天开放时间不少于10小时。")  # a duration with a bound is a target
    assert [t.value for t in kept.targets] == [10.0]


@pytest.mark.parametrize("sentence,at,name", [
    # the names the overlap test of the sentence table lets through: checked whole
    ("到2020年，全省信息消费规模达到6000亿元，年均增长15%以上。", 1, "信息消费规模年均增长"),
    ("到2025年，全市营业收入达到1000亿元，年均复合增长率达到10%以上。", 1, "营业收入年均复合增长率"),
    ("综合码头将新建6个5000吨级泊位。", 0, "综合码头将新建5000吨级泊位"),
    ("对全市120所学校开展安全检查。", 0, "对学校开展安全检查"),
    ("将为3000户困难居民免费更换燃气设施。", 0, "为困难居民免费更换燃气设施"),
    ("首次形成12条(个)跨省河湖健康评价成果。", 0, "首次形成跨省河湖健康评价成果"),
    ("到2025年，主要城市至相邻省会城市3小时通达。", 0, "主要城市至相邻省会城市"),
    ("到2025年，构建大湾区主要城市间1小时通达、主要城市至广东省内地级城市2小时通达的交通圈。", 1, "主要城市至广东省内地级城市"),
    # two measured clauses run together: the verb after the first number opens the second's name
    ("全县计划种植辣椒5万亩实现产值10亿元。", 0, "计划种植辣椒"),
    ("建设标准化养殖场20个带动农户3000户。", 0, "建设标准化养殖场"),
    ("建设示范基地10个覆盖农户2万户。", 1, "覆盖农户"),
    ("二氧化硫、化学需氧量排污收费标准调整为每公斤10元，氨氮排污收费标准调整为每公斤12元。", 1, "氨氮排污收费标准"),
    ("收费标准调整为10元。", 0, "收费标准"),
    # a list inside a quoted name is the name's (培育100家“专、精、特”企业)
    ("到2015年，培育100家“专、精、特”企业。", 0, "培育“专、精、特”企业"),
    ("培育100家“专、精、特”企业、20家龙头企业。", 1, "龙头企业"),
    ("形成年产棒材合金3000吨、数控刀片15000万片、陶瓷刀片300万片的能力。", 1, "数控刀片"),
    # a total's word before the number is no part of the name (建成平价商店共65家, 新增就业累计10万人)
    ("到2015年，全市建成平价商店共65家以上。", 0, "建成平价商店"),
    ("到2025年新增城镇就业累计10万人。", 0, "新增城镇就业"),
    ("2023年完成共40条县级界线联检。", 0, "县级界线联检"),
    ("275万元资金将重点用于我市五县(市)共计55个乡镇的畜牧兽医站建设。", 0, "乡镇的畜牧兽医站建设"),
    # a rate of growth keeps its name (not 率 after the change word); a span of dates, 和谐 are read whole
    ("到2025年，年均增长率为20%。", 0, "增长率"),
    ("其中，2023年8月1日至8月15日拆除124处。", 0, "拆除"),
    ("和谐社区覆盖率达到90%。", 0, "和谐社区覆盖率"),
    ("到2025年，累计建成100个。", 0, "累计建成"),
    # what a rise starts from (在现有学校的基础上, 在原有386张病床的基础上) opens the words before the number, the noun
    # after it names what is counted; a count inside the base is what exists
    ("在现有学校的基础上新增10所学校。", 0, "学校"),
    ("工程建成后，我院将在原有386张病床的基础上新增450张病床。", 0, "病床"),
    ("在2020年的基础上新增10所学校。", 0, "学校"),
    ("相比于2020年底分别新增光伏3000万千瓦、风电807万千瓦。", 0, "新增光伏"),
    ("相较于2022年，全市新增绿地面积120公顷。", 0, "新增绿地面积"),
    ("与2020年相比新增光伏3000万千瓦。", 0, "新增光伏"),
    # values that name nothing after a clause that ends on a measure, its slogan in quotes after it
    ("《方案》提出，实现北斗产业规模“一年强基、两年加速、三年突破”，力争2023年达到650亿元、2024年达到800亿元。", 1, "北斗产业规模"),
    ("推动全县旅游总收入稳步增长，力争到2025年达到120亿元。", 0, "旅游总收入"),
    ("打造108条、468公里县乡生态河道。", 0, "打造县乡生态河道"),
    ("建成120公里、3.5万平方米绿道。", 0, "建成绿道"),
    # counts of other things joined by 、, the measure they share after the last one's 的
    ("到2027年，形成年80发火箭、200颗卫星的生产制造及服务能力。", 0, "火箭的生产制造及服务能力"),
    ("建成10个村、5个社区的污水处理设施。", 0, "村的污水处理设施"),
    # a goal named by its verb alone after what was done (已建成…，计划建成…): what was built names it
    ("城区级绿道已建成221公里，2018年计划建成676公里。", 0, "城区级绿道计划建成"),
    ("社区书屋已建成45个，计划新建20个。", 0, "社区书屋计划新建"),
    ("全市现有停车场12个，计划建设11座。", 0, "计划建设"),
])
def test_the_name_is_exact(sentence, at, name):
    assert extract(sentence)[at].indicator == name


@pytest.mark.parametrize("text,values", [
    # a plan for 2022 posted in 2025: its goals for its own year are goals, not what was done before the page's date
    ("某局2022年度示范企业创建工作实施意见\n发布时间：2025-06-10\n一、工作目标\n至2022年底，完成市级100家示范企业创建工作。", [100.0]),
    # a page of 2016 telling what was done in 2014: a fact, whatever year its text names alone
    ("某县消防工作新闻\n发布时间：2016-12-10\n2014年，某大队共出勤235人次。今年将新建消防站2个。", [2.0]),
])
def test_a_plan_posted_after_its_period_keeps_its_goals(text, values):
    assert [t.value for t in policyparse.parse_text(text).targets] == values


@pytest.mark.parametrize("text,values", [
    # a clause of a year before the page's date, then a goal of a year still to come: what was, then the goal
    ("某镇鸭鹅产业发展纪实\n发布时间：2025-03-10\n据悉，该基地2024年出栏8万只左右，年收入约500万元，2025年计划做到15万只。", [15.0]),
    ("某镇鸭鹅产业发展纪实\n发布时间：2025-03-10\n据悉，该基地2025年计划出栏15万只，2026年计划做到20万只。", [15.0, 20.0]),
    # …or an estimate, an effort or a plan that opens on the later year (预计2027年达60亿元, 力争到2026年突破…)
    ("某县汽车产业发展综述\n2024-03-05 来源：某某网\n记者获悉，2023年汽车产业规模超30亿元，预计2027年达60亿元，培育一级供应商5家以上。",
     [60.0, 5.0]),
    ("某县旅游发展综述\n2024-03-05 来源：某某网\n2022年全县接待游客50万人次，预计到2026年突破80万人次。", [80.0]),
    ("某县旅游发展综述\n2024-03-05 来源：某某网\n2022年全县接待游客50万人次，预计2023年达到60万人次。", []),
])
def test_a_years_result_before_a_later_goal_is_no_goal(text, values):
    assert [t.value for t in policyparse.parse_text(text).targets] == values


def test_a_section_number_read_by_the_structure_and_by_its_line_is_blanked_once():
    """2.1 主要指标 is a decimal label to the structure and a section number to the extractor: blanked once, so the
    spans of what follows stay on their text."""
    text = ("某县防御台风应急预案\n1 总则\n1.1 编制目的\n为做好台风防御工作，制定本预案。\n2 工作目标\n2.1 主要指标\n"
            "到2025年，新建避风港3个。\n2.2 保障措施\n加强组织领导。")
    plan = policyparse.parse_text(text)
    assert [(t.value, t.text) for t in plan.targets] == [(3.0, "到2025年，新建避风港3个。")]


def test_a_persons_profile_gives_no_targets():
    # a publicity notice's profiles (name, sex, nation, birth; career, the post proposed, a training score on the
    # lines under it) are facts about the person
    text = ("对公示对象有不同意见者，请于2月15日前向我部反映。\n"
            "左某，女，汉族，1975年12月出生，本科学历，现任区委组织部科长。\n该同志1995年9月某大学学习；2003年2月某局工作。\n"
            "拟任区劳动局副局长。\n干部教育培训2009年度积分20分，累计积分131.5分。\n\n"
            "史某，男，汉族，1971年3月出生，现任某镇副镇长。\n干部教育培训2009年度积分19分，累计积分102.5分。\n")
    assert policyparse.parse_text(text).targets == []


@pytest.mark.parametrize("sentence", ["全年节约用水10%。", "力争签约项目30个。", "每个账号每个参观日可至多预约5人。"])
def test_yue_inside_a_word_is_no_approximation(sentence):
    assert [t.approximate for t in policyparse.parse_text(sentence).targets] == [False]


@pytest.mark.parametrize("text, values", [
    # an estimate of a year gone (预计到2022年底, in a report of 2023) is its review; the year's goal after it stands
    ("某县两会\n发布时间：2023-01-03 15:35\n县长作政府工作报告，预计到2022年底，全县实现GDP243亿元，增长7%左右；"
     "规上工业增加值增长15%。\n计划2023年地区生产总值增长8.5%以上。", [8.5]),
    # a plan's goal for a year gone, quoted on a later page (到2021年…137个 on a page of 2022), stays a goal
    ("某市老旧小区改造\n发布时间：2022-10-04 12:08\n根据专项规划：到2021年，新开工改造城镇老旧小区137个。", [137.0]),
])
def test_an_estimate_of_a_year_gone_is_no_goal(text, values):
    assert [t.value for t in policyparse.parse_text(text).targets] == values


_LISTED = "《方案》提出：\n\n到2027年，全省新建示范县12个。\n\n省级重点基地120个，亩均增收2500元以上。\n\n到2035年，全省种养面积达到200万亩。\n\n力争建成示范基地300个。"


@pytest.mark.parametrize("lead, years", [
    (_LISTED, [2027, 2027, 2027, 2035, 2035]),  # each paragraph of the list goes on in the deadline above it
    (_LISTED.replace("《方案》提出：", "《方案》印发。"), [2027, 2035, 2035, 2035, 2035]),  # no list: the period's end
])
def test_goal_paragraphs_under_a_colon_go_on_in_the_deadline_above(lead, years):
    plan = policyparse.parse_text("某省推进稻渔综合种养实施方案印发\n" + lead)
    assert [t.year for t in plan.targets] == years


@pytest.mark.parametrize("sentence, indicators", [
    ("新增2-4所省、市级示范性幼儿园。", ["新增省、市级示范性幼儿园"]),  # a list of levels is inside the name
    ("【某省：2026年将建成不少于400家社区嵌入式养老服务机构】", ["建成社区嵌入式养老服务机构"]),  # (a headline's bracket)
    ("目标包括规上工业增加值增长6%左右，以及先进制造业集群营收突破10万亿元。", ["规上工业增加值", "先进制造业集群营收"]),  # (包括, 以及)
    ("创建3个国家、省级示范区。", ["创建国家、省级示范区"]),
    ("培育龙头企业5家、合作社10个。", ["培育龙头企业", "合作社"]),  # (a list of things stays a list)
    ("开发区营业收入达到12万亿元，营业收入3000亿元以上的开发区达到5个。", ["开发区营业收入", "开发区"]),  # a class of places counted
    ("全市GDP达到1000亿元，经开区达到1200亿元。", ["GDP", "GDP"]),  # (a place the measure before is for)
    ("给予空间认定面积第一年租金100%补贴，第2—3年租金50%补贴。", ["租金补贴", "租金补贴"]),  # a share paid: of what
    ("按照實際支出的30%予以補貼。", ["實際支出補貼"]),  # (the words as the text writes them)
    ("给予50%补贴。", ["补贴"]),
    ("到2025年，力争全县85%左右的义务教育学校(不含教学点和乡村小规模学校)通过省级管理标准化评估。",
     ["义务教育学校(不含教学点和乡村小规模学校)通过省级管理标准化评估"]),  # an aside of what is left out, inside the share's name
    ("到2035年，用水总量下降10%；大陆自然岸线保有率不低于国家下达任务，其中2025年不低于23.2%。",
     ["用水总量", "大陆自然岸线保有率"]),  # a measure held to a quota set above names its parts
    # a name that states its goal first names the measure after 目标为/目标是
    ("某省主要预期目标为生产总值增长5.5%左右、居民消费价格涨幅2%左右。", ["生产总值", "居民消费价格涨幅"]),
    ("全年目标是粮食产量稳定在100万吨以上。", ["粮食产量"]),
    ("全县目标为新建学校3所。", ["新建学校"]),
    # a time word alone before a bare change names nothing: the value before it does
    ("今年，全州将力争实现建筑业总产值250亿元以上、增长35%的奋斗目标。", ["建筑业总产值", "建筑业总产值"]),
    ("通过五年的努力，能够使得全国人均预期寿命达到80岁左右。", ["人均预期寿命"]),  # (能够使得 leads in)
    ("使得全市森林覆盖率达到45%。", ["森林覆盖率"]),
    ("完成甲和乙2个街道社区卫生服务中心改扩建、实现安置房建设100万平方米、新建更新健身路径180套。",
     ["完成甲和乙街道社区卫生服务中心改扩建", "安置房建设", "新建更新健身路径"]),  # (each name after the last's noun)
    # the parts of a total named by a word of amount alone take their own name with it
    ("到2025年末总量达到125万户左右，其中企业达到43万户左右、个体工商户达到80.5万户左右。", ["总量", "企业总量", "个体工商户总量"]),
    ("全市新增就业岗位5000个，其中企业2000个、个体工商户3000个。", ["新增就业岗位"] * 3),
])
def test_names_exactly(sentence, indicators):
    assert [t.indicator for t in extract(sentence)] == indicators


@pytest.mark.parametrize("text, values", [
    # a headline whose number the body states as a result is the result (the body says what it is)
    ("某某娱乐\n\n某某日报 2026年01月29日 星期四\n\n我国5G基站数达483.8万个\n\n《某某日报》(2026年01月29日 03版)\n\n"
     "据某某社北京1月28日电 （记者某某）工业和信息化部1月28日发布数据显示，2025年，我国通信业顺利完成各项发展目标任务。"
     "其中，截至2025年底，我国5G基站数达483.8万个，平均每万人拥有5G基站34.4个。\n", []),
    ("某市充电桩总数突破2.5万个\n2025-02-10 来源：某某网\n截至去年底，全市已建成充电桩2.5万个。\n", []),
    # …and the goal it states as a goal (the body's statement kept, the headline's a repeat)
    ("某市今年将新建充电桩5000个\n2025-02-10 来源：某某网\n今年，全市将新建充电桩5000个。\n", [5000]),
    # a headline number the body does not repeat stays
    ("某市今年将新建充电桩5000个\n2025-02-10 来源：某某网\n全市将加快充电网络建设。\n", [5000]),
])
def test_a_headline_is_what_the_body_says_its_number_is(text, values):
    assert [t.value for t in policyparse.parse_text(text).targets] == values


@pytest.mark.parametrize("sentence, values, years", [
    # 从…年到…年 is the span a goal runs over, not a number it starts from
    ("从2025年到2027年底，开展补贴性培训200万人次以上，新增高技能人才50万人次以上。", [200, 50], [2027, 2027]),
    ("从2024年到2026年，全市累计新建公园30个。", [30], [2026]),
    ("从2024年至2026年，每年培养省级工匠100名左右。", [100], [2026]),
    # (a past span's change from one value to another stays a statistic)
    ("2016—2020年，全省孕产妇死亡率从5.1‰降至3.9‰。", [], []),
])
def test_a_span_opened_by_cong_is_no_starting_value(sentence, values, years):
    targets = policyparse.parse_text("某省职业技能提升行动方案（2025—2027年）\n一、目标任务\n" + sentence).targets
    assert ([t.value for t in targets], [t.year for t in targets]) == (values, years)


@pytest.mark.parametrize("text, values", [
    # a news roundup of work reports: what a report 指出/明确/提出， is its year's goals
    ("多地勾勒2026民生路线图\n2026-01-30 来源：某某网\n2026年地方两会密集召开。\n"
     "今年甲市政府工作报告指出，实施稳岗扩容提质行动，城镇新增就业不少于28万人。"
     "乙省政府工作报告明确，把稳就业放在优先位置来抓，城镇新增就业110万人以上。\n", [28, 110]),
    # (last year's report is quoted for what it set then: no goal now)
    ("多地勾勒2026民生路线图\n2026-01-30 来源：某某网\n去年政府工作报告提出的城镇新增就业25万人目标超额完成。\n", []),
])
def test_a_work_report_quoted_states_its_goals(text, values):
    assert [t.value for t in policyparse.parse_text(text).targets] == values


@pytest.mark.parametrize("text, values", [
    # a news page's 成功创建 after 力争到2020年， or 将 is the goal's verb
    ("某区全力推进全域旅游发展\n2018-03-10 来源：某某日报\n记者获悉，力争到2020年，成功创建特色旅游名县30个、"
     "全域旅游示范区20个。\n近年来，我区旅游业发展迅速，去年全区接待游客5.23亿人次，同比增长27.9%，实现旅游总消费5580亿元，"
     "同比增长33.1%。\n", [30, 20]),
    ("某区全力推进全域旅游发展\n2018-03-10 来源：某某日报\n记者获悉，今年我区确保成功创建特色旅游名县3个。\n", [3]),
    # (and a result after a year gone)
    ("某区全力推进全域旅游发展\n2018-03-10 来源：某某日报\n记者获悉，2017年，我区成功创建特色旅游名县3个。\n", []),
])
def test_chenggong_chuangjian_after_a_goal_word_is_a_goal(text, values):
    assert [t.value for t in policyparse.parse_text(text).targets] == values


_REPORT_HEADLINE = (
    "• 最近访问:\n发表于 2026-01-28 17:52:30 某某吧网页版\n某省2026年地区生产总值预期目标增长5.5%—6%\n来源:某某网 作者:某某\n\n"
    "  1月27日,某省第十四届人民代表大会第四次会议开幕,省长某某作政府工作报告。\n\n"
    "  2025年是某省发展历程中具有重要意义的一年。全年地区生产总值2.15万亿元、增长5.5%,规上工业增加值增长7.7%,"
    "固定资产投资增长7.2%,社会消费品零售总额增长3.6%,一般公共预算收入增长10.5%。\n\n"
    "  总的来看,“十四五”时期的五年,某省推动高质量发展。地区生产总值年均增长5.9%,固定资产投资年均增长9.8%,"
    "建成6个新能源基地,新能源装机1.67亿千瓦。\n")


@pytest.mark.parametrize("text, values, years, period_end", [
    # a headline stating a report's goals over a body that opens on last year's results (its goals cut off)
    (_REPORT_HEADLINE, [5.5], [2026], 2026),
    # a report's goals first, then a review without a heading (2025年主要目标的完成，…这五年…); the year planned for
    # is the first line's, a paragraph of the body and no headline a later line could overrule
    ("某社电 某省主席1月31日作政府工作报告时提出，2026年某省经济社会发展主要预期目标是地区生产总值增长7%以上。\n"
     "此前，某省官方公布，2025年全区生产总值同比增长7%。\n某主席说，2025年主要目标的完成，标志着“十四五”圆满收官。"
     "这五年是发展最好的五年，地区生产总值年均增长6.3%，财政收入突破300亿元。\n"
     "2026年，某省将积极扩大有效投资，力争完成投资2440亿元以上。\n", [7, 2440], [2026, 2026], 2026),
])
def test_a_report_page_keeps_its_goals_and_drops_its_review(text, values, years, period_end):
    plan = policyparse.parse_text(text)
    assert ([t.value for t in plan.targets], [t.year for t in plan.targets]) == (values, years)
    assert plan.metadata.period_end == period_end


@pytest.mark.parametrize("text, values", [
    # the site's lines after a news article's end mark are no part of it
    ("某省今年将新建学校10所\n某社电 今年，某省将新建学校10所。(完) 【编辑:某某】\n95人支持\n"
     "某某专班就春节返乡发出6条倡议\n", [10]),
    ("某省今年将新建学校10所\n某社电 今年，某省将新建学校10所，新增学位2万个。（完）\n相关新闻\n某县发出6条倡议\n", [10, 2]),
    # (the editor's tag alone after the last full stop ends it too; the site's headlines after it hold numbers of their own)
    ("某省今年将新建学校10所\n某社电 今年，某省将新建学校10所，新增学位2万个。 【编辑:某某】\n\n某地确诊病例零新增 新增无症状感染者18例\n"
     "某市外贸进出口总值达1112.9亿元\n", [10, 2]),
])
def test_the_site_after_an_article_end_mark_gives_nothing(text, values):
    assert [t.value for t in policyparse.parse_text(text).targets] == values


@pytest.mark.parametrize("text, values, years", [
    # a paragraph opening on a year gone goes on in it, its numbers after a first sentence without any; the 全年 of a
    # later paragraph is the page's year, not that one's
    ("2019-04-29 16:04:02\n会议现场。某某网发\n某某网某市4月29日电(某某)4月28日上午，某市召开2019年全市文化和旅游工作会议。\n"
     "2018年，某市文化和旅游局全面贯彻落实重大决策部署，扎实推动文化和旅游改革发展取得积极成效。某市旅游发展持续向好，"
     "全市接待游客1.88亿人次、增长26.68%，实现旅游总收入2456.56亿元、增长31.23%；新增限上住宿企业54家。\n"
     "据局长介绍，今年全市文化和旅游工作的总体要求是：加快推进文旅深度融合发展。工作目标是：确保全年旅游人数、旅游总收入"
     "分别增长20%、25%以上，入境过夜游客增长18%以上。\n", [20, 25, 18], [2019, 2019, 2019]),
    # a paragraph opened by a past milestone alone (…迈出历史性步伐。) reports; a value's year (提高到2020年的70.01%) turns
    # nothing forward
    ("某某信息港讯(某某日报 记者某某) 昨日，某州专场新闻发布会举行。州委书记表示，“十三五”以来，某州经济社会发展实现历史性跨越。"
     "力争在“十四五”时期，全州GDP总量达2500亿元以上；到2035年，人均GDP达到2万美元以上，经济总量达到6000亿元左右。\n"
     "生态文明示范区建设迈出历史性步伐。25个饮用水水源地水质达标率为100%，森林覆盖率由1956年的23%提高到2020年的70.01%，"
     "湿地保护率达74.3%，比2016年提升60.3个百分点。某州成功创建国家森林城市1个、全国生态文化村3个。\n",
     [2500, 2, 6000], [2025, 2035, 2035]),
])
def test_a_paragraph_of_results_stays_in_its_past(text, values, years):
    targets = policyparse.parse_text(text).targets
    assert ([t.value for t in targets], [t.year for t in targets]) == (values, years)


@pytest.mark.parametrize("sentence", [
    "2020年1月至11月底，全市通组公路共开工建设14000公里，共完工13633公里。",
    "2018年至2020年11月底，全市通组公路共开工建设62600公里。",
])
def test_a_span_of_months_to_date_reports_results(sentence):
    # (its totals so far, 共/累计/已; not 2024年1-6月，完成50个村改造任务 nor 2025年1月至6月底，完成摸排: a schedule)
    plan = policyparse.parse_text("2020年全市通组公路计划\n2020年全市通组公路计划完成投资65亿元。\n" + sentence)
    assert [t.value for t in plan.targets] == [65]


def test_a_news_goal_reached_through_years_of_effort_looks_forward():
    text = ("某主任：“十五五”人均预期寿命有望达到80岁\n某某网| 2025-10-24 12:25:05\n  某某网10月24日电 某主任在新闻发布会上表示，"
            "希望通过五年的努力，能够使得人均预期寿命从2024年的79岁基础上再提升1岁，达到80岁左右。\n【编辑:某某】\n精彩推荐\n")
    assert [(t.value, t.year) for t in policyparse.parse_text(text).targets] == [(1, 2030), (80, 2030)]


@pytest.mark.parametrize("sentence, years", [
    # a year inside a cited title (《…二〇三五年远景目标纲要》, 《…（2023—2025年）》) is part of its name: the goals' is
    # the sentence's own, else the plan's
    ("会议印发了《某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要(草案)》，确定今后五年的主要发展目标："
     "地区生产总值超过1200亿元，常住人口城镇化率达到63%。", [2025, 2025]),
    ("根据《某省教育强省建设三年行动计划（2023—2026年）》，全市新建学校12所。", [2025]),
    ("《某市2035年远景目标纲要》提出，到2030年，全市森林覆盖率达到45%。", [2030]),
])
def test_a_year_in_a_cited_title_dates_nothing(sentence, years):
    plan = policyparse.parse_text("某市2021—2025年发展规划\n一、主要目标\n" + sentence)
    assert [t.year for t in plan.targets] == years


def test_the_parts_of_a_list_reported_done_are_results():
    text = ("某县两会票决民生实事解读活动举行\n据了解，2025年某县十大民生实事全部完成。其中，建成驿站10个，加装便民电梯2部；"
            "开展群众文体活动465场次。\n发布会还公布了2026年十大民生举措：新建人行天桥；提升农村饮水质量。\n")
    assert policyparse.parse_text(text).targets == []


def test_how_projects_were_chosen_holds_its_own_numbers_only():
    # (an AI summary run on one line with spaces: 票决 sets aside its own numbers, not the projects' far after it)
    text = ("某市公布2026年市政府民生实事项目10项\n2026年某市民生实事项目概览 - 某市人民代表大会于2026年1月16日票决确定了10项"
            "年度市政府民生实事项目 [1] 基础设施与防洪工程 - 实施长江堤防应急治理工程二期工程 包括挡墙13.46千米 道路8.72千米 [1]"
            " 城市环境 - 建设3个口袋公园 改造1个农贸市场 [3]\n")
    assert [t.value for t in policyparse.parse_text(text).targets] == [13.46, 8.72, 3, 1]


@pytest.mark.parametrize("paragraph, values", [
    # a paragraph opening on what stands (目前，…已…) reports, over its full stops
    ("目前，该县配套农业产业园28个，建成社区工厂19个。落实公益专岗就业700余人，3000余户有就业能力的搬迁户中无零就业家庭。", []),
    # …until a work still to be finished (预计8月份建成), or a goal word
    ("目前，该项目已完成投资180万元，建成停车场1060平方米；建设货车停车场，新增80个停车位，预计8月份建成并投入使用。", [80]),
    # a past paragraph (近年来) goes on past a purpose clause (，确保…) and a grant obtained (先后争取)
    ("近年来，该县对34个安置点群众就业情况进行摸底调查。开发公益岗位兜底一批，确保搬迁群众稳定增收。"
     "先后争取中央预算资金700万元，建设中心小学改扩建项目。", []),
])
def test_a_paragraph_of_what_stands_reports_until_it_turns_forward(paragraph, values):
    text = "某县强力推进易地扶贫搬迁后续扶持\n某县紧紧结合县域实际，强力推进后续扶持工作。\n" + paragraph + "\n"
    assert [t.value for t in policyparse.parse_text(text).targets] == values


def test_the_new_year_after_a_year_reported_sets_its_goals():
    # (新的一年，我市将…: the sentences after it are the next year's goals; 预计全年实现… is one of them, no harvest forecast)
    text = ("某省旅游工作视频会议昨日召开\n会议总结2015年全省旅游业发展情况。\n据了解，2015年，我市接待国内外游客6035.85万人次，"
            "比增13.08%；全年旅游总收入832.36亿元，比增15.27%。新的一年，我市将加快旅游国际化进程，打造国际知名旅游目的地城市。"
            "预计全年实现旅游总收入930亿元；接待境内外游客6600万人次。\n")
    assert [(t.indicator, t.value, t.year) for t in policyparse.parse_text(text).targets] == \
        [("旅游总收入", 930, 2016), ("接待境内外游客", 6600, 2016)]


def test_a_review_recalled_by_a_speaker_reports_its_year():
    # (某某在回顾2024年工作时表示，…: a paragraph looking back; its 较好完成…目标任务 is a goal met, no turn to goals)
    text = ("某某报记者 某某\n1月13日上午，某省人民代表大会开幕，省长作政府工作报告。\n省长在回顾某省2024年工作时表示，2024年预计全省"
            "生产总值增长5.2%，规上工业增加值增长7%，较好完成全年经济社会发展目标任务。\n")
    assert policyparse.parse_text(text).targets == []


@pytest.mark.parametrize("sentence, values", [
    # an example (以…为例) of a plan's goals is a goal still; an example of what happened is none
    ("以明眸皓齿工程为例，2025年，某市将新增自动化视力检测设备230台。", [230]),
    ("以某镇为例，2024年全镇新增就业岗位300个。", []),
    # how projects were chosen holds the numbers right after its words, not a project's further on
    ("儿童友好工程从民生实事候选项目中脱颖而出，该工程聚力建设儿童友好试点单元50个。", [50]),
    ("票决确定10项民生实事项目。", []),
])
def test_an_example_or_a_choice_holds_only_its_own_numbers(sentence, values):
    plan = policyparse.parse_text("某市2025年民生实事项目\n" + sentence)
    assert [t.value for t in plan.targets] == values


def test_a_headline_deadline_at_a_five_year_plans_end_is_no_period():
    # (力争“十五五”末建成…: the plan's goals for 2025 stay, no years before a period the headline never stated)
    text = ("某省力争“十五五”末建成高水平旅游强省\n5月23日，某省政府新闻办举行新闻发布会。《行动方案》提出了2025年和2030年的发展目标。\n"
            "在发展目标上，某省2025年力争创建40个以上A级旅游景区。到2030年，力争创建3个世界级旅游景区。\n")
    assert [(t.value, t.year) for t in policyparse.parse_text(text).targets] == [(40, 2025), (3, 2030)]


def test_the_parts_of_a_years_total_take_its_year_and_progress_to_date_reports():
    # (其中… after a total of 2024, over its semicolons; 1—8月份，累计完成… and the paragraph after it report progress)
    text = ("某市重点项目建设情况\n2024年安排市重点项目476个，年度计划投资463.4亿元。其中，续建项目269个，年度计划投资253.7亿元；"
            "计划开工项目207个，年度计划投资209.7亿元。\n1—8月份，累计完成投资325.7亿元，投资完成率70.3%。"
            "产业园等151个项目开工建设，开工率73%。\n")
    got = [(t.value, t.year) for t in policyparse.parse_text(text).targets]
    assert got == [(476, 2024), (463.4, 2024), (269, 2024), (253.7, 2024), (207, 2024), (209.7, 2024)]


@pytest.mark.parametrize("paragraph", [
    "开年以来，某县抢抓时间节点，产业招商迎来开门稳。全县签约项目12个，到位资金1.03亿元。",
    "第一季度，外出招商考察9次，其中党政主要领导外出考察3次。",
])
def test_a_quarter_gone_or_the_year_so_far_reports(paragraph):
    text = "某县：第一季度产业招商开门稳\n2022-04-10 来源：某某网\n" + paragraph + "\n全年力争签约项目50个。\n"
    assert [t.value for t in policyparse.parse_text(text).targets] == [50]


@pytest.mark.parametrize("text, values", [
    # a press conference on the year gone: its 全年新增 counts the year's total, and a 预计 estimates its result
    ("1月18日，某省政府新闻办举行新闻发布会。\n会上指出，某省新能源提速发展：建成投运首批大型风电光伏基地，"
     "核电在运装机规模达到1180万千瓦。全年新增新能源发电装机1934.9万千瓦、总规模达到9395.8万千瓦，稳居全国首位。\n"
     "原标题：某省：新能源总规模9395.8万千瓦\n", []),
    ("1月10日，某市召开新闻发布会，通报去年全市招商引资情况。\n记者从会上获悉，某市招商引资成绩亮眼。全年新建省级创新平台12个，"
     "全年新增规上工业企业86家，预计全年实际利用外资达到3.2亿美元。\n", []),
    # the same page's goal still counts: a will-word, a 力争
    ("1月10日，某市召开新闻发布会，通报去年全市招商引资情况。\n记者从会上获悉，某市招商引资成绩亮眼。全年新增规上工业企业86家，"
     "新建省级创新平台12个。今年，某市力争新增规上工业企业100家。\n", [100]),
])
def test_a_years_total_on_a_page_of_results_reports(text, values):
    assert [t.value for t in policyparse.parse_text(text).targets] == values


@pytest.mark.parametrize("lead", [
    "前三季度，全市社会消费品零售总额完成574.0亿元，增速高于预期目标，居全省第一。",
    "1-9月，全县社会消费品零售总额增长9.6%，好于年初预期，增速居全市第一。",
    "前三季度，全区消费品零售总额完成128亿元，超过年度计划目标，增速居全省前列。",
])
def test_a_lead_measured_against_its_goal_heads_results(lead):
    # the lines under a news lead that beat its goal are the parts of that result, not goals
    text = ("某市消费市场回暖“三连涨”\n2025-10-20 来源：某某日报\n记者从市商务局获悉，今年以来，全市消费市场持续回暖。\n" + lead +
            "\n从经营所在地看\n城镇消费485.2亿元，增长9.2%\n乡村消费88.8亿元，增长6.5%\n从消费形态看\n商品零售529.4亿元，增长9.0%\n")
    assert [t.value for t in policyparse.parse_text(text).targets] == []


@pytest.mark.parametrize("opener", ["据了解，", "据悉，", "据介绍，", ""])
def test_a_year_stated_after_a_reporters_opener_dates_the_years_goals(opener):
    # a news page headed by the year gone (2012年是…收官之年) states the year it plans for in its body: 全年 is that year
    text = ("2012年是某县水利工作阶段性成效的收官之年\n- 2013/1/25 15:14\n2012年是某县水利工作阶段性成效的收官之年。"
            "某县水利局2012年争取上级资金达到1.25亿元。\n" + opener + "2013年是某县水利工作的大发展之年。"
            "全年将完成各类水利工程6000处，有效灌溉面积达到64.5万亩。\n")
    assert [(t.value, t.year) for t in policyparse.parse_text(text).targets] == [(6000, 2013), (64.5, 2013)]


@pytest.mark.parametrize("text, want", [
    # a roundup of places' goals: each place its scope, the goal named before them the indicator (in %: its growth)
    ("各地2025年GDP目标出炉\n从各地GDP目标来看，多数省份高于5%。\n其中，海南为8%左右，西藏为7%左右，江西、新疆为6.5%左右。\n"
     "上海为5.5%以上，广东、山东为5%以上。\n前两大经济省份中，广东、山东均为5%以上。\n",
     [("GDP增长", "海南", 8), ("GDP增长", "西藏", 7), ("GDP增长", "江西", 6.5), ("GDP增长", "新疆", 6.5),
      ("GDP增长", "上海", 5.5), ("GDP增长", "广东", 5), ("GDP增长", "山东", 5)]),
    ("各地2026年城镇新增就业目标出炉\n从各地城镇新增就业目标来看，多数省份有所提高。其中，湖南为70万人以上，"
     "四川为85万人左右，云南、贵州均为60万人以上。\n",
     [("城镇新增就业", "湖南", 70), ("城镇新增就业", "四川", 85), ("城镇新增就业", "云南", 60),
      ("城镇新增就业", "贵州", 60)]),
    # a rate's goal in % is the rate, no growth
    ("多地公布2026年森林覆盖率目标\n各地森林覆盖率目标陆续出炉。福建为66%以上，江西为63%左右。\n",
     [("森林覆盖率", "福建", 66), ("森林覆盖率", "江西", 63)]),
])
def test_a_roundup_of_places_goals_scopes_each_place(text, want):
    got = [(t.indicator, t.scope, t.value) for t in policyparse.parse_text(text).targets]
    assert got == want


def test_places_listed_together_in_a_roundup_are_one_target_each():
    # (洛阳、安阳为6%; 平顶山、南阳等地为6.5%左右, after the goal named: each place its own target)
    text = ("多地经济目标出炉\n政府工作报告显示，多地将今年GDP增长目标定在6%左右。其中，漯河GDP预期目标为7%以上，周口为7%左右，"
            "平顶山、南阳等地为6.5%左右，洛阳、安阳为6%。\n")
    got = [(t.scope, t.value) for t in policyparse.parse_text(text).targets if t.scope in ("平顶山", "南阳", "洛阳", "安阳")]
    assert got == [("平顶山", 6.5), ("南阳", 6.5), ("洛阳", 6), ("安阳", 6)]


def test_a_goal_of_a_kind_named_before_places_is_no_roundup():
    # (一、主要目标 names what kind of goals follow, not what they measure: the places keep their sentence's reading)
    text = "某省2025年工作要点\n一、主要目标\n南京市为6%左右，苏州市为5.5%左右。\n"
    assert all(not t.indicator.startswith("主要") for t in policyparse.parse_text(text).targets)


def test_a_table_a_cell_a_line_with_merged_categories_and_a_source_column():
    # rows do not keep the header's width (a category cell only on a group's first row, a source after the years):
    # each row is found by its unit cell
    cells = ["类别", "主要指标", "单位", "2022年", "2027年", "来源",
             "总体", "数字经济增加值占GDP的比重", "%", "45.4", "50", "市统计局",
             "数字经济重点企业", "家", "/", "500", "市经济信息委", "",
             "产业", "核心产业增加值", "亿元", "2240", "4000", "市统计局",
             "软件和信息服务业收入", "亿元", "2705", "7000", "市经济信息委", ""]
    text = "某市数字经济行动计划\n表1 主要指标\n" + "\n".join(c + " |" if c else "|" for c in cells) + "\n二、重点任务\n"
    got = [(t.indicator, t.value, t.unit, t.year) for t in policyparse.parse_text(text).targets]
    assert got == [("数字经济增加值占GDP的比重", 50, "%", 2027), ("数字经济重点企业", 500, "家", 2027),
                   ("核心产业增加值", 4000, "亿元", 2027), ("软件和信息服务业收入", 7000, "亿元", 2027)]


@pytest.mark.parametrize("heading, years", [("三、“十二五”安全生产工作主要任务", {2015}), ("三、安全生产工作主要任务", {None})])
def test_a_pages_goals_take_the_five_year_plan_its_tasks_heading_names_not_a_base_year(heading, years):
    # a plan's middle pages (接上页): its goals' year is the five-year plan its next heading names, not the level
    # of 2010 its counts are held at
    text = ("[接上页] 1. 相对指标：煤矿百万吨死亡率下降28%以上，道路交通万车死亡率下降32%以上。2. 绝对指标（以2010年考核指标为基数）："
            "各类事故死亡人数下降10%以上，火灾事故死亡人数控制在2010年水平。 " + heading + " （一）完善安全生产制度")
    assert {t.year for t in policyparse.parse_text(text).targets} == years


@pytest.mark.parametrize("before, values", [
    ("报告指出，某省将加快数据要素试验区建设，打造数据产品100个以上。", [100, 100]),
    ("报告指出，某省去年已建成数据要素试验区，打造数据产品100个。", []),
])
def test_a_reports_goals_go_on_from_a_sentence_that_looks_forward(before, values):
    text = ("某报：某省全力打造算力高地\n1月19日，某省第十四届人民代表大会第三次会议在某市开幕，省长作政府工作报告。\n" + before +
            "某交易所交易额达到100亿元以上。\n")
    assert [t.value for t in policyparse.parse_text(text).targets] == values


def test_a_text_that_says_what_its_year_is_dates_itself_over_a_reposts_address():
    text = "2015年是新的一年，全市将围绕今年政府工作的总体要求和目标，推进重点工作。\n2015年预期总目标\n地区生产总值增长8.5%左右；固定资产投资增长12%左右。\n"
    plan = policyparse.parse_text(text, url="http://example.gov.cn/_d3/c187/20240912/i230982.phtml")
    assert [(t.value, t.year) for t in plan.targets] == [(8.5, 2015), (12, 2015)]


def test_a_year_gone_before_the_year_a_plan_works_for_reports():
    # a page with no period: its goals' year (2013年，…主要目标是：) makes the year before it, told in results, a review
    text = ("3月1日，全市农业工作会议召开。\n2012年，我市农业以增加农民收入为核心，大力发展现代农业，粮食总产41.1万吨，"
            "生猪出栏40万头。2013年，我市农业工作主要目标是：粮食总产42万吨，肉蛋总产10万吨，农民人均收入增长10%以上。\n")
    assert [(t.value, t.year) for t in policyparse.parse_text(text).targets] == [(42, 2013), (10, 2013), (10, 2013)]


@pytest.mark.parametrize("head", ["某省2025年十大民生项目包括：纾解生育后顾之忧、护航稳岗就业创业。",
                                  "某市2025年十大民生工程包括：托育服务、课后托管。"])
def test_a_years_livelihood_projects_named_with_a_count_date_their_items(head):
    text = head + "\n1、加快建设普惠托育服务体系，千人口托位数达到4.5个。\n2、开设各类爱心托管班5000个。\n"
    assert [(t.value, t.year) for t in policyparse.parse_text(text).targets] == [(4.5, 2025), (5000, 2025)]


@pytest.mark.parametrize("month, values", [("01", [9, 8]), ("07", [])])
def test_a_work_reports_tasks_continued_from_the_front_page_are_its_years_goals(month, values):
    # a newspaper's page of a work report given in January (上接第一版): its tasks alone, for the year it was given in
    text = ("某州日报社出版\n\n政府工作报告\n\n（上接第一版）建成甲、乙、丙等5个总装机180万千瓦的光伏项目，加快丁县光伏项目建设。"
            "实施制造业“智改数转”项目9个，建设国家数字乡村试点项目8个。\n")
    plan = policyparse.parse_text(text, url=f"http://paper.example.com/pc/2025{month}/22/content_85376.html")
    assert [t.value for t in plan.targets] == values
    assert not values or {t.year for t in plan.targets} == {2025}


@pytest.mark.parametrize("date, values", [("2023-12-28", [100]), ("2023-03-28", [992, 341, 100])])
def test_a_pages_estimates_of_its_year_in_its_last_months_are_results(date, values):
    text = ("某开发区召开党工委（扩大）会议\n时间：" + date + " 10:17:19 来源：某某新闻\n昨天上午，某开发区召开党工委（扩大）会议。"
            "会上，党工委书记作年度工作报告，2023年，某开发区预计完成地区生产总值992亿元，固定资产投资341亿元。"
            "2024年，某开发区将新引进重大项目100个。\n")
    assert [t.value for t in policyparse.parse_text(text).targets] == values


@pytest.mark.parametrize("sentence, values", [
    ("预计全年完成地区生产总值增长5%；固定资产投资增长6%。", []),
    ("预计全年实现一般公共预算总收入18亿元，增长3.6%。", []),
    ("预计明年地区生产总值增长6%左右。", [6]),
])
def test_a_reports_estimate_of_its_whole_year_done_is_its_review(sentence, values):
    text = ("聚焦两会 | 某市第十七届人民代表大会第四次会议今天开幕\n12月29日上午，某市第十七届人民代表大会第四次会议隆重开幕。"
            "市长代表某市人民政府，向大会作政府工作报告。市长说，2024年，是实施“十四五”规划的关键一年，经济社会发展总体平稳。" + sentence + "\n")
    assert [t.value for t in policyparse.parse_text(text).targets] == values


@pytest.mark.parametrize("sentence,want", [
    ("到2025年，全县完成固定资产投资1亿2000万元。", [(1.2, "亿元")]),
    ("全年實現營業收入1億2500萬元以上。", [(1.25, "億元")]),
    ("项目计划总投资3亿5千万元，新增就业1万2千人。", [(3.5, "亿元"), (1.2, "万人")]),
    ("力争到2026年引进社会资本12亿0800万元。", [(12.08, "亿元")]),
])
def test_an_amount_written_in_two_multipliers_is_one_target(sentence, want):
    text = "某县2025年工作方案\n一、主要目标\n" + sentence + "\n"
    assert [(t.value, t.unit) for t in policyparse.parse_text(text).targets] == want


@pytest.mark.parametrize("paragraph,years", [
    # a project's works, then when they are due: the works take that year
    ("一、燃气管道更新改造项目。该项目总投资2800万元，建设内容为：改造中压管网5800米；改造低压管网8600米。"
     "该项目已于2024年11月28日开工，预计2025年12月全部完工。", [2025, 2025, 2025]),
    ("新建城南水厂一座，日供水能力5万吨，铺设供水管网36公里，计划2026年底前建成投用。", [2026, 2026]),
    # a year that is no due date, or two due dates: no year to give
    ("新建城南水厂一座，日供水能力5万吨，铺设供水管网36公里。建成后可满足城区2035年用水需求。", [None, None]),
    ("新建水厂日供水能力5万吨，铺设管网36公里。一期预计2026年建成，二期预计2027年建成。", [None, None]),
])
def test_works_take_the_due_date_said_after_them_in_their_paragraph(paragraph, years):
    text = "某市重点项目建设情况\n" + paragraph + "\n"
    assert [t.year for t in policyparse.parse_text(text).targets] == years


@pytest.mark.parametrize("text,values", [
    # a page that looks to the second half: what its first half did is reported, what the second is to do is set
    ("今年上半年，全区基本医疗保险参保94.58万人，扩面新增2.03万人；医保定点单位达691家。下半年，全区将新增定点单位20家。", [20.0]),
    ("今年1-6月，全区新增就业1.2万人，城镇登记失业率3.1%。下半年要新增就业1万人。", [1.0]),
    # a work plan's schedule by halves: both set
    ("某区2025年工作方案\n上半年，完成村级服务站建设10个；下半年，完成20个。", [10.0, 20.0]),
])
def test_the_first_half_is_reported_on_a_page_looking_to_the_second(text, values):
    text = text if "\n" in text else "某区医疗保障工作明确下半年目标\n" + text
    assert [t.value for t in policyparse.parse_text(text + "\n").targets] == values


@pytest.mark.parametrize("text,values", [
    # a part of the year over when the page was written (一季度 on a page of May, 1-7月 in August) is reported
    ("2018-05-17 来源：某日报\n今年全市计划开工棚户区改造住房5890套。今年一季度，全市开工棚户区改造住房1423套，其中甲区开工293套。",
     [(5890.0, 2018)]),
    ("发布时间：2023-08-10\n1-7月，全县新增城镇就业3200人，完成全年目标任务的80%。全年计划新增城镇就业4000人。", [(4000.0, 2023)]),
    ("发布时间：2024-10-21\n今年前三季度，全区完成造林1.2万亩。下一步，力争年底前完成造林1.5万亩。", [(1.5, 2024)]),
    ("2022-07-02 来源：某县融媒体中心\n前5个月，全县新签约项目42个，总投资达120亿元。", []),
    # a quarter still to come, or one the page sets a goal for, is set
    ("某区2024年一季度重点工作安排\n2024-01-05 来源：某区政府\n一季度，全区完成固定资产投资30亿元，新开工项目20个。",
     [(30.0, 2024), (20.0, 2024)]),
    ("2024-05-06 来源：某区政府\n一季度，全区完成投资25亿元。今年二季度，力争完成固定资产投资30亿元。", [(30.0, 2024)]),
])
def test_a_part_of_the_year_over_when_the_page_was_written_is_reported(text, values):
    plan = policyparse.parse_text(("" if text.startswith("某") else "某区推进重点工作\n") + text + "\n")
    assert [(t.value, t.year) for t in plan.targets] == values


@pytest.mark.parametrize("text,values", [
    # a time still to come, then the tasks it holds (共有…任务): what is yet to do, not a count of what there is
    ("2011-07-20 来源：某网\n上半年，全市共回迁12个城中村，安置群众1.19万户。下半年，全市改造工作共有2.05万户的回迁安置任务，"
     "另有8200套公租房的开工建设任务。", [2.05, 8200.0]),
    ("某县住房保障工作推进会召开\n2023-03-02 来源：某县融媒体中心\n今年全县共有3000套保障性住房的建设任务。", [3000.0]),
    ("某县2024年林业工作要点\n今年要完成1.2万亩的人工造林任务和3000亩的退化林修复任务。", [1.2, 3000.0]),
    # …not what there is, nor a count with no time to come before it
    ("某县住房保障工作推进会召开\n2023-03-02 来源：某县融媒体中心\n全县共有保障性住房3000套，其中公租房1200套。", []),
    ("某县住房保障工作推进会召开\n2023-03-02 来源：某县融媒体中心\n去年全县共有3000套保障性住房的建设任务，已全部完成。", []),
])
def test_the_tasks_a_time_to_come_holds_are_goals(text, values):
    assert [t.value for t in policyparse.parse_text(text + "\n").targets] == values


@pytest.mark.parametrize("text,want", [
    # a paragraph a dated page opens on 今年 speaks of that year to its end, past the sentence 今年 is in
    ("某市部署全年开放型经济工作\n2019-02-15 来源：某日报\n今年，我市将奋力推进开放发展先行区建设。主攻稳外贸、稳外资，"
     "实现社会消费品零售总额增长10%；签约项目300个以上。\n到2020年，力争进出口额完成5亿美元。",
     [(10.0, 2019), (300.0, 2019), (5.0, 2020)]),
    ("某县谋划明年重点工作\n2023-12-20 来源：某县融媒体中心\n明年，全县将聚焦产业发展。新建标准厂房20万平方米，引进项目30个。",
     [(20.0, 2024), (30.0, 2024)]),
    # (not 今年以来, which reports)
    ("某县推进招商引资\n2023-08-20 来源：某县融媒体中心\n今年以来，全县引进项目12个。下一步，力争引进项目30个。", [(30.0, 2023)]),
])
def test_a_paragraph_opened_on_this_year_takes_it(text, want):
    assert [(t.value, t.year) for t in policyparse.parse_text(text + "\n").targets] == want


def test_a_plan_that_names_one_year_only_is_for_that_year():
    """2025年，某公司计划…: a page of planned works naming no period and no other year dates its goals by that one."""
    text = ("县供电公司紧密对接地方发展规划\n今日某县网消息 2025年，国网某县供电公司以服务地方经济为核心，计划投资2670万元启动19项"
            "配电网改造工程。\n聚焦短板 升级农村电网\n"
            "针对农村地区低电压难题，计划新建及改造10千伏线路60.05公里、低压线路16.61公里，新增配变14台。\n")
    plan = policyparse.parse_text(text)
    assert plan.metadata.period_end == 2025
    assert [(t.value, t.year) for t in plan.targets][-3:] == [(60.05, 2025), (16.61, 2025), (14.0, 2025)]


def test_an_allocation_table_of_bar_rows_with_a_remarks_column_and_its_titles_year():
    """乡镇 | 新种任务(亩) | 备注 under 某县2023年金桔生产任务分解表: a target per place, the remarks no count,
    the title's year theirs."""
    text = ("关于下达2023年金桔生产任务的通知\n各乡镇：\n现将任务分解表下达给你们，确保目标任务全面完成。\n附件\n"
            "某县2023年金桔生产任务分解表\n乡镇 | 新种任务(亩) | 备注 |\n全县合计 | 7000 | |\n"
            "甲镇 | 2150 | 其中县农投公司新种任务1500亩，不计入甲镇考核。 |\n乙镇 | 600 | |\n丙乡 | 500 | |\n丁镇 | 450 | |\n")
    got = [(t.indicator, t.value, t.unit, t.year, t.scope) for t in policyparse.parse_text(text).targets]
    assert got[-5:] == [("新种任务", 7000.0, "亩", 2023, None), ("新种任务", 2150.0, "亩", 2023, "甲镇"),
                        ("新种任务", 600.0, "亩", 2023, "乙镇"), ("新种任务", 500.0, "亩", 2023, "丙乡"),
                        ("新种任务", 450.0, "亩", 2023, "丁镇")]
    assert {t.year_source for t in policyparse.parse_text(text).targets[-5:]} == {"table"}


@pytest.mark.parametrize("text, years", [
    # a work report's news: 今后五年 announces the goals on the lines after it, over their own headings, to a year's line
    ("2022年某市将新建道路40条\n发布时间：2022-01-20\n1月19日，某市第十五届人民代表大会第一次会议开幕。\n"
     "今后五年，是某市加快发展的关键时期，报告提出了这五年的目标任务。\n经济目标\n地区生产总值年均增长6.5%以上。\n"
     "生态环境\n森林覆盖率达到35%以上。\n2022年\n新建道路40条。\n", [2026, 2026, 2022]),  # (the headline's 40条: a repeat)
    ("某县2023年高质量发展工作要点\n未来三年，我们将奋力推进高质量发展，主要目标如下：\n一般公共预算收入年均增长8%。\n"
     "城镇新增就业每年5000人以上。\n", [2025, 2025]),
    # a horizon that announces no goals leaves the lines after it in the year of the text
    ("某县2023年工作要点\n今后五年，是某县发展的关键时期。\n新建村级综合服务站20个。\n", [2023]),
])
def test_goals_a_horizon_announces_are_due_at_its_end(text, years):
    assert [t.year for t in policyparse.parse_text(text).targets] == years


@pytest.mark.parametrize("sentence, values", [
    # the task of a span still running, then what was done of it, then this year's part: the task and the part
    ("我区2019-2020年调整任务为调减低效农作物面积2万亩，2019年已完成了1.04万亩调整任务，2020年任务数为0.96万亩。", [2.0, 0.96]),
    ("全县2019—2020年造林目标为5000亩，2019年已完成2600亩，2020年目标任务是2400亩。", [5000.0, 2400.0]),
    # a span's list of projects, done: a report
    ("确定2019-2020年度重点民生实事项目4个，目前均已完工。", []),
])
def test_a_running_spans_task_stays_beside_what_was_done_of_it(sentence, values):
    text = "某区2020年农业结构调整工作推进方案\n" + sentence + "\n"
    assert [t.value for t in policyparse.parse_text(text).targets] == values


@pytest.mark.parametrize("years, values", [
    (("2013年", "2014年", "2015年"), []),  # the years before the plan's own: what was, in its background
    (("2015年", "2018年", "2020年"), [40.0, 45.0, 3.5, 3.2]),  # its own years: goals (the base year's column left out)
])
def test_a_table_of_years_before_a_plans_own_gives_no_targets(years, values):
    text = ("某省“十三五”就业规划（2016—2020年）\n专栏1：就业情况\n项目 | " + " | ".join(years) + " |\n"
            "城镇新增就业人数(万人) | 36 | 40 | 45 |\n城镇登记失业率(%) | 3.8 | 3.5 | 3.2 |\n")
    assert [t.value for t in policyparse.parse_text(text).targets] == values


@pytest.mark.parametrize("first", ["一是完成村庄分类工作", "完成村庄分类工作", "一是做好调查摸底"])
def test_a_year_opening_a_sentence_whose_first_clause_counts_nothing_dates_its_clauses(first):
    # (2019年任务：一是完成村庄分类工作；二是…评估率达到50%；…: the year over the semicolons to the full stop)
    text = ("某市乡村振兴三年（2019—2021年）行动方案\n1.优化城乡结构布局\n坚持城乡统一规划，科学确定村庄布局和规模。2019年任务：" + first + "；二是对已编制完成的村庄规划进行评估，"
            "评估率达到50%；三是完成新编制村庄规划144个。2020年任务：完成村庄规划评估工作，评估率达到100%。\n")
    assert [(t.value, t.year) for t in policyparse.parse_text(text).targets] == [(50.0, 2019), (144.0, 2019), (100.0, 2020)]


TABLE_LEAD = "关于下达2022年种植任务的通知\n各乡镇：\n现将任务下达给你们，确保目标任务全面完成。\n"


@pytest.mark.parametrize("table, want", [
    # a header of places closed by their total, flattened a cell a line: read turned, a row a measure, the
    # caption's units in order
    ("各乡(镇)种植任务为(单位:亩、担):\n乡镇 |\n甲镇 |\n乙镇 |\n丙乡 |\n合计 |\n种植 面积 |\n5300 |\n5010 |\n3140 |\n13450 |\n"
     "收购 数量 |\n15780 |\n14470 |\n9338 |\n39588 |\n",
     [("种植面积", 5300.0, "亩", "甲镇"), ("收购数量", 15780.0, "担", "甲镇"), ("种植面积", 5010.0, "亩", "乙镇"),
      ("收购数量", 14470.0, "担", "乙镇"), ("种植面积", 3140.0, "亩", "丙乡"), ("收购数量", 9338.0, "担", "丙乡"),
      ("种植面积", 13450.0, "亩", None), ("收购数量", 39588.0, "担", None)]),
    # the same turned table as |-rows
    ("各乡镇任务(单位：亩、担)\n乡镇 | 甲镇 | 乙镇 | 合计 |\n种植面积 | 300 | 500 | 800 |\n收购数量 | 900 | 1500 | 2400 |\n",
     [("种植面积", 300.0, "亩", "甲镇"), ("收购数量", 900.0, "担", "甲镇"), ("种植面积", 500.0, "亩", "乙镇"),
      ("收购数量", 1500.0, "担", "乙镇"), ("种植面积", 800.0, "亩", None), ("收购数量", 2400.0, "担", None)]),
    # a progress table: its plan's column alone, its money unit from the caption's list; done and rates report
    ("1-9月份重点项目投资完成情况汇总表\n单位:个、亿元\n隶属 | 项目个数 | 年投资计划 | 完成投资额 | 年计划投资完成率 |\n"
     "甲市 | 57 | 82.5 | 65.1 | 78.9% |\n乙县 | 27 | 42.6 | 31.2 | 73.2% |\n丙县 | 34 | 78.5 | 62.9 | 80.1% |\n",
     [("年投资计划", 82.5, "亿元", "甲市"), ("年投资计划", 42.6, "亿元", "乙县"), ("年投资计划", 78.5, "亿元", "丙县")]),
    # a table of how things stood at a date (…情况(截至2010年7月23日)): every column reports
    ("表1 全省补贴发放情况(截至2010年7月23日)\n地区 | 数量(台) | 金额(元) |\n甲市 | 450344 | 119339889.8 |\n"
     "乙市 | 430210 | 116290455.4 |\n", []),
    # an allocation table with a column of what was done: that column reports; the caption's count unit
    ("各县任务（单位：个、万元）\n县区 | 新建项目数 | 计划投资 | 已完成投资 |\n甲县 | 5 | 800 | 300 |\n乙县 | 3 | 450 | 120 |\n",
     [("新建项目数", 5.0, "个", "甲县"), ("计划投资", 800.0, "万元", "甲县"), ("新建项目数", 3.0, "个", "乙县"),
      ("计划投资", 450.0, "万元", "乙县")]),
])
def test_allocation_tables_turned_captioned_and_of_progress(table, want):
    targets = policyparse.parse_text(TABLE_LEAD + table).targets
    assert [(t.indicator, t.value, t.unit, t.scope) for t in targets] == want


@pytest.mark.parametrize("body, years", [
    # the horizon in the sentence itself, and the sentences of its paragraph after it
    ("未来五年，全区地区生产总值年均增长6%左右，城镇新增就业累计达到5万人。城镇化率达到70%。", [2026, 2026, 2026]),
    ("今后3年的主要目标是：研发投入强度达到3%。", [2024]),
    # the horizon holds from where it is said: a clause of each year before it keeps the document's year
    ("全年计划每年招引亿元以上项目100个，带动未来五年制造业投资1000亿元以上。", [2022, 2026]),
    # a line announcing the horizon over the paragraphs of its list, to the next numbered section
    ("今后五年重点做好以下四个方面：\n一是万人发明专利拥有量达到166件。\n二是新建学校10所。\n二、2022年工作安排\n全区地区生产总值增长6%。",
     [2026, 2026, 2022]),
])
def test_a_one_year_documents_years_ahead_count_from_its_year(body, years):
    """未来五年/今后三年 in a document of one year (a 2022 work report): from that year, not the report's own year."""
    plan = policyparse.parse_text("2022年政府工作报告\n一、过去五年工作回顾\n过去五年，全区生产总值年均增长7%。\n" + body)
    assert [t.year for t in plan.targets] == years


def test_the_years_ahead_of_a_plan_over_several_years_end_with_its_period():
    plan = policyparse.parse_text("某区发展规划（2021—2025年）\n一、主要目标\n未来五年，全区地区生产总值年均增长6%左右。")
    assert [t.year for t in plan.targets] == [2025]


def test_an_ellipsis_that_breaks_off_a_quoted_list_ends_its_sentence():
    """…主要预期目标是：…一般公共预算收入增长6%……这不仅为我们描绘了…: the writer's 了 is no deed of the list's."""
    text = ("报告指出，今年经济社会发展的主要预期目标是：地区生产总值增长6%左右；固定资产投资增长6%左右，"
            "一般公共预算收入增长6%……这不仅为我们描绘了一个美好的未来，更为我们指明了前进的方向。\n")
    assert [t.value for t in policyparse.parse_text("2024年政府工作报告解读\n" + text).targets] == [6, 6, 6]


@pytest.mark.parametrize("text, values", [
    # an excerpt starting at a chapter of background (no 第一节 before it, so the structure opens no section)
    ("第二节 土地利用现状 2014年，全镇土地总面积11211.63公顷，其中农用地9447.16公顷。\n建设用地1001.69公顷，占8.93%。\n"
     "第三章 规划目标\n第一节 耕地保护目标 到2020年，全镇耕地保有量不低于6258.95公顷。", [6258.95]),
    ("第三章 发展基础\n全市现有养老机构86家，床位1.2万张。\n第四章 发展目标\n新建养老服务中心12个。", [12]),
    ("第二节 发展现状\n已建成污水处理厂5座。\n到2025年，新建污水处理厂3座。\n第三节 主要任务\n改造管网120公里。", [3, 120]),
    # a chapter of goals is no background
    ("第二节 规划目标\n到2025年，全镇耕地保有量不低于6258.95公顷。", [6258.95]),
])
def test_a_chapter_of_background_opening_its_line(text, values):
    assert [t.value for t in policyparse.parse_text(text).targets] == values


@pytest.mark.parametrize("run", ["进入全省前10名", "城区绿化覆盖率达到41.5%", "全省总人口达到4100万人左右"])
def test_a_clause_of_hundreds_of_numbers_is_a_run_and_the_rest_of_its_sentence_is_read(run):
    # a table or list run together with no comma (doc-sharing sites' one-line pages): each number
    # would cost a target's work and name nothing; the sentence's other clauses still give theirs
    sent = "全市新建学校5所，" + run * 450 + "。"
    assert [(f.indicator, f.value) for f in extract(sent)] == [("新建学校", 5.0)]
    why = {c.rule for c in policyparse.explain(sent) if c.verdict == "fact"}
    assert any("hundreds of numbers" in r for r in why)


def test_a_clause_of_forty_numbers_is_still_read():
    # the most numbers a clause of ~2,300 real pages holds is 40 (a livelihood list): all taken
    sent = "全市新建" + "、".join(f"{name}{i}所" for i, name in zip(range(1, 41), ["学校", "医院"] * 20)) + "。"
    assert len(extract(sent)) == 40


@pytest.mark.parametrize("text,values", [
    # an account of practice (…主要做法是：) numbers what was done, whatever year it names, to the first line looking forward
    ("某市盐碱地综合利用经验\n近年来，我市分类高效利用盐碱地，农业综合生产能力明显提高。主要做法是：\n一、加快项目建设\n"
     "2024年共争取高标准农田建设项目7个，建设规模6.8万亩，总投资2.3亿元。\n二、开展试验示范\n建设示范区3个，面积1.2万亩。\n"
     "下一步，我市将新建高标准农田5万亩。", [5.0]),
    ("某县村级集体经济典型经验\n某县探索“党支部+合作社”模式。经验做法如下：\n1.盘活资产。全县盘活闲置校舍32处，年增收120万元。\n"
     "2.发展产业。2025年培育特色产业村15个。", []),
    # a plan's own 具体做法 or a practice named in a goal are no such account
    ("某县2025年农田建设实施方案\n二、具体做法如下：\n到2025年，新建高标准农田5万亩。", [5.0]),
])
def test_an_account_of_practice_reports_what_was_done(text, values):
    assert [t.value for t in policyparse.parse_text(text).targets] == values


@pytest.mark.parametrize("text,values", [
    # a phone article's lines, unpunctuated under a time word alone on its line, report (目前\n全市已经建成…\n流动微站697个)
    ("微型消防站建设全面推进\n目前\n全市已经建成微型消防站2785个\n其中固定微站959个\n流动微站697个\n企业微站1129个\n"
     "据介绍\n去年以来全市已建成投用的小微型消防站点\n累计出警600余起\n灭火救援时效提升21%", []),
    ("某县农家书屋提档升级\n截至目前\n全县建成农家书屋204个\n配备图书12万册\n\n下一步\n全县将新建农家书屋20个", [20.0]),
    # the run stops at the first line that ends a sentence
    ("某县农家书屋提档升级\n目前\n全县建成农家书屋204个。\n到2025年，新建农家书屋20个。", [20.0]),
])
def test_a_time_word_alone_on_its_line_reports_the_lines_under_it(text, values):
    assert [t.value for t in policyparse.parse_text(text).targets] == values


@pytest.mark.parametrize("text,values", [
    # a paragraph that reports one year, then states the next (2018年是…起步之年): the goals after it are that year's
    ("某市召开三级干部会议部署乡村振兴\n发布时间：2018-03-12\n2017年，我市建成高标准农田4万亩。2018年是实施乡村振兴战略的起步之年，"
     "全市将新建高标准农田3.8万亩。确保经济薄弱村脱贫率达80%以上。", [(3.8, 2018), (80.0, 2018)]),
    ("某市三农工作\n2017年，我市建成高标准农田4万亩。2018年是实施乡村振兴战略的起步之年，全市将新建高标准农田3.8万亩。"
     "确保经济薄弱村脱贫率达80%以上。", [(4.0, 2017), (3.8, 2018), (80.0, 2018)]),
])
def test_a_year_stated_after_a_year_reported_leads_the_rest_of_its_paragraph(text, values):
    assert [(t.value, t.year) for t in policyparse.parse_text(text).targets] == values


@pytest.mark.parametrize("sentence", [
    # a base reached, named with its year and its own words before 的基础上: the goal holds by no year of it
    "5年后，全市财政收入将达到100亿元，即在2012年实现50亿元的基础上再翻一番。",
    "全市地区生产总值将达到1200亿元，在2012年实现三年跨越发展目标600亿元的基础上再翻一番。",
])
def test_a_base_reached_in_a_year_is_not_the_year_of_the_goal(sentence):
    assert extract(sentence) and all(t.year is None for t in extract(sentence))


_TASKS_NAMED_AGAIN = (
    "从群众最关心的利益问题入手，2010年某市政府要完成的与群众生活密切相关的8项实事2月3日在例行新闻发布会上发布。"
    "经市政府常务会议批准的8项实事是：\n一、新增就业岗位8万个，其中农村劳动力就业岗位2万个；完成6万人职业技能培训。\n"
    "二、帮助30万名城镇居民参加基本医保；完成2万名农民纳入养老保障工作。\n"
    "三、为5万老人提供居家养老服务，对其中1万名困难老人给予服务补贴；新建20家老年人日间服务中心；新增2000张养老床位。\n"
    "四、为3000名视力障碍者提供信息服务；为8000名残疾人提供优惠乘车服务。\n"
    "五、新增30辆救护车；完成郊区60所村卫生室标准化建设；为5万名妇女免费提供妇科病筛查。\n"
    "六、在100家菜市场、5家批发市场建成肉类追溯系统；在40家超市设置查询终端。\n"
    "据市政府新闻发言人介绍，为使实事项目更好落实，市政府将加强督查。")


def test_a_lead_naming_the_years_tasks_again_keeps_the_year_of_the_sentence_before():
    # …的8项实事是： with no year, the sentence before naming them with 2010年: every clause of the items is a task
    targets = policyparse.parse_text(_TASKS_NAMED_AGAIN).targets
    assert [t.value for t in targets] == [8.0, 2.0, 6.0, 30.0, 2.0, 5.0, 1.0, 20.0, 2000.0, 3000.0, 8000.0, 30.0, 60.0, 5.0, 5.0, 40.0]
    assert {t.year for t in targets} == {2010}


@pytest.mark.parametrize("text,expected", [
    # a |-table of one year column under a caption naming its plan (“十二五”时期…主要指标 → 2015年 its goal year), rows
    # whose merged first cell was printed once shifted right, a goal in words in a shifted row no end of the table
    ("某市体育事业发展规划\n表：“十二五”时期某市体育发展的主要指标\n类别 | 序号 | 指标名称 | 单位 | 属性 | 2015年 |\n"
     "全民健身 | 1 | 经常参加体育锻炼的人数比例 | % | 预期性 | 40左右 |\n2 | 社会体育指导员占常住人口比例 | ‰ | 约束性 | ≥2 |\n"
     "竞技体育 | 3 | 全运会运动成绩 | 金牌、奖牌 | 预期性 | 超越上届 |\n4 | 获得世界冠军 | 人次 | 预期性 | 超越上届 |\n"
     "体育产业 | 5 | 体育彩票年度销售增幅 | % | 预期性 | ≥15 |\n6 | 注册青少年运动员数 | 人 | 预期性 | ≥8000 |",
     [("经常参加体育锻炼的人数比例", 40.0, 2015), ("社会体育指导员占常住人口比例", 2.0, 2015),
      ("体育彩票年度销售增幅", 15.0, 2015), ("注册青少年运动员数", 8000.0, 2015)]),
    ("某县卫生事业发展规划\n附表：“十三五”卫生发展主要指标\n领域 | 序号 | 指标 | 单位 | 2020年 |\n健康水平 | 1 | 人均预期寿命 | 岁 | 78 |\n"
     "2 | 孕产妇死亡率 | 1/10万 | <15 |\n3 | 重点人群健康管理 | - | 持续改善 |\n医疗服务 | 4 | 每千人口执业医师数 | 人 | 2.5 |",
     [("人均预期寿命", 78.0, 2020), ("孕产妇死亡率", 15.0, 2020), ("每千人口执业医师数", 2.5, 2020)]),
])
def test_a_bar_table_under_a_caption_naming_its_plan(text, expected):
    assert [(t.indicator, t.value, t.year) for t in policyparse.parse_text(text).targets] == expected


@pytest.mark.parametrize("text,values", [
    # prose with a count's heading in it ((COD)…：共27个，预计减排911吨。其中…) is no list of names and counts
    ("某县2012年主要污染物总量减排计划\n（一）化学需氧量(COD)减排项目：共27个，预计减排911吨。其中污水处理厂项目6个，预计减排457吨；"
     "结构减排项目14个，预计减排292吨。", [27.0, 911.0, 6.0, 457.0, 14.0, 292.0]),
    ("某县2013年节能计划\n（二）二氧化硫(SO2)减排工程：共12项，预计削减86吨。其中电厂脱硫3项，削减60吨；锅炉改造9项，削减26吨。",
     [12.0, 86.0, 3.0, 60.0, 9.0, 26.0]),
])
def test_prose_after_a_count_heading_is_not_a_list_of_pairs(text, values):
    targets = policyparse.parse_text(text).targets
    assert [t.value for t in targets] == values and all("(" not in (t.unit or "") and t.unit not in ("COD", "SO2") for t in targets)


@pytest.mark.parametrize("text,expected", [
    # a roundup's list of places and their rates under the goal it names with 的 before 增速 (GDP的增速目标)
    ("某报\n一月份以来，省级“两会”陆续召开。记者了解到，各地综合各方面因素，均提出了2011年GDP的增速目标。其中，甲省的增幅最高。\n"
     "重庆：13.5%\n西藏：12%以上\n河北：9%左右\n福建：12%",
     [("GDP增长", 13.5, "重庆"), ("GDP增长", 12.0, "西藏"), ("GDP增长", 9.0, "河北"), ("GDP增长", 12.0, "福建")]),
    ("某网\n发布时间：2013-02-01\n记者梳理发现，各省区市已公布2013年地区生产总值的增幅目标。\n江苏：10%\n浙江：8%左右\n安徽：10%以上",
     [("地区生产总值增长", 10.0, "江苏"), ("地区生产总值增长", 8.0, "浙江"), ("地区生产总值增长", 10.0, "安徽")]),
])
def test_a_roundup_of_places_under_a_goal_named_with_de(text, expected):
    assert [(t.indicator, t.value, t.scope) for t in policyparse.parse_text(text).targets] == expected


@pytest.mark.parametrize("text,years", [
    # a line opening on another year ends the stage a line led by a year opened (…，2008年，是极不平凡的一年。), and
    # its goals' lead (2009年全省的主要预期目标：) dates the rest of its paragraph
    ("某省人代会开幕\n他说,2008年,是极不平凡的一年。\n2009年全省的主要预期目标:全省生产总值增长9%。"
     "地方财政一般预算收入增长10%;城镇新增就业62万人。", [2009, 2009, 2009]),
    ("某县经济工作会议\n会议指出，2015年，是“十二五”的收官之年。\n2016年全县经济社会发展的主要目标：地区生产总值增长8%。"
     "城镇居民人均可支配收入增长9%。", [2016, 2016]),
    # the sentence's year before its first number, mid-sentence: its clauses after the semicolons go on in it
    ("某市供电局服务“三农”\n《工人日报》(2013年05月10日 005版)\n本报讯 某市供电局稳步推进新农村电气化建设,2013年计划完成农村低压项目150个,"
     "投入资金5000余万元;计划新建电气化镇2个,电气化村40个。", [2013, 2013, 2013, 2013]),
    ("某县乡村振兴\n发布时间：2019-03-01\n全县围绕乡村振兴战略，2019年计划新建村级活动场所10个；改造村内道路30公里。", [2019, 2019]),
    # not a deadline of its own clause (力争到2020年…建成2-3个…；): the clauses after it keep the page's year
    ("某市乡村振兴\n发布时间：2018-03-01\n2018年全市乡村振兴工作安排\n今年，我市将重点支持乡村建设田园综合体，力争到2020年每个县区建成"
     "2-3个田园综合体；建成4个旅游示范镇、10个旅游示范村。", [2020, 2018, 2018]),
    # an undated page whose lede reports a year's work meeting held lately: its 今年 is that year
    ("本报讯 (记者 某某) 某省残联第六届主席团第二次全体会议暨2015年某省残联工作会议日前在兰州举行。理事长作工作报告称，"
     "2014年，各级共投入近5亿元。\n理事长介绍，今年主要目标是为10万特困残疾人发放生活补贴；建设100个示范性社区康复站。", [2015, 2015]),
    ("某县2016年农业农村工作会议昨日召开。会议提出，今年全县将新建高标准农田3万亩，粮食总产稳定在50万吨以上。", [2016, 2016]),
    # …召开2023年…启动会 (举行2019年…推进会) in the lede of an undated page: that year, its 今年 (not 2022年工作总结…部署会)
    ("2月22日，某县召开2023年关爱女性健康工作启动会，总结去年工作。会议对今年工作作了安排。\n今年全县将完成宫颈癌筛查7100人。", [2023]),
    ("3月5日上午，某市举行2019年安全生产工作推进会。会上提出，今年全市将新建微型消防站120个。", [2019]),
    ("1月8日，某县召开2022年工作总结暨2023年工作部署会。会上提出，今年全县将新建村级文化广场20个。", [None]),
    # 力争“十三五”末 on a page of 2017 is still ahead (not a past 十三五末), and the year of the meeting the goals were
    # heard at (…2017年…工作会议上获悉) yields to it
    ("某市渔业新闻\n发布时间：2017-04-15\n记者从4月14日召开的2017年全市水产渔政工作会议上获悉，力争“十三五”末，全市水产品产量突破8万吨，"
     "实现产值15亿元。", [2020, 2020]),
    ("某县交通新闻\n发布时间：2016-03-01\n会议要求，力争“十三五”末，全县农村公路里程达到3000公里。", [2020]),
    # a journal abstract's page, dated by its issue line
    ("摘要\n今年以来，某县全面启动了农村公路村村通工程。全县共开工建设农村公路220多公里。今年是该县全面完成农村公路建设规划的决战之年，"
     "全年计划投资2.5亿元。\n出处\n《交通企业管理》\n2006年第6期15-15，共1页", [2006]),
    # a dated page naming the zodiac year it speaks of (马年, 蛇年): its plans are that year's
    ("某区马年民生实事出炉\n发布时间：2014-02-13\n该区马年将为民办好十件实事，分别是：\n1.建设环卫工人之家2000平方米以上，"
     "设立环卫工人休息点10处。\n2.率先在全市完成80个老旧小区改造。", [2014, 2014, 2014]),
    ("某县蛇年重点工作\n发布时间：2013-02-20\n蛇年，某县将重点抓好以下工作：新建农村公路50公里，改造农村危房300户。", [2013, 2013]),
    # a list of goals led by …目标任务为： with no year, the sentence before naming that year's tasks
    ("据某部网站10日消息，某部已于近期将工业行业2011年淘汰落后产能目标任务分解下达到各地。\n主要工业行业淘汰落后产能目标任务为："
     "炼铁2653万吨，炼钢2627万吨，印染17.3亿米。", [2011, 2011, 2011]),
    ("某市近日将2013年节能减排目标任务下达各县区。全市重点企业节能目标任务为：节约标准煤12万吨，单位产值能耗下降4%。", [2013, 2013]),
    # a goals heading printing its year without 年 (2013预期目标, 2021任务清单) or after a dash (——2013年主要目标)
    ("某县人代会开幕\n发布时间：2013-01-20\n县长作政府工作报告。\n2013预期目标\n地区生产总值增长10%。", [2013]),
    ("2021年全国两会\n发布时间：2021-03-05\n“十四五”规划目标\n■城镇调查失业率控制在5.5%以内\n2021任务清单\n●国内生产总值增长6%以上\n"
     "●城镇新增就业1100万人以上", [2025, 2021, 2021]),
    ("某县人代会开幕\n发布时间：2013-01-20\n县长作政府工作报告。\n——2013年主要目标\n地区生产总值增长10%，城镇新增就业5万人。", [2013, 2013]),
    # a label opening another stage's goals (远期目标为：, 长期目标是，) ends the lead's year before it: no year of its
    # own, the plan's end
    ("某区全民阅读规划(2016-2025年)\n为推进工作，制定本规划。\n主要目标。近期目标为：到2020年，阅读率达到50%；参与人口不少于30%。"
     "远期目标为：阅读率达到70%，参与人口不少于60%。", [2020, 2020, 2025, 2025]),
    ("某县健康促进规划(2018-2030年)\n为推进工作，制定本规划。\n中期目标：到2025年，健康素养水平达到20%。长期目标是，健康素养水平达到30%。",
     [2025, 2030]),
    ("某市公共文化规划(2021-2025年)\n一、主要目标\n（一）近期目标。到2023年，新建书屋20个。（二）远期目标。新建书屋50个。", [2023, 2025]),
    # news of a plan issued whose lede gives its deadline after a word of intent (提出…到2022年累计压减…): the
    # page's plan runs to that year, and its undated measures are due by then
    ("日前，记者从某省发改委获悉，该省印发《关于地下水超采综合治理的实施意见》，提出到2022年累计压减地下水超采量50亿立方米。\n"
     "突出抓好重点行动。发展高效节水灌溉面积300万亩，压减地下水超采量2.5亿立方米。", [2022, 2022, 2022]),
    ("记者从某市获悉，该市出台方案，明确到2025年共计改造老旧小区300个。\n具体任务包括：新建停车位5000个。", [2025, 2025]),
])
def test_the_year_old_reports_and_news_give_their_goals(text, years):
    assert [t.year for t in policyparse.parse_text(text).targets] == years


@pytest.mark.parametrize("text,values", [
    # 截至2012年底，… opening a sentence inside a paragraph of a dated page: the paragraph goes on in that year
    ("某市供电局服务“三农”\n《工人日报》(2013年05月10日 005版)\n本报讯 某省某市供电局近年来大力实施“新农村、新电力”的农电发展战略,"
     "改造低压电网,切实服务“三农”。截至2012年底,累计完成农村电网改造项目980个,投入资金15000万元。全市共新增台区420座,增容台区300座;"
     "新建农村配电房350座。\n该局2013年计划完成农村低压项目150个。", [150.0]),
    ("某县农村公路建设\n发布时间：2014-03-02\n某县交通局多年来持续加大农村公路投入。截至2013年末，全县累计建成农村公路800公里。"
     "全县共新建桥梁60座，改造危桥30座。\n2014年，全县计划新建农村公路100公里。", [100.0]),
    # a run-in label of last year (去年：, 上年：) reports its line; a subheading stating the goal a paragraph
    # further under it gives again (5000亿 over …5000亿元) is that paragraph's
    ("昨日，省长在省人民代表大会上作政府工作报告。\n2010年工作重点\n招商引资 5000亿国内省外资金力争到位\n"
     "去年：投资消费强劲拉动。全社会固定资产投资12020.7亿元，增长58.1%。发放补贴14.4亿元。\n"
     "今年：创新招商引资方式，力争到位国内省外资金5000亿元，实际利用外资50亿美元。", [5000.0, 50.0]),
    ("某县2016年教育工作要点\n学校建设\n上年：全县新建学校8所，改造校舍12万平方米。\n今年：全县新建学校10所，改造校舍20万平方米。",
     [10.0, 20.0]),
    # a subheading giving the goal with its scale word alone (30亿, 80亿) restates the body's (30亿元, 80亿元)
    ("某县2016年招商工作要点\n发布时间：2016-02-01\n一、总体要求\n围绕发展大局开展工作。\n招商引资 力争到位资金30亿\n"
     "去年：全县到位资金25亿元，增长12%。\n今年：全县将创新招商方式，力争到位资金30亿元，新建项目12个。", [30.0, 12.0]),
    ("某县2016年招商工作要点\n发布时间：2016-02-01\n一、总体要求\n围绕发展大局开展工作。\n工业投资 确保完成80亿\n"
     "今年，全县将确保完成工业投资80亿元，增长15%。", [80.0, 15.0]),
    # a numbered list under a paragraph whose last sentence says what is to be done and counts it (重点实施“四大改造”。)
    ("某市旧城改造\n发布时间：2012-02-13\n2月12日，记者在某市城镇建设动员大会上获悉，某市将进一步加大旧城改造力度，重点实施“四大改造”。\n"
     "1、凤山区域改造。结合水系开发，投资10亿元，对周边2000亩土地实施综合治理，9月开工。\n"
     "2、新火车站区域改造。投资120亿元，对7平方公里区域进行综合改造，4月开工。", [10.0, 2000.0, 120.0, 7.0]),
    ("某区民生工程\n发布时间：2015-03-02\n记者从区政府获悉，今年该区将集中力量办好五件大事。\n一、教育设施建设。投资3亿元，新建中小学4所。\n"
     "二、养老服务。新增养老床位800张，建成日间照料中心10个。", [3.0, 4.0, 800.0, 10.0]),
    # not under a paragraph that only reports (…已完成三项工程。)
    ("某区民生工程\n发布时间：2015-12-20\n记者从区政府获悉，该区今年已完成三项工程。\n一、教育设施建设。投资3亿元，新建中小学4所。", []),
    # progress reported (…，超额完成年度任务4.52万人；) goes on reporting over its semicolons
    ("某州计划今年减少贫困人口\n发布时间：2016-04-12\n记者从发布会上获悉，2015年全州共减少贫困人口25.62万人，超额完成年度任务4.52万人；"
     "年度任务内的7个贫困村全部实现整体脱贫；全州共组织1500多个单位开展驻村扶贫，组建739个工作队驻村帮扶。\n"
     "2016年，全州计划减少贫困人口26.15万人，将有257个村整体脱贫。", [26.15, 257.0]),
    ("某县农村公路建设\n发布时间：2019-03-10\n据介绍，2018年全县完成农村公路投资3.2亿元，占年度计划的108%；新建通村公路260公里；"
     "改造危桥18座。\n2019年，全县计划新建农村公路300公里。", [300.0]),
    # on a news page of results, 计划创建 (创成, 打造, 培育 …) before a count still sets the year's goals
    ("近日，某县农办召开会议，明确了2018年工作思路。\n据悉，2017年是某县美丽乡村建设大获丰收的一年。顺利推进23个精品村、10个示范村建设，"
     "取得了显著成效。\n2018年，将按照县委提出的战略要求，再创美丽乡村建设新业绩。计划创建精品线4条、精品村2个。", [4.0, 2.0]),
    ("近日，某市文旅局召开会议。据悉，去年全市旅游接待量大幅增长，取得了显著成效。\n今年，全市将继续推进全域旅游。计划培育旅游特色村15个。", [15.0]),
    # news of the year's allocation (今年安排项目95个、资金2.08亿元; 全年安排…资金1.2亿元) sets its goals; 已安排 reports
    ("某县扶贫工作\n发布时间：2019-03-02\n记者从县扶贫办获悉，全年安排扶贫项目资金1.2亿元，实施产业项目40个。去年全县减贫1.1万人，已建成扶贫车间20个。",
     [1.2, 40.0]),
    ("某省对口支援工作\n发布时间：2017-11-15\n记者从省发改委获悉，今年已安排项目95个、帮扶资金2.08亿元。工作启动以来，已投入近10亿元资金，"
     "建成了上百个民生项目。", []),
    # a budget's draft (预算案, 预算支出安排128453万元, 预算安排情况) plans its year; its base (在上年实际完成任务基础上) is no past
    ("国务院提2015中央地方预算案：新增地方债5000亿\n据国务院网站消息，国务院提出的2015年中央和地方预算草案，全国一般公共预算收入154300亿元，"
     "比2014年预算执行数增长7.3%；全国一般公共预算支出171500亿元，增长10.6%。2014年全国一般公共预算收入140350亿元，比上年增长8.6%，"
     "统计数据显示，税收收入119158亿元。", [154300.0, 7.3, 171500.0, 10.6]),
    ("一、2016年财政预算安排情况\n编制2016年预算的指导思想是全面贯彻落实党的十八大精神。\n（一）财力预算\n2016年预计可安排财力为128453万元。"
     "其中，地方公共财政预算收入在上年实际完成任务基础上增长10.5%安排30438万元。\n（二）支出预算\n按照预算收支平衡的原则，"
     "2016年全县公共财政预算支出安排128453万元。", [128453.0, 10.5, 30438.0, 128453.0]),
    # a paragraph opening on the tasks named before it, run in (10件实事包括：…；…), on a news page: its items are the tasks
    ("某省总工会今年为职工办10件实事\n发布时间：2021-03-01\n省总工会近日决定，今年继续为职工兴办10件实事，包括帮助4000名环卫工人实现微心愿。\n"
     "10件实事包括：全省工会筹措资金2亿元，为职工送温暖；举办1000期职工疗休养，安排专项资金4200万元；举办200个职工子女暑托班。",
     [2.0, 1000.0, 4200.0, 200.0]),
    ("某县总工会\n发布时间：2021-12-20\n县总工会去年为职工办10件实事。\n10件实事包括：筹措资金2亿元，为职工送温暖；举办1000期职工疗休养。", []),
    # a funding round's money (此次…共安排150万元福彩公益金, 设立…基金) is what it commits, not a description of a thing
    ("某市公益创投活动启动\n发布时间：2019-08-28\n近日，市民政局启动2019年社会组织公益创投活动。\n此次公益创投共安排150万元福彩公益金，"
     "用于支持社会组织开展公益服务项目。2018年共有32个项目入选，已全部完成。", [150.0]),
    # a paragraph opening on a span gone when the plan begins (另据了解，2013-2016年，…获得…) reports it
    ("某省建筑节能工作\n发布时间：2016-05-01\n省住建厅消息，“十三五”期间全省要实现新建节能建筑4亿平方米以上。\n"
     "另据了解，2013-2016年，全省获得绿色建筑标识项目3500万平方米；建成节能建筑4亿平方米，惠及居民100万户。", [4.0]),
    ("某市教育规划\n发布时间：2021-05-01\n2021-2025年，全市累计新建学校50所，新增学位3万个。", [50.0, 3.0]),
    # 今年 dating months a sentence reports (今年9至10月，…进行了基线筛查) looks nowhere forward
    ("某县近视防控会议\n发布时间：2021-11-20\n今年9至10月，我县对13所中小学校7711名学生视力进行了基线筛查。"
     "会议要求，力争2022年全县视力筛查覆盖率达90%以上。", [90.0]),
    # 目前，X有… opens a paragraph of how things stand: its sentences after report too
    ("“十二五”期间，某区教育项目共规划投资80亿元，将新建双语幼儿园608所。目前，某区有各类学校1195所，教学点613个。"
     "各级各类在校学生人数570413人，其中研究生824人。", [80.0, 608.0]),
    # a count of those chosen (…等45家县级中医医院入选) reports, unless a word of intent leads it (力争…10个村入选) or the
    # count follows it (入选省级以上研发攻关计划项目15项以上)
    ("某省提升县级医院能力实施方案\n一、工作目标\n国家公布第二阶段名单，我省某县人民医院等44家县级医院、某县中医院等45家县级中医医院入选。"
     "到2025年，力争全省再有10家县级医院达到三级医院水平。", [10.0]),
    ("某省卫生新闻\n发布时间：2020-06-01\n今年全省将有10个县级医院入选省级重点专科建设单位。", [10.0]),
    ("某区重点工作\n发布时间：2022-03-01\n积极承担省级攻关计划，入选省级以上研发攻关计划项目15项以上。", [15.0]),
    # a web address's digits and percent-escapes (…Yahoo%E5%A5%87…, /2023/5/12/…) are codes
    ("某县新闻\n发布时间：2023-03-01\n相关链接：http://www.example.com/pages/Yahoo%E5%A5%87%E6%91%A9/1092\n今年全县新建幼儿园5所。", [5.0]),
    ("某县新闻\n发布时间：2023-03-01\n今年全县新建幼儿园5所。原文见www.example.gov.cn/art/2023/5/12/art_15_90%25.html", [5.0]),
    # a plan issued, told with 了, then what it sets after a comma: the issuing is done, its numbers are goals
    ("某市新闻\n发布时间：2023-06-03\n6月2日，我市下达了全市2023年度审计项目计划，全年安排审计项目81个，其中市本级安排审计项目59个。",
     [81.0, 59.0]),
    ("某县新闻\n发布时间：2022-03-10\n近日，县政府印发了《某县农村公路建设实施方案》，明确今年新建农村公路50公里。", [50.0]),
    ("某县新闻\n发布时间：2021-04-10\n县农业局制定了2021年高标准农田建设方案，提出建设高标准农田3万亩。", [3.0]),
    ("某市新闻\n发布时间：2023-01-10\n去年，我市完成了审计项目81个，全年安排资金500万元。", []),
    # news quoting a plan another body issued: the year before it dates the issuing, not the goals (…纲要》，提出…)
    ("某县新闻\n发布时间：2012-05-01\n2010年，国家民委印发了《少数民族特色村寨保护与发展规划纲要(2011—2015年)》，"
     "提出在全国重点保护和改造1000个少数民族特色村寨。", [1000.0]),
    ("某县新闻\n发布时间：2014-05-01\n2013年，省政府出台《关于加快油茶产业发展的意见》，明确全省新造油茶林50万亩。", [50.0]),
    ("某县新闻\n发布时间：2012-05-01\n2010年，全县完成造林5万亩。", []),
    # on a page that reports more than it sets, a strong cue inside a weak one still looks forward (建成后，…将达)
    ("某县物流园区建设加快推进\n发布时间：2011-10-20\n据介绍，今年以来，园区已完成投资12亿元，同比增长20%，已入驻企业36家，"
     "实现交易额80亿元，增长15%。园区建成后，年货运量将达1500万吨、市场交易额达500亿元。", [1500.0, 500.0]),
    # a news page's goal in a rule's words (不低于48%, 不超过35人) or a level raised from…to (将…由310元提高至1000元)
    ("某市征兵工作全面展开\n发布时间：2015-08-01\n去年全市征集新兵2324人，其中大学生1070人，占46%，同比提高4个百分点。"
     "据统计，近五年全市共输送新兵1.1万人。根据省征兵办预告，今年大学生征集比例不低于48%。", [48.0]),
    ("某区新闻\n发布时间：2016-11-01\n据了解，该区边境线长560公里，现有护边员3500人，去年共发放补贴6000万元，同比增长12%。"
     "今年6月起，该区将高原护边员补贴由310元提高至1000元。", [1000.0]),
    ("某县新闻\n发布时间：2014-03-01\n去年全县完成造林5万亩，同比增长10%。2014年冬春水利建设的主要任务是疏浚65条中沟、整治105个村庄河道。",
     [65.0, 105.0]),
    # the year's plan after what has been done in it (今年以来，…栽植…69513亩，计划收购烟叶14万担), and a news page's 争取 with a
    # verb of doing (2015年争取种植烟叶12万亩); not 计划生育, a name
    ("某县新闻\n发布时间：2016-09-10\n今年以来，全县栽植烟叶面积69513亩，计划收购烟叶14万担，中部烟比例65%以上，烟农收入超过2亿元。",
     [14.0, 65.0, 2.0]),
    ("某县烤烟生产工作会召开\n发布时间：2015-01-06\n会议总结了2014年烤烟生产工作，全县收购烟叶28万担，同比增长5%。"
     "2015年争取种植烟叶12万亩、收购烟叶30万担。", [12.0, 30.0]),
    ("某县新闻\n发布时间：2016-09-10\n今年以来，全县落实计划生育政策，出生人口3000人。", []),
    # a goal list's 同比 is its goals' base: under a lead that closes its line (…主要预期目标是:\n…；…), or after words
    # that state the goals (提出明年经济发展目标，…同比增长11.3%，…同比增长8.3%的经济目标); not after goals met
    ("某镇2012年主要工作安排\n2012.01.17\n2012年是我镇推进转型发展的重要一年。明年全镇经济社会发展的主要预期目标是:\n"
     "全镇工业总产值108亿元;第三产业增加值42.5亿元,同比增长11.3%;人均可支配收入20218元,同比增长8%。\n"
     "2012年镇政府将重点抓好四个方面的工作:\n(一)深化产业结构调整\n加大产业结构调整力度，力争新建标准厂房5万平方米，"
     "确保引进项目10个。\n(二)加快城镇建设\n力争完成动迁安置300户。",
     [108.0, 42.5, 11.3, 20218.0, 8.0, 5.0, 10.0, 300.0]),
    ("某镇明确明年发展目标\n时间:2008-12-25 15:07:23 来源:某区新闻\n某镇提出明年经济发展目标，2009年全镇工业完成总产值118亿元，"
     "同比增长11.3%，实现利润总额6.5亿元，同比增长8.3%的经济目标。", [118.0, 11.3, 6.5, 8.3]),
    ("某镇新闻\n时间:2008-12-25\n全镇完成了年初确定的目标，工业总产值118亿元，同比增长11.3%。", []),
    ("某县供水工程完工\n发布时间：2021-10-20\n今年以来，全县已完成投资1.2亿元，同比增长20%，已建成水厂3座，"
     "铺设管网80公里，增长15%。工程建成后，可改善3万人的供水条件。", []),
    # a plan's verb of what it will put or give after 计划 (计划投放, 计划为…配备): the news page's goals
    ("某县增殖放流鱼苗\n发布时间：2019-11-11\n来源：某县新闻网\n11月4日，某县举行了2019年水生生物增殖放流活动。据介绍，"
     "该项目计划投放鲢鱼352万尾、鳙鱼10万尾。活动现场，渔政人员对苗种进行了验收。", [352, 10]),
    ("某市木质渔船将配救生筏\n2014年05月12日\n5月7日，记者从市海洋与渔业局获悉，我市计划为全市345艘木质渔船配备简易"
     "救生筏。渔船检验处将集中招标采购。", [345]),
    # one sentence of a plan among a news page's results (2018年…脱贫 over a byline): the plan's goal, not the results
    ("2018年某省67.8万妇女脱贫\n2019-01-25 10:26:40|来源：某日报|编辑：某某\n  1月24日，作者在省妇联执委会议上了解到，"
     "某省通过“巾帼脱贫行动”带动妇女就业，2018年成功地让67.8万妇女成功脱贫。\n  为了更好地体现妇女在脱贫中的作用，"
     "省妇联计划从2018年至2020年，开展“三女培育”工程，每年培训妇女近4万人(次)。截至目前，培育妇女手工企业1354家。\n"
     "  与此同时妇联还开展各种活动促进妇女就业，组织专场招聘会208场，提供就业岗位5万余个，帮助3.5万名妇女就业。\n"
     "  通过家政扶贫示范项目，建成54家品牌连锁店，带动妇女就业3.5万人。\n  未来，某省将推动家政服务业职业化、规范化。", [4]),
    # an approval of a plan (经研究，批复如下：一、同意…实施方案提出的建设内容) sets what it approves
    ("你委《关于上报某县2015年度坡耕地水土流失综合治理试点工程实施方案的请示》收悉。经研究，批复如下：\n一、同意某县"
     "2015年度坡耕地水土流失综合治理试点工程实施方案提出的建设内容。\n二、主要建设内容及规模：修建水平梯田443公顷、护地堤"
     "1600米。\n三、项目投资及资金来源：项目总投资1667万元，其中申请中央预算内投资1000万元，县财政配套667万元。\n特此批复。",
     [443, 1600, 1667, 1000, 667]),
    # news of what a body will choose, or will go on to open (将选择…作为试点, 还将陆续开设): goals, though 作为 follows
    ("某省为30所中小学穿上防护衣\n发表于 2009-5-27 09:26:55\n本报讯 5月26日，记者从省气象部门获悉，省气象局在某县举办防雷"
     "示范工程启动仪式。我省将选择30-40所容易遭受雷击的农村中小学作为试点，免费为每所学校投资4万-5万元左右。", [30, 4]),
    ("某市启动首批月嫂培训\n2019-05-10 来源：某晚报\n5月5日，首批月嫂技能培训分别在两个区开班，共开设14个培训班。5月中旬，"
     "还将陆续开设6个班。", [6]),
    # news of what will be opened up or moved (总计将开发…, 9月底可搬迁安置…) and of what a town strives for (力保签约项目2个)
    ("某区生态移民工程启动\n2011-03-10 来源：某日报\n记者从区移民局获悉，去年全区搬迁移民2万人。今年，全区旱作山区人口全部"
     "搬迁到生态移民区，总计将开发新土地41.6万亩，搬迁移民13.3万人。", [41.6, 13.3]),
    ("某市生态移民安置区建设加快\n2015-06-20 来源：某网\n记者了解到，安置区住房6月底竣工，9月底可搬迁安置生态移民593户2639人。",
     [593, 2639]),
    ("某镇开展百日竞赛\n2016-03-05 来源：某报\n记者从镇里获悉，在百日竞赛中，全镇力保签约项目2个，开工项目3个，为完成全年目标"
     "打好基础。", [2, 3]),
])
def test_which_numbers_old_reports_and_news_commit_to(text, values):
    assert [t.value for t in policyparse.parse_text(text).targets] == values


@pytest.mark.parametrize("sentence,names", [
    # a count, then a length or sum of what it counted: the second value's name is the count's, not the bare noun
    ("高速公路续建7个项目722公里，新开工3个项目307公里。", ["高速公路续建项目", "高速公路续建项目", "新开工项目", "新开工项目"]),
    ("实施农村公路建设工程12处86公里。", ["实施农村公路建设工程", "实施农村公路建设工程"]),
    # (a longer name between the two values is the second value's own)
    ("新建5座水库总库容1.2亿立方米。", ["新建水库总库容", "水库总库容"]),
])
def test_a_value_after_a_count_measures_what_was_counted(sentence, names):
    assert [t.indicator for t in extract(sentence)] == names


@pytest.mark.parametrize("sentence,want", [
    # the value it starts from before 分别: each value after it has that baseline, the name ends before 由
    ("到2025年，高血压患者管理人数由目前的8835万人分别提高到1亿人和1.1亿人。",
     [("高血压患者管理人数", 1.0, 8835.0), ("高血压患者管理人数", 1.1, 8835.0)]),
    ("到2020年和2025年，规范管理率分别由50%提升至60%和70%。", [("规范管理率", 60.0, 50.0), ("规范管理率", 70.0, 50.0)]),
    # a long name's list of causes (因甲、乙、丙和丁导致的…) is the name, not items measured one by one
    ("力争30至70岁人群因心脑血管疾病、癌症、慢性呼吸系统疾病和糖尿病导致的过早死亡率降低到14.3%。",
     [("30至70岁人群因心脑血管疾病、癌症、慢性呼吸系统疾病和糖尿病导致的过早死亡率", 14.3, None)]),
    ("由火灾、交通事故、溺水和建筑施工事故引起的年死亡人数下降10%。",
     [("由火灾、交通事故、溺水和建筑施工事故引起的年死亡人数", 10.0, None)]),
    # (a long list of items each measured keeps only its last item's name)
    ("全面落实先诊疗后付费、一站式结算、大病保险、医疗救助、实际报销比例不低于70%。", [("实际报销比例", 70.0, None)]),
])
def test_a_starting_value_before_fenbie_and_a_list_of_causes_name_exactly(sentence, want):
    assert [(t.indicator, t.value, t.baseline) for t in extract(sentence)] == want


@pytest.mark.parametrize("text,expected", [
    # a wide table turned on its side and cut in blocks: a label line, the names, the goal year's label, the values,
    # the attributes; block after block, read as one table of a row per indicator (> kept as printed)
    ("某市乡村振兴专栏\n主 要 指 标 |\n粮食综合生产能力 | 农业科技进步贡献率 | 农业劳动生产率 |\n2022 年 目 标 值 |\n>6亿吨 | 61.5% | 5.5万元/人 |\n"
     "属 性 | 约束性 | 预期性 | 预期性 |\n主 要 指 标 |\n村庄绿化覆盖率 | 农村卫生厕所普及率 |\n2022 年 目 标 值 |\n32% | >85% |\n"
     "属 性 | 预期性 | 预期性 |\n",
     [("粮食综合生产能力", ">", 6.0, "亿吨", 2022), ("农业科技进步贡献率", "=", 61.5, "%", 2022),
      ("农业劳动生产率", "=", 5.5, "万元/人", 2022), ("村庄绿化覆盖率", "=", 32.0, "%", 2022), ("农村卫生厕所普及率", ">", 85.0, "%", 2022)]),
    # (two blocks of different goal years: two tables)
    ("指标名称 |\n新建学校 | 新增学位 |\n2025年目标值 |\n12所 | 9000个 |\n指标名称 |\n新建学校 | 新增学位 |\n2027年目标值 |\n20所 | 15000个 |\n",
     [("新建学校", "=", 12.0, "所", 2025), ("新增学位", "=", 9000.0, "个", 2025), ("新建学校", "=", 20.0, "所", 2027),
      ("新增学位", "=", 15000.0, "个", 2027)]),
])
def test_a_wide_table_turned_and_cut_in_blocks(text, expected):
    got = [(t.indicator, t.comparator, t.value, t.unit, t.year) for t in policyparse.parse_text(text).targets]
    assert got == expected


@pytest.mark.parametrize("text,values", [
    # an encyclopedia's box of fields about a place, blank lines between: facts; the plan after it keeps its goals
    ("某乡\n\n中文名称: 某乡\n\n行政区类别: 乡\n\n面 积: 58.13平方千米\n\n人 口: 17074人(2017)\n\n耕地面积: 2.6万亩\n\n"
     "经济发展\n\n今年全乡计划新建大棚800座。\n", {800}),
    ("某镇概况\n总面积：120平方公里\n常住人口：3.2万人\n海拔：1200米\n到2025年，全镇新建高标准农田1万亩。\n", {1}),
    # (a plan's two fields under one heading are no box: 面积 and 人口 with a goal)
    ("某镇规划\n规划面积：120平方公里\n到2025年，全镇人口：达到5万人。\n", {120, 5}),
])
def test_a_box_of_fields_about_a_place_holds_facts(text, values):
    assert {t.value for t in policyparse.parse_text(text).targets} == values


@pytest.mark.parametrize("sentence, names", [
    # a size class of money between a count and what it counts is part of its name, no number of its own
    ("到2030年，重点培育40户10亿元以上企业、50户行业领军企业。", [("10亿元以上企业", 40.0), ("行业领军企业", 50.0)]),
    ("到2025年，打造2个100亿级产业集群、3个50亿级产业园区。", [("100亿级产业集群", 2.0), ("50亿级产业园区", 3.0)]),
    ("到2025年，新建5个1000万元以上项目。", [("1000万元以上项目", 5.0)]),
])
def test_a_size_class_of_money_inside_a_counted_name(sentence, names):
    got = extract(sentence)
    assert [(next((n for n, _ in names if n in g.indicator), g.indicator), g.value) for g in got] == names


@pytest.mark.parametrize("body, years", [
    # 今年 (or 明年) opening a sentence holds for its numbers before a later deadline's year, which holds after it
    ("今年，某区将增加中小学学位3000个，新增幼儿园学位6800个，至2020年，力争新增30000个幼儿园学位。",
     [(3000.0, 2018), (6800.0, 2018), (30000.0, 2020)]),
    ("明年某区将增加中小学学位3000个，到2020年力争新增30000个幼儿园学位。", [(3000.0, 2019), (30000.0, 2020)]),
    ("今年计划改造土坯房1460户，到2020年全面完成改造任务5000户。", [(1460.0, 2018), (5000.0, 2020)]),
])
def test_this_year_before_a_later_deadline_in_one_sentence(body, years):
    plan = policyparse.parse_text(f"某区学前教育发展\n发布时间：2018-01-16\n{body}")
    assert [(t.value, t.year) for t in plan.targets] == years


@pytest.mark.parametrize("text, values", [
    # a count in words right before the text's numbered items counts them (the text's own parts), not a goal
    ("某区2025年工作思路\n今年全区将做好五个强化，实现五个新突破。\n一是强化中心工作，力争工业总产值突破600亿元。\n二是强化改革创新。",
     [600.0]),
    ("某县2024年工作要点\n全年重点抓好三项工作。\n（一）新建学校5所。\n（二）新增学位2000个。", [5.0, 2000.0]),
    # (a count in figures, or one not followed by numbered items, stays a goal)
    ("某县2024年工作要点\n全年新建3个示范基地。\n一是新建学校5所。", [3.0, 5.0]),
    ("某县2024年工作要点\n全年新建三个示范基地，改造两个园区。", [3.0, 2.0]),
])
def test_a_count_in_words_before_numbered_items_counts_them(text, values):
    assert [t.value for t in policyparse.parse_text(text).targets] == values


@pytest.mark.parametrize("body, values", [
    # the comments a consultation received (共收到…来信27件…建议44条; 涉及…的建议10项) are its record, not goals
    ("征集工作于2019年12月27日结束，共收到社会群众来信27件共计44条民生实事建议，其中：涉及交通出行方面的建议或诉求22项。"
     "\n1.新建供热管网5公里。", [5.0]),
    ("共收集到群众意见建议120条，经梳理，确定以下项目。\n1.改造老旧小区20个。", [20.0]),
])
def test_the_comments_a_consultation_received_are_no_goals(body, values):
    plan = policyparse.parse_text(f"某市2020年民生实事项目（草案）\n{body}")
    assert [t.value for t in plan.targets] == values
    counted = [c for c in policyparse.explain(plan) if c.number.endswith(("件", "条"))]
    assert counted and all(c.verdict == "fact" and "收" in c.rule for c in counted)  # (said why: what was received)


@pytest.mark.parametrize("body, values", [
    # 目前 before a plan (目前，…初步计划选取两个网点建立…) opens no report: the plan's counts are goals
    ("目前，市分公司初步计划选取两个网点建立镇级电商综合服务中心，选取30个村邮站建成农村电商驿站。", [2.0, 30.0]),
    ("目前，该县拟引进10家电商企业。", [10.0]),
    # (目前 with what was already done stays a report)
    ("目前，全县已建成村级电商服务站30个。", []),
])
def test_now_before_a_plan_opens_no_report(body, values):
    plan = policyparse.parse_text(f"某省电子商务进农村综合示范工作\n发布时间：2015-07-10\n{body}")
    assert [t.value for t in plan.targets] == values




@pytest.mark.parametrize("heading", ["一、工作推进情况", "一、2022年重点工作推进情况", "（一）重点工作推进情况"])
def test_a_section_on_how_the_work_went_reports(heading):
    # a summary's section of progress (推进情况) reports what was done, like 落实情况 and 进展情况, though the excerpt
    # ends before its plans for the next year
    text = ("某市行政服务中心2022年度工作总结和2023年度工作思路\n今年以来，市行政服务中心推进政务服务标准化、便利化。\n"
            + heading + "\n一是强化理论学习。举办微型党课大赛，获评全市比赛二等奖、三等奖各1名。编印某某期刊10期，传递正能量。\n")
    assert policyparse.parse_text(text).targets == []

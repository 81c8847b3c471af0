"""Sentences -> numeric targets, by the rule in TARGETS.md.

Per sentence: cut anecdotes (例如…), skip baselines (共有, 目前 …); per clause: find quantity
expressions (number + unit, ranges, ratios), read the comparator from the words just before and after
the number, the change verb (提升20% vs 提升到20%), the frequency (每年, 每学期 …) and the indicator
(the words before, trimmed of fillers and time expressions). 分别 lists and scope words (小学, 初中)
distribute one indicator over several values. The year comes from the sentence, else from the lead-in
or heading that governs it. All lexicons are in data/targets.json; every regex is linear."""
from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Optional, Sequence

import regex

from . import prefilter, regions
from .data import line_label, load, to_simplified, with_traditional, word_alternation
from .numbers import FIVE_YEAR_PLAN, cn_pair, cn_sections, cn_to_int, count_of, five_year_plan_start, parse_number
from .spans import Innermost
from .units import base_unit, units_of

_NUMERAL = r"[一二三四五六七八九十两\d]"  # a digit or a Chinese numeral of a count


def _compile(pattern: str, flags: int = 0):
    """The standard library's re where the pattern needs nothing of the regex module's (\\p{Han}, (?r)):
    its calls cost a third less, and the extractor makes hundreds of thousands on a long plan."""
    try:
        return re.compile(pattern, flags)
    except re.error:
        return regex.compile(pattern, flags)


def _after_number(pattern: str):
    """A pattern matched after every number of a clause, in the standard library's engine (\\p{Han} spelled as
    ranges): the regex module's match at a position first looks for the pattern's required characters through
    the rest of the text, which made a one-line plan's numbers quadratic (ranks: 20 s per million characters)."""
    return prefilter.standard(pattern) or _compile(pattern)


_HAN = _compile(r"\p{Han}")
_ENGLISH = _compile(r"(?<![A-Za-z])[A-Za-z]{2,}(?:[ ,]+[A-Za-z]{2,}){3}")  # four English words in a row (from a word start: linear on a run of letters)
_STRIP = frozenset(" \n，,、：:；;（）()【】“”\"-—")
# 增长了约50%, 增速实现15%, 降低累计14.5%: still the change
_NO_TAIL = _compile(r"(?:了|实现|为)?\s*(?:累计|累積|总计|總計|合计|合計)?\s*(?:大约|约)?\s*")
_LEVEL_TAIL = _compile(r"[到至]\s*(?:" + load("targets")["per_words"] + r"){0,2}\s*(?:大约|约|近)?\s*")  # 提高到每人每月580元, 增加至约4000个: a level
_NUMBER_CELL = _compile(r"\s*(\d+(?:\.\d+)?)\s*(%?)\s*")  # 12.5 or 83%: most cells, read without _quantities
# (not a row's number before its name: 1.毛入园率(%))
# a cell's value (≥79.2, 83%, 15左右, 100万元); not a name that opens on a number (5岁以下儿童死亡率)
_VALUE_CELL = _compile(r"(?!\d{1,2}[.．、]\s*\p{Han})(?:[<>≤≥＞＜约]|大于|小于|不低于|不少于|不超过|超过|达到)?\s*[\d.]+\s*(?!\S*\p{Han}{6})\S{0,8}")
# sentence and clause cuts need nothing beyond the standard library's re, which scans them twice as fast
_FULL_STOP = re.compile(r"[。！？!?\n]")
_SENT = re.compile(r"[^。；！？;!?\n]+(?:(?<=[，、,])\n[^。；！？;!?\n]+)*[。；！？;!?]?")
# 1:19 and 1,000 stay whole; quoted goals side by side (“…达到6000辆”“…分别达到85%、30%”) are two clauses
_CLAUSE = re.compile(r"(?:[（(][^（）()\n，,：:；;]{0,30}[，,][^（）()\n：:；;]{0,30}[）)]|[^，,：:”]|”(?!“)|(?<=\d)[,:：](?=\d))+"
                     r"(?:[，,：:]|”(?=“))?")  # (省级200个，市级400个): a short aside's comma ends no clause


@dataclass
class _Lex:
    quantity: regex.Pattern
    scoring: regex.Pattern  # a clause of an assessment's scoring rules (满分100分, 第一名得20分, 90分以上为A级)
    scoring_band: re.Pattern  # what a result scores (85%以上得满分, 漏统1人扣0.5分)
    score_units: frozenset
    loss: regex.Pattern  # a clause telling what a disaster did (受灾2.7万人, 损失18亿元)
    selection: re.Pattern  # a clause telling how a list of projects was chosen (从12个候选项目中, 票决)
    loss_goal: regex.Pattern
    event_tally: re.Pattern  # a clause counting what started or was signed at an event (此次集中开工的项目10个)
    event_tally_goal: re.Pattern
    event_tally_total: re.Pattern
    time_limit_units: frozenset  # (自受理之日起5个工作日内办结: the act limited follows the number)
    time_limit_posts: frozenset
    time_limit_start: re.Pattern
    unit_word: regex.Pattern  # a unit of the lexicon, scaled or not (万人, %, 亿美元)
    post: regex.Pattern
    freq_map: dict
    change_only_freq: frozenset
    other_period: regex.Pattern
    scopes: tuple
    groups_alone: frozenset
    group_name: regex.Pattern
    group_last: regex.Pattern
    stage_goals_label: regex.Pattern
    raise_before: regex.Pattern
    deadline_clause: regex.Pattern
    plan_issued_then: regex.Pattern
    plan_issued_goals: regex.Pattern
    issue_verbs: tuple  # 印发, 下达 …: a sentence without one issues no plan
    rate_after_change: tuple
    date_span: regex.Pattern
    date_span_end: regex.Pattern
    goal_after_measure: regex.Pattern
    copulas: frozenset
    holding_words: tuple
    modals_alone: frozenset
    text_length_units: frozenset
    listed_condition: regex.Pattern
    batch_before: regex.Pattern
    growth_rate_name: regex.Pattern
    anecdote: regex.Pattern
    example_of_goals: re.Pattern
    baseline: regex.Pattern
    year: regex.Pattern
    five_year_end: regex.Pattern
    placeholder_year: regex.Pattern
    noun_units: frozenset
    duration_units: frozenset
    inner_post_units: frozenset
    statistic: regex.Pattern
    statistic_end: regex.Pattern
    bare_comparator: regex.Pattern
    unitless_before: regex.Pattern
    level_reached: regex.Pattern
    level_list_item: regex.Pattern
    level_list_verb: regex.Pattern
    span_before: regex.Pattern
    short_spans: frozenset
    bundle_before: regex.Pattern
    bundle_unit: str
    currency_after: tuple
    bound_after: tuple
    inclusive_aside: regex.Pattern
    date_part_after: re.Pattern
    date_part_before: re.Pattern
    split_opener: str
    parts_opener: tuple
    parts_goal: re.Pattern
    start_year_after: re.Pattern
    start_year_before: re.Pattern
    built_year_before: re.Pattern
    relative_year: re.Pattern
    bare_verb: regex.Pattern
    listed_parts: regex.Pattern
    goal_noun: regex.Pattern
    change_after: regex.Pattern
    annual_rate: regex.Pattern
    time_only: regex.Pattern
    subject_end: regex.Pattern
    short_first: Optional[frozenset]  # what a time or a verb alone as the indicator starts with (either script)
    goal_first: Optional[frozenset]  # what a goal word after a number starts with
    noun_stop: regex.Pattern
    cues: regex.Pattern
    distant: regex.Pattern
    qualifier_re: regex.Pattern
    list_count_before: regex.Pattern  # …、应急作业管理等三个切口: 等 closing a list before its count
    list_count_after: regex.Pattern
    list_made_before: regex.Pattern  # (新建甲、乙等3所: a verb that makes the things a list names, so counts them)
    list_quality_after: regex.Pattern  # (…等12条产业链现代化水平全面提升: the level of the things listed rises)
    framing_before: regex.Pattern
    framing_after: regex.Pattern
    place_after: regex.Pattern
    eligible_ages: frozenset
    population_units: frozenset  # 万人, 千人: a population a rate is counted per
    rate_after: regex.Pattern  # …生产安全事故死亡率 after 10万人: the rate it is the denominator of
    filler_re: regex.Pattern
    freq_re: regex.Pattern
    scope_definition: re.Pattern
    where_clause: re.Pattern
    meeting_only: re.Pattern
    generic_after_doer: re.Pattern
    doer_before_plan: re.Pattern
    article_quota_before: re.Pattern
    base_rate_before: re.Pattern
    person_profile: re.Pattern
    company_profile: re.Pattern
    meeting_subject_end: re.Pattern
    cited_document_line: regex.Pattern
    last_year_base: re.Pattern
    last_year_forward: re.Pattern
    freq_first: tuple  # how frequency words start: 每 or 年均 (年 alone is in most windows)
    front_trim: regex.Pattern
    back_trim: regex.Pattern
    base_year_tail: regex.Pattern
    list_joiners: regex.Pattern
    name_end: regex.Pattern
    pre_re: regex.Pattern
    pre_exact: regex.Pattern
    change_re: regex.Pattern
    verb_end: regex.Pattern
    counted_first: regex.Pattern
    verb_start: regex.Pattern
    baseline_heading: regex.Pattern
    goal_heading: re.Pattern  # 一、行动目标: the section of the plan's goals
    five_year_heading: re.Pattern  # “十五五”时期主要目标 over the lines of those goals
    scope_end: regex.Pattern
    title_line: regex.Pattern
    programme: regex.Pattern
    label: regex.Pattern
    description_paren: regex.Pattern
    aliases: dict
    post_map: dict
    pre_map: dict
    change_map: dict
    change_goal_before: re.Pattern  # 经济增长预期目标为7.5%: the change its goal names
    level_goal_before: re.Pattern  # GDP预期目标为7%: a level's goal, in %, is a growth
    amount_alone: re.Pattern  # 数量, 规模, 总数: a name that measures what the clause before names
    upgrade_words: tuple  # 改造提升1个…中心: a count of things worked on, no change
    upgrade_units: frozenset
    year_range: regex.Pattern
    fiscal_year: regex.Pattern
    from_value: regex.Pattern
    from_past: re.Pattern
    per_one_before: re.Pattern
    namely_after: re.Pattern
    point_count: re.Pattern
    names_after: re.Pattern
    example_leads: tuple
    example_ends_forward: tuple
    change_to: re.Pattern
    baseline_aside: regex.Pattern
    not_count_numerals: frozenset
    denominators: frozenset
    scope_list_end: regex.Pattern
    levels_counted: regex.Pattern
    intent_end: regex.Pattern
    at_least_far: regex.Pattern
    total_words: tuple
    generic_totals: frozenset
    body_end: regex.Pattern
    activity_lead: regex.Pattern
    topic_verb: regex.Pattern
    names_counted: regex.Pattern
    posted_ago_units: frozenset
    issue_unit: str
    post_floor: regex.Pattern
    programme_after: regex.Pattern
    issue_year_before: regex.Pattern
    for_whom_before: regex.Pattern
    comparator_in_name: tuple
    comparator_ends_word: dict
    base_five_year: regex.Pattern
    control_before: regex.Pattern
    not_count_after: regex.Pattern
    phase_label: regex.Pattern
    citation_after: regex.Pattern
    classification_before: regex.Pattern
    condition_after: regex.Pattern
    rank_before: regex.Pattern
    rank_not_subject: str
    rank_units: frozenset
    place_won_before: re.Pattern
    reward_next: re.Pattern  # …的前五名，当年一次性奖励1万元: a rank that says whom the reward after it is for
    applicant_condition: re.Pattern
    lead_year: regex.Pattern
    opening_year: regex.Pattern
    stated_year: regex.Pattern
    goal_list_lead: re.Pattern
    year_of_tasks: re.Pattern  # 2011年淘汰落后产能目标任务: the year of the goals a sentence names
    year_heading: re.Pattern
    this_year: regex.Pattern
    dated_year: regex.Pattern
    planned: regex.Pattern
    done_le: regex.Pattern
    own_clause_past: regex.Pattern  # the past or present words that speak of their own clause only
    last_years_value: re.Pattern  # 比上一年的7.8%: a clause giving last year's value of the goal before it
    years_ahead: regex.Pattern  # 未来五年, 今后三年: a sentence's horizon of its own
    years_of_effort: re.Pattern  # 通过5年的努力: one too
    unit_alternative: re.Pattern  # 万套(间): the unit's alternative in brackets
    alternative_joined: dict  # 人(次): a unit and its alternative that make one unit (人次)
    provided_measure: regex.Pattern  # 价值, 总里程为: the measure of a thing given or built, right before its value and 的
    provides_before: regex.Pattern  # 配备, 发放, 建设: a verb that gives or builds it, earlier in the clause
    funds_after_de: regex.Pattern  # 专项资金, 补贴: the fund a sum before 的 is, given by a verb of providing
    article_quota_within: int  # characters before a 一 looked at for the rule that makes it a quota of one
    vague_counters: frozenset  # 一批, 一些: a vague amount, never a quota of one
    each_alone: frozenset  # 分别, 均: a change's only name, which makes it each named value's before it
    metaphor: regex.Pattern  # 两篇文章, 三张牌: a slogan's figure after its count
    metaphor_before: regex.Pattern
    due_after: regex.Pattern  # 预计2025年12月全部完工: when the works listed before it in its paragraph are due
    first_half: re.Pattern  # 今年上半年，…: the half gone, on a page that speaks of the second
    part_over: re.Pattern  # 今年一季度，…: a part of the year over when the page was written
    part_over_ends: dict  # 一季度 → 3: the last month of a quarter or half
    second_half_ahead: re.Pattern  # 下半年，将…: a page looking to the second half
    year_blueprint: regex.Pattern  # 明确2026年工业经济“作战图”: a year whose plan a sentence names
    progress_share: re.Pattern  # 完成投资…、占年度计划的68.8%: a sentence of progress against the year's plan
    caption_line: re.Pattern
    scene: re.Pattern
    background_chapter: re.Pattern
    next_chapter: re.Pattern
    status_opener: regex.Pattern  # 目前，…；: a sentence of how things stand, whose semicolons go on with it
    disposal_before: regex.Pattern  # 将/把 … before 现有: what exists is the object of the goal, not a report
    changed_after: regex.Pattern  # …what exists, then the verb that changes it (现有79个屠宰厂减少)
    existing_before: regex.Pattern  # the word of what exists right before a count (现有79个)
    planned_area_before: re.Pattern  # 园区规划面积为…: the area a zone is laid out over
    base_count_before: re.Pattern  # 在原有… before a count: what a rise starts from
    base_phrase: re.Pattern  # 在现有学校的基础上(新增): what a rise starts from, opening a name
    this_year_lead: re.Pattern  # 今年，… opening a paragraph of a dated page: its year to the paragraph's end
    rank_share_counted: re.Pattern  # 3个学科进入ESI前 before a share: the class a count counts
    base_count_after: re.Pattern  # …的基础上 after it
    size_word_after: regex.Pattern  # a size word after a count that makes it a bound (50头规模以上的)
    class_head_after: regex.Pattern  # …以上, then the things it sizes (20户以上自然村, 100吨以上危险废物的企业)
    class_count_units: frozenset  # the units that count the things themselves (20个以上自然村: a count)
    statistics_table_head: regex.Pattern  # the line above a table that calls it a ranking or statistics
    list_count_units: frozenset  # the units of how many things a list names (甲、乙等9种)
    added_on_base: regex.Pattern  # 基础上新增: a rise from the base
    report_period: regex.Pattern  # 2020年二季度，…: a sentence reporting a period
    split_change_after: regex.Pattern  # …分别达到a、b，比2014年增加c、d
    resident_quote: regex.Pattern  # …”家住某村的老人说: a quotation that is an anecdote
    trigger_condition: regex.Pattern  # 当…时, 是指…, …的；: what sets off a response, not a goal
    trigger_word: re.Pattern  # one of them (or a closing 的) before the conditions' search
    per_tail: regex.Pattern  # 每项, 每人 closing a group's name: what each gets
    margin_over: regex.Pattern  # 比非成员农户高: a margin over another group
    time_quota_units: frozenset  # 每天锻炼一小时: a time to spend, a quota
    added_before_de: regex.Pattern  # 增加约74000平方米的…: a verb of adding before an amount and 的, the amount added
    time_quota_before: regex.Pattern
    listed_task_verbs: regex.Pattern  # 完善…、加强…: a list of the plan's own tasks
    unit_classes: dict  # unit -> (what it classes after it, why): 16吨压缩箱, 10千伏线路
    dated_report: regex.Pattern  # a year or month a clause reports on (2016年，…; 1-5月), not one it aims at
    from_number: regex.Pattern
    premise: regex.Pattern
    premise_inline: regex.Pattern  # 在5个试点的基础上 inside a clause that goes on to its goal
    payment_alone: regex.Pattern  # 予以补贴, 奖励: a name that is the payment and nothing else
    quota_set_above: regex.Pattern  # 岸线保有率不低于国家下达任务: a measure held to a quota set above, no number
    class_clause: regex.Pattern
    milestone_after: tuple
    level_then_change: tuple
    reach_after: tuple
    reach_before: re.Pattern
    later_year_goal: re.Pattern
    equivalent_open: re.Pattern
    bound_before_numeral: re.Pattern
    built_one_before: re.Pattern
    built_one_units: frozenset
    once_units: frozenset
    roman_class_units: frozenset
    spending_after: tuple
    topic_clause: re.Pattern
    place_name_end: re.Pattern
    place_head: re.Pattern
    bare_place: re.Pattern
    subject_verb: re.Pattern
    moving_verb: re.Pattern
    criterion_adjectives: tuple[str, str]
    named_standard: re.Pattern
    topic_word: str
    size_class_before: regex.Pattern
    alternative_amount: regex.Pattern  # (超100亿元或10亿美元项目: the alternative, then the noun both class)
    other_condition: regex.Pattern
    compared_value_before: regex.Pattern
    age_units: frozenset
    each_year: tuple
    years_listed: regex.Pattern  # 2024年、2025年 / 今、明两年 before 分别: years, not the names of what is counted
    task_end: regex.Pattern
    next_clause_verb: regex.Pattern
    start_date: regex.Pattern
    start_date_recurring: regex.Pattern
    time_tail: regex.Pattern
    goal_named_before: re.Pattern
    done_whole: re.Pattern
    still_to_build: re.Pattern
    level_verb_only: regex.Pattern
    measure_after_de: regex.Pattern
    measure_before_de: regex.Pattern
    subject_before_intent: regex.Pattern
    again_before_change: str
    modal_before_each: str
    event_day: regex.Pattern
    yields_before: regex.Pattern
    activity_after_counted: re.Pattern
    status_at: re.Pattern
    base_only: re.Pattern
    deadline_month: re.Pattern
    goal_before_base: re.Pattern
    item_year: re.Pattern
    time_in_name: re.Pattern
    verb_alone: regex.Pattern
    plan_contents_before: regex.Pattern  # 根据计划， before 共有: the plan's contents, not what there is
    joiner_start: regex.Pattern  # 和, 及, 以及 opening what follows a count
    share_bound_before: regex.Pattern  # 不得超过…总数的 before a percentage: its bound
    weather_measure: regex.Pattern  # 降水量, 气温, AQI指数: what the weather does
    rain_measure: re.Pattern  # 降雨, 雨量: weather when measured in a length
    rain_units: frozenset
    allocation_alone: regex.Pattern  # 安排, 预算安排 alone after a colon: the label before it names the measure
    money_units: frozenset
    structure_noun: regex.Pattern
    made_of: re.Pattern  # 由…N个…组成: what a thing is made of
    task_load_time: re.Pattern  # 下半年，…共有…任务: a time still to come
    task_load: re.Pattern  # …的回迁安置任务: what is yet to be done, counted as tasks
    task_of_de: re.Pattern  # 500亩的造林任务: the size of a task
    tally: re.Pattern
    tally_units: frozenset
    tally_aside: re.Pattern
    date_after: re.Pattern
    whole_of: regex.Pattern
    one_of: regex.Pattern
    span_years_after: regex.Pattern
    there_are_before: regex.Pattern
    vague_before: regex.Pattern
    issuers_after: regex.Pattern
    issuer_units: frozenset
    age_word_before: regex.Pattern
    parts_before_colon: regex.Pattern
    kinds_listed: regex.Pattern
    person_age: regex.Pattern
    retro_paragraph: re.Pattern
    lone_past_line: re.Pattern
    measure_before: re.Pattern
    past_five_year: re.Pattern
    review_label: regex.Pattern  # 发展成效：…, 目标制定依据：…
    parts_count_before: re.Pattern  # 目标任务主要有5项 / 以下服务3项, before the list itself
    items_next: re.Pattern
    names_next: re.Pattern  # …领域2个，包括A、B: the count of the items it names
    category_before: re.Pattern
    done_paragraph: re.Pattern
    forward_words: re.Pattern
    structure_before: re.Pattern
    circle_name: regex.Pattern
    circle_units: frozenset
    distance_units: frozenset
    session_after: re.Pattern
    reference_before: re.Pattern
    attendance_after: re.Pattern
    people_units: frozenset
    radius_after: regex.Pattern
    five_year_period: regex.Pattern  # 某县计划“十四五”期间新建…: a period inside an indicator's words, the actor before it
    plans_period_before: regex.Pattern  # 规划“十一五”期间: a five-year period named as what is planned for
    distance_from_before: regex.Pattern  # 距伊宁市80公里: where a place lies
    allocation_before: re.Pattern
    change_nouns: frozenset
    names_end: re.Pattern
    place_scope: regex.Pattern
    place_list: regex.Pattern
    map_scale_after: re.Pattern
    approx_after: frozenset
    approx_after_re: re.Pattern
    goal_before_compare: re.Pattern
    limit_in_sentence: regex.Pattern  # 控制在18起以内 in a clause of the sentence: it sets goals
    pool_before: re.Pattern  # 从全县310个…中遴选: the pool chosen from
    pool_after: re.Pattern
    pool_lead: re.Pattern
    campaign_days_before: re.Pattern  # 大干100天: a campaign's length
    day_units: frozenset
    class_before_name: dict  # 规模以上企业50家: 以上 of a class a noun after it names
    list_bettered: regex.Pattern  # 优化甲结构、乙结构等3个结构: a verb of bettering opening a list of names
    caused_by: re.Pattern  # 因甲、乙和丙导致的死亡率: a long list of causes, its effect measured
    goal_statements: frozenset
    goal_after_past: re.Pattern
    count_heading: re.Pattern
    list_head: re.Pattern
    span_numeral: re.Pattern
    list_total: re.Pattern
    joiner_end: re.Pattern
    approx_before: re.Pattern
    base_year: re.Pattern
    base_marks: tuple
    measure_noun: re.Pattern
    shared_rate_tail: regex.Pattern
    amount_noun: regex.Pattern
    amount_noun_named: regex.Pattern  # (500万元的文旅消费券: the kind of the money thing before its noun)
    forecast_by_others: re.Pattern  # (波士顿咨询预计…将达410亿美元: a third party's estimate)
    grade_item: re.Pattern  # (造成3人以上死亡的较大事故: a level's threshold)
    grade_goal: re.Pattern
    reported_before: re.Pattern  # (一行6人, 应到代表230人, 占总投资84.46%)
    reward_after: re.Pattern  # (给予500万元的一次性奖励: the reward named after its amount)
    rewarded_after: re.Pattern  # …的县区给予奖励 after a level: the condition for a reward
    upgrade_verbs: frozenset  # 提升 …: the work of upgrading things counted (提升公交站台10个)
    agency_part: re.Pattern  # 省住房与城乡建设厅负责 before a part of a total: a department, however long
    upgraded_units: frozenset  # …in these units
    upgraded_events: frozenset  # …and the sessions of such work, counted right after its verb (技能提升30场次)
    rate_signs: frozenset
    multipliers: tuple  # 万, 亿 … joined to a unit as written (2.5万个): 一万亩 is a count, no article
    zero_noun: re.Pattern  # (零事故: what is kept at zero)
    zero_frame_end: re.Pattern
    zero_cleared: re.Pattern
    class_posts: frozenset  # (800公里以上航线每位旅客收取10元: a bound before a noun names a class)
    class_post_not_noun: re.Pattern
    estimate_words: tuple  # (预计到2022年底 in a report of 2023: an estimate of a year gone)
    earlier_work_before: tuple  # 继2010年…后: the year of the work a sentence follows on
    meeting_named_after: regex.Pattern  # 2017年…工作会议上获悉: the year of the meeting the goals were heard at
    span_gone: regex.Pattern  # 2013-2016年，山东获得…: a span gone, opening a paragraph of its results
    selected: regex.Pattern  # …等45家县级中医医院入选: those chosen
    this_year_months: regex.Pattern  # 今年9至10月: the months a sentence reports
    whole_before_parts: regex.Pattern  # 3个示范片区中，…: a clause naming the whole its parts after it split
    year_estimate: re.Pattern  # 预计全年: how a year will have ended, not what is aimed at
    goals_named_end: re.Pattern  # …给出了这五年的目标任务。: a sentence that announces the goals after it
    span_task: re.Pattern  # 2019-2020年调整任务为: a span's task stated, not a report dated by the span
    striving_alone: re.Pattern  # …增长10%，力争11.5%: a higher value striven for, the same change
    span_length_words: re.Pattern  # 2011~2020年共10年: the words between a span and its length
    shared_subject: str
    not_shared: frozenset
    no_phase_after: str
    count_per_time: re.Pattern
    topic_frame: re.Pattern
    own_list_units: frozenset
    dated_goals_lead: re.Pattern
    count_item_before: regex.Pattern
    own_list_after: re.Pattern
    own_count_bracket: re.Pattern  # 目标( / 指标（共: a list's name before the bracketed count of its items
    slogan_before: re.Pattern
    slogan_rate: re.Pattern
    rates_counted: re.Pattern
    notice_period: re.Pattern
    pace_before: re.Pattern
    pace_after: re.Pattern
    pace_yearly: re.Pattern
    notice_period_units: frozenset
    per_time_frequency: dict


def not_said(words) -> str:
    """One negative lookbehind a word (fixed width: the standard engine takes it too), for a verb not to follow any."""
    return "".join(f"(?<!{regex.escape(w)})" for w in words)


@lru_cache(maxsize=1)
def lexicon() -> _Lex:
    d = load("targets")
    units = sorted(set(d["units"]), key=len, reverse=True)
    # 2.5万个, 3亿人次: a multiplier joins the unit as written (十万元 → 10 万元 by TARGETS.md)
    mult = "|".join(regex.escape(m) for m in d["unit_multipliers"])
    per = "|".join(regex.escape(u) for u in sorted(d["rate_units"], key=len, reverse=True))
    latin = "|".join(regex.escape(u) for u in sorted(d["latin_units"], key=len, reverse=True))
    # (15张/10万人: a rate per a number of people keeps it)
    guard = d["unit_not_before"]  # (10066台北市: a postcode before a city's name, not 10066 machines)
    unit_re = f"(?:{mult})?(?:" + "|".join(regex.escape(u) + (f"(?!{guard[u]})" if u in guard else "") for u in units) + \
        f"|(?:{latin})(?![A-Za-z]))(?:/(?:[0-9]{{1,4}})?(?:{per})(?:·(?:{per}))?){{0,2}}"  # (75元/人/月: per whom, then
    # per when; 8.5吨/月·平方公里: per a product of two)
    cn_units = "|".join(regex.escape(u) for u in sorted(d["cn_numeral_units"], key=len, reverse=True))
    zero_names = "".join(f"(?<!{regex.escape(w)})" for w in d["zero_in_names"])  # (“动态清零”: a policy's name)
    zero_nouns = "|".join(regex.escape(w) for w in sorted(d["zero_goal_nouns"], key=len, reverse=True))
    big_units = "|".join(regex.escape(w) for w in d["big_magnitude_units"])  # (in order: 千瓦时 before 千瓦)
    num = r"\d{1,15}(?:\.\d{1,10})?(?!\d)"  # longer runs of digits are codes or noise, not quantities
    mixed = d["mixed_wan"]  # 3万8000亿元: digits after 万 make one number, 38000 亿元
    # the group order is part of the contract: _quantities unpacks m.groups() by position
    # _fast: the standard library's engine (40% faster on real text) behind a lookahead for the
    # characters a quantity starts with (a digit, a numeral, 翻), so other positions fail at once
    quantity = _fast((  # (百分之 before digits too: 百分之4.6)
        rf"(?P<ratio>(?<![\d.])1\s*[:：∶]\s*(?P<rv>{num})|(?<![\d.:：∶]){num}\s*[:：∶]\s*1(?![\d.:：∶]))"  # 1:15, 2.8:1
        rf"|(?P<den>百|(?<![一二两三四五六七八九十\d])千|[一二两三四五六七八九十\d]{{1,2}})分之(?P<pcn>\d{{1,3}}\.\d{{1,4}}(?!\d)|[零〇一二两三四五六七八九十百点\d]+)"
        rf"|(?<![\d.A-Za-z])(?!(?:19|2\d)\d\d年)(?:(?P<lo>{num})\s*(?:{unit_re})?\s*[-~～—–至到]\s*(?!(?:19|20)\d\d\s*年))?(?P<v>{mixed}|{num})(?P<approx>(?:{mult})?(?:余|多)(?=\s*(?:{unit_re}))|余|多|[+＋](?=\s*(?:{unit_re})))?\s*(?P<u>{unit_re})?"
        # (七万五千个, 十三亿六千万人: a numeral in sections of 万 and 亿, each section's numerals before the mark)
        rf"|(?<![零〇一二两三四五六七八九十百千])(?P<cn>(?:[一二两三四五六七八九十百千]{{1,4}}[万亿]){{1,2}}零?[一二两三四五六七八九十百千]{{1,5}}"
        rf"|[一二两三四五六七八九十百千][〇零一二两三四五六七八九十百千]{{0,3}}点[〇零一二三四五六七八九]{{1,4}}"  # (二十六点一万亿元)
        rf"|[一二两三四五六七八九十百千](?:[零一二两三四五六七八九十百千]{{0,6}}[一二两三四五六七八九十百千])?)(?:余|多)?(?P<cnu>{cn_units})"
        rf"|(?P<roman>[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ])(?P<ru>级|类)"
        rf"|翻(?P<fan>一|两|二|三)?番"
        rf"|(?P<zero>零)(?<![趋近]零){zero_names}(?:(?<=[清归]零)|(?=”?(?:{zero_nouns})))"  # (趋零增长: a direction, no level)
        rf"|(?P<half>减半(?=征收|收取|计征|缴纳|执行|收费)|(?<=压缩|减少|缩短|降低|压减|精简|砍掉)一半)"  # (时限减少一半: 50% less)
        rf"|(?<=[{d['big_magnitude_after']}])(?P<big>万亿|千亿|百亿)(?:{big_units})"))  # (突破万亿元: 1 万亿元)
    posts = sorted(d["post_comparators"], key=len, reverse=True)
    return _Lex(
        quantity=quantity,
        unit_word=_compile(unit_re),
        # (内 of 内容, 内部, 内涵 opens a word: 实现9项内容 counts contents, it bounds nothing)
        post=_compile(r"\s*(" + "|".join(regex.escape(p) for p in posts) + ")(?![容部涵])"),
        freq_map=d["frequency"],
        change_only_freq=frozenset(d["frequency_of_change_only"]),
        other_period=_compile(d["other_period"]),
        scopes=tuple(sorted(d["scopes"], key=len, reverse=True)),
        groups_alone=frozenset(d["groups_alone"]),
        group_name=_compile(d["group_name"]), group_last=_compile(d["group_last"]),
        stage_goals_label=_compile(d["stage_goals_label"]), raise_before=_compile(d["raise_before"]),
        deadline_clause=_compile(d["deadline_clause"]), plan_issued_then=_compile(_issued(d["plan_issued_then"], d)),
        plan_issued_goals=_compile(_issued(d["plan_issued_goals"], d)), issue_verbs=tuple(d["issue_verbs"]),
        rate_after_change=tuple(d["rate_after_change"]),
        date_span=_compile(d["date_span"]),
        date_span_end=_compile(d["date_span_end"]),
        goal_after_measure=_compile(d["goal_after_measure"]),
        copulas=frozenset(d["copulas"]),
        holding_words=tuple(d["holding_words"]),
        modals_alone=frozenset(d["modals_alone"]),
        text_length_units=frozenset(d["text_length_units"]),
        listed_condition=_compile(d["listed_condition"]),
        batch_before=_compile(d["batch_before"]),
        growth_rate_name=_compile(d["growth_rate_name"]),
        anecdote=_fast("|".join(d["anecdote"])),
        example_of_goals=_compile(d["example_of_goals"]),
        baseline=_fast("|".join(d["baseline"]).replace("{period_forward}", d["period_forward"])),
        year=_fast(d["year_context"] + d["year_not_date"] + "(?!" + d["year_not_target"] + ")"),
        placeholder_year=_compile(d["placeholder_year"]),
        dated_report=_compile(d["dated_report"]),
        unit_classes={u: (_compile(c["after"]), c["why"]) for c in d["unit_classes"] for u in c["units"]},
        listed_task_verbs=_compile(d["listed_task_verbs"]),
        time_quota_units=frozenset(d["time_quota_units"]),
        time_quota_before=_compile(d["time_quota_before"]), added_before_de=_compile(d["added_before_de"]),
        margin_over=_compile(d["margin_over"]),
        resident_quote=_compile(d["resident_quote"]),
        trigger_condition=_compile(d["trigger_condition"]),
        trigger_word=re.compile("|".join(map(re.escape, d["trigger_words"]))),
        per_tail=_compile("(?:" + d["per_words"] + "){1,2}$"),
        split_change_after=_compile(d["split_change_after"]),
        report_period=_compile(d["report_period"]),
        added_on_base=_compile(d["added_on_base"]),
        done_le=_fast(d["done_le"].replace("{said_or_issued}", not_said(d["said_or_issued"]))),
        own_clause_past=_compile(d["own_clause_past"].replace("{selected}", d["selected"])),
        last_years_value=re.compile(d["last_years_value"]),
        disposal_before=_compile(d["disposal_before"]),
        progress_share=_compile(d["progress_share"]),
        caption_line=_compile(d["caption_line"]),
        scene=_compile(d["scene"]),
        background_chapter=_compile(d["background_chapter"]),
        next_chapter=_compile(d["next_chapter"]),
        status_opener=_compile(d["status_opener"]),
        year_blueprint=_compile(d["year_blueprint"]),
        years_ahead=_compile(load("metadata")["years_ahead"]), years_of_effort=_fast(d["years_of_effort"]),
        unit_alternative=_fast(d["unit_alternative"].replace("{unit_counters}", d["unit_counters"])),
        alternative_joined=d["unit_alternative_joined"],
        each_alone=frozenset(d["each_alone"]),
        article_quota_within=d["article_quota_within"],
        vague_counters=frozenset(d["vague_counters"]),
        metaphor=_compile(d["metaphor"]),
        metaphor_before=_compile(d["metaphor_before"]),
        due_after=_compile(d["due_after"]),
        first_half=_fast(d["first_half"]),
        part_over=_fast(d["part_over"]), part_over_ends=d["part_over_ends"],
        second_half_ahead=_fast(d["second_half_ahead"]),
        changed_after=_compile(d["changed_after"]),
        existing_before=_compile(d["existing_before"]),
        planned_area_before=_fast(d["planned_area_before"]),
        base_count_before=_fast(d["base_count_before"]),
        this_year_lead=_fast(d["this_year_lead"]),
        rank_share_counted=_compile(d["rank_share_counted"]),
        base_phrase=_fast(d["base_phrase"] + d["base_phrase_verb"]),
        base_count_after=_fast(d["base_count_after"]),
        size_word_after=_compile(d["size_word_after"]),
        class_head_after=_compile(d["class_head_after"]),
        class_count_units=frozenset(d["class_count_units"]),
        statistics_table_head=_compile(d["statistics_table_head"]),
        list_count_units=frozenset(d["list_count_units"]),
        five_year_end=_compile(d["five_year_end"]),
        noun_units=frozenset(d["skip_units_when_followed_by_noun"]),
        alternative_amount=_compile(d["alternative_amount"]),
        duration_units=frozenset(d["duration_units"]),
        inner_post_units=frozenset(d["inner_post_units"]),
        statistic=_fast("(?:" + "|".join(d["statistic_before"]) + r")[^，。；,;\d]{0,16}\d"),
        statistic_end=_fast("(?:" + "|".join(d["statistic_before"]) + ")$"),
        bare_comparator=_alt(d["bare_number_comparators"], suffix=r"\s*$"),
        unitless_before=_compile(d["unitless_measure_before"]),
        level_reached=_compile(d["level_reached"]),
        level_list_item=_compile(d["level_list_item"]),
        level_list_verb=_compile(d["level_list_verb"]),
        span_before=_compile(d["span_before"]),
        short_spans=frozenset(d["short_spans"]),
        bundle_before=_compile(d["bundle_before"]),
        bundle_unit=d["bundle_unit"],
        currency_after=tuple(d["currency_after"]),
        bound_after=tuple(d["bound_after"]),
        inclusive_aside=_compile(d["inclusive_aside"]),
        date_part_after=re.compile(d["date_part_after"]),
        date_part_before=re.compile(d["date_part_before"]),
        split_opener=d["split_opener"],
        parts_opener=(d["split_opener"], *d["parts_opener"]), parts_goal=re.compile(d["parts_goal"]),
        start_year_after=re.compile(d["start_year_after"]),
        start_year_before=re.compile(d["start_year_before"]), built_year_before=re.compile(d["built_year_before"]),
        relative_year=re.compile(d["relative_year"]),
        bare_verb=_compile(d["bare_verb"]),
        listed_parts=_compile(d["listed_parts"]),
        goal_noun=_compile(d["goal_noun"]),
        change_after=_compile(d["change_after"]),
        annual_rate=_compile(d["annual_rate"]),
        time_only=_compile(d["time_only"]),
        subject_end=_compile(d["subject_end"]),
        short_first=_either_script(prefilter.start_set(d["time_only"]), prefilter.start_set(d["bare_verb"])),
        goal_first=prefilter.start_set(d["goal_noun"]),
        # 60个县（市、区）水源置换工作: the standard aside of a place word does not end what is counted
        counted_first=_compile(d["counted_first"]),
        noun_stop=_compile(r"\d|[，。；;,：:]|[（(](?!市、区[）)]|区、市[）)])|(?<![（(][市区])、|"
                                + "|".join(map(regex.escape, d["noun_stop_words"]))),
        cues=_fast("|".join(regex.escape(c) for c in d["target_cues"])),
        distant=_fast(d["distant_comparator"]),
        qualifier_re=_alt(d["qualifier_before"], suffix="$"),
        framing_before=_compile(d["framing"]["before"]), framing_after=_compile(d["framing"]["after"]),
        list_count_before=_compile(d["framing"]["list_count_before"]),
        list_count_after=_compile(d["framing"]["list_count_after"]),
        list_made_before=_compile(d["framing"]["list_made_before"]),
        list_quality_after=_compile(d["framing"]["list_quality_after"]),
        list_bettered=_compile(d["framing"]["list_bettered"]),
        place_after=_compile(d["place_after"]),
        pool_before=_fast(d["pool_before"]), pool_after=_fast(d["pool_after"]), pool_lead=re.compile(d["pool_lead"]),
        campaign_days_before=_fast(d["campaign_days_before"]), day_units=frozenset(d["campaign_day_units"]),
        eligible_ages=frozenset(d["eligible_ages"]),
        population_units=frozenset(d["population_units"]),
        rate_after=_compile(d["rate_after_population"]),
        filler_re=_alt(d["fillers"]),
        freq_re=_alt(d["frequency"], engine=regex.compile),  # _frequency scans it overlapped
        scope_definition=_fast(d["scope_definition"]),
        where_clause=_fast(d["where_clause"]),
        meeting_only=_fast(d["meeting_only"]),
        generic_after_doer=_fast(d["generic_after_doer"]),
        doer_before_plan=_compile(d["doer_before_plan"]),
        article_quota_before=_fast(d["article_quota_before"]),
        base_rate_before=_fast(d["base_rate_before"]),
        person_profile=_fast(d["person_profile"]),
        company_profile=_fast(d["company_profile"]),
        meeting_subject_end=_fast(d["meeting_subject_end"]),
        cited_document_line=_compile(r"^\s*(?:" + load("metadata")["doc_number"] + r")\s*[；;，,:：]"),
        last_year_base=_fast(d["last_year_base"]),
        last_year_forward=_fast(d["last_year_forward"]),
        freq_first=tuple(sorted({w[:1] if w[0] == "每" else w[:2] for w in d["frequency"]})),
        # what _trim cuts from an indicator's front, in one scan: separators (and a title's closing 》, whose
        # opening is not in the indicator), time phrases, fillers
        # (unless nothing would be left) and frequency words (even then: 每周 alone is not an indicator)
        front_trim=_compile("(?:[" + regex.escape("".join(_STRIP) + d["bullets"]) + "》]+|" + d["year_context"] + r"(?!\d{1,2}月|\d)|"
                                 + d["period_phrase"] + "|" + d["span_phrase"] + "|" + d["placeholder_year"] + "|" + d["bare_year"]
                                 + "|(?!" + _alt(d["filler_words"]).pattern + ")(?>" + _alt(d["fillers"]).pattern + "|" + d["joiner_before"]
                                 + "|" + d["dateline_lead"] + "|" + d["base_first"]
                                 + r")(?=[\s\S])|"
                                 + _alt(d["frequency"]).pattern + ")*+"),
        # and from its end, scanning backwards: separators and particles, a year with its 到 (总产值到2020年);
        # the longest word that ends there goes unless it is all that is left
        back_trim=_compile("(?r)(?:[" + regex.escape("".join(_STRIP)) + r"]+|(?:到|至)?(?:19|20)\d\d年(?:底|末)?|(?<=[\s\S])(?>"
                                + _alt(list(d["frequency"]) + d["indicator_tail_trim"]).pattern
                                + "|" + d["modal_ying"] + ")|" + d["toward_tail"] + r")*+\Z"),
        pre_re=_alt(list(d["pre_comparators"]), suffix=r"(?:[在为到了至]?\s*|\p{Han}{1,2})$"),
        # (上限为每人每天760元: a rate's per-words between the bound and its number)
        pre_exact=_alt(list(d["pre_comparators"]), suffix=r"[在为到了至]?\s*(?:" + d["per_words"] + r"){0,2}\s*$"),
        change_re=_fast("(" + _change_alternation(d) + ")"),
        verb_end=_alt(d["object_verbs"], suffix="$"),
        verb_start=_alt(d["object_verbs"]),
        baseline_heading=_compile(d["baseline_headings"]),
        goal_heading=_compile(d["goal_headings"]),
        five_year_heading=_compile(d["five_year_heading"]),
        scope_end=_alt(d["scopes"], suffix="$"),
        title_line=_fast(d["title_line"]),
        base_year_tail=_compile(d["base_year_tail"]),
        list_joiners=_compile(d["list_joiners"]),
        name_end=_compile(d["name_end_after_comparator"]),
        programme=_fast("|".join(d["programme_nouns"])),
        label=line_label(),
        description_paren=_fast(r"[（(](?:" + "|".join(d["description_parens"]) + r")[^）)]*$"),
        aliases=d["unit_aliases"],
        post_map=d["post_comparators"],
        pre_map=d["pre_comparators"],
        change_map={**d["change_words"], **{w: g["change"] for w, g in d["guarded_change_words"].items()}},
        amount_alone=_compile(d["amount_alone"]),
        upgrade_words=tuple(d["upgrade_count"]["words"]),
        upgrade_units=frozenset(d["upgrade_count"]["units"]),
        level_goal_before=_compile(d["level_goal_before"]),
        change_goal_before=_compile(d["change_goal_before"].replace("{change}", _change_alternation(d))),
        year_range=_fast(d["year_range"]), fiscal_year=_fast(d["fiscal_year"]),
        from_value=_fast(d["from_value"]),
        from_past=_compile(d["from_past"]),
        per_one_before=_compile(d["per_one_before"]),
        namely_after=_compile(d["namely_after"]),
        point_count=_compile(d["point_count"]),
        names_after=_compile(d["names_after"]),
        example_leads=tuple(d["example_leads"]),
        example_ends_forward=tuple(d["example_ends_forward"]),
        change_to=_compile(d["change_to"]),
        baseline_aside=_compile(d["baseline_aside"]),
        not_count_numerals=frozenset(d["not_a_count"]["numerals"]),
        denominators=frozenset(d["not_a_count"]["denominators"]),
        scope_list_end=_compile(d["scope_list_end"]),
        levels_counted=_compile(d["levels_counted"]),
        intent_end=_compile(d["intent_end"]),
        at_least_far=_compile(d["at_least_far"]),
        total_words=tuple(d["total_words"]), generic_totals=frozenset(d["generic_totals"]),
        body_end=_compile(d["body_end"]),
        activity_lead=_compile(d["activity_lead"]),
        topic_verb=_compile(d["topic_verb"]),
        names_counted=_compile(d["names_counted"]),
        posted_ago_units=frozenset(d["posted_ago_units"]),
        issue_unit=d["issue_unit"], post_floor=_compile(d["post_floor"]),
        programme_after=_compile(d["programme_after"]),
        issue_year_before=_compile(d["issue_year_before"]),
        for_whom_before=_compile(d["for_whom_before"]),
        comparator_in_name=tuple(d["comparator_in_name"]),
        comparator_ends_word=d["comparator_ends_word"],
        class_before_name=d["class_before_name"],
        base_five_year=_compile(d["base_five_year"]),
        control_before=_compile(d["control_before"]),
        not_count_after=_fast(d["not_a_count"]["followed_by"]),
        phase_label=_compile(d["phase_label"]),
        citation_after=_compile(d["citation_after"]),
        classification_before=_fast(d["classification_before"]),
        condition_after=_compile(d["condition_after"]),
        rank_before=_compile(d["rank_before"]),
        rank_units=frozenset(d["rank_units"]),
        place_won_before=re.compile(d["place_won_before"]),
        reward_next=_compile(d["reward_next"]),
        applicant_condition=re.compile(d["applicant_condition"]),
        rank_not_subject=d["rank_not_subject"],
        lead_year=_fast(d["lead_year"]),
        deadline_month=_fast(d["deadline_month"]),
        opening_year=_fast(d["opening_year"]),
        stated_year=_fast(d["stated_year"]),
        goal_list_lead=_compile(d["goal_list_lead"]), year_of_tasks=_compile(d["year_of_tasks"]),
        own_count_bracket=_compile(d["own_count_bracket"]),
        year_heading=_compile(d["year_heading"]),
        this_year=_fast(d["this_year"]),
        dated_year=_fast(d["dated_year"]),
        planned=_fast(d["planned"]),
        premise=_fast(d["premise_clause"]),
        premise_inline=_fast(d["premise_inline"]),
        payment_alone=_compile(d["payment_alone"]),
        quota_set_above=_compile(d["quota_set_above"]),
        scoring=_fast(d["scoring_clause"]),
        scoring_band=re.compile(d["scoring_band"]),
        score_units=frozenset(d["score_units"]),
        loss=_fast(d["loss_clause"]),
        selection=_compile(d["selection_clause"]),
        loss_goal=_fast(d["loss_goal"]),
        event_tally=_fast(d["event_tally"]),
        event_tally_goal=_fast(d["event_tally_goal"]),
        event_tally_total=_compile(d["event_tally_total"]),
        time_limit_units=frozenset(d["time_limit_units"] + d["duration_units"] + d["time_quota_units"] + d["short_spans"]),
        time_limit_posts=frozenset(d["time_limit_posts"]),
        time_limit_start=_compile(d["time_limit_start"]),
        class_clause=_fast(d["class_clause"].replace("{reward_nouns}", "|".join(d["reward_nouns"]))),
        rewarded_after=_fast(d["rewarded_after"].replace("{reward_nouns}", "(?:" + "|".join(d["reward_nouns"]) + ")")),
        upgrade_verbs=frozenset(d["upgraded"]["verbs"]), upgraded_units=units_of(d["upgraded"]["units"]),
        upgraded_events=frozenset(d["upgraded"]["events"]),
        agency_part=_fast(d["agency_part"]),
        size_class_before=_fast(d["size_class_before"]),
        other_condition=_after_number(d["other_condition"]),
        compared_value_before=_fast(d["compared_value_before"]),
        age_units=frozenset(d["age_units"]),
        each_year=tuple(d["each_year"]),
        years_listed=_compile(d["years_listed"]),
        # matched on the Simplified form of what it looks at
        task_end=_fast("(?:" + "|".join(d["task_words"]) + ")$"),
        next_clause_verb=_alt(d["next_clause_verbs"]),
        start_date=_compile(d["start_date"]),
        start_date_recurring=_compile(d["start_date_recurring"]),
        time_tail=_compile(d["time_tail"]),
        goal_named_before=re.compile(d["goal_named_before"]),
        done_whole=re.compile(d["done_whole"]),
        still_to_build=_fast(d["still_to_build"]),
        level_verb_only=_compile(d["level_verb_only"]),
        measure_after_de=_alt(d["value_measures"]),
        measure_before_de=_alt(d["value_measures"], "$"),
        subject_before_intent=_compile(d["subject_before_intent"]),
        again_before_change=d["again_before_change"],
        modal_before_each=d["modal_before_each"],
        event_day=_compile(d["event_day"]),
        yields_before=_compile(d["yields_before"]),
        provided_measure=_compile(d["provided_measure"]),
        provides_before=_compile(d["provides_before"]),
        funds_after_de=_compile(d["funds_after_de"]),
        activity_after_counted=_alt(d["activity_after_counted"]),
        status_at=_compile(d["status_at"]),
        base_only=_compile(d["base_only"]),
        goal_before_base=_compile(d["goal_before_base"]),
        item_year=_compile(d["item_year"]),
        # 30家以上24小时书店: a time (a circle's unit) before a name of a circle or a round-the-clock place
        time_in_name=_compile(r"\d{1,3}(?:" + "|".join(regex.escape(u) for u in d["circle_units"]) + ")"),
        allocation_alone=_fast(d["allocation_alone"]),
        weather_measure=_fast(d["weather_measure"]), rain_measure=re.compile(d["rain_measure"]),
        rain_units=frozenset(d["rain_units"]),
        # (不得超过职工代表总数的20%: any comparator of the lexicon, the whole the share is of, 的)
        share_bound_before=_alt(list(d["pre_comparators"]), suffix=r"[^，。；,;\d]{1,16}的\s*$"),
        joiner_start=_fast(r"\s*(?:" + d["joiner_before"] + ")"),
        plan_contents_before=_fast(d["plan_contents_before"]),
        verb_alone=_fast("(?:" + "|".join(d["verb_adverbs"]) + r")?\p{Han}{2}"),
        money_units=frozenset(d["money_units"]),
        structure_noun=_fast(d["structure_nouns"]),
        made_of=_fast(d["made_of"]),
        task_load_time=_fast(d["task_load_time"]),
        task_load=_fast(d["task_load"]),
        task_of_de=_fast(d["task_of_de"]),
        tally=_fast(d["tally"]),
        tally_units=frozenset(d["tally_units"]),
        tally_aside=re.compile(d["tally_aside"]),
        date_after=_fast(d["date_after"]),
        whole_of=_compile(d["whole_of"]),
        one_of=_compile(d["one_of"]),
        span_years_after=_compile(d["span_years_after"]),
        there_are_before=_compile(d["there_are_before"]),
        vague_before=_compile(d["vague_before"]),
        issuers_after=_compile(d["issuers_after"]),
        issuer_units=frozenset(d["issuer_units"]),
        age_word_before=_compile(d["age_word_before"]),
        parts_before_colon=_compile(d["parts_before_colon"]),
        kinds_listed=_after_number(d["kinds_listed"]),
        person_age=_compile(d["person_age"]),
        lone_past_line=_compile(d["lone_past_line"]),
        measure_before=_compile(d["measure_before"].replace("{endings}", "|".join(d["indicator_endings"]))),
        retro_paragraph=_fast(d["retro_paragraph"].replace("{period_forward}", d["period_forward"])
                                 .replace("{to_date}", d["to_date"])),
        past_five_year=_compile(d["past_five_year"]),
        review_label=_compile(d["review_label"]),
        parts_count_before=_fast(d["parts_count_before"]),
        items_next=_compile(d["items_next"]),
        names_next=_compile(d["names_next"]),
        category_before=_compile(d["category_before"]),
        done_paragraph=_fast(d["done_paragraph"]),
        forward_words=_fast(d["forward_words"] + "|" + d["must_do"]),
        structure_before=_fast(d["structure_before"]),
        circle_name=_compile(d["circle_name"]),
        circle_units=frozenset(d["circle_units"]),
        distance_units=frozenset(d["distance_units"]),
        session_after=_compile(d["session_after"]),
        reference_before=_compile(d["reference_before"]),
        attendance_after=_compile(d["attendance_after"]),
        people_units=frozenset(d["people_units"]),
        radius_after=_compile(d["radius_after"]),
        five_year_period=_compile(d["five_year_period"]), plans_period_before=_compile(d["plans_period_before"]),
        distance_from_before=_compile(d["distance_from_before"]),
        allocation_before=_fast(d["allocation_before"]),
        change_nouns=frozenset(d["change_nouns"]),
        names_end=_fast(d["names_end"]),
        place_scope=_compile(d["place_scope"]),
        place_list=_compile(d["place_list"]),
        map_scale_after=_compile(d["map_scale_after"]),
        approx_after=frozenset(d["approximate"]["after"]),
        approx_after_re=_alt(d["approximate"]["after"]),
        goal_before_compare=_compile(d["goal_before_compare"]),
        limit_in_sentence=_fast(d["limit_in_sentence"]),
        caused_by=re.compile(d["caused_by"]),
        goal_statements=frozenset(d["goal_statements"]),
        goal_after_past=_compile(d["goal_after_past"].replace("{goal_ahead_will}", d["goal_ahead_will"])),
        count_heading=_compile(d["count_heading"]),
        list_head=_compile(d["list_head"]),
        span_numeral=_compile(_NUMERAL),
        list_total=_compile(_NUMERAL + "{1,2}(?:" + "|".join(map(regex.escape, d["list_total_words"])) + ")"),
        joiner_end=_compile("(?:" + "|".join(map(regex.escape, d["joiner_words"])) + "|" + d["list_joiners"] + ")$"),
        approx_before=_fast("(?<![" + d["approximate_not_after"] + "])(?:" + "|".join(d["approximate"]["before"]) + r")\s*$"),
        base_year=_fast(d["base_year"]),
        base_marks=tuple(d["base_year_tail_marks"]),
        measure_noun=_fast(d["measure_nouns"]),
        shared_rate_tail=_compile(d["shared_rate_tail"]),
        amount_noun=_alt(d["amount_nouns"], engine=regex.compile),
        amount_noun_named=regex.compile(d["amount_kind_before"] + "(?:" + "|".join(regex.escape(w) for w in d["amount_nouns"]) + ")"),
        forecast_by_others=_fast(d["forecast_by_others"]),
        grade_item=re.compile(d["grade_item"]), grade_goal=re.compile(d["grade_goal"]),
        reported_before=re.compile(d["reported_before"]),
        reward_after=re.compile(d["reward_after"].replace("{reward_nouns}", "|".join(d["reward_nouns"]))), rate_signs=frozenset(d["rate_signs"]),
        multipliers=tuple(d["unit_multipliers"]),
        zero_noun=re.compile(f"”?({zero_nouns})"), zero_frame_end=re.compile(d["zero_frame_end"]),
        zero_cleared=re.compile(d["zero_cleared"]),
        class_posts=frozenset(d["class_posts"]), class_post_not_noun=re.compile(d["class_post_not_noun"]),
        estimate_words=tuple(d["estimate_words"]),
        earlier_work_before=tuple(d["earlier_work_before"]),
        meeting_named_after=_compile(d["meeting_named_after"]),
        span_gone=_compile(d["span_gone"].replace("{past_verbs}", load("metadata")["past_verbs"])),
        selected=_compile(d["selected"]), this_year_months=_compile(d["this_year_months"]),
        whole_before_parts=_compile(d["whole_before_parts"]),
        year_estimate=re.compile(d["year_estimate"]),
        goals_named_end=_compile(d["goals_named_end"]),
        span_task=_compile(d["span_task"]),
        striving_alone=_compile(d["striving_alone"]),
        span_length_words=_compile(d["span_length_words"]),
        milestone_after=tuple(d["milestone_after"]),
        level_then_change=tuple(d["level_then_change"]),
        reach_after=tuple(d["reach_after"]),
        reach_before=_compile(d["reach_before"]),
        later_year_goal=_compile(d["later_year_goal"]),
        equivalent_open=_compile(d["equivalent_open"]),
        bound_before_numeral=_compile(d["bound_before_numeral"]),
        built_one_before=_compile(d["built_one_before"]),
        built_one_units=frozenset(d["built_one_units"]),
        once_units=frozenset(d["once_units"]),
        roman_class_units=frozenset(d["roman_class_units"]),
        spending_after=tuple(d["spending_after"]),
        topic_clause=_fast(d["topic_clause"]["pattern"]),
        place_name_end=_fast(d["place_names"]["end"] + "$"),
        bare_place=_fast(d["place_names"]["bare"]),
        subject_verb=_fast(d["subject_verb"]),
        moving_verb=_fast(d["moving_verb"]),
        named_standard=_fast(d["named_standard"]),
        criterion_adjectives=(d["criterion_adjectives"]["adjectives"], d["criterion_adjectives"]["not_after"]),
        place_head=_fast("([\u4e00-\u9fff]{1,10}?" + d["place_names"]["end"] + ")的?(?=[\u4e00-\u9fff]{3})"),
        topic_word=d["topic_clause"]["word"],
        from_number=_fast(d["from_value"].removesuffix("$") + r"(?!(?:19|20)\d\d\s*年)\d"),  # 从/由 (a base year) then the number
        # (从2025年到2027年底，开展培训200万人次以上: the span the goal runs over, no number it starts from)
        shared_subject=d["shared_subject"],
        not_shared=frozenset(d["not_shared_subject"]),
        no_phase_after=d["no_phase_after"],
        count_per_time=_compile("((?:" + mult + ")?(?:" + "|".join(map(regex.escape, d["count_per_time"]["units"])) + ")"
                                "(?:/(?:" + "|".join(d["count_per_time"]["per_whom"]) + "))?)/(" +
                                "|".join(d["count_per_time"]["frequency"]) + ")"),
        per_time_frequency=d["count_per_time"]["frequency"],
        topic_frame=_compile(d["topic_frame"]),
        own_list_units=frozenset(d["own_list"]["units"]),
        dated_goals_lead=_compile(d["dated_goals_lead"]),
        count_item_before=_compile(d["count_item_before"]),
        own_list_after=_compile(d["own_list"]["after"]),
        slogan_before=_compile("(?:" + d["own_list"]["slogans"] + r")\s*$"),
        slogan_rate=_compile(d["slogan_rate"]), rates_counted=_compile(d["rates_counted"]),
        notice_period=_compile(d["notice_period"]["before"]),
        pace_before=_compile(d["pace"]["before"]),
        pace_after=_compile(d["pace"]["after"]),
        pace_yearly=_compile(d["pace"]["yearly"]),
        notice_period_units=frozenset(d["notice_period"]["units"]),
    )


# explain(): where each number that is not a target was decided, and by which rule. None while parsing
# for targets alone: the hot path then only tests this name at each rejection.
_SINK: Optional[list] = None
_AT = 0  # where the clause being scanned starts in the text (explain only)


def _reject(pos: int, verdict: str, rule: str) -> None:
    if _SINK is not None:
        _SINK.append((pos, verdict, rule))


_ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ"
# a sentence of more numbers than this with fewer characters than this per number is a dump of
# figures (a flattened statistics table with no full stop), not prose that sets targets
_DUMP_MIN, _DUMP_CHARS = 64, 8
# a clause (no comma, colon or stop) of more numbers than this is a table or list run together, not a
# sentence: the most any of ~2,300 real pages holds is 40 (a livelihood list of 747 characters)
_CLAUSE_RUN_MAX = 400
_DIGIT_OR_POINT = frozenset("0123456789.")
_FAN = {"两": 2, "二": 2, "三": 3}  # 翻两番: two doublings (a value of 2 番, as written)


def _change_alternation(d: dict) -> str:
    """The words of a change (增长, 下降 …) as one alternation, with the guarded ones (比增, matched only outside
    同比增长): every pattern that names a change reads the same words."""
    return word_alternation(list(d["change_words"])) + "".join("|" + g["pattern"] for g in d["guarded_change_words"].values())


def _alt(words, suffix: str = "", engine=None):
    """One compiled alternation of words, longest first, so a single scan replaces a loop of startswith."""
    return (engine or _fast)("(" + word_alternation(words) + ")" + suffix)


def _either_script(*sets) -> Optional[frozenset]:
    """The union of the start sets, with the Traditional forms of their characters; None if one is unknown."""
    return None if any(x is None for x in sets) else with_traditional(frozenset().union(*sets))


def _fast(pattern: str):
    """The standard library's re when the pattern needs nothing of the regex module's: it runs these
    short word alternations two to three times faster (measured per call on the corpus's sentences),
    and three times faster again behind a lookahead for the characters a match starts with (prefilter.py); a long
    alternation led by lookbehinds is tried at each position only with the alternatives that can start there."""
    compiled = _compile(pattern)
    if isinstance(compiled, regex.Pattern):
        return compiled
    alternation = prefilter.dispatched(pattern)
    if alternation is not None:
        return alternation
    try:
        return re.compile(prefilter.with_lookahead(pattern))
    except re.error:  # an inline flag that must open the pattern
        return compiled


@dataclass(slots=True)
class Found:
    indicator: str
    comparator: str
    value: float
    value_max: Optional[float]
    unit: str
    change: Optional[str]
    year: Optional[int]
    frequency: Optional[str]
    scope: Optional[str]
    start: int  # sentence span in the text
    end: int
    year_source: Optional[str] = None  # sentence, clause, lead, paragraph, heading, table, phase, period
    num: int = -1  # where the number starts in the text
    num_end: int = -1  # where its unit (and a comparator after it) ends
    baseline: Optional[float] = None  # 由85增加到150: 85
    baseline_year: Optional[int] = None  # 较2023年下降8%: 2023
    approximate: bool = False  # 左右, 约, 上下


@dataclass(slots=True)
class _Q:
    start: int
    end: int  # after any post comparator
    num_start: int
    value: float
    value_max: Optional[float]
    unit: str
    comparator: Optional[str]
    post: Optional[str]
    before_de: bool = False  # followed by 的: a qualifier unless a comparator makes it a quota
    article: bool = False
    own_change: Optional[str] = None  # 翻一番 an increase, 减半 a decrease, by the word that gives the value
    unit_span: tuple[int, int] = (0, 0)
    base: int = -1  # a from-value (从76岁提高到78岁): where its 从/由 starts; it is no target


_NEWLINE = re.compile("\n")
_PERCENT_RANGE = _compile(load("targets")["percent_range_after"])  # (百分之四点五至百分之五: one range)
_LEVEL_ITEM_WITHIN = 14  # characters before a level read for the 、 and the name opening its list item
_MAGNITUDE = frozenset("亿万千百")  # 亿级, 万级: a magnitude's class (50亿级项目), never a level reached by a count


def extract(text: str, context_years: Optional[list[tuple[int, int, int]]] = None,
            skip: list[tuple[int, int]] = (), breaks: list[int] = (),
            labels: list[tuple[int, int]] = (), period_end: Optional[int] = None,
            written: Optional[int] = None, period_start: Optional[int] = None,
            written_month: Optional[int] = None) -> list[Found]:
    """All targets in text. context_years: (start, end, year) spans whose year governs sentences
    inside them with no year of their own (a lead-in 到2025年，实现以下目标： or a heading). breaks:
    where numbered sections start; a paragraph's 到2025年， governs its sentences up to the next one.
    period_end: the last year of the plan's own period: its own five-year plan (十二五期间 in the 十二五
    plan) is what it sets, not a past it looks back on.
    labels: spans of labels run into a number (3.25%的乡镇 is item 3.): read as blanks; (start, end, verdict,
    rule) blanks a span whose numbers are no targets for that reason (a progress table's 进展 cells).
    written: the year the document is dated (its date line or signature): its 今年, 年内, 明年.
    period_start: the plan's first year: with written, the document's present, before which a five-year plan is past.
    written_month: the month of that date, when known: a part of its year over by then (一季度 in May) was done."""
    lx = lexicon()
    present = written or period_start  # the document's own year: what is dated before it was done
    one_year = period_end if period_start is not None and period_start == period_end else None  # a year's report or plan
    # (a five-year plan over before the document's last year is looked back on: “十三五”期间 in a plan to 2025)
    five_present = present or period_end
    simp_all = matched_form(text)
    second_half = "下半年" in simp_all and lx.second_half_ahead.search(simp_all)  # (上半年 then is the half gone)
    # a telephone number after its label (联系电话：0571-87654321转201): read as blanks, each number a code
    blanks: list[tuple] = [*labels, *((m.start(1), m.end(1), "code", "a telephone number") for m in _PHONE.finditer(simp_all)),
                           *((m.start(), m.end(), "code", "a web address") for m in (
                               _WEB_ADDRESS.finditer(simp_all) if "//" in simp_all or "www" in simp_all else ())),
                           *_section_numbers(simp_all, lx), *_profiles(simp_all, lx), *_infobox(simp_all)]
    if blanks:  # a label ends what came before it: read as a sentence end and blanks
        parts, pos = [], 0
        for a, b, *why in sorted(blanks):
            if a < pos:
                continue  # (one label found twice: by the structure and by its line)
            if why and _SINK is not None:
                _reject_all(lx.quantity.finditer(simp_all, a, b), 0, *why)
            parts += [simp_all[pos:a], "；" + " " * (b - a - 1)]
            pos = b
        simp_all = "".join(parts) + simp_all[pos:]
    out: list[Found] = []
    context_year_at = Innermost(context_years or []).at
    # one sweep: a scan per sentence was quadratic. A skipped span may say why (explain): (start, end, reason)
    in_table = Innermost((x[0], x[1], x[2] if len(x) > 2 else "table") for x in skip).at
    lead_year, lead_until = None, -1  # 到2025年，…: the year a paragraph's lead-in sets for its sentences
    # 到2020年，基本形成…。(a paragraph of a stage, no number in it) over lines of goals: the stage's year
    stage_year, stage_until = None, -1
    last_first = 0  # where the targets of the last sentence that gave any start in out
    listed_until = -1  # 主要目标如下：…；\n…；: the lines of a list of goals under its lead
    stated_year, stated_until = None, -1  # 2025年是…: the year 全年 and 年内 in the sentences after it mean
    past_until = -1  # “十三五”以来，… 五年来，…: what follows in the paragraph reports the past
    cited_until = -1  # a sidebar line led by another document's 文号
    background_until = -1  # where a chapter of background opening its line (第二节 土地利用现状) ends
    status_until = -1  # where the clauses of a count as of a date (截至8月底，…；…) end
    example_until = -1  # where the clauses of an example or a source's figures (据统计，…；…) end
    past_end, parts_until = -1, -1  # where a sentence reporting what was done ended, and the parts after it (其中：…)
    total_year, total_end = None, -1  # the year of the last sentence that took one, where it ended (其中… goes on in it)
    in_parts = False
    breaks = sorted(breaks)
    # where each line ends, found once: a search from every sentence was quadratic on one-line texts
    line_ends = [m.start() for m in _NEWLINE.finditer(simp_all)] + [len(simp_all)]
    full_stops = [m.start() for m in _FULL_STOP.finditer(simp_all)] + [len(simp_all)]
    opened_year, opened_until = None, -1  # 2021-2025年某区接入率达60%；…占比达到50%: the year opening a sentence

    def section_end(at: int) -> int:  # where the numbered section holding at ends (a heading's or a stage's year reaches it)
        b = bisect.bisect_right(breaks, at)
        return breaks[b] if b < len(breaks) else len(simp_all)

    def paragraph_end(at: int) -> int:  # where a lead-in's year stops: its line's end, or its section's if sooner
        return min(line_ends[bisect.bisect_left(line_ends, at)], section_end(at))
    led_year, led_from, led_until = None, -1, -1  # a goal paragraph's deadline going on into the next one
    named_year, named_until = None, -1  # the year of goals a horizon's sentence announced (…这五年的目标任务。), to where
    for sm in _SENT.finditer(simp_all):
        s0, s1 = sm.span()
        led_before = s0 < lead_until  # (a lead-in of a sentence before governs it; not its own 到2015年，)
        if s1 - s0 < 2:
            continue  # one character names nothing and sets no year (a text of a character a line)
        skipped = in_table(s0)
        if skipped:
            if _SINK is not None:
                _reject_all(lx.quantity.finditer(sm.group(0)), s0, *_SKIP_VERDICT.get(skipped, ("other", skipped)))
            continue
        sent = sm.group(0)
        at_line = s0 == 0 or simp_all[s0 - 1] == "\n"
        if lx.grade_item.search(sent) and not lx.grade_goal.search(sent):
            _reject_all(lx.quantity.finditer(sent), s0, "qualifier", "a level's threshold (参与人数100人以上…的群体性事件)")
            continue  # an emergency plan's grading: which events are 较大, by their size, no goal set
        if not _HAN.search(sent) and _ENGLISH.search(sent):  # a bilingual page's translation: its Chinese is read
            _reject_all(lx.quantity.finditer(sent), s0, "other", "an English sentence (a bilingual page's translation)")
            continue
        if sent.count("|") >= 2 and _logged(sent):  # 2 | 2023年12月16日13:00 | 主管爆裂 | 2023年12月16日17:00 | 240分钟 |
            _reject_all(lx.quantity.finditer(sent), s0, "fact", "a row of a log dated to the day (an event's record)")
            continue
        if _FORMULA_EQUALS.search(sent) and _FORMULA_OPERATORS.search(sent):  # 平均停水时长=(每户…×…)/总户数
            _reject_all(lx.quantity.finditer(sent), s0, "other", "a formula and its terms")
            continue
        over = _past_five_year(sent, five_present, lx) if "五" in sent[:_LABEL_WITHIN] else None
        retro = lx.retro_paragraph.match(sent) or \
            (lx.review_label.match(sent) if "：" in sent[:_LABEL_WITHIN] or ":" in sent[:_LABEL_WITHIN] else None) or over or \
            (lx.first_half.match(sent) if second_half else None)
        if not retro and present is not None and "年" in sent[:_LABEL_WITHIN] and (gone := lx.span_gone.match(sent)) and \
                int(gone.group(1)) < present and int(gone.group(2)) <= present:
            retro = gone  # (另据了解，2013-2016年，山东获得…: a span gone when the plan begins, reported)
        if retro and not _own_five_year(retro.group(0), period_end):  # opening looking back: the rest of its paragraph too
            past_until = line_ends[bisect.bisect_left(line_ends, s0)]
            if retro.group(0).rstrip()[-1:] in "：:":  # a run-in label (发展成效：…): to the next label of its line
                nxt = _RUN_IN_LABEL.search(simp_all, s0 + retro.end(), past_until)
                past_until = nxt.start() + 1 if nxt else past_until
        elif at_line and (("了" in sent and lx.done_paragraph.search(sent)) or
                                                         lx.company_profile.match(sent)) \
                and not lx.forward_words.search(sent):  # 完成了55个…, 某公司是由…成立的企业: a paragraph of work done or of what is
            past_until = line_ends[bisect.bisect_left(line_ends, s0)]
        if at_line and len(sent) <= _LONE_LINE_MAX and lx.lone_past_line.fullmatch(sent.strip()):
            # 目前\n全市已经建成微型消防站2785个\n其中…\n流动微站697个: a time word alone on its line, over the
            # unpunctuated lines of a phone article, reports them
            past_until = _unpunctuated_run_end(simp_all, s1, line_ends)
        if at_line and sent.lstrip()[:1] == "第" and lx.background_chapter.match(sent):
            nxt = lx.next_chapter.search(simp_all, s1)
            background_until = nxt.start() + 1 if nxt else len(simp_all)
        if s0 < background_until and not lx.forward_words.search(sent):
            _reject_all(lx.quantity.finditer(sent), s0, "fact", "a chapter of background (第二节 土地利用现状)")
            continue
        if at_line and lx.cited_document_line.match(sent):
            cited_until = line_ends[bisect.bisect_left(line_ends, s0)]  # 津政办发〔2022〕28号；…: its line is another document's
        if s0 < cited_until:
            _reject_all(lx.quantity.finditer(sent), s0, "citation", "another document's targets (a line led by its 文号)")
            continue
        if at_line and _heads_a_list(sent.strip(), simp_all, s0, s1, line_ends, lx):
            _reject_all(lx.quantity.finditer(sent), s0, "parts",
                        "a heading counting the list of names under it (10条道路, 某区(13个))")
            continue
        ahead = (lx.forward_words.search(sent, retro.end() if retro else 0) or lx.still_to_build.search(sent) or
                 (lx.second_half_ahead.match(sent, len(sent) - len(sent.lstrip())) if second_half else None)) \
            if s0 < past_until else None  # (目标制定依据：)
        if ahead and not _DIGIT_RE.search(sent) and any(c in sent[:ahead.start()] for c in "，,；;"):
            ahead = None  # (…开发公益岗位兜底一批，确保搬迁群众稳定增收。: the purpose of work done, no turn to goals)
        if ahead and over is not None and retro is over and ahead.group(0) == "目标":
            ahead = None  # (“十四五”时期，…始终锚定高质量发展目标，…增长近两倍: a goal a plan over had)
        if ahead and ahead.group(0) == "目标" and _GOAL_DONE.search(sent, max(0, ahead.start() - 16), ahead.start()):
            # (…，较好完成全年经济社会发展目标任务: goals met, the review goes on; unless a later word still looks
            # forward: 今年以来，…聚焦完成水利投资48亿元目标，…力争上半年开复工130余项)
            ahead = next((m for m in lx.forward_words.finditer(sent, ahead.end()) if m.group(0) != "目标"), None)
        if s0 < past_until and (ahead or (present is not None and not retro and (_sentence_year(sent, lx) or 0) >= present)):
            past_until = -1  # 全年主要预期目标是：…, 到2025年，…, 全县2025年新建…: the paragraph turns to what is to come
        if s0 < past_until:
            if _SINK is not None:
                _reject_all(lx.quantity.finditer(sent), s0, "fact", "a paragraph looking back (“十三五”以来, 过去五年 …)")
            continue
        if written_month is not None and _part_over(sent, lx, written, written_month):
            _reject_all(lx.quantity.finditer(sent), s0, "fact", "a part of the year over when the page was written (今年一季度，… on a page of May)")
            continue
        heading = lx.year_heading.fullmatch(sent.strip()) if at_line and ("年" in sent or sent.lstrip()[:2] in _CENTURIES) \
            else None  # (2021任务清单, 2013预期目标: a heading's year printed without 年)
        five = lx.five_year_heading.fullmatch(sent.strip()) if not heading and "五" in sent and \
            at_line else None
        five_end = five_year_plan_start(five.group(1)) + 4 if five else None
        if five_end is not None and five_end < (five_present or 0):
            five_end = None  # (“十四五”时期主要目标 in a report of 2026: the review's table of a plan over)
        if heading or five_end:  # 2035年目标 over a list of goals: its year, to the next such line or numbered section
            b = bisect.bisect_right(breaks, s0)
            stage_year = int(heading.group(1)) if heading else five_end
            stage_until = breaks[b] if b < len(breaks) else len(simp_all)
            continue
        if one_year is not None and at_line and sent.rstrip()[-1:] in "：:" and not _DIGIT_RE.search(sent) and \
                (ahead := _years_ahead(sent, lx)):  # 今后五年重点做好以下四个方面：over the paragraphs of the list
            stage_year, stage_until = one_year + ahead[0] - 1, section_end(s0)
            continue
        own = lx.lead_year.search(sent) if "年" in sent else None
        if own and _names_issued_goals(sent, lx, own.end()):
            own = None  # (2010年，国家民委印发了《…纲要》，提出…: the year the plan was issued leads nothing)
        if own and _in_aside(sent, own.start()):
            own = None  # (…(2021年完成200.3公里): the aside's year leads nothing after it)
        if own and written is not None and int(own.group(1)) < written and "截" in own.group(0):
            own = None  # (截至2018年底，…已建成… on a page of 2019: the date of a count, no deadline)
        if own:
            nl = line_ends[bisect.bisect_left(line_ends, s0)]
            b = bisect.bisect_right(breaks, s0)
            lead_year = int(own.group(1))
            lead_until = min(nl, breaks[b] if b < len(breaks) else len(simp_all))
            if at_line and own.start() <= 2:
                stage_year, stage_until = None, -1  # a stage ends where the next line opens with its year
                if not _DIGIT_RE.search(simp_all, s0 + own.end(), nl):
                    stage_year, stage_until = lead_year, breaks[b] if b < len(breaks) else len(simp_all)
                if present is not None and lead_year < present and not _looks_ahead(sent, lx, present):
                    # (2018年，某局…取得积极成效。…全市接待游客1.88亿人次 on a page of 2019: a paragraph of that
                    past_until = nl  # year's results, its numbers after its first sentence)
        elif "目标" in sent and (goals := lx.dated_goals_lead.search(sent)) and (written is not None or goals.group(1)[0].isdigit()):
            # 今年经济社会发展主要预期目标是：…。经济结构…比重达到66%左右 (2009年全省…主要预期目标：): the lead's
            # year, to its paragraph's end
            said = goals.group(1)
            lead_year = int(said[:4]) if said[0].isdigit() else written + (said == "明年")
            lead_until = paragraph_end(s0)
        if at_line and s0 < stage_until and not (own and own.start() <= 2) and \
                (opened := lx.opening_year.match(sent)) and int(opened.group(1)) != stage_year:
            stage_year, stage_until = None, -1  # (他说，2008年，是极不平凡的一年。\n2009年全省的主要预期目标：…: a line
            # opening on another year ends the stage, led in or not)
        if not own and s0 < lead_until and "目标" in sent and lx.stage_goals_label.match(sent):
            lead_year, lead_until = None, -1  # (…近期目标为：到2020年，…。远期目标为：…: the next stage's goals, not 2020's)
        if not own and (at_line or s0 < lead_until) and (this := lx.this_year_lead.match(sent)):
            # (2017年，该镇…荣誉。今年，该镇将…。力争…增长12%: the paragraph turns from the year gone to this one;
            # with no date known, to a year not named)
            lead_year = written + (this.group(1) == "明年") if written is not None else None
            lead_until = paragraph_end(s0) if written is not None else -1
        if not own and "年" in sent and (plan_named := lx.year_blueprint.search(sent)):
            # (…明确2026年工业经济“作战图”。目标包括…增长6%左右: the year whose plan the sentence names, to its paragraph's end)
            lead_year, lead_until = int(plan_named.group(1)), paragraph_end(s0)
        if s0 >= listed_until and ("为" in sent or "是" in sent or "如下" in sent):
            listed = lx.goal_list_lead.search(sent)
            if listed:  # 2019年各市考核指标为，甲市…；\n乙市…；: goals, line after line, to the first that does
                listed_until = _list_end(simp_all, s0, line_ends)  # not go on with ；, in the lead's year
                year_of_list = YEAR_IN.findall(sent, 0, listed.start())
                if not year_of_list and s0 >= 2 and simp_all[s0 - 1] in "。\n":
                    # (…将工业行业2011年淘汰落后产能目标任务分解下达。\n18个行业…目标任务为：炼铁2653万吨，…: the year
                    # the sentence before gives the tasks it lists)
                    lo, e = max(0, s0 - _LIST_LEAD_WITHIN), s0 - 1
                    while e > lo and simp_all[e - 1] in "。\n":
                        e -= 1
                    before = simp_all[max(simp_all.rfind("。", lo, e), simp_all.rfind("\n", lo, e), lo - 1) + 1:e]
                    named = lx.year_of_tasks.search(before)
                    year_of_list = [named.group(1)] if named and listed.group(0)[:2] in named.group(0) else []
                if year_of_list and s0 >= lead_until:
                    lead_year, lead_until = int(year_of_list[-1]), listed_until
        if s0 < lead_until and lead_year is not None and sent.lstrip().startswith(_NEW_YEAR):
            lead_year += 1  # (2015年，全市接待游客…。新的一年，我市将…。全年旅游总收入930亿元: the year after the one reported)
        if s0 >= stated_until:
            stated_year = None
        # (not a year a paragraph of results opens on: 2018年，…取得积极成效。 on a page of 2019 says nothing of its 全年)
        stated = lx.stated_year.match(sent.lstrip()) if "年" in sent and s0 >= past_until else None
        if stated:  # 2025年是…之年: the year the text is about, until the next numbered section
            b = bisect.bisect_right(breaks, s0)
            stated_year, stated_until = int(stated.group(1)), breaks[b] if b < len(breaks) else len(simp_all)
            if s0 < lead_until and lead_year != stated_year:  # (2017年，我市…。…2018年是…起步之年，全市将新建…。
                lead_year, lead_until = stated_year, paragraph_end(s0)  # 确保…脱贫率达80%以上: the year stated goes on)
        if one_year is not None and "目标" in sent and "年" in sent and lx.goals_named_end.search(sent) and \
                not simp_all[s1:paragraph_end(s0)].strip() and (ahead := _years_ahead(sent, lx)):
            # (今后五年，…，报告中给出了这五年的目标任务。 closing its paragraph: the goals on the lines after it, by
            # the horizon's end, over their own headings, to the next line of a year, 2017年, or of a numbered part)
            nxt = _GOALS_END.search(simp_all, s1)
            named_year, named_until = one_year + ahead[0] - 1, nxt.start() if nxt else len(simp_all)
        found = list(lx.quantity.finditer(sent))
        if not found:
            if "完成" in sent and lx.done_whole.search(sent) and not lx.forward_words.search(sent):
                past_end = s1  # (2025年十大民生实事全部完成。其中，建成驿站10个…: the parts of what was done)
            elif "年" in sent and simp_all[s1 - 1:s1] in "；;" and s0 >= past_until and \
                    (opening := _year_opening(sent, lx, _sentence_year(sent, lx))):
                # (2019年任务：一是完成村庄分类工作；二是…评估率达到50%；…: the year its first clause opens on, over the
                # semicolons to the full stop, though that clause counts nothing)
                opened_year, opened_until = opening, full_stops[bisect.bisect_left(full_stops, s1)]
            continue  # most sentences hold no number at all
        if len(found) > _DUMP_MIN and len(sent) < _DUMP_CHARS * len(found):
            _reject_all(found, s0, "fact", "a run of numbers with no words between them")
            continue  # 95%95%95%…, 2025年1-2025年1-…: numbers with no words between them to name anything
        if len(found) > _CLAUSE_RUN_MAX:
            found = _without_runs(sent, found, s0)
            if not found:
                continue
        sd = lx.scope_definition.search(sent)
        if sd:  # 实施范围包括…26个县…共计53个县: the places a plan covers, counted
            turn = _SCOPE_TURNS.search(sent, sd.end())  # (…涵盖8大类24个品种的食品，将抽检样品350批次: a goal after it)
            if turn:
                _reject_all((m for m in found if sd.start() <= m.start() < turn.start()), s0, "qualifier",
                            "what a plan covers (实施范围包括…)")
                found = [m for m in found if not sd.start() <= m.start() < turn.start()]
            else:
                sent, found = _cut(sent, found, sd.start(), s0, "qualifier", "what a plan covers (实施范围包括…)")
            if not found:
                continue
        if simp_all[s1:s1 + 1] in "”\"" and lx.resident_quote.match(simp_all, s1):
            _reject_all(found, s0, "example", "a resident's words (…”家住某村的老人说)")
            continue
        if "即" in sent:
            named = [m for m in found if lx.point_count.fullmatch(m.group(0)) and (n := lx.namely_after.match(sent, m.end()))
                     and not lx.names_after.match(sent, n.end())]  # (not 建成5个示范园，即甲园、乙园…: the things, named)
            if named:
                _reject_all(named, s0, "parts", "a count the next words name one by one (突出两个重点，即…)")
                found = [m for m in found if m not in named]
                if not found:
                    continue
        if "项目" in sent or "任务" in sent or "事项" in sent:
            found = _without_tally_asides(sent, found, s0, lx)
            if not found:
                continue
        if s0 < example_until and not lx.forward_words.search(sent):
            _reject_all(found, s0, "example", "example or anecdote, gone on over semicolons (据统计，去年…；…)")
            continue
        a = lx.anecdote.search(sent)
        if a and ((a.group(0).endswith(lx.example_ends_forward) and lx.forward_words.search(sent, a.end())) or
                  (a.group(0)[:2] in lx.example_leads and lx.example_of_goals.search(sent, a.end()))):
            a = None  # (以…明眸皓齿工程为例，2025年，温州市将新增…230台; 数据显示，2023年至2025年，北京还将完成…;
            # 比如，贵州表示要…，进出口总额增长30%以上: an
            # example of goals, a goal still — TARGETS.md drops examples of what a place did)
        if a:
            sent, found = _cut(sent, found, a.start(), s0, "example", "example or anecdote (例如, 据统计 …)")
            if simp_all[s1 - 1:s1] in "；;":  # (据统计，去年…增长11.4%；公共财政总收入3008.91亿元，…；…: to the full stop)
                example_until = full_stops[bisect.bisect_left(full_stops, s1)] + 1
        tail = sent.rstrip(" ；;。")
        conditions = [m.span() for m in lx.trigger_condition.finditer(sent)] \
            if tail.endswith("的") or lx.trigger_word.search(sent) else []
        if conditions and not lx.forward_words.search(sent):
            inside = [m for m in found if any(a <= m.start() < b for a, b in conditions)]
            if inside:
                _reject_all(inside, s0, "qualifier", "a condition that sets off a response (当…时, 是指…, …的；)")
                found = [m for m in found if m not in inside]  # (the words stay: they may cue the clause after)
                if not found:
                    continue
        if "（" in sent or "(" in sent:  # （目前12.5%）: an aside with the present value says nothing of the target
            for m in reversed(list(lx.baseline_aside.finditer(sent))):
                sent = sent[:m.start()] + " " * (m.end() - m.start()) + sent[m.end():]
            _reject_all((m for m in found if not sent[m.start():m.end()].strip()), s0, "baseline", "aside with the present value")
            found = [m for m in found if sent[m.start():m.end()].strip()]
        if past_end >= 0 and sent.lstrip().startswith(lx.parts_opener) and not simp_all[past_end:s0].strip():
            parts_until = full_stops[bisect.bisect_left(full_stops, s0)] + 1  # (the parts go on over semicolons)
        if s0 < parts_until:
            # (but a clause that states its goal: …完成年度目标。其中，甲市确定了下降3.5%的目标; …下降16.7%，规划期末目标为下降20%)
            goals = [m for m in found if lx.parts_goal.search(sent, _clause_start(sent, m.start()), _clause_end(sent, m.start()))]
            _reject_all((m for m in found if m not in goals), s0, "fact", "the parts of a total reported (…已完成72家。其中：…)")
            if not goals:
                continue
            found = goals
        if sent.lstrip()[:1] in "这图" and lx.scene.match(sent):
            _reject_all(found, s0, "fact", "a scene described (这是…的景象, 图为…)")
            continue
        if at_line and sent.lstrip()[:1] in "图表" and lx.caption_line.match(sent):
            _reject_all(found, s0, "name", "a figure's or table's caption (图5 …项目完成投资情况)")
            continue
        progress = lx.progress_share.search(sent) if ("计划" in sent or "月" in sent or "完成" in sent) else None
        ahead = lx.forward_words.search(sent) if progress else None
        if progress and not ahead:
            _reject_all(found, s0, "fact", "progress so far (…完成投资4993亿元、占年度计划的68.8%; 1-12月份完成投资…)")
            if simp_all[s1 - 1:s1] in "；;":  # (2015年全州共减少贫困人口25.62万人，超额完成年度任务…；…7个贫困村全部
                status_until = full_stops[bisect.bisect_left(full_stops, s1)] + 1  # 实现整体脱贫；…: the report goes on)
            continue  # (its amounts done so far, its shares of the plan: nothing set)
        if progress and ahead.start() >= progress.end():  # (1~10月份完成投资50.8亿元，全年将完成65亿元: the progress,
            cs = _comma_start(sent, ahead.start())  # then the goal in a clause of its own)
            if cs > progress.start():
                _reject_all((m for m in found if m.start() < cs), s0, "fact", "progress so far, before a goal (1-10月份完成投资…，全年将…)")
                found = [m for m in found if m.start() >= cs]
                sent = " " * cs + sent[cs:]
        if s0 < status_until and not lx.forward_words.search(sent):
            _reject_all(found, s0, "fact", "a count as of a date, gone on over semicolons (截至8月底，已完成…；在建项目170个)")
            continue
        if simp_all[s1 - 1:s1] in "；;" and lx.status_opener.match(sent):  # (目前，全省床位达到32.1万张，…；…床位达到23.8万张)
            status_until = full_stops[bisect.bisect_left(full_stops, s1)] + 1
        past_end = s1 if "完成" in sent and lx.done_whole.search(sent) and not lx.forward_words.search(sent) else -1
        past = lx.baseline.search(sent) if sent else None
        aside_cut = False
        while past and ("（" in sent or "(" in sent) and (k := _aside_open(sent, past.start())) >= 0 and \
                (close := _aside_close(sent, k)) > past.start():
            # …登记在册的37万名特困人员(4万余名…已经安装…)纳入…: the past word speaks of its aside alone
            _reject_all((m for m in found if k < m.start() < close), s0, "fact", f"past or present ({past.group(0)}), in an aside")
            found = [m for m in found if not k < m.start() < close]
            sent, aside_cut = sent[:k] + " " * (close + 1 - k) + sent[close + 1:], True
            past = lx.baseline.search(sent)
        while past and past.group(0).startswith(_SAME_PERIOD) and not _DIGIT_RE.search(
                sent, _clause_start(sent, past.start()), _clause_end(sent, past.end())):
            past = lx.baseline.search(sent, past.end())  # (…，优良天数同比增加，…SO2下降20%: a 同比 with no number of its own
            # clause tells that clause's change, not the sentence's numbers)
        if past is None and sent and "截" in sent:  # 截至2020年底，…共发现矿产23种 in a text of 2021 on: how it stood
            status = lx.status_at.search(sent)
            past = status if status and int(status.group(1)) < (written or period_end or 0) else None
        if past is None and "入选" in sent and (chosen := lx.selected.search(sent)) and not _forward_word(sent[:chosen.start()], lx) \
                and not _DIGIT_RE.search(sent, chosen.end(), _clause_end(sent, chosen.end())):
            past = chosen  # (…，我省…等45家县级中医医院入选: those chosen; not 力争10个村入选…, nor a count after it, 入选…15项以上)
        if past is None and sent and "了" in sent and not _forward_word(sent, lx):
            past = lx.done_le.search(sent)  # 同时每个村培养了10名…: what was done (not 到2025年，…增长了约50%)
        if past is None and sent and ("日" in sent or "天" in sent) and not lx.forward_words.search(sent):
            past = lx.event_day.search(sent)  # 昨日，70余名企业代表到…考察: a day's event, reported
        if past and past.group(0) == "共有" and lx.plan_contents_before.search(sent, 0, past.start()):
            past = lx.baseline.search(sent, past.end())  # 根据计划，2019年共有40件立法项目: what the plan holds
        in_goals = past is not None and (s0 < listed_until or s0 < stage_until or
                                         _under_goal_heading(simp_all, s0, breaks, line_ends, lx))
        # (each 同比 of a list of goals is its goal's base: 预期目标是，…同比增长7%，…同比增长8.5%，…同比增长6%; the lines
        # under a year's heading, 2024年重点指标 / GDP同比增长5%, are such a list)
        while past and ((past.group(0).startswith((_SAME_PERIOD, *_OVER_PLAN)) and lx.goal_before_base.search(sent, 0, past.start()))
                        or (past.group(0).startswith(_RUNNING_TOTAL) and (_DEADLINE.search(sent, 0, past.start()) or
                                                                          _RUNNING_TOTAL_GOAL.search(sent, 0, past.start())))
                        or (past.group(0) == _YEAR_TOTAL and _YEAR_TOTAL_GOAL.search(sent, 0, past.start()))
                        or _own_five_year(past.group(0), period_end, present) or _goal_compared(sent, past, lx, in_goals)
                        or (lx.plans_period_before.search(sent, max(0, past.start() - _PLANS_PERIOD_WITHIN), past.start()) and FIVE_YEAR_PLAN.match(past.group(0).lstrip("“\"")))
                        or lx.disposal_before.search(sent, max(0, past.start() - 10), past.start())
                        or (lx.from_past.search(sent, max(0, past.start() - 3), past.start()) and lx.change_to.search(sent, past.end()))
                        or (past.group(0) == "共有" and lx.task_load_time.match(sent) and lx.task_load.match(sent, past.end()))):
            past = lx.baseline.search(sent, past.end())  # 力争接待游客280万人次…，同比分别增长…: the goals' base
        if past and found and found[0].end() <= past.start() and lx.own_clause_past.match(sent, past.start()):
            # …关闭退出114处煤矿，化解产能6460万吨/年，分别占现有煤矿和产能的60%: the past or present word
            # speaks of its own clause and after, not of the numbers of the clauses before it
            # (unless those clauses are dated, 2016年，…已立项28个，…目前已完工6个: the whole reports)
            cs = _comma_start(sent, past.start())
            dated = lx.dated_report.search(sent, 0, cs)
            span = lx.year_range.search(sent, max(0, dated.start() - _SPAN_REACH), dated.end()) \
                if dated and present is not None and dated.group(0).endswith("年") else None
            if span and span.start(2) == dated.start() and int(span.group(2)) >= present and \
                    lx.span_task.match(sent, dated.end(), cs):
                dated = None  # (我区2019-2020年调整任务为…2万亩，2019年已完成了…: the task of a span still running in a
                # plan of 2020; not 确定2024-2025年度项目4个，目前均已完工, a list of projects done)
            if dated and ((lx.planned.search(sent, dated.end(), cs) and ("年" not in dated.group(0) or not _DIGIT_RE.search(sent, cs)))
                          or ("年" not in dated.group(0) and "截" in sent[max(0, dated.start() - 4):dated.start()])):
                dated = None  # 8月22日，…介绍，…计划新开工5440套，截至7月底，已开工…: the day it was said, then the plan
                # (…计划新建公园20个，截止9月，已建成15个: the month the count was taken, its own clause's; 2024年…全年计划
                # 实施项目75个，…，目前已全部开复工: the year's plan, then how it stands in words; not 2023年…年度计划投资…，
                # 1-6月累计完成投资…: the year's progress against its plan)
            if cs > 0 and found[0].end() <= cs and not dated and not led_before:
                ahead = lx.goal_after_past.search(sent, past.end())
                if ahead:  # …获悉，目前完工15项，明年计划竣工16项: the goal after the present goes on
                    now = [m for m in found if cs <= m.start() < ahead.start()]
                    _reject_all(now, s0, "fact", f"past or present ({past.group(0)})")
                    found = [m for m in found if not cs <= m.start() < ahead.start()]
                    sent = sent[:cs] + " " * (ahead.start() - cs) + sent[ahead.start():]
                else:
                    sent, found = _cut(sent, found, cs, s0, "fact", f"past or present ({past.group(0)})")
                past = None
        goal = lx.goal_after_past.search(sent, past.end()) if past else None
        if past and goal is None and "了" in sent[:past.end()] and any(v in sent for v in lx.issue_verbs) and \
                (issued := lx.plan_issued_then.search(sent, past.end())):
            goal = issued  # (我市下达了…2023年度审计项目计划，全年安排审计项目81个: the plan issued, then what it sets)
        facts_until, said, led, what_was = -1, past.group(0) if past else "", None, ""
        if past is None and written is not None and "年" in sent:
            first_year = lx.year.search(sent)  # 该基地2024年出栏8万只…，2025年计划做到15万只 (a page of 2025): what
            later = lx.later_year_goal.search(sent, first_year.end()) if first_year and int(first_year.group(1)) < written else None
            if later and int(later.group(1)) >= written:  # was, then the goal of a year still to come
                facts_until, said = s0 + later.start(), first_year.group(0)
        if goal and not lx.baseline.search(sent, goal.start()) and "已" not in sent[goal.end():]:
            # …，要实现全年增长7.5%的目标: what has been, then the goal (not 计划投资13.6亿元，已投资6.25亿元: a report)
            if goal.group(0).endswith("年"):  # 现有养老机构12个，到2025年达到20个: the clause before names the goal
                if "已" not in sent[goal.end():]:  # and gives its baseline; read whole, its numbers dropped
                    facts_until, past = s0 + goal.start(), None  # (…，到2020年已增加到20个 reports)
            else:
                _reject_all((m for m in found if m.start() < goal.start()), s0, "fact", f"past or present ({said})")
                found = [m for m in found if m.start() >= goal.start()]
                cs = _comma_start(sent, past.start())
                dated = sent[:cs] if "截" not in sent[:cs] else ""  # (截至2018年底，…已建成…，今年还将…: a count's date)
                led = _sentence_year(dated, lx) if dated else None  # (当地表示，2024年度，…现有停车场地…，计划建设
                i, j = _trim(sent[cs:past.start()], lx)  # (城区级绿道已建成221公里，2018年计划建成676公里: what was built
                place = _WHOLE_PLACE.fullmatch(sent, cs + i, cs + j) or names_places(sent[cs + i:cs + j], lx)  # (全市)
                what_was = text[s0 + cs + i:s0 + cs + j] if j - i >= 2 and not place else ""
                sent, past = " " * goal.start() + sent[goal.start():], None  # 11座: the year before what is, the goal's)
        if not sent or past or lx.title_line.match(sent.strip()) or \
                _against_last_year(sent, lx):
            if sent and _SINK is not None:
                said = past or lx.last_year_base.search(sent)
                _reject_all(found, s0, *(("fact", f"past or present ({said.group(0)})") if said else ("name", "a title line")))
            if past:
                past_end = s1  # (a 其中 right after it gives the parts of what was done)
                if simp_all[s1 - 1:s1] in "；;" and lx.split_opener in sent:
                    # (…实施了…规划，总面积3161公顷，其中：甲园区1324公顷；乙园区854公顷；…: the parts go on to the full stop)
                    parts_until = full_stops[bisect.bisect_left(full_stops, s1)] + 1
                if simp_all[s1 - 1:s1] in "；;" and past.group(0).startswith("截") and not sent[:past.start()].strip():
                    status_until = full_stops[bisect.bisect_left(full_stops, s1)] + 1  # (截至8月底，…；在建项目170个，…)
            if past and written is not None and at_line:
                own_year = _sentence_year(sent, lx)
                if own_year is not None and own_year < written:  # (展示了2023年…成绩：…；一般公共预算收入9930亿元: the
                    past_until = line_ends[bisect.bisect_left(line_ends, s0)]  # paragraph goes on in that year)
            continue
        if ("从" in sent or "由" in sent) and lx.year_range.search(sent) and lx.from_number.search(sent):
            _reject_all(found, s0, "fact", "what a past span achieved")
            continue  # 2016—2020年，…从5.1‰降至3.9‰: what a past span achieved
        issued = _names_issued_goals(sent, lx)
        # (2010年，…印发了《…纲要》，提出“十二五”期间…1000个: the year dates the issuing, the goals' year is after it)
        year = _sentence_year(sent[issued.end():] if issued else sent, lx) or led
        dated = None
        if year is None and written is not None and "年" in sent:
            dated = lx.dated_year.search(sent)  # 今年将推广1万辆, on a page dated 2019-01-24: 2019
            if dated:
                year = written + dated.group(0).startswith("明年")
        source = "sentence" if year is not None else None
        if year is not None and present is not None and year < present and not dated and facts_until < 0 and \
                not _looks_ahead(sent, lx, present) and not lx.planned.search(sent):
            # 2014年，某大队共出勤235人次，… on a page dated 2016 (or in a plan for 2016-2020): what was done before it
            _reject_all(found, s0, "fact", "a year before the document's date, not looked forward to")
            if s0 == 0 or simp_all[s0 - 1] == "\n" or lx.opening_year.match(sent.lstrip()):
                # (2023年，全省生产总值…。一般公共预算收入9930亿元: its paragraph goes on in that year, until it turns
                # forward; so does a sentence opening on that year inside a paragraph: …。2023年我市共新改扩建…。新增学位4万个)
                past_until = line_ends[bisect.bisect_left(line_ends, s0)]
            elif simp_all[s1 - 1:s1] in "；;":  # (…2014年我镇公开信息160条，其中…59条；人事信息1条；…: its clauses
                past_until = full_stops[bisect.bisect_left(full_stops, s1)]  # after the semicolons, to the full stop)
            continue
        if year is not None and present is None and period_end is not None and year < period_end and \
                lx.year_estimate.search(sent):  # (2025年宜昌预计全年地区生产总值增长6.5%左右 in a plan for 2026)
            _reject_all(found, s0, "fact", "an estimate of a year before the document's own (2025年…预计全年…)")
            continue
        opening = _year_opening(sent, lx, year) if year is not None and simp_all[s1 - 1:s1] in "；;" else None
        if opening:  # the clauses after its semicolons, to the full stop, go on in the year it opens with
            opened_year, opened_until = opening, full_stops[bisect.bisect_left(full_stops, s1)]
        elif year is None and s0 < opened_until:
            year, source = opened_year, "lead"
        if year is None and s0 < lead_until:
            year, source = lead_year, "lead"
        if year is None and s0 < named_until:
            year, source = named_year, "lead"
        in_parts = year is None and total_year is not None and not simp_all[total_end:s0].strip() and \
            (sent.lstrip().startswith(lx.parts_opener) or (in_parts and simp_all[total_end - 1:total_end] in "；;"))
        if in_parts:  # (2024年安排重点项目476个，…。其中，续建项目269个…；计划开工项目207个…: the parts of that
            year, source = total_year, "lead"  # year's total, over their semicolons)
        total_year, total_end = year, s1
        if year is not None and at_line and _DEADLINE.match(sent, len(sent) - len(sent.lstrip())):
            # 《方案》提出：\n到2027年，…。\n省级重点基地120个，…: a list of goal paragraphs under a colon (or right after
            # one of them), each without a year of its own going on in the deadline that opened the one before it
            above = simp_all[max(0, s0 - _LIST_LEAD_WITHIN):s0].rstrip()
            if above.endswith(("：", ":")) or (0 <= led_until < s0 and not simp_all[led_until:s0].strip()):
                end = line_ends[bisect.bisect_left(line_ends, s0)]
                led_from = end + len(simp_all[end:end + _LIST_LEAD_WITHIN]) - len(simp_all[end:end + _LIST_LEAD_WITHIN].lstrip())
                led_year, led_until = year, line_ends[bisect.bisect_left(line_ends, led_from)]
        if year is None and led_from <= s0 < led_until:
            year, source = led_year, "paragraph"
        if year is None and s0 < stage_until:
            year, source = stage_year, "paragraph"
            if present is not None and year is not None and year < present and not _looks_ahead(sent, lx, present):
                # (2025年——\n全市生产总值增长5.5%… in a report of 2026: the lines under a year gone report it)
                _reject_all(found, s0, "fact", "under a heading of a year before the document's own")
                continue
        if year is None and stated_year is not None and lx.this_year.search(sent):
            year, source = stated_year, "paragraph"  # 全年主要预期目标是：…增长6%
        if year is None:
            context = context_year_at(s0)
            year, source = context if isinstance(context, tuple) else (context, "heading" if context else None)
        horizon = None  # (where a sentence's years ahead are said, and the year and its source before it)
        if (source in _CARRIED or year is None) and "年" in sent and (ahead := _years_ahead(sent, lx)) and \
                not _sentence_year(sent, lx):
            # (2020年，…已完成改造28个。未来五年，全市计划改造276个: a horizon of its own, by the period's end; in a
            # document of one year, 今后五年 counts from that year: a 2022 report's five years end in 2026)
            horizon = (s0 + ahead[1], year, source)
            year, source = (one_year + ahead[0] - 1, "clause") if one_year is not None else (None, None)
            begun = lx.start_date.search(sent, 0, ahead[1])  # (从2015年开始, 自2023年起: the years' first)
            if begun is not None:
                year, source = int(begun.group(1)) + ahead[0] - 1, "sentence"  # 从2015年开始，用三年时间: 2015–2017
            if one_year is not None or begun is not None:
                lead_year, lead_until = year, paragraph_end(s0)
        if year is None and period_end is None and "起" in sent:
            start = lx.start_date.search(sent)  # 自2015年1月1日起，…收费标准调整为…: due when it takes effect (a
            if start and not lx.start_date_recurring.search(sent):  # plan's period is when its duties are due)
                year, source = int(start.group(1)), "sentence"
        # 到2025年，X达到92%；到2026年达到96%: a sentence right after a semicolon may go on with the
        # indicator the one before it ended with
        # and a sentence opening with 其中 splits the total the one before it gave (其中：甲区51.1公里、…)
        carry = out[-1].indicator if out and out[-1].end == s0 and (simp_all[s0 - 1:s0] in "；;" or
                                                                     sent.lstrip().startswith(lx.parts_opener)) else ""
        if carry and out[-1].unit == "%" and sent.lstrip().startswith(lx.parts_opener):
            # (…新改建道路1000公里，占三年建设任务的35%。其中东海县200公里: the parts split the total, not its share)
            unit = next((m.group("u") for m in found if m.group("u")), None)
            total = next((f for f in reversed(out) if f.end == s0 and to_simplified(f.unit) == unit), None) if unit else None
            carry = total.indicator if total else carry
        # (2015年甲、乙分别达到90%、99%；2020年分别达到98%、99%: the list of names goes on too)
        names = tuple(f.indicator for f in out[last_first:]) if carry and len(out) - last_first >= 2 else ()
        # matching runs on the Simplified form (same length); words are reported as the text writes them
        first = len(out)
        row = None
        if at_line and " " in sent.strip():  # a table's row copied as a line?
            # the last line above with words, blank lines between (looked for a short way back: bounded)
            above = simp_all[max(0, s0 - 2 * _BARE_ROW_MAX):s0].rstrip().rsplit("\n", 1)[-1]
            row = _headerless_row(sent, text[s0:s0 + len(sent)], s0, above, lx)
        if row is not None:
            for f in row:
                f.year = year
            out.extend(row)
        else:
            # (…其他城市达到75%；县城力争达到60%: a list of places goes on over the semicolon)
            orig = text[s0:s0 + len(sent)]
            if aside_cut:  # (the aside cut out of the words that name a target as well)
                orig = "".join(" " if c == " " else o for o, c in zip(orig, sent))
            out.extend(_sentence_targets_at(sent, orig, s0, s1, year, lx, carry, found,
                                            s0 < listed_until, names,
                                            out[-1].unit if carry and (out[-1].scope or sent.lstrip().startswith(
                                                lx.split_opener)) else ""))
            for f in out[first:] if aside_cut else ():
                f.indicator = "".join(f.indicator.split()) if "  " in f.indicator else f.indicator
        if len(out) > first:
            if carry:  # …提升到25%和35%；精神分裂症治疗率达到80%和85%: the years of the list before, in turn
                _years_go_on(out[last_first:first], out[first:])
            last_first = first
        if len(out) > first and sent.rstrip()[-1:] == "。" and lx.items_next.match(simp_all, s1):
            out[first:] = [f for f in out[first:] if not _counts_items_after(f, simp_all, lx)]
        if facts_until >= 0:
            out[first:] = _facts_before(out[first:], facts_until, said, lx)
        if len(out) > first:
            out[first:] = _not_weather(out[first:], simp_all, s0, lx)
            _counts_share_their_noun(out[first:], simp_all, lx)
            for f in out[first:] if what_was else ():
                if lx.verb_alone.fullmatch(f.indicator.lstrip(_PLANNED_FIRST)) and lx.verb_end.search(f.indicator):
                    f.indicator = what_was + f.indicator
        later = _year_after_this_year(sent, lx) if len(out) > first and not dated and year is not None and \
            written is not None else None
        for f in out[first:]:
            if later is not None and f.year == year and 0 <= f.num - s0 < later[0]:
                f.year = written + later[1]  # 今年…增加学位3000个，到2020年力争新增30000个: this year's before the deadline's
            if dated and f.year == year and f.num > s0:  # 今年推广1万辆，明年再推广5000辆: the nearest before
                last = None
                for last in lx.dated_year.finditer(simp_all, max(s0, f.num - _DATED_WITHIN), f.num):
                    pass
                f.year = written + last.group(0).startswith("明年") if last else year
            f.year_source = None if f.year is None else source if f.year == year else "clause"
            if horizon is not None and 0 <= f.num < horizon[0] and f.year == year:
                f.year, f.year_source = horizon[1], horizon[2]  # (每年招引项目100个，带动未来五年投资1000亿元: from where said)
            _qualify(f, simp_all, lx)
            _named_by_base(f, simp_all, text, lx)
    _due_later_in_paragraph(out, simp_all, line_ends, lx)
    return out


_DUE_WITHIN = 400  # characters after a target's sentence looked at for when its works are due (bounded: one-line texts)


_LONE_LINE_MAX = 12  # characters of a line that holds only a time word (目前, 据介绍, 去年以来)
_RUN_LINES_MAX = 40  # unpunctuated lines a lone time word reaches over (bounded)


def _unpunctuated_run_end(simp: str, at: int, line_ends: list[int]) -> int:
    """Where the run of lines after at ends: at a blank line, or with the first line that ends a sentence."""
    k = bisect.bisect_left(line_ends, at)
    if k < len(line_ends) and line_ends[k] == at:
        k += 1  # (at is its own line's end)
    end = at
    for le in line_ends[k:k + _RUN_LINES_MAX]:
        line = simp[end + 1:le].strip()
        if not line:
            break
        end = le
        if line[-1] in "。！？!?；;":
            break
    return end


def _due_later_in_paragraph(out: list[Found], simp_all: str, line_ends: list[int], lx: "_Lex") -> None:
    """该项目总投资2800万元，建设内容为：改造燃气中压埋地管网5800米；…。预计2025年12月全部完工: a paragraph of a
    project's works that ends on when they are due dates those it lists without a year of their own — one due
    year after them in the paragraph, no other."""
    if not any(f.year is None for f in out) or lx.due_after.search(simp_all) is None:
        return  # (one look over the text: most have no due date said after works)
    for f in out:
        if f.year is not None:
            continue
        end = min(line_ends[bisect.bisect_left(line_ends, f.end)], f.end + _DUE_WITHIN)
        years = {m.group(1) for m in lx.due_after.finditer(simp_all, f.end, end)}
        if len(years) == 1:
            f.year, f.year_source = int(years.pop()), "paragraph"


# why a skipped span's numbers are no targets (explain)
_DATED_WITHIN = 200  # characters before a number looked at for its 今年 or 明年 (bounded: a one-line page)
_LABEL_WITHIN = 24  # characters: a run-in label's colon comes this early
_RUN_IN_LABEL = _compile(r"[。；;][^，,。；;：:\n]{2,20}[：:]")  # …投入使用。“十四五”主要任务：
_SKIP_VERDICT = {"table": ("table", "read by the table reader"), "contents": ("parts", "table of contents"),
                 "background": ("fact", "background or review section"), "review": ("fact", "a report's review part"),
                 "practices": ("fact", "an account of what was done (…主要做法是：)")}


_SCOPE_TURNS = _compile(load("targets")["scope_turns"])  # a clause after what a plan covers that sets a goal


def _cut(sent: str, found: list, at: int, offset: int, verdict: str, rule: str) -> tuple[str, list]:
    """The sentence up to at and its numbers there; the numbers after it are told to explain as verdict."""
    _reject_all((m for m in found if m.end() > at), offset, verdict, rule)
    return sent[:at], [m for m in found if m.end() <= at]


def _looks_ahead(sent: str, lx: "_Lex", written: int) -> bool:
    """A forward word in the sentence, other than an estimate's 到 a year before the text's date (预计到2022年底，全县实现
    GDP243亿元 in a report of 2023: an estimate of a year gone, its review)."""
    for m in lx.forward_words.finditer(sent):
        y = _FOUR_DIGITS.search(m.group(0))
        if y is None or int(y.group(0)) >= written or not sent.endswith(lx.estimate_words, 0, m.start()):
            return True  # (到2021年，…完成137个 on a page of 2022 quotes a plan's goal: it looks ahead still)
    return False


def _without_tally_asides(sent: str, found: list, s0: int, lx: "_Lex") -> list:
    """The numbers of a sentence less those in a heading's aside that tallies its projects (一、科教惠民工程（项目6个，
    其中基建工程类5个、…事项类1个）): how the list is divided, to its closing bracket."""
    spans = []
    for m in lx.tally_aside.finditer(sent):
        hi = min(len(sent), m.end() + _CLAUSE_REACH)  # (bounded: a sentence can be a whole one-line text)
        close = min((i for i in (sent.find("）", m.end(), hi), sent.find(")", m.end(), hi)) if i >= 0), default=hi)
        spans.append((m.start(), close))
    if not spans:
        return found
    inside = [m for m in found if any(a <= m.start() < b for a, b in spans)]
    _reject_all(inside, s0, "parts", "a heading's tally of its projects (项目6个，其中…)")
    return [m for m in found if m not in inside]


_PLANNED_FIRST = load("targets")["planned_first"]  # (计划建成: a verb alone, planned)
_HAN_RUN = _compile(r"\p{Han}{1,8}")


def _counts_share_their_noun(found: list, simp: str, lx: "_Lex") -> None:
    """打造108条、468公里县乡生态河道: counts in other units of one thing, joined by 、, the noun after the last: the
    first, named by its verb alone, measures that noun too."""
    for a, b in zip(found, found[1:]):
        gap = simp[a.num_end:b.num]
        if gap == "、" and a.unit != b.unit and b.indicator and \
                lx.verb_alone.fullmatch(a.indicator) and lx.verb_end.search(a.indicator) and \
                not (lx.verb_alone.fullmatch(b.indicator) and lx.verb_end.search(b.indicator)):
            a.indicator += b.indicator
        elif gap.endswith("、") and _HAN_RUN.fullmatch(gap, 0, len(gap) - 1) and a.indicator.endswith(gap[:-1]) and \
                "的" in b.indicator and simp.startswith(to_simplified(b.indicator), b.num_end):
            # 形成年80发火箭、200颗卫星的生产制造及服务能力: each count's noun, then the measure they share after 的
            a.indicator = a.indicator[len(a.indicator) - len(gap) + 1:] + b.indicator[b.indicator.index("的"):]


def _not_weather(found: list, simp: str, s0: int, lx: "_Lex") -> list:
    """The targets of a sentence less those no one sets: what measures the weather (降水量, 气温, AQI指数: in their
    names or in the words before their numbers, 总降水量接近正常，为230-270毫米), forecast or observed; and what a
    third party forecasts (波士顿咨询预计，到2040年…市场总规模将达410亿美元; 据协会预测…), an estimate, not a commitment."""
    kept = []
    for f in found:
        before = simp[max(f.start, f.num - _WEATHER_WITHIN):f.num]
        if lx.weather_measure.search(f.indicator) or lx.weather_measure.search(before) or \
                (f.unit in lx.rain_units and (lx.rain_measure.search(f.indicator) or lx.rain_measure.search(before))):
            if _SINK is not None:
                _SINK.append((f.num, "fact", "a measure of the weather (降水量, 气温, AQI指数): forecast or observed, not set"))
        elif lx.forecast_by_others.search(simp, max(s0, f.num - _FORECAST_WITHIN), f.num):
            if _SINK is not None:
                _SINK.append((f.num, "fact", "a forecast by others (咨询机构预计, 据协会预测): an estimate, not a commitment"))
        else:
            kept.append(f)
    return kept


_FORECAST_WITHIN = 120  # characters before a number looked at for who forecasts it (bounded: a one-line page)


def _under_goal_heading(simp: str, at: int, breaks: list[int], line_ends: list[int], lx: _Lex) -> bool:
    """Whether at lies in a section headed as the plan's goals (一、行动目标)."""
    b = bisect.bisect_right(breaks, at) - 1
    if b < 0:
        return False
    head_end = line_ends[bisect.bisect_left(line_ends, breaks[b])]
    return head_end < at and bool(lx.goal_heading.match(simp, breaks[b], head_end))


def _list_end(simp: str, at: int, line_ends: list[int]) -> int:
    """The end of the list of lines from at's line on, each but the last ending with ；, ， or 、 (or
    followed within two lines by one that does: 甲市…。\n十市平均…。\n乙区…；: a total between its parts)."""
    i = bisect.bisect_left(line_ends, at)
    if i + 1 < len(line_ends) and line_ends[i] and simp[line_ends[i] - 1] in "：:":
        i += 1  # (…主要预期目标是：\n…；…。: a lead closing its line opens the list on the next)
    while i + 1 < len(line_ends) and any(simp[e - 1:e] in LIST_GOES_ON for e in line_ends[i:i + 3]):
        i += 1
    return line_ends[i]


LIST_GOES_ON = frozenset("；;，,、")  # a line ending so goes on into the next (a list's item)
_YEAR_ONLY = _compile(r"\s*(?:(?:到|至)?\s*(?:19|20)\d\d\s*年(?:底|末)?)?[\s，,]*(?:将|要|力争|争取)?\s*")
YEAR_IN = _compile(r"((?:19|20)\d\d)\s*年")  # a year before 年 (performance.py reads a table's title with it)


def _facts_before(found: list[Found], until: int, said: str, lx: _Lex) -> list[Found]:
    """The targets from until on; those before it are what is (现有…12个), each the baseline of the goal
    after it in its unit (…，到2025年达到20个: 12)."""
    kept, base = [], None
    for f in found:
        if 0 <= f.num < until:
            if _SINK is not None:
                _SINK.append((f.num, "baseline", f"past or present ({said}) before the goal's deadline"))
            base = f
            continue
        if base is not None and f.baseline is None and f.unit == base.unit and f.value_max is None:
            f.baseline, base = base.value, None
        said_in_name = None
        for said_in_name in lx.baseline.finditer(to_simplified(f.indicator)):
            pass  # (目前全市共有养老机构: the goal is named by what follows the words of the present)
        if said_in_name is not None and len(f.indicator) - said_in_name.end() >= 2:
            f.indicator = f.indicator[said_in_name.end():]
        kept.append(f)
    return kept


def _reject_all(matches, offset: int, verdict: str, rule: str) -> None:
    if _SINK is not None:
        for m in matches:
            _SINK.append((offset + m.start(), verdict, rule))


def _for_whom(clause: str, prev_end: int, q, lx: _Lex):
    """为, 对, 向 right before a count (为200名老年人…): the count is of whom a work is for."""
    return lx.for_whom_before.search(clause, prev_end, q.num_start) if q.unit != "%" else None


def _without_runs(sent: str, found: list, s0: int) -> list:
    """found without the numbers of a clause holding more than _CLAUSE_RUN_MAX of them (进入全省前10名
    run together a hundred thousand times): each would cost a target's work for no sentence's sake."""
    starts = [m.start() for m in found]
    kept: list = []
    for cm in _CLAUSE.finditer(sent):
        i, j = bisect.bisect_left(starts, cm.start()), bisect.bisect_left(starts, cm.end())
        if j - i > _CLAUSE_RUN_MAX:
            _reject_all(found[i:j], s0, "fact", "a clause of hundreds of numbers (a table or list run together)")
        else:
            kept += found[i:j]
    return kept


def _heads_a_list(line: str, simp: str, s0: int, s1: int, line_ends: list[int], lx: _Lex) -> bool:
    """A line that only counts the names listed on the line after it (10条道路 / 和平区洛华里…; 桥西区(13个) /
    西岔街社区、黄土场社区、…): a heading, not a target. A count first is an item after a lead-in's colon
    (建成：/ 12个示范村); a count in brackets after a name never is, but the line under it must list names."""
    counted = lx.count_heading.fullmatch(line)
    bracketed = None if counted else lx.list_head.fullmatch(line)
    if not (counted or bracketed) or s1 >= len(simp) or simp[s1] != "\n":
        return False
    names = simp[s1 + 1:line_ends[bisect.bisect_left(line_ends, s1 + 1)]]  # the next line: words, no digit
    if not names.strip() or _DIGIT_RE.search(names):
        return False
    if counted:
        return not simp[max(0, s0 - 2):s0].rstrip().endswith(("：", ":"))
    n = int(bracketed.group(1))
    return n >= 2 and names.count("、") >= min(n - 1, _MIN_LISTED)


_MIN_LISTED = 2  # 、 in the line under a bracketed count: names, not a sentence


_DEADLINE = _compile(r"(?<![增加长高降少升达])(?:到|至)\s*(?:19|20)\d\d\s*年")
_LIST_LEAD_WITHIN = 200  # characters before a paragraph looked at for the colon of the lead-in above it


def _counts_items_after(f: Found, text: str, lx: _Lex) -> bool:
    """做好五个强化，实现五个新突破。\n一是强化…: a count in words of a counter alone, in the sentence right before
    the text's numbered items, counts those items (the text's own parts), whatever it does to them."""
    written = text[f.num:f.num_end]
    if not (_CN_COUNT.fullmatch(written) and f.unit in lx.class_count_units) or not 2 <= f.value <= 10:
        return False
    _reject(f.num, "parts", "counts the items the text numbers next (做好五个强化。一是…)")
    return True


_CN_COUNT = _compile(load("targets")["counted_items_words"])


def _counts_the_list_after(sent: str, at: int, q: _Q, lx: _Lex) -> bool:
    """健全安全管理责任制3项：完善甲、完善乙、完善丙。: the number counts the tasks listed after the colon, item
    by item, each opening with its verb (a list of names, 项目3个：甲厂、乙站、丙园, is what is built)."""
    end = _LIST_END.search(sent, at)
    items = [x.strip() for x in sent[at:end.start() if end else len(sent)].split("、")]
    return q.value >= 2 and q.value == len(items) and all(len(x) >= 2 and lx.listed_task_verbs.match(x) for x in items)


_LIST_END = _compile(r"[。；;\n]")


def _part_over(sent: str, lx: _Lex, written: Optional[int], month: int) -> bool:
    """今年一季度，全市开工住房1423套 on a page of May: the sentence reports a part of the year gone by (not one
    of another year, nor a quota a plan sets for it: 一季度完成投资30% in a plan of January)."""
    m = lx.part_over.match(sent)
    if not m or (m.group(1) and int(m.group(1)) != written):
        return False
    last = lx.part_over_ends.get(m.group(2)) if m.group(2) else count_of(m.group(3) or m.group(4))  # (1-7月, 前5个月)
    return last is not None and last < month and not lx.forward_words.search(sent, m.end())


def _goal_compared(sent: str, past, lx: _Lex, in_list: bool = False) -> bool:
    """确保…连续3年同比下降8%: 同比 after a goal word of its clause is the goal's base, not a statistic's, as
    it is in a line of a list of goals (预期目标为：…同比增长10%；…); a share stated (占比为4%) after a deadline of
    its sentence (…主要指标：到2025年…占比为4%) is a goal's."""
    if past.group(0) in lx.goal_statements:
        return bool(_DEADLINE.search(sent, 0, past.start()))
    if not past.group(0).startswith("同比"):
        return False
    start = _comma_start(sent, past.start())
    # (到2023年底，…，涉校安全事故同比下降10%: a deadline opening the sentence makes it a goal's too)
    return in_list or bool(lx.goal_before_compare.search(sent, start, past.start()) or
                           _DEADLINE.match(sent, len(sent) - len(sent.lstrip())) or lx.limit_in_sentence.search(sent))


def _qualify(f: Found, simp: str, lx: _Lex) -> None:
    """Baseline, base year and approximation, from the words around the number."""
    if f.num < 0:
        return
    before = simp[max(f.start, f.num - 30):f.num]
    around = simp[f.num:f.num_end + 2]  # 5%左右: the post word may have been read as the comparator
    f.approximate = bool(lx.approx_after_re.search(around) or lx.approx_before.search(before))
    if "年" in before:
        base = None
        for base in lx.base_year.finditer(before):
            pass
        if base is not None:
            f.baseline_year = int(base.group(1))
    if f.baseline_year is None and "五" in before:
        five = None
        for five in lx.base_five_year.finditer(before):
            pass
        if five is not None:  # 由“十二五”末的670万人达到825万人: the base is the end of that plan, 2015
            f.baseline_year = five_year_plan_start(five.group(1)) + 4


def _named_by_base(f: Found, simp: str, text: str, lx: _Lex) -> None:
    """租金100%补贴, 按照实际支出的30%予以补贴: a share paid is named by what it is a share of, with the payment
    (租金补贴, 实际支出补贴), not by the payment alone. simp: text in Simplified, as long; words are text's."""
    if f.unit != "%" or f.num < 0 or not lx.payment_alone.fullmatch(to_simplified(f.indicator)):
        return
    a = max(f.start, f.num - _SHARE_BASE_WITHIN)
    before = simp[a:f.num].rstrip()
    before = before[:-1] if before.endswith("的") else before
    cut = max(before.rfind(c) for c in _SHARE_BASE_STOPS)
    base = text[a + cut + 1:a + len(before)].strip()
    if len(base) >= 2 and _HAN.fullmatch(base[-1]):
        f.indicator = base + f.indicator


_SHARE_BASE_WITHIN = 12  # characters before a share paid looked at for what it is a share of
_SHARE_BASE_STOPS = "，,。；;、：:年按照给予对"


def _past_five_year(sent: str, present: Optional[int], lx: _Lex) -> Optional[re.Match]:
    """The opening of a sentence on a five-year plan over before the document's present year (“十四五”期间 in 2026)."""
    m = lx.past_five_year.match(sent) if present else None
    start = five_year_plan_start(m.group(1)) if m else None
    return m if start is not None and start + 4 < present else None


def _forward_word(sent: str, lx: _Lex):
    """The sentence's first word looking forward, not 今年 dating months it reports (今年9至10月，我县对…进行了基线筛查)."""
    return next((m for m in lx.forward_words.finditer(sent) if not lx.this_year_months.match(sent, m.start())), None)


def _own_five_year(words: str, period_end: Optional[int], present: Optional[int] = None) -> bool:
    """words name the five-year plan whose years hold the plan's own period end (十二五期间 in a plan to 2015), or one
    whose end is after the document's present (力争“十三五”末 on a page of 2017: still ahead; not “十三五”以来, its past)."""
    m = FIVE_YEAR_PLAN.search(words) if period_end or present else None
    if not m:
        return False
    first = five_year_plan_start(m.group(1))
    return (period_end is not None and first <= period_end <= first + 4) or \
        (present is not None and first + 4 > present and "末" in words)


_GOALS_END = _compile(load("targets")["announced_goals_end"])  # where goals a horizon announced end


def _years_ahead(sent: str, lx: _Lex) -> Optional[tuple[int, int]]:
    """How many years ahead a sentence looks (未来五年, 今后3年), 2 to 10, and where it says so; or None."""
    m = (lx.years_ahead.search(sent) or lx.years_of_effort.search(sent)) if "年" in sent else None
    n = count_of(m.group(1)) if m else None
    return (n, m.start()) if m and n is not None and 2 <= n <= 10 else None


def _year_after_this_year(sent: str, lx: _Lex) -> Optional[tuple[int, int]]:
    """(where the sentence's first year stands, 1 for 明年 else 0) when 今年 or 明年 opens the sentence before it
    (今年，…增加学位3000个，到2020年，力争新增30000个): the numbers before that year are this year's, not its."""
    y = lx.year.search(sent) if "年" in sent else None
    d = lx.dated_year.search(sent, 0, y.start()) if y else None
    return (y.start(), d.group(0).startswith("明年")) if d else None


def _sentence_year(sent: str, lx: _Lex) -> Optional[int]:
    r = lx.year_range.search(sent) if "年" in sent else None
    if r and (_in_title(sent, r.start()) or sent[max(0, r.start() - 3):r.start()].rstrip(" （(").endswith("》")):
        r = None  # (《某市三年行动计划（2023—2025年）》, 《…规划》(2016—2020年): the cited plan's span, part of its name)
    if r and (not (y := lx.year.search(sent)) or y.start() >= r.start()):
        return int(r.group(2))  # 2016—2020年: a span holds by its end
    fiscal = lx.fiscal_year.search(sent) if "年度" in sent else None
    if fiscal and (not (y := lx.year.search(sent)) or y.start() > fiscal.start()):
        start = int(fiscal.group(1))  # 2026-27年度, 2026/27年度 (Hong Kong's and Macau's fiscal years): held by its end
        return start - start % 100 + int(fiscal.group(2)) + (100 if int(fiscal.group(2)) < start % 100 else 0)
    listed = _YEAR_LIST.search(sent) if "、" in sent else None
    if listed and sent.startswith(lx.each_year, listed.end()):
        return int(_FOUR_DIGITS.findall(listed.group(0))[-1])  # 2022年、2023年每年安排…: held by the last of them
    f = next((x for x in lx.five_year_end.finditer(sent) if not _in_title(sent, x.start())), None) if "五" in sent else None
    for m in lx.year.finditer(sent):  # (根据《…“十三五”时期发展规划》…，截至今年底: the cited plan's years are its name's)
        y = int(m.group(1))
        if 1990 <= y <= 2100 and not _in_aside(sent, m.start()) and not _in_title(sent, m.start()):
            if f and f.start() < m.start():  # 在“十四五”期间，…增配180台，其中2022年…: the span opens the sentence
                break
            if sent.endswith(lx.earlier_work_before, 0, m.start()):
                continue  # (继2010年年初实施三年跨越发展工程后，…5年后…将达到: the work it follows on, not its year)
            if lx.meeting_named_after.match(sent, m.end(1)) and (f or lx.year.search(sent, m.end())):
                continue  # (…召开的2017年全市水产渔政工作会议上获悉，力争“十三五”末…: the meeting's year, not the goals')
            opener = sent.rfind(lx.split_opener, max(0, m.start() - _PARTS_REACH), m.start())
            if opener >= 0 and (sent[m.start() - 1:m.start()] in "，,；;" or not sent[opener + len(lx.split_opener):m.start()].strip("，, ")):
                continue  # (推进90个重点项目，其中续建项目37个，2023年新开工项目37个 / 其中2023年…: the part's year)
            return y  # (593公里(2021年完成200.3公里，…): a year in an aside is the aside's)
    if f:  # 到“十四五”末: the last year of the 14th five-year plan, 2025
        return five_year_plan_start(f.group(1)) + 4
    d = (lx.deadline_month.search(sent) or lx.date_span.search(sent)) if "月" in sent else None
    if d and not _in_aside(sent, d.start()):  # 将于2016年10月完成: a deadline's month, not the date of an event
        return int(d.group(2) or d.group(1) if d.re is lx.date_span else d.group(1))
    bare = _BARE_YEAR_OPENING.match(sent)  # 殷勇表示，2025北京全市地区生产总值5.2万亿元: a year without 年 before a place
    return int(bare.group(1)) if bare and 1990 <= int(bare.group(1)) <= 2100 else None


_TITLE_REACH = 80  # characters before a year looked at for the 《 of a title it stands in
_NUMBER_TITLE_REACH = 40  # …and before a number


def _in_title(sent: str, pos: int, reach: int = _TITLE_REACH) -> bool:
    """Whether pos lies inside a book title (《…二〇三五年远景目标纲要》, 《…等15个城市…的批复》): a year or a number
    there is part of a name (its 《 looked for within reach: bounded on a one-line text)."""
    lo = max(0, pos - reach)
    return sent.rfind("《", lo, pos) > sent.rfind("》", lo, pos)
_BARE_YEAR_OPENING = _compile(r"(?:[^，,。；;：:\d]{0,12}[，,：:])?\s*" + load("targets")["bare_year"])  # (after 某某表示，)


_PARTS_REACH = 120  # characters before a year looked at for the 其中 that makes it a part's (bounded: one-line texts)


def _aside_open(s: str, at: int) -> int:
    """Where the brackets holding position at open, when they open after words of the sentence (593公里(2021年
    完成…): an aside; a bracket opening the sentence ((2024年)新建…) labels it); -1 when none. Bounded: a
    one-line text's brackets are not counted from its start."""
    lo = max(0, at - _ASIDE_REACH)
    depth, k = 0, at - 1
    while k >= lo:
        c = s[k]
        if c in "）)":
            depth += 1
        elif c in "（(":
            if depth == 0:
                return k if s[:k].strip() else -1
            depth -= 1
        k -= 1
    return -1


def _in_aside(s: str, at: int) -> bool:
    return _aside_open(s, at) >= 0


def _against_last_year(sent: str, lx: _Lex) -> bool:
    """A statistic's comparison with last year (比上年增长10亿元), unless the sentence looks forward (今年…发展优质水稻48万亩，
    比上年增加5万亩); the verb of the comparison itself (较上年新增8500人) is none of that."""
    base = lx.last_year_base.search(sent)
    if base is None:
        return False
    return not any(m.start() != base.end() for m in lx.last_year_forward.finditer(sent))


def _aside_close(s: str, k: int) -> int:
    """Where the aside opened at k closes; -1 when it does not within reach (a bracket left open)."""
    depth = 0
    for j in range(k, min(len(s), k + 2 * _ASIDE_REACH)):
        c = s[j]
        if c in "（(":
            depth += 1
        elif c in "）)":
            depth -= 1
            if depth == 0:
                return j
    return -1


def _aside_year(s: str, at: int, lx: _Lex) -> Optional[int]:
    """The year an aside gives before position at (…(2021年完成200.3公里，2022年完成191.9公里)), if at is in one."""
    k = _aside_open(s, at)
    y = None
    if k >= 0:
        for y in lx.year.finditer(s, k, at):
            pass
    return int(y.group(1)) if y is not None and 1990 <= int(y.group(1)) <= 2100 else None


_ASIDE_REACH = 40
_CACHED_CHARS = 64  # strings up to this long are remembered by the memoised helpers below


def _quantities(clause: str, lx: _Lex, found=None, shift: int = 0) -> list[_Q]:
    """The quantities of a clause that can be targets. found: matches of lx.quantity already made on
    the sentence, at offset shift before the clause (one scan per sentence instead of one per clause).
    Short clauses are remembered: they repeat (the cells of a task table, 新建1所, 100%), and what a
    clause holds depends on the clause alone (a clause starts after a separator, where the number
    pattern's look-behinds see what they see at a string's start). The result is shared: read only."""
    if len(clause) <= _CACHED_CHARS and lx is lexicon() and _SINK is None:
        qs = _CLAUSE_QS.get(clause)
        if qs is None:
            qs = _CLAUSE_QS[clause] = _scan_quantities(clause, lx, found, shift)
            if len(_CLAUSE_QS) > 8192:
                _CLAUSE_QS.clear()
        return qs
    return _scan_quantities(clause, lx, found, shift)


_CLAUSE_QS: dict[str, list] = {}
_BARE_RUN = re.compile(r"\s*、\s*(\d{1,15}(?:\.\d{1,10})?)(?!\d)(?:\s*、\s*\d{1,15}(?:\.\d{1,10})?(?!\d))*")  # (、10、5 before 万元: numbers sharing the last one's unit)


def _shared_pieces(indicator: str, clause: str, i: int, raw_end: int, lx: _Lex) -> Optional[list[str]]:
    """甲率、乙率和丙率均达到85%: the indicators a comparator after 均/都 is shared by; 危险化学品、煤矿…
    六大重点行业事故起数均降低20%: members of a group the list's count closes, one measure, no split."""
    if not (raw_end > i and clause[raw_end - 1] in lx.shared_subject and clause[raw_end - 2:raw_end] not in lx.not_shared):
        return None
    if "、" in indicator and lx.list_total.search(indicator, indicator.rindex("、")):
        # (…交通运输、机械制造六大重点行业事故起数和伤亡人数: the list closed by its count is one group's
        # members; the measures after it share the comparator)
        indicator = indicator[indicator.rindex("、") + 1:]
    pieces = _list_pieces(indicator, lx)
    if len(pieces) < 2 or any(len(p) < 2 for p in pieces):
        return None
    return pieces


def _list_pieces(indicator: str, lx: _Lex) -> list[str]:
    """The items of a name that lists (甲率、乙率和丙率)."""
    return [p.strip() for p in lx.list_joiners.split(indicator) if p.strip()]


def _rates_listed(indicator: str, lx: _Lex) -> bool:
    """A list of rates, every item one (整改率、落实率、督办率、查处率达到100%): each rate's value, however long the list."""
    pieces = _list_pieces(indicator, lx)
    return len(pieces) >= 2 and all(len(p) >= 3 and p.endswith(_RATE_ENDINGS) for p in pieces)


def _depth(s: str) -> int:
    """Brackets opened in s and not closed there (negative: closed and not opened)."""
    return s.count("(") + s.count("（") - s.count(")") - s.count("）")


_LONG_NAME = 30  # an indicator this long that holds a list (、) is the list's run-up, its last item the measure
_SHORT_NAME = 8  # an indicator that is a time or a verb alone (全年要, 力争完成) is no longer than this


def _mixed_wan(v: str) -> float:
    """3万8000 → 38000, 1万零500 → 10500: ten-thousands written with digits after them."""
    tens, rest = v.split("万")
    return float(int(tens) * 10000 + int(rest.lstrip("零")))


_CN_RANGE_BEFORE = _compile(r"([一二两三四五六七八九十]{1,3})(?:到|至|～|~|-|—)$")
_PARTS_COUNT_WITHIN = 24  # characters before a lone count looked at for the tasks it counts (目标任务主要有5项)
_METAPHOR_WITHIN = 24  # characters before a slogan's count looked at for its verb (统筹做好“转”和“进”两篇文章)
_REACH_WITHIN = 28  # characters before a travel time looked at for the places it joins
_QUOTED_NAME = 24  # a quotation this long at most is a name (“15分钟健身圈”); a longer one quotes goals


def _quoted_name(clause: str, num_start: int, end: int, lx) -> bool:
    """The quotation around a number is a name (“15分钟健身圈”, “1+N”), not goals quoted (“…达到85%”)."""
    a = clause.rfind("“", max(0, num_start - _QUOTED_NAME), num_start)
    b = clause.find("”", end, end + _QUOTED_NAME)  # (both bounded: a clause can be a whole one-line plan)
    if a >= 0 and clause[num_start:end].endswith("%") and _han_at(clause, end) and _QUOTED_GOAL_BEFORE.search(clause, max(0, a - 16), a):
        return False
    return a >= 0 and b >= 0 and b - a <= _QUOTED_NAME and (
        not lx.cues.search(clause, a, num_start) or bool(_SLOGAN.fullmatch(clause, a + 1, b)))


_SLOGAN = _compile(load("targets")["slogan"])
_QUOTED_GOAL_BEFORE = _compile(load("targets")["quoted_goal_before"])


_REPORTED_WITHIN = 16  # characters before a number looked at for 一行 or 占总投资
_SPAN_LENGTH_WITHIN = 20  # characters before a count of years looked at for the span it measures


def _span_length(clause: str, at: int, lx: _Lex) -> bool:
    """Is the count of years at `at` the length of a span of them named right before (规划时段为2011~2020年共10年; a
    clause opening on 为期)?"""
    words = lx.span_length_words.search(clause, max(0, at - _SPAN_LENGTH_WITHIN), at)
    if not words:
        return False
    if words.start() == 0 and words.group(0).lstrip().startswith("为期"):
        return True  # (…2021—2025年，为期5年: the clause is the length alone)
    return any(not clause[span.end():words.start()].strip()
               for span in lx.year_range.finditer(clause, max(0, at - _SPAN_LENGTH_WITHIN), words.start()))


_DOC_NUMBER_OPEN, _DOC_NUMBER_CLOSE = load("targets")["doc_number_brackets"]  # a 文号's year in them, its serial after


_NOTICE_PERIOD_WITHIN = 30  # characters: 公示期限：2021年3月1日至3月7日（5个工作日）


def _scan_quantities(clause: str, lx: _Lex, found=None, shift: int = 0) -> list[_Q]:
    qs = []
    classified = lx.classification_before.search(clause)  # 分为…三个等级: one look per clause
    quoted = "“" in clause
    last_close = clause.rfind("”")
    opens = closes = counted = 0  # quotation marks before the number, counted on as the numbers go
    reported_end, reported_unit = -1, ""  # where the last number a report counts ended (its list goes on after 、)
    range_end = -1  # where a range of 百分之 read as one quantity ends (its second term is no quantity of its own)
    ladders = _slogan_ladders(clause) if "、" in clause else ()
    for m in (found if found is not None else lx.quantity.finditer(clause)):
        # groups() is a tuple built in C: 30 times cheaper than groupdict(), and this runs per number
        ratio, rv, den, pcn, lo, v, approx, u, cn, _cnu, roman, _ru, fan, zero, half, big = m.groups()
        m_start, m_end = m.start() - shift, m.end() - shift
        if m_start < range_end:
            continue
        unit_span, vmax, comp = (0, 0), None, None
        own_change = None  # (翻一番, 减半: the word that gives the number says it is a change)
        word_unit = "ratio" if ratio else "‰" if den == "千" else "%" if den or half else "番" if m.group(0).startswith("翻") else None
        if ratio:
            if ratio[0] == "1" and not ratio[1:2].isdigit() and lx.map_scale_after.match(clause, m_end):
                _reject(_AT + m_start, "code", "a map's scale (1:1万数字线划图)")
                continue
            if not rv and not _RATIO_WORD.search(clause, max(0, m_start - _RATIO_WORD_WITHIN), m_start):
                _reject(_AT + m_start, "other", "a score or a time, no ratio named before it (以3:1获胜)")
                continue
            value = float(rv) if rv else float(_RATIO_SEP.split(ratio)[0])  # (2.8:1: the first term, the second one)
        elif den in _PER_HUNDRED_THOUSAND:  # 百分之九十, 千分之四点五 (a rate per thousand: its unit ‰)
            value = _cn_decimal(pcn)
            if value is None:
                continue
            upto = _PERCENT_RANGE.match(clause, m_end) if den == "百" else None  # 百分之四点五至百分之五: one range
            high = _cn_decimal(upto.group(1)) if upto else None
            if high is not None and high > value:
                vmax, comp, m_end = high, "range", upto.end()
                range_end = m_end
        elif den:  # 三分之一: a share, 33.33 %
            share = parse_number(f"{den}分之{pcn}")
            if share is None or not 0 < share <= 1:
                continue
            value = round(share * 100, 2)
        elif cn:
            if any(a <= m_start < b for a, b in ladders):
                _reject(_AT + m_start, "name", "a slogan's ladder of counts (四项先进、五个优秀、六个标兵)")
                continue
            if _cnu == "日" and lx.date_part_before.search(clause, max(0, m_start - 1), m_start):
                _reject(_AT + m_start, "date", "a month or day of a date (2024年1月, 4月29日)")
                continue  # 今日（二月八日）公布: the day of a date in numerals, no count of days
            if lx.vague_before.search(clause, max(0, m_start - 2), m_start):
                _reject(_AT + m_start, "qualifier", "a vague number (几十万, 数百)")
                continue  # 惠及群众几十万人次: no amount is stated
            if FIVE_YEAR_PLAN.fullmatch(cn):
                _reject(_AT + m_start, "name", "a five-year plan (十四五期间)")
                continue  # 十四五期间 written without quotes: the plan's name, not fifteen 期
            if regions.leading_division(clause[m_start:m_start + _PLACE_NAME_MAX]) >= m_end - m_start:
                _reject(_AT + m_start, "name", "a place's name (三门峡市, 七台河)")
                continue  # 三门峡市印发…: not three 门
            pair = cn_pair(cn)  # 一两项, 两三个: one or two, a range
            n = pair[1] if pair else cn_to_int(cn)
            sections = cn_sections(cn) if n is None and ("万" in cn or "亿" in cn) else None
            if n is None and "点" in cn:  # 二十六点一, 二七七点三一: a decimal in numerals
                n = parse_number(cn)
            if sections and sections[0] and _cnu.startswith("万"):  # 十三亿六千万人: 13.6 亿人
                n, word_unit = sections[0] + sections[1] / 10_000, "亿" + _cnu[1:]
            elif sections and not _cnu.startswith(("万", "亿")):  # 七万五千个: 75000 个
                n = sections[0] * 100_000_000 + sections[1]
            more = clause[m_start + len(cn):m_start + len(cn) + 1] in ("余", "多")  # 千余项: more than a thousand
            # (三八节, 五一, 一二九: numerals side by side that are no pair name a day, not a count)
            named_day = not pair and len(cn) > 1 and not any(c in "十百千点万亿" for c in cn)
            if n is None or named_day or cn in lx.not_count_numerals or lx.not_count_after.match(clause, m_end) or \
                    (_cnu == "期" and lx.phase_label.match(clause, m_end)):
                _reject(_AT + m_start, "name", "ordinal or kind")
                continue  # 二次供水, 一次性, 二十届四中全会: a kind, a manner or an ordinal, not a count
            if cn in lx.denominators and not more and lx.programme_after.match(clause, m_end):  # (not 千余项…活动)
                _reject(_AT + m_start, "name", "a programme named by a round number (千家企业节能行动)")
                continue
            if cn in lx.denominators and _han_at(clause, m_end) and not lx.count_item_before.search(clause, max(0, m_start - 16), m_start) and \
                    not lx.verb_end.search(clause, max(0, m_start - _VERB_BEFORE_DENOMINATOR), m_start) and \
                    not lx.bound_before_numeral.search(clause, max(0, m_start - 3), m_start):  # (超千家企业: a count)
                _reject(_AT + m_start, "qualifier", "rate denominator")
                continue  # 千人床位数: per thousand, the name of a rate
            # (the unit in 亿 that 十三亿六千万人 is read in is no span of the text: the scan's own)
            value, unit_span = float(n), (0, 0) if word_unit else (m.start(10) - shift, m.end(10) - shift)
            low = _CN_RANGE_BEFORE.search(clause, max(0, m_start - 5), m_start)
            if pair:
                value, vmax, comp = float(pair[0]), float(pair[1]), "range"
            elif low and (lo_n := cn_to_int(low.group(1))) is not None and lo_n < n:
                value, vmax, comp, m_start = float(lo_n), float(n), "range", low.start()  # 一到两次: 1 to 2
            elif more:
                comp = ">="
        elif roman:
            value, unit_span = float(_ROMAN.index(roman) + 1), (m.start(12) - shift, m.end(12) - shift)
        elif half:  # 减半征收, 压缩一半: a cut of half
            value, own_change = 50.0, "decrease"
        elif big:  # 超万亿元 → 1 万亿元; 突破百亿美元 → 100 亿美元 (the unit is the money word's)
            value = 1.0 if big == "万亿" else float(cn_to_int(big[0]) or 0)
            unit_span = (m_start if big == "万亿" else m_start + 1, m_end)
        elif zero:  # 零事故, 线索清零: a level of zero, no unit
            value = 0.0
            cleared = lx.zero_cleared.search(clause, max(0, m_start - 6), m_start)
            if cleared:  # (线索“清零”, 案件动态清零: what is cleared is named before the words that clear it)
                m_start = cleared.start()
        elif v is None:  # 翻一番: doubles, an increase of 100%
            own_change = "increase"
            value = float(_FAN.get(fan, 1))  # 翻一番: 1 番 as written (the gold's unit), an increase
        else:
            value = _mixed_wan(v) if "万" in v else float(v)
            if u:
                unit_span = (m.start(8) - shift, m.end(8) - shift)
            elif lo is None and clause[m_end:m_end + 1] == "、":  # 5、3所, 25、10、5万元: the list's last unit is each one's
                run = _BARE_RUN.match(clause, m_end)  # (not 6、7千项: six or seven thousand, one guess)
                shared = lx.unit_word.match(clause, run.end()) if run and run.group(1) != str(int(value) + 1) else None
                if shared and shared.end() > shared.start():
                    unit_span = shared.span()
            if lo is not None:
                low = float(lo)
                if low < value:
                    value, vmax, comp = low, value, "range"
            if approx:
                comp = ">="
        if u in lx.notice_period_units and lx.notice_period.search(m.string, max(0, m.start() - _NOTICE_PERIOD_WITHIN), m.start()):
            # (the sentence's words: 公示期为：…至…，共20个工作日 names the notice a clause before)
            _reject(_AT + m_start, "qualifier", "a notice's own period for comments or objections (公示期5个工作日)")
            continue
        code = _code_like(clause, m, shift, v, cn)
        if code:
            _reject(_AT + m_start, *code)
            continue
        unit = word_unit or clause[unit_span[0]:unit_span[1]]  # (1:220, 百分之九十, 翻一番, 减半: the word gives the unit)
        if approx and len(approx) > 1 and unit:
            unit = approx[:-1] + unit  # 11万余个: the multiplier before 余 belongs to the unit (11 万个, more)
        unit = lx.aliases.get(unit, unit)
        if unit in _SCALE_LISTS and clause[m_end:m_end + 1] == "、":
            whole = _SCALE_LISTS[unit].match(clause, m_end)  # 2万、5万、10万元奖励: each in the last one's unit (万元)
            if whole:
                unit, unit_span = whole.group(1), whole.span(1)
        if unit == "年" and value >= 1900:
            _reject(_AT + m_start, "date", "year")
            continue  # a year, not a quantity
        if unit == "年" and _span_length(clause, m_start, lx):
            _reject(_AT + m_start, "date", "the length of a span of years named before it (2011~2020年共10年)")
            continue
        if unit in lx.eligible_ages:
            _reject(_AT + m_start, "qualifier", "an age (年满18周岁, 14—16周岁): who, not how many")
            continue
        if unit in lx.population_units and value in (1.0, 10.0, 100.0) and lx.rate_after.match(clause, m_end):
            _reject(_AT + m_start, "qualifier", "rate denominator")
            continue  # 工矿商贸就业人员10万人生产安全事故死亡率: per 100,000 employed, the rate's name
        if lx.date_after.match(clause, m_end - len(u or _cnu or "")):
            _reject(_AT + m_start, "date", "anniversary")
            continue  # 新中国成立75周年, 合作启动五周年: a date
        if lx.pool_before.search(clause, max(0, m_start - 10), m_start) and lx.pool_after.match(clause, m_end):
            _reject(_AT + m_start, "qualifier", "the pool chosen from (从310个项目中遴选)")
            continue
        window = clause[max(0, m_start - 12):m_start]
        fm = lx.from_value.search(clause, max(0, m_start - 12), m_start) if "从" in window or "由" in window else None
        if fm:  # 从76.3岁提高到78岁: where it starts; kept only to end the indicator before 从
            qs.append(_Q(m_start, m_end, m_start, value, vmax, unit, None, None, base=fm.start()))
            continue
        if not unit and not zero and not lx.bare_comparator.search(clause, max(0, m_start - 4), m_start) and \
                not _named_unit_before(clause, m_start, lx) and \
                not _unitless_measure(clause, m_start, m_end, lx):
            if (clause[m_start - 1:m_start] in _DOC_NUMBER_OPEN and clause[m_end:m_end + 1] in _DOC_NUMBER_CLOSE
                    and 1949 <= value <= 2100) or \
                    (clause[m_start - 1:m_start] in _DOC_NUMBER_CLOSE and clause.startswith("号", m_end)):
                _reject(_AT + m_start, "citation", "a document number (国办发〔2018〕128号)")
            elif lx.date_part_after.match(clause, m_end) or lx.date_part_before.search(clause, max(0, m_start - 1), m_start):
                _reject(_AT + m_start, "date", "a month or day of a date (2024年1月, 4月29日)")
            else:
                _reject(_AT + m_start, "other", "bare number")
            continue  # a bare number is a target only next to a comparator sign (均衡指数≤0.27) or
            # after a name that gives its unit (…覆盖率(%)   100)
        if not math.isfinite(value) or (vmax is not None and not math.isfinite(vmax)):
            continue  # a 400-digit number is noise, and JSON has no infinity
        num_start, end = m_start, m_end
        post = None
        pm = lx.post.match(clause, end)
        inclusive = (lx.inclusive_aside.match(clause, end) or _UNIT_ASIDE.match(clause, end)) \
            if not pm and unit and clause[end:end + 1] in "（(" else None
        if inclusive:  # 90分(含90分)以上, 2500台(套)以上: the bound after its aside
            pm = lx.post.match(clause, inclusive.end())
        if pm:  # (with no unit too: 性别比下降至115以下)
            post, end = pm.group(1), pm.end()
        if clause[num_start - 1:num_start] in ("(", "（") and num_start >= 2 and \
                clause[num_start - 2] in lx.criterion_adjectives[0] and clause[end:end + 1] in (")", "）") and \
                clause[num_start - 3:num_start - 2] not in lx.criterion_adjectives[1]:  # (not 不降低(3.12万平方公里))
            _reject(_AT + num_start, "qualifier", "a criterion's threshold in brackets")
            continue  # 农村人口少(50户以下)，贫困发生率高(50%以上)的村: which villages, not a goal
        if unit in lx.day_units and lx.campaign_days_before.search(clause, max(0, num_start - 6), num_start):
            _reject(_AT + num_start, "date", "how long a campaign runs (大干100天)")
            continue
        where = lx.place_after.match(clause, end) if clause[num_start - 1:num_start] == "在" else None
        if where and (clause[where.end():where.end() + 1] in "，," or _DIGIT_RE.search(clause, where.end())):
            _reject(_AT + num_start, "qualifier", "where the work is done (在3个街道)")
            continue  # 在3个街道，规划建设15个城乡书房: the places are where, the books rooms what
        if clause[max(0, num_start - 2):num_start] in _NAMES_THEN_COUNT:
            _reject(_AT + num_start, "qualifier", "counts the names listed before it (《甲方案》《乙方案》等10件)")
            continue
        if "、" in clause[max(0, num_start - 60):num_start] and lx.names_counted.search(clause, max(0, num_start - 80), num_start):
            _reject(_AT + num_start, "qualifier", "counts the names listed before it (包括甲、乙和丙3个省)")
            continue  # 以昆保芒瑞、昆磨、昆河3条大通道为主线: the names are what the plan means, their count no goal
        if lx.qualifier_re.search(clause, max(0, num_start - 3), num_start) and \
                not lx.approx_before.search(clause, max(0, num_start - 4), num_start):  # 近5年, not 接近5000辆
            _reject(_AT + num_start, "qualifier", "qualifier word before")
            continue
        if lx.framing_before.search(clause, max(0, num_start - 2), num_start) and lx.framing_after.match(clause, end):
            _reject(_AT + num_start, "qualifier", "frames the work (以十项重点工作为抓手)")
            continue
        if lx.list_count_before.search(clause, max(0, num_start - 1), num_start) and (first_item := clause.find("、", 0, num_start)) >= 0 and \
                (lx.list_count_after.match(clause, m_end if not unit_span[1] else end) or (
                    unit in lx.list_count_units and not _DIGIT_RE.search(clause, end) and
                    (lx.list_quality_after.match(clause, end) or _names_their_ending(clause, num_start, end, lx))
                    and not lx.list_made_before.search(clause, 0, first_item))):
            # (力争电子信息、有色金属…等12条产业链现代化水平全面提升: the list is whose level rises, its count no amount;
            # 新建甲、乙、丙等3所学校 makes them, 加快发展甲、乙等20个产业 grows them)
            _reject(_AT + num_start, "parts", "counts the aims, points or things a list has just named (…等三个切口)")
            continue
        if (classified and classified.start() < num_start) or (_han_at(clause, end) and lx.citation_after.match(clause, end)):
            _reject(_AT + num_start, "citation", "classification or citation")
            continue  # 分为优秀、合格、不合格三个等级, 省教育厅等五部门印发…
        if clause[end:end + 1] == "的" and lx.condition_after.match(clause, end):
            _reject(_AT + num_start, "qualifier", "sanction condition")
            continue  # 合格率低于60%的，予以通报: the condition of a sanction

        if unit in lx.own_list_units and (lx.own_list_after.match(clause, end) or
                                          (unit == "条" and lx.slogan_before.search(clause, max(0, num_start - 6), num_start))):
            _reject(_AT + num_start, "parts", "a count of a list's own items or a slogan's (10件民生实事, 三条底线)")
            continue  # 办好10件民生实事, 守好生命线3条: how long the list is, not an amount to reach
        if clause[end:end + 1] in ("）", ")") and lx.own_count_bracket.search(clause, max(0, num_start - _OWN_COUNT_BEFORE), num_start):
            _reject(_AT + num_start, "parts", "a count of a list's own items, in brackets after its name (…类目标(13个))")
            continue  # (——关于经济发展类目标(13个)。地区生产总值…: how many goals the list under it holds)
        if unit in lx.own_list_units and clause[max(0, num_start - 2):num_start].rstrip().endswith("》"):
            _reject(_AT + num_start, "parts", "a count of a cited document's items (对照《政府工作报告》125项任务)")
            continue  # 落实《若干措施》20条: how many items that document holds, no amount to reach
        if unit == lx.bundle_unit and lx.bundle_before.search(clause, max(0, num_start - 4), num_start):
            _reject(_AT + num_start, "name", "the documents a title bundles (…实施方案5篇)")
            continue
        if "发表" in clause[num_start:end + 3] and lx.post_floor.match(clause, num_start):
            _reject(_AT + num_start, "code", "a forum post's floor number (0 发表于: 1995-04-25)")
            continue
        if unit == lx.issue_unit and lx.issue_year_before.search(clause, max(0, num_start - 8), num_start):
            _reject(_AT + num_start, "code", "an issue of a periodical (《中国化工信息》2021年9期)")
            continue
        if unit in lx.posted_ago_units and clause[end:].strip(" \u3000，,。") == "前" and not clause[:num_start].strip():
            _reject(_AT + num_start, "date", "when a page was posted (10小时前)")
            continue
        if (unit in lx.duration_units and post in ("内", "以内")) or \
                ((unit in lx.duration_units or unit in lx.short_spans) and lx.span_before.search(clause, max(0, num_start - 3), num_start)):
            _reject(_AT + num_start, "date", "time span (3年内, 连续7年)")
            continue  # 3年内, 连续7年, 利用4年时间: when and for how long, not how much
        nxt = clause[end:end + 1]
        if post and nxt in "（(":
            aside = lx.inclusive_aside.match(clause, end)
            if aside and clause[aside.end():aside.end() + 1] == "的":
                nxt = "的"  # 售价10万元以内(含10万元)的车辆: the bound and its aside describe what follows
        # 2级医疗机构, 5000吨级泊位 (a unit then 级): what follows the level is the class it names
        level_end = end if unit.endswith("级") else end + 1 if unit and clause.startswith("级", end) else -1
        if level_end > end and not _han_at(clause, level_end) and _reached_list_item(clause, num_start, lx):
            end = m_end = level_end  # 炼油能力达到4000万吨级、芳烃1000万吨级: a level the list reaches, its 级 the value's
        elif level_end >= 0 and (_han_at(clause, level_end) or unit[-2:-1] in _MAGNITUDE) and \
                not lx.level_reached.search(clause, max(0, num_start - 4), num_start):  # (50亿级、20亿级项目)
            _reject(_AT + num_start, "name", "a level that names a class (2级医疗机构, 5000吨级泊位)")
            continue  # 2级医疗卫生机构: the class of what is named, not a level to reach (达到2级标准 is one)
        if unit in lx.circle_units and lx.circle_name.match(clause, m_end) and not (
                clause.startswith(lx.reach_after, m_end) and lx.reach_before.search(clause, max(0, num_start - _REACH_WITHIN), num_start)):
            # (常州与长三角城市1小时交通圈: the places joined before it make the time a goal to reach)
            _reject(_AT + num_start, "name", "a name (15分钟健身圈)")
            continue  # 15分钟健身圈, 1小时经济圈: a name, not a duration to reach
        if lx.metaphor.match(clause, unit_span[0] if unit_span[1] else m_end) and \
                lx.metaphor_before.search(clause, max(0, num_start - _METAPHOR_WITHIN), num_start):
            _reject(_AT + num_start, "name", "a slogan's figure (做好两篇文章, 打好三张牌)")
            continue
        if clause[num_start:num_start + 1] == "1" and clause[num_start + 1:num_start + 2] not in _DIGIT_OR_POINT and \
                lx.per_one_before.search(clause, max(0, num_start - 16), num_start):
            _reject(_AT + num_start, "name", "the one of a ratio (每25万人拥有1家)")
            continue
        if lx.reference_before.search(clause, max(0, num_start - 3), num_start):
            _reject(_AT + num_start, "name", "a reference to what the text names (这两次会议, 上述三项, 以下五个原因)")
            continue  # 水利部召开这两次会议: the meetings named before, not a count to reach
        reported = lx.reported_before.search(clause, max(0, num_start - _REPORTED_WITHIN), num_start)
        if reported or (reported_end >= 0 and unit == reported_unit and clause[reported_end:num_start].strip() == "、"):
            _reject(_AT + num_start, "fact", f"what a report counts ({reported.group(0) if reported else '、'}: a visiting party, "
                                             "an attendance, a share of a budget or plan)")
            reported_end, reported_unit = end, unit  # (分别占全国任务的77.6%、87%: the list's next share too)
            continue  # 刘书记一行6人, 占总投资84.46%, 占年度计划投资的55%: the event or the budget told, nothing set
        if unit in lx.people_units and lx.attendance_after.match(clause, m_end):
            _reject(_AT + num_start, "fact", "who came to a meeting (1500余人参加誓师大会)")
            continue
        if unit == "期" and cn and num_start and _han_at(clause, num_start - 1) and clause[num_start - 1] not in lx.no_phase_after and \
                not lx.verb_end.search(clause, max(0, num_start - 4), num_start):
            _reject(_AT + num_start, "name", "a project's phase (美兰机场二期, 免税城三期)")
            continue  # 免税城三期: the third phase of a named project, not three of anything
        if unit == "届" and lx.session_after.match(clause, end):
            _reject(_AT + num_start, "name", "a congress or its session (十九届历次全会)")
            continue  # 党的十九大和十九届历次全会精神: a name, not a count of sessions to hold
        if unit in lx.distance_units and lx.radius_after.match(clause, m_end):
            _reject(_AT + num_start, "qualifier", "a distance that bounds where (1公里范围内)")
            continue  # 重点区域1公里范围内全部使用新能源车辆: where the rule holds, not a length to reach
        if unit in lx.distance_units and not post and lx.distance_from_before.search(clause, max(0, num_start - _DISTANCE_FROM_WITHIN), num_start):
            _reject(_AT + num_start, "fact", "where a place lies, by its distance from another (距伊宁市80公里)")
            continue  # 该口岸距伊宁市80公里，距乌鲁木齐市670公里: a location, not a length to build or reach
        if unit in lx.money_units and not post and lx.allocation_before.search(clause, max(0, num_start - 24), num_start):
            _reject(_AT + num_start, "fact", "a budget allocation (拟安排, 拟发行)")
            continue  # 拟发行超长期特别国债1.3万亿元: money set aside, not a level to reach
        if cn and lx.programme.match(clause, m_end):
            _reject(_AT + num_start, "name", "programme name")
            continue  # 十项行动, 三大任务: names, not counts
        if unit == "年" and lx.span_years_after.match(clause, end):
            _reject(_AT + num_start, "date", "a span's length beside its years (建设期为3年(2018年-2020年))")
            continue
        if clause.find("之", end, end + _ONE_OF_WITHIN) >= 0 and lx.one_of.match(clause, end):
            _reject(_AT + num_start, "qualifier", "the set the subject is one of (全国6个试点省份之一)")
            continue
        if lx.there_are_before.search(clause, max(0, num_start - 4), num_start):
            _reject(_AT + num_start, "fact", "a count of what there is (…的有57家, 仅6家)")
            continue
        if clause.find("等", end, end + _KINDS_WITHIN) >= 0 and lx.kinds_listed.match(clause, end):
            _reject(_AT + num_start, "qualifier", "a size among the kinds a thing comes in (6.6米、7米等不同的站亭)")
            continue
        if unit in lx.issuer_units and lx.issuers_after.match(clause, unit_span[0] if unit_span[1] else m_end):
            _reject(_AT + num_start, "qualifier", "how many bodies issue it (15部委, 七部门印发)")
            continue
        if unit in lx.age_units:  # an age says whom: a limit after 年龄, or a story's person (人均预期寿命达到78岁 is none)
            if lx.age_word_before.search(clause, max(0, num_start - _AGE_WORD_WITHIN), num_start):
                _reject(_AT + num_start, "qualifier", "an age limit says whom (年龄在65岁以下)")
                continue
            if lx.person_age.match(clause, end):
                _reject(_AT + num_start, "qualifier", "the age of the person a story is about (1岁6个月的男孩)")
                continue
        if lx.whole_of.match(clause, end):
            _reject(_AT + num_start, "qualifier", "the whole a part is counted of (47条河流中的26条)")
            continue
        if lx.structure_noun.match(clause, end) or lx.structure_before.search(clause, max(0, num_start - 24), num_start) \
                or (clause[num_start - 1:num_start] in "等”\"" and lx.listed_parts.match(clause, end)):
            _reject(_AT + num_start, "parts", "text division")
            continue  # 做好6个方面工作, 甲行动、乙行动等5项重大行动, 实施“甲、乙”2项工程: how the text is divided
        if ("组成" in clause or "构成" in clause) and any(a.start() < num_start < a.end() for a in lx.made_of.finditer(clause)):
            _reject(_AT + num_start, "parts", "what a thing is made of (由总方案、2个专题方案和20个专项方案组成)")
            continue
        if unit in lx.tally_units and clause[end:end + 1] in ")）" and lx.tally.search(clause, max(0, num_start - 3), num_start):
            _reject(_AT + num_start, "parts", "heading tally")
            continue  # 一、促进就业（3项）: how many items the heading holds
        if roman and (unit in lx.roman_class_units or (not post and nxt and nxt not in "，。；,;")):
            _reject(_AT + num_start, "name", "class in a name")
            continue  # 优于Ⅲ类比例 / （达到或优于Ⅲ类）: a class that names the indicator; 水质100%达到或优于Ⅲ类: the
            # class the share reaches, a water class never a count (学业水平达到Ⅲ级以上 is a level reached)
        if quoted and num_start > counted:  # counted on, not from 0 per number: linear in the clause
            opens += clause.count("“", counted, num_start)
            closes += clause.count("”", counted, num_start)
            counted = num_start
        if quoted and opens > closes and last_close >= end and not zero and _quoted_name(clause, num_start, end, lx):
            _reject(_AT + num_start, "name", "quoted name")
            continue  # “15分钟健身圈”, “1+N”: a number inside a quoted name is part of the name
        lo = max(0, num_start - _NUMBER_TITLE_REACH)
        if _in_title(clause, num_start, _NUMBER_TITLE_REACH):
            _reject(_AT + num_start, "citation", "inside a document's title (《…等15个城市…的批复》)")
            continue
        if (clause.find("（", lo, num_start) >= 0 or clause.find("(", lo, num_start) >= 0) and \
                lx.description_paren.search(clause, lo, num_start) and not _component(clause, lo, num_start, unit, lx):
            _reject(_AT + num_start, "qualifier", "descriptive aside")
            continue  # (含参与度、思维深度等12项指标): describes a thing, sets nothing
        amount = unit in lx.money_units and (lx.amount_noun.match(clause, end + (nxt == "的")) or
                                             lx.amount_noun_named.match(clause, end + (nxt == "的")))
        if nxt == "的" and lx.goal_noun.match(clause, end):
            nxt = ""  # 新建学校5所的任务: the frame of the sentence, not what the number describes
        classed = lx.unit_classes.get(unit) if nxt and _HAN.match(nxt) else None
        if classed and classed[0].match(clause, end):  # 16吨压缩箱, 10千伏线路: the class of the thing named after it
            _reject(_AT + num_start, "qualifier", classed[1])
            continue
        if unit in lx.noun_units and nxt and ((_HAN.match(nxt) and nxt not in "的和及与或") or (
                nxt in "或、" and lx.alternative_amount.match(clause, end))) and not amount \
                and not clause.startswith(lx.currency_after, end) and not clause.startswith(lx.milestone_after, end) \
                and not clause.startswith(lx.level_then_change, end) \
                and not (unit in lx.money_units and (clause.startswith(lx.spending_after, end) or
                                                     lx.verb_start.match(clause, end))):
            # (20亿元人民币: the money's currency, not who; 突破1000亿元大关: the mark the goal passes;
            # 400万元在城区路口增设…, 7.1亿元建设度假海岛: where the money goes)
            _reject(_AT + num_start, "qualifier", "describes who")
            continue  # 35岁以上教师, 3-5周岁幼儿: describes who, not a target
        if unit in lx.age_units and _in_aside(clause, num_start):
            _reject(_AT + num_start, "qualifier", "an age in an aside describes who")
            continue  # 大龄失业人员(女性45周岁以上、男性55周岁以上), 农村大龄人员(45—65周岁)
        if post == "内" and unit not in lx.inner_post_units and clause[num_start - 1:num_start] != "前":  # 前10名内: a rank
            post, end = None, end - 1
        if qs and qs[-1].end == num_start and qs[-1].unit == unit and qs[-1].value < value and vmax is None and \
                lx.post_map.get(qs[-1].post or "") in (">=", ">") and lx.post_map.get(post or "") in ("<=", "<"):
            value, vmax, comp, num_start = qs[-1].value, value, "range", qs.pop().num_start  # 5000元以上10000元以下: one range
        # 一批, 一个: an article unless a comparator says 至少一所, or a verb builds it (建成一座博物馆)
        qs.append(_Q(num_start, end, num_start, value, vmax, unit, comp, post, unit != "%" and nxt == "的" and not amount,
                     bool(cn) and value == 1 and vmax is None and not unit.startswith(lx.multipliers) and  # (一万亩: a count)
                     not _one_to_make(clause, num_start, end, unit, lx),
                     own_change, unit_span))
    return qs


def _one_to_make(clause: str, at: int, end: int, unit: str, lx: _Lex) -> bool:
    """新增一个五百亿级产业集群, 建成一座博物馆: one thing a verb right before builds or adds is a count, as is 一次 with
    nothing after it (体检一次); 一批, 一支队伍 and 建成一个验收一个 (one at a time, a manner) are not."""
    if unit in lx.once_units and not _han_at(clause, end):
        return True  # 每年为老年人体检一次，: once, nothing named after it
    return unit in lx.built_one_units and bool(lx.built_one_before.search(clause, max(0, at - 2), at)) and \
        "一" not in clause[end:end + 4]


_ID = load("targets")["identifiers"]
_CODE_NEIGHBOUR = frozenset(_ID["glued_symbols"])  # < and > before a number compare (>6.5); after one they are cipher
_OPTION = _compile(_ID["option_before"])
_CLOCK_AFTER = _compile(_ID["clock_after"])
_DATE_SEPARATORS = "/-.－"  # (looked for before the pattern is tried: most numbers follow none)
_NUMERIC_DATE_BEFORE = _compile(_ID["numeric_date_before"])
_CLOCK_BEFORE = _compile(_ID["clock_before"])
_PHONE = _compile(_ID["phone_number"])
_WEB_ADDRESS = _compile(_ID["web_address"])
_SECTION_NUMBER = _compile(_ID["section_number"])
_LOG_DATE = _compile(_ID["log_date"])
_FORMULA_EQUALS, _FORMULA_OPERATORS = (re.compile("[" + re.escape(_ID[k]) + "]") for k in ("formula_equals", "formula_operators"))


def _logged(row: str) -> bool:
    """A row of a log: dated to the minute, or to the day twice (its start and its end), not a task's deadline."""
    dates = list(_LOG_DATE.finditer(row))
    return len(dates) >= 2 or any(d.group(1) for d in dates)


@lru_cache(maxsize=1)
def _unit_first_chars() -> frozenset:
    """The characters a unit can open with, or what can stand before one (a multiplier, 余 or 多: 2.5余公里)."""
    d = load("targets")
    return frozenset(u[0] for u in (*d["units"], *d["unit_multipliers"], *d["latin_units"], "余", "多"))


def _section_numbers(simp: str, lx: "_Lex"):
    """The section numbers that open lines before their headings (2.2 台风风险分析): (start, end, verdict, rule)."""
    unit_first = _unit_first_chars()
    for m in _SECTION_NUMBER.finditer(simp):
        after = m.end(1)
        while simp[after] in " \t\u3000":
            after += 1
        if simp[after] in unit_first and (q := lx.quantity.match(simp, m.start(1))) and q.group("u") and \
                not _han_at(simp, q.end()):
            continue  # 2.5 公里: a value on its line (only a unit's first character can open one: 1.1目标 is asked no more)
        yield m.start(1), m.end(1), "parts", "a section number before its heading (2.2 台风风险分析)"


_RATIO_SEP = regex.compile(r"\s*[:：∶]")
_RATIO_WORD = _compile(load("targets")["ratio_named_before"])
_RATIO_WORD_WITHIN = 24  # characters before 2.8:1 looked at for the ratio it gives (…与农业总产值之比达到)
_PLACE_NAME_MAX = 12  # characters read for a place's name opening on a numeral (三门峡市)
_FORMULA_MARKS = _ID["formula_marks"]
_NAMES_THEN_COUNT = ("》等",)  # 《甲方案》《乙方案》等10件: how many documents the list names (not 新建“口袋公园”等10个项目)
# a list of values in a bare scale whose last names the thing scaled (2万、5万、10万元): the scale of that thing
_SCALE_LISTS = {sc: re.compile(rf"(?:、\s*\d+(?:\.\d+)?\s*{sc})*、\s*\d+(?:\.\d+)?\s*({sc}[元人个亩吨户株头只])") for sc in ("万", "亿", "千")}
_SLASH_LIST = re.compile(r"(?<=[\u4e00-\u9fff])/(?=\d)(?!(?:1|10|100)\s*[万千](?!元))")
_COHORT_AFTER = tuple(_ID["cohort_after"])
_VIEWS_AFTER = _compile(_ID["views_after"])


def matched_form(text: str) -> str:
    """The form of a text its numbers are read on, as long as the text: Simplified, and values apart by slashes a
    list (分别给予2万/5万/10万元奖励 → 2万、5万、10万元; not 12/10万, a rate per 100,000)."""
    simp = to_simplified(text)
    if "「" in simp or "『" in simp:  # (在「十五五」期間將…: a Traditional page's quotes read as the “” the rules know)
        simp = simp.translate(_CORNER_QUOTES)
    return _SLASH_LIST.sub("、", simp) if "/" in simp else simp


_CORNER_QUOTES = str.maketrans(*load("targets")["corner_quotes"])  # 「」『』 → “”“”


def _code_like(clause: str, m, shift: int, v: Optional[str], cn: Optional[str]):
    """(verdict, rule) when a number is an identifier or a time, not a quantity: a subject code with its
    leading zero (0704天文学), digits glued to Latin letters or cipher symbols (91500102563638729E,
    <054/18*88<), an answer option (A．八小时), a clock time (9时30分, 7:30)."""
    if v is not None:
        a, b = m.start(6) - shift, m.end(6) - shift
        if len(v) > 1 and v[0] == "0" and v[1] != ".":
            return "code", "a code (a leading zero)"
        if len(v) == 4 and v[:2] in ("19", "20") and clause[b:b + 1] in _COHORT_AFTER:
            return "date", "a cohort's year (2023届毕业生, 2024级新生)"
        unit_here = m.start(8) - shift == b  # 20EFLOPS, 100Mbps: letters that are the unit
        plus = m.group(7) in ("+", "＋")  # 10+万辆, 1000+座: "or more" before a unit, not a code
        if (b < len(clause) and not unit_here and not plus and (clause[b].isascii() and clause[b].isalpha()
                                                   or clause[b] in _CODE_NEIGHBOUR or clause[b] in "<>")) or \
                (a > 0 and clause[a - 1] in _CODE_NEIGHBOUR) or \
                (a > 1 and clause[a - 1] in "<>" and (clause[a - 2] in _CODE_NEIGHBOUR or clause[a - 2] in "<>/"
                                                       or clause[a - 2].isdigit())):
            return "code", "an identifier (letters or symbols glued to the digits)"
        if _CLOCK_AFTER.match(clause, b) or _CLOCK_BEFORE.search(clause, max(0, a - 6), a):
            return "date", "a clock time"
        if (clause[max(0, a - 2):a].rstrip()[-1:] or "\n") in _FORMULA_MARKS:
            return "other", "a formula's factor (…/监测人群总人数×100%)"
        if _VIEWS_AFTER.match(clause, b):
            return "other", "a page's count of views (0次浏览, 1234次阅读)"
        if clause[a - 1:a] in _DATE_SEPARATORS and _NUMERIC_DATE_BEFORE.search(clause, max(0, a - 8), a):
            return "date", "a month or day of a date in figures (2024/10/30, 2024-10-30)"
    elif cn is not None and _OPTION.search(clause, max(0, m.start() - shift - 4), m.start() - shift):
        return "code", "an answer option (A．八小时)"
    return None


def _governs_later(clause: str, q, later, lx) -> bool:
    """After q and its 的 a comparator or target verb governs the next number of the clause, later (超过1000亿元的
    名牌企业达到10家): q describes what that number counts."""
    return later is not None and bool(lx.cues.search(clause, q.end, later.num_start))


def _rate_of_set(clause: str, q, later, lx) -> bool:
    """116个出境断面IV类水质以下比例控制在4%以内, 28种疾病门诊报销比例达到80%: the count names the things a
    rate later in its clause (the next number, later) is measured over, with no verb to set the count itself."""
    return later is not None and later.unit == "%" and not _LIST_MARK.search(clause, q.end, later.num_start) and \
        bool(lx.cues.search(clause, q.end, later.num_start))


def _noun_stop(after: str, lx: _Lex):
    """Where what a number counts, named after it, ends: at a digit, a comma, a bound …, but not at the time
    inside a name (30家以上24小时书店, 3个15分钟健身圈)."""
    stop = lx.noun_stop.search(after)
    named = lx.time_in_name.match(after, stop.start()) if stop and stop.group(0).isdigit() else None
    if named and lx.circle_name.match(after, named.end()):
        stop = lx.noun_stop.search(after, named.end())
    levels = _LEVEL_LIST.match(after) if stop and stop.group(0) == "、" else None
    if levels and stop.start() < levels.end():  # 2-4所省、市级示范性幼儿园: a list of levels inside the name
        stop = lx.noun_stop.search(after, levels.end())
    if stop and stop.group(0) == "、" and after.count("“", 0, stop.start()) > after.count("”", 0, stop.start()):
        close = after.find("”", stop.start())  # 100家“专、精、特”企业: a list inside a quoted name is the name's
        if close > 0:
            stop = lx.noun_stop.search(after, close + 1)
    return stop


_SAME_PERIOD = load("targets")["same_period_base"]  # (同比 after a goal word: the goal's base)
_OVER_PLAN = tuple(load("targets")["over_plan"])  # (超额完成 after a goal word: a goal)
_RUNNING_TOTAL = tuple(load("targets")["running_total"])  # (到2027年，累计完成…: toward the goal)
_RUNNING_TOTAL_GOAL = re.compile(load("targets")["running_total_goal"])
_YEAR_TOTAL = load("targets")["year_total"]  # (全年完成 after a statement of the year's goals: the year's goal)
_YEAR_TOTAL_GOAL = re.compile(load("targets")["year_total_goal"])
_CARRIED = ("lead", "paragraph", "heading", "clause")  # years a sentence takes from the text before it
_NOUN_MAX = 16  # characters of what a number counts, named after it (培养5-8名青年教师)
_BATCH_WITHIN = 48  # characters before a number its 一批 is looked for in (the pattern's reach, 40, and the word)
_CLASS_THEN_COUNT = _compile(r"的[^\d，。；,;、：:]{0,12}")  # (…超百亿元的企业39家, 超1000亿元的1个: the class, then how many)
_SET_BEFORE_COUNT = _compile(r"[^，。；,;、\d]{1,16}的(?=\d)")
_INNER_ASIDE = _compile(load("targets")["inner_aside"])  # 153个乡镇(街道)未成年人保护站, 学校(不含教学点…)通过…
_LEVEL_LIST = _compile(load("targets")["level_list"])  # 2-4所省、市级示范性幼儿园
_FLOOR_BEFORE = _compile(load("targets")["floor_before"])  # 达到12万亿元左右 stays a floor (not 保持在6%左右)
_TRAILING_ASIDE = _compile(r"[（(][^（）()]{1,8}[）)]$")
_ASIDE_END = _compile(r"[（(][^（()）]*[)）]$")  # of any length: a place's (含驻区市直派出机构、各类企事业单位)
_LISTED_HEAD = _compile(r"、[^，。；,;：:\d]{0,40}?(?:(?<![高平同对中初上下均相])等|的)(\p{Han}{2,16}?)(?=[，。；,;：:]|$)")
_NOUN_AFTER_VERB_MAX = 24
_GRADE = _compile(load("targets")["grade_in_name"])  # 5000吨级: a class inside the name of what is counted
_PARTS_ASIDE = _compile(load("targets")["parts_aside"])
_UNIT_ASIDE = _compile(load("targets")["unit_aside"].replace("{unit_counters}", load("targets")["unit_counters"]))  # 40条(个)
_BOUND_DE = _compile(r"\d+(?:\.\d+)?(?:[万亿千百])?[^\d，。；、,;的]{0,3}的(?=\p{Han})")
_YEAR_LIST = _compile(r"(?:19|20)\d\d年?(?:\s*[、和及与]\s*(?:19|20)\d\d年?)+")
_FOUR_DIGITS = _compile(r"(?:19|20)\d\d")
_COUNTED_GAP = 12  # characters of a name between a count and a bound that describes what it counts
_LIST_MARK = _compile(r"[、，,；;]")


def _component(clause: str, lo: int, at: int, unit: str, lx: _Lex) -> bool:
    """A part of the quantity the aside follows, in its unit (45万人(含新增高技能人才15万人)): a target of its
    own; an aside after a name (量表（含…等12项指标）) describes the thing."""
    p = max(clause.rfind("（", lo, at), clause.rfind("(", lo, at))
    if not unit or p <= 0 or len(_HAN.findall(clause, p + 2, at)) < 2:
        return False  # (含90分): the bound's own value, inclusive, no part of it
    for post in lx.bound_after + tuple(lx.approx_after):  # 35万人以上(含城镇新增就业25万人), 35万人左右(含…)
        if clause.endswith(post, 0, p):
            p -= len(post)
            break
    return clause.endswith(unit, 0, p) and clause[p - len(unit) - 1:p - len(unit)].isdigit()


def _unitless_measure(clause: str, start: int, end: int, lx: _Lex) -> bool:
    """A measure with no unit and its verb before the number (系数达到0.58), or a rate whose % the text
    left out, bounded after it (签约服务率要到达90以上; a lone 率达到1 is a broken 100%, not a value)."""
    m = lx.unitless_before.search(clause, max(0, start - 10), start)
    return bool(m) and (not m.group("rate") or clause.startswith(lx.bound_after, end))


def _rank_follows(clause: str, q, nxt, lx: _Lex) -> bool:
    """The number after q is a rank to reach (1家进入全国前十位): q counts what reaches it."""
    return nxt.unit in lx.rank_units and bool(lx.rank_before.search(clause, max(q.end, nxt.num_start - 16), nxt.num_start))


def _opens_clause(clause: str, at: int) -> bool:
    """Nothing but a label, blanks or marks before position at of the clause ((一)48小时…, ——24小时…), or the
    whole place the text speaks of (全省76个县…, 我市…)."""
    label = line_label().match(clause)
    start = label.end() if label and label.end() <= at else 0
    whole = _WHOLE_PLACE.match(clause, start)
    return not _HAN.search(clause, whole.end() if whole and whole.end() <= at else start, at)


_WHOLE_PLACE = _compile(load("targets")["whole_place"])  # (全省76个县…: the place the text speaks of)


def _names_their_ending(clause: str, num_start: int, end: int, lx: _Lex) -> bool:
    """优化产业结构、能源结构、运输结构等3个结构: a list that a verb of bettering opens (list_bettered), and the word
    after its count ends every item, so the count counts the names (not 新建甲公园、乙公园等2个公园, nor 发展甲产业、
    乙产业等5个产业: what is made or grown is counted)."""
    noun = _HAN_RUN.match(clause, end)
    if not noun or len(noun.group(0)) < 2:
        return False
    items = clause[_clause_start(clause, num_start):num_start].rstrip().removesuffix("等").split("、")
    return len(items) >= 2 and bool(lx.list_bettered.search(items[0])) and \
        all(item.strip().endswith(noun.group(0)) for item in items)


def _reached_list_item(clause: str, num_start: int, lx: _Lex) -> bool:
    """A level closing its item (nothing named after its 级) that a reaching verb earlier in the clause governs: the
    verb right before it, or a list item (、芳烃1000万吨级) after one that reached its own (达到4000万吨级)."""
    if lx.level_reached.search(clause, max(0, num_start - 4), num_start):
        return True
    item = lx.level_list_item.search(clause, max(0, num_start - _LEVEL_ITEM_WITHIN), num_start)
    return item is not None and lx.level_list_verb.search(clause, 0, item.start()) is not None


def _han_at(s: str, i: int) -> bool:
    return i < len(s) and "\u4e00" <= s[i] <= "\u9fff"


def _cn_decimal(s: str) -> Optional[float]:
    if s[:1].isdigit() and s.replace(".", "", 1).isdigit():  # (百分之8, 百分之4.6: written with digits)
        return float(s)
    if "点" in s:
        a, _, b = s.partition("点")
        ia = cn_to_int(a)
        digits = "".join(str(cn_to_int(c)) for c in b if cn_to_int(c) is not None)
        return float(f"{ia}.{digits}") if ia is not None and digits else None
    n = cn_to_int(s)
    return float(n) if n is not None else None


def _pre(window: str, lx: _Lex):
    """(comparator, change, where the comparator/change words start) from the words before a number."""
    return _pre_cached(window) if lx is lexicon() else _pre_uncached(window, lx)


@lru_cache(maxsize=8192)  # the ten characters before a number repeat (达到, 不低于, 新建…)
def _pre_cached(window: str):
    return _pre_uncached(window, lexicon())


def _pre_uncached(window: str, lx: _Lex):
    comp = change = None
    cut = len(window)
    # 不少于2次 / 至少建设1所: the comparator may carry a short verb before the number
    # 通达率达80%: a comparator word right before the number wins over one further back with a short
    # verb after it (达 inside 通达率 would cut the name)
    m = lx.pre_exact.search(window) or lx.pre_re.search(window)
    if m and (window.startswith(lx.comparator_in_name, m.start(1)) or
              (m.start(1) > 0 and window[m.start(1) - 1] in lx.comparator_ends_word.get(m.group(1), "")) or
              (m.start(1) > 0 and window[m.start(1) - 1] in lx.class_before_name.get(m.group(1), "") and
               _han_at(window, m.end(1)))):
        m = None  # 连锁超市39家, 通达工程4500公里: a name that holds a comparator's character
    if m and not (m.end(1) < len(window) and lx.name_end.search(window)):  # 达标率100%: a name, not 达 + verb
        comp, cut = lx.pre_map[m.group(1)], m.start()
    elif m is None and "至少" in window:
        far = lx.at_least_far.search(window)
        if far:  # 每期至少刊登公益广告1个页面: at least, with what is done between (要至少达到在校生数的: the
            comp = ">="  # measure before it)
            if "达" in far.group(0):
                cut = far.start()
    last = None
    for last in lx.change_re.finditer(window):
        pass
    if last is not None:
        i, word = last.start(), last.group(1)
        tail = window[i + len(word):]
        # 增长达到10%: the change word right before the comparator; 增加值占比达到15%: a name, not a change
        if _NO_TAIL.fullmatch(tail) or (comp and i + len(word) <= cut + 1 and not window[i + len(word):cut].strip(" 了")):
            change = lx.change_map[word]
            if word not in lx.change_nouns:
                cut = min(cut, i)
        elif comp and window[i + len(word):cut].strip(" 了") == "率" and lx.annual_rate.search(window, max(0, i - 4), i + len(word) + 1):
            # 年均增长率达到10%: a yearly rate of change, named by it (the name kept); 人口自然增长率 is a level
            change = lx.change_map[word]
        elif _LEVEL_TAIL.fullmatch(tail):
            cut = min(cut, i)  # 提高到90%: a level, not a change
            if comp is None and lx.change_map[word] == "decrease":
                comp = "<="  # 下降到4‰: a level reached going down, at most that
    if change is None and "比" in window:
        margin = lx.margin_over.search(window)
        if margin:  # 比非成员农户高20%: higher than that group by so much
            change, cut = ("increase" if margin.group(2) in "高多" else "decrease"), min(cut, margin.start())
    if change is None:
        added = lx.added_on_base.search(window)
        if added:  # 在2016年基础上新增30元: what is added to the base, a rise (新增 alone counts new things)
            change, cut = "increase", min(cut, added.start(1))
    return comp, change, cut


def _measure_value(clause: str, q: _Q, prev_end: int, lx: _Lex):
    """A number before 的 that is the value of a measure, not a qualifier of a thing: the measure after 的 with a
    verb that yields earlier in the clause (形成20亿元以上的产值: True), or right before the number with a verb
    of becoming right before it (发展成为产值30亿元以上的优势产业: the measure's match, which names it; not
    培育产值亿元以上的企业, a class of firms)."""
    if not q.before_de:
        return None
    if lx.measure_after_de.match(clause, q.end + 1):
        return bool(lx.yields_before.search(clause, 0, q.num_start))
    measure = lx.measure_before_de.search(clause, max(prev_end, q.num_start - 8), q.num_start)
    funds = lx.funds_after_de.match(clause, q.end + 1) if q.unit in lx.money_units and q.post is None else None
    if funds and lx.provides_before.search(clause, max(0, q.num_start - _PROVIDED_WITHIN), q.num_start):
        return funds  # 每年安排10亿元的示范镇建设专项资金, 最高可享受3万元的一次性开办费补贴: the sum given, named by its fund
    if measure is None and q.post is None and not _DIGIT_RE.search(clause, q.end) and \
            (worth := lx.provided_measure.search(clause, max(prev_end, q.num_start - 8), q.num_start)) and \
            lx.provides_before.search(clause, max(0, worth.start() - _PROVIDED_WITHIN), worth.start()):
        return worth  # 配备价值93.15万元的简易救生筏, 建设总里程为10000公里的农村公路: what is given or built, measured
    return measure if measure and lx.yields_before.search(clause, max(prev_end, measure.start() - 4), measure.start()) else None



def _trim(s: str, lx: _Lex) -> tuple[int, int]:
    """Bounds of the indicator inside s: its label, fillers, time phrases and frequency words cut from
    the front, particles from the back."""
    # only short strings are remembered: a clause can be a whole one-line plan
    return _trim_cached(s) if len(s) <= _CACHED_CHARS and lx is lexicon() else _trim_uncached(s, lx)


@lru_cache(maxsize=4096)  # the words around numbers repeat (所, 个, 新建…): a table of targets asks for the same ones
def _trim_cached(s: str) -> tuple[int, int]:
    return _trim_uncached(s, lexicon())


def _trim_uncached(s: str, lx: _Lex) -> tuple[int, int]:
    i, j = 0, len(s)
    lab = lx.label.match(s)
    if lab:
        i = lab.end()  # 1.每个示范村培育…: the item's own label is not part of the indicator
    i = lx.front_trim.match(s, i, j).end()
    whole = j
    j = i + lx.back_trim.search(s[i:j]).start()
    # every base holds one of its marks (比2020年, 比“十三五”末, 比基期, 比现状): a find in C spares most
    # indicators the pattern's scan. Looked for before the back trim too, which takes a trailing year
    # (比2020年 → 比) and would hide it
    base = (lx.base_year_tail.search(s, i, whole) or lx.base_year_tail.search(s, i, j)) \
        if any(s.find(w, i, whole) >= 0 for w in lx.base_marks) else None
    if base and base.start() >= i:  # 比2020年增长了约50%: a base year alone names nothing (the indicator before does)
        j = i + lx.back_trim.search(s[i:base.start()]).start()
    five = lx.five_year_period.search(s, i + 2, j) if s.find("五", i + 2, j) >= 0 else None
    if five and five.end() < j:  # 某县计划“十四五”期间新建…: the actor and its plan before the period, as before a year
        i = lx.front_trim.match(s, five.end(), j).end()
    if s.find("年", i, j) >= 0:  # 各县区要在2020年底前完成…: the actor before a time phrase is no part of it
        inner = None
        for inner in lx.year.finditer(s, i, j):
            pass
        if inner is not None and i < inner.start() and inner.end() < j:
            after = lx.front_trim.match(s, inner.end(), j).end()
            if s[after:j].strip() in lx.modals_alone:  # 贸易额到2030年可达到: the measure is before the time phrase
                j = i + lx.back_trim.search(s[i:inner.start()]).start()
            else:
                i = after
        span = lx.date_span.search(s, i, j) if s.find("月", i, j) >= 0 else None
        if span and span.end() < j:  # 2023年8月1日至8月15日拆除: when the work is done is no part of its name
            i = lx.front_trim.match(s, lx.date_span_end.match(s, span.end(), j).end(), j).end()
        fiscal = lx.fiscal_year.search(s, i, j) if s.find("年度", i, j) >= 0 else None
        if fiscal and fiscal.end() < j and s[fiscal.end():j].strip():  # 2027-28年度完成兴建单位: the fiscal year as a
            i = lx.front_trim.match(s, fiscal.end(), j).end()  # year, no part of the name; after it, before it
        elif fiscal and fiscal.start() > i:  # (公屋轮候时间进一步迈向2026-27年度)
            j = i + lx.back_trim.search(s[i:fiscal.start()]).start()
    named = lx.goal_named_before.search(s, 0, j) if s.find("目标", 0, j) >= 0 else None
    if named and j - named.end() >= 2 and named.end() > i:  # 浙江省主要预期目标为生产总值: the measure is what
        i = lx.front_trim.match(s, named.end(), j).end()  # the goal is named for (全年目标 trimmed: 是… no name)
    tail = lx.time_tail.search(s, i, j) if j - i > 6 and ("年" in s[i:j] or "月" in s[i:j]) else None
    if tail and tail.start() - i >= 2:  # 茶园面积将在3年内扩大到…: when it is due is no part of the name
        j = i + lx.back_trim.search(s[i:tail.start()]).start()
    if (s[j:j + 1] == "）" and s.count("（", i, j) > s.count("）", i, j)) or \
            (s[j:j + 1] == ")" and s.count("(", i, j) > s.count(")", i, j)):
        j += 1  # 每个县（市、区）, 病床数(含住院护理): the aside closes inside the indicator
    if i and s[i - 1] == "“" and s.count("”", i, j) > s.count("“", i, j):
        i -= 1  # “一网通办”实际办件率: the quotation opens inside the indicator
    if j < whole and lx.filler_re.fullmatch(s, i, whole):
        j = i  # 平均每人每年: a filler whole, though the back trim would cut its words per whom and when, names nothing
    return i, j


_SELECTION_REACH = 24  # characters before a word of how projects were chosen (242名代表投票表决) its numbers stand within
_SELECTION_AFTER = 8  # …and after it (票决确定10项, 从12个候选项目中脱颖而出…建设试点单元50个: that one is the project's)
_NEW_YEAR = tuple(load("targets")["new_year_openers"])  # a sentence opening on the year after the one reported
_GOAL_DONE = _compile(load("targets")["goal_done_before"])  # a goal met, named before 目标
_OWN_VERB = _compile(load("targets")["own_verb"])  # a list item's own verb: no comparator from the item before
_CLAUSE_MARKS = "，,；;：:"


def _clause_start(sent: str, at: int) -> int:
    """Where the clause holding at starts (looked for within _CLAUSE_REACH: a sentence can be a whole one-line text)."""
    lo = max(0, at - _CLAUSE_REACH)
    return max(max(sent.rfind(c, lo, at) for c in _CLAUSE_MARKS) + 1, lo)


def _comma_start(sent: str, at: int) -> int:
    """Where the part of a sentence holding at starts, after its last comma or semicolon (0 when none)."""
    return max(sent.rfind(c, 0, at) for c in "，,；;") + 1


def _clause_end(sent: str, at: int) -> int:
    hi = min(len(sent), at + _CLAUSE_REACH)
    ends = [i for i in (sent.find(c, at, hi) for c in _CLAUSE_MARKS) if i >= 0]
    return min(ends) if ends else hi


_CLAUSE_REACH = 200


_WEATHER_WITHIN = 24  # characters before a number its weather measure is looked for in
_SHARE_BOUND_WITHIN = 24  # characters before a share's number its bound is looked for in (不得超过职工代表总数的)


_SENTENCE_CACHE: dict = {}
_SENTENCE_CACHE_MAX = 4096
_CACHED_SENTENCE_MAX = 1000  # characters: a task table's cell or a sentence of a plan, not a page on one line


def _sentence_targets_at(sent: str, orig: str, s0: int, s1: int, year, lx: _Lex, carry: str, found,
                         in_list: bool = False, names: tuple = (), places_unit: str = "") -> list[Found]:
    """_sentence_targets of a sentence at s0, remembered by its words, year and carry: what a sentence
    commits to depends on them alone, and the cells of a task table repeat (1.新建3所。 in every row)."""
    if _SINK is not None or lx is not lexicon() or len(sent) > _CACHED_SENTENCE_MAX:
        # (explain records every number's verdict where it stands; a sentence this long never comes again,
        # and its copy at its offset would cost as much as reading it)
        return _sentence_targets(sent, orig, s0, s1, year, lx, carry, found, in_list, names, places_unit)
    key = (sent, orig, year, carry, s1 - s0, in_list, names, places_unit)
    rel = _SENTENCE_CACHE.get(key)
    if rel is None:
        if len(_SENTENCE_CACHE) >= _SENTENCE_CACHE_MAX:
            _SENTENCE_CACHE.clear()
        rel = _SENTENCE_CACHE[key] = _sentence_targets(sent, orig, 0, s1 - s0, year, lx, carry, found, in_list, names,
                                                       places_unit)
    return [Found(r.indicator, r.comparator, r.value, r.value_max, r.unit, r.change, r.year, r.frequency, r.scope,
                  r.start + s0, r.end + s0, r.year_source, r.num + s0 if r.num >= 0 else -1,
                  r.num_end + s0 if r.num_end >= 0 else -1, r.baseline, r.baseline_year, r.approximate) for r in rel]


def _year_opening(sent: str, lx: _Lex, year: Optional[int] = None) -> Optional[int]:
    """The year that opens the sentence (2023年新建公园5个；…), or the words after its lead's colon (发展目标：
    2021-2025年某区…；…), or the sentence's year (year) standing in its first clause (某镇2023年公开信息160条，其中…；…)."""
    colon = max(sent.find("：", 0, _LEAD_COLON_MAX), sent.find(":", 0, _LEAD_COLON_MAX))
    m = lx.opening_year.match(sent.lstrip()) or (lx.opening_year.match(sent[colon + 1:].lstrip()) if colon >= 0 else None)
    if m:
        return int(m.group(1))
    comma = _FIRST_COMMA.search(sent)
    named = YEAR_IN.search(sent, 0, comma.start() if comma else len(sent))
    if year is not None and named and int(named.group(1)) == year:
        return year
    # (该局稳步推进…建设，2012年计划完成…181个；计划新建…3个: the year before the sentence's first number; not
    # 力争到2020年每个县区建成2-3个…；, a deadline of its own clause)
    named, digit = YEAR_IN.search(sent), _DIGIT_RE.search(sent)
    if year is not None and named and digit and named.start() <= digit.start() and int(named.group(1)) == year and \
            not _DEADLINE.search(sent, max(0, named.start() - _DEADLINE_WORD), named.end()):
        return year
    # (到“十四五”末，…；…, 在民生上，力争到“十四五”末，城镇化率达70%；…: the end before its first number, over the semicolons)
    # (…确定“十二五”期间三个目标，提出到“十二五”期末，…: the plan's period named first, then its end)
    ends = lx.five_year_end.finditer(sent, 0, digit.start() if digit else len(sent)) if "五" in sent else ()
    f = next((e for e in ends if e.group(0).endswith("末")), None)
    return five_year_plan_start(f.group(1)) + 4 if f else None


_PER_HUNDRED_THOUSAND = ("百", "千")  # 百分之 (%), 千分之 (‰): a share written in words
_DEADLINE_WORD = 3  # characters before a year its deadline's 到 or 至 stands in (到 2020年)
_CENTURIES = ("19", "20")  # the first digits of a year a heading prints without 年
_LEAD_COLON_MAX = 30  # characters of a sentence its lead's colon is looked for in
_OWN_COUNT_BEFORE = 8  # characters before a bracketed count looked at for the name of the list it counts
_FIRST_COMMA = re.compile(r"[，,]")
_MODAL_GAP = _compile(load("targets")["base_change_gap"])  # (比2010年的7000万吨左右，要增加约30%: between a base and its change)
_SPAN_REACH = 12  # characters before a span's last year looked at for its first (2019 年 — 2020年)


def _sentence_targets(sent: str, orig: str, s0: int, s1: int, year, lx: _Lex, carry: str = "",
                      found=None, in_list: bool = False, names: tuple = (), places_unit: str = "") -> list[Found]:
    global _AT
    out: list[Found] = []
    # the places of a split name no indicator of their own (其中：甲区51.1公里): the total's goes on
    last_indicator = carry if sent.lstrip().startswith(lx.parts_opener) else ""
    prev_clause = ""
    # (a line of a list of goals under its lead, 主要目标如下：, is cued by the lead)
    framed = in_list or (year is not None and not lx.report_period.match(sent))
    cued = framed or bool(lx.cues.search(sent))
    # 小学有449所，在校生297693人: a sentence that reports counts and commits to nothing
    statistic = not cued and bool(lx.statistic.search(sent))
    reported = False  # a clause of a cued sentence opened on a count (有…41家): its numbers, and the next ones, report
    found = found if found is not None else list(lx.quantity.finditer(sent))
    k, spill = 0, 0  # spill: where a match that ran past its clause's end stopped
    years: list[int] = []  # the years a clause lists (到2025年、2035年)
    spanned: list[int] = []  # the years of a span a clause opens on (2022-2025年), each maybe a value's
    split: list[Found] = []  # the targets of the clause before when it split a list (…分别达到a、b)
    # what the values of places measure: a topic clause (氢燃料电池汽车推广应用方面，到2025年，宁波达到500辆、
    # 嘉兴2500辆) or the sentence before when it gave it for places too, in the same unit (…其他城市达到75%；
    # 县城力争达到60%), the places' values standing alone (not 县城至少有1个…中心: a count of its own)
    topic = ""
    bodies = False  # the kinds are bodies that hold an activity
    kinds_follow = 0  # where the clause that set the topic out for kinds of thing ended (…总建筑面积：市级储备库为…): the
    # kinds follow it right after, or after a kind before
    splitting = False  # a clause before opened with 其中: its parts go on over the commas
    split_own = False  # a part of it named its own measure (其中，直接取消审批1项，审批改为备案1项): so do the next
    where_until = -1  # where a clause saying where the goal before lies (涉及6个乡镇) ended
    based_name = ""  # the measure named before a base value (森林覆盖率比2020年的42%…), for the change after it
    tally_until = -1  # where a clause counting what started at an event (此次开工的项目共1139个) ended
    issued = _names_issued_goals(sent, lx)
    if "个" in sent and "%" in sent:  # (…督办率、查处率达到5个100%目标: the count of the rates, each at 100%)
        for m in lx.rates_counted.finditer(sent):
            counts = [f for f in found if m.start() <= f.start() < m.end()]
            if counts:
                _reject_all(counts, s0, "parts", "counts the rates named before it (…达到5个100%目标)")
                found = [f for f in found if f not in counts]
                sent = sent[:m.start()] + " " * (m.end() - m.start()) + sent[m.end():]
    for cm in _CLAUSE.finditer(sent):
        c0, c1 = cm.span()
        clause = cm.group(0)
        if clause.lstrip(" （(").startswith(lx.parts_opener) or \
                (c0 and sent[max(0, c0 - 4):c0].rstrip("：:").endswith(lx.split_opener)):
            splitting, split_own = True, False  # (…255个(其中:甲40个、乙60个): its parts after the colon)
        lead_in, prev_clause = prev_clause, orig[c0:c1]
        named = lx.topic_clause.match(clause) if lx.topic_word in clause else None
        if named:
            topic, kinds_follow = orig[c0 + named.start(1):c0 + named.end(1)], 0
        elif kinds_follow == c0 and c0 and (k == len(found) or found[k].start() >= c1) and lx.deadline_clause.fullmatch(clause):
            kinds_follow = c1  # (…洒水比例，今年年底前，城市建成区达到98%: by when, then the kinds)
        elif k == len(found) or found[k].start() >= c1:  # a clause of a measure's name alone (…机械化清扫率，中心城区
            bare = clause.strip(" ，,：:")  # 达100%，区县达95%): what the places' values after it measure
            cop = next((c for c in lx.copulas if bare.endswith(c)), "")
            if cop and bare[:-len(cop)].endswith(MEASURE_ENDINGS):
                bare = bare[:-len(cop)]  # 资助额度为：重点项目…: the measure before its copula
            # (严格控制墓穴占地面积，遗体单人墓穴不超过4㎡: a verb of control before the measure's name)
            ctl = lx.control_before.match(bare)
            if ctl and bare.endswith(MEASURE_ENDINGS):
                bare = bare[ctl.end():]
            raised = lx.raise_before.match(bare) if not ctl and bare.endswith(_RATE_ENDINGS) else None
            if raised:  # (进一步提高…洒水比例，…城市建成区达到98%: the rate raised, then the places it is set for)
                bare = bare[raised.end():]
            act = lx.activity_lead.fullmatch(to_simplified(bare)) if not ctl else None
            if act:  # 广泛开展全民健身志愿服务活动，市级体育行政部门不少于14场: the activity, counted for each kind
                ctl, bare = act, bare[act.start("name"):]
            goal = lx.goal_after_measure.search(bare) if not act else None
            if goal and goal.start() > 2 and bare[:goal.start()].endswith(MEASURE_ENDINGS):
                bare = bare[:goal.start()]  # 轮胎行业的年产量目标，为7.04亿条: the measure, its goal's word aside
            if len(bare) > _TOPIC_MAX and bare.find("的", len(bare) - _TOPIC_MAX) > 0 and bare.endswith(MEASURE_ENDINGS):
                bare = bare[bare.index("的", len(bare) - _TOPIC_MAX) + 1:]  # (该市各类建设项目从立项到施工许可的审批时限，
                # 将由…压缩到…: a long name's measure, after its last 的 within reach)
            if 2 < len(bare) <= _TOPIC_MAX and (bare.endswith(MEASURE_ENDINGS) or act) and not _NOT_A_NAME.search(bare):
                topic = orig[c0 + clause.index(bare):c0 + clause.index(bare) + len(bare)]
                # (…总建筑面积：市级储备库为…: a measure set out for kinds, by a colon or a verb of control)
                # (…；经常性养护率，县道达到100%，乡道不低于60%: a rate named alone, then the kinds it is set for)
                kinds_follow = (bool(ctl) or clause.rstrip().endswith(("：", ":")) or bare.endswith(_RATE_ENDINGS)) and c1
                bodies = bool(act)  # (an activity is held by bodies: 市级体育行政部门, 各县(市、区)…部门)
        first = k
        while k < len(found) and found[k].start() < c1:
            k += 1
        if _SINK is not None:
            _AT = s0 + c0
        dated = "年" in clause and not (issued and c0 < issued.start())  # (once a clause: a clause can be a whole
        # one-line text; not the year a plan was issued, 2010年，…印发了《…》，提出…: its goals' year is after it)
        if dated:  # 2010年达到550亿公斤，2012年…; …和2035年远景目标：到2025年，…: the nearest year before
            cy = lx.year.search(clause)
            if cy and lx.meeting_named_after.match(clause, cy.end(1)):
                cy = lx.year.search(clause, cy.end())  # (…2017年…工作会议上获悉，力争“十三五”末，…: the meeting's year names it)
            if cy and first < k and found[k - 1].end() <= c0 + cy.start() and _DEADLINE.match(clause, cy.start()):
                cy = None  # …从业人员超过250万人到2035年，…: a deadline after the clause's numbers opens what follows
            if cy and 1990 <= int(cy.group(1)) <= 2100 and not _in_aside(sent, c0 + cy.start()) and \
                    not _in_title(sent, c0 + cy.start()) and not clause.endswith(lx.earlier_work_before, 0, cy.start()):
                span = lx.year_range.match(clause, cy.start())
                year = int(span.group(2) if span else cy.group(1))  # 2023年至2024年…: a span holds by its end
                listed = _YEAR_LIST.search(clause)  # 到2025年、2035年，…分别达到26%、30%: a year for each value
                years = [int(y) for y in _FOUR_DIGITS.findall(listed.group(0))] if listed else []
                if listed and clause.startswith(lx.each_year, listed.end()):
                    year, years = years[-1], []  # 2022年、2023年每年安排…: each of them, held by the last
                ranged = lx.year_range.search(clause) if not listed else None  # 2022-2025年…0.36、0.60、0.80、1.00
                spanned = list(range(int(ranged.group(1)), int(ranged.group(2)) + 1)) \
                    if ranged and 2 <= int(ranged.group(2)) - int(ranged.group(1)) + 1 <= _YEARS_IN_TURN else []
        if spill > c0 or (first < k and found[k - 1].end() > c1):
            qs = _quantities(clause, lx)  # a match crossed a clause's end: this clause is scanned alone
        elif first == k:
            quota = lx.quota_set_above.match(clause) if "下达" in clause else None
            if quota:  # 大陆自然岸线保有率不低于国家下达任务，其中2025年不低于23.2%: the clause names what its parts measure
                last_indicator = orig[c0 + quota.start(1):c0 + quota.end(1)].strip()
            continue  # no number in this clause
        else:
            qs = _quantities(clause, lx, found[first:k], c0)
        if first < k:
            spill = found[k - 1].end()
        if qs and c0 and lx.last_years_value.match(clause):  # (…目标为8%，比上一年的7.8%有所上调: last year's, the base)
            for q in qs:
                _reject(s0 + c0 + q.num_start, "baseline", "last year's value the goal before it is compared with")
            continue
        whole = lx.whole_before_parts.match(clause) if len(qs) <= 1 and "中" in clause else None
        if whole and c1 < len(sent):  # (3个示范片区中，书院街道1个，广场街道2个: the whole, then its parts by place)
            for q in qs:
                _reject(s0 + c0 + q.num_start, "qualifier", "the whole its parts are counted of (3个示范片区中，…)")
            last_indicator, splitting, split_own = orig[c0 + whole.start("name"):c0 + whole.end("name")], True, False
            continue
        if qs and clause[-1:] in "：:" and (lx.items_next.match(sent, c1) or _counts_the_list_after(sent, c1, qs[-1], lx)
                                           or lx.parts_before_colon.fullmatch(clause, qs[-1].end)):
            for q in qs:
                _reject(s0 + c0 + q.num_start, "parts", "counts the items listed next (满足3个条件：一是…)")
            continue
        if len(qs) == 1 and (clause[-1:] in "：:" or (clause[-1:] in "，," and sent.startswith("即", c1))) and \
                lx.parts_count_before.search(clause, max(0, qs[0].num_start - _PARTS_COUNT_WITHIN), qs[0].num_start) and \
                not _han_at(clause, qs[0].end):
            _reject(s0 + c0 + qs[0].num_start, "parts", "counts the items the text lists next (目标任务主要有5项，即…)")
            continue
        if qs and clause[-1:] in "，," and len(qs) == 1 and lx.names_next.match(sent, c1) and \
                lx.category_before.search(clause, 0, qs[0].num_start):
            _reject(s0 + c0 + qs[0].num_start, "parts", "counts the items it names next (…领域2个，包括A、B)")
            continue
        if not qs or lx.premise.match(clause):
            for q in qs:
                _reject(s0 + c0 + q.num_start, "baseline", "premise clause (在…的基础上)")
            continue
        if "在" in clause:
            grounds = [(m.start(), m.end()) for m in lx.premise_inline.finditer(clause)]
            within = [q for q in qs if any(a < q.num_start and q.end <= b for a, b in grounds)]
            for q in within:
                _reject(s0 + c0 + q.num_start, "baseline", "premise clause (在…的基础上)")
            qs = [q for q in qs if q not in within]
            if not qs:
                continue
        if lx.loss.search(clause) and not lx.loss_goal.search(clause):
            for q in qs:
                _reject(s0 + c0 + q.num_start, "fact", "a loss a disaster caused (受灾, 倒塌, 损失 …)")
            continue
        if (lx.event_tally.search(clause) and not lx.event_tally_goal.search(clause)) or \
                (tally_until == c0 and lx.event_tally_total.match(clause)):
            tally_until = c1  # (…共1139个，总投资达6805亿元: the tally's total goes with it)
            for q in qs:
                _reject(s0 + c0 + q.num_start, "fact", "an event's tally: what started or was signed at it (此次开工的项目共1139个)")
            continue
        chosen = [m.span() for m in lx.selection.finditer(clause)] if lx.selection.search(clause) else []
        if chosen:  # the procedure's own numbers, near its words (a clause can be a whole summary run on with spaces)
            told = [q for q in qs if any(a - _SELECTION_REACH <= q.num_start <= b + _SELECTION_AFTER for a, b in chosen)]
            for q in told:
                _reject(s0 + c0 + q.num_start, "fact", "how a list of projects was chosen (候选项目, 票决, 征集)")
            qs = [q for q in qs if q not in told]
            if not qs:
                continue
        if ((out and c0) or where_until == c0 or (not c0 and clause.startswith(("涉及", "分布")))) and \
                (lx.where_clause.match(clause) or (where_until == c0 and lx.where_clause.match("涉及" + clause.strip()))):
            where_until = c1  # (涉及6个乡镇,35个村: the list of places goes on over the commas)
            for q in qs:
                _reject(s0 + c0 + q.num_start, "qualifier", "where the work of the goal before lies (涉及6个乡镇)")
            continue
        if "分" in clause and lx.scoring_band.search(clause):
            for q in qs:
                _reject(s0 + c0 + q.num_start, "other", "a band of an assessment's scoring (85%以上得满分, 漏统1人扣0.5分)")
            continue
        if lx.scoring.search(clause) and any(q.unit in lx.score_units for q in qs):
            for q in qs:
                if q.unit in lx.score_units:
                    _reject(s0 + c0 + q.num_start, "other", "a point of an assessment's scoring (满分, 得N分, 扣N分, N分以上为A级)")
            qs = [q for q in qs if q.unit not in lx.score_units]
            if not qs:
                continue
        if clause[-1:] in "，," and c1 < len(sent) and lx.class_clause.match(clause):
            for q in qs:
                _reject(s0 + c0 + q.num_start, "qualifier", "names the class the next clause sets a goal for")
            continue
        changed = lx.split_change_after.match(clause) if split else None
        moved = [q for q in qs if q.num_start >= changed.end()] if changed else []
        if changed and len(moved) == len(split):
            # 油菜籽面积、产量分别达到1.2亿亩、1620万吨，比2014年增加618万亩、143万吨: the same items' changes
            # (…比2010年的12.4万吨、1.07万吨分别减少11.9%、15.5%: the base year's values, each item's baseline)
            bases = [q for q in qs if q.num_start < changed.end()]
            for q in bases:
                _reject(s0 + c0 + q.num_start, "baseline", "the base year's values a split's changes are measured from")
            comp, change, _ = _pre(clause[:moved[0].num_start], lx)
            base_year = _FOUR_DIGITS.search(clause, 0, changed.end())
            for n, (q, f) in enumerate(zip(moved, split)):
                out.append(Found(f.indicator, lx.post_map.get(q.post) if q.post else comp or "=", q.value, q.value_max,
                                 _unit_as_written(q, orig, c0, lx), change, f.year, f.frequency, f.scope, s0, s1,
                                 num=s0 + c0 + q.num_start, num_end=s0 + c0 + q.end,
                                 baseline=bases[n].value if len(bases) == len(moved) else None,
                                 baseline_year=int(base_year.group(0)) if base_year else None))
            _points_shared(out[-len(moved):])
            split = []
            continue
        freq = _frequency(sent, lx, c0 + qs[0].num_start, c0)
        fenbie = clause.find("分别")
        after = [q for q in qs if q.num_start > fenbie and q.base < 0] if fenbie >= 0 else []
        start = [q for q in qs if q.base >= 0]  # (管理人数由目前的8835万人分别提高到1亿人和1.1亿人: where each starts)
        if len(after) >= 2:
            named_in, orig_in = clause, orig[c0:c0 + len(clause)]
            if len(start) == 1 and start[0].base < fenbie:  # (its name ends before 由, the same length kept)
                blank = " " * (fenbie - start[0].base)
                named_in = clause[:start[0].base] + blank + clause[fenbie:]
                orig_in = orig_in[:start[0].base] + blank + orig_in[fenbie:]
            got = _distribute(named_in, orig_in, fenbie, after, year, freq, s0, s1, lx, c0,
                              last_indicator or carry)
            if len(start) == 1:
                for f in got:
                    f.baseline = start[0].value
            if len(years) == len(got) > 1:
                for f, y in zip(got, years):
                    f.year = y
                if all(not f.indicator.strip() or lx.list_joiners.fullmatch(f.indicator.strip()) for f in got):  # (到2024年、2025年，分别新建公园5个、8个:
                    # what each year's value measures; 耕地保有量2010年和2020年分别保持在…: the measure before the years)
                    listed = _YEAR_LIST.search(clause, 0, fenbie)
                    ni, nj = _trim(clause[:listed.start()], lx) if listed else (0, 0)
                    name = orig[c0 + ni:c0 + nj] if nj > ni else \
                        _named_after_each(clause, orig[c0:c0 + len(clause)], fenbie, after, lx)
                    for f in got:
                        f.indicator = name
            elif _each_year_of_a_span(got, clause, orig[c0:c0 + len(clause)], fenbie, after, spanned, lx):
                out.extend(got)
                split = got
                continue
            own = clause[fenbie + 2:after[0].num_start]  # (分别打造甲、乙典型应用场景20个、100个: names of its own)
            if (not clause[:fenbie].strip(" ，,") or lx.base_only.fullmatch(clause[:fenbie].strip(" ，,"))) and lead_in \
                    and ("、" not in own or len(_HAN.findall(own)) <= _OWN_NAMES_MIN):
                # …企业和科技型企业实现“双倍增”，分别超过90家和870家; …货邮运输量756万吨，同比分别增长6.2%…
                names = _names_before(lead_in, len(got), lx)
                if names is None and len(out) >= len(got) and all(f.unit != "%" for f in out[-len(got):]):
                    # 接待游客280万人次，完成旅游收入20亿元，分别增长16.7%和32.5%: the values of the clauses before
                    names = [f.indicator for f in out[-len(got):]]
                for f, name in zip(got, names or []):
                    f.indicator = _DIGIT_RE.split(name, 1)[0].strip() or name  # (货邮运输量756万吨: the name, not its value)
            elif len(names) == len(got) and not lead_in and _YEAR_ONLY.fullmatch(clause[:fenbie]):
                for f, name in zip(got, names):  # …；2020年分别达到98%、99%: the names of the list before
                    f.indicator = name
            if "、" in own and not any(f.indicator.strip() for f in got):
                # (分别打造“人工智能+”、“数据要素×”典型应用场景20个、100个: what the quoted names are, after them)
                thing = own[own.rfind("”") + 1:] if "”" in own else own
                ti, tj = _trim(thing, lx)
                for f in got:
                    f.indicator = thing[ti:tj]
            named = [f for f in got if f.indicator.strip()]
            # 分别安排乡村岗位2.4万个、城镇岗位0.36万个: each value names itself after 分别, read as any list
            if got and (named or not all(len(_HAN.findall(clause, a.end, b.num_start)) >= 2 for a, b in zip(after, after[1:]))):
                out.extend(named)
                split = named
                continue
        split = []
        # 二氧化硫、氮氧化物排放总量分别下降15%, 单产水平和优果率分别提升5个百分点: one value each (not 纺织和服装
        # 分别达到76亿元、44亿元规模: a second value the reader passed over)
        if len(after) == 1 and ("、" in clause[:fenbie] or (lx.list_joiners.search(clause, 0, fenbie) and
                                                           not _DIGIT_RE.search(clause, after[0].end))):
            each = _each(clause, orig[c0:c0 + len(clause)], fenbie, after[0], year, freq, s0, s1, lx, c0)
            if each:
                out.extend(each)
                continue
        prev_end = 0
        share = False
        base = -1
        base_value = None
        clause_first = len(out)
        # (once a clause: a clause can be a whole one-line plan)
        # (…，其中龙头企业21家: the clauses after it go on reporting until one is cued)
        opening = clause.lstrip() if cued and not framed and not reported else ""
        reported = cued and not framed and not lx.cues.search(clause) and (reported or (
            opening.startswith(lx.holding_words) and bool(lx.statistic.match(opening))))
        for qi, q in enumerate(qs):
            nxt = qs[qi + 1] if qi + 1 < len(qs) else None  # (the next number: qs run in order, one a place)
            if share and "、" in clause[prev_end:q.num_start]:
                share = False  # 30%以上的行政村达到…、50%以上的乡镇达到…: a list of shares, each its own target
                prev_end = clause.rfind("、", prev_end, q.num_start) + 1
            if share:
                _reject(s0 + c0 + q.num_start, "qualifier", "what a share does")
                continue  # 80%的学校形成至少1项特色: what the share does, a condition, not a target of its own
            if q.unit == "%" and clause[q.end:q.end + 1] in "（(：:" and lx.slogan_rate.search(clause, max(0, q.num_start - 3), q.num_start):
                prev_end = q.end + 1  # (the first part's name starts after the bracket)
                _reject(s0 + c0 + q.num_start, "name", "a slogan of rates, its parts named after it (三个90%（普及率90%…）)")
                continue
            if q.base >= 0:
                base = q.base if base < 0 else base
                base_value = q.value
                _reject(s0 + c0 + q.num_start, "baseline", "from-value")
                continue  # 从76.3岁提高到78岁: where it starts; the indicator ends before 从
            gap = _MODAL_GAP.match(sent, c0 + q.end).end() if not q.own_change else -1
            compared = lx.compared_value_before.search(clause, max(prev_end, q.num_start - 24), q.num_start) \
                if gap >= 0 and lx.change_re.match(sent, gap) else None
            if compared:
                i, j = _trim(clause[prev_end:compared.start()], lx)  # (森林覆盖率比2020年的42%将提高…: the measure
                based_name = orig[c0 + prev_end + i:c0 + prev_end + j] if j > i else ""  # before the base, for the change)
                prev_end = q.end
                _reject(s0 + c0 + q.num_start, "baseline", "the base year's value a change is measured from")
                continue  # 较2011年实际完成的1782个增长18%
            wstart = max(prev_end, q.num_start - 10)
            comp, change, cut = _pre(clause[wstart:q.num_start], lx)
            if change and not comp and to_simplified(q.unit) in lx.upgraded_events and \
                    clause[wstart + cut:q.num_start].strip() in lx.upgrade_verbs and \
                    not clause[:wstart + cut].rstrip().endswith(MEASURE_ENDINGS + tuple(lx.upgraded_events)):
                change, cut = None, q.num_start - wstart  # (开展技能提升30场次: sessions of upgrading work, named by it)
            if change is None and q.unit == "%" and \
                    (strive := _CHANGE_THEN_STRIVE.search(clause, max(prev_end, q.num_start - 16), q.num_start)):
                # 保持固定资产投资稳定增长、力争达到3%: the rate of the change it strives for
                change = lx.change_map[strive.group(1)]
                wstart = min(wstart, strive.start())
                cut = strive.start() - wstart
            if comp is None and q.unit == "%" and clause[q.num_start - 1:q.num_start] == "的":
                far = lx.share_bound_before.search(clause, max(prev_end, q.num_start - _SHARE_BOUND_WITHIN), q.num_start)
                if far:  # 不得超过职工代表总数的20%: the bound on a share of a whole named between
                    comp, cut = lx.pre_map[far.group(1)], far.start() - wstart
            if q.unit in lx.text_length_units and not comp and not q.post and not q.comparator:
                prev_end = q.end
                _reject(s0 + c0 + q.num_start, "other", "a text's length, no limit set on it (规划文本50页, 省略584字)")
                continue
            if change and base_value is not None and clause[wstart:q.num_start].rstrip().endswith("为"):
                change = None  # 从6趟增加为16趟: the level it is brought to from where it starts, as 提高到
            if change and q.unit in lx.upgrade_units and _han_at(clause, q.end) and \
                    clause[wstart:q.num_start].rstrip().endswith(lx.upgrade_words):
                change = None  # 改造提升1个区域性养老服务中心: the things worked on, counted
            if change is None and q.unit == "%" and lx.change_after.match(clause, q.end):
                change = "increase"  # 收入保持10%左右的年增长: the rate is a growth
            if change is None and q.unit == "%" and (pace := lx.pace_after.match(clause, q.end)) and \
                    (paced := lx.pace_before.search(clause, wstart, q.num_start)):
                change, cut = lx.change_map[pace.group(1)], min(cut, paced.start() - wstart)  # 年均以8%的速度增长
            if change is None and q.unit == "%" and "目标" in clause[max(prev_end, q.num_start - 12):q.num_start]:
                named = lx.change_goal_before.search(clause, max(prev_end, q.num_start - 12), q.num_start)
                change = lx.change_map[named.group(1)] if named else None  # 经济增长预期目标为7.5%: a growth
                if change is None and lx.level_goal_before.search(clause, max(prev_end, q.num_start - 16), q.num_start):
                    change = "increase"  # 漯河GDP预期目标为7%以上: a level's goal in % is its growth
            # 80%的学校达到…: a share, the target; 年均增长10%以上的企业…: a growth that describes them
            share = q.unit == "%" and clause[q.end:q.end + 1] == "的" and not change
            if share and lx.named_standard.match(clause, q.end + 1):
                _reject(s0 + c0 + q.num_start, "qualifier", "names a standard")
                continue  # 执行居住建筑节能65%的地方标准: the standard's name, not a share to reach
            raw_end = wstart + cut
            if base >= max(prev_end, 0):  # (a clause opening on 由: the clause before names it)
                raw_end = min(raw_end, base)
            if q.unit in lx.rank_units and _han_at(clause, q.end) and \
                    lx.place_won_before.search(clause, max(prev_end, q.num_start - 4), q.num_start):
                _reject(s0 + c0 + q.num_start, "qualifier", "a place won that a reward is for (获得1-8名奖励…)")
                continue
            if q.unit in lx.rank_units and clause[q.num_start - 1:q.num_start] == "前" and len(clause) - q.end <= 2 \
                    and not clause[q.end:].strip(" ，,") \
                    and lx.reward_next.match(sent, c1):
                _reject(s0 + c0 + q.num_start, "qualifier", "a rank that says whom the reward after it is for (…的前五名，奖励1万元)")
                continue
            rank = lx.rank_before.search(clause, max(prev_end, q.num_start - 16), q.num_start) \
                if q.unit in lx.rank_units else None
            if rank and len(out) > clause_first and out[-1].num >= 0 and out[-1].unit not in lx.rank_units and \
                    0 <= rank.start() - (out[-1].num_end - s0 - c0) <= _COUNTED_GAP and \
                    not _LIST_MARK.search(clause, out[-1].num_end - s0 - c0, rank.start()):
                prev_end = q.end
                _reject(s0 + c0 + q.num_start, "qualifier", "the rank the count before it reaches")
                continue  # 1家进入全球设计企业前十位: one firm to reach the top ten, the count is the target
            if rank and (rank.group(0).lstrip().startswith("前") or (q.before_de and not lx.goal_noun.match(clause, q.end))) \
                    and _han_at(clause, q.end) and clause[q.end:q.end + 1] not in lx.rank_not_subject and qs[-1].num_start > q.end:
                # (全球排名前10位的水电站中国将有5座: the ranked ones, described by 的, whatever the verb before)
                _reject(s0 + c0 + q.num_start, "qualifier", "the top ones a later value measures")
                continue  # 前5位钢铁企业产业集中度达到40%: which firms, not a place to reach
            if rank:  # 综合排名进入全省前20名: a place to reach, at most the 20th
                named = clause[max(prev_end, rank.start() - _RANK_NAME_WITHIN):rank.start()].strip(" ，,")
                # (力争进入全省前10名: a filler before it and no name, the place ranked in names it: 进入全省)
                whole = bool(named) and bool(lx.filler_re.fullmatch(to_simplified(named)))
                comp, raw_end = "<=", min(raw_end, rank.end() - (rank.group(0).endswith("前")) if whole else rank.start())
            if comp is None:  # 不低于学校年度公用经费预算总额的5%: the comparator governs a phrase ending in 的
                far = lx.distant.search(clause, max(prev_end, q.num_start - 40), q.num_start)
                if far:
                    comp = lx.pre_map[far.group(1)]
                    raw_end = far.start()
            verb = bool(lx.verb_end.search(clause, raw_end, q.num_start))
            measured = _measure_value(clause, q, prev_end, lx)
            if "的" in clause[q.end:q.end + 6] and lx.rewarded_after.match(clause, q.end):
                prev_end = q.end
                _reject(s0 + c0 + q.num_start, "qualifier", "the condition for a reward (对完成率达到90%以上的县区给予奖励)")
                continue
            if q.article and q.unit in lx.vague_counters and not q.post:
                prev_end = q.end  # (突破一批政策处理: 突破 reads as a bound, but 一批 is no amount to pass)
                _reject(s0 + c0 + q.num_start, "qualifier", "describes a thing (…的, 一批)")
                continue
            if (q.before_de or q.article) and not comp and not (
                    q.unit in lx.time_quota_units and lx.time_quota_before.search(clause, max(prev_end, q.num_start - 12), q.num_start)) \
                    and not (q.article and q.unit not in lx.vague_counters and lx.article_quota_before.search(
                        clause, max(prev_end, q.num_start - lx.article_quota_within), q.num_start)) \
                    and not (q.post in lx.approx_after and q.unit in lx.class_count_units) \
                    and not measured and not (q.before_de and lx.task_of_de.match(clause, q.end)) \
                    and not (q.before_de and lx.added_before_de.search(clause, max(prev_end, q.num_start - 6), q.num_start)):
                # (支持300所左右的…学校: a count; 形成20亿元以上的产值, 成为产值30亿元以上的产业: the measure's value)
                if not q.before_de or _LIST_MARK.search(clause, prev_end, q.num_start) is None:
                    prev_end = q.end  # (甲率、乙率、500年以上的古树覆盖率均达100%: a qualifier inside a list of names keeps the list)
                _reject(s0 + c0 + q.num_start, "qualifier", "describes a thing (…的, 一批)")
                continue  # 1.5万元以下的项目 / 形成一批: describes, sets nothing
            growth_de = change and not share and q.unit == "%" and clause[q.end:q.end + 1] == "的"
            if not verb and not comp and q.unit != "%" and _han_at(clause, q.end) and _rate_of_set(clause, q, nxt, lx) and \
                    not lx.verb_end.search(clause, max(prev_end, q.num_start - 4), q.num_start):
                prev_end = q.end
                _reject(s0 + c0 + q.num_start, "qualifier", "the set a later rate is measured over (116个断面…比例控制在4%)")
                continue
            if _SET_BEFORE_COUNT.match(clause, q.end):
                prev_end = q.end
                _reject(s0 + c0 + q.num_start, "qualifier", "the set a later count is drawn from (150项工程范围的30处)")
                continue
            if clause[q.num_start - 1:q.num_start] == "等" and q.unit in lx.list_count_units and \
                    any(x.num_start > q.end and x.unit != q.unit and not x.article for x in qs):  # (not 和10个基地, 及一批)
                prev_end = q.end
                _reject(s0 + c0 + q.num_start, "qualifier", "how many things the list before names (甲、乙等9种…达到4.5亿吨)")
                continue
            if (q.post or lx.size_word_after.match(clause, q.end)) and q.unit and q.unit not in lx.class_count_units \
                    and lx.class_head_after.match(clause, q.end):
                prev_end = q.end
                _reject(s0 + c0 + q.num_start, "qualifier", "the size of the things a goal is for (20户以上自然村)")
                continue  # 年产生100吨以上危险废物的企业通过审核: which firms, by what they produce, not how many
            if q.before_de and q.unit != "%" and lx.size_class_before.search(clause, max(prev_end, q.num_start - 16), q.num_start) \
                    and not measured and not lx.task_of_de.match(clause, q.end):  # (…达到1200亿元的增长目标: the goal's level)
                prev_end = q.end
                _reject(s0 + c0 + q.num_start, "qualifier", "a class of things by their size (面积超过2万平方米的建筑)")
                continue
            if not comp and nxt is not None and (lx.other_condition.fullmatch(clause, q.end, nxt.num_start) or (
                    nxt.before_de and lx.listed_condition.fullmatch(clause, q.end, nxt.num_start) and
                    lx.batch_before.search(clause, max(0, q.num_start - _BATCH_WITHIN), q.num_start))) and \
                    (nxt.before_de or (nxt.post and lx.class_head_after.match(clause, nxt.end))):
                prev_end = q.end
                _reject(s0 + c0 + q.num_start, "qualifier", "one of the conditions that name a class (1万人或日供水1000吨以上的)")
                continue  # 供水人口在10000人或日供水在1000吨以上的水源地: which sources, by either size
            if q.before_de and comp and len(out) > clause_first and out[-1].num >= 0 and \
                    0 <= q.num_start + s0 + c0 - out[-1].num_end <= _COUNTED_GAP + (q.num_start - raw_end) and \
                    not _LIST_MARK.search(clause, out[-1].num_end - s0 - c0, q.num_start):
                prev_end = q.end
                _reject(s0 + c0 + q.num_start, "qualifier", "describes what the count before it counts")
                continue  # 培育5-10家销售收入超过20亿元的骨干企业: the bound names the firms counted
            if q.before_de and ((nxt is not None and nxt.unit != "%" and _CLASS_THEN_COUNT.fullmatch(clause, q.end, nxt.num_start)
                                 and not lx.task_of_de.match(clause, q.end))  # (1.2万亩的造林任务和3000亩的…任务: each its own)
                                or lx.batch_before.search(clause, max(0, q.num_start - _BATCH_WITHIN), q.num_start)):
                prev_end = q.end
                _reject(s0 + c0 + q.num_start, "qualifier", "describes what a count counts (收入超百亿元的企业39家, 一批…的企业)")
                continue
            if (q.before_de or growth_de) and _governs_later(clause, q, nxt, lx):
                if growth_de:
                    prev_end = q.end  # (the growth's change word is not the later number's)
                _reject(s0 + c0 + q.num_start, "qualifier", "describes what a later number counts")
                continue  # 年主营业务超过1000亿元的名牌企业达到10家: the bound names the firms counted
            if q.post in lx.class_posts and not comp and nxt is not None and nxt.unit != q.unit and \
                    q.unit not in lx.class_count_units and q.unit not in lx.people_units and \
                    _han_at(clause, q.end) and not lx.verb_start.match(clause, q.end) and not lx.class_post_not_noun.match(clause, q.end):
                prev_end = q.end
                _reject(s0 + c0 + q.num_start, "qualifier", "a bound right before the noun it classes (800公里以上航线每位旅客收取10元)")
                continue  # 5000亩以上基地每个补助20万元: which bases, the later number is what is set
            if q is qs[0] and len(qs) > 1 and not comp and not change and q.comparator is None and not q.post \
                    and _han_at(clause, q.end) and not share and _opens_clause(clause, q.num_start) \
                    and not _rank_follows(clause, q, qs[1], lx) and \
                    not (qs[1].unit == q.unit and lx.list_joiners.match(clause, qs[1].num_start - 1) and not qs[1].before_de):
                # (not 640项甲事项和360项乙事项实现…: two counts of one kind, each naming its own)
                _reject(s0 + c0 + q.num_start, "qualifier", "opens the name of what a later number measures")
                continue  # 24小时晴雨预报准确率从85.9%提升到90%: the 24 hours are part of the indicator's name
            if q.unit in ("%", "‰") and clause[q.num_start - 1:q.num_start] == "前" and \
                    lx.rank_share_counted.search(clause, max(0, q.num_start - _RANK_SHARE_WITHIN), q.num_start):
                prev_end = q.end
                _reject(s0 + c0 + q.num_start, "qualifier", "the top share that names the class counted (3个学科进入ESI前1%)")
                continue
            if "基础上" in clause and lx.base_count_before.search(clause, max(prev_end, q.num_start - 8), q.num_start) \
                    and lx.base_count_after.match(clause, q.end):
                prev_end = q.end
                _reject(s0 + c0 + q.num_start, "baseline", "what a rise starts from (在原有386张病床的基础上新增…)")
                continue
            if "面积" in clause and lx.planned_area_before.search(clause, max(prev_end, q.num_start - 14), q.num_start):
                prev_end = q.end
                _reject(s0 + c0 + q.num_start, "fact", "the area a zone is laid out over (园区规划面积为29.6平方公里)")
                continue
            if lx.existing_before.search(clause, max(0, q.num_start - 4), q.num_start) and lx.changed_after.match(clause, q.end):
                prev_end = q.end
                _reject(s0 + c0 + q.num_start, "baseline", "what exists, which the goal changes (将现有79个…减少50%)")
                continue
            # (有榨菜生产企业41家，…生产能力60万吨以上: a clause opening on a count reports it, whatever a later
            # clause sets)
            if not comp and not change and q.comparator is None and not q.post and (reported or not cued and (
                    statistic or lx.statistic_end.search(clause, max(prev_end, q.num_start - 2), q.num_start))):
                statistic = True
                prev_end = q.end
                _reject(s0 + c0 + q.num_start, "fact", "statistic (有, 共, 占 …)")
                continue  # 小学有449所，在校生297693人: statistics, not commitments
            i, j = _trim(clause[prev_end:raw_end], lx)
            i, j = i + prev_end, j + prev_end
            if change is None and clause[i:i + 1] in lx.again_before_change and lx.change_re.match(clause, i + 1, j):
                i += 1  # 再降低能耗5%: once more, the change verb after it
            if change is None and j - i > 6 and q.unit not in lx.class_count_units and not lx.change_re.match(clause, i, j):
                doer = lx.subject_verb.match(clause[i:j])
                if doer and lx.change_re.match(clause, i + doer.end(), j):
                    i += doer.end()  # 咸宁市将压减珍珠养殖8396亩: who is to cut, then the cut (增加班级270个 counts new ones)
            opener = lx.change_re.match(clause, i, j) if change is None else None
            if opener and opener.group(1) in lx.upgrade_verbs and to_simplified(q.unit) in lx.upgraded_units:
                opener = None  # (提升公交站台10个, 提升机耕路2000米: the work of upgrading them, its verb kept in the name)
            if opener and j - i > len(opener.group(1)) and not lx.verb_start.match(clause, opener.end()) \
                    and clause[opener.end():opener.end() + 1] not in lx.rate_after_change:
                # 提高学校整体质量指标10%以上: the verb opens the clause (提升改建…12家, 提升达五星标准书屋
                # 10个: counts of what is upgraded)
                change, i = lx.change_map[opener.group(1)], opener.end()
                if clause[j - 1:j] in ("到", "至") and j - i > 1:  # 提高农民收入到2万元: the level it reaches
                    change, j = None, j - 1
            scope = None
            # 打造200个甲、1000个以上乙: a list item that opens with its number names what follows it
            opens_item = bool(prev_end) and clause[prev_end:q.num_start].rstrip(" 达到为").endswith("、")
            # 洛阳市、南阳市不低于45%, 直辖市及省会城市30%以上: places, of the indicator named before
            # (着力提高项目落地率和资金到位率，年内新签约项目150个以上: a rate named before counts measures none of them)
            unit_as = lx.aliases.get(q.unit, q.unit)
            fits = bool(topic) and (not topic.endswith(_RATE_ENDINGS) or unit_as in lx.rate_signs or _same_series("%", unit_as))
            alone = not _han_at(clause, q.end) and (fits or (
                _same_series(places_unit, lx.aliases.get(q.unit, q.unit)) and
                (_bare_place(clause[i:j], lx) or names_places(clause[i:j], lx))))
            # (…总建筑面积：市级储备库为…: a kind right after the clause that set the topic out, or after a kind)
            kind_follows = bool(kinds_follow) and (kinds_follow == c0 or bool(out and out[-1].scope and out[-1].indicator == topic))
            reach = next((w for w in lx.reach_after if clause.startswith(w, q.end)), "")  # (…之间实现1小时通达)
            # (the places a travel time joins are its measure whole: 主要城市至相邻省会城市, not 城市 as a group)
            places = not opens_item and not reach and (last_indicator or alone) and j > i and (
                # (营业收入3000亿元以上的开发区达到5个: a class of places counted, no place the measure before is for)
                (names_places(clause[i:j], lx) and clause[i - 1:i] != "的") or (alone and fits and (_bare_place(clause[i:j], lx) or (
                    kind_follows and _names_a_kind(clause, i, j, bodies, lx)))) or
                _groups(clause[i:j], lx) or (
                    # 城镇居民人均可支配收入增长6%，农村居民增长7%: a group alone, the measure named before in its unit
                    bool(out) and (to_simplified(clause[i:j]) in lx.groups_alone or lx.group_name.fullmatch(clause, i, j)) and
                    _same_series(lx.aliases.get(out[-1].unit, out[-1].unit), lx.aliases.get(q.unit, q.unit))) or
                _split_part(clause, i, j, q, out, lx, splitting and not split_own, k < len(found), places_unit))
            split_own = split_own or (splitting and not places)
            # (甲中学、乙中心小学共8所: a list of names, each ending in its kind, no group)
            found_scope = lx.scope_end.search(clause, i, j) if not opens_item and not places and not reach and \
                clause.find("、", i, j) < 0 else None
            if found_scope and (lx.verb_end.search(clause, i, found_scope.start()) or lx.verb_start.match(clause, i)):
                found_scope = None  # 改扩建小学5所, 新建中小学15所: what is built, not a group the value is for
            if found_scope:
                sc = found_scope.group(1)
                i2, j2 = _trim(clause[i:j - len(sc)], lx)
                # 小学2.3间 after an indicator, 义务教育入学率小学…: a group; 新建幼儿园12所: the thing counted
                if (j2 == i2 and last_indicator) or j2 - i2 >= 3:
                    scope, j = orig[c0 + j - len(sc):c0 + j], j - len(sc)
                    i, j = i + i2, i + j2
            elif not opens_item and not places and not reach and (cut_at := _group_after_measure(clause, i, j, lx)):
                scope, j = orig[c0 + cut_at:c0 + j], cut_at  # 知晓率城镇居民要达到85%以上: the measure, then whose
            indicator = orig[c0 + i:c0 + j]
            if 0 < j - i <= _COUNTED_NOUN_MAX and out and out[-1].num_end == s0 + c0 + prev_end and not scope and \
                    not clause[prev_end:i].strip() and out[-1].unit != q.unit and \
                    to_simplified(out[-1].indicator).endswith(to_simplified(indicator)):
                indicator = out[-1].indicator  # 续建7个项目722公里: the length of the projects just counted
            alt = _UNIT_ASIDE.match(clause, q.end) or _PARTS_ASIDE.match(clause, q.end)  # 40条(个)河湖: the unit's
            q_after = alt.end() if alt else q.end  # other counter; 600个(省级200个，市级400个)基地: the total's parts
            after = clause[q_after:q_after + 60]  # bounded: a clause can be a whole one-line plan
            if after[:1] in (" ", "\t", "\u3000") or clause.startswith(lx.milestone_after, q.end) or reach:
                after = ""  # 基本建成任务700套 城镇老旧小区改造…: a gap after the unit ends the cell, nothing counted follows
                # (nor is 突破100万人大关 a count of 大关, nor 实现1小时通达 one of 通达: the places before are measured)
            stop = _noun_stop(after, lx)
            # 培育10个以上具有较高品牌影响力的全民健身赛事: a verb alone before the number, so the name after it
            # is all there is, however long
            before_num = clause[max(prev_end, q.num_start - 8):q.num_start].strip()
            verb_alone = len(before_num) <= 2 or (lx.verb_alone.fullmatch(before_num) and lx.verb_end.search(before_num))
            longest = _NOUN_AFTER_VERB_MAX if verb_alone else _NOUN_MAX
            if stop and stop.group(0).isdigit():  # 3家营业收入超过100亿元的龙头企业: a bound with 的 inside the name
                bound = _BOUND_DE.match(after, stop.start()) or _GRADE.match(after, stop.start())
                if bound:  # (6个5000吨级泊位: a class inside the name)
                    longest += bound.end() - bound.start()
                    stop = lx.noun_stop.search(after, bound.end())
            inner = _INNER_ASIDE.match(after, stop.start()) if stop and after[stop.start()] in "（(" else None
            if inner:  # 153个乡镇(街道)未成年人保护站: a short aside inside the name
                stop = lx.noun_stop.search(after, inner.end())
            a_i, a_j = _trim(after[:stop.start()] if stop else after, lx)
            if stop and after[stop.start():stop.start() + 1] == "、":
                head = _LISTED_HEAD.match(after, stop.start())
                if head:  # 500个中药材、苗木花卉、森林食品等示范基地, 4座以上功能齐全、设备完善的专业电竞馆: what is
                    # counted is the head after 等 or after the modifiers' 的
                    a_i, a_j = head.span(1)
            joined = None
            if stop and stop.group(0)[:1].isdigit():
                joined = lx.joiner_end.search(after, a_i, a_j)
                if joined:  # 4个国家湿地公园和2个省级湿地公园: the conjunction joins the next count, names nothing
                    a_j = joined.start()
                elif lx.joiner_start.match(after):  # 学校20所和医院6所: the name after the conjunction is the next count's
                    a_j = a_i
            noun = orig[c0 + q_after + a_i:c0 + q_after + a_j]
            if noun[:1] == "等":
                noun = ""  # 更换水泵机组15台套等更新改造工程: 等 closes a list of works, what follows is their kind
            if clause[q_after + a_j:q_after + a_j + 1].isdigit() and (lx.task_end.search(clause, q_after + a_i, q_after + a_j)
                                                                      or lx.next_clause_verb.match(after)):
                noun = ""  # 1062个小区、343420户完工任务1277个, 种植5万亩实现产值10亿元: the next number's label, not what is counted
            if noun and (lx.goal_first is None or clause[q.end:q.end + 1] in lx.goal_first) \
                    and lx.goal_noun.match(clause, q.end):
                noun = ""  # 综合利用率不低于95%的目标: the goal is the sentence's frame, not what is counted
            if noun and q.unit == "%" and lx.pace_after.match(clause, q.end):
                noun = ""  # 年均以8%的速度增长: the pace of the change named before, no thing counted
            if noun and len(noun) > longest and (lx.verb_end.search(clause, i, j) or verb):
                longest = _NOUN_AFTER_VERB_MAX
            whom = None  # 为43户…家庭开展无障碍改造工作: whom the work is for, named with the work (below)
            if len(noun) > longest and not (whom := _for_whom(clause, prev_end, q, lx)):
                cut = lx.activity_after_counted.search(noun, 2)  # 帮助43户…家庭开展…: what is counted ends at the activity
                noun = noun[:cut.start()] if cut and "的" not in noun[:cut.start()] else noun
            if len(noun) > longest and "的" in noun and not share:  # 6家以上市场规模居同行业前列的法人金融机构:
                head = noun[noun.rindex("的") + 1:]  # what is counted is the head after its long modifier
                noun = head if 2 <= len(head) <= longest else noun
            aside = _TRAILING_ASIDE.search(clause, i, j)  # 建成(改扩建)11个: the verb before its aside
            ends_in_verb = (bool(lx.verb_end.search(clause, i, aside.start() if aside else j)) or verb) and noun
            if not ends_in_verb and len(noun) >= 2 and not comp and not change and not share and j > i and \
                    lx.counted_first.match(noun) and _HAN.match(clause, j - 1) and \
                    not to_simplified(clause[i:j]).endswith(MEASURE_ENDINGS):
                # 投入4亿元重点整治939座存在安全隐患的山塘水库, 计划邀请3000名海外华裔青少年: words before the number
                # that name no measure (率, 量, 规模 …) are what is done; what is counted follows the number
                ends_in_verb = True
            between = clause[j:q.num_start].strip()
            if noun and not places and not comp and q.unit != "%" and between.endswith((*lx.total_words, "的")):
                # 纳入…范围的30处新建大型灌区: a modifier before, what is counted after (the noun); 用于五县共计55个乡镇的
                # 兽医站建设: a total of what follows
                indicator = ""
            if places:
                # (其余乡镇各2个: each of them; 重点项目每项5万元: each one, per 每项, which _frequency reads)
                scope, indicator = lx.per_tail.sub("", indicator.rstrip("各均")) or indicator, ""
                own_unit = lx.aliases.get(q.unit, q.unit)
                if change is None and out:  # 能耗降低10%，省会城市15%: the places' cut too (the change of the value
                    # in their unit: 投资22亿元，增长47%，其中甲县2.4亿元 are parts of the 22亿元)
                    change = next((f.change for f in reversed(out) if f.unit == own_unit), out[-1].change)
                if splitting and out and out[-1].unit != own_unit:
                    total = next((f for f in reversed(out) if f.unit == own_unit), None)
                    indicator = total.indicator if total else ""  # (…39座，预计投资5857万元，其中…3座: that total's)
            rate = lx.annual_rate.search(clause, prev_end, q.num_start) if not scope and (last_indicator or topic) else None
            if rate and (not indicator or rate.group(0).endswith(to_simplified(indicator))):
                # …达到6000亿元，年均增长15%, …，年均复合增长率10%: the yearly rate of what the clause before named
                indicator = (last_indicator or topic) + orig[c0 + rate.start():c0 + rate.end()]
            if topic and not scope and (indicator.strip() in lx.copulas or to_simplified(indicator.strip()) in lx.modals_alone):
                indicator = ""  # (…年产量目标，为7.04亿条 / 在旅游业年收入方面，有望超过25亿元: the copula or modal names
                # nothing, the clause before did)
            if scope or (not indicator and not noun):
                indicator = indicator or last_indicator or topic or (carry if places_unit else "")
                # (总量达到125万户，其中企业达到43万户、个体工商户达到80.5万户: each part's own 企业总量, 个体工商户总量)
                generic = to_simplified(indicator)
                if scope and out and out[-1].scope and generic.startswith(to_simplified(out[-1].scope)):
                    generic = generic[len(out[-1].scope):]
                if scope and generic in lx.generic_totals:
                    indicator = scope + generic
            elif share and noun and (not indicator or lx.filler_re.fullmatch(to_simplified(indicator))):
                indicator = noun  # 将90%的关键栖息地纳入有效保护范围: a share's whole is after it, however long
            elif noun and q.unit == "%" and lx.base_rate_before.match(to_simplified(clause[max(prev_end, q.num_start - 24):q.num_start].strip())):
                indicator = noun.lstrip("在")  # 按照实际发生额的100%在税前加计扣除: what is done with the share
            elif noun and len(noun) <= longest and (indicator.endswith("等") or "、" in indicator):
                # 为城东小学、河西中学等5所学校…, 新建甲、乙、丙3座污水处理站: what is counted, not the names
                # (江西将建成甲改扩建等4个项目: after whose will, what it will do; not a verb inside a name)
                modal = None if lx.verb_start.match(clause, i) else _MODAL.search(clause, i, j)
                at = modal.end() if modal else i
                verb = lx.verb_start.match(clause, at)
                indicator = (orig[c0 + at:c0 + verb.end()] if verb else "") + noun
            elif opens_item and noun and len(noun) <= longest:
                verb = lx.verb_start.match(clause, i)
                indicator = (orig[c0 + i:c0 + verb.end()] if verb else "") + noun
            elif noun and q.unit != "%" and comp and lx.intent_end.search(to_simplified(indicator)):
                indicator = noun  # 市自来水集团还计划至少更换80万支智能远传水表: who plans it names no measure
            elif noun and (whom := whom or _for_whom(clause, prev_end, q, lx)):
                # 为200名老年人提供家庭照护床位服务: whom the work is for and the work, one name (为400家图书馆配置20万台…:
                # the work's object is the next count's, the group alone)
                cut = lx.activity_after_counted.search(noun, 2)
                indicator = noun if not cut else whom.group(0)[0] + noun if len(noun) - cut.end() >= 2 else noun[:cut.start()]
            elif noun and q.post in lx.time_limit_posts and q.unit in lx.time_limit_units and len(noun) <= longest \
                    and lx.time_limit_start.search(indicator):
                indicator = noun  # 自受理之日起5个工作日内办结: the act limited, not when the count starts
            elif not noun and q.post in lx.time_limit_posts and q.unit in lx.time_limit_units and \
                    clause[max(prev_end, q.num_start - 2):q.num_start].rstrip().endswith(("在", "于")) and \
                    _HAN_ONLY.fullmatch(clause, q_after, len(clause.rstrip("。；;，, "))):
                # 工作人员在30分钟内到达现场: the act limited (its verb, 到达, stops a counted noun), not who does it
                indicator = orig[c0 + q_after:c0 + len(clause.rstrip("。；;，, "))]
            elif (len(indicator) <= 6 or ends_in_verb) and len(noun) <= longest and not lx.task_end.search(clause, i, j):
                # 培养5-8名青年教师, 为老年人提供1次免费体检, 80%的学校: what is counted follows the number;
                # a filler alone before it (全市80%的学校) goes, as it would before any indicator
                # (在现有学校的基础上新增10所学校: what a rise starts from before the number, what it counts after)
                indicator = noun if noun and (lx.filler_re.fullmatch(to_simplified(indicator)) or
                                              lx.base_phrase.fullmatch(clause, prev_end, raw_end)) else indicator + noun
            if topic and not noun and not scope and indicator and lx.topic_verb.fullmatch(to_simplified(indicator)):
                ti, tj = _trim(to_simplified(topic), lx)  # 海岛接线公路及岛内路网方面，计划建成71.66公里: the
                indicator = topic[ti:tj] or topic  # topic is what is built
            # (a bare value joined by 、 to a target of this clause goes on in its measure: …参保率达到95%以上、力争实现100%)
            goes_on = bool(out) and out[-1].num >= s0 + c0 and clause[prev_end:raw_end].lstrip().startswith("、")
            if ((not indicator or lx.allocation_alone.fullmatch(to_simplified(indicator))) and lead_in.rstrip().endswith(("：", ":"))) \
                    or (lead_in and lx.amount_alone.fullmatch(to_simplified(indicator)) and not _DIGIT_RE.search(lead_in)):
                # 基础作业：控制在20分钟内; 教育类支出：安排31652万元; 要去实施城市更新项目，数量为500个: what the clause before names
                li, lj = _trim(to_simplified(lead_in), lx)
                indicator = lead_in[li:lj] if lj - li <= 15 else indicator
            elif lead_in and (not indicator or lx.filler_re.fullmatch(to_simplified(indicator))):
                # 2012年展会数量总数，力争达到2100个: the clause before names it (力争 alone names nothing);
                # …补助标准新增30元，平均每人每年不低于450元: or the target before it goes on; …参保率达到95%以上、力争实现
                # 100%: a target of this clause right before it, whose measure the bare value goes on in
                indicator = (last_indicator if goes_on and last_indicator else None) or _topic(lead_in, lx) or \
                    (indicator and last_indicator) or (_parts_whole(lead_in, lx) if clause.lstrip().startswith(
                        lx.parts_opener) else "") or indicator
            if not comp and clause[prev_end:raw_end].lstrip().startswith("、") and out and \
                    out[-1].unit == lx.aliases.get(q.unit, q.unit) and out[-1].comparator != "range" and \
                    not (q.post in lx.approx_after and out[-1].comparator == "<=") and \
                    not _OWN_VERB.search(clause, prev_end, raw_end):  # (…95%以上、力争实现100%: its own verb)
                comp = out[-1].comparator  # 小学达到1:19、初中1:13.5: the list shares its comparator (not 失业率
                # 控制在4%以内、新增创业人数27万人: another measure; nor a range, 2到3家、一级企业20家: its own value)
                if change is None and out[-1].num >= s0 + c0:  # 降低交易成本约8亿元、人工成本约40亿元: and its change
                    change = out[-1].change
            elif change is None and out and out[-1].num >= s0 + c0 and (indicator == out[-1].indicator or not indicator or
                                                                         lx.filler_re.fullmatch(to_simplified(indicator))) and \
                    out[-1].unit == lx.aliases.get(q.unit, q.unit) and clause[prev_end:raw_end].lstrip().startswith("、"):
                change = out[-1].change  # (地区生产总值增长7%以上、力争达到8%: the same measure's change, its own bound)
            elif change is None and out and out[-1].change and out[-1].num >= s0 + c0 and not comp and \
                    clause[prev_end:raw_end].lstrip().startswith("、") and _same_dimension(out[-1].unit, q.unit) and \
                    not _OWN_VERB.search(clause, prev_end, raw_end) and \
                    not lx.verb_start.match(clause, clause.index("、", prev_end) + 1):
                change = out[-1].change  # 减少用煤269万吨、烟尘排放约3769吨: a list's cut in one dimension, its scales apart
                # (…、新建锅炉3000吨: an item with its own verb is not cut)
            elif change is None and out and out[-1].change and out[-1].num >= s0 and not comp and q.unit == "%" and \
                    out[-1].unit == "%" and prev_end == 0 and c0 and sent[c0 - 1] in "，," and \
                    _bare_growth_item(clause[:raw_end], lx):
                change = out[-1].change  # 地区生产总值增长7%，财政收入8%: the items after a growth name only what grows
            comparator = "range" if q.comparator == "range" else \
                (lx.post_map.get(q.post) if q.post and not ((comp == "<=" or (comp == ">=" and _FLOOR_BEFORE.search(
                    clause, max(0, q.num_start - 4), q.num_start))) and q.post in lx.approx_after) else None) \
                or q.comparator or comp or "="  # 控制在4%左右: a ceiling, 达到12万亿元左右: a floor, approximately
            if comparator == "=" and places and splitting and not change and \
                    (total := next((f for f in reversed(out) if f.unit == lx.aliases.get(q.unit, q.unit) and not f.scope), None)) \
                    and total.comparator in ("<=", "<"):
                comparator = total.comparator  # (排放量控制在300亿吨，其中甲企业220亿吨: each part under the total's ceiling)
            if q.own_change:
                change = q.own_change
            # (…公园和2个省级湿地公园: what this count counts is its own; the next starts after the conjunction)
            # (…2个街道卫生服务中心改扩建、实现安置房建设100万平方米: the noun counted after a number is that count's
            # name, and the next name starts after it)
            prev_end = q.end + joined.end() if joined and indicator.endswith(noun) and noun else \
                q_after + a_j if noun and indicator.endswith(noun) and stop and after[stop.start():stop.start() + 1] == "、" \
                else q.end + len(reach)
            if goes_on and last_indicator and (not indicator or lx.filler_re.fullmatch(to_simplified(indicator))):
                indicator = last_indicator  # (…固定资产投资增长10%、向1000亿元冲刺: the measure of the target before)
            elif carry and (not indicator or (len(indicator) <= _SHORT_NAME and lx.filler_re.fullmatch(to_simplified(indicator)))):
                indicator = carry  # nothing in this sentence names it
                # (…；奋斗目标938亿元): the one before did; not after a target of its own (…；一般公共预算收入增长1%、力争2%)
            if last_indicator and to_simplified(indicator) in lx.total_words:
                indicator = last_indicator  # …180余公里，共计1.16万余亩: the same works, summed in another unit
            short = to_simplified(indicator) if len(indicator) <= _SHORT_NAME and \
                (lx.short_first is None or indicator[:1] in lx.short_first) else ""  # (one look for both)
            if short and lx.time_only.fullmatch(short):
                indicator = _opening_subject(sent, orig, lx) or indicator  # 外贸进出口仍将…，全年要增长16%
            elif short and last_indicator and lx.bare_verb.fullmatch(short):
                indicator = last_indicator  # 确保完成2900人，力争完成4300人: the second goes on with the first
            if not indicator and not last_indicator and (comp or change):
                indicator = _measure_before(sent, orig, c0, lx)  # (实现北斗产业规模“一年强基…”，力争2023年达到650亿元)
            if lx.meeting_only.fullmatch(to_simplified(indicator)):
                indicator = _meeting_subject(sent, orig, lx) or indicator  # 党支部委员会…，一般每月召开1次
            each = indicator.find("分别") if not scope else -1
            places_end = len(indicator[:max(each, 0)].rstrip(lx.modal_before_each))  # (甲区、乙区需分别完成…)
            if each > 0 and places_end and names_places(to_simplified(indicator[:places_end]), lx):
                # 济南市和青岛市分别建成60公里以上: the places are the scope, what each does the indicator
                scope, indicator = indicator[:places_end], indicator[each + 2:]
            if not indicator and comp and not noun:  # 每月至少巡查2次: the act between the bound and its count names it
                bound = lx.pre_re.search(clause, wstart + cut, q.num_start)
                if bound and bound.end(1) < q.num_start and _HAN.match(clause, bound.end(1)):
                    indicator = orig[c0 + bound.end(1):c0 + q.num_start].strip()
            if based_name and (not indicator or to_simplified(indicator.strip()) in lx.modals_alone):
                indicator = based_name  # (…比2010年的7000万吨左右要增加约30%: the change of the measure named before the base)
            based_name = ""
            if not any(c.isalnum() for c in indicator):
                continue  # (20.8萬千瓦!1月22日… opening a page cut mid-sentence: a mark names nothing)
            if "中" in indicator:  # 从全县310个…项目中遴选108个: what is chosen, not the pool
                indicator = lx.pool_lead.sub("", indicator)
            simp_name = to_simplified(indicator)
            if change is None and lx.applicant_condition.search(simp_name):
                _reject(s0 + c0 + q.num_start, "qualifier", "a condition on who may apply (身高168厘米以上, 年龄放宽到22岁)")
                continue
            doer = (lx.subject_verb.search(simp_name) if len(indicator) > 6 else None) or lx.moving_verb.match(simp_name)
            if doer and len(indicator) - doer.end() >= 2:
                # 旅游产业将实现旅游总收入: what is counted, not who counts it; 推动物流总费用与GDP的比率下降至12%:
                # the level that moves, not the push (…规模将在1年内发展至: the subject is what moves, the verb names nothing)
                subject = lx.subject_before_intent.match(simp_name) if lx.level_verb_only.match(simp_name, doer.end()) else None
                if lx.generic_after_doer.fullmatch(simp_name, doer.end()):  # (公路水路建设拟完成投资: whose money)
                    subject = lx.subject_before_intent.match(simp_name) or lx.doer_before_plan.match(simp_name)
                    indicator = indicator[:subject.end()] + indicator[doer.end():] if subject else indicator
                else:
                    indicator = indicator[:subject.end()] if subject else indicator[doer.end():]
            shared = _shared_pieces(indicator, clause, i, raw_end, lx)
            if len(indicator) > _LONG_NAME and "、" in indicator and not shared and not indicator.rstrip().endswith("各") and \
                    not _rates_listed(indicator, lx):
                cut = indicator.rindex("、")
                tail = indicator[cut + 1:].strip()
                # (at the list's own bracket level: 指标(甲、乙)优良率 is one name)
                if len(_HAN.findall(tail)) >= 2 and _depth(tail) == 0 and not lx.caused_by.search(tail):
                    # (…“五大行动”(先诊疗后付费、…、实际报销比例不低于70%):
                    indicator = tail  # the last item of a long list, not the list, is what the number measures
            if splitting and carry and not scope:
                part = _part_at_place(indicator, carry)
                if part:  # 其中，在高速公路服务区布点建设70个: the total's thing, built there
                    scope, indicator = part
            last_indicator = indicator
            unit = _unit_as_written(q, orig, c0, lx)
            if change is None and out and out[-1].change and out[-1].indicator == indicator and out[-1].unit == unit and \
                    lx.striving_alone.fullmatch(clause[:q.num_start].strip(" ，,、")):
                change = out[-1].change  # (地区生产总值增长10%，力争11.5%: a higher growth, a growth still)
            per = lx.count_per_time.fullmatch(to_simplified(unit)) if "/" in unit else None
            if per:  # 手术3000例/年: a yearly count; its unit the count's
                unit = unit[:per.end(1)]
            frequency = lx.per_time_frequency[per.group(2)] if per else freq
            if not unit:
                named = _bracket_unit(indicator, len(indicator), lx)
                if named:  # 残疾人基本养老保险参保率(%)  >90: a table row copied as a line names its unit
                    unit, indicator = lx.aliases.get(named.group(1), named.group(1)), indicator[:named.start()].rstrip()
            if measured and measured is not True:  # 发展成为产值30亿元以上的优势产业: the measure is named, not the industry
                indicator = orig[c0 + measured.start():c0 + measured.end()]
                given = _THING_AFTER_DE.match(clause, q.end + 1) if measured.re is lx.provided_measure else None
                if given:  # (配备价值93.15万元的简易救生筏: the thing's value, 简易救生筏价值)
                    indicator = orig[c0 + given.start():c0 + given.end()] + indicator.rstrip("为")
            reward = lx.reward_after.match(clause, q.end) if unit in lx.money_units or unit in lx.rate_signs else None
            if reward:  # 给予最高不超过500万元的一次性奖励, 按…的50%予以补贴: the reward the amount or rate measures
                indicator = orig[c0 + reward.start(1):c0 + reward.end(1)]
            zero = lx.zero_noun.match(clause, q.num_start + 1) if q.value == 0 and clause[q.num_start] == "零" else None
            if zero:  # 零种植, 安全生产零事故: what is kept at zero is named after 零, the subject (if any) before it
                before = lx.zero_noun.match(clause, qs[qi - 1].num_start + 1) if qi and qs[qi - 1].value == 0 else None
                if before and indicator.startswith(before.group(1)):  # (“零种植”、“零产量”: the list's item before)
                    indicator = indicator[len(before.group(1)):].lstrip("”\"、 ")
                at = indicator.find(zero.group(1))
                if at > 0:
                    indicator = indicator[:at + len(zero.group(1))]
                elif at < 0 and indicator and not lx.zero_frame_end.search(indicator):
                    indicator += zero.group(1)  # (重特大安全事故零发生: the subject, then what it is kept from)
                else:
                    indicator = zero.group(1)
            names, scopes = [indicator], [scope]
            if shared:  # 甲率和乙率均达到85%: one target per indicator the comparator is shared by
                names, scopes = shared, [scope] * len(shared)
                if change is None and q.unit == "%" and lx.growth_rate_name.search(to_simplified(shared[-1])):
                    change = "increase"  # 甲、乙、丙等指标增长幅度均超10%: the growth the list shares
                groups = None if scope or shared[0].endswith(MEASURE_ENDINGS) else _scope_list(shared, lx)
                last, cut = shared[-1], shared[-1].rfind(shared[-2][-1]) + 1
                if not groups and not scope and not shared[-2].endswith(MEASURE_ENDINGS) and last.endswith(MEASURE_ENDINGS) \
                        and 2 <= cut <= len(last) - 2 and len({p[:2] for p in shared}) == 1:
                    # 地贫筛查、地贫产前诊断信息录入率: groups of one stem, the last ending as the one before
                    groups = (cut, cut)
                if groups and groups[1] < len(shared[-1]):  # 小学、初中、高中入学率均达到100%: groups of one measure
                    head, rest_at = groups
                    names = [shared[-1][rest_at:].rstrip("都均")] * len(shared)
                    scopes = shared[:-1] + [shared[-1][:head]]
            elif "、" in indicator or "和" in indicator:
                # 中联重科产值、税收增长15%: measures of one subject listed, one value for each
                pieces = [p.strip() for p in indicator.split("、")]
                rates = [p.strip() for p in lx.list_joiners.split(indicator) if p.strip()]
                if len(pieces) >= 2 and all(lx.measure_noun.search(to_simplified(p)) for p in pieces) and all(len(p) <= 6 for p in pieces[1:]):
                    names = pieces
                elif len(rates) >= 2 and all(lx.measure_noun.search(to_simplified(p)) and len(p) <= 8 for p in rates):
                    names = rates  # 接待游客和旅游收入增长10%以上: measures joined by 和, one value for each
                elif len(rates) >= 2 and all(2 <= len(p) <= 16 and to_simplified(p).endswith("率") for p in rates):
                    names = rates  # 免疫犬只发证率、建档率和挂牌率、染疫犬无害化处理率达100%: rates listed, each at the value
                elif indicator.rstrip().endswith("各") and len(pieces) >= 2 and not names_places(to_simplified(indicator.rstrip()), lx):
                    # 建成甲中心、乙示范园、丙加工厂各1个: one of each thing listed
                    pieces[-1] = pieces[-1].rstrip("各 ")
                    verb = lx.verb_start.match(pieces[0])
                    pieces[0] = pieces[0][verb.end():] if verb and verb.end() < len(pieces[0]) - 1 else pieces[0]
                    if all(2 <= len(p) <= _NOUN_MAX for p in pieces):
                        names = pieces
            if len(scopes) != len(names):
                scopes = [scope] * len(names)
            own = _aside_year(sent, c0 + q.num_start, lx) if dated and q.num_start else None
            item = lx.item_year.match(clause, qs[qi - 1].end) if dated and qi and not own else None
            if item and item.end() <= q.num_start:  # …20%、2035年中级工占比达到30%: a list item opening on its own year
                own = int(item.group(1))
            for name, sc in zip(names, scopes):
                out.append(Found(name, comparator, q.value, q.value_max, unit, change, own or year, frequency, sc, s0, s1,
                                 num=s0 + c0 + q.num_start, num_end=s0 + c0 + q.end, baseline=base_value))
        _share_list_comparator(out, clause_first, clause)
        _share_list_predicate(out, clause_first, clause, lx)
        _values_joined(out, clause_first, years, lx)
        _values_by_years(out, clause_first, spanned)
        if len(out) - clause_first >= 2 and "、" in clause:
            _kinds_after_measure(out, clause_first)
    _bracketed_equivalents(out, sent, s0, lx)
    _bracketed_parts(out, sent, s0, lx)
    if any(f.change and f.indicator in lx.each_alone for f in out):
        out[:] = _each_named_before(out, lx)
    for f in out:  # 年均增长率为20%, 增速保持在6%左右: a rate of growth is a change however it is reached
        if f.change is None and f.unit == "%" and lx.growth_rate_name.search(to_simplified(f.indicator)):
            f.change = "increase"
    return out


def _each_named_before(out: list[Found], lx: _Lex) -> list[Found]:
    """A change named only by 分别 or 均 (…购销总额完成1829.8亿元，利润总额完成15.73亿元，分别增长9%): the change of
    each value named before it in its sentence, in another unit (two names at least)."""
    done: list[Found] = []
    for f in out:
        names = list(dict.fromkeys(g.indicator for g in done if g.change is None and g.unit != f.unit and
                                   g.indicator not in lx.each_alone and g.scope is None)) if f.change and \
            f.indicator in lx.each_alone else []
        done += [replace(f, indicator=name) for name in names] if len(names) >= 2 else [f]
    return done


_BRACKET_CLOSE = re.compile(r"\s*[）)]")


def _bracketed_equivalents(out: list[Found], sent: str, s0: int, lx: _Lex) -> None:
    """年产优质葡萄酒24万吨(3亿瓶)以上: the value in brackets right after another is the same goal in another
    unit: it takes that one's name, scope and year, and a bound after the bracket holds for both."""
    for a, b in zip(out, out[1:]):
        if a.num < 0 or b.num < 0 or not lx.equivalent_open.fullmatch(sent, a.num_end - s0, b.num - s0):
            continue
        close = _BRACKET_CLOSE.match(sent, b.num_end - s0)
        if close is None:
            continue
        b.indicator, b.scope, b.year, b.change, b.frequency = a.indicator, a.scope, a.year, a.change, a.frequency
        _bound_after_bracket(sent, close.end(), (a, b), lx, a.comparator)


def _bound_after_bracket(sent: str, at: int, found: tuple, lx: _Lex, default: Optional[str]) -> None:
    """A bound after a closing bracket (…(3亿瓶)以上, …(池塘58万亩、…)以上), else default, holds for the values
    before it and in it that have none of their own."""
    post = lx.post.match(sent, at)  # (the bound words a number takes after it: 以上, 以内, 左右 …)
    bound = lx.post_map[post.group(1)] if post else default
    for f in found:
        if f.comparator == "=" and bound not in (None, "=", "range"):
            f.comparator = bound


def _bracketed_parts(out: list[Found], sent: str, s0: int, lx: _Lex) -> None:
    """全市水产养殖面积稳定在110万亩(池塘58万亩、水库51万亩、湖泊6万亩)以上: values listed in brackets right
    after a total, in its unit, each after a short name, are its parts: the total's measure, the names their
    scopes; a bound after the bracket holds for all of them."""
    for k, total in enumerate(out):
        opened = _PARTS_OPEN.match(sent, total.num_end - s0) if total.num >= 0 else None
        # (bounded: a one-line text can be one sentence with a bracket after every number)
        close = sent.find("）" if opened and opened.group(0).endswith("（") else ")", opened.end(),
                          opened.end() + _PARTS_WITHIN) if opened else -1
        if close < 0:
            continue
        parts = [f for f in out[k + 1:k + 1 + _PARTS_MAX] if f.num >= 0 and opened.end() <= f.num - s0 < close]
        if not parts or any(not total.unit.startswith(p.unit) and not (p.unit in _GENERAL_COUNTER and total.unit in _COUNTERS)
                            for p in parts):  # (风电50万 of 150万千瓦; 紫金7个 among 所 of a total in 所: the general counter)
            continue
        if len(parts) == 1 and (parts[0].unit != total.unit or sent[parts[0].num_end - s0:close].strip() or
                                _PART_LEAD.match(sent[opened.end():close]) is not None):
            continue  # (投资7.2亿元(水利部门6.3亿元): one part, the bracket's whole, in the total's own unit; 含高中3所
            # names a measure of its own)
        names, at = [], opened.end()
        for p in parts:
            name = _PART_LEAD.sub("", sent[at:p.num - s0]).strip(" 、，,")
            if not 1 <= len(name) <= _PART_NAME_MAX or _DIGIT_RE.search(name) or "年" in name or lx.cues.search(name) or \
                    to_simplified(name).endswith(MEASURE_ENDINGS):  # (其中虾稻面积350万亩: a measure of its own)
                break
            names.append(name)
            at = p.num_end - s0
        if len(names) < len(parts):
            continue
        _bound_after_bracket(sent, close + 1, (total, *parts), lx, None)  # (parts are shares: no bound of the total's)
        for p, name in zip(parts, names):
            p.indicator, p.scope, p.year, p.change, p.frequency = total.indicator, name, total.year, total.change, total.frequency


_PARTS_WITHIN = 120  # characters of a bracket of parts after a total
_COUNTERS = frozenset(load("targets")["unit_counters"])
_GENERAL_COUNTER = tuple(load("targets")["general_counter"])
_PARTS_MAX = 12  # parts a bracket lists
_PARTS_OPEN = _compile(r"\s*(?:[^\d\s，。；,;、（()）]{1,20})?[（(]")  # (150万千瓦新能源项目(风电50万、…): after what is counted
_PART_LEAD = _compile(r"^\s*(?:其中|包括|含)\s*[:：]?")


def _years_go_on(before: list[Found], now: list[Found]) -> None:
    """Two targets of one measure in a row, after a sentence whose two were for two years: those years."""
    if len(now) == len(before) == 2 and now[0].indicator == now[1].indicator and now[0].year == now[1].year and \
            before[0].indicator == before[1].indicator and before[0].year is not None and \
            before[1].year is not None and before[0].year < before[1].year and now[0].year in (None, before[0].year):
        now[0].year, now[1].year = before[0].year, before[1].year


def _values_joined(out: list[Found], first: int, years: list[int], lx: _Lex) -> None:
    """到2022年和2030年，素养水平提升到25%和35%: a value after a joiner alone is the one before it again, for
    the next year of the clause's list of years."""
    run = [out[first]] if len(out) > first else []
    for f in out[first + 1:]:
        if not lx.list_joiners.fullmatch(f.indicator.strip()) or f.unit != run[-1].unit:
            break
        f.indicator, f.comparator, f.change, f.scope = run[-1].indicator, run[-1].comparator, run[-1].change, run[-1].scope
        run.append(f)
    if len(run) > 1 and len(run) == len(years):
        for f, y in zip(run, years):
            f.year = y


def _kinds_after_measure(out: list[Found], first: int) -> None:
    """新增资源量煤炭3.2亿吨、铁矿石7000万吨、金46吨: a measure glued to the first of the kinds it lists, each kind after
    it named alone in a unit of the same kind: the measure is each one's, the kind its scope."""
    run = out[first:]
    glued = _GLUED_KIND.fullmatch(to_simplified(run[0].indicator))
    if glued is None or any(f.scope for f in run) or any(f.unit[-1:] != run[0].unit[-1:] for f in run[1:]) or \
            not all(_KIND_ALONE.fullmatch(to_simplified(f.indicator.strip())) and
                    not f.indicator.strip().endswith(MEASURE_ENDINGS) for f in run[1:]):
        return
    measure = run[0].indicator[:glued.end(1)]
    run[0].indicator, run[0].scope = measure, run[0].indicator[glued.end(1):]
    for f in run[1:]:
        f.indicator, f.scope = measure, f.indicator.strip()


def _values_by_years(out: list[Found], first: int, years: list[int]) -> None:
    """2022-2025年非常规水源利用量不低于0.36、0.60、0.80、1.00亿立方米: as many values of one measure as the span
    has years, a value for each year in turn."""
    run = out[first:]
    if len(years) >= 2 and len(run) == len(years) and len({(f.indicator, f.unit, f.scope) for f in run}) == 1:
        for f, y in zip(run, years):
            f.year = y


_YEARS_IN_TURN = 10  # the longest span whose years take a list's values in turn


def _share_list_comparator(out: list[Found], first: int, clause: str) -> None:
    """培训校长500人次、骨干教师200人次、班主任50人次以上: a comparator closing a 、 list governs it all."""
    items = out[first:]
    if len(items) < 2 or items[-1].comparator in ("=", "range") or clause.count("、") < len(items) - 1:
        return
    for f in items[:-1]:
        if f.comparator == "=" and f.unit == items[-1].unit:
            f.comparator = items[-1].comparator


def _share_list_predicate(out: list[Found], first: int, clause: str, lx: _Lex) -> None:
    """100%的学校、60%的厨政公司、10%的社会餐饮企业参与投保: shares of kinds listed before what they are to do;
    the doing is the measure of each, the kind its scope."""
    items = out[first:]
    if len(items) < 2 or clause.count("%的") != len(items) or any(f.unit != "%" or f.scope for f in items):
        return
    last = to_simplified(items[-1].indicator)
    at = next((p for p in range(2, len(last) - 1) if lx.verb_start.match(last, p)), None)
    if at is None:
        return
    doing = items[-1].indicator[at:]
    items[-1].indicator = items[-1].indicator[:at]
    for f in items:
        f.scope, f.indicator = f.indicator, doing


def _opening_subject(sent: str, orig: str, lx: _Lex) -> str:
    """The subject a sentence opens with, in a first clause that holds no number: up to its first verb of
    intent or manner (2015年，重庆市外贸进出口仍将高位求进 → 重庆市外贸进出口)."""
    lead = _YEAR_LEAD.match(sent)  # (2015年，…: the subject follows the year)
    at = lead.end() if lead else 0
    first = _CLAUSE.match(sent, at)
    if not first or any(ch.isdigit() for ch in first.group(0)):
        return ""
    end = lx.subject_end.search(sent, at, first.end())
    if not end:
        return ""
    i, j = _trim(sent[at:end.start()], lx)
    return orig[at + i:at + j] if 2 <= j - i <= 16 else ""


def _profiles(simp: str, lx: _Lex) -> list[tuple[int, int, str, str]]:
    """The lines that hold a person's profile (某某，男，汉族，1975年1月出生，…): facts about the person, blanked."""
    out: list[tuple[int, int, str, str]] = []
    for m in lx.person_profile.finditer(simp):
        if out and m.start() < out[-1][1]:
            continue  # (one line, two people)
        lo = max(out[-1][1] if out else 0, m.start() - _LOOK_BACK_PROFILE)  # (bounded: a one-line page)
        a = max(simp.rfind("\n", lo, m.start()) + 1, lo)
        b = simp.find("\n", m.end())
        for _ in range(_PROFILE_LINES):  # (its career, the post proposed, its training score on the lines under it)
            nxt = simp.find("\n", b + 1) if b >= 0 else -1
            line = simp[b + 1:len(simp) if nxt < 0 else nxt] if b >= 0 else ""
            if not line.strip() or lx.person_profile.search(line):
                break
            b = nxt
        out.append((a, len(simp) if b < 0 else b, "fact", "a person's profile (某某，男，汉族，…)"))
    return out


def _infobox(simp: str) -> list[tuple[int, int, str, str]]:
    """The lines of a box of fields about a place (中文名称: 铁日木乡 / 面 积: 58.13平方千米 / 人 口: 17074人), three or
    more together (blank lines between): facts, blanked."""
    if "：" not in simp and ":" not in simp:
        return []
    lines = [(m.start(), m.end()) for m in _INFOBOX_LINE.finditer(simp)]
    out, run = [], []
    for a, b in lines:
        if run and simp[run[-1][1]:a].strip():
            out += run if len(run) >= _INFOBOX_MIN else []
            run = []
        run.append((a, b))
    out += run if len(run) >= _INFOBOX_MIN else []
    return [(a, b, "fact", "a field of a box about a place (面积: 58.13平方千米)") for a, b in out]


_INFOBOX_LINE = regex.compile(r"(?m)^[ \t\u3000]*(?:" + "|".join("[ \u3000]?".join(label) for label in
                                                                 load("targets")["infobox_labels"]) + r")[ \t\u3000]*[:：][^\n]*$")
_INFOBOX_MIN = 3  # field lines together that make a box (not a plan's 面积：… under one heading)


_PROFILE_LINES = 4  # lines under a person's profile line that go on with it
_LOOK_BACK_PROFILE = 200  # characters looked back from a profile's sex for its line's start


_HAN_ONLY = regex.compile(r"\p{Han}{2,12}")  # an act of a few words after a time limit, to its clause's end


_MEASURE_BEFORE_WITHIN = 40  # characters before a clause looked at for the measure the clause before it named


def _measure_before(sent: str, orig: str, at: int, lx: _Lex) -> str:
    """The measure the clause before at ends on, its slogan in quotes after it, when the clause at names none:
    实现北斗产业规模“一年强基、两年加速、三年突破”，力争2023年达到650亿元 → 北斗产业规模."""
    lo = max(0, at - _MEASURE_BEFORE_WITHIN)
    m = lx.measure_before.search(sent, lo, at)
    if not m:
        return ""
    i, j = _trim(sent[m.start(1):m.end(1)], lx)
    return orig[m.start(1) + i:m.start(1) + j] if j - i >= 2 else ""


def _meeting_subject(sent: str, orig: str, lx: _Lex) -> str:
    """The body a sentence opens with, when a later clause only says how often it meets (党支部党员大会是党支部的
    议事决策机构，…，一般每季度召开1次 → 党支部党员大会)."""
    first = _CLAUSE.match(sent)
    end = lx.meeting_subject_end.search(sent, 0, first.end()) if first else None
    if not end:
        return ""
    i, j = _trim(sent[:end.start()], lx)
    return orig[i:j] if 2 <= j - i <= 16 and not any(ch.isdigit() for ch in sent[i:j]) else ""


def _topic(clause: str, lx: _Lex) -> str:
    """A clause that only names what the next one counts (2012年展会数量总数，): its name, after any year."""
    lead = _TOPIC_YEAR.match(clause)
    at = lead.end() if lead else 0
    if any(ch.isdigit() for ch in clause[at:]):
        return ""
    simp = to_simplified(clause[at:])
    i, j = _trim(simp.rstrip("，, "), lx)
    return clause[at + i:at + j] if 2 <= j - i <= 16 and not lx.verb_end.search(simp, i, j) \
        and not lx.verb_start.match(simp, i) else ""


def _parts_whole(clause: str, lx: _Lex) -> str:
    """The whole a clause makes, which the parts after 其中 divide (建成一批百亿集群，其中…超1000亿元的1个: 百亿集群)."""
    if any(ch.isdigit() for ch in clause):
        return ""
    simp = to_simplified(clause)
    i, j = _trim(simp.rstrip("，, "), lx)
    made = lx.verb_start.match(simp, i)
    i = made.end() if made else i
    some = _SOME.match(simp, i)
    i = some.end() if some else i
    return clause[i:j] if 2 <= j - i <= 16 and made else ""


_CHANGE_THEN_STRIVE = _compile(load("targets")["change_then_strive"])  # (稳定增长、力争达到3%: a rate of change)
_MODAL = _compile(load("targets")["will_before_verb"])  # (the subject's will, before what it will do)
_SOME = _compile(load("targets")["some_of"])  # (建成一批百亿集群: the whole after its unnumbered amount)
_LADDER_STEP_RE = load("targets")["slogan_ladder_step"]  # (四项, 五个: a numeral and a measure of the ladder)
_LADDER = re.compile(f"(?:{_LADDER_STEP_RE}[^、，,。；;\\d]{{1,4}}、[^、，,。；;\\d]{{0,4}}?){{2,}}{_LADDER_STEP_RE}")
_LADDER_STEP = re.compile(_LADDER_STEP_RE)


def _slogan_ladders(clause: str) -> list[tuple[int, int]]:
    """Where counts joined by 、 climb one by one (力争四项先进、争创五个优秀、树立六个标兵): a slogan's ladder, whose
    numbers name its parts, not amounts to reach."""
    out = []
    for m in _LADDER.finditer(clause):
        steps = [cn_to_int(x.group(1)) for x in _LADDER_STEP.finditer(m.group(0))]
        if all(a is not None and b == a + 1 for a, b in zip(steps, steps[1:])):
            out.append(m.span())
    return out


_TOPIC_YEAR = _compile(r"\s*(?:(?:到|至)?\s*(?:19|20)\d\d\s*年(?:度|底|末)?|今年|明年|全年|年内|本年度?)[，,]?\s*")  # (今年，: no name)
_YEAR_LEAD = _compile(r"\s*(?:到|至)?\s*(?:19|20)\d\d\s*年[^，,\d]{0,4}[，,]\s*")


def _frequency(text: str, lx: _Lex, pos: int, clause_start: int = 0) -> Optional[str]:
    # frequency words stand close to their number (bounded for one-line plans); the nearest one wins,
    # the longest of those starting at one place (每学年 over 每年)
    best, at = None, 0
    lo = max(0, pos - 80)
    if not any(text.find(c, lo, pos) >= 0 for c in lx.freq_first):
        return None  # no frequency word in the window (most numbers; 年 alone is in most): no scan
    for m in lx.freq_re.finditer(text, lo, pos, overlapped=True):
        word = m.group(1)
        if word in lx.change_only_freq and (not (lx.change_re.match(text, m.end()) or lx.annual_rate.match(text, m.start())
                                                 or lx.pace_yearly.match(text, m.end()))
                                            or m.start() < clause_start):
            continue  # 年均浓度: an annual mean, not something done every year; 年均增长 in a clause before: its own
        if m.start() < clause_start and _han_at(text, m.start() - 1) and _DIGIT_RE.search(text, m.end(), clause_start):
            continue  # 人均每日食盐摄入量下降10%，吸烟率降至20%: inside a name of a clause before, with its own number
        if m.start() and lx.span_numeral.match(text, m.start() - 1) and word.startswith("年"):
            continue  # 五年均降低20%: five years' span, then 均 (each of them), no 年均
        best, at = word, m.start()
    if best is not None and lx.other_period.search(text, at, pos):
        return None  # 每年招聘…，教师每五年累计培训: the nearer 每五年 is the period, and it has no name
    if best is not None and clause_start > at and lx.year.search(text, at, pos):
        return None  # 每年新发展4000公顷，到2020年，面积达到15.4万公顷: a clause of its own year is no yearly quota
    return lx.freq_map[best] if best is not None else None


def _list_trim(clause: str, fenbie: int, lx: _Lex) -> tuple[int, int]:
    """The bounds of the names before 分别, trimmed; a name trimmed as a filler (全省、各市、各县普及率)
    is kept when the list goes on after it: it is the list's first item."""
    i, j = _trim(clause[:fenbie], lx)
    if clause[i - 1:i] == "、":
        i = len(clause[:i - 1]) - len(clause[:i - 1].lstrip(" ，,"))
    return i, j


def _distribute(clause: str, orig: str, fenbie: int, qs: list[_Q], year, freq, s0, s1, lx: _Lex,
                c0: int = 0, measured: str = "") -> list[Found]:
    """小学、初中…占比分别达到75%、85%以上 / 参与度、活跃度分别提升20%、15%. measured: what the clause before
    measured, for places listed with their values and no name."""
    if _where_listed(clause, fenbie, len(qs), lx):
        return []
    i, j = _list_trim(clause, fenbie, lx)
    parts = _pieces(clause, i, j, "、")
    if len(parts) != len(qs):  # 孕产妇死亡率和婴儿死亡率分别…: the list may be joined by 和, 及, 与
        parts = _pieces(clause, i, j, lx.list_joiners)
    comp, change, _ = _pre(clause[fenbie + 2:qs[0].num_start], lx)
    post = next((q.post for q in reversed(qs) if q.post), None)
    comparator = lx.post_map.get(post) if post else (comp or "=")
    scopes: list[Optional[str]] = [None] * len(qs)
    indicators = [orig[i:j]] * len(qs)
    words = [clause[a:b] for a, b in parts]
    if lx.years_listed.fullmatch(clause[:fenbie].strip(" ，,")):
        # (2024年、2025年分别新建公园5个、8个 / 今、明两年分别完成…1000公里、800公里: each value is a year's)
        indicators = [_named_after_each(clause, orig, fenbie, qs, lx) or measured] * len(qs)
    elif words and words[0] in lx.scopes and len(words) >= 2:
        lead = next((s for s in lx.scopes if words[-1].startswith(s)), None)
        names = [orig[a:b] for a, b in parts[:-1]] + ([orig[parts[-1][0]:parts[-1][0] + len(lead)]] if lead else [])
        rest = orig[parts[-1][0] + (len(lead) if lead else 0):parts[-1][1]]
        if len(names) == len(qs):  # (小学和初中分别达到99%、97%: groups alone, of what the clause before measured)
            scopes, indicators = names, [rest.strip() or measured] * len(qs)
    elif len(parts) == len(qs) and len(qs) >= 2 and all(
            lx.place_name_end.search(w) or regions.all_divisions([w]) for w in words):
        # 甲县、乙县分别新建养老机构3所、2所 / …将分别创建14家、2家放心早餐示范店: the places are the scopes; what
        # each does is named between 分别 and the first value, else after the last one
        scopes = [orig[a:b] for a, b in parts]
        scopes[0] = scopes[0][1:] if clause[parts[0][0]:parts[0][0] + 1] == "在" else scopes[0]  # (在甲县、乙县分别…)
        # (places and values only, …分别达到2560亿元、1080亿元: what the clause before measured)
        named = _named_after_each(clause, orig, fenbie, qs, lx)
        if measured and named and _names_nothing(named, lx):
            named = measured  # (…建成平价商店不少于140家，其中甲区、乙区分别为35家、8家: the total's measure, not 为)
        indicators = [named or measured or orig[i:j]] * len(qs)
    elif len(parts) == len(qs) and len(qs) >= 2 and measured and clause.lstrip(" ，,").startswith(lx.parts_opener) and \
            all(2 <= len(w) <= _PART_NAME_MAX and not w.endswith(MEASURE_ENDINGS) for w in words):
        # (…建成平价商店不少于140家，其中市区、甲区、信宜分别为35家、8家、21家: the parts of the total, each its scope)
        scopes = [orig[a:b].strip() for a, b in parts]
        opener = next((o for o in lx.parts_opener if scopes[0].startswith(o)), "")  # (其中 of the first part, if kept)
        scopes[0] = scopes[0][len(opener):].lstrip("：:，, ")
        named = _named_after_each(clause, orig, fenbie, qs, lx)
        indicators = [named if named and not _names_nothing(named, lx) else measured] * len(qs)
    elif len(parts) == len(qs):
        indicators = [orig[a:b] for a, b in parts]
        split = _scope_list(words, lx)
        if split:  # 京津冀、长三角、珠三角等区域细颗粒物浓度 / 城镇、农村居民人均可支配收入
            head, rest_at = split
            a, b = parts[-1]
            scopes = [orig[x:y] for x, y in parts[:-1]] + [orig[a:a + head]]
            indicators = [orig[a + rest_at:b]] * len(qs)
        else:
            tail = lx.shared_rate_tail.search(indicators[-1])
            if tail:  # 婴儿和5岁以下儿童死亡率: the short name shares the rate (婴儿死亡率)
                indicators = [x + tail.group(0) if len(x) <= 4 and not x.endswith("率") else x for x in indicators]
    reward = lx.reward_after.match(clause, qs[-1].end) if qs[-1].unit in lx.money_units or qs[-1].unit in lx.rate_signs \
        else None
    if reward:  # 甲、乙分别最高给予50万元、25万元区级奖励: the reward each gets, the recipients its scopes
        named = len(parts) == len(qs) and all(sc is None for sc in scopes)
        scopes = [ind.strip() or None for ind in indicators] if named else scopes
        indicators = [orig[reward.start(1):reward.end(1)]] * len(qs)
    out = []
    for q, ind, sc in zip(qs, indicators, scopes):
        c = "range" if q.comparator == "range" else comparator
        out.append(Found(ind, c, q.value, q.value_max, _unit_as_written(q, orig, 0, lx), change, year, freq, sc, s0, s1,
                         num=s0 + c0 + q.num_start, num_end=s0 + c0 + q.end))
    return _points_shared(out)


def _names_nothing(name: str, lx: _Lex) -> bool:
    """A copula or a verb alone (为, 建成) after 分别: it names no measure of the values after it."""
    return name in lx.copulas or lx.verb_alone.fullmatch(name) is not None


def _named_after_each(clause: str, orig: str, fenbie: int, qs: list[_Q], lx: _Lex) -> str:
    """What the values after 分别 measure when the words before it name whose they are (places, years):
    the words between 分别 and the first value, else the noun after the last one (…分别达到2560亿元、1080亿元:
    none, the caller's fallback)."""
    a, b = _trim(clause[fenbie + 2:qs[0].num_start], lx)
    name = orig[fenbie + 2 + a:fenbie + 2 + b]
    compared = _pre(name, lx)[0] is not None  # 分别达到: a comparator names nothing
    verb_only = bool(name) and not compared and lx.verb_alone.fullmatch(clause, fenbie + 2 + a, fenbie + 2 + b) is not None
    if compared or not name or verb_only or lx.filler_re.fullmatch(to_simplified(name)):
        end = qs[-1].end  # (the noun after the last value, read as after any count)
        after = clause[end:end + 60]
        stop = _noun_stop(after, lx)
        ta, tb = _trim(after[:stop.start()] if stop else after, lx)
        name = (name if verb_only else "") + orig[end + ta:end + tb]
    return name


def _each_year_of_a_span(got: list[Found], clause: str, orig: str, fenbie: int, qs: list[_Q], years: list[int],
                         lx: _Lex) -> bool:
    """2024年至2026年分别新建幼儿园10所、12所、15所 / 2024—2026年，全市分别完成老旧小区改造100个、120个和150个: a
    span's years, as many as the values after 分别, take them in turn; what they measure is named after 分别,
    and words before it that are a place (全市) are its scope, else its name (覆盖率分别达到…). False when the words
    before 分别 name a list."""
    before = clause[:fenbie]
    span = lx.year_range.search(before)
    rest = (before[:span.start()] + before[span.end():] if span else before).strip(" ，,、")
    if len(years) != len(got) or len(got) < 2 or "、" in rest or lx.list_joiners.search(rest):
        return False
    scope = rest if rest and (rest in lx.scopes or lx.place_name_end.search(rest) or regions.all_divisions([rest])) else None
    measured = rest and not scope and rest not in lx.each_year  # 2023—2025年，覆盖率分别达到…: named before 分别
    name = got[0].indicator if measured else _named_after_each(clause, orig, fenbie, qs, lx)
    if not name.strip() or (measured and len({f.indicator for f in got}) != 1):
        return False
    for f, y in zip(got, years):
        f.indicator, f.scope, f.year = name, scope or f.scope, y
    return True


def _unit_as_written(q: _Q, orig: str, c0: int, lx: _Lex) -> str:
    """A quantity's unit as the text writes it (orig: the clause's words from c0, Traditional kept), under
    its alias; a ratio or a percentage as read."""
    if q.unit in ("ratio", "%") or not q.unit_span[1]:
        return lx.aliases.get(q.unit, q.unit)
    a = c0 + q.unit_span[0]
    unit = orig[a:c0 + q.unit_span[1]]
    if a >= 2 and orig[a - 1] in "余餘多" and q.unit.startswith(to_simplified(orig[a - 2])):
        unit = orig[a - 2] + unit  # 11万余个, 1.6萬餘批次: the multiplier before 余 is the unit's (read so by the scan)
    alt = lx.unit_alternative.match(orig, c0 + q.unit_span[1]) if orig.startswith(("(", "（", " "), c0 + q.unit_span[1]) else None
    written = lx.aliases.get(unit, unit) + ("".join(alt.group(0).split()) if alt else "")  # 7.5万套(间): as printed
    joined = next((k for k in lx.alternative_joined if written.endswith(k)), None) if alt else None
    return written[:-len(joined)] + lx.alternative_joined[joined] if joined else written


def _points_shared(found: list[Found]) -> list[Found]:
    """分别提高2个、3个百分点: the list's last unit is the others' too."""
    if len(found) > 1 and found[-1].unit == "个百分点":
        for f in found[:-1]:
            if f.unit == "个":
                f.unit = "个百分点"
    return found


def _where_listed(clause: str, fenbie: int, values: int, lx: _Lex) -> bool:
    """在甲区、乙区、舒城、霍山分别建设8个超50亿元的园区: places after 在, more or fewer than the values after
    分别, are where the work is done, not what each gets (the clause is read as any other)."""
    at = clause.rfind("在", 0, fenbie)
    where = [clause[a:b] for a, b in _pieces(clause, at + 1, fenbie, "、")] if at >= 0 else []
    return len(where) >= 2 and len(where) != values and all(2 <= len(w.strip()) <= _PLACE_MAX for w in where) and \
        any(lx.place_name_end.search(w) or regions.all_divisions([w]) for w in where)


def _each(clause: str, orig: str, fenbie: int, q: _Q, year, freq, s0, s1, lx: _Lex, c0: int = 0) -> list[Found]:
    """二氧化硫、氮氧化物排放总量分别下降15%: the one value holds for each name of the list, and the
    measure the last name runs on into is each one's (二氧化硫排放总量, 氮氧化物排放总量)."""
    if _where_listed(clause, fenbie, 1, lx):
        return []
    i, j = _list_trim(clause, fenbie, lx)
    parts = _pieces(clause, i, j, "、")
    if len(parts) < 2:  # 单产水平和优果率分别提升5个百分点: two names joined by 和
        parts = _pieces(clause, i, j, lx.list_joiners)
    if lx.years_listed.fullmatch(clause[:fenbie].strip(" ，,")):  # (今、明两年分别完成…1000公里: the value, each year's)
        return _distribute(clause, orig, fenbie, [q] * max(len(parts), 2), year, freq, s0, s1, lx, c0)
    if len(parts) < 2 or names_places(clause[i:j], lx):
        return []  # (淄博、烟台等市分别建成40公里, 各县（市、区）分别建成: the places the one value holds for)
    words = [clause[a:b] for a, b in parts]
    split = _scope_list(words, lx)
    if split:
        head, rest_at = split
        a, b = parts[-1]
        rest = orig[a + rest_at:b]
        names = [orig[x:y] + rest for x, y in parts[:-1]] + [orig[a:a + head] + rest]
    else:
        names = [orig[x:y] for x, y in parts]
    found = _distribute(clause, orig, fenbie, [q] * len(names), year, freq, s0, s1, lx, c0)
    return [Found(n, f.comparator, f.value, f.value_max, f.unit, f.change, f.year, f.frequency, None, s0, s1,
                  num=f.num, num_end=f.num_end) for n, f in zip(names, found)]


def _same_series(unit: str, other: str) -> bool:
    """Values of one measure: one unit, or a rate and its change in points (达到90%；重点镇提高5个百分点)."""
    return bool(unit) and (unit == other or {unit, other} == {"%", "个百分点"})


def _bare_place(s: str, lx: _Lex) -> bool:
    """s is a place and nothing else (县城, 重点镇, 其他城市, 宁波; not 酒水农村: a measure, then its place)."""
    return s in lx.scopes or bool(lx.bare_place.fullmatch(s)) or regions.all_divisions([s])


def _names_a_kind(clause: str, i: int, j: int, bodies: bool, lx: _Lex) -> bool:
    """clause[i:j] names a body that holds an activity (bodies) or a kind of thing measured."""
    return bool(lx.body_end.fullmatch(clause, i, j)) if bodies else _kind(clause[i:j], lx)


def _kind(s: str, lx: _Lex) -> bool:
    """s (Simplified) names a kind of thing and no measure of it (遗体单人墓穴, 市级救灾物资储备库): after a clause
    that named only a measure, the kind the value holds for."""
    return 2 <= len(s) <= _KIND_MAX and not s.endswith(MEASURE_ENDINGS) and _HAN.match(s) is not None and \
        not lx.verb_end.search(s) and not lx.verb_start.match(s) and not any(c.isdigit() for c in s) and \
        not lx.filler_re.fullmatch(s)  # (社会消费品零售总额：底线目标929亿元: a word of the goal, no kind)


_KIND_MAX = 12
_COUNTED_NOUN_MAX = 3  # (…7个项目722公里: the noun counted, between two values of one measure)


def _groups(s: str, lx: _Lex) -> bool:
    """s (Simplified) lists groups of the kind a measure is split over, and nothing else (初中、小学和幼儿园)."""
    parts = [x for x in lx.list_joiners.split(s) if x]
    return len(parts) >= 2 and all(x in lx.scopes or lx.group_name.fullmatch(x) for x in parts)


def _names_issued_goals(sent: str, lx: _Lex, pos: int = 0):
    """The words of a plan issued and of what it sets (印发了《…纲要》，提出 / …方案，明确), from pos, or None."""
    return lx.plan_issued_goals.search(sent, pos) if any(v in sent for v in lx.issue_verbs) else None


def _issued(pattern: str, d: dict) -> str:
    """A pattern of a plan issued, its verbs and the names of what they issue put in (data/targets.json)."""
    return pattern.replace("{issue_verbs}", "|".join(d["issue_verbs"])).replace("{issued_plans}", d["issued_plans"])


def _group_after_measure(clause: str, i: int, j: int, lx: _Lex) -> int:
    """Where a group of people closing clause[i:j] starts when a measure's name comes right before it
    (艾滋病相关知识知晓率城镇居民, 公民具备科学素质比例农村居民), else 0."""
    if j - i < 5 or not lx.group_name.fullmatch(clause, j - 2, j) and not lx.group_name.fullmatch(clause, j - 3, j):
        return 0
    for k in range(max(i + 3, j - 8), j - 1):
        if lx.group_name.fullmatch(clause, k, j) and to_simplified(clause[i:k]).endswith(MEASURE_ENDINGS):
            return k
    return 0


def names_places(s: str, lx: _Lex) -> bool:
    """s (Simplified) names places, the group a value holds for, not measures: 洛阳市、南阳市 (a place
    word closing each), 淄博、烟台等市 (closing the list), 各县（市、区）, 广西、云南 (names the gazetteer knows)."""
    bare = s.rstrip("各均")
    return bool(lx.place_scope.fullmatch(s) or lx.place_list.fullmatch(bare) or
                regions.all_divisions([x for x in lx.list_joiners.split(bare.rstrip("等")) if x]))


def _split_part(clause: str, i: int, j: int, q: _Q, out: list[Found], lx: _Lex, going: bool = False,
                more: bool = False, total_unit: str = "") -> bool:
    """其中油菜750万亩、绿肥500万亩 after a total (目标任务为2100万亩): a list of bare short names before
    their values, in the total's unit, are parts of the total (each its scope), as places are; a verb
    (其中新建5所) or a single part (其中本级抽检3万批次) names a measure of its own. going: a clause of the
    sentence before opened the split and its last part was one (其中贵阳市7000辆，其他市(州)3000辆). more: values
    follow in the sentence's next clauses (其中：市本级2个，县(区)7个), so the first part is one of several."""
    listed = ((going or clause.lstrip().startswith(lx.parts_opener)) and ("、" in clause or more)) or \
        (going and bool(out) and bool(out[-1].scope))
    # (a 、 list of short names is one part too: 其中，主城区、渝西片区、涪陵区、长寿区177座)
    # (the total of the sentence before, when this one opens with 其中; …39座，预计投资5857万元，其中…3座: the last
    # total in the part's unit)
    unit = lx.aliases.get(q.unit, q.unit)
    total_unit = next((f.unit for f in reversed(out) if to_simplified(f.unit) == unit), out[-1].unit) if out else total_unit
    if not listed or not total_unit or to_simplified(total_unit) != lx.aliases.get(q.unit, q.unit):
        return False
    if lx.agency_part.fullmatch(clause, i, j):  # (其中省住房与城乡建设厅负责3万户: a department, its words no verb's)
        return True
    return 2 <= max(len(x) for x in _LIST_MARK.split(clause[i:j])) <= _PART_NAME_MAX and \
        not lx.verb_start.match(clause, i) and not lx.verb_end.search(clause, i, j) and not _DIGIT_RE.search(clause, i, j) and \
        not clause[i:j].endswith(MEASURE_ENDINGS)  # (其中外贸量1亿吨: a measure of its own)


def _part_at_place(indicator: str, total: str) -> Optional[tuple[str, str]]:
    """(scope, indicator) of a part of a split named by where it is done and the total's verb (…布点建设200个
    共享司机之家。其中，在高速公路服务区布点建设70个): the place is its scope, and it counts what the total counts."""
    if not indicator.startswith("在"):
        return None
    for k in range(_PLACE_MIN + 1, len(indicator) - 1):  # the longest verb of the total that ends the part's name
        verb = indicator[k:]
        at = total.find(verb)
        if at >= 0 and _HAN.fullmatch(verb[:1]):
            thing = total[at + len(verb):].strip()
            return indicator[1:k].strip(), thing if len(_HAN.findall(thing)) >= 2 else total
    return None


_OWN_NAMES_MIN = 4  # Han characters between 分别 and its values, with a 、 list, that name the values themselves
_RANK_SHARE_WITHIN = 60  # characters before a share after 前 looked at for the count of what it names
_RANK_NAME_WITHIN = 16  # characters before a rank's words looked at for a name of what is ranked (bounded: one-line texts)
_VERB_BEFORE_DENOMINATOR = 4  # characters before 百/千 looked at for a verb (认定百名, 设立千个: counts, not 千人床位数)
_ONE_OF_WITHIN = 19  # characters after a number its 之一 or 之列 is looked for in (the pattern's reach), found first in C
_KINDS_WITHIN = 120  # and the 等 that closes a list of sizes (8 sizes at most)
_AGE_WORD_WITHIN = 8  # characters before an age its 年龄 is looked for in
_DISTANCE_FROM_WITHIN = 24  # and before a distance the 距 of the place it is measured from
_PLANS_PERIOD_WITHIN = 4  # and before a five-year period the word that plans for it (规划, 要在)
_PLACE_MIN = 2  # characters of the place a part of a split is done in
_PART_NAME_MAX = 6
_THING_AFTER_DE = _compile(r"[^，,。；;、\d]{2,12}?(?=[，,。；;、]|$)")  # the thing after a value's 的, to the clause's end
_GLUED_KIND = _compile(r"(\p{Han}{2,}?(?:" + "|".join(load("targets")["glued_kind_measures"]) + r"))(\p{Han}{1,4})")  # 新增资源量 + 煤炭
_KIND_ALONE = _compile(r"\p{Han}{1,4}")  # a kind named alone after it (铁矿石, 金)
_PROVIDED_WITHIN = 24  # characters before a measure of what is given or built looked at for the verb that gives it
_TOPIC_MAX = 20  # characters of a clause that only names the measure the values after it give
_RATE_ENDINGS = tuple(load("targets")["rate_endings"])  # a measure named alone in its clause whose values follow for kinds
_NOT_A_NAME = _compile(r"[\d《》“”\"]|" + load("targets")["topic_not_lead"])  # a number, a title, a quotation, a lead word
_PLACE_MAX = 5  # characters of a place's name in a list of where the work is done (金安区、舒城、霍山…)
MEASURE_ENDINGS = tuple(load("targets")["indicator_endings"])


def _names_before(lead_in: str, n: int, lx: _Lex) -> Optional[list[str]]:
    """The n names a 分别 opening its clause refers to, listed at the start of the clause before it
    (甲企业和乙企业在2022年的基础上实现“双倍增”): up to the first verb or base phrase."""
    simp = to_simplified(lead_in)
    i, j = _trim(simp, lx)
    frame = lx.topic_frame.fullmatch(simp, i, j)
    if frame and "、" in frame.group(1):  # 在固定资产投资、社会消费品零售总额、进出口方面，分别…: the names inside
        i, j = frame.span(1)
    stop = lx.names_end.search(simp, i, j)
    j = stop.start() if stop else j
    parts = [p for p in lx.list_joiners.split(lead_in[i:j]) if p.strip()]
    return [p.strip() for p in parts] if len(parts) == n else None


def _scope_list(words: list[str], lx: _Lex):
    """A 、 list of short names whose last piece runs on into the indicator they share: where that last
    name ends and where the indicator starts in the last piece, or None. The last name ends before
    等(区域…) when that follows it, else it is as long as the names before it (all of one length, at
    least two characters: with one-character names, 水、电、燃气普及率, the cut cannot be known)."""
    names, last = words[:-1], words[-1]
    counted = lx.levels_counted.match(last)
    if counted and cn_to_int(counted.group(2)) == len(words) and all(len(w) <= 4 for w in names):
        return counted.end(1), counted.end()  # 省、市、县三级储备库…: the levels, counted, then what they share
    if names and all(lx.place_name_end.search(_ASIDE_END.sub("", w)) for w in names):
        head = lx.place_head.match(last)  # 西湖管理区、西洞庭管理区和桃花源旅游管理区自愿无偿献血…人次
        if head:
            return head.end(1), head.end()
    if names and all(lx.group_name.fullmatch(w) for w in names):
        head = lx.group_last.match(last)  # 高危行为人群、重点人群及流动人口艾滋病防治知识知晓率: the groups, then the measure
        if head and len(last) - head.end() >= 2:
            return head.end(), head.end()
    longest = max(len(w) for w in names) if names else 0
    measure = lx.measure_noun.search(to_simplified(last)) if names and longest <= 4 else None
    if measure and 1 <= measure.start() <= longest + 1 and not any(
            w.endswith(MEASURE_ENDINGS) or lx.measure_noun.search(to_simplified(w)) for w in names):  # (not 旅游人数、旅游总收入)
        return measure.start(), measure.start()  # 粮食、肉蛋奶、蔬菜产量: the names, then the measure they share
    if not names or longest > 4 or len(last) < longest + 3 or all(lx.measure_noun.search(to_simplified(w)) for w in names):
        return None  # (销售收入、增加值年均增长率: measures, each with the rate, not groups of one measure)
    m = lx.scope_list_end.match(last, 1)
    if m and m.start(1) <= longest + 1:
        return m.start(1), m.end(1)
    if len({len(w) for w in names}) == 1 and longest >= 2 and not any(c.isdigit() for c in last[:longest]) \
            and not last.startswith(("以下", "以上", "及以上", "周岁"), longest):
        return longest, longest  # not 婴儿和5岁以下儿童死亡率: an age is no name of a place or group
    return None


def _pieces(s: str, i: int, j: int, sep) -> list[tuple[int, int]]:
    """Bounds of the non-empty pieces of s[i:j] between separators (a string or a pattern), a separator
    inside brackets left in its piece (甲开发区(含乙、丙单位)、丁区: two pieces)."""
    bounds, pos, opened = [], i, None
    for piece in (sep.split(s[i:j]) if not isinstance(sep, str) else s[i:j].split(sep)):
        piece_start = opened if opened is not None else pos
        pos += len(piece) + 1
        if _depth(s[piece_start:pos - 1]) > 0 and pos - 1 < j:
            opened = piece_start
            continue
        opened = None
        if pos - 1 > piece_start:
            bounds.append((piece_start, pos - 1))
    return bounds


@lru_cache(maxsize=1)
def _table_words():
    """(year heading, base-year tags, indicator heading, unit heading, attribute heading) from data."""
    t = load("targets")["table_headings"]
    tags = "|".join(t["year_tags"])
    year_head = regex.compile(rf"^\s*(?P<pre>{tags})?\s*(?:(?:19|20)\d\d\s*(?:年)?\s*[-—–~至到]\s*)?((?:19|20)\d\d)"
                              rf"\s*年?(?:度|底|末)?\s*(?P<tag>(?:{tags})?值?)\s*[)）]?\s*$")
    return (year_head, frozenset(t["base_year_tags"]), regex.compile(t["indicator"]), regex.compile(t["unit"]),
            regex.compile(t["attribute"]))


@lru_cache(maxsize=1)
def _change_heads():
    """(growth column, its downward verbs, cumulative column, a row name's closing verb) of an indicator table."""
    t = load("targets")["table_headings"]
    return (regex.compile(t["growth"]), regex.compile(t["growth_down"]), regex.compile(t["cumulative"]),
            regex.compile(t["name_verb"]))


def _growth_columns(header: list[str]) -> dict[int, tuple[str, str]]:
    """{column: (name, change)} of the columns of a rate of change (年均增长(%)) in an indicator table."""
    head, down, _, _ = _change_heads()
    out = {}
    for c, cell in enumerate(header):
        m = head.match(to_simplified(cell or ""))
        if m:
            out[c] = (m.group("name"), "decrease" if down.match(m.group("verb")) else "increase")
    return out


_UNIT_PAREN = _compile(r"[（(]([^）)]{1,12})[）)]\s*$")


def _bracket_unit(s: str, end: int, lx: _Lex):
    """The match of a unit of the lexicon in brackets ending s[:end] (…参保率(%)), or None."""
    m = _UNIT_PAREN.search(s, max(0, end - 16), end)
    return m if m and lx.unit_word.fullmatch(to_simplified(m.group(1))) else None


def _named_unit_before(clause: str, at: int, lx: _Lex) -> bool:
    """The words before a number end in a bracketed unit (…覆盖率(%)   100: a table row copied as a line)."""
    k, lo = at, max(0, at - 64)  # the gap between cells: a run of blanks (bounded: a clause can be a whole plan)
    while k > lo and clause[k - 1] in " \t\u3000":
        k -= 1
    return _bracket_unit(clause, k, lx) is not None


def _year_columns(header: list[str]) -> dict[int, int]:
    """{column: year} of the target years in a table's header. A column marked as the base (2020年基期值,
    现状) is left out, and so is the first of two years far apart in a plan's indicator table
    (2020年 | 2025年 | 属性): that one is where the plan starts from."""
    year_head, base_tags, _, _, attribute = _table_words()
    years, base = {}, set()
    for c, cell in enumerate(header):
        m = year_head.match(to_simplified(cell or "").replace("（", "").replace("(", ""))
        if m:
            years[c] = int(m.group(2))
            tag = (m.group("pre") or "") + (m.group("tag") or "")
            if any(t in tag for t in base_tags):
                base.add(c)
    if not base and len(years) == 2:
        (c1, y1), (c2, y2) = sorted(years.items())
        if y2 - y1 >= 4 or any(attribute.match(to_simplified(h or "")) for h in header):
            base.add(c1)
    return {c: y for c, y in years.items() if c not in base}


def table_targets(rows: list[list[str]], start: int, end: int, row_spans=None, before: str = "",
                  first_year: Optional[int] = None) -> list[Found]:
    """A table of targets: a header row with one column per year (2023-2024年 → 2024; a base-year column
    left out, and a year's before the plan's first_year: what was), a row per indicator named in the 指标
    column (else the first), its unit in a 单位 column or in brackets after the name; one target per cell."""
    lx = lexicon()
    if len(rows) < 2:
        return []
    header = rows[0]
    years = _year_columns(header)
    if first_year is not None and any(y >= first_year for y in years.values()):
        years = {c: y for c, y in years.items() if y >= first_year}  # 2023年 | 2025年 | 2027年 in a plan of 2024–2027
    elif first_year is not None and years:
        return []  # 2010年 | 2011年 | … | 2015年 in a plan of 2016–2020 (专栏1：“十二五”…就业情况): what was
    if not years:  # (省份排名及数据, 统计表: a table the line above calls a ranking or statistics allocates nothing)
        if lx.statistics_table_head.search(to_simplified(before)):
            return []
        found = _column_targets(rows, start, end, row_spans, before)
        # (the title over a 单位 line or a row heading's first line: 某市2010年…任务分解表 / 单位：万亩 / 项目)
        titled = next((m for line in reversed(before.rstrip().rsplit("\n", _TITLE_LINES)[-_TITLE_LINES:])
                       if (m := _TITLE_YEAR.search(line))), None)
        for f in found if titled else ():  # 某县2023年金桔生产任务分解表 over 乡镇 | 新种任务(亩): the title's year
            if f.year is None:
                f.year, f.year_source = int(titled.group(1)), "table"
        return found
    in_order = [y for _, y in sorted(years.items())]
    if (len(in_order) >= 3 and all(a > b for a, b in zip(in_order, in_order[1:]))) or \
            (len(in_order) == 2 and in_order[0] == in_order[1] + 1):
        return []  # 2021年 | 2020年 | 2019年 …, 2020年 | 2019年: statistics, newest first; a plan's years run forward
    simp_head = [to_simplified(h or "") for h in header]
    _, _, indicator_head, unit_head, _ = _table_words()
    growth = _growth_columns(header)
    _, down, cumulative_head, name_verb = _change_heads()
    cumulative = [(c, m.group("way")) for c, h in enumerate(simp_head) if (m := cumulative_head.match(h))]
    name_col = next((c for c, h in enumerate(simp_head) if indicator_head.search(h) and c not in years), 0)
    unit_col = next((c for c, h in enumerate(simp_head) if unit_head.match(h)), None)
    out = []
    read_cells: dict = {}
    for r, row in enumerate(rows[1:], 1):
        if len(row) <= name_col or not row[name_col].strip():
            continue
        # a target's text is its row where the row's place is known: the whole table, once per cell, made
        # a table of 100,000 rows a hundred thousand copies of itself
        r0, r1 = row_spans[r] if row_spans else (start, end)
        name = row[name_col].strip()
        unit_m = _UNIT_PAREN.search(name)
        head_unit = unit_m.group(1) if unit_m else ""
        if unit_col is not None and unit_col < len(row) and row[unit_col].strip():
            head_unit = row[unit_col].strip().strip("（）()").replace(" ", "")  # (万平 方米: a cell broken over its line)
        head_unit = lx.aliases.get(head_unit, head_unit)
        indicator = _FOOTNOTE_MARK.sub("", name[:unit_m.start()].strip() if unit_m else name)  # (…拥有量[1]: a note's mark)
        lab = lx.label.match(indicator)
        if lab and lab.end() < len(indicator):
            indicator = indicator[lab.end():].strip()  # 4.劳动年龄人口平均受教育年限: the row's number is no part of it
        opener = len(lx.split_opener)
        if indicator.startswith(lx.split_opener) and indicator[opener:opener + 1] in ("：", ":"):
            indicator = indicator[opener + 1:].strip()  # 其中：城市家庭普及率: a part of the row above, named by itself
        pairs = _paired_names(name, lx)  # (滚动推进重大项目(个)、完成投资额(亿元) over 15、37: two measures a cell)
        for c, year in years.items():
            cell = (row[c] if c < len(row) else "").strip()
            if not cell:
                continue
            if pairs and cell.count("、") == len(pairs) - 1:
                for (ind, unit), piece in zip(pairs, cell.split("、")):
                    m = _NUMBER_CELL.fullmatch(piece.strip())
                    if m:
                        out.append(Found(ind, "=", float(m.group(1)), None, m.group(2) or unit or None, None, year, None,
                                         None, r0, r1, year_source="table"))
                continue
            key = (cell, head_unit)  # a table's cells repeat (100%, 是, 1): each read once
            read = read_cells[key] if key in read_cells else read_cells.setdefault(key, _cell_value(cell, head_unit, lx))
            if read is None:
                continue
            value, vmax, unit, comparator, change, approximate = read
            out.append(Found(indicator, comparator, value, vmax, unit or None, change, year, None, None, r0, r1,
                             year_source="table", approximate=approximate))
        for c, (head, change) in growth.items():  # 年均增长(%) 8: the row's rate of change, by the last year
            m = _NUMBER_CELL.fullmatch(to_simplified((row[c] if c < len(row) else "").strip()))
            if m and m.group(2) in (None, "", "%"):
                out.append(Found(indicator + head, "=", float(m.group(1)), None, "%", change, max(years.values()),
                                 "year" if head.startswith("年") else None, None, r0, r1, year_source="table"))
        for c, way in cumulative:  # 〔18〕 under 〔累计〕: the change over the plan, its way the name's last word
            raw = (row[c] if c < len(row) else "").strip()
            inner = raw.strip("〔〕[]【】()（）")
            m = _NUMBER_CELL.fullmatch(inner)
            if not m and _DIGIT_RE.search(inner) and (read := _cell_value(to_simplified(inner), head_unit, lx)):
                # (5左右 under 年均[累计]: the yearly rate; [累计达到1000]: the level the plan reaches)
                value, vmax, unit, comparator, change, approximate = read
                yearly = inner == raw and bool(way) and way.startswith("年均")
                out.append(Found(indicator, comparator, value, vmax, unit,
                                 change or ("decrease" if down.search(indicator + (way or "")) else "increase") if yearly else change,
                                 max(years.values()), "year" if yearly else None, None, r0, r1, year_source="table",
                                 approximate=approximate))
            if m:
                v = name_verb.search(to_simplified(indicator))
                verb = v.group("verb") if v else way
                change = None if not verb else "decrease" if down.search(verb) else "increase"
                value = float(m.group(1))
                unit = m.group(2) or ("个百分点" if head_unit == "%" and _points_between(row, c) else head_unit)
                out.append(Found(indicator[:v.start()] if v else indicator, "=", value, None,
                                 unit, change, max(years.values()), None, None, r0, r1, year_source="table"))
    return out


def _paired_names(name: str, lx: _Lex) -> list[tuple[str, str]]:
    """The measures of a row that names two or more, each with its unit in brackets (滚动推进重大项目(个)、完成投资额
    (亿元)): [(name, unit)], or [] for a row of one measure."""
    parts = name.split("、")
    if len(parts) < 2:
        return []
    out = []
    for part in parts:
        m = _UNIT_PAREN.search(part)
        if not m:
            return []
        out.append((part[:m.start()].strip(), lx.aliases.get(m.group(1), m.group(1))))
    return out


def _points_between(row: list[str], skip: int) -> bool:
    """The row gives the rate at its base and at its target too (60 | 64 | [4]): the rate's change is in points
    (a row of dashes, - | - | 〔18〕, leaves a percentage, a relative change)."""
    return sum(1 for c, cell in enumerate(row) if c and c != skip
               and _NUMBER_CELL.fullmatch(cell.strip().lstrip("<>≤≥＞＜"))) >= 2


def _cell_value(cell: str, head_unit: str, lx: _Lex):
    """(value, value_max, unit, comparator, change, approximate) of a table cell (92, ≥92, 83%, 下降10%以上,
    15左右, 约15), or None."""
    simp = cell if cell.isascii() else to_simplified(cell)
    if simp[-1:] in ")）" and simp[:1].isdigit():
        simp = _CELL_NOTE.sub("", simp) or simp  # 20(80%用户), 100(部分城市): the value, then a note on it
    m = _NUMBER_CELL.fullmatch(simp)  # a bare number (most cells): its unit is the row's
    if m:
        return float(m.group(1)), None, m.group(2) or head_unit, "=", None, False
    bare = _approximate_cell(simp, lx)
    if bare:
        return float(bare.group(1)), None, bare.group(2) or head_unit, "=", None, True
    latin = _LATIN_UNIT_CELL.fullmatch(simp)  # 75L/d, 120MW: a cell's number and its unit in letters
    if latin:
        return float(latin.group(1)), None, latin.group(2), "=", None, False
    qs = _quantities(simp, lx)
    bare = _BARE_NUMBER.search(simp) if not qs and head_unit else None
    if bare:  # (达到1000, 1000以上 in a row whose unit is 家: the number read with the row's unit)
        simp = simp[:bare.end()] + head_unit + simp[bare.end():]
        qs = _quantities(simp, lx)
    if not qs:
        return None
    q = qs[0]
    comp, change, _ = _pre(simp[:q.num_start], lx)
    comparator = "range" if q.comparator == "range" else \
        (lx.post_map.get(q.post) if q.post else None) or q.comparator or comp or "="
    return q.value, q.value_max, q.unit or head_unit, comparator, change, False


_FOOTNOTE_MARK = _compile(r"\s*(?:\[\d{1,2}\]|[（(]注\s*\d{0,2}[)）])$")
_CELL_NOTE = _compile(r"\s*[（(][^（()）]{1,20}[)）]$")
_BARE_NUMBER = _compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.%])")
_LATIN_UNIT_CELL = _compile(r"\s*(\d+(?:\.\d+)?)\s*([A-Za-z]{1,3}(?:/[A-Za-z]{1,3})?)\s*")


def _approximate_cell(simp: str, lx: _Lex):
    """The number match of a cell that is a bare number said to be about so much (15左右, 约15)."""
    for w in lx.approx_after:
        if simp.endswith(w):
            return _NUMBER_CELL.fullmatch(simp[:-len(w)])
    m = lx.approx_before.search(simp[:3])
    return _NUMBER_CELL.fullmatch(simp[m.end():]) if m and m.start() == 0 else None


_BARE_ROW = load("targets")["headerless_row"]
_BARE_ROW_LABEL = _compile(_BARE_ROW["label"])
_BARE_ROW_NAME = _compile(_BARE_ROW["name"])
_BARE_ROW_CELL = _compile(r"\s*(?:" + _BARE_ROW["cell"] + ")")
_BARE_ROW_MAX = 120  # characters: a row is short (and the name's pattern is not tried along a long line)
_DIGIT_RE = _compile(r"\d")


def _row_name(line: str) -> tuple[int, int, int]:
    """(name start, name end, end of the match) of an optional row number and a name opening the line."""
    lab = _BARE_ROW_LABEL.match(line)
    i = lab.end() if lab else 0
    nm = _BARE_ROW_NAME.match(line, i)
    return (nm.start(1), nm.end(1), nm.end()) if nm else (i, i, i)


def _headerless_row(line: str, orig: str, s0: int, prev_line: str, lx: _Lex) -> Optional[list[Found]]:
    """A row of an indicator table copied as a line, its header left on another page (7水上交通百万吨
    吞吐量死亡率0.08 ≤0.06下降23%以上), or its values on the line under its name (9各类事故死亡人数): the
    cells with a comparator or a change are the targets; a bare number before them is an earlier column,
    the base. None when the line is no such row."""
    if len(line) > _BARE_ROW_MAX:
        return None
    a, b, pos = _row_name(line)
    if a < b:
        name = orig[a:b]
    else:  # the values alone: the name is the line above, all of it
        above = prev_line.strip()
        pa, pb, pend = _row_name(above) if len(above) <= _BARE_ROW_MAX else (0, 0, 0)
        if pa == pb or above[pend:].strip() or a:
            return None
        name = above[pa:pb]
    cells = []
    while True:
        m = _BARE_ROW_CELL.match(line, pos)
        if not m or m.end() == pos:
            break
        cells.append((m.start() + len(m.group(0)) - len(m.group(0).lstrip()), m.group(0).strip()))
        pos = m.end()
    if len(cells) < 2 or _DIGIT_RE.search(line, pos):
        return None  # what follows the cells is a note (十一五无数据), never a number
    unit_m = _UNIT_PAREN.search(name)
    head_unit = lx.aliases.get(unit_m.group(1), unit_m.group(1)) if unit_m else ""
    name = name[:unit_m.start()].strip() if unit_m else name.strip()
    out, bases = [], []
    for at, cell in cells:
        read = _cell_value(cell, head_unit, lx) if _DIGIT_RE.search(cell) else None
        if read is None:
            continue
        value, vmax, unit, comparator, change, approximate = read
        if comparator == "=" and change is None and not approximate:
            bases.append(s0 + at)  # an earlier column: the base the next cell sets its target from
            continue
        out.append(Found(name, comparator, value, vmax, lx.aliases.get(unit, unit), change, None, None, None,
                         s0, s0 + len(line), num=s0 + at, num_end=s0 + at + len(cell), approximate=approximate))
    if not out:
        return None
    for at in bases:
        _reject(at, "baseline", "an earlier column of a table's row")
    return out


_TOTAL_ROW = _compile(load("targets")["total_row"])
_TABLES = {k: _compile(v) for k, v in load("targets")["allocation_columns"].items() if not k.startswith("_")}


def _caption_units(columns: list[tuple[str, str]], caption: str) -> list[tuple[str, str]]:
    """The columns' units from the caption over a table (单位：亩、担; （单位：个、亿元）) where the header names
    none: in order when there are as many units as columns, else a count's column (项目个数) takes the one unit
    of things and a money column (年投资计划, 完成投资额) the one unit of money."""
    m = _TABLES["caption_units"].search(to_simplified(caption[-_CAPTION_REACH:]))
    if not m:
        return columns
    lx = lexicon()
    units = [lx.aliases.get(u, u) for u in (x.strip() for x in _TABLES["unit_list_split"].split(m.group(1))) if u]
    if len(units) == len(columns):
        return [(h, u or units[c]) for c, (h, u) in enumerate(columns)]
    money = [u for u in units if u.endswith("元")]
    things = [u for u in units if not u.endswith("元")]
    out = []
    for h, u in columns:
        if not u and len(money) == 1 and _TABLES["money_column"].search(to_simplified(h)):
            u = money[0]
        elif not u and len(things) == 1 and _TABLES["count_column"].search(to_simplified(h)):
            u = things[0]
        out.append((h, u))
    return out


_CAPTION_REACH = 80  # characters before a table its caption's units are looked for in
_MIN_ALLOCATION_ROWS = 2


def _column_targets(rows: list[list[str]], start: int, end: int, row_spans=None, caption: str = "") -> list[Found]:
    """An allocation table: a header of what is counted (项目数量, 小区数, 建筑面积(万平方米)) over rows of a
    place or a unit and its numbers: a target per number, its column the indicator, its row the scope
    (none for a row of the whole, 全市小计). Nothing unless most cells under the header are numbers.
    A header of places closed by their total (乡镇 | 赤水 | 双洋 | 合计 over 种植面积 | 5300 | …) is read turned, a
    row a measure; the caption's units (单位：亩、担) go to the columns that name none; a column of what was done
    (完成投资额, 完成率) reports, and a table the caption calls progress (…完成情况汇总表) keeps its plan's columns alone."""
    if any(_TOTAL_ROW.search(to_simplified(h)) for h in rows[0][1:]) and \
            not any(r and _TOTAL_ROW.search(to_simplified(r[0])) for r in rows[1:]):
        width = len(rows[0])
        body = [r for r in rows[1:] if len(r) == width]
        rows = [[rows[0][0]] + [r[0] for r in body]] + [[rows[0][c]] + [r[c] for r in body] for c in range(1, width)]
        row_spans = None
    header = [h.strip() for h in rows[0]]
    if len(header) < 2 or any(not h or _VALUE_CELL.fullmatch(h) for h in header[1:]):
        return []
    body = [r for r in rows[1:] if len(r) == len(header) and r[0].strip() and not _VALUE_CELL.fullmatch(r[0].strip())]
    if len(header) == 2 and len(body) < _MIN_PAIRS:
        return []  # one count a row: a list, when long enough (甲村 6 乙村 6 …)
    lx = lexicon()
    worded: dict = {}  # (cell, unit) -> its reading: the count below and the reading after ask for the same cells

    def worded_cell(cell: str, unit: str = ""):
        key = (cell, unit)
        return worded[key] if key in worded else worded.setdefault(key, _worded_cell(cell, lx, unit))
    numbers = sum(1 for r in body for c in r[1:] if _NUMBER_CELL.fullmatch(c) or worded_cell(c))
    if len(body) < _MIN_ALLOCATION_ROWS or numbers < 0.6 * len(body) * (len(header) - 1):
        return []
    corner = _CORNER_YEAR.search(to_simplified(header[0]))  # 2016年任务分配表 over the first column: the table's year
    year = int(corner.group(1)) if corner and len(_CORNER_YEAR.findall(header[0])) == 1 else None
    columns = []
    for h in header:
        unit_m = _UNIT_PAREN.search(h)
        unit = lx.aliases.get(unit_m.group(1), unit_m.group(1)) if unit_m else ""
        columns.append((h[:unit_m.start()].strip() if unit_m else h, unit))
    columns[1:] = _caption_units(columns[1:], caption)
    heads = [to_simplified(h) for h, _ in columns]
    progress = bool(_TABLES["progress_caption"].search(to_simplified(caption)))
    read = [c for c in range(1, len(header)) if not _TABLES["done_column"].search(heads[c]) and
            (not progress or _TABLES["plan_column"].search(heads[c]))]
    out = []
    for r, row in enumerate(rows[1:], 1):
        name = row[0].strip().rstrip("：:") if row else ""
        if len(row) != len(header) or not name or _VALUE_CELL.fullmatch(name):
            continue
        scope = None if _TOTAL_ROW.search(to_simplified(name)) else name
        r0, r1 = row_spans[r] if row_spans else (start, end)
        for c in read:
            m = _NUMBER_CELL.fullmatch(row[c])
            indicator, unit = columns[c]
            if m:
                out.append(Found(indicator, "=", float(m.group(1)), None, unit or m.group(2), None, year, None, scope,
                                 r0, r1, year_source="table" if year else None))
            elif reading := worded_cell(row[c], unit):  # 不低于90%, 较2009年削减2%, 新增3所: a bound or a change
                value, vmax, cell_unit, comparator, change, approximate = reading
                out.append(Found(indicator, comparator, value, vmax, cell_unit or None, change, year, None, scope,
                                 r0, r1, year_source="table" if year else None, approximate=approximate))
    return out


_WORDED_CELL_MAX = 16  # characters: a bound or a change in a few words, not a task told in a sentence


def _worded_cell(cell: str, lx: _Lex, unit: str = ""):
    """_cell_value of an allocation table's cell that words its value (不低于90%, 较上年削减2%), or None."""
    cell = cell.strip()
    if len(cell) > _WORDED_CELL_MAX or not _DIGIT_RE.search(cell) or _NUMBER_CELL.fullmatch(cell):
        return None
    return _cell_value(cell, unit, lx)


_CORNER_YEAR = _compile(r"((?:19|20)\d\d)年")


_CELL_GAP = _compile(r"\t+| {2,}")
_ONE_SPACE = _compile(" ")  # a table pasted with its cells one space apart, read only under a header of two years
_SPACED_HEAD_MAX = 60
_YEAR_CELL = _compile(r"((?:19|20)\d\d年)")
_SPACED_VALUE = _compile(r"[-—－–]$|[-—－–]?\d[\d.,]*%?$")


def _rows_by_unit(cells: list[tuple[str, int]], i: int, nyears: int):
    """A table a cell a line whose rows do not keep the header's width (a category column merged over its
    rows, a source column after the years: 类别 | 主要指标 | 单位 | 2022年 | 2027年 | 来源): each row found by its
    unit cell, the name the cell before it, the years' values the cells after. i: the name head, before 单位.
    Returns (the table, or None; the cell after it)."""
    head = [c for c, _ in cells[i:i + 2 + nyears]]
    rows, spans, k = [head], [(cells[i][1], cells[i + 1 + nyears][1])], i + 2 + nyears
    end, misses = k, 0
    while k + nyears < len(cells) and misses <= _UNIT_ROW_GAP:
        name, unit = cells[k - 1][0], cells[k][0]
        values = [c for c, _ in cells[k + 1:k + 1 + nyears]]
        if _unit_cell(unit) and name and len(name) <= 40 and not _VALUE_CELL.fullmatch(name) and \
                all(not v or _VALUE_CELL.fullmatch(v) or v in _NO_VALUE for v in values):
            rows.append([name, unit, *values])
            spans.append((cells[k - 1][1], cells[k + nyears][1] + len(cells[k + nyears][0])))
            k, end, misses = k + 1 + nyears, k + 1 + nyears, 0
            continue
        if len(cells[k][0]) > 60:  # a paragraph: the table is over
            break
        k, misses = k + 1, misses + 1
    if len(rows) < 3:
        return None, i
    return (rows, cells[i][1], cells[end - 1][1] + len(cells[end - 1][0]), spans), end


_UNIT_ROW_GAP = 4  # cells between rows (a category, a source, an empty cell) passed before the table is taken as over


def _numbered_rows(cells: list[tuple[str, int]], i: int):
    """A table a cell a line whose rows each open on their number (序号 | 指标 | 单位 | 属性 | “十四五”目标 | 2025年 |
    年均[累计] | 1 | 全市生产总值年均增长率 | % | 预期性 | - | 5左右 | 2 | …): the header's own columns (the name, unit,
    attribute, years, yearly or cumulative heads and words such as 牵头单位; a group head over them and empty cells
    left out), and each row the cells from its number to the next one's: one more is the group the next row opens
    (健康服务 of a merged 领域 column), one fewer has no unit. i: the 序号 cell.
    Returns (the table, or None; the cell after it)."""
    first = next((k for k in range(i + 1, min(len(cells), i + _NUMBERED_HEAD_MAX)) if cells[k][0] == "1"), None)
    if first is None:
        return None, i
    year_head, _, name_head, unit_head, attribute = _table_words()
    head = [c.replace(" ", "") for c, _ in cells[i + 1:first] if c]
    head = [h for h in head if name_head.search(h) or unit_head.match(h) or attribute.match(h) or
            year_head.match(to_simplified(h)) or _rate_heads([h]) or _EXTRA_HEAD.fullmatch(to_simplified(h))]
    width = len(head)
    unit_col = next((c for c, h in enumerate(head) if unit_head.match(h)), None)
    if width < 3 or not any(year_head.match(to_simplified(h)) for h in head):
        return None, i
    rows, spans, k, n = [head], [(cells[i][1], cells[first - 1][1] + len(cells[first - 1][0]))], first, 1
    while k < len(cells) and cells[k][0] == str(n):
        nxt = next((x for x in range(k + width - 1, min(len(cells), k + width + 3)) if cells[x][0] == str(n + 1)), None)
        end = nxt if nxt is not None else min(len(cells), k + 1 + width)  # (the text may end inside the last row)
        raw = [c for c, _ in cells[k + 1:end]]
        if len(raw) == width + 1 and nxt is not None:
            raw = raw[:-1]  # (the group the next row opens)
        elif len(raw) == width - 1 and unit_col is not None:
            raw.insert(unit_col, "")  # (a row with no unit)
        if len(raw) != width:
            break
        rows.append(raw)
        spans.append((cells[k][1], cells[end - 1][1] + len(cells[end - 1][0])))
        if nxt is None:
            k = end
            break
        k, n = nxt, n + 1
    if len(rows) < 3:
        return None, i
    return (rows, cells[i][1], spans[-1][1], spans), k


def _rate_heads(header: list[str]) -> int:
    """How many of a header's cells head a yearly or cumulative change (年均增长(%), 年均[累计], 〔累计〕)."""
    growth, _, cumulative, _ = _change_heads()
    return sum(1 for h in header if growth.match(to_simplified(h)) or cumulative.match(to_simplified(h)))


_NUMBERED_HEAD_MAX = 16  # cells from 序号 to the first row's number
_NUMBER_HEAD = frozenset(load("targets")["pasted_tables"]["number_heads"])
_RATE_WORDS = tuple(load("targets")["pasted_tables"]["rate_words"])


def _unit_cell(cell: str) -> bool:
    """A cell that is a unit and nothing else (%, 亿元, 家)."""
    if cell in ("%", "％"):
        return True
    m = lexicon().quantity.fullmatch("1" + cell) if cell and len(cell) <= 6 and not _DIGIT_RE.search(cell) else None
    return bool(m and m.group("u"))


def _row_of_values(row: list[tuple[str, int]], nyears: int, lead: int = 1) -> bool:
    """A name (and its unit, lead 2), then a value (or a dash for none) for each year column; the
    columns after those are words (约束性) or cumulative changes ([4])."""
    return bool(row[0][0]) and not _VALUE_CELL.fullmatch(row[0][0]) and all(
        not c or _VALUE_CELL.fullmatch(c) or c in _NO_VALUE or _worded_value(c) for c, _ in row[lead:lead + nyears])


def _worded_value(cell: str) -> bool:
    """A year's cell in words (建成, 持续改善) or a value in words (较2022年 下降3%, 每年提升2%左右或不低于全省平均水平):
    no number to read, or one a sentence reads; a short cell, as a table's are."""
    return len(cell) <= _WORDED_CELL_MAX and bool((_GOAL_IN_WORDS if not _DIGIT_RE.search(cell) else _VALUE_IN_WORDS).search(cell))


_WORDED_CELL_MAX = 30
# (较2022年 下降3%, 每年提升2%左右: a change or a bound of the lexicon, then a rate)
_VALUE_IN_WORDS = _compile("(?:" + _change_alternation(load("targets")) + "|" + word_alternation(list(load("targets")["pre_comparators"]))
                           + r")\s*[\d.]+\s*(?:%|个百分点)")


_PASTED = load("targets")["pasted_tables"]
_GOAL_IN_WORDS = _compile(_PASTED["worded_goal"])
_EXTRA_HEAD = _compile(_PASTED["extra_head"])
_NO_VALUE = frozenset(_PASTED["no_value"])
_CELL_EDGE_CHARS = " \t\u3000|｜"
_HEAD_NOTE = _compile(r"[（(][^）)]{4,}[）)]$")


def _trailing_bars(line: str) -> int:
    """How many bars end the line (Mbps | | → 2), spaces between them."""
    n, rest = 0, line.rstrip()
    while rest[-1:] in ("|", "｜"):
        n, rest = n + 1, rest[:-1].rstrip()
    return n


def _cell(line: str) -> str:
    """A table cell of a line: without the | a Markdown paste leaves, and a year header without the note
    that explains it (2020年基期值(起始日期用作比较的数据))."""
    c = line.strip(_CELL_EDGE_CHARS)
    return _HEAD_NOTE.sub("", c) if c[:2] in ("19", "20") else c


_GLUED_HEAD = _compile(r"(?:(?:19|20)\d\d年){2,6}")
_GLUED_VALUE = r"(?:-|[<>≤≥]?\d{1,6}(?:\.\d{1,4})?(?:%|[A-Za-z]{1,3}/[A-Za-z]{1,3})?)"
_GLUED_NAME_STOP = _compile(_PASTED["glued_name_stop"])
_SENTENCE_MARK = _compile(r"[。；;，,]")


_GLUED_YEAR = _compile(r"(?:19|20)\d\d年")


@lru_cache(maxsize=8)
def _glued_row(n: int) -> tuple[regex.Pattern, regex.Pattern]:
    """The row of a glued table of n year columns (a name, n values), and the split of its values into
    one group each; compiled once per column count."""
    row = regex.compile(rf"(?<!\d)(?P<name>[^\d\n%]{{2,40}}?)(?P<vals>{_GLUED_VALUE}{{{n}}})(?=[^\d.%]|$)")
    return row, regex.compile(f"({_GLUED_VALUE})" * n)  # the same backtracking, one group per year


def _glued_tables(text: str) -> list[tuple[list[list[str]], int, int, list[tuple[int, int]]]]:
    """A table copied with no separators at all (doc-sharing sites): a run of years as the header
    (2016年2017年2018年), then rows of a name and one value per year glued to it and to each other
    (再生水回用率30%40%55%, 农田灌溉水有效利用系数0.720.750.78). The values of a row share their
    shape, so the split is found by backtracking over at most six short numbers: bounded, not a scan."""
    out, lines_done = [], set()
    breaks = [m.start() for m in _NEWLINE.finditer(text)]  # found once: a search back from every header was quadratic
    for head in _GLUED_HEAD.finditer(text):
        b = bisect.bisect_left(breaks, head.start())
        line_start = breaks[b - 1] + 1 if b else 0
        if line_start in lines_done:
            continue  # a second header on the line: its rows were read with the first
        lines_done.add(line_start)
        years = _GLUED_YEAR.findall(head.group(0))
        n = len(years)
        row, split = _glued_row(n)
        header = ["指标"] + years
        rows, spans = [header], [(head.start(), head.end())]
        line_end = breaks[b] if b < len(breaks) else len(text)
        if _SENTENCE_MARK.search(text, line_start, line_end):
            continue  # sentences: a task table or prose, not cells glued together
        # rows before the header too: a header split by a page-chunk marker leaves its rows ahead of the next
        for m in row.finditer(text, line_start, line_end):
            vals = list(split.fullmatch(m.group("vals")).groups())
            name = m.group("name").strip()
            stops = list(_GLUED_NAME_STOP.finditer(name))
            if stops:
                name = name[stops[-1].end():]  # …年度下达指标再生水回用率: the row's name follows the last heading word
            if len(name) < 2:
                continue
            rows.append([name] + [("" if v == "-" else v) for v in vals])
            spans.append((m.end("name") - len(name), m.end()))
        if len(rows) >= 3:  # the line is the table: its caption and the rows it could not split go with it
            out.append((rows, line_start, line_end, spans))
    return out


_FOUR_DIGIT_YEAR = _compile(r"(?:19|20)\d\d")


def _year_lines_adjacent(text: str, breaks: list[int], year_lines) -> bool:
    """Two lines with a year, nothing but blank lines between them (a header flattened a cell a line)."""
    for line in year_lines:
        nxt = line + 1
        while nxt < len(breaks) and not text[breaks[nxt - 1] + 1:breaks[nxt]].strip():
            nxt += 1  # over blank lines (each blank run is crossed once per year line before it: few)
        if nxt in year_lines:
            return True
    return False


_VALUE_LINE = _compile(r"(?m)^[ \t|｜]*\d+(?:\.\d+)?[ \t|｜]*$")
_MIN_VALUE_LINES = 6


@lru_cache(maxsize=1)  # (the table readers each ask it of the same text: split once)
def _lines_and_starts(text: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    lines, starts, pos = [], [], 0
    for line in text.split("\n"):
        lines.append(line.strip())
        starts.append(pos)
        pos += len(line) + 1
    return tuple(lines), tuple(starts)


def _allocation_cells(lines: Sequence[str], starts: Sequence[int]):
    """An allocation table flattened a cell a line: rows of a name and m numbers (each row perhaps opened by
    a 序号 or a merged cell: 济南市 | 全市小计: | 525 | 2440 …; 1 | 其中:1.历下区 | 226 | 1276 …) under a
    header whose last m words name the numbers' columns. Found by the runs of numbers: linear."""
    cells = [(c, start) for line, start in zip(lines, starts) if (c := _cell(line))]
    value = [bool(_NUMBER_CELL.fullmatch(c)) or c in _NO_VALUE for c, _ in cells]
    # a name or a header is a short cell, never a sentence (正文。 between numbers ends a table)
    word = [not v and len(c) <= 20 and not _SENTENCE_MARK.search(c) for (c, _), v in zip(cells, value)]
    runs, x = [], 0  # (start, length) of each run of value cells
    while x < len(cells):
        if value[x]:
            y = x
            while y < len(cells) and value[y]:
                y += 1
            runs.append((x, y - x))
            x = y
        else:
            x += 1
    # a row's 序号 follows the numbers of the row before it (… 755.91 | 1 | 其中:1.历下区 | 226 …): a run
    # whose last cell counts on from the run before's last is one number longer than its row
    for q in range(len(runs) - 1):
        (a, m), (b, n) = runs[q], runs[q + 1]
        last, nxt = cells[a + m - 1][0], cells[b + n - 1][0]
        if m >= 3 and last.isdigit() and (nxt.isdigit() and int(nxt) == int(last) + 1 or n == m - 1):
            runs[q] = (a, m - 1)
    out, r = [], 0
    while r + 1 < len(runs):
        (a, m), (b, m2) = runs[r], runs[r + 1]
        gap = b - (a + m)  # the cells of the next row before its numbers: a name, or a 序号 and a name
        if m < 2 or m2 != m or gap not in (1, 2) or a - gap - m < 0 or \
                not all(word[h] for h in range(a - gap - m, a - gap)) or not word[a - 1] or not word[b - 1]:
            r += 1
            continue
        rows = [runs[r]]
        while r + len(rows) < len(runs):
            rs, rn = runs[r + len(rows)]
            pc, pn = rows[-1]
            if rn != m or rs - (pc + pn) != gap or not word[rs - 1]:
                break
            rows.append((rs, rn))
        if len(rows) < _MIN_ALLOCATION_ROWS:
            r += 1
            continue
        head_at = a - gap - m  # the header's last m words, over the columns of numbers
        table = [["名称"] + [cells[h][0] for h in range(head_at, head_at + m)]]
        spans = [(cells[head_at][1], cells[head_at + m - 1][1] + len(cells[head_at + m - 1][0]))]
        for rs, rn in rows:
            name = _ROW_NAME.sub("", cells[rs - 1][0])
            table.append([name] + [cells[v][0] for v in range(rs, rs + rn)])
            spans.append((cells[rs - gap][1], cells[rs + rn - 1][1] + len(cells[rs + rn - 1][0])))
        out.append((table, spans[0][0], spans[-1][1], spans))
        r += len(rows)
    return out


def _bare_growth_item(name: str, lx: _Lex) -> bool:
    """A clause before its % that is a measure's name alone (财政收入 in …增长7%，财政收入8%): short, no
    figure, no verb of its own, no change word, no rate (城镇化率60% is a level, not a growth) and no share (占…10%)."""
    simp = to_simplified(name.strip())
    return 2 <= len(simp) <= _BARE_ITEM_MAX and _HAN_ONLY.fullmatch(simp) is not None and \
        not simp.endswith(_RATE_ENDINGS) and not simp.startswith(_SHARE_OPENERS) and not lx.verb_start.match(simp) and \
        not lx.change_re.search(simp) and not _OWN_VERB.search(simp)


_BARE_ITEM_MAX = 10  # characters of a measure's name alone in a list of growths
_SHARE_OPENERS = tuple(load("targets")["share_openers"])  # (…年均增长11.8%，占全省…10%以上: a share of the growth's measure)


def _same_dimension(a: Optional[str], b: Optional[str]) -> bool:
    """Two units of one base (万吨 and 吨, 亿元 and 万元, 萬噸 and 噸): amounts of one kind at different scales."""
    ba, bb = (base_unit(to_simplified(a)) if a else None), (base_unit(to_simplified(b)) if b else None)
    return ba is not None and bb is not None and ba[0] == bb[0]


_ROW_NAME = _compile(r"^(?:其中\s*[:：]?\s*)?(?:\d{1,3}\s*[.、．]\s*)?")  # 其中:1.历下区 → 历下区


def flattened_tables(text: str, goal_year: Optional[int] = None) -> list[tuple[list[list[str]], int, int, list[tuple[int, int]]]]:
    """Tables pasted into plain text: one row a line with cells apart by tabs or runs of spaces, or one
    cell a line (a first header cell, two or more year headers, then rows of as many cells), or a list
    of places and counts run onto one line under a count's heading (任务数(人) 甲村 6 乙村 6 …), or |-rows
    of a name and its counts under a header of words (省 份 | 作业面积(万亩)).
    goal_year: the plan's period end, whose column alone makes a table of |-rows its indicators' goals.
    Returns (rows, start, end, the span of each row) for each one found."""
    out = _flattened_tables(text, goal_year)
    bars = _bar_allocations(*_lines_and_starts(text)) if _BAR_ROW.search(text) else []
    for t in bars + _pair_lines(text):
        if not any(a < t[2] and t[1] < b for _, a, b, _ in out):
            out.append(t)
    return out


_PAIR_HEAD = _compile(load("targets")["pasted_tables"]["pair_head"])
_PAIR = _compile(load("targets")["pasted_tables"]["pair"])
_PAIR_SKIP = _compile(load("targets")["pasted_tables"]["pair_skip"])
_MIN_PAIRS = 5


def _pair_lines(text: str) -> list[tuple[list[list[str]], int, int, list[tuple[int, int]]]]:
    """Places and their counts run onto one line after the heading of what is counted (附表 …任务分配表
    村别 任务数(人) 备注 邹家营村 6 农技站 2 …, two tables side by side): a two-column allocation table."""
    out = []
    scanned = 0  # each stretch of text is scanned once, whatever number of headings it holds: linear
    for h in _PAIR_HEAD.finditer(text):
        if h.start() < scanned or not _NAMED_COUNT.search(text, h.end(), h.end() + _CAPTION_MAX + _PAIR_MAX):
            continue  # (no count within reach: no list under this heading)
        line_start = text.rfind("\n", max(0, h.start() - _CAPTION_MAX), h.start()) + 1
        caption = text[max(line_start, h.start() - _CAPTION_MAX):h.start()]  # 附表：2016年…任务分配表村别
        rows, spans, pos = [[caption, h.group(0).strip()]], [(h.start(), h.end())], h.end()
        while True:  # each pair looked for within a short reach of the last: bounded work per heading
            m = _PAIR.search(text, pos, pos + _CAPTION_MAX + _PAIR_MAX)
            if m is None:
                break
            gap = text[pos:m.start()]
            if "\n" in gap or (gap.strip() and len(rows) > 1 and _DIGIT_RE.search(gap)) or len(gap) > _CAPTION_MAX or \
                    any(c in _PROSE_STOPS for c in (gap if len(rows) > 1 else "") + m.group("name")):
                break  # the pairs are over: the line ended, or something else came between (a sentence's
                # punctuation: 共27个，预计减排911吨。其中… is prose, not a table's pairs)
            name = _PAIR_SKIP.sub("", m.group("name")).strip()
            if name:
                rows.append([name.replace(" ", ""), m.group("n")])
                spans.append((m.start("name"), m.end()))
            pos = m.end()
        scanned = pos
        if len(rows) > _MIN_PAIRS:
            out.append((rows, h.start(), spans[-1][1], spans))
    return out


_PROSE_STOPS = frozenset("，。；,;：")  # a sentence's punctuation: no table's pairs are apart by it
_NAMED_COUNT = _compile(r"\p{Han} ?\d")  # a name and its count: what a pair needs, looked for first
_PAIR_MAX = 30  # characters of a place's name, its count and the space between
_CAPTION_MAX = 60  # characters of a caption or heading cells before the count's heading, or before the first pair


_MAX_HEADING_ROW = 20  # characters: a line without cells inside a table is a group's heading (生态环境质量)


_BAR_ROW = _compile(r"(?m)^[^|\n]{1,30}\|\s*\d+(?:\.\d+)?\s*(?:\||$)")  # 天津市 | 80 |: a row of names and counts


def _bar_allocations(lines: Sequence[str], starts: Sequence[int]):
    """Allocation tables of |-rows with no year in their header (省 份 | 作业面积(万亩) | over 天津市 | 80 |):
    a header of words, then rows of a name and as many numbers. The table reader reads them as it reads
    any allocation table: a target per number, its column the indicator (with the header's unit), its
    row the scope."""
    out, i = [], 0
    while i + 1 < len(lines):
        if "|" not in lines[i] or "|" not in lines[i + 1]:
            i += 1
            continue
        header = _bar_cells(lines[i])
        noted = len(header) > 2 and "".join(header[-1].split()) in _NOTE_HEADS  # (乡镇 | 新种任务(亩) | 备注)
        header = header[:-1] if noted else header
        if len(header) < 2 or any(not h or _DIGIT_RE.fullmatch(h) for h in header):
            i += 1
            continue
        first = i + 1
        grouped = _grouped_header(header, lines, i)
        if grouped:  # (区县 | 小春粮食 | 小麦 | over 面积 | 亩产 | 总产 | 面积 | …: one column a group's measure)
            header, first = grouped, i + 2
        rows, spans, k = [header], [(starts[i], starts[i] + len(lines[i]))], first
        while k < len(lines) and "|" in lines[k]:
            cells = _bar_cells(lines[k])
            cells = cells[:len(header)] if noted and len(cells) == len(header) + 1 else cells  # (a remark is no count)
            if len(cells) != len(header) or not cells[0] or _NUMBER_CELL.fullmatch(cells[0]) or \
                    not all(_NUMBER_CELL.fullmatch(c) or c in _NO_VALUE or not c for c in cells[1:]):
                break
            rows.append(cells)
            spans.append((starts[k], starts[k] + len(lines[k])))
            k += 1
        if len(rows) > _MIN_ALLOCATION_ROWS:
            out.append((rows, starts[i], spans[-1][1], spans))
            i = k
        else:
            i += 1
    return out


def _grouped_header(header: list[str], lines: Sequence[str], i: int) -> Optional[list[str]]:
    """A header over two lines: the row heading and the groups (区县 | 小春粮食 | 小麦 | 马铃薯 |), then the same
    measures under each group (面积 | 亩产 | 总产 | 面积 | …), then rows of a name and a value a measure: one
    header of the group's measure each (小麦亩产), its unit from the table's 单位 line when that line names
    one a measure (单位：万亩、公斤/亩、万吨 over 面积 | 亩产 | 总产)."""
    if i + 2 >= len(lines) or "|" not in lines[i + 2]:
        return None
    groups, subs = header[1:], _bar_cells(lines[i + 1])
    subs = [c for c in subs if c] if subs and not subs[-1] else subs
    width = len(subs) // len(groups) if groups else 0
    if width < 2 or width * len(groups) != len(subs) or any(not c or _DIGIT_RE.search(c) for c in subs) or \
            subs[:width] * len(groups) != subs or len(_bar_cells(lines[i + 2])) != 1 + len(subs):
        return None
    caption = to_simplified("\n".join(lines[max(0, i - 2):i]))  # (单位：… over the header, or over its row heading)
    units = _TABLES["caption_units"].search(caption)
    named = [u for u in (x.strip() for x in _TABLES["measure_units_split"].split(units.group(1))) if u] if units else []
    unit_of = dict(zip(subs[:width], named)) if len(named) == width else {}
    return [header[0]] + [f"{g}{m}" + (f"（{unit_of[m]}）" if m in unit_of else "") for g in groups for m in subs[:width]]


_TITLE_YEAR = _compile(_PASTED["title_year"])  # a table's title line naming its one year
_TITLE_LINES = 3  # lines over a table its title is looked for in


_NOTE_HEADS = frozenset(_PASTED["note_heads"])  # a table's last column of remarks (备注): words, no counts


def _turned_blocks(lines: Sequence[str], starts: Sequence[int]):
    """A table turned on its side and cut in blocks (a portal's wide table): a label line (主要指标 |), a line of the
    indicators' names, a label line of the goal's year (2022年目标值 |), a line of as many values, maybe a line of
    their attributes (属性 | 约束性 | …); block after block. Read as one table of a row per indicator."""
    year_head, _, name_head, _, attribute = _table_words()
    rows: list[list[str]] = []
    spans: list[tuple[int, int]] = []
    out, i = [], 0
    while i + 3 < len(lines):
        if "|" not in lines[i] or "|" not in lines[i + 2]:
            i += 1
            continue
        label, names = "".join(_bar_cells(lines[i])[0].split()), _bar_cells(lines[i + 1])
        year_label, values = "".join(_bar_cells(lines[i + 2])[0].split()), _bar_cells(lines[i + 3])
        names, values = [c for c in names if c], [c for c in values if c]
        if len(_bar_cells(lines[i])) <= 2 and name_head.search(label) and len(names) >= 2 and \
                year_head.match(year_label) and len(values) == len(names) and \
                all(_VALUE_CELL.fullmatch(v) for v in values) and not any(_VALUE_CELL.fullmatch(n) for n in names):
            if not rows or rows[0][1] != year_label:
                if len(rows) > 1:
                    out.append((rows, spans[0][0], spans[-1][1], spans))
                rows, spans = [[label, year_label]], [(starts[i], starts[i] + len(lines[i]))]
            rows += [[n, v] for n, v in zip(names, values)]
            spans += [(starts[i + 3], starts[i + 3] + len(lines[i + 3]))] * len(names)
            i += 4
            if i < len(lines) and attribute.match("".join(_bar_cells(lines[i])[0].split())):
                i += 1  # (属性 | 约束性 | 预期性: what kind of goal each is, no value)
            continue
        i += 1
    if len(rows) > 1:
        out.append((rows, spans[0][0], spans[-1][1], spans))
    return out


def _bar_cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|｜").split("|")]


def _bar_table(lines: Sequence[str], starts: Sequence[int], i: int, year_head, goal_year: Optional[int] = None):
    """A table of rows written a line each with cells apart by | (a page's table scraped as text), under a
    header of two or more years, or of an indicator name and the plan's goal year alone: its rows, each
    fitted to the header's columns (a leading group cell of a merged column dropped, so the row's cells
    stand right-aligned under the header; a missing last cell left empty), and group headings between
    them passed over."""
    header = _bar_cells(lines[i])
    years = [m for c in header if (m := year_head.match(c))]
    plan = FIVE_YEAR_PLAN.search(lines[i - 1]) if i and len(years) == 1 and goal_year is None else None
    if plan:  # (表：“十二五”时期体育发展的主要指标 over 指标名称 | 单位 | 属性 | 2015年: the caption's plan ends in it)
        goal_year = five_year_plan_start(plan.group(1)) + 4
    goal = len(years) == 1 and goal_year is not None and years[0].group(2) == str(goal_year) and \
        any(_table_words()[2].match(c) for c in header)
    if (len(years) < 2 and not goal) or len(header) < 3:
        return None
    name_col = next((x for x, c in enumerate(header) if _table_words()[2].match(c)), None)
    year_cols = [x for x, c in enumerate(header) if year_head.match(c)]
    serial = header[0].replace(" ", "") in _NUMBER_HEAD
    rows, spans, k, last = [header], [(starts[i], starts[i] + len(lines[i]))], i + 1, i
    while k < len(lines):
        line = lines[k]
        if line.count("|") < 1:
            if len(line) > _MAX_HEADING_ROW or k - last > 2:
                break
            k += 1
            continue
        cells = _bar_cells(line)
        if len(cells) > len(header):
            cells = cells[len(cells) - len(header):]
        whole = len(cells) == len(header)
        cells += [""] * (len(header) - len(cells))
        cells, shifted = _right_aligned(cells, year_cols, name_col)
        whole = whole or shifted  # (a row whose merged first cell was left out is whole once shifted)
        # (a row of every column may hold a goal in words, 达到市定水平: no value, still a row; a 序号 column's numbers
        # open rows)
        if (_VALUE_CELL.fullmatch(cells[0]) and not serial) or not all(
                not c or c in _NO_VALUE or _VALUE_CELL.fullmatch(c) or (whole and len(c) <= _WORDED_GOAL)
                for c, h in zip(cells[1:], header[1:]) if year_head.match(h)):
            break
        rows.append(cells)
        spans.append((starts[k], starts[k] + len(line)))
        last = k
        k += 1
    if len(rows) < 2:
        return None
    return rows, starts[i], spans[-1][1], spans


_WORDED_GOAL = 12  # characters of a goal in words in a value's cell (达到市定水平, 全面完成)


def _right_aligned(cells: list[str], year_cols: list[int], name_col: Optional[int]) -> tuple[list[str], bool]:
    """2 | 婴儿死亡率 | ‰ | <5 | (under 类别 | 序号 | 指标名称 | 单位 | 2025年): a row whose merged first
    cell was printed only on the group's first row, its cells shifted left and its year columns empty.
    Shifted right as far as the empty cells at its end allow, when that puts values under the years and
    words under the indicator's name; else as it came. Returns the cells and whether they were shifted."""
    kept = len(cells)
    while kept and not cells[kept - 1]:
        kept -= 1
    trailing = len(cells) - kept
    if not trailing or any(cells[x] for x in year_cols):
        return cells, False
    shifted = [""] * trailing + cells[:len(cells) - trailing]
    if all(_VALUE_CELL.fullmatch(shifted[x]) or shifted[x] in _NO_VALUE or 0 < len(shifted[x]) <= _WORDED_GOAL
           for x in year_cols) and \
            (name_col is None or _HAN.search(shifted[name_col])):
        return shifted, True
    return cells, False


_MAX_STACKED = 4  # rows a merged cell holds (其中：小学 | 初中)
_GROUP_HEADING = _compile(_PASTED["group_heading"])


def _stacked_rows(cells: list[tuple[str, int]], k: int, nyears: int, extra: int):
    """Rows that share their cells, each cell a line per row, flattened a cell a line: the names (a parent
    and its parts 4.标准班额比例(%) | 其中：小学 | 初中, or a row and its part 1.专科学历比例(%) | 其中：本科学历比例(%)),
    then each year's values one row after another (34.52% | 77.34% | 80%以上 | 85%以上), then the columns after
    the years once. ([rows], the cell after them), or None when the cells are not of that shape."""
    names = []
    while k + len(names) < len(cells) and len(names) <= _MAX_STACKED and \
            not _VALUE_CELL.fullmatch(cells[k + len(names)][0]) and len(cells[k + len(names)][0]) <= 40:
        names.append(cells[k + len(names)][0])
    if len(names) > 1 and _GROUP_HEADING.match(names[0]):
        names, k = names[1:], k + 1  # 三、师资发展水平 over the rows
    v = k + len(names)
    values = []
    while v + len(values) < len(cells) and (_VALUE_CELL.fullmatch(cells[v + len(values)][0])
                                           or cells[v + len(values)][0] in _NO_VALUE):
        values.append(cells[v + len(values)][0])
    n = len(values) // nyears
    if n < 2 or len(values) != n * nyears or len(names) not in (n, n + 1):
        return None
    row_names = names if len(names) == n else [names[0]] * n  # parts of one name: the name, for each
    rows = [[_ROW_NAME.sub("", row_names[r])] + [values[y * n + r] for y in range(nyears)] + [""] * extra
            for r in range(n)]
    return rows, v + len(values) + extra


def _flattened_tables(text: str, goal_year: Optional[int] = None) -> list[tuple[list[list[str]], int, int, list[tuple[int, int]]]]:
    turned = _turned_blocks(*_lines_and_starts(text)) if "|" in text and "指" in text else []
    rest = _flattened_rest(text, goal_year)
    return turned + [t for t in rest if not any(a <= t[1] < b or t[1] <= a < t[2] for _, a, b, _ in turned)]


def _flattened_rest(text: str, goal_year: Optional[int] = None) -> list[tuple[list[list[str]], int, int, list[tuple[int, int]]]]:
    year_head = _table_words()[0]
    glued = _glued_tables(text)
    if glued:
        return glued
    # a table's header holds years (two on a line, or two lines of a year each, or the goal year's
    # column among | cells): where none does, there is nothing to read, and the line-by-line passes
    # below are skipped (a text of a million short lines)
    breaks = [m.start() for m in _NEWLINE.finditer(text)]
    year_lines = Counter(bisect.bisect_left(breaks, m.start()) for m in _FOUR_DIGIT_YEAR.finditer(text))
    goal_column = goal_year is not None and f"| {goal_year}年" in text
    # (序号 | 指标 | … | 2025年 | 年均[累计]: one year's column and the rate's)
    numbered = bool(year_lines) and any(h in text for h in (*_NUMBER_HEAD, *_RATE_WORDS))
    if not goal_column and not numbered and not any(n >= 2 for n in year_lines.values()) and \
            not _year_lines_adjacent(text, breaks, year_lines):
        # no year header; an allocation table a cell a line has lines of a number alone
        if sum(1 for _ in zip(range(_MIN_VALUE_LINES), _VALUE_LINE.finditer(text))) < _MIN_VALUE_LINES:
            return []
        return _allocation_cells(*_lines_and_starts(text))
    lines, starts = _lines_and_starts(text)
    out = []
    i = 0
    while i < len(lines):  # one row a line
        if lines[i].count("|") >= 2:
            found = _bar_table(lines, starts, i, year_head, goal_year if goal_column else None)
            if found:
                out.append(found)
                i = bisect.bisect_right(starts, found[2])
                continue
        header, gap = _CELL_GAP.split(lines[i]), _CELL_GAP
        if len(header) < 3 and lines[i].count("年") >= 2 and len(lines[i]) <= _SPACED_HEAD_MAX and "\t" not in lines[i]:
            line = lines[i].strip()  # (序号 指标名称 2020年 2025年 增长率: one space apart, which cleaning takes out
            # between words and figures: 序号指标名称2020年2025年增长率 over rows still one space apart)
            header, gap = [c for c in (line.split(" ") if " " in line else _YEAR_CELL.split(line)) if c], _ONE_SPACE
        glued = next((h for h in _NUMBER_HEAD if header[0].startswith(h) and len(header[0]) > len(h)), None) \
            if len(header) >= 2 else None
        if glued:  # (序号指标名称: cleaning joined the number's head to the name's, one cell a column each)
            header = [glued, header[0][len(glued):], *header[1:]]
        years_at = [x for x, c in enumerate(header) if year_head.fullmatch(c)] if gap is _ONE_SPACE else []
        if gap is _ONE_SPACE and len(years_at) < 2:
            header = []  # (one space apart: two years' columns at least, or no table)
        if len(header) >= 3 and sum(1 for c in header if year_head.match(c)) + _rate_heads(header) >= 2 and \
                any(year_head.match(c) for c in header):  # (指标 单位 属性 2025年 年均[累计]: one year, then the rate's)
            k = i + 1
            rows = [header]
            while k < len(lines) and len(cells_k := gap.split(lines[k].strip() if gap is _ONE_SPACE else lines[k])) == len(header) \
                    and (gap is _CELL_GAP or all(_SPACED_VALUE.match(cells_k[x]) for x in years_at)):
                rows.append(cells_k)  # (a row one space apart: its year columns all figures or dashes, not words)
                k += 1
            if len(rows) >= 2:
                spans = [(starts[x], starts[x] + len(lines[x])) for x in range(i, k)]
                out.append((rows, starts[i], starts[k - 1] + len(lines[k - 1]), spans))
                i = k
                continue
        i += 1
    if out:
        return out
    # one cell a line: blank lines between cells are spacing, not cells; a cell may end in the | of a
    # table pasted as Markdown, and a header may explain itself in brackets (2020年基期值(起始…))
    # (a line of a bar alone is an empty cell of a table whose cells end in bars: 指标 | 2013年 | … | |)
    cells = []
    for line, start in zip(lines, starts):
        c = _cell(line)
        if c or line.strip() in ("|", "｜"):
            cells.append((c, start))
            # Mbps | |: a cell, then the empty one cleaning joined to its line
            if c and line[-1:] in _CELL_EDGE_CHARS:
                cells += [("", start + len(line))] * (_trailing_bars(line) - 1)
    attribute = _table_words()[4]
    i = 0
    unit_head = _table_words()[3]
    while i < len(cells):
        if cells[i][0] in _NUMBER_HEAD:
            found, after = _numbered_rows(cells, i)
            if found:
                out.append(found)
                i = after
                continue
        j = i + 1
        # 指标 | 单位 | 2013年 | 2015年: a unit column between the names and the years
        lead = 2 if j < len(cells) and unit_head.match(to_simplified(cells[j][0])) else 1
        j = i + lead
        while j < len(cells) and year_head.match(cells[j][0]):
            j += 1
        nyears = j - i - lead
        while nyears >= 2 and j < len(cells) and j - i - lead - nyears < 2 and (
                attribute.match(to_simplified(cells[j][0])) or _EXTRA_HEAD.fullmatch(to_simplified(cells[j][0]))):
            j += 1  # 属性 (约束性, 预期性), 年均增长: columns after the years, not read as targets
        ncols = j - i
        if nyears >= 2 and not year_head.match(cells[i][0]) and len(cells[i][0]) <= 12:
            rows = [[c for c, _ in cells[i:j]]]
            spans = [(cells[i][1], cells[j - 1][1] + len(cells[j - 1][0]))]
            k = j
            while k + ncols <= len(cells):
                if not _row_of_values(cells[k:k + ncols], nyears, lead) or len(cells[k][0]) > 40:
                    group = _stacked_rows(cells, k, nyears, ncols - 1 - nyears) if lead == 1 else None
                    if group:
                        sub_rows, k_next = group
                        rows.extend(sub_rows)
                        spans.extend([(cells[k][1], cells[k_next - 1][1] + len(cells[k_next - 1][0]))] * len(sub_rows))
                        k = k_next
                        continue
                    if len(cells[k][0]) <= 20 and k + 1 + ncols <= len(cells) and \
                            _row_of_values(cells[k + 1:k + 1 + ncols], nyears, lead):
                        k += 1  # 一、发展水平: a heading row between the rows of values
                        continue
                    break
                rows.append([c for c, _ in cells[k:k + ncols]])
                spans.append((cells[k][1], cells[k + ncols - 1][1] + len(cells[k + ncols - 1][0])))
                k += ncols
            if len(rows) >= 2:
                out.append((rows, cells[i][1], cells[k - 1][1] + len(cells[k - 1][0]), spans))
                i = k
                continue
            if lead == 2:
                found, after = _rows_by_unit(cells, i, nyears)
                if found:
                    out.append(found)
                    i = after
                    continue
        i += 1
    if not out and sum(1 for _ in zip(range(_MIN_VALUE_LINES), _VALUE_LINE.finditer(text))) >= _MIN_VALUE_LINES:
        out = _allocation_cells(lines, starts)  # no table of years: one of places and counts, perhaps
    return out

"""What kind of document a text is: a plan, a notice, a report, statistics, news, a standard, a form.

Researchers feed whatever a portal offers; only plans (and the forward part of reports) commit to
targets. The title decides first (统计公报, 政府工作报告, 考试大纲, 实施方案, 批复 …), then the body's
cues overrule where the title misleads: a news headline over a plan's summary is a plan (力争, 到2025年,
主要目标), a bulletin with no plan words is statistics. The evidence is kept with the answer. Rules in
data/doc_kind.json."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import Optional

import regex

from . import metadata, prefilter
from .data import line_label, load, to_simplified
from .numbers import FIVE_YEAR_PLAN, five_year_plan_start
from .readers.txt import han_count
from .targets import lexicon, not_said

LITTLE_CHINESE = "little Chinese text"
NEWS_ONLY = "a news outlet's cues and no plan's"  # a text of no kind read as news (a feature story)
_SAMPLE = 20_000  # cues are counted in the first characters: a kind shows early, and this keeps it linear
_HAN = regex.compile(r"\p{Han}")


@dataclass(frozen=True)
class _Rules:
    order: tuple
    title: dict
    plan_inside_notice: re.Pattern
    cues: dict
    overrule: dict
    no_targets: frozenset
    review: re.Pattern
    forward: re.Pattern
    done: re.Pattern
    heading: re.Pattern
    forward_cue: re.Pattern
    news_forward_cue: re.Pattern
    news_achieved: re.Pattern
    goal_words: re.Pattern
    weak_goal_words: re.Pattern
    max_weak_share: float
    min_numeric_sentences: int
    min_numeric_sentences_news: int
    min_han_share: float
    heads: dict
    results_title: re.Pattern
    goal_statement: re.Pattern
    goal_heading: re.Pattern
    forward_clause: re.Pattern
    done_le: re.Pattern
    forward_title: re.Pattern
    news_goal_goes_on: re.Pattern
    news_works_go_on: re.Pattern
    news_past: re.Pattern
    news_five_year: re.Pattern
    news_five_year_undated_from: int
    news_plan_span: re.Pattern
    stated_year: re.Pattern
    news_sets_level: re.Pattern
    news_document_says: re.Pattern
    news_issued_rule: re.Pattern
    news_issued_within: int
    list_item_done: re.Pattern
    news_goals_named_before: re.Pattern
    run_in_later: re.Pattern
    run_in_first: str
    letter_title: re.Pattern
    goals_listed_lead: re.Pattern
    goals_list_past: re.Pattern
    tasks_lead: re.Pattern
    tasks_named: re.Pattern
    tasks_restated: re.Pattern
    tasks_run_in: re.Pattern
    counted_lead: re.Pattern
    rules_standard: re.Pattern
    project_notice: re.Pattern
    place_profile: re.Pattern
    place_profile_min: int
    audit_title: re.Pattern
    yardstick: re.Pattern
    news_forward_strong: re.Pattern
    named_done: re.Pattern
    clause_goal: re.Pattern
    practices_lead: re.Pattern


def _tasks_ahead() -> str:
    """下半年，全市共有2.05万户的回迁安置任务: the extractor's words for tasks a time to come holds, as a news cue."""
    t = load("targets")
    return t["task_load_time"] + "[^。]{0,30}?共有" + t["task_load"]


@lru_cache(maxsize=1)
def rules() -> _Rules:
    d = load("doc_kind")
    c, report, only = re.compile, d["report"], d["reports_only"]
    return _Rules(
        order=tuple(d["title_order"]), title={k: c(v) for k, v in d["title"].items()},
        plan_inside_notice=c(d["plan_inside_notice"]),
        cues={k: c(prefilter.with_lookahead(v)) for k, v in d["cues"].items()},
        overrule=d["overrule"], no_targets=frozenset(d["no_targets"]), project_notice=c(d["project_notice"]),
        place_profile=c(d["place_profile"]), place_profile_min=d["place_profile_min"], audit_title=c(d["audit_title"]),
        review=c(report["review"]), forward=c(report["forward"]), done=c(report["done"]), heading=c(report["heading"]),
        forward_cue=c(report["forward_cue"]), stated_year=c(report["stated_year"]),
        news_forward_cue=c("|".join(d["news_forward_cue"]).replace("{tasks_ahead}", _tasks_ahead()).replace("{goal_due}", d["goal_due"])
                           .replace("{must_do}", load("targets")["must_do"])),
        news_achieved=c(d["news_achieved"]),
        goal_words=c(only["goal_words"]), weak_goal_words=c(only["weak_goal_words"]), max_weak_share=only["max_weak_share"],
        min_numeric_sentences=only["min_sentences"], min_numeric_sentences_news=only["min_sentences_news"],
        min_han_share=d["min_han_share"],
        heads={**d["heads"], "not_title": c(d["heads"]["not_title"]), "not_title_line": c(d["heads"]["not_title_line"])},
        results_title=c(d["results_title"]), goal_statement=c(d["goal_statement"]), goal_heading=c(d["goal_heading"]), forward_clause=c(d["forward_clause"]),
        done_le=c(d["done_le"].replace("{said_or_issued}", not_said(load("targets")["said_or_issued"]))),
        forward_title=c(d["forward_title"]), news_goal_goes_on=c(d["news_goal_goes_on"]), news_works_go_on=c(d["news_works_go_on"]), news_past=c(d["news_past"]),
        news_five_year=c(d["news_five_year"]), news_five_year_undated_from=d["news_five_year_undated_from"], news_plan_span=c(d["news_plan_span"]),
        news_sets_level=c(d["news_sets_level"]), news_document_says=c(d["news_document_says"]), news_issued_rule=c(d["news_issued_rule"]),
        news_issued_within=d["news_issued_within"], list_item_done=c(d["list_item_done"]),
        news_goals_named_before=c(d["news_goals_named_before"]), run_in_later=c(d["run_in_later"]), run_in_first=d["run_in_first"], letter_title=c(d["letter_title"]),
        goals_listed_lead=c(d["goals_listed_lead"]), goals_list_past=c(d["goals_list_past"]),
        tasks_lead=c(d["tasks_lead"].replace("{tasks_named}", d["tasks_named"]).replace("{tasks_noun}", d["tasks_noun"])),
        tasks_named=c(d["tasks_named"].replace("{tasks_noun}", d["tasks_noun"])),
        tasks_restated=c(d["tasks_restated"].replace("{tasks_noun}", d["tasks_noun"])), rules_standard=c(d["rules_standard"]),
        tasks_run_in=c(d["tasks_run_in"].replace("{tasks_noun}", d["tasks_noun"])),
        counted_lead=c(d["counted_lead"]),
        yardstick=c(d["yardstick"]), news_forward_strong=c(d["news_forward_strong"]), named_done=c(d["named_done"]),
        clause_goal=c(d["clause_goal"].replace("{goal_due}", d["goal_due"])
                      .replace("{goal_ahead_will}", load("targets")["goal_ahead_will"])), practices_lead=c(d["practices_lead"]))


PROJECT_NOTICE = "a project's environmental notice (环境影响评价…公示): its figures describe the project, it commits to none"
PLACE_PROFILE = "a place's profile (位于…，总面积…，总人口…): it describes, it sets no goals"
AUDIT = "an audit's report: its figures are what the audit found, it sets no goals"
_PROJECT_NOTICE_HEAD = 300  # characters: the notice names itself in its headline or first lines


def classify(title: Optional[str], text: str, progress_table: bool = False, written: Optional[int] = None,
             month: Optional[int] = None) -> tuple[str, list[str]]:
    """(kind, evidence). Evidence names what decided: 'title: 统计公报', 'cues: plan 5, statistics 0 …'.
    progress_table: the text holds a table of tasks against their progress (progresstable.py), whose tasks
    are the year's goals, however much its progress cells report. written, month: the year and month of the
    page's date, if known (a sentence of a year still to come, or of its year's first half, looks forward)."""
    kind, evidence = _classify(title, text, written, month)
    if progress_table and kind in ("report", "news", "statistics", "other"):
        return "plan", evidence + ["a progress table: its tasks are goals, its progress cells results"]
    return kind, evidence


def _classify(title: Optional[str], text: str, written: Optional[int], month: Optional[int]) -> tuple[str, list[str]]:
    r = rules()
    # a page printed twice counts its cues once: its lines, each the first time it comes
    # (a line break first: a cue at a line's start is one after \n, so every cue has characters it starts with)
    sample = "\n" + "\n".join(dict.fromkeys(to_simplified(text[:_SAMPLE]).split("\n")))
    han = han_count(sample, len(sample))
    if sample.strip() and han < r.min_han_share * len(sample.replace(" ", "").replace("\n", "")):
        return "other", [f"{LITTLE_CHINESE} ({han} of {len(sample)} characters)"]
    counts = {k: sum(1 for _ in p.finditer(sample)) for k, p in r.cues.items()}
    # (…预期目标为：国内旅游人数35.8亿人次，同比增长10%；…: a list of goals' 同比 and 比上年 are their bases)
    goals_stated = [(m.start(), _SENTENCE_END.search(sample, m.end()).start()) for m in r.goal_statement.finditer(sample)]
    goals_stated += [(m.end(), _block_end(sample, m.end())) for m in r.goal_heading.finditer(sample)]
    for k in ("statistics", "results") if goals_stated else ():
        counts[k] -= sum(1 for m in r.cues[k].finditer(sample) if any(a <= m.start() < b for a, b in goals_stated))
    # (…年度计划投资495.58亿元。截至目前，…完成投资270.03亿元，占年度计划投资的54.49%: the plan is a yardstick)
    measured = _yardstick_paragraphs(sample, r)
    counts["plan"] -= sum(1 for m in r.cues["plan"].finditer(sample) if m.group(0).startswith("计划") and _within(m.start(), measured))
    # (年内，力争接待游客280万人次，…分别增长16.7%: a growth or a result in a sentence that looks forward is a goal's)
    for k in ("statistics", "results"):
        counts[k] -= sum(1 for m in r.cues[k].finditer(sample) if not _within(m.start(), measured) and
                         (r.forward_clause.search(sample, _sentence_start(sample, m.start()), m.start()) or
                          _dated_ahead(sample, _sentence_start(sample, m.start()), m.start(), written, month)))
    # (…提前达到了健康北京行动提出的“到2022年，成人吸烟率低于20%”的目标: a goal quoted from another plan)
    # (…所有工作指标均超过省…提出的工作目标要求: the goal's word is the result's; 完成全年计划任务的80%: its plan's)
    covers = [_spans(p.finditer(sample)) for p in (r.cues["results"], _QUOTED)]
    if any(starts for starts, _ in covers):
        counts["plan"] -= sum(1 for m in r.cues["plan"].finditer(sample) if any(_found_around(c, m.start()) for c in covers))
    if counts["report"] and "《" in sample:  # (2010年《政府工作报告》经…审议通过后…: a report the page cites, not its own kind)
        counts["report"] -= sum(1 for m in r.cues["report"].finditer(sample) if _cited_at(sample, m.start()))
    cue_note = "cues: " + ", ".join(f"{k} {n}" for k, n in counts.items())
    o = r.overrule
    # what the body says outright beats any title: an invoice's fields, a standard's clauses, a report's address
    for kind in ("form", "standard", "report"):
        if counts[kind] >= o[f"{kind}_cues_for_{kind}"] and counts[kind] >= counts["plan"] // 2:
            return kind, [cue_note, f"{kind} cues"]
    if r.project_notice.search(sample, 0, _PROJECT_NOTICE_HEAD):
        return "notice", [cue_note, PROJECT_NOTICE]
    if title and r.audit_title.search(to_simplified(title)):
        return "report", [cue_note, AUDIT]
    if not counts["plan"] and len({m.group(0)[:2] for m in r.place_profile.finditer(sample)}) >= r.place_profile_min and \
            not lexicon().forward_words.search(sample):  # (the extractor's words for a time to come)
        return "other", [cue_note, PLACE_PROFILE]
    if sum(1 for _ in islice(_YEARBOOK_ENTRY.finditer(sample), _YEARBOOK_ENTRIES)) >= _YEARBOOK_ENTRIES:
        return "statistics", [cue_note, "a yearbook's entries (【农产品安全监管】 年内，…)"]
    by_title = _by_title(title, sample, r) if not (counts["news"] and _cited_in_body(title, sample, r)) else None
    if not by_title:  # (what a text with no kind in its title did, 形成了…, 购置了…: results)
        counts["results"] += sum(1 for _ in r.done_le.finditer(sample))
        cue_note = "cues: " + ", ".join(f"{k} {n}" for k, n in counts.items())
    # (a title cut short of its line, or none found: …闭幕式上通过县人大代表票选表决县政府2025年度十件民生实事项目正式出炉!
    # is the headline whole)
    head = to_simplified(title) if title else ""
    line = next((x for x in sample.split("\n", 8) if x.strip()), "")
    line = line if len(line) <= _HEADLINE_MAX and "。" not in line else ""  # (a body's first sentence is no headline)
    forward_head = bool((head and r.forward_title.search(head)) or r.forward_title.search(line))  # (a title cited in the body: the line still heads the page)
    if counts["plan_heading"] >= o["plan_headings_for_plan"]:  # 一、指导思想 … 二、目标任务 …: a plan's skeleton
        return "plan", [cue_note, "a plan's own headings"]
    plan_like = counts["plan"] >= o["plan_cues_for_plan"]
    if by_title:
        kind, why = by_title
        if kind == "plan" and counts["plan"] == 0 and counts["statistics"] >= o["statistics_cues_for_statistics"]:
            return "statistics", [why, cue_note, "no plan cue, many statistics cues"]
        past = counts["statistics"] + counts["results"]
        if kind == "plan" and counts["plan"] <= 2 and past >= o["results_cues_for_news"] and past > 2 * counts["plan"] \
                and not forward_head:
            # a page about a plan's results (《纲要》终期统计监测报告): the plan is cited, not set; with a news
            # outlet's cues it is news on the plan (its forward sentences still commit), not a bulletin
            return ("statistics" if counts["statistics"] >= counts["results"] and not counts["news"] else "news"), \
                [why, cue_note, RESULTS_NOTE]
        if kind in ("news", "notice", "form") and plan_like and counts["plan"] > counts["results"] and GOALS_MET not in why \
                and not (title and r.letter_title.search(to_simplified(title))):
            return "plan", [why, cue_note, "the body sets goals"]  # (…项目名单一览 over an article of goals)
        if kind == "news" and forward_head and GOALS_MET not in why:  # 青岛今年将拆违20万平米…亮相: the news is of a plan
            return "plan", [why, cue_note, "a headline that looks forward"]
        return kind, [why, cue_note]
    if forward_head:
        return "plan", [cue_note, "a headline that looks forward"]
    if counts["news"] >= 2 and counts["results"] > counts["plan"]:  # an article on what was achieved
        return "news", [cue_note, REPORTS_MORE]
    past = counts["statistics"] + counts["results"]
    if plan_like and counts["plan"] >= counts["statistics"] and \
            not (past >= o["results_cues_for_news"] and past > 3 * counts["plan"]):
        return "plan", [cue_note]  # (上半年…完成全年任务的57%，…确保完成全年目标任务: results quoting a goal)
    if counts["report"] >= 2:  # a news page on a work report: its goals and its results side by side
        return "report", [cue_note]
    if counts["plan"] == 0 and counts["news"] and counts["statistics"] >= 2:  # 公报显示…: news of a bulletin
        return "statistics", [cue_note, "a bulletin reported"]
    if counts["plan"] == 0 and counts["news"] >= 2:
        return "news", [cue_note]
    if past >= o["results_cues_for_news"] and past > 2 * counts["plan"]:  # reports what was, sets little
        # (…2024年经济工作主要预期目标是地区生产总值增长8%…: a page that states goals outright is news of them too)
        kind = "statistics" if counts["statistics"] >= counts["results"] and not goals_stated and not counts["news"] else "news"
        return kind, [cue_note, RESULTS_NOTE]
    if not plan_like and counts["results"] >= 2 and counts["results"] >= 2 * counts["plan"] and not by_title \
            and not counts["plan_heading"]:  # (一、重点任务 over its items' 完成10个…: a plan's task, not a result)
        return "news", [cue_note, REPORTS_TWICE]  # 截至9月底，已办理…，全年目标任务已超额完成
    lone_cue = counts["plan"] == 1 and counts["news"] >= 2 and _cue_without_numbers(sample, r)
    if (counts["plan"] == 0 or lone_cue) and _reports_only(sample, r, counts["news"] + counts["results"] > 0):
        return "news", [cue_note, "its sentences with numbers look nowhere forward"]
    if counts["plan"] == 0 and counts["news"]:  # (三个年轻人走过来问… under a byline: its sentences commit only forward)
        return "other", [cue_note, NEWS_ONLY]
    if counts["plan"] == 1 and counts["news"] >= 2 and counts["results"] and _mostly_reports(sample, r) and \
            line and _NUMBER_NOT_YEAR.search(line) and not r.forward.search(line):
        # (2018年…67.8万妇女脱贫 over a news outlet's byline, one sentence of a plan among its results: news, whose
        # forward sentences commit; a plan's kind again when they set goals enough. Its headline reports an amount;
        # not a dateline's first line over news of a plan's goals)
        return "news", [cue_note, "one plan cue among a news page's results"]
    return ("plan" if counts["plan"] else "other"), [cue_note]


_YEARBOOK_ENTRY = regex.compile(load("doc_kind")["yearbook_entry"])
_YEARBOOK_ENTRIES = load("doc_kind")["yearbook_entries"]


def _cited_in_body(title: Optional[str], sample: str, r: _Rules) -> bool:
    """A title found only inside a news item's sentences, named as done (本报讯…，《某规划(2019-2025年)》目标任务如期
    完成。; 市委《某三年行动方案》圆满收官。): the page has no headline and reports on the plan it names."""
    if not title:
        return False
    named = "《" + to_simplified(title)
    line = next((x for x in sample.split("\n") if named in x), "")
    return "。" in line and bool(r.named_done.match(line, line.find(named) + len(named)))


def _yardstick_paragraphs(text: str, r: _Rules) -> list[tuple[int, int]]:
    """The lines that measure work against the year's plan (…占年度计划投资的54.49%): their plan figures are yardsticks."""
    spans: list[tuple[int, int]] = []
    for m in r.yardstick.finditer(text):
        if spans and m.start() < spans[-1][1]:
            continue
        end = text.find("\n", m.end())
        spans.append((text.rfind("\n", 0, m.start()) + 1, len(text) if end < 0 else end))
    return spans


def _within(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= at < b for a, b in spans)


_HEADLINE_MAX = 80  # characters of a text's first line read as its headline


def _cited_at(s: str, at: int) -> bool:
    """Whether position at stands inside a document's name the text cites (《…》 opened before it, not closed)."""
    return s.count("《", 0, at) > s.count("》", 0, at)


_QUOTED = re.compile("“[^“”\n\\d]{0,60}\\d[^“”\n]{0,100}”")  # a quotation with a number in it (not a name, “十项民生实事”)


def _cue_without_numbers(sample: str, r: _Rules) -> bool:
    """The page's one plan cue stands in a sentence with no number and names no year (…切实抓好安全建设，确保
    实现“三个百分之百”全覆盖。): a news page's turn of phrase, not a goal it sets."""
    m = r.cues["plan"].search(sample)
    if m is None or _DIGIT.search(m.group(0)) or "五" in m.group(0):
        return False
    s = _SENTENCE.search(sample, max(sample.rfind(c, 0, m.start()) for c in "。；！？!?;\n") + 1)
    return s is not None and not _NUMBER.search(s.group(0))


_WORDED = 6  # Han characters of a sentence that reports, not a table's cell (覆盖率3, 12%)
_CELL_GAP = re.compile(r"\t| {2,}|\u3000{2,}|\|")
_SENTENCE = re.compile(r"[^。；！？!?;\n]+")  # (a sentence, then a look for a digit in it: linear)
_DIGIT = re.compile(r"\d")
_SENTENCE_END = re.compile(r"[。！？!?\n]|$")


def _block_end(text: str, at: int) -> int:
    """Where the lines under a heading end: the first blank line, within _BLOCK_MAX characters."""
    blank = text.find("\n\n", at, at + _BLOCK_MAX)
    return blank if blank >= 0 else min(len(text), at + _BLOCK_MAX)


_BLOCK_MAX = 600  # characters of lines under a heading of a year's goals


def _dated_ahead(text: str, lo: int, hi: int, written: Optional[int], month: Optional[int]) -> bool:
    """A clause of the sentence before a cue opens on a year still to come when the page was written, or on its
    own year in its first half (2022年，地区生产总值增长7.5% in news of 2022-03: a work report's goals)."""
    if written is None:
        return False
    for m in _OPENING_YEAR.finditer(text, lo, hi):
        year = int(m.group(1))
        if year > written or (year == written and month is not None and month <= _GOALS_MONTHS):
            return True
    return False


# 2022年，…: a clause's own year (metadata's opening of a text, after any clause's start)
_OPENING_YEAR = re.compile(r"(?:^|(?<=[，,：:；;。！？!?\n]))" + load("metadata")["opening_year"])
_GOALS_MONTHS = 6  # a year's goals are told in its first half (两会, 工作会议); later, its figures are results


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding position at begins (after the last 。！？ or line break before it)."""
    lo = max(0, at - _SENTENCE_MAX)
    return max(lo, max(text.rfind(c, lo, at) for c in "。！？!?\n") + 1)


_SENTENCE_MAX = 300  # characters looked back for a sentence's start (bounded: a one-line text)
# a number, not a digit of a name (5G通信, L2级, 4K): such a sentence sets or reports no quantity
_NUMBER = re.compile(r"(?<![A-Za-z\d.])\d++(?:\.\d++)?+(?![A-Za-z])")


def _reports_only(sample: str, r: _Rules, past_cues: bool) -> bool:
    """Enough sentences with numbers, none with a goal word: a text that reports (铺设污水管网43.6公里，
    建成垃圾分拣点37个 …). Where the page reads as news or results (past_cues), a few may hold a word
    reports use too (超七成深耕行业10年以上)."""
    n = weak = 0
    for m in _SENTENCE.finditer(sample):
        sentence = m.group(0)
        if not _NUMBER.search(sentence):
            continue
        if _CELL_GAP.search(sentence) or len(_HAN.findall(sentence)) < _WORDED:
            continue  # a table's row or cell: the table reader decides what its cells are
        if r.cues["results"].search(sentence):
            n += 1  # 顺利完成89项建设目标任务: a goal met, reported
            continue
        if r.goal_words.search(sentence):
            return False
        if r.weak_goal_words.search(sentence):
            if not past_cues:
                return False
            weak += 1
        n += 1
    # a page that reads as news or results may be a short item (…3个专科被确定为…；至此，我市…7个): two do
    return n >= (r.min_numeric_sentences_news if past_cues else r.min_numeric_sentences) and weak <= r.max_weak_share * n


def _mostly_reports(sample: str, r: _Rules) -> bool:
    """Most sentences with numbers hold no goal word (a news item's results, one plan quoted among them), not a short
    item whose numbered sentences are half goals (…入选试点。到2020年，…覆盖率达到98%以上)."""
    numbered = goals = 0
    for m in _SENTENCE.finditer(sample):
        if _NUMBER.search(m.group(0)):
            numbered += 1
            goals += bool(r.goal_words.search(m.group(0)) or r.weak_goal_words.search(m.group(0)))
    return numbered >= r.min_numeric_sentences_news and 2 * goals < numbered


_QUOTE_CLOSE = "”」』\"'"


def _after_breadcrumb(line: str, h: dict) -> str:
    """A breadcrumb's last step where it is as long as a title, else nothing; any other line as it is."""
    last = metadata.last_crumb(line)
    if last is None:
        return line
    return last if len(last) >= h["breadcrumb_title_min"] else ""


def _by_title(title: Optional[str], sample: str, r: _Rules) -> Optional[tuple[str, str]]:
    h = r.heads
    bullets = load("metadata")["link_bullets"]  # a site's menu (- 发展报告) names no kind of its page
    # (a portal's header rows, [ 索引号 ] | … | [ 发文字号 ] | 渝体公告〔2024〕1号 |, name no kind: the title is under them)
    lines = [_after_breadcrumb(line.strip(), h) for line in sample.split("\n", 12)[:12]
             if line.strip() and line.strip()[0] not in bullets and not metadata.portal_field(line)]
    lines = [line for line in lines if line]
    if lines and len(lines[0]) > h["max_chars"]:  # a title run into the text: 关于…情况的汇报老旧小区改造是…
        lines[0] = h["not_title"].split(lines[0], 1)[0][:h["max_chars"]]
    heads = [x for x in [_after_breadcrumb(to_simplified(title or ""), h)] + lines[:h["lines"]]
             if x and len(x) <= h["max_chars"] and not h["not_title"].search(x) and not h["not_title_line"].match(x)
             and not metadata.said_at_end(x)]
    # (a news headline may join two clauses with a comma, 某工程喜见成效，农业人均增收220元: read for results too)
    first = lines[0] if lines else ""
    two_clauses = [first] if len(first) <= h["max_chars"] and first.count("，") + first.count(",") == 1 and \
        "。" not in first and first not in heads else []
    # a headline of goals met outranks the plan it names, wherever it stands (not a subtitle's items under a headline
    # that says what is set for the year: 某区确定今年10项重点民生实事 / 新建10处口袋公园建成10处社区食堂)
    ahead = any(r.forward_title.search(x) for x in heads + two_clauses)
    for head in heads + two_clauses:
        done = None if ahead else r.results_title.search(head)
        if done:
            return "news", f"title, {GOALS_MET}: {done.group(0)} ({head[:40]})"
    for head in heads:
        for key in r.order:
            kind = key.split(".")[0]  # (plan.performance: a kind's words that outrank the others')
            # (我省“春蕾计划”帮扶1万多名女童: a programme's name in quotes, not the page's kind; 实施“青苗计划”三年行动方案
            # goes on to its own)
            m = next((x for x in r.title[key].finditer(head)
                      if not (head[x.end():x.end() + 1] in _QUOTE_CLOSE and head[x.end() + 1:].strip())), None)
            if m and _cited_at(head, m.start()):
                m = None  # …是《关于…的意见》: a document the text cites, not its own kind
            if m:
                if kind == "notice" and r.title["plan"].search(head) and r.plan_inside_notice.search(head):
                    kind = "plan"  # 关于印发…方案的通知: the notice carries a plan
                return kind, f"title: {m.group(0)} ({head[:40]})"
    return None


def sets_no_goals(kind: Optional[str], evidence: list[str] = ()) -> bool:
    """Statistics, news of results, forms and technical standards commit to nothing; nor does text with almost no
    Chinese, nor a project's environmental notice. A page of rules named by 标准 (某馆讲解收费标准) sets them."""
    if kind == "standard" and any(rules().rules_standard.match(e) for e in evidence):
        return False
    return kind in rules().no_targets or any(e.startswith(LITTLE_CHINESE) or e in (PROJECT_NOTICE, PLACE_PROFILE, AUDIT) for e in evidence)


_COUNTED_PAST = re.compile(r"\b(?:results|statistics) (-?\d+)")


def counted_results(evidence: list[str]) -> bool:
    """The cues counted words of results or statistics (共调解, 创历史最高, 近视率为) — the evidence's cue note."""
    note = next((e for e in evidence if e.startswith("cues: ")), "")
    return any(int(m.group(1)) > 0 for m in _COUNTED_PAST.finditer(note))  # (a count can fall below 0: cues discounted)


_HEADING_MAX = 40  # characters of a line that can be a heading or a title (一、2023年工作回顾, 某村…工作总结及…工作计划)


def review_spans(text: str) -> list[tuple[int, int]]:
    """In a report: the spans of its review, each from a review heading (过去一年工作回顾) to the next
    forward marker (今年主要预期目标, 工作安排 …), and the opening up to the first forward marker. Numbers
    there are last year's results. A report with neither keeps all its text."""
    r = rules()
    simp = to_simplified(text)
    spans: list[tuple[int, int]] = []
    pos: Optional[int] = None
    numbered = False  # the review opened under a numbered heading (一、工作开展情况)
    first_forward = None
    opening = 0  # where the opening review can start: after a headline that states the goals (新疆2026年地区生产总值
    # 预期目标增长5.5%—6% over a body that opens on last year's results): the headline is no forward part of the body
    for a, b in _lines(simp):
        s = simp[a:b]
        if first_forward is None and pos is None and _goal_headline(simp, a, b, r):
            opening = b
            continue
        if len(s.strip()) <= _HEADING_MAX and r.review.search(s) and _forward_at(s, r) is not None:
            continue  # 某村2021年工作总结及2022年工作计划: a title naming both parts opens neither
        if pos is not None and numbered and a > 0 and simp[a - 1] != "\n":
            continue  # (…全市排名第6。二季度服务业增加值预期目标22.19亿元: a goal the review measured against)
        if _forward_at(s, r) is not None:  # the whole sentence: targets are read a sentence at a time
            if first_forward is None:
                first_forward = a
            if pos is not None:
                spans.append((pos, a))
            pos = None
        elif pos is None and (len(s.strip()) <= _HEADING_MAX or r.heading.match(s)) and r.review.search(s, 0, 24):
            # (a heading on a line of its own: in a one-line text every sentence is mid-line)
            pos, numbered = a, bool(line_label().match(s)) and (a == 0 or simp[a - 1] == "\n")  # 一、2023年工作回顾
    if pos is not None:
        spans.append((pos, len(simp)))
    if first_forward and not any(a == 0 for a, _ in spans):
        # 过去一年，我们…: what a report says before its goals is its review; a news lede of the year's goals before it
        # (今年新建100个口袋公园；力争全年新增…) is none
        spans.append((_forward_lede_end(simp, opening, first_forward, r), first_forward))
    elif opening and first_forward is None and not spans:
        spans.append((opening, len(simp)))  # a body of results under its headline of goals (the excerpt cut before them)
    return sorted((a, b) for a, b in spans if b > a)


def _forward_lede_end(simp: str, start: int, end: int, r: _Rules) -> int:
    """Where the sentences that open a report's page and look forward (a news lede of the year's goals: 今年新建…；
    力争全年新增…) end, headlines and bylines passed over: its review starts there."""
    for a, b in _lines(simp[:end]):
        if a < start:
            continue
        s = simp[a:b]
        if _news_forward(s, None, False):
            start = b
        elif s.strip() and not (len(s.strip()) <= _HEADLINE_MAX and (a == 0 or simp[a - 1] == "\n")):
            break  # (the first sentence that does not look forward, a headline's line aside)
    return start


def practice_spans(text: str) -> list[tuple[int, int]]:
    """The spans of an account of what was done, each from a line ending on its lead (…主要做法是：) to the first
    line that looks forward (下一步, 今后 …) or the text's end: what the lines under it number was done."""
    r = rules()
    simp = to_simplified(text)
    spans, start = [], None
    for a, b in _lines(simp):
        s = simp[a:b]
        if start is None:
            if r.practices_lead.search(s):
                start = b
        elif _forward_at(s, r) is not None:
            spans.append((start, a))
            start = None
    if start is not None:
        spans.append((start, len(simp)))
    return [(a, b) for a, b in spans if b > a]


def _goal_headline(simp: str, a: int, b: int, r: _Rules) -> bool:
    """A page's headline that states goals with their numbers: among the first lines, short, no full stop, a
    forward marker and a number that is no year (新疆2026年地区生产总值预期目标增长5.5%—6%)."""
    line = simp[a:b]
    whole = (a == 0 or simp[a - 1] == "\n") and simp[b:b + 1] in ("\n", "")  # a line of its own, no sentence of one
    return whole and a < _HEADLINE_SPAN and 0 < len(line.strip()) <= _HEADLINE_MAX and \
        r.forward.search(line) is not None and _NUMBER_NOT_YEAR.search(line) is not None


_HEADLINE_SPAN = 300  # characters from the start within which a page's headline stands (under a site's lines)
_NUMBER_NOT_YEAR = re.compile(r"\d+(?:\.\d+)?\s*(?:%|万|亿)")


_YEAR = re.compile(r"((?:19|20)\d\d)\s*年(?!以来|来)")  # (2021年以来 looks back: no year planned for)


_LOOK_BACK = 400  # characters before a sentence looked at for the clauses that open it
_FORWARD_CACHE = 4096  # sentences whose look forward is kept (bounded: a one-line page has tens of thousands)


@lru_cache(maxsize=1)
def _simplified(text: str) -> str:
    """The text in Simplified characters, once for all its sentences (a one-line page has tens of thousands)."""
    return to_simplified(text)


@lru_cache(maxsize=3)  # (the three rules asked of one text: the last text's kept, no more)
def _matches(text: str, rule: str) -> tuple[list[int], list[int]]:
    """(starts, ends) of a rule's matches in the whole text, found once: a sentence asks only whether one lies near it."""
    return _spans(getattr(rules(), rule).finditer(_simplified(text)))


def _spans(matches) -> tuple[list[int], list[int]]:
    spans = [m.span() for m in matches]
    return [a for a, _ in spans], [b for _, b in spans]


def _found_around(found: tuple[list[int], list[int]], at: int) -> bool:
    """Whether a match (one pattern's, in order and apart) holds at."""
    starts, ends = found
    i = bisect.bisect_right(starts, at) - 1
    return i >= 0 and at < ends[i]


def _found_within(found: tuple[list[int], list[int]], a: int, b: int) -> bool:
    """Whether a match lies wholly between a and b."""
    starts, ends = found
    i = bisect.bisect_left(starts, a)
    return i < len(starts) and ends[i] <= b


def _last_within(found: tuple[list[int], list[int]], a: int, b: int) -> Optional[int]:
    """The start of the last match lying wholly between a and b, or None."""
    starts, ends = found
    i = bisect.bisect_right(ends, b) - 1
    return starts[i] if i >= 0 and starts[i] >= a else None


def _sentence_before(text: str, head: int, lo: int) -> str:
    """The sentence (Simplified) that ends with the full stop right before head, looked for back to lo."""
    return to_simplified(text[max(text.rfind("\n", lo, head - 1), text.rfind("。", lo, head - 1), lo - 1) + 1:head])


def _goals_named_before(text: str, head: int, lo: int, written: Optional[int]) -> bool:
    """Does the sentence before the one at head name the year's goals (…今年定下的各项“小目标”。; 会议明确了2023年…主要
    预期指标。), of a year not gone and with no word of their being met?"""
    if head < 2 or text[head - 1] != "。":
        return False
    return _names_goals(_sentence_before(text, head, lo), written)


@lru_cache(maxsize=_FORWARD_CACHE)  # (asked of a sentence once for each sentence after it that looks back)
def _names_goals(total: str, written: Optional[int]) -> bool:
    r = rules()
    named = r.news_goals_named_before.search(total)
    return bool(named) and not r.news_achieved.search(total) and \
        (written is None or all(int(y) >= written for y in _YEAR.findall(total, named.start())))


def looks_forward(text: str, start: int, end: int, kind: Optional[str] = "report", written: Optional[int] = None,
                  results: bool = False, month: Optional[int] = None) -> bool:
    """Does the sentence at start:end, with the clauses before it up to a full stop, look forward (今年,
    力争, 目标 …)? A list split by semicolons (…目标是：增长5.5%；社零总额增长5%；…) looks forward as a whole.
    A news page's sentence must state its goal outright (到2025年, 力争, 计划新建, 目标是) or name a year later
    than the one it was written in (written), or open a clause on that year in its first half (month)."""
    lo = max(0, start - _LOOK_BACK)  # bounded: a one-line page would be searched back from every target
    begin = _sentence_begin(text, start)
    r = rules()
    sentence = to_simplified(text[begin:end])
    if kind == "news":
        # (年度计划投资495.58亿元。截至目前，…占年度计划投资的54.49%: the plan quoted as a yardstick of its paragraph)
        nl = text.find("\n", end, end + _LOOK_BACK)
        if _found_within(_matches(text, "yardstick"), max(text.rfind("\n", lo, begin), lo - 1) + 1, end + _LOOK_BACK if nl < 0 else nl):
            return bool(r.news_forward_strong.search(sentence))  # (…，占全年计划的约101.8%。今年全年将确保完成75万平米: a new goal)
        if _news_forward(sentence, written, results) or (not results and _dated_ahead(sentence, 0, len(sentence), written, month)):
            return True
        if results and _ESTIMATE in sentence and not _goals_named_before(text, begin, lo, written):
            return False  # (…企业预计达到25家。 after another estimate: the year's results, gone on; not after
            # 会议明确了2023年…主要预期指标。: the year's goals it named, estimated)
        if r.news_sets_level.search(sentence) and not r.news_past.search(sentence) and \
                r.news_issued_rule.search(to_simplified(text[:r.news_issued_within])):
            return True  # (发布通知…标准提高到每人每月800元: the levels a rule issued sets)
        if _forward_lead(text, begin, end, r, written) is not None:
            return True
        if _document_says(text, begin, end, lo, r, written):
            return True
        # …还将争取专业远洋渔船超过330艘。远洋渔业产量突破20万吨: a goal that goes on in the next sentence of
        # its paragraph, with a goal's comparator and no word of what was done
        # (…将调水XX亿立方米。其中，北京市11.06亿立方米、天津市9.0亿立方米: the parts of a goal go on with it too)
        parts = sentence.lstrip().startswith(lexicon().parts_opener)  # (其中, 包括：, as the extractor reads them)
        para_at = max(text.rfind("\n", lo, begin), lo - 1) + 1
        para = _simplified(text)[para_at:begin]
        last = _last_within(_matches(text, "goals_listed_lead"), para_at, begin)
        listed = r.goals_listed_lead.match(para, last - para_at) if last is not None else None
        if listed and not r.news_achieved.search(para, listed.end()) and not r.goals_list_past.search(sentence) and \
                (written is None or all(int(y) >= written for y in _YEAR.findall(para))):
            return True  # (…2016年预期目标为：国内旅游43.8亿人次，…。国内旅游收入3.8万亿元，增长11%。: the list goes on)
        if not r.news_achieved.search(sentence) and _under_tasks_lead(text, begin, r, written):
            return True  # (…制定了今年…以下三项主要工作内容：/ 1.…每个党支部每月开展一次政治学习: the tasks it named)
        if r.tasks_run_in.match(sentence) and not r.news_achieved.search(sentence) and \
                _tasks_named_before(text, begin, lo, r, written):
            return True  # (…今年继续为职工兴办10件实事…。10件实事包括：…；举办1000期职工疗休养…: the tasks it named, run in)
        if para_at >= 2 and not r.news_past.search(sentence):  # (——2012年主要目标 / 该县地区生产总值增长12%，…: the line
            heading = r.goal_heading.match(_simplified(text), text.rfind("\n", lo, para_at - 1) + 1, para_at - 1)  # over it)
            if heading and (written is None or all(int(y) >= written for y in _YEAR.findall(heading.group(0)))):
                return True
        head = begin
        if r.run_in_later.match(sentence):  # (二是…, 三是…: the list its 一是 opened, under the sentence before that)
            first = text.rfind(r.run_in_first, para_at, begin)
            head = first if first >= 2 and text[first - 1] == "。" else begin
        if head < 2 or text[head - 1] != "。" or r.news_past.search(sentence):
            return False
        if _goals_named_before(text, head, lo, written):
            return True  # (…今年定下的各项“小目标”。国内生产总值增长5%左右；…: the goals it named)
        if not (parts or r.news_goal_goes_on.search(sentence) or r.news_works_go_on.search(sentence)):
            return False
        total = _sentence_before(text, head, lo)
        # (the parts of a total that reports, …比上年减产33.83%。其中…, report too)
        # (…2025年，某县将坚持…。一是…。三是…，谋划实施城市更新项目100个以上: a list under a lead of the year ahead)
        will = _YEAR_WILL.search(total)
        return (_news_forward(total, written, False) or bool(will and int(will.group(1)) >= (written or 0))) \
            and not (parts and r.news_past.search(total))
    if r.forward_cue.search(sentence) or _forward_lead(text, begin, end, r, written) is not None:
        return True
    if _under_tasks_lead(text, begin, r, written):  # (2022年县政府将…重点抓好10件民生实事：\n(1)…: the tasks it named)
        return True
    # (2011年是…的第一年。…，全社会研发经费支出…达到3%左右，…: a paragraph that opens on the year the report plans for
    # goes on with its goals in sentences of a goal's comparator and no word of what was done; a statement of its goals
    # (主要预期目标是：) is a forward part of its own)
    para = to_simplified(text[max(text.rfind("\n", lo, begin), lo - 1) + 1:begin])
    stated = r.stated_year.search(para)
    opened = stated is not None and written is not None and int(stated.group(1)) >= written
    goes_on = bool(r.news_goal_goes_on.search(sentence)) and not r.news_past.search(sentence)
    if goes_on and not opened and begin >= 2 and text[begin - 1] == "。":
        # (…将加快…，打造数据产品100个以上。贵阳大数据交易所交易额达到100亿元以上。: the goals go on from the
        # sentence before, which looks forward)
        before = max(text.rfind("\n", lo, begin - 1), text.rfind("。", lo, begin - 1), lo - 1) + 1
        last = to_simplified(text[before:begin])
        return bool(r.forward_cue.search(last)) and not r.news_past.search(last)
    return opened and goes_on


def _sentence_begin(text: str, start: int) -> int:
    """Where the sentence (or line) holding start begins, looked for within _LOOK_BACK characters."""
    lo = max(0, start - _LOOK_BACK)
    return max(text.rfind("\n", lo, start), text.rfind("。", lo, start), lo - 1) + 1


def _forward_lead(text: str, begin: int, end: int, r: _Rules, written: Optional[int]) -> Optional[str]:
    """The lead a line of a list of bare items (新增碧道100公里 / 新增停车位20万个 / …) stands under, when it looks forward
    (2023年，深圳人的生活将有哪些新变化？…一起来看！, a page of 2023): the items are the lead's plans. The walk up
    passes short lines with no full stop and no year; the first other line is the lead (a heading with its year,
    2022年工作回顾, is a lead that looks back)."""
    item = to_simplified(text[begin:end])
    if begin == 0 or text[begin - 1] != "\n" or not _bare_item(item) or \
            r.news_past.search(item) or r.news_achieved.search(item) or r.list_item_done.search(item):
        return None  # (西工区40家单位荣获…: an item that tells what was done)
    at = begin - 1
    for _ in range(_LIST_LINES_MAX):
        top = text.rfind("\n", max(0, at - _LOOK_BACK), at) + 1
        line = to_simplified(text[top:at])
        if not (line_label().match(line) or _bare_item(line)) or _YEAR.search(line):  # (a numbered sibling: any length)
            years = [int(y) for y in _YEAR.findall(line)]
            dated = written is not None and bool(years) and min(years) >= written
            forward = bool(r.forward_cue.search(line) or _news_forward(line, written, False) or dated)
            return line if forward and not r.news_achieved.search(line) else None
        if top == 0:
            return None
        at = top - 1
    return None


def _bare_item(line: str) -> bool:
    """A line short enough to be a list's bare item, with no full stop inside it (a numbered one may close on one:
    一、解决农村10万人安全饮水问题。)."""
    line = line.strip()
    if line_label().match(line) and line.endswith("。"):
        line = line[:-1]
    return len(line) <= _LIST_LINE_MAX and "。" not in line


def _under_tasks_lead(text: str, begin: int, r: _Rules, written: Optional[int]) -> bool:
    """The sentence at begin is a numbered item under a lead naming the year's tasks, a year not before the text's."""
    lead = _tasks_lead(text, begin, r) or _counted_lead(text, begin, r)
    return bool(lead) and (written is None or all(int(y) >= written for y in _YEAR.findall(lead)))


def _counted_lead(text: str, begin: int, r: _Rules) -> Optional[str]:
    """The paragraph a numbered list stands under, when its last sentence says what is to be done and counts
    the items (唐山将…，重点实施“六大改造”。 over 1、凤山区域改造。…投资10亿元…): the walk up passes the list's items."""
    lo = max(0, begin - _TASKS_BACK)
    at = text.rfind("\n", lo, begin) + 1
    if at <= lo or not _item_line(text[at:at + _LABEL_REACH], r):
        return None
    while at > lo:
        top = text.rfind("\n", lo, at - 1) + 1
        line = text[top:at - 1]
        if not (line.strip() and _item_line(line, r)):
            lead = to_simplified(line.rstrip())
            if not lead.endswith("。"):
                return None
            last = lead[lead.rfind("。", 0, len(lead) - 1) + 1:]
            return last if r.counted_lead.search(last) and not r.news_past.search(last) else None
        if top <= lo:
            return None
        at = top
    return None


_LABEL_REACH = 8  # characters at a line's start its label stands in


def _tasks_lead(text: str, begin: int, r: _Rules) -> Optional[str]:
    """The lead a numbered item stands under, when it names the year's tasks before a colon (…制定了今年…以下三项主要
    工作内容：1.…): one of the last colons within _TASKS_BACK characters (an item's own 包括： passed), the lead before
    it, only numbered items after it."""
    lo, at = max(0, begin - _TASKS_BACK), begin
    for _ in range(_TASKS_COLONS):
        colon = max(text.rfind("：", lo, at), text.rfind(":", lo, at))
        if colon < 0:
            return None
        items = text[colon + 1:begin]
        if _item_line(items.lstrip(), r) and not any(line.strip() and not _item_line(line, r) for line in items.split("\n")[1:]):
            # (…办实事的项目(注:征求意见稿中的数据均为预期数)：/ 一是…: the lead without its note)
            lead = _LEAD_NOTE.sub("", to_simplified(text[max(0, colon - _LOOK_BACK // 4):colon]))
            if r.tasks_lead.search(lead):
                return lead
            again = r.tasks_restated.search(lead)  # (…9项实事日前发布。经…批准的9项实事是：: named before, with its year)
            if again is None:
                return None
            before = lead[lead.rfind("。", 0, again.start() - 1) + 1:again.start()]
            return before + lead[again.start():] if r.tasks_named.search(before) else None
        at = colon
    return None


def _tasks_named_before(text: str, begin: int, lo: int, r: _Rules, written: Optional[int]) -> bool:
    """The text before begin (from lo) names the tasks of a year not before the text's (今年继续为职工兴办10件实事)."""
    named = None
    for named in r.tasks_named.finditer(_simplified(text), lo, begin):
        pass
    return named is not None and (written is None or all(int(y) >= written for y in _YEAR.findall(named.group(0))))


def _item_line(line: str, r: _Rules) -> bool:
    """A line that opens an item of a list: its label (1., （一）) or a run-in count (一是, 二是)."""
    stripped = line.lstrip()
    return bool(line_label().match(line) or stripped.startswith(r.run_in_first) or r.run_in_later.match(stripped))


_LEAD_NOTE = regex.compile(load("doc_kind")["lead_note"])
_TASKS_COLONS = 4  # colons looked back at for a numbered list's lead
_TASKS_BACK = 1500  # characters looked back from a numbered item for its list's lead


def list_lead_year(text: str, start: int, end: int, written: Optional[int]) -> Optional[int]:
    """The year the forward lead of a bare list item names (2023年，…将有哪些新变化？ over 新增停车位20万个): its lead-in's
    year, when the item has none of its own."""
    lead = _forward_lead(text, _sentence_begin(text, start), end, rules(), written)
    years = [int(y) for y in _YEAR.findall(lead)] if lead else []
    return min(years) if years and (written is None or min(years) >= written) else None


def year_before(text: str, start: int, written: Optional[int]) -> Optional[int]:
    """The year the sentence before start's, in its paragraph, speaks of when start's names none (今年，…项目清单包含…10个类别。
    包括开展技能提升30场次: the year's): 今年 or 年内 the page's year, 明年 the next, or a year not before the page's."""
    if written is None:
        return None
    begin = _sentence_begin(text, start)
    if begin < 2 or text[begin - 1] != "。":
        return None
    lo = max(0, begin - _LOOK_BACK)
    before = to_simplified(text[max(text.rfind("\n", lo, begin - 1), text.rfind("。", lo, begin - 1), lo - 1) + 1:begin])
    if not _news_forward(before, written, False):
        return None  # (2020年，全市共实施改造…已完成28个。未来五年，…: a year reported names no goal's)
    years = [int(y) for y in _YEAR.findall(before)]
    if years:
        return min(years) if min(years) >= written else None
    said = lexicon().dated_year.search(before)  # (the extractor's words for the page's year and the next)
    return None if said is None else written + said.group(0).startswith("明年")

_LIST_LINE_MAX = 40  # characters of a list's bare item (新增停车位20万个)
_LIST_LINES_MAX = 60  # lines of a list walked up for its lead


_CLAUSE_REACH = 60  # characters looked at around a number for its own clause (bounded: a one-line page)
_CLAUSE_MARK = re.compile(r"[，,；;。\n]")


def clause_forward(text: str, at: int, written: Optional[int] = None, results: bool = False) -> bool:
    """Does the clause holding the number at at state a goal outright, when its sentence reports before it
    (今年以来，全县已完成造林3万亩，确保年内完成5万亩的目标)? Only the clause counts: the results before it are no goal."""
    lo = max(0, at - _CLAUSE_REACH)
    before = [m.end() for m in _CLAUSE_MARK.finditer(text, lo, at)]
    if not before or text[before[-1] - 1] in "。\n":
        return False  # (a sentence's first clause: the sentence was looked at whole)
    nl = text.find("\n", at, at + _LOOK_BACK)
    if _found_within(_matches(text, "yardstick"), max(text.rfind("\n", max(0, at - _LOOK_BACK), at), at - _LOOK_BACK - 1) + 1,
                     at + _LOOK_BACK if nl < 0 else nl):
        return False  # (计划建设养殖场5个，实际完成7个: the plan quoted as a yardstick of what was done)
    after = _CLAUSE_MARK.search(text, at, at + _CLAUSE_REACH)
    clause = to_simplified(text[before[-1]:after.start() if after else at + _CLAUSE_REACH])
    r = rules()
    # (…已建成1座，计划“十四五”期间推广氢能重卡5500辆: a plan still running)
    return (_plan_runs(clause, written, r) or bool(r.clause_goal.search(clause))) and not r.news_achieved.search(clause)


def _plan_runs(words: str, written: Optional[int], r: _Rules) -> bool:
    """Do the words name a plan's period not over when the page was written (“十三五”期间…将 on a page of 2016;
    计划2012年-2014年共投资… on a page of 2014)?"""
    five = r.news_five_year.search(words)
    if five is not None and five_year_plan_start(five.group(1)) + 4 >= (written or r.news_five_year_undated_from):
        return True
    return written is not None and any(int(m.group(1)) >= written for m in r.news_plan_span.finditer(words))


def _document_says(text: str, begin: int, end: int, lo: int, r: _Rules, written: Optional[int]) -> bool:
    """A sentence of a paragraph that opened on what a document provides (协议明确，…), saying nothing of what was done."""
    para_at = max(text.rfind("\n", lo, begin), lo - 1) + 1
    starts, ends = _matches(text, "news_document_says")  # (found once a text: a search a sentence cost a one-line page dear)
    i = bisect.bisect_left(starts, para_at)
    if i == len(starts) or ends[i] > end:
        return False
    simp = _simplified(text)
    if r.news_past.search(simp, ends[i], end):
        return False
    # (a year it names must not be gone; on a page of no known date, no year: 根据协议，2019年… may be history)
    return all(written is not None and int(y) >= written for y in _YEAR.findall(simp, ends[i], end))


@lru_cache(maxsize=_FORWARD_CACHE)  # (a sentence is asked of as itself and as the one before the next)
def _news_forward(sentence: str, written: Optional[int], results: bool) -> bool:
    r = rules()
    # (…2026年联检13条 on a page of 2023: a year still to come is planned for)
    later = written is not None and any(int(y) > written for y in _YEAR.findall(sentence))
    ahead = _plan_runs(sentence, written, r)
    # (on a page of results, 预计…可达到320件 estimates the year's result: no goal)
    cue = _strong_cue(sentence, r) if results else bool(r.news_forward_cue.search(sentence))
    return (later or ahead or cue) and not r.news_achieved.search(sentence)


def _strong_cue(sentence: str, r: _Rules) -> bool:
    """A cue of a goal that is not one of those a page of results also uses: a weak cue must not hide a strong
    one that its last character opens (建成后，年货运量将达1500万吨: 将达, after 建成后…将; not 预计到2020年…: an
    estimate's deadline is the estimate's)."""
    pos = 0
    while (m := r.news_forward_cue.search(sentence, pos)) is not None:
        if not _RESULTS_WEAK.match(m.group(0)):
            return True
        pos = max(m.end() - 1, pos + 1)
    return False


_ESTIMATE = load("doc_kind")["estimate_cue"]
_RESULTS_WEAK = regex.compile(load("doc_kind")["results_weak_cue"])
RESULTS_NOTE = "results outweigh goals"  # doc_kind_evidence of a page that reports more than it sets
REPORTS_MORE = "news that reports more than it sets"  # …of an article with a news outlet's cues on what was achieved
REPORTS_TWICE = "reports twice what it sets"
_RESULTS_KINDED = (RESULTS_NOTE, REPORTS_MORE, REPORTS_TWICE)
NEWS_OF_GOALS = "news that sets goals"  # …of a page read as news whose forward sentences set goals: a plan's kind
GOALS_MET = "goals met"  # …of a page whose headline says its goals were met (…如期全面完成)


def reports_results(evidence: list[str]) -> bool:
    """A page whose kind was decided by its results (more results than goals, or a headline of goals met)."""
    return any(e in evidence for e in _RESULTS_KINDED) or any(GOALS_MET in e for e in evidence)


def five_year_goals(text: str) -> Optional[int]:
    """The end year of the five-year plan a report sets its goals by (到“十四五”末，全市生产总值突破500亿元: 2025),
    when it names no year it plans for."""
    simp = to_simplified(text[:_FIVE_YEAR_WITHIN])
    for m in lexicon().five_year_end.finditer(simp):  # the extractor's 十四五末, due by (到, 至) its end
        if m.group(0).endswith("末") and simp[max(0, m.start() - 2):m.start()].rstrip().endswith(("到", "至")):
            return five_year_plan_start(m.group(1)) + 4
    return None


_FIVE_YEAR_WITHIN = 20_000  # characters: a report's goals come early (bounded: a one-line page)


def has_forward_part(text: str) -> bool:
    r = rules()
    simp = to_simplified(text)
    return any(_forward_at(simp[a:b], r) is not None for a, b in _lines(simp))


def forward_year(text: str) -> Optional[int]:
    """The year a report plans for: the year in its first forward marker (2024年重点任务, 2025年主要预期目标).
    A headline's year that the body contradicts (2010年…预期目标 over 提出2009年…预期目标) is the editor's:
    the body's wins."""
    simp = to_simplified(text)
    first = next(_forward_years(simp, rules()), None)
    if first is None or first[0] > 0:
        return first[2] if first else None
    line = simp[:simp.find("\n")] if "\n" in simp else simp
    if len(line) > _HEADLINE_MAX or "。" in line:
        return first[2]  # a first line that is the body's own paragraph, no headline an editor wrote
    # (looked for in the lede only: a text's later years are its own business, and a scan of all is slow)
    return next((y for line, _, y in _forward_years(simp[:_LEDE_CHARS], rules()) if line > 0), first[2])


_LEDE_CHARS = 600
_FIVE_YEAR_NAMED = 16  # characters before a forward marker looked at for the five-year plan it names (“十二五”…主要任务)
_BASE_YEAR_AFTER = regex.compile(load("targets")["year_not_target"])  # (2010年水平, 2020年基础上: a base, no year planned for)
_BASE_YEAR_BEFORE = regex.compile(load("doc_kind")["base_before_year"])  # (比2010年翻一番: a base, no year planned for)


def _forward_years(simp: str, r: _Rules):
    """(line number, where it starts, year) of each forward marker with a year, in the order forward_year
    weighs them."""
    first = None  # (line number, start) of the first forward line
    for n, (a, b) in enumerate(_lines(simp)):
        at = _forward_at(simp[a:b], r)
        if at is not None:
            first = first or (n, a)
            fwd = r.forward.search(simp, a + at, b)  # (回顾了2023年工作，提出了2024年目标任务: the marker's own year)
            y = (_YEAR.search(simp, fwd.start(), fwd.end()) or _year_right_before(simp, fwd.start()) if fwd else None) or \
                _year_ahead(simp, a + at, min(b, a + at + 24), r) or _year_ahead(simp, a, min(b, a + 24), r)
            if y:
                yield n, a, int(y.group(1))
    for n, (a, b) in enumerate(_lines(simp)):  # 报告中提出了2019年经济社会发展主要预期目标: the year the goals are named with
        fwd = r.forward.search(simp, a, b)
        if fwd and not r.done.search(simp, a, fwd.start()):
            # (not a base year: …死亡人数控制在2010年水平。三、“十二五”…主要任务 plans for the five years' end)
            lo = max(0, fwd.start() - 40)  # the heading or line above too, not a sentence before it on its line
            stop = simp.rfind("。", lo, fwd.start())  # (2024年…居全省前列。下一步将…)
            lo = stop + 1 if stop > simp.rfind("\n", lo, fwd.start()) else lo
            years = [(y.start(), int(y.group(1))) for y in _YEAR.finditer(simp, lo, fwd.end())
                     if not r.review.search(simp, y.end(), min(fwd.start(), y.end() + _REVIEW_AFTER))
                     and not _REVIEW_BEFORE.search(simp, max(0, y.start() - _REVIEW_AFTER), y.start())
                     and not _BASE_YEAR_AFTER.match(simp, y.end())  # (not 总结2024年体育工作成果，并对今年的重点任务…)
                     and not _BASE_YEAR_BEFORE.search(simp, max(0, y.start() - 4), y.start())]  # (…比2010年翻一番)
            years += [(f.start(), five_year_plan_start(f.group(1)) + 4)
                      for f in FIVE_YEAR_PLAN.finditer(simp, max(a, fwd.start() - _FIVE_YEAR_NAMED), fwd.start())
                      if not r.review.search(simp, f.end(), min(fwd.start(), f.end() + _REVIEW_AFTER))]
            if years:
                yield n, a, max(years)[1]
    if first:  # (2025年是…收官之年。\n新的一年，…\n经济社会发展主要预期目标是：…: the year stated just before the first forward line)
        n, a = first
        stated = list(r.stated_year.finditer(simp, max(0, a - _STATED_BEFORE), a))
        if stated:
            yield n, a, int(stated[-1].group(1))


def _year_ahead(simp: str, a: int, b: int, r: _Rules):
    """The first year between a and b that is not a review's (报告分三个部分：2025年和“十四五”时期工作回顾、…、2026年重点工作)."""
    return next((y for y in _YEAR.finditer(simp, a, b) if not r.review.search(simp, y.end(), y.end() + _REVIEW_AFTER)
                 and not _REVIEW_BEFORE.search(simp, max(0, y.start() - _REVIEW_AFTER), y.start())), None)


_REVIEW_AFTER = 14  # characters after a year its review's word is looked for in (2025年和“十四五”时期工作回顾)
_REVIEW_BEFORE = regex.compile(load("doc_kind")["report"]["review_before"])  # (总结我区2011年经济工作)
_STATED_BEFORE = 400  # characters before a report's first forward line looked at for the year it states (2025年是…)


def _year_right_before(simp: str, at: int):
    """The year that names a marker with no year in it (2010年预算执行情况和2011年预算草案: 2011, not 2010)."""
    return _YEAR_BEFORE.search(simp, max(0, at - _YEAR_BEFORE_WITHIN), at)


_YEAR_BEFORE_WITHIN = 16
_YEAR_BEFORE = re.compile(_YEAR.pattern + r"[^\d年，,。；;]{0,10}$")  # the last year, close before


_CLAUSE_START = re.compile(r"[，,；;]\s*")
_YEAR_WILL = re.compile(load("doc_kind")["year_will"])  # 2025年，某县将…: the year ahead's work
_FORWARD_WITHIN = 40  # 报告指出，2025年，全市经济社会发展主要预期目标是: a marker opens the line within this


def _forward_at(line: str, r: _Rules) -> Optional[int]:
    """Where a line's forward part starts: a marker opening the line (2024年主要预期目标, 二、工作安排) or
    opening one of its clauses (…，全年计划改造老旧小区23个); 完成了年初确定的主要预期目标 is the review."""
    fwd = r.forward.search(line, 0, _FORWARD_WITHIN)
    if fwd and not r.done.search(line, 0, fwd.start()):
        return 0
    for m in _CLAUSE_START.finditer(line):
        fwd = r.forward.match(line, m.end())
        if fwd:
            return m.end()
    return None


def _lines(s: str):
    start = 0
    for m in re.finditer(r"\n|。", s):  # sentences: a one-line report's headings are run into its text
        yield start, m.start()
        start = m.end()
    yield start, len(s)

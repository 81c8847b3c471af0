"""Which spans and statements of a document commit, once the extractor has read its numbers: a plan's
background and a report's review give none (their spans go to the extractor as skipped), nor does a
year before a plan's stated period, a headline or a summary restating the body, or a report's sentence
that does not look forward; a target with no year of its own takes the period's end. The context the
extractor needs (years stated in headings and lead-ins) is read here too. Each filter tells explain
why a number went (targets._SINK)."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Optional

import regex

from . import doc_kind, metadata, targets
from .data import line_label, load, to_simplified
from .numbers import FIVE_YEAR_PLAN, five_year_plan_start


def commitments(found: list, text: str, md, unmarked_report: bool, dated: Optional[int] = None,
                planned_for: Optional[int] = None) -> list:
    """The found targets that are commitments, in order, with their years resolved. dated: the year the text
    was written in (metadata.dated_year: not a date the page was only updated on); planned_for: the year a plan
    that names no period says it works for (2013年，我市农业工作主要目标是：…)."""
    found.sort(key=lambda f: f.start)
    if planned_for is not None:  # (2012年，我市…粮食总产41.1万吨，实现…“九连增” before it: the year gone, reported)
        found = dropped(found, [f for f in found if f.year is None or f.year >= planned_for or f.year_source not in
                                ("sentence", "clause", "lead") or doc_kind.looks_forward(text, f.start, f.end)],
                        "fact", f"a year before the one the plan works for ({planned_for}), its sentence looking nowhere forward")
    storied = md.doc_kind == "other" and doc_kind.NEWS_ONLY in md.doc_kind_evidence  # a feature story
    if unmarked_report or md.doc_kind == "news" or storied:  # only sentences that look forward commit
        forward: dict = {}  # one look per sentence: its targets share it (a sentence can be a whole one-line page)
        # (a page of the year's last months, 2023-12-28: its 预计完成…992亿元 and 全年新增… are the year's results, estimated)
        month = metadata.month_of(md.date_published, dated)
        year_end = month is not None and month >= _YEAR_END_MONTH
        results = doc_kind.reports_results(md.doc_kind_evidence) or year_end
        for f in found:
            if (f.start, f.end) not in forward:
                forward[(f.start, f.end)] = doc_kind.looks_forward(text, f.start, f.end, "news" if storied else md.doc_kind, dated,
                                                                   results, month)
        found = dropped(found, [f for f in found if forward[(f.start, f.end)] or
                                (md.doc_kind == "news" and doc_kind.clause_forward(text, f.num, dated, results))], "fact",
                        f"a {md.doc_kind}'s sentence that does not look forward")
        leads: dict = {}  # one walk up a list per sentence, as for looking forward
        for f in found:
            if f.year is None:  # (新增停车位20万个 under 2023年，…将有哪些新变化？: the lead's year)
                if (f.start, f.end) not in leads:
                    leads[(f.start, f.end)] = doc_kind.list_lead_year(text, f.start, f.end, dated) or \
                        doc_kind.year_before(text, f.start, dated)  # (今年，…清单包含…。包括开展…30场次)
                f.year = leads[(f.start, f.end)]
                f.year_source = "lead" if f.year is not None else f.year_source
    found = dropped(found, _without_headline_repeats(found, text), "repeat", "a headline restating a target of the body")
    found = dropped(found, _without_lede_repeats(found, text), "repeat", "the body restating a target of the page's lede")
    found = dropped(found, _without_subheading_repeats(found, text), "repeat",
                    "a subheading restating a target of the paragraph under it")
    found = _without_past_years(found, md)
    _period_years(found, md, text)
    found = _without_years_gone(found, md, dated)
    return _without_repeats(found, text)


_YEAR_END_MONTH = 11  # from November a page's estimates of its year are of results (年度工作报告, 岁末盘点)


def _without_years_gone(found: list, md, dated: Optional[int]) -> list:
    """A news page dated 2021-01-15 telling 2020's tasks (要完成7个村) reports a year that is over: a page
    commits to nothing before the year it was written (dated; a page updated in 2022 may still be 2018's news).
    A report commits to nothing before the year it plans for (…2021年工作总结及2022年工作计划: its targets of
    2021, dated by its title or a heading, are the review's)."""
    if md.doc_kind == "report" and md.period_end is not None:
        # (a report of the year that also sets the five years' goals, 2026–2030: its 2026 goals are its own)
        first = md.period_start if md.period_start is not None else md.period_end
        return dropped(found, [f for f in found if f.year is None or f.year >= first], "fact",
                       f"a year before the one the report plans for ({first})")
    if md.doc_kind != "news" or dated is None:
        return found
    return dropped(found, [f for f in found if f.year is None or f.year >= dated], "fact",
                   f"a year before the news page's date ({dated})")


_REPEAT_WINDOW = 30  # characters before a number looked at for the start of its clause
_CLAUSE_END = regex.compile(r"[，,、；;。：:\n•●■]")  # (、: a list item is its own clause, whatever stands before the list)


def _clause_before(simp: str, f) -> str:
    """The words of a target's clause up to its number and unit, from the text's Simplified form (made
    once for the text): equal words make a repeat."""
    lo = max(f.start, f.num - _REPEAT_WINDOW)
    cut = None
    for cut in _CLAUSE_END.finditer(simp, lo, f.num):
        pass
    return simp[cut.end() if cut else lo:f.num_end].strip()


def dropped(found: list, kept: list, verdict: str, rule: str) -> list:
    """kept, after telling explain why the others went."""
    if targets._SINK is not None and len(kept) < len(found):
        ids = {id(f) for f in kept}
        targets._SINK.extend((f.num, verdict, rule) for f in found if id(f) not in ids)
    return kept




def _without_past_years(found: list, md) -> list:
    """2019年，全省接待游客8.07亿人次 in a 2021–2025 plan: a year before the period is what was done."""
    title = md.title or ""
    r = metadata.rules()
    five = r.five_year.search(title)
    if five and title[five.end():five.end() + 2].lstrip("”\"").startswith("末"):
        five = None  # (甘肃力争“十五五”末建成旅游强省: a headline's deadline, no period; its 2025年 goals stay)
    if md.period_start is None or not (str(md.period_start) in title or five or r.period_length.search(title)):
        return found  # only a period the title states (its years, 十四五, 三年规划): one read from phases or
        # lead-ins alone may start late
    if md.period_start == md.period_end and not metadata.names_its_year(title):
        return found  # (武汉…2035年人均期望寿命将达83.5岁: a headline's goal year, no plan of one year)
    kept = [f for f in found if f.year is None or f.year >= md.period_start or f.year_source not in ("sentence", "clause", "lead")]
    return dropped(found, kept, "fact", f"a year before the plan's period ({md.period_start})")


def _without_repeats(found: list, text: str) -> list:
    """A page printed twice, or a summary that copies the body's words, states a target again: the first
    statement is the target. The same words around the same number make a repeat; a plan that restates
    a goal in other words (预期成果: 学校整体教育质量指标提高10%以上) keeps both, as its gold does."""
    counts: dict = {}
    for f in found:
        cheap = (f.indicator, f.value, f.unit, f.scope, f.year)
        counts[cheap] = counts.get(cheap, 0) + 1
    seen, kept = set(), []
    simp = to_simplified(text)
    for f in found:
        cheap = (f.indicator, f.value, f.unit, f.scope, f.year)
        if counts[cheap] > 1:  # the words around are read only for what could be a repeat
            key = (_clause_before(simp, f) if f.num >= 0 else f.start, cheap)
            if key in seen:
                continue
            seen.add(key)
        kept.append(f)
    return dropped(found, kept, "repeat", "the same target stated before")


def _period_years(found: list, md, text: str) -> None:
    """A target of a plan's goals or tasks with no year in any scope holds by the period's end (a 2022年度
    plan → 2022, a 十四五 plan → 2025); a report's, by the year it plans for; a news page's goals (it
    keeps only those it states outright), by the period of the plan it reports or the year it speaks of.
    In a text of one year, a clause of 明年 speaks of the year after (今年1000万套，明年1000万套)."""
    if md.period_end is None:
        return
    next_year = _next_year() if md.period_start == md.period_end else None
    simp = to_simplified(text) if next_year is not None else ""
    for f in found:
        if f.year is None:
            later = next_year is not None and f.num >= 0 and next_year.search(_clause_before(simp, f))
            f.year, f.year_source = md.period_end + (1 if later else 0), "period"


@lru_cache(maxsize=1)
def _next_year() -> re.Pattern:
    return re.compile(load("targets")["next_year"])


_HEADLINE_MAX = 80


def _without_headline_repeats(found: list, text: str) -> list:
    """A web page's headline (a short line with no full stop, the first to hold a target, among the first
    lines: a line of spam or a site's name can stand above it) restates a target of the body: the body's
    statement is the target, the headline's a repeat."""
    if not found:
        return found
    first = found[0].start
    top = text.rfind("\n", 0, first) + 1
    nl = text.find("\n", first)
    if nl < 0 or nl - top > _HEADLINE_MAX or "。" in text[top:nl] or text.count("\n", 0, top) >= _HEADLINE_LINES \
            or text[top:nl].rstrip()[-1:] in targets.LIST_GOES_ON or line_label().match(text, top):
        return found  # a long first line is no headline (a table copied onto one line, a whole plan), nor a
        # line that goes on into the next (城区黑臭水体消除比例为100%；: an item of a list), nor a numbered item
    # the headline again below it, alone or after a crumb (主页 > 新闻 > 济南今年将新建221处养老设施): a copy, no body
    headline = _bare_headline(text[top:nl])
    ends = [m.start() for m in _NEWLINE.finditer(text, nl + 1, min(len(text), nl + _COPIES_WITHIN))] + [len(text)]
    copies = []
    for a, b in zip([nl] + ends, ends):
        if b - a <= _HEADLINE_MAX and _bare_headline(text[a + 1:b]) == headline:
            copies.append((a + 1, b))
    def in_headline(f) -> bool:
        return f.start <= nl or any(a <= f.start < b for a, b in copies)
    later: dict = {}
    for f in found:
        if not in_headline(f):
            later.setdefault(f.value, set()).add(f.unit)
    counts = _headline_counts()
    body = text[nl:nl + _COPIES_WITHIN]
    # a headline shortens the unit it shares (总人口控制在13.9亿以内 over 13.9亿人以内), or counts in another word;
    # a number the body also states, where the body did not take it, is what the body says it is (我国5G基站数达483.8万个
    # over 截至2025年底，我国5G基站数达483.8万个: a result)
    return [f for f in found if not in_headline(f) or not any(
        u == f.unit or (f.unit and u.startswith(f.unit)) or (u in counts and f.unit in counts) for u in later.get(f.value, ()))
        and not _stated_below(f, text, body, later)]


def _stated_below(f, text: str, body: str, later: dict) -> bool:
    """The headline's number as written (483.8万个) stands in the body below it, where no target was taken."""
    if f.num < 0 or f.value in later:
        return False
    written = _WRITTEN.match(text, f.num, f.num_end)
    return bool(written and f.unit and written.group(0).endswith(f.unit) and written.group(0) in body)


_WRITTEN = re.compile(r"[\d.]+[^\d\s，。；、]{0,4}")  # a number and the unit written after it


@lru_cache(maxsize=1)
def _headline_counts() -> frozenset:
    """The counting words a headline and its body use for one count (221处 over 221个)."""
    return frozenset(load("targets")["headline_count_units"])


_COPIES_WITHIN = 2_000  # characters after the headline looked at for its copies (bounded: a long page)


def _bare_headline(line: str) -> str:
    """A headline line without the crumb before it (首页 > 新闻 > …), a label (标题：…) or a site's tag."""
    line = line.strip()
    line = metadata.last_crumb(line) or metadata.title_field(line) or line
    return metadata.rules().decorations.sub("", line).strip()


def _without_subheading_repeats(found: list, text: str) -> list:
    """A news page's subheading in 【】 states the goal its paragraph then gives (【体育产业总规模超过7200亿元】
    … 全省体育产业总规模要超过7200亿元), as does the line of its original headline (原标题：…): the
    paragraph's statement is the target."""
    original = tuple(load("targets")["original_title"])
    ends = [m.start() for m in _NEWLINE.finditer(text)] + [len(text)]  # found once: a one-line text is long
    out = []
    for k, f in enumerate(found):
        b = bisect.bisect_left(ends, f.start)
        top, nl = (ends[b - 1] + 1 if b else 0), ends[b]
        if nl - top <= _HEADLINE_MAX:
            line = text[top:nl].strip()
            bare = not any(c in line for c in "，,；;")
            if b + 1 < len(ends) and "。" not in line and (line_label().match(line) or bare):
                # 2、研发经费投入强度达到2.5% over a paragraph that gives it again: the paragraph's (not the
                # next item's: 1.新建学校5所\n2.改造校舍5所 are two); so a subheading of a clause alone
                # (2024年全市一般公共预算收入安排306.74亿元 over 2024年，全市…安排306.74亿元，增长5%)
                nxt = ends[b + 1]
                paragraph = line_label().match(line) or any(c in text[nl + 1:nxt] for c in "，,。")
                if paragraph and not line_label().match(text, nl + 1):
                    # (招商引资 5000亿国内省外资金力争到位 / 去年：… / 今年：…力争到位国内省外资金5000亿元: the
                    # paragraphs under it, to the next line that is no paragraph)
                    j = b + 1
                    while j + 1 < len(ends) and ends[j + 1] - nl <= _SUBHEADING_REACH and \
                            any(c in text[ends[j] + 1:ends[j + 1]] for c in "，,。") and not line_label().match(text, ends[j] + 1):
                        j += 1
                    if any(nl < g.start < ends[j] and g.value == f.value and _same_unit(g.unit, f.unit) for g in found[k + 1:k + 8]):
                        continue
            if line.startswith(original) or line.startswith("【") and line.endswith("】"):
                j = k + 1
                while j < len(found) and found[j].start - nl <= _SUBHEADING_REACH and \
                        (found[j].value, found[j].unit) != (f.value, f.unit):
                    j += 1
                if j < len(found) and found[j].start - nl <= _SUBHEADING_REACH:
                    continue
        out.append(f)
    return out


def _same_unit(a: Optional[str], b: Optional[str]) -> bool:
    """亿 in a headline, 亿元 in the body: one unit, the headline giving its scale word alone (data/units.json)."""
    if a == b:
        return True
    bare, whole = (a, b) if a in _SCALE_WORDS else (b, a)
    return bare in _SCALE_WORDS and bool(whole) and whole.startswith(bare)


_SCALE_WORDS = frozenset(load("units")["scale_prefixes"])


_NEWLINE = re.compile("\n")
_SUBHEADING_REACH = 600  # characters under a subheading where the paragraph it heads restates its goal
_HEADLINE_LINES = 3
_LEDE_CHARS = 500  # a news page's lede (the paragraph under its headline) stands within this of the start


def _without_lede_repeats(found: list, text: str) -> list:
    """A page whose lede sums up the goals its body then gives (记者了解到，石狮今年将新建34个微型消防站 …
    今年我市将建设34个微型消防站，其中…): one target, the lede's. A later statement of the same value,
    unit, comparator, change and year, of an indicator in the same words, is its repeat. (A plan's own
    restatements in other parts stand: they are not in its first lines.)"""
    if not found or found[0].start >= _LEDE_CHARS or \
            any(line_label().match(line) for line in text[:found[0].start].split("\n")):
        return found  # no lede: the first target stands under a numbered heading (一、总体目标) of a plan
    lede_end = text.find("\n", found[0].start)  # the paragraph of the first target
    if lede_end < 0:
        return found  # one paragraph (a whole plan on one line): nothing sums up the rest
    lede: dict = {}  # (value, unit) -> the lede's targets: most later targets are looked up and not found
    for f in found:
        if f.start < lede_end:
            lede.setdefault((f.value, f.unit), []).append(f)
    kept = []
    for f in found:
        same = lede.get((f.value, f.unit)) if f.start >= lede_end else None
        # (years both known and equal need no 今年 to agree: 2012年6月底前… and …今年的…工作…)
        # (a restatement that names no year at all, •地区生产总值增长6% in a list under the lede, is the lede's goal)
        if same and any(_restates(f, g) and ((f.year is not None and g.year is not None) or
                                              (f.year is None and not _relative_year(text, f)) or
                                              _relative_year(text, f) == _relative_year(text, g)) for g in same):
            continue
        kept.append(f)
    return kept


def _restates(f, g) -> bool:
    if (f.value, f.value_max, f.unit, f.comparator, f.change, f.scope) != \
            (g.value, g.value_max, g.unit, g.comparator, g.change, g.scope):
        return False
    if f.year is not None and g.year is not None and f.year != g.year:
        return False  # (a lede with no year of its own, 今年, and the body's 2025年: one target)
    a, b = _bigrams(to_simplified(f.indicator)), _bigrams(to_simplified(g.indicator))
    return bool(a and b) and len(a & b) >= 0.5 * min(len(a), len(b))


def _relative_year(text: str, f) -> str:
    """The year a sentence names by its relation to the date (今年, 明年), if any."""
    m = None
    for m in targets.lexicon().relative_year.finditer(text, f.start, f.num if f.num >= 0 else f.end):
        pass
    return "今年" if m and m.group(0) in ("本年度", "年内") else m.group(0) if m else ""


def _bigrams(s: str) -> set:
    return {s[i:i + 2] for i in range(len(s) - 1)}


def background_sections(roots) -> list[tuple[int, int]]:
    """Spans of sections that report what was (发展基础, 现状, 回顾): their numbers are not targets."""
    heading = targets.lexicon().baseline_heading
    out = []

    def walk(nodes):
        for n in nodes:
            if heading.search(to_simplified(n.title)):
                out.append((n.start, n.end))
            else:
                walk(n.children)
    walk(roots)
    return out


def context_years(roots, text: str) -> list[tuple[int, int, int]]:
    """Spans governed by a year stated in a heading (一、2025年目标) or a lead-in that ends with a colon
    (到2025年，实现以下目标：): targets inside them without a year of their own take it."""
    lx = targets.lexicon()
    out = []

    def walk(nodes):
        for n in nodes:
            own = text[n.label_end:n.body_end]
            colon = own.find("：")
            if colon >= 0 and "。" in own[:colon]:
                colon = -1  # a colon sentences later opens a list of its own (…。其中：甲区…), not this lead-in
            lead = own[:colon] if colon >= 0 else n.title
            # 自2021年起，利用3年时间: where the work starts, not the year it is due
            m = next((y for y in lx.year.finditer(lead) if not lx.start_year_after.match(lead, y.end())
                      and not lx.start_year_before.search(lead, max(0, y.start() - 4), y.start())
                      and not lx.built_year_before.search(lead, max(0, y.start(1) - 5), y.start(1))), None)
            if m:
                start = n.label_end + (m.start() if colon >= 0 else 0)
                out.append((start, n.end, int(m.group(1))))
            elif (f := FIVE_YEAR_PLAN.search(lead)) and (first := five_year_plan_start(f.group(1))):
                out.append((n.label_end, n.end, first + 4))  # 二、“十五五”时期主要目标: due at that plan's end
            walk(n.children)
    walk(roots)
    if roots:  # the line before the first heading: 到2020年将实现：, 2024年工作要点如下： governs the list
        before = text[max(0, roots[0].start - 300):roots[0].start].rstrip()
        line = before[before.rfind("\n") + 1:]
        # (2015年和2016年，我市共完成…。…2017年将继续推进…。现将有关事宜通知如下：the year nearest the colon)
        # (…该桥始建于1978年，…。现通告如下：a year of the thing's history governs nothing)
        m = next((y for y in reversed(list(lx.year.finditer(line)))
                  if not lx.built_year_before.search(line, max(0, y.start(1) - 5), y.start(1))), None) \
            if line.endswith(("：", ":")) else None
        if m:
            out.append((roots[0].start, roots[-1].end, int(m.group(1))))
    return out



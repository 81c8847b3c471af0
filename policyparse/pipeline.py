"""The one-way path: RawDocument -> clean -> kind -> segment -> metadata -> targets -> scope -> Plan."""
from __future__ import annotations

import bisect
import gc
import hashlib
import re
from contextlib import contextmanager
from typing import Optional

from . import (
    address,
    doc_kind,
    indicators,
    instruments,
    metadata,
    numbered_table,
    performance,
    progresstable,
    regions,
    responsibility,
    roundup,
    scope,
    structure,
    tasktable,
    timeline,
    units,
    verdicts,
)
from . import clean as clean_mod
from . import targets as targets_mod
from .data import load, to_simplified
from .errors import EmptyDocument
from .models import Block, CleaningStep, Measure, Phase, Plan, Problem, Section, Source, Table, Target
from .numbers import FIVE_YEAR_PLAN
from .readers import RawDocument, texttable
from .spans import Innermost


@contextmanager
def paused_gc():
    """Reading and parsing a plan allocate millions of small objects and no reference cycles: the
    cyclic collector would only rescan them (20–30% of the time on a 1 MB plan, and more than linear
    on 4 MB of short lines), so it pauses meanwhile. Nested uses leave it to the outermost."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def plan_from_raw(raw: RawDocument, candidates: bool = False, url: Optional[str] = None) -> Plan:
    if url:  # the caller's address of the file over the one a web page names for itself
        raw.meta["url"] = url
    with paused_gc():
        if not candidates:
            return _plan_from_raw(raw)
        targets_mod._SINK = []  # the extractor records each number it turns down, and the rule
        try:
            plan = _plan_from_raw(raw)
            plan.candidates = verdicts.candidates(plan, targets_mod._SINK)
            return plan
        finally:
            targets_mod._SINK = None


def _plan_from_raw(raw: RawDocument) -> Plan:
    ct = clean_mod.clean(raw)
    if not any(b.text.strip() for b in raw.blocks):
        raise EmptyDocument(raw.path)
    if not ct.text.strip():
        raise EmptyDocument(raw.path, "no text left after removing boilerplate and page furniture")
    problems = [Problem(kind=k, message=m) for k, m in raw.problems]
    problems += [Problem(kind=k, message=m, span=s) for k, m, s in ct.problems]
    perf = performance.find(ct.text)
    # a table typed into text that the performance reader knows (绩效目标表 in bars, its merged cells shifting the
    # rows) is read by it; the other tables are read as their reader found them
    table_blocks = [b for b in ct.blocks if b.kind == "table" and not (
        raw.format in _TEXT_FORMATS and _overlaps(b.start, b.end, [t[:2] for t in perf]))]
    table_spans = [(b.start, b.end) for b in table_blocks]
    head = _head_of(raw)
    md = metadata.extract(ct.text, raw_head=head)
    md.date_published = metadata.dateline(head)
    md.title = metadata.title_field(head) or md.title
    metadata.apply_declared(md, raw.meta)
    md.division = regions.resolve(md.title, md.issuer, ct.text, md.doc_number)
    progress_table = progresstable.find(ct.text)  # tasks against what was done: the tasks are the goals
    early = metadata.dated_year(md, head)  # (the page's own date line; an address's is read below)
    md.doc_kind, md.doc_kind_evidence = doc_kind.classify(md.title, ct.text, progress_table is not None, early,
                                                          metadata.month_of(md.date_published, early))
    by_address = address.date_in(raw.meta.get("url")) if md.date_published is None and md.date_written is None else None
    if by_address:  # a page whose text has no date: its address's
        md.date_published = by_address
        problems.append(Problem(kind="dated_by_address", message=f"date published {md.date_published} taken from the "
                                                                 "page's address; the text gives none"))
    metadata.date_by_kind(md, ct.text)
    dated = metadata.dated_year(md, head)
    if dated is not None and metadata.reposted(ct.text, dated):
        problems.append(Problem(kind="reposted", message=f"dated {dated}, but every year the text names is years before and its "
                                                         "goals' years are past then: the date is a repost's, not the text's"))
        dated = None
    if md.doc_kind_evidence[0].startswith(doc_kind.LITTLE_CHINESE):
        problems.append(Problem(kind="not_chinese", message=f"{md.doc_kind_evidence[0]}: read, but no targets taken"))
    task_tables = tasktable.find(ct.text)
    seg = structure.segment(ct.text, table_spans + [(t.start, t.end) for t in task_tables], md.title)
    problems += [Problem(kind=k, message=m, span=s) for k, m, s in seg.problems]

    starts = [b.start for b in ct.blocks]
    pages = [b.page for b in ct.blocks]

    def page_at(pos: int) -> Optional[int]:
        i = bisect.bisect_right(starts, pos) - 1
        return pages[i] if i >= 0 else None

    sections, measures = _convert(seg.roots, ct.text, page_at)
    _assign_responsibility(measures, [b.rows for b in table_blocks if b.rows])
    # tables flattened into lines, run-together indicator tables and performance target tables, where no table
    # the reader found stands: each read by its own rows, its span skipped
    flat = [t for t in targets_mod.flattened_tables(ct.text, md.period_end) if not _overlaps(t[1], t[2], table_spans)]
    numbered = [t for t in numbered_table.find(ct.text) + perf
                if not _overlaps(t[0], t[1], table_spans + [(a, b) for _, a, b, _ in flat])]
    skip = table_spans + [(a, b) for _, a, b, _ in flat] + [(a, b) for a, b, _ in numbered] + \
        [(a, b, "contents") for a, b in seg.contents]
    if any(found for _, _, found in numbered) or \
            doc_kind.rules().title["plan.performance"].search(to_simplified(md.title or "")):  # (its overview cells: costing)
        skip += [(a, b, "background") for a, b in performance.overviews(ct.text)]
    unmarked_report, planned_for = False, None
    if md.doc_kind != "report":
        skip += [(a, b, "background") for a, b in scope.background_sections(seg.roots)]
        skip += [(a, b, "practices") for a, b in doc_kind.practice_spans(ct.text)]  # (主要做法是：… what was done)
    else:  # a report commits only in its forward part: its review (to where that starts) gives no targets
        skip += [(a, b, "review") for a, b in doc_kind.review_spans(ct.text)]
        year = doc_kind.forward_year(ct.text)
        unmarked_report = not doc_kind.has_forward_part(ct.text)
        five = doc_kind.five_year_goals(ct.text) if year is None and md.period_end is None else None
        if five is not None:  # a Party congress report's goals 到“十四五”末: the plan's five years, its goals due at their end
            md.period_start, md.period_end = five - 4, five
        elif year is not None or md.period_end is None:  # the year it plans for (2024年重点任务): its 今年 and
            md.period_start = md.period_end = year  # its targets' year; a 到2016年 in its review is no period
        if md.period_end is None and five is None and dated is not None and \
                metadata.rules().this_year.search(ct.text[:_WHOLE_YEAR_WITHIN]):
            md.period_start = md.period_end = dated  # 今年政府工作报告…, dated 2026-01-21: the year it plans for
        month = metadata.month_of(md.date_published, dated)
        if unmarked_report and month is not None and month <= _REPORT_MONTHS and \
                not doc_kind.rules().review.search(to_simplified(ct.text)):
            # (a work report's page continued from the front page, 上接第一版, dated 2025-01-22: its tasks alone, the
            # year it was given in planned for)
            unmarked_report = False
            if md.period_end is None:
                md.period_start = md.period_end = dated
        if md.period_end is None and five is None:  # 2026年是“十五五”开局之年。报告强调，要…: no forward marker, the
            md.period_start = md.period_end = metadata.named_year(ct.text)  # year the report says it speaks of
        if dated is None and five is None:  # a report is given early in the year it plans for: its 今年 is that year,
            dated = md.period_end  # an earlier one is past
    if md.doc_kind in ("plan", "other") and md.period_start is None and md.period_end is None:
        # a plan that names no period but the year of its goals or work (三、2024年主要工作安排, 2013年，某县计划…);
        # a page of no kind yet, by a forward marker in its head (its kind comes from the goals found, after)
        md.period_end = planned_for = doc_kind.forward_year(ct.text if md.doc_kind == "plan" else ct.text[:_UNKINDED_HEAD])
        if md.period_end is not None and md.period_end == metadata.annual_plan_year(ct.text):
            md.period_start = md.period_end  # (2024年，是…关键一年。…现将…工作安排如下: the year's plan, that year alone)
        if md.period_end is None and dated is None and (metadata.rules().this_year.search(ct.text[:_WHOLE_YEAR_WITHIN])
                                                        or (_YEAR_OPENS.search(ct.text) and
                                                            not FIVE_YEAR_PLAN.search(ct.text))):  # (十四五: one script)
            # 全年扩种大豆3万亩 … 2022年新创产业园区3个: a year's plan that names no other year is for that one
            # (2025年，某供电公司计划投资2670余万元…: so is a plan with no 今年 whose one year opens a clause, and no
            # five-year plan named; not 以2010年考核指标为基数, a base)
            # (a dated page's 今年 is its date's year, below: 2011-12-17, 从今年开始…用3年时间 … 2012年汛前完成)
            md.period_start = md.period_end = metadata.only_year(ct.text)
    if dated is None and md.doc_kind in ("news", "other", "plan"):  # 2017年，某省“春风行动”将于2月6日举行。今年的“春风行动”…: an undated
        dated = metadata.opening_year(ct.text) or metadata.issue_year(ct.text)  # page that opens on a year speaks of
        # it as this year; so does a journal abstract of its issue's year
    if md.doc_kind in ("plan", "news", "other", "report") and md.period_start is None and md.period_end is None:
        # 福建今年将建成200家…, dated 2022-04-26: goals for 2022
        # (发布2025年民生“十心”实事, on a page with no year: the year of the plan it names, a plan's or a news page's)
        md.period_start = md.period_end = metadata.year_of_writing(dated, ct.text) or metadata.annual_plan_year(ct.text) \
            or metadata.closing_year(ct.text)
        month = metadata.month_of(md.date_published or md.date_written, dated)
        span = metadata.years_from_date(dated, ct.text, month)
        if span:  # dated 2020-02-25, 计划用三年时间…: 2020–2022
            md.period_start, md.period_end = span
    phase_problems: list = []
    found_phases = timeline.phases(seg.roots, ct.text, phase_problems)
    problems += [Problem(kind=k, message=m, span=s) for k, m, s in phase_problems]
    metadata.period_from_phases(md, [(p.start, p.end) for p in found_phases])
    metadata.period_from_date(md, dated)
    # a phase (第二阶段（2025年7月至2026年12月）) governs its targets with its last year
    phase_years = [(p.span[0], p.span[1], (int(p.end[:4]), "phase")) for p in found_phases if p.end]
    # labels that read as numbers (3.25%的乡镇 after 2., 1.3项目…): blanks to the target extractor
    glued = [(n.start, n.label_end) for n in _iter(seg.roots) if n.glued or n.kind == "decimal"]
    glued += [span for t in task_tables for span in t.labels]
    if progress_table is not None:  # its progress cells report what was done: blanks, each number a fact
        glued += [(a, b, "fact", "a progress table's report of what was done") for a, b in progress_table[1]]
    columns = [c for t in task_tables for c in t.columns]  # each item takes its column's year
    context = scope.context_years(seg.roots, ct.text) + phase_years + [(a, b, (y, "table")) for a, b, y in columns]
    if doc_kind.sets_no_goals(md.doc_kind, md.doc_kind_evidence):  # statistics, news of results, forms: every number is a fact
        found = []
    else:
        # a plan whose title names a period over before the page is dated (a 2022年度 plan posted in 2025) is read as of
        # its period: its years are its goals, not what was done before it was written (not a period guessed from the
        # years a text names, nor a report's title's year)
        reposted = md.doc_kind == "plan" and md.period_end is not None and dated is not None and md.period_end < dated \
            and str(md.period_end) in (md.title or "") and md.doc_kind_evidence[0].startswith("title")
        found = targets_mod.extract(ct.text, context, skip,
                                    [s.span[0] for s in _iter(sections)] + [c[0] for c in columns], glued,
                                    md.period_end, md.period_end if reposted else dated, md.period_start,
                                    None if reposted else metadata.month_of(md.date_published or md.date_written, dated))
        found = roundup.places_as_scopes(found, ct.text)
        # (a year's column before the plan's period, or before the year it was written in, 2022年 in a list of 2025: what was)
        first_year = md.period_start if md.period_start is not None else dated
        for b in table_blocks:
            if b.rows:
                found += targets_mod.table_targets(b.rows, b.start, b.end, _row_spans(ct.text, b),
                                                   ct.text[max(0, b.start - _TABLE_HEAD):b.start], first_year)
        for rows, a, b, spans in flat:
            found += targets_mod.table_targets(rows, a, b, spans, ct.text[max(0, a - _TABLE_HEAD):a], first_year)
        for _, _, table in numbered:
            found += table
        found = scope.commitments(found, ct.text, md, unmarked_report, dated, planned_for)
        if md.doc_kind == "other" and len(found) >= _GOALS_OF_A_PLAN and not measures and \
                doc_kind.counted_results(md.doc_kind_evidence) and \
                not any(_looks_forward(f, ct.text) for f in found) and \
                not targets_mod.lexicon().forward_words.search(ct.text, 0, min(f.start for f in found)):
            # 2023年，全市共调解纠纷5808件，调解成功率99.98%，各项数据均创历史最高: no kind's words, and not one of
            # its numbers said of a time to come — a page of results
            md.doc_kind = "news"
            md.doc_kind_evidence = [*md.doc_kind_evidence, f"{len(found)} numbers, none looking ahead: results"]
            found = scope.dropped(found, [], "fact", "a page of results: no kind's words, none of its numbers said of a time to come")
        if md.doc_kind == "other" and len(found) >= _GOALS_OF_A_PLAN:  # no kind's words, but goals it sets: a plan's
            md.doc_kind = "plan"
            md.doc_kind_evidence = [*md.doc_kind_evidence, f"sets {len(found)} goals"]
        elif md.doc_kind == "news" and len(found) >= _GOALS_OF_A_PLAN:  # news whose sentences set goals (今年将新建…,
            md.doc_kind = "plan"  # 计划到2025年…): news of a plan or of a year's goals, a plan's kind; its goals the forward ones
            md.doc_kind_evidence = [*md.doc_kind_evidence, f"{doc_kind.NEWS_OF_GOALS}: {len(found)}"]
    section_at = Innermost((s.span[0], s.span[1], s.id) for s in _iter(sections)).at
    measure_at = Innermost((m.span[0], m.span[1], m.id) for m in measures).at
    # values come from the lexicon-checked extractor: build without re-validating each of thousands
    keys = indicators.default_keys()
    target_models = [Target.trusted(id=f"t{i + 1}", indicator=f.indicator, comparator=f.comparator, value=f.value,
                            value_max=f.value_max, unit=f.unit, **_comparable(f, keys), change=f.change, year=f.year,
                            year_source=f.year_source, baseline=f.baseline, baseline_year=f.baseline_year,
                            approximate=f.approximate, frequency=f.frequency,
                            value_span=(f.num, f.num_end) if f.num >= 0 else None,
                            scope=f.scope, text=ct.text[f.start:f.end], span=(f.start, f.end),
                            section_id=section_at(f.start), measure_id=measure_at(f.start),
                            page=page_at(f.start))
                     for i, f in enumerate(found)]
    phase_models = [Phase(name=p.name, title=p.title, start=p.start, end=p.end, text=ct.text[p.span[0]:p.span[1]],
                          span=p.span) for p in found_phases]
    # built from trusted values, one per line of the source: skip validation, which would dominate the cost
    blocks = [Block.trusted(index=b.index, kind=b.kind, span=(b.start, b.end), page=b.page) for b in ct.blocks]
    tables = [Table(id=f"t{i + 1}", rows=b.rows or [], span=(b.start, b.end), page=b.page)
              for i, b in enumerate(x for x in ct.blocks if x.kind == "table")]
    cleaning = [CleaningStep(rule=rule, count=n, examples=ex) for rule, (n, ex) in ct.log.items()]
    source = Source(path=raw.path if raw.format != "text" else None, format=raw.format, sha256=raw.sha256,
                    size=raw.size, pages=raw.pages, encoding=raw.encoding, url=raw.meta.get("url"))
    return Plan(source=source, metadata=md, text=ct.text, blocks=blocks, tables=tables, sections=sections,
                measures=measures, targets=target_models, phases=phase_models, problems=problems, cleaning=cleaning)


_UNKINDED_HEAD = 5_000  # characters of a page of no kind looked at for the year of its forward marker
_WHOLE_YEAR_WITHIN = 20000  # characters looked at for 全年, 年内 (bounded: a one-line text is long)
_REPORT_MONTHS = 3  # a work report given by March is its year's (the congresses meet in January to March)


_YEAR_OPENS = re.compile(r"(?<!\d)" + load("metadata")["opening_year"])  # 2025年，…: a year a clause opens on (metadata's)
_GOALS_OF_A_PLAN = 2  # targets that make a text with no kind's words a plan (a page of goals with no plan word)
_TABLE_HEAD = 80  # characters before a table read for the line that names it


def _looks_forward(f, text: str) -> bool:
    """A target said of a time to come: a forward word in its sentence (将, 力争, 到2025年, 计划…), or a year it
    takes from a heading, a lead-in, a table's column or a phase."""
    return f.year_source in ("lead", "heading", "table", "phase", "paragraph") or \
        targets_mod.lexicon().forward_words.search(to_simplified(text[f.start:f.end])) is not None  # (計劃: the
    # lexicon's words are simplified)


def _head_of(raw: RawDocument, chars: int = 2000) -> str:
    """The start of the text as it came, before cleaning."""
    out, n = [], 0
    for b in raw.blocks:
        if n >= chars:
            break
        out.append(b.text)
        n += len(b.text) + 1
    return "\n".join(out)


def _comparable(f, keys) -> dict:
    """What lines a target up with other plans' targets: its canonical indicator and values in a base unit."""
    m = keys.match(f.indicator, f.unit, f.change)
    base = units.base_unit(f.unit)  # (base unit, factor) or None
    return {"base_value": round(f.value * base[1], 6) if base else None,
            "base_value_max": round(f.value_max * base[1], 6) if base and f.value_max is not None else None,
            "base_unit": base[0] if base else None, "indicator_key": m.key, "key_match": m.method,
            "key_score": m.score if m.method == "similar" else None, "field": m.field, "direction": m.direction}


_TEXT_FORMATS = ("txt", "text")


def _overlaps(a: int, b: int, spans) -> bool:
    return any(a < y and x < b for x, y, *_ in spans)


def _row_spans(text: str, block) -> Optional[list[tuple[int, int]]]:
    """Where each row of a table block stands (a line a row), so that its targets hold their row and not
    the whole table; None when the lines and the rows do not pair up (a cell with a line break)."""
    lines = text[block.start:block.end].split("\n")
    if len(lines) != len(block.rows):
        return None
    spans, pos = [], block.start
    for line in lines:
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _assign_responsibility(measures: list[Measure], tables: list[list[list[str]]]) -> None:
    rows = [r for t in tables for r in responsibility.from_table(t)]
    for m in measures:
        m.instrument, m.instrument_keywords = instruments.classify(m.title, m.text)
        m.deadline = responsibility.deadline_in(m.text)
        m.lead, m.partners = responsibility.units_in(m.text)
        if m.lead is None and rows:
            # a responsibility table names its tasks by the measure's title words
            for task, lead, partners in rows:
                if task and (task in m.title or m.title[:4] in task or task[:4] in m.title):
                    m.lead, m.partners = lead, partners
                    break


def _iter(sections):
    for s in sections:
        yield s
        yield from _iter(s.children)


def _convert(roots, text: str, page_at):
    measures: list[Measure] = []
    single_level = all(not r.children for r in roots)

    def conv(node, sid: str, path: str, parent_id: Optional[str]) -> Section:
        path = path + node.label.strip()
        children = [conv(c, f"{sid}.{i + 1}", path, sid) for i, c in enumerate(node.children)]
        sec = Section(id=sid, label=node.label.strip(), kind=node.kind, ordinal=node.ordinal, level=node.level,
                      title=node.title, text=text[node.label_end:node.body_end].strip(),
                      span=(node.start, node.end), page=page_at(node.start), children=children)
        if not node.children and (node.level >= 2 or single_level):
            measures.append(Measure(id="m" + sid[1:], section_id=parent_id or sid, path=path, title=node.title,
                                    text=text[node.label_end:node.end].strip(), span=(node.start, node.end),
                                    page=sec.page))
        return sec

    sections = [conv(r, f"s{i + 1}", "", None) for i, r in enumerate(roots)]
    measures.sort(key=lambda m: m.span[0])
    return sections, measures


def raw_from_text(text: str, name: Optional[str] = None) -> RawDocument:
    data = text.encode("utf-8")
    if not text.strip():
        raise EmptyDocument(name or "<text>")
    blocks = texttable.blocks(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return RawDocument(name, "text", hashlib.sha256(data).hexdigest(), len(data), blocks)

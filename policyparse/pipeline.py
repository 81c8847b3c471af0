"""The one-way path: RawDocument -> clean -> segment -> metadata -> Plan."""
from __future__ import annotations

import bisect
import gc
import hashlib
from contextlib import contextmanager
from typing import Optional

import regex

from . import clean as clean_mod
from . import doc_kind, instruments, metadata, responsibility, structure, tasktable, timeline, verdicts
from . import targets as targets_mod
from .data import to_simplified
from .errors import EmptyDocument
from .models import Block, CleaningStep, Measure, Phase, Plan, Problem, Section, Source, Table, Target
from .readers import RawBlock, RawDocument
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


def plan_from_raw(raw: RawDocument, candidates: bool = False) -> Plan:
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
    table_spans = [(b.start, b.end) for b in ct.blocks if b.kind == "table"]
    md = metadata.extract(ct.text)
    metadata.apply_declared(md, raw.meta)
    md.doc_kind, md.doc_kind_evidence = doc_kind.classify(md.title, ct.text)
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
    _assign_responsibility(measures, [b.rows for b in ct.blocks if b.kind == "table" and b.rows])
    flat = targets_mod.flattened_tables(ct.text) if not table_spans else []
    skip = table_spans + [(a, b) for _, a, b, _ in flat] + [(a, b, "contents") for a, b in seg.contents]
    unmarked_report = False
    if md.doc_kind != "report":
        skip += [(a, b, "background") for a, b in _baseline_sections(seg.roots)]
    else:  # a report commits only in its forward part: its review (to where that starts) gives no targets
        skip += [(a, b, "review") for a, b in doc_kind.review_spans(ct.text)]
        year = doc_kind.forward_year(ct.text)
        unmarked_report = not doc_kind.has_forward_part(ct.text)
        if year is not None or md.period_end is None:  # the year it plans for (2024年重点任务): its 今年 and
            md.period_start = md.period_end = year  # its targets' year; a 到2016年 in its review is no period
    phase_problems: list = []
    found_phases = timeline.phases(seg.roots, ct.text, phase_problems)
    problems += [Problem(kind=k, message=m, span=s) for k, m, s in phase_problems]
    metadata.period_from_phases(md, [(p.start, p.end) for p in found_phases])
    # a phase (第二阶段（2025年7月至2026年12月）) governs its targets with its last year
    phase_years = [(p.span[0], p.span[1], (int(p.end[:4]), "phase")) for p in found_phases if p.end]
    # labels that read as numbers (3.25%的乡镇 after 2., 1.3项目…): blanks to the target extractor
    glued = [(n.start, n.label_end) for n in _iter(seg.roots) if n.glued or n.kind == "decimal"]
    glued += [span for t in task_tables for span in t.labels]
    columns = [c for t in task_tables for c in t.columns]  # each item takes its column's year
    context = _context_years(seg.roots, ct.text) + phase_years + [(a, b, (y, "table")) for a, b, y in columns]
    if doc_kind.sets_no_goals(md.doc_kind, md.doc_kind_evidence):  # statistics, news of results, forms: every number is a fact
        found = []
    else:
        found = targets_mod.extract(ct.text, context, skip,
                                    [s.span[0] for s in _iter(sections)] + [c[0] for c in columns], glued)
        for b in ct.blocks:
            if b.kind == "table" and b.rows:
                found += targets_mod.table_targets(b.rows, b.start, b.end, _row_spans(ct.text, b))
        for rows, a, b, spans in flat:
            found += targets_mod.table_targets(rows, a, b, spans)
        found.sort(key=lambda f: f.start)
        if unmarked_report:  # no forward part marked: only sentences that look forward commit
            found = _dropped(found, [f for f in found if doc_kind.looks_forward(ct.text, f.start, f.end)], "fact",
                             "a report's sentence that does not look forward")
        found = _dropped(found, _without_headline_repeats(found, ct.text), "repeat",
                         "a headline restating a target of the body")
        found = _without_past_years(found, md)
        _period_years(found, md)
        found = _without_repeats(found, ct.text)
    section_at = Innermost((s.span[0], s.span[1], s.id) for s in _iter(sections)).at
    measure_at = Innermost((m.span[0], m.span[1], m.id) for m in measures).at
    # values come from the lexicon-checked extractor: build without re-validating each of thousands
    target_models = [Target.trusted(id=f"t{i + 1}", indicator=f.indicator, comparator=f.comparator, value=f.value,
                            value_max=f.value_max, unit=f.unit, change=f.change, year=f.year,
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
                    size=raw.size, pages=raw.pages, encoding=raw.encoding)
    return Plan(source=source, metadata=md, text=ct.text, blocks=blocks, tables=tables, sections=sections,
                measures=measures, targets=target_models, phases=phase_models, problems=problems, cleaning=cleaning)


_REPEAT_WINDOW = 30  # characters before a number looked at for the start of its clause
_CLAUSE_END = regex.compile(r"[，,；;。：:\n•●■]")


def _clause_before(text: str, f) -> str:
    """The words of a target's clause up to its number and unit: equal words make a repeat."""
    lo = max(f.start, f.num - _REPEAT_WINDOW)
    cut = None
    for cut in _CLAUSE_END.finditer(text, lo, f.num):
        pass
    return to_simplified(text[cut.end() if cut else lo:f.num_end]).strip()


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


def _dropped(found: list, kept: list, verdict: str, rule: str) -> list:
    """kept, after telling explain why the others went."""
    if targets_mod._SINK is not None and len(kept) < len(found):
        ids = {id(f) for f in kept}
        targets_mod._SINK.extend((f.num, verdict, rule) for f in found if id(f) not in ids)
    return kept


_FIVE_YEAR = regex.compile(r"十[一二三四五六]五|五年规划|五年計劃")


def _without_past_years(found: list, md) -> list:
    """2019年，全省接待游客8.07亿人次 in a 2021–2025 plan: a year before the period is what was done."""
    title = md.title or ""
    if md.period_start is None or not (str(md.period_start) in title or _FIVE_YEAR.search(title)):
        return found  # only a period the title states: one read from phases or lead-ins may start late
    kept = [f for f in found if f.year is None or f.year >= md.period_start or f.year_source not in ("sentence", "clause")]
    return _dropped(found, kept, "fact", f"a year before the plan's period ({md.period_start})")


def _without_repeats(found: list, text: str) -> list:
    """A page printed twice, or a summary that copies the body's words, states a target again: the first
    statement is the target. The same words around the same number make a repeat; a plan that restates
    a goal in other words (预期成果: 学校整体教育质量指标提高10%以上) keeps both, as its gold does."""
    counts: dict = {}
    for f in found:
        cheap = (f.indicator, f.value, f.unit, f.scope, f.year)
        counts[cheap] = counts.get(cheap, 0) + 1
    seen, kept = set(), []
    for f in found:
        cheap = (f.indicator, f.value, f.unit, f.scope, f.year)
        if counts[cheap] > 1:  # the words around are read only for what could be a repeat
            key = (_clause_before(text, f) if f.num >= 0 else f.start, cheap)
            if key in seen:
                continue
            seen.add(key)
        kept.append(f)
    return _dropped(found, kept, "repeat", "the same target stated before")


def _period_years(found: list, md) -> None:
    """A target of a plan's goals or tasks with no year in any scope holds by the period's end (a 2022年度
    plan → 2022, a 十四五 plan → 2025); a report's, by the year it plans for."""
    if md.period_end is None or md.doc_kind not in ("plan", "report"):
        return
    for f in found:
        if f.year is None:
            f.year, f.year_source = md.period_end, "period"


_HEADLINE_MAX = 80


def _without_headline_repeats(found: list, text: str) -> list:
    """A web page's headline (its first line, no full stop) restates a target of the body: the body's
    statement is the target, the headline's a repeat."""
    nl = text.find("\n")
    if nl < 0 or nl > _HEADLINE_MAX or "。" in text[:nl]:
        return found  # a long first line is no headline (a table copied onto one line, a whole plan)
    later = {(f.value, f.unit) for f in found if f.start > nl}
    return [f for f in found if f.start > nl or (f.value, f.unit) not in later]


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


def _baseline_sections(roots) -> list[tuple[int, int]]:
    """Spans of sections that report what was (发展基础, 现状, 回顾): their numbers are not targets."""
    heading = targets_mod.lexicon().baseline_heading
    out = []

    def walk(nodes):
        for n in nodes:
            if heading.search(to_simplified(n.title)):
                out.append((n.start, n.end))
            else:
                walk(n.children)
    walk(roots)
    return out


def _context_years(roots, text: str) -> list[tuple[int, int, int]]:
    """Spans governed by a year stated in a heading (一、2025年目标) or a lead-in that ends with a colon
    (到2025年，实现以下目标：): targets inside them without a year of their own take it."""
    lx = targets_mod.lexicon()
    out = []

    def walk(nodes):
        for n in nodes:
            own = text[n.label_end:n.body_end]
            colon = own.find("：")
            lead = own[:colon] if colon >= 0 else n.title
            m = lx.year.search(lead)
            if m:
                start = n.label_end + (m.start() if colon >= 0 else 0)
                out.append((start, n.end, int(m.group(1))))
            walk(n.children)
    walk(roots)
    if roots:  # the line before the first heading: 到2020年将实现：, 2024年工作要点如下： governs the list
        before = text[max(0, roots[0].start - 300):roots[0].start].rstrip()
        line = before[before.rfind("\n") + 1:]
        m = lx.year.search(line) if line.endswith(("：", ":")) else None
        if m:
            out.append((roots[0].start, roots[-1].end, int(m.group(1))))
    return out


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
    blocks = [RawBlock(line) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return RawDocument(name, "text", hashlib.sha256(data).hexdigest(), len(data), blocks)

"""What kind of document a text is: a plan, a notice, a report, statistics, news, a standard, a form.

Researchers feed whatever a portal offers; only plans (and the forward part of reports) commit to
targets. The title decides first (统计公报, 政府工作报告, 考试大纲, 实施方案, 批复 …), then the body's
cues overrule where the title misleads: a news headline over a plan's summary is a plan (力争, 到2025年,
主要目标), a bulletin with no plan words is statistics. The evidence is kept with the answer. Rules in
data/doc_kind.json."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import regex

from .data import load, to_simplified

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
    min_han_share: float


@lru_cache(maxsize=1)
def rules() -> _Rules:
    d = load("doc_kind")
    return _Rules(tuple(d["title_order"]), {k: re.compile(v) for k, v in d["title"].items()},
                  re.compile(d["plan_inside_notice"]), {k: re.compile(v) for k, v in d["cues"].items()},
                  d["overrule"], frozenset(d["no_targets"]), re.compile(d["report"]["review"]),
                  re.compile(d["report"]["forward"]), re.compile(d["report"]["done"]), d["min_han_share"])


def classify(title: Optional[str], text: str) -> tuple[str, list[str]]:
    """(kind, evidence). Evidence names what decided: 'title: 统计公报', 'cues: plan 5, statistics 0 …'."""
    r = rules()
    sample = to_simplified(text[:_SAMPLE])
    han = len(_HAN.findall(sample))
    if sample.strip() and han < r.min_han_share * len(sample.replace(" ", "").replace("\n", "")):
        return "other", [f"little Chinese text ({han} of {len(sample)} characters)"]
    counts = {k: sum(1 for _ in p.finditer(sample)) for k, p in r.cues.items()}
    cue_note = "cues: " + ", ".join(f"{k} {n}" for k, n in counts.items())
    heads = [to_simplified(title or "")] + [line.strip() for line in sample.split("\n", 6)[:6] if line.strip()]
    by_title = None
    for head in heads:
        for kind in r.order:
            m = r.title[kind].search(head)
            if m:
                if kind == "notice" and r.title["plan"].search(head) and r.plan_inside_notice.search(head):
                    kind = "plan"  # 关于印发…方案的通知: the notice carries a plan
                by_title = (kind, f"title: {m.group(0)} ({head[:40]})")
                break
        if by_title:
            break
    o = r.overrule
    plan_like = counts["plan"] >= o["plan_cues_for_plan"]
    if by_title:
        kind, why = by_title
        if kind == "plan" and counts["plan"] == 0 and counts["statistics"] >= o["statistics_cues_for_statistics"]:
            return "statistics", [why, cue_note, "no plan cue, many statistics cues"]
        if kind in ("news", "notice") and plan_like and counts["plan"] > counts["results"]:
            return "plan", [why, cue_note, "the body sets goals"]
        if kind == "news" and counts["report"] >= 2:
            return "report", [why, cue_note]
        return kind, [why, cue_note]
    if counts["report"] >= 2:
        return "report", [cue_note]
    if plan_like and counts["plan"] >= counts["statistics"]:
        return "plan", [cue_note]
    if counts["statistics"] >= o["statistics_cues_for_statistics"] and counts["plan"] <= 1:
        return "statistics", [cue_note]
    if counts["news"] and counts["results"] >= o["results_cues_for_news"] and not plan_like:
        return "news", [cue_note]
    return ("plan" if counts["plan"] else "other"), [cue_note]


def sets_no_goals(kind: Optional[str]) -> bool:
    return kind in rules().no_targets


def review_spans(text: str) -> list[tuple[int, int]]:
    """In a report: the spans before its forward part (今年主要预期目标, 工作安排 …), from each review
    heading or the start up to the next forward marker. Numbers there are last year's results."""
    r = rules()
    simp = to_simplified(text)
    spans, pos = [], 0
    for line in _lines(simp):
        a, b = line
        s = simp[a:b]
        fwd = r.forward.search(s[:24])
        if fwd and not r.done.search(s, 0, fwd.start()):  # 完成了年初确定的主要预期目标 is the review
            if pos is not None:
                spans.append((pos, a))
            pos = None
        elif pos is None and len(s.strip()) <= 40 and r.review.search(s):
            pos = a  # a review heading after a forward part: 二、过去一年工作回顾 again
    if pos is not None:
        spans.append((pos, len(simp)))
    return [(a, b) for a, b in spans if b > a]


def _lines(s: str):
    start = 0
    for m in re.finditer(r"\n|[。；](?=\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）))", s):
        yield start, m.start()
        start = m.end()
    yield start, len(s)

"""policyparse: Chinese government policy plans -> structured, typed data.

    import policyparse
    plan = policyparse.parse("plan.docx")        # .txt .docx .pdf .html .doc .wps .ofd; sniffed from the bytes
    plan.sections, plan.measures, plan.metadata.title
    plan.model_dump_json()                       # JSON that validates against schemas/plan.schema.json
    policyparse.diff(plan_a, plan_b)             # PlanDiff: aligned measures, changed targets and phases
    policyparse.compare([plan, …])               # Comparison: tidy and wide tables across plans
    policyparse.indicator_key("全市高中阶段教育毛入学率")  # → 高中阶段毛入学率 (the canonical indicator)
"""
from __future__ import annotations

import os
from typing import Union

from .errors import (
    BinaryFile,
    CorruptDocument,
    DocumentTooLarge,
    EmptyDocument,
    EncryptedDocument,
    NoTextLayer,
    PolicyParseError,
    UnreadableFile,
    UnsupportedFormat,
)
from .models import Measure, Metadata, Phase, Plan, PlanDiff, Problem, Section, Source, Target

__version__ = "0.1.0"

__all__ = ["parse", "parse_text", "explain", "parse_bytes", "load_plan", "diff", "compare", "indicator_key", "PlanDiff", "Plan", "Section", "Measure", "Target", "Phase",
           "Metadata", "Source", "Problem", "PolicyParseError", "UnsupportedFormat", "EmptyDocument",
           "BinaryFile", "CorruptDocument", "EncryptedDocument", "NoTextLayer", "DocumentTooLarge",
           "UnreadableFile"]


def parse(path: Union[str, os.PathLike], candidates: bool = False, url: str | None = None) -> Plan:
    """Parse a .txt, .docx, .pdf, .html, .doc, .wps or .ofd plan. Raises a PolicyParseError subclass for unusable input.
    candidates=True also fills plan.candidates: every number with its verdict and rule (see explain).
    url: the address the file was downloaded from (source.url); a date in it (/2020/1010/, t20220804_)
    dates a page whose text has none, so that its 今年 has a year."""
    from .pipeline import paused_gc, plan_from_raw
    from .readers import read_path
    with paused_gc():
        return plan_from_raw(read_path(path), candidates, url)


def parse_bytes(data: bytes, name: str | None = None, candidates: bool = False, url: str | None = None) -> Plan:
    from .pipeline import paused_gc, plan_from_raw
    from .readers import read_bytes
    with paused_gc():
        return plan_from_raw(read_bytes(data, name), candidates, url)


def parse_text(text: str, candidates: bool = False, url: str | None = None) -> Plan:
    """Parse a plan given as a string."""
    from .pipeline import paused_gc, plan_from_raw, raw_from_text
    with paused_gc():
        return plan_from_raw(raw_from_text(text), candidates, url)


def explain(source: Union[str, os.PathLike, Plan]) -> list:
    """Every number of a document (a path, or text with a line break or no file of that name) with its
    verdict (target, fact, baseline, qualifier, …) and the rule that decided: list[Candidate]."""
    if isinstance(source, Plan):
        plan = _explained(source)
    elif isinstance(source, str) and ("\n" in source or not os.path.exists(source)):
        plan = parse_text(source, candidates=True)
    else:
        plan = parse(source, candidates=True)
    return plan.candidates or []


def _explained(plan: Plan) -> Plan:
    """plan again with its candidates: its verdicts, not those of its clean text read afresh. The clean text has lost
    the lines that dated it (a news page's dateline is furniture), and a date decides what a page's 今年 and 计划
    mean: the file it came from is read again if it is still there unchanged, else its text with its dates."""
    if plan.candidates is not None:
        return plan
    from .pipeline import paused_gc, plan_from_raw, raw_from_text
    from .readers import read_path
    src, md = plan.source, plan.metadata
    with paused_gc():
        if src.path and os.path.isfile(src.path) and os.path.getsize(src.path) == src.size:
            try:
                raw = read_path(src.path)
            except PolicyParseError:
                raw = None  # (the file changed into something unreadable since: the plan's own text still explains it)
            if raw is not None and raw.sha256 == src.sha256:
                return plan_from_raw(raw, True, src.url)
        raw = raw_from_text(plan.text)
        raw.meta.update({k: v for k, v in (("date_published", md.date_published), ("date_written", md.date_written)) if v})
        return plan_from_raw(raw, True, src.url)


def load_plan(data: Union[str, bytes, os.PathLike]) -> Plan:
    """A Plan from its JSON (a JSON string or bytes, or the path of a JSON file)."""
    if isinstance(data, os.PathLike) or (isinstance(data, str) and not data.lstrip().startswith("{")):
        with open(data, "rb") as fh:
            data = fh.read()
    return Plan.model_validate_json(data)


# the modules are plan_diff and comparison, not diff and compare: importing a submodule binds its name
# on the package, which would replace these functions

def diff(a, b, aliases=None) -> PlanDiff:
    """Align plan A with plan B (Plans, documents or Plan JSON files) -> PlanDiff. aliases: extra
    indicator aliases, a mapping {key: [alias, …]} or the path of a JSON file of that shape."""
    from .plan_diff import diff as _diff
    return _diff(a, b, aliases)


def indicator_key(phrase: str, unit: str | None = None, change: str | None = None) -> str:
    """The canonical indicator of a phrase (data/taxonomy.json by name, alias or similarity; else the
    normalised phrase). unit and change, a target's, tell a level from its change: 地区生产总值 in % is
    地区生产总值增长. policyparse.indicators.match gives the whole decision (method, score, field, direction)."""
    from .indicators import indicator_key as _key
    return _key(phrase, unit, change)


def compare(plans, aliases=None, names=None):
    """Many plans (Plans, documents or Plan JSON files) -> Comparison (tidy rows, wide matrix,
    instrument counts)."""
    from .comparison import compare as _compare
    return _compare(plans, aliases, names)

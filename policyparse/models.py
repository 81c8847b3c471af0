"""The JSON contract: pydantic v2 models for a parsed plan. schemas/ is generated from these."""
from __future__ import annotations

from typing import Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.5"  # 1.1: Measure.instrument, instrument_keywords; 1.2: html/doc/wps/ofd, dates, index_no;
# 1.3: Metadata.doc_kind and doc_kind_evidence; Target.year_source, baseline, baseline_year, approximate,
# value_span; Plan.candidates (explain); 1.4: Metadata.division (region codes); Target.base_value, base_unit,
# indicator_key, field, direction; 1.5: Source.url (a page's address, which dates a page with no date)

Span = tuple[int, int]


_set = object.__setattr__
_ALL_SET: dict[type, set] = {}


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")

    @classmethod
    def trusted(cls, **values):
        """An instance from values already checked, every field given: what model_construct does,
        without its per-field bookkeeping, which dominated building a plan of 100,000s of targets."""
        m = cls.__new__(cls)
        _set(m, "__dict__", values)
        # every field is given, so every instance's set of fields set is the same: one set per class
        # (pydantic only ever adds field names to it) instead of one per instance, which in a plan of
        # a million blocks and targets was a million sets
        # (every field given: the same number of names is the same names, and a count is cheaper to compare)
        fields = _ALL_SET.get(cls)
        if fields is None or len(fields) != len(values):
            fields = _ALL_SET[cls] = set(values)
        _set(m, "__pydantic_fields_set__", fields)
        _set(m, "__pydantic_extra__", None)
        _set(m, "__pydantic_private__", None)
        return m


class Source(_Model):
    path: Optional[str] = Field(None, description="File the plan was read from; null for parse_text()")
    format: Literal["txt", "docx", "pdf", "html", "doc", "wps", "ofd", "text"]
    sha256: str
    size: int = Field(description="Size of the input in bytes")
    pages: Optional[int] = Field(None, description="Page count (PDF only)")
    encoding: Optional[str] = Field(None, description="Text encoding detected (txt only)")
    url: Optional[str] = Field(None, description="The address the file came from: given by the caller (--url), else "
                                                 "a web page's own (canonical link, og:url)")


YearSource = Literal["sentence", "clause", "lead", "paragraph", "heading", "table", "phase", "period"]
DocKind = Literal["plan", "notice", "report", "statistics", "news", "standard", "form", "other"]


class Division(_Model):
    """The region as a division of the national code list (data/divisions.tsv, NBS 统计用区划代码 2023)."""
    name: str = Field(description="Official name of the division (太仓市), or 全国")
    code: Optional[str] = Field(None, description="6-digit division code; null for 全国 and when ambiguous")
    level: Literal["national", "province", "city", "county"] = Field(
        description="county covers every county-level division: districts, counties, county-level cities, banners")
    province: Optional[str] = None
    province_code: Optional[str] = None
    city: Optional[str] = Field(None, description="The prefecture-level city above a county; null for the counties "
                                                  "of municipalities and counties directly under a province")
    city_code: Optional[str] = None
    source: Literal["title", "issuer", "text"] = Field(description="Which evidence named it")
    ambiguous: bool = Field(False, description="The name fits several divisions and nothing else in the text chooses")
    candidates: list[str] = Field(default_factory=list, description="“code path” of each division an ambiguous name fits")


class Metadata(_Model):
    title: Optional[str] = None
    doc_kind: Optional[DocKind] = Field(
        None, description="plan (规划/计划/方案/意见/要点); notice (通知/批复/函 setting no plan); report (government "
                          "work report, work summary, budget report); statistics; news; standard; form (forms, lists, "
                          "invoices, exam outlines); other. Statistics, forms and standards give no targets; news only the "
                          "goals it states outright (到2025年, 力争, 目标是).")
    doc_kind_evidence: list[str] = Field(default_factory=list, description="What decided doc_kind (title words, cues)")
    plan_type: Optional[str] = Field(None, description="行动计划, 实施方案, 规划, 工作方案, 意见 …")
    period_start: Optional[int] = None
    period_end: Optional[int] = None
    period_years: Optional[int] = Field(None, description="Length of the plan period in years (三年 → 3)")
    region: Optional[str] = Field(None, description="The region as the text names it")
    division: Optional[Division] = Field(None, description="The region resolved to a division with its code")
    issuer: Optional[str] = None
    doc_number: Optional[str] = Field(None, description="Document number such as 京政办发〔2023〕5号")
    date_written: Optional[str] = Field(None, description="成文日期, YYYY-MM-DD: the date the text is signed with, else a web page's header; for a news page the date published")
    date_published: Optional[str] = Field(None, description="发布日期, YYYY-MM-DD (from a web page's header), or YYYY-MM "
                                          "when only the month is known (a page's address filed by month), or YYYY when only its year is")
    index_no: Optional[str] = Field(None, description="索引号: the portal's catalogue number of the document")


class Block(_Model):
    """A paragraph, heading, list item or table of the source, located in the clean text."""

    index: int = Field(description="Position of the block in the source document (0-based)")
    kind: Literal["paragraph", "heading", "list_item", "table"]
    span: Span
    page: Optional[int] = Field(None, description="1-based page (PDF only)")


class Table(_Model):
    id: str
    rows: list[list[str]]
    span: Span
    page: Optional[int] = None


class Section(_Model):
    id: str
    label: str = Field(description="The numbering label as printed, e.g. （一）")
    kind: str = Field(description="Numbering family: cn, cn_paren, arabic_dot, arabic_dun, arabic_paren, arabic_rparen, circled, chapter, jie, part, article")
    ordinal: int
    level: int = Field(description="1 = top level")
    title: str
    text: str = Field(description="The section's own body, children excluded")
    span: Span = Field(description="From the label to the end of the section, children included")
    page: Optional[int] = None
    children: list["Section"] = Field(default_factory=list)


class Measure(_Model):
    """A numbered item with no numbered item below it (a leaf of the numbered tree)."""

    id: str
    section_id: str
    path: str = Field(description="Labels from the top, e.g. 二、（一）3.")
    title: str
    text: str
    span: Span
    page: Optional[int] = None
    deadline: Optional[str] = Field(None, description="YYYY-MM the text sets for completion (2025年底前完成 → 2025-12)")
    lead: Optional[str] = Field(None, description="Lead unit (牵头单位)")
    partners: list[str] = Field(default_factory=list, description="Other responsible units (责任单位/配合单位)")
    instrument: Optional[Literal["supply", "demand", "environment"]] = Field(
        None, description="Policy instrument (Rothwell–Zegveld): supply, demand or environment; null when no keyword says")
    instrument_keywords: list[str] = Field(default_factory=list, description="The keywords that decided instrument")


class Target(_Model):
    id: str
    indicator: str
    comparator: Literal[">=", "<=", ">", "<", "=", "range"]
    value: float
    value_max: Optional[float] = None
    unit: str
    base_value: Optional[float] = Field(None, description="value in base_unit (1.2 万户 → 12000 户); null when the "
                                                          "unit has no base (%, 岁, 年)")
    base_value_max: Optional[float] = None
    base_unit: Optional[str] = Field(None, description="The unit values of one quantity are compared in (户, 元, 辆, 米)")
    indicator_key: Optional[str] = Field(None, description="The canonical indicator (data/taxonomy.json) or, when "
                                                           "none matches, the normalised phrase: one column in compare")
    key_match: Optional[Literal["exact", "alias", "similar", "phrase"]] = Field(
        None, description="How indicator_key was found; similar: by character similarity, score in key_score")
    key_score: Optional[float] = None
    field: Optional[str] = Field(None, description="Policy field of the canonical indicator (education, health …)")
    direction: Optional[Literal["higher", "lower", "neutral"]] = Field(
        None, description="Which way is better for the canonical indicator (生师比: lower)")
    change: Optional[Literal["increase", "decrease"]] = None
    year: Optional[int] = None
    year_source: Optional[YearSource] = Field(
        None, description="Where the year came from, nearest scope first; null with a null year")
    baseline: Optional[float] = Field(None, description="The starting value the text gives (由85增加到150 → 85)")
    baseline_year: Optional[int] = Field(None, description="The base year (较2023年下降8% → 2023): never the target's year")
    approximate: bool = Field(False, description="左右, 约, 上下")
    frequency: Optional[Literal["year", "semester", "month", "week", "day", "lesson"]] = None
    scope: Optional[str] = None
    text: str
    span: Span
    value_span: Optional[Span] = Field(None, description="Where the number (with its unit) stands in the clean text")
    section_id: Optional[str] = None
    measure_id: Optional[str] = None
    page: Optional[int] = None


Verdict = Literal["target", "fact", "baseline", "qualifier", "parts", "citation", "date", "code", "example", "name",
                  "table", "repeat", "other"]


class Candidate(_Model):
    """A number of the text and what was decided about it (policyparse.explain): a target, or why not."""

    span: Span = Field(description="The number (with its unit) in the clean text")
    number: str = Field(description="The number as written, with its unit")
    before: str = Field(description="Up to 16 characters before it")
    after: str = Field(description="Up to 16 characters after it")
    verdict: Verdict = Field(description="target; fact (a statistic, a result, background); baseline; qualifier (of "
                                         "who or what); parts (of the text itself); citation; date; code; example; name "
                                         "(of a programme); table (read cell by cell); repeat (of a target); other")
    rule: str = Field(description="The rule that decided")
    target_id: Optional[str] = Field(None, description="The Target it became")


class Phase(_Model):
    name: str
    title: Optional[str] = None
    start: Optional[str] = Field(None, description="YYYY-MM")
    end: Optional[str] = Field(None, description="YYYY-MM")
    text: str
    span: Span


class Problem(_Model):
    """Something odd but survivable: a dubious label, an encoding guess, a mojibake run."""

    kind: str
    message: str
    span: Optional[Span] = None


class CleaningStep(_Model):
    """What one cleaning rule removed or changed, so a user can see why text vanished."""

    rule: str
    count: int
    examples: list[str] = Field(default_factory=list, description="Up to three removed or changed strings")


class Plan(_Model):
    schema_version: str = SCHEMA_VERSION
    source: Source
    metadata: Metadata
    text: str = Field(description="The clean text every span points into")
    blocks: list[Block] = Field(default_factory=list)
    tables: list[Table] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)
    measures: list[Measure] = Field(default_factory=list)
    targets: list[Target] = Field(default_factory=list)
    phases: list[Phase] = Field(default_factory=list)
    problems: list[Problem] = Field(default_factory=list)
    cleaning: list[CleaningStep] = Field(default_factory=list)
    candidates: Optional[list[Candidate]] = Field(
        None, description="Every number of the text with its verdict and rule: only when asked (parse(..., candidates=True))")

    def to_doc(self, nlp=None):
        """A spaCy Doc of the clean text with the sections and targets as spans (policyparse.nlp;
        needs spaCy: pip install 'policyparse[spacy]')."""
        from .nlp import plan_to_doc
        return plan_to_doc(self, nlp)

    def iter_sections(self):
        """All sections, depth first, in document order."""
        stack = list(reversed(self.sections))
        while stack:
            s = stack.pop()
            yield s
            stack.extend(reversed(s.children))


# ---- diff: two plans aligned ------------------------------------------------------------------

DiffStatus = Literal["unchanged", "changed", "moved", "added", "removed"]


class PlanRef(_Model):
    """Which plan a side of a diff is."""

    path: Optional[str] = None
    title: Optional[str] = None
    sha256: Optional[str] = None
    region: Optional[str] = None
    period_start: Optional[int] = None
    period_end: Optional[int] = None


class SectionRef(_Model):
    """A section without its body and children: enough to say which one it is."""

    id: str
    label: str
    level: int
    title: str
    span: Span


class TextOp(_Model):
    """One run of a word-level diff (jieba tokens): kept, inserted by B or deleted from A."""

    op: Literal["equal", "insert", "delete"]
    text: str


class FieldChange(_Model):
    field: str
    before: Optional[Union[str, float, int]] = None
    after: Optional[Union[str, float, int]] = None


class SectionChange(_Model):
    status: DiffStatus
    before: Optional[SectionRef] = None
    after: Optional[SectionRef] = None
    similarity: Optional[float] = None


class MeasureChange(_Model):
    status: DiffStatus
    before: Optional[Measure] = None
    after: Optional[Measure] = None
    similarity: Optional[float] = Field(None, description="0..1, how alike the aligned pair is")
    changes: list[FieldChange] = Field(default_factory=list, description="Fields that differ (title, text, deadline, lead, partners, path)")
    text_diff: list[TextOp] = Field(default_factory=list, description="Word-level diff of the text when it changed")


class TargetChange(_Model):
    status: Literal["unchanged", "changed", "added", "removed"]
    key: str = Field(description="Normalised indicator key the pair shares (indicators.py)")
    scope: Optional[str] = None
    before: Optional[Target] = None
    after: Optional[Target] = None
    changes: list[FieldChange] = Field(default_factory=list)
    direction: Optional[Literal["stricter", "looser"]] = Field(
        None, description="For a changed value or comparator: is B's target harder to meet than A's?")


class PhaseChange(_Model):
    status: Literal["unchanged", "changed", "added", "removed"]
    before: Optional[Phase] = None
    after: Optional[Phase] = None
    changes: list[FieldChange] = Field(default_factory=list)
    start_shift_months: Optional[int] = None
    end_shift_months: Optional[int] = None


class DiffSummary(_Model):
    sections: dict[str, int] = Field(default_factory=dict, description="count per status")
    measures: dict[str, int] = Field(default_factory=dict)
    targets: dict[str, int] = Field(default_factory=dict)
    phases: dict[str, int] = Field(default_factory=dict)
    stricter: int = 0
    looser: int = 0


class PlanDiff(_Model):
    schema_version: str = SCHEMA_VERSION
    a: PlanRef
    b: PlanRef
    summary: DiffSummary
    sections: list[SectionChange] = Field(default_factory=list, description="Sections that hold numbered items")
    measures: list[MeasureChange] = Field(default_factory=list)
    targets: list[TargetChange] = Field(default_factory=list)
    phases: list[PhaseChange] = Field(default_factory=list)

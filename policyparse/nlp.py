"""spaCy integration: a blank Chinese pipeline with the jieba segmenter, and a component that puts a
plan's sections and targets on the Doc.

    from policyparse.nlp import blank
    nlp = blank()                          # spacy.blank("zh") with jieba
    nlp.add_pipe("policyparse")            # registered by entry point: works once policyparse is installed
    doc = nlp(plan_text)
    doc.spans["sections"], doc.spans["targets"]    # span._.section / span._.target: the fields as a dict
    doc._.targets, doc._.sections          # the same by id (span.id_)
    doc._.plan                              # the Plan (a policyparse.models.Plan)
    policyparse.parse("plan.docx").to_doc() # the same from a parsed plan, spans exact

The component parses doc.text. policyparse cleans text before it segments it (boilerplate, pinyin,
page furniture go), so offsets into the clean text are carried to doc.text by aligning the two texts
(align); a span that lands on no token is left out and counted in doc._.unplaced. On a Doc made from a
Plan (Plan.to_doc, or clean text) every span is exact. spaCy is imported only here."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from .models import Plan

# The fields of each section and target live on the Doc (dicts by id, plain data, so a DocBin keeps
# them); a span finds its own by span.id_. Span extensions with values would be keyed by offsets, and
# the targets of one sentence share theirs.
for _name in ("plan", "unplaced", "sections", "targets"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
for _name, _table in (("section", "sections"), ("target", "targets")):
    if not Span.has_extension(_name):
        Span.set_extension(_name, getter=lambda span, t=_table: (getattr(span.doc._, t) or {}).get(span.id_))


def blank() -> Language:
    """spacy.blank("zh") with the jieba segmenter (jieba's dictionary ships with jieba: no download)."""
    import spacy
    return spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})


@Language.factory("policyparse")
def make_component(nlp: Language, name: str):
    return PolicyParseComponent()


class PolicyParseComponent:
    """Parses the Doc's text with policyparse and sets doc._.plan, doc.spans["sections"] and
    doc.spans["targets"]."""

    def __call__(self, doc: Doc) -> Doc:
        from . import parse_text
        from .errors import EmptyDocument
        try:
            plan = parse_text(doc.text)
        except EmptyDocument:
            doc.spans["sections"], doc.spans["targets"] = [], []
            return doc
        annotate(doc, plan)
        return doc


def plan_to_doc(plan: Plan, nlp: Optional[Language] = None) -> Doc:
    """A Doc of the plan's clean text with its sections and targets as spans (offsets exact)."""
    doc = (nlp or _shared_blank())(plan.text)
    annotate(doc, plan)
    return doc


_BLANK: list = []


def _shared_blank() -> Language:
    if not _BLANK:
        _BLANK.append(blank())
    return _BLANK[0]


def annotate(doc: Doc, plan: Plan) -> None:
    place = _Placer(doc, plan.text)
    sections, targets, section_fields, target_fields = [], [], {}, {}
    for s in plan.iter_sections():
        span = place(s.span, "section", s.id)
        if span is not None:
            section_fields[s.id] = {"id": s.id, "label": s.label, "kind": s.kind, "level": s.level, "title": s.title}
            sections.append(span)
    for t in plan.targets:
        span = place(t.span, "target", t.id)
        if span is not None:
            target_fields[t.id] = t.model_dump(exclude={"text", "span"})
            targets.append(span)
    doc.spans["sections"], doc.spans["targets"] = sections, targets
    doc._.sections, doc._.targets = section_fields, target_fields
    doc._.plan = plan
    doc._.unplaced = place.missed


class _Placer:
    """Character offsets of the plan's clean text -> token spans of the Doc."""

    def __init__(self, doc: Doc, clean: str):
        self.doc = doc
        self.where = None if doc.text == clean else align(clean, doc.text)
        self.missed = 0

    def __call__(self, span: tuple[int, int], label: str, ident: str) -> Optional[Span]:
        a, b = span
        if self.where is not None and b > a:
            a, b = self.where[a], self.where[b - 1] + 1
        out = self.doc.char_span(a, b, label=label, alignment_mode="expand", span_id=ident) if 0 <= a < b else None
        if out is None:
            self.missed += 1
        return out


_RESYNC = ((8, 20000), (3, 400), (1, 24))


@lru_cache(maxsize=1)
def _one_for_one() -> dict:
    """The cleaning's width table without its deletions (zero-width characters)."""
    from .clean import _WIDTH
    return {c: r for c, r in _WIDTH.items() if r and len(r) == 1}  # (characters that must agree, how far ahead to look)


def align(clean: str, raw: str) -> list[int]:
    """For each offset of the clean text, the offset in raw of the character it came from. Cleaning
    deletes (boilerplate, pinyin, spaces, page furniture) and substitutes a character for a character
    (full-width digits, Chinese commas, OCR slips); walking both texts, a mismatch is resolved by the
    nearest place ahead in raw where the next few clean characters appear (a deletion), else as a
    substitution. Linear in practice: each look-ahead is a bounded str.find."""
    raw = raw.translate(_one_for_one())  # ２→2, ％→%: same length, so offsets hold
    where = [0] * (len(clean) + 1)
    i = j = 0
    n, m = len(clean), len(raw)
    while i < n:
        if j < m and clean[i] == raw[j]:
            where[i] = j
            i, j = i + 1, j + 1
            continue
        if clean[i + 1:i + 4] and clean[i + 1:i + 4] == raw[j + 1:j + 4]:
            where[i] = j  # one character for another (o → 。, , → ，), the text goes on alike
            i, j = i + 1, j + 1
            continue
        for k, ahead in _RESYNC:
            at = raw.find(clean[i:i + k], j, j + ahead) if i + k <= n else -1
            if at > j:
                j = at
                break
        else:
            where[i] = min(j, m - 1) if m else 0
            i, j = i + 1, min(j + 1, m)
    where[n] = j
    return where

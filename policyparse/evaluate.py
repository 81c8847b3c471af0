"""Score parsed plans against gold files (NAME.gold.json beside NAME.txt/.docx/.pdf).

Gold holds `title`, `sections` (label and title of each top-level section), `measures_per_section`
(direct numbered children of each top-level section), optionally `measure_count` (leaves of the
numbered tree, the Plan's `measures`) and `phases`. Used by benchmarks/accuracy.py and the tests."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import regex

from .models import Plan

_NORM = regex.compile(r"[\s（）()“”\"'《》]")


def norm(s: Optional[str]) -> str:
    from .data import to_simplified
    return to_simplified(_NORM.sub("", s or ""))


@dataclass
class StructureScore:
    name: str
    title_ok: bool
    sections_gold: int
    sections_pred: int
    sections_ok: int  # top-level sections whose label and title both match, in order
    children_ok: bool  # measures_per_section equal
    measures_ok: Optional[bool]  # measure_count equal (None when gold has none)
    problems: list[str] = field(default_factory=list)

    @property
    def perfect(self) -> bool:
        return (self.title_ok and self.sections_ok == self.sections_gold == self.sections_pred
                and self.children_ok and self.measures_ok is not False)


def score_structure(plan: Plan, gold: dict, name: str = "") -> StructureScore:
    gs = gold.get("sections", [])
    ps = plan.sections
    ok = 0
    notes = []
    for i, g in enumerate(gs):
        if i < len(ps) and norm(ps[i].label) == norm(g["label"]) and norm(ps[i].title) == norm(g["title"]):
            ok += 1
        else:
            got = f"{ps[i].label}{ps[i].title}" if i < len(ps) else "—"
            notes.append(f"section {i + 1}: want {g['label']}{g['title']} got {got}")
    if len(ps) > len(gs):
        notes.append("extra sections: " + ", ".join(s.label + s.title for s in ps[len(gs):][:5]))
    kids = [len(s.children) for s in ps]
    want_kids = gold.get("measures_per_section", [])
    if kids != want_kids:
        notes.append(f"children per section: want {want_kids} got {kids}")
    mc = gold.get("measure_count")
    measures_ok = None if mc is None else len(plan.measures) == mc
    if measures_ok is False:
        notes.append(f"measures: want {mc} got {len(plan.measures)}")
    title_ok = norm(plan.metadata.title) == norm(gold.get("title"))
    if not title_ok:
        notes.append(f"title: want {gold.get('title')} got {plan.metadata.title}")
    return StructureScore(name, title_ok, len(gs), len(ps), ok, kids == want_kids, measures_ok, notes)


def score_phases(plan: Plan, gold: dict) -> tuple[int, int, int]:
    """(matched, predicted, gold) phases; a match has the same start and end month."""
    want = [(p.get("start"), p.get("end")) for p in gold.get("phases", [])]
    got = [(p.start, p.end) for p in plan.phases]
    used, hit = set(), 0
    for w in want:
        for i, g in enumerate(got):
            if i not in used and g == w:
                used.add(i)
                hit += 1
                break
    return hit, len(got), len(want)


def gold_documents(folder: str | Path):
    """Yield (document path, gold dict) for each gold file and each format of its document."""
    folder = Path(folder)
    for gf in sorted(folder.glob("*.gold.json")):
        gold = json.loads(gf.read_text(encoding="utf-8"))
        stem = gf.name[: -len(".gold.json")]
        if gold.get("doc"):
            docs = [folder / gold["doc"]]
        else:
            docs = []
        docs += [p for p in sorted(folder.glob(stem + ".*")) if p.suffix in (".txt", ".docx", ".pdf") and p not in docs]
        for d in docs:
            if d.exists():
                yield d, gold

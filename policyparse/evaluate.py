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

from .data import load, pinyin_gloss, to_simplified
from .models import Plan
from .readers import EXTENSIONS
from .targets import lexicon

_NORM = regex.compile(r"[\s（）()“”\"'《》〈〉<>]")


# the cleaner writes a title's punctuation in one width (漳浦…幼儿园:将覆盖 → ：): a title is right in either
_DASHES = str.maketrans("—–－~～：，；！？", "-----:,;!?")


# a page's pinyin glosses (服務(wù)): cleaning drops them, gold may keep them (the letters are cleaning's)


def norm(s: Optional[str]) -> str:
    return to_simplified(_NORM.sub("", pinyin_gloss().sub("", s or ""))).translate(_DASHES)


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
    if "sections" not in gold:  # an excerpt of a page: its structure is not annotated
        title_ok = norm(plan.metadata.title) == norm(gold.get("title"))
        notes = [] if title_ok else [f"title: want {gold.get('title')} got {plan.metadata.title}"]
        return StructureScore(name, title_ok, 0, 0, 0, True, None, notes)
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


_FAMILY = {">=": "lo", ">": "lo", "=": "lo", "<=": "hi", "<": "hi", "range": "range"}
_UNIT_ALIASES = {"％": "%", "百分点": "个百分点", "比例": "ratio", "1:n": "ratio"}
# one unit however it is written (万平米, 万㎡, 万m2 = 万平方米): the extractor's own aliases, and the symbols
_UNIT_SYMBOLS = {"㎡": "平方米", "m2": "平方米", "m²": "平方米", "m3": "立方米", "m³": "立方米"}
_PUNCT = regex.compile(r"[\s，。、；：,.;:（）()“”\"'《》【】\-—]")


def _unit(u: Optional[str]) -> str:
    u = to_simplified(pinyin_gloss().sub("", (u or ""))).strip().lower()  # (萬(wàn)畝: gold may keep a page's glosses,
    # as in names; 億元 is 亿元)
    alt = u.rfind("(") if u.endswith(")") else u.rfind("（") if u.endswith("）") else -1
    if alt > 0 and lexicon().unit_alternative.fullmatch(u, alt):  # (15条(段), 2.4万套(间): the unit's alternative, the
        u = u[:alt].rstrip()  # extractor's lexicon's, kept as printed or not)
    per = lexicon().count_per_time.fullmatch(to_simplified(u)) if "/" in u else None
    if per:  # 4860元/年 is 4860元 each year: the extractor gives the period as the frequency, gold may keep it
        u = u[:per.end(1)]
    u = _UNIT_ALIASES.get(u, u)
    scales = sorted(load("targets")["unit_multipliers"], key=len, reverse=True)  # 万亿 before 万
    scale = next((p for p in scales if u.startswith(p) and len(u) > len(p)), "")
    base = u[len(scale):]
    base = _UNIT_SYMBOLS.get(base, base)
    return load("targets")["unit_aliases"].get(scale + base, scale + base)


def _lcs(a: str, b: str) -> int:
    best, prev = 0, [0] * (len(b) + 1)
    for ca in a:
        cur = [0] * (len(b) + 1)
        for j, cb in enumerate(b, 1):
            if ca == cb:
                cur[j] = prev[j - 1] + 1
                best = max(best, cur[j])
        prev = cur
    return best


def indicators_overlap(a: Optional[str], b: Optional[str]) -> bool:
    """The longest common substring covers at least half of the shorter indicator."""
    # 旅遊 is 旅游; a page's pinyin glosses (服務(wù)) are no part of the name: cleaning drops them, gold may keep them
    a, b = (to_simplified(_PUNCT.sub("", pinyin_gloss().sub("", x or ""))) for x in (a, b))
    return bool(a and b) and _lcs(a, b) * 2 >= min(len(a), len(b))


def same_target(p: dict, g: dict) -> bool:
    """TARGETS.md: value, unit, comparator family and change agree, and the indicators overlap."""
    try:
        if abs(float(p["value"]) - float(g["value"])) > 1e-6:
            return False
    except (TypeError, ValueError, KeyError):
        return False
    if _unit(p.get("unit")) != _unit(g.get("unit")) or (p.get("change") or None) != (g.get("change") or None):
        return False
    if _FAMILY.get(p.get("comparator"), "?") != _FAMILY[g["comparator"]]:
        return False
    if g["comparator"] == "range" and g.get("value_max") is not None:
        if p.get("value_max") is None or abs(float(p["value_max"]) - float(g["value_max"])) > 1e-6:
            return False
    return indicators_overlap(p.get("indicator"), g.get("indicator"))


def match_targets(pred: list[dict], gold: list[dict]) -> list[tuple[int, int]]:
    """(pred index, gold index) pairs; each gold target matches at most one prediction."""
    used, pairs = set(), []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi not in used and same_target(p, g):
                used.add(pi)
                pairs.append((pi, gi))
                break
    return pairs


def gold_documents(folder: str | Path, gold_dir: str | Path | None = None):
    """Yield (document path, gold dict) for each gold file and each format of its document. The gold
    may live apart from the documents (gold_dir): real texts that the project must not copy."""
    folder = Path(folder)
    for gf in sorted(Path(gold_dir or folder).glob("*.gold.json")):
        gold = json.loads(gf.read_text(encoding="utf-8"))
        stem = gf.name[: -len(".gold.json")]
        if gold.get("doc"):
            docs = [folder / gold["doc"]]
        else:
            docs = []
        docs += [p for p in sorted(folder.glob(stem + ".*")) if p.suffix in EXTENSIONS and p not in docs]
        for d in docs:
            if d.exists():
                yield d, gold

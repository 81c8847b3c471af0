"""Plan × Plan -> PlanDiff: what a second plan (a new version, or another region's) keeps, changes,
adds, removes and moves.

Sections and measures are aligned by how alike they are — TF-IDF cosine of character bigrams and of
jieba words of title and text, of the titles alone, and whether the numbering paths agree (weights in
data/diff.json) — with an optimal one-to-one assignment (scipy's linear_sum_assignment), so a reordered
or renumbered measure still finds its partner. A matched pair is `moved` when its parent is not the
partner of the other's parent, or it is out of order among its siblings (not on the longest run that
keeps order); `changed` when its words differ (with a word-level diff); else `unchanged`. Targets pair
by indicator key and scope (indicators.py), then by overlapping indicators; phases by name, then order.
jieba, numpy and scipy are imported here only: parsing never pays for them."""
from __future__ import annotations

import difflib
import math
import os
from collections import Counter
from functools import lru_cache
from typing import Callable, Optional, Sequence, Union

import regex

from .data import load, to_simplified
from .indicators import AliasSource, IndicatorKeys
from .models import (
    DiffSummary,
    FieldChange,
    Measure,
    MeasureChange,
    Phase,
    PhaseChange,
    Plan,
    PlanDiff,
    PlanRef,
    Section,
    SectionChange,
    SectionRef,
    Target,
    TargetChange,
    TextOp,
)
from .units import base_unit

PlanLike = Union[Plan, str, os.PathLike]
_WORDISH = regex.compile(r"[\p{Han}\p{L}\p{N}]")
_SPACE = regex.compile(r"\s+")


def as_plan(x: PlanLike, url: Optional[str] = None) -> Plan:
    """A Plan from a Plan, a Plan JSON file (.json) or a document to parse (url: the address it came from)."""
    if isinstance(x, Plan):
        return x
    from . import load_plan, parse
    if str(x).lower().endswith(".json"):
        from .errors import CorruptDocument, UnreadableFile
        try:
            return load_plan(x)
        except OSError as e:
            raise UnreadableFile(str(x), f"cannot read ({e.strerror or e})") from None
        except ValueError as e:
            raise CorruptDocument(str(x), f"not a policyparse Plan JSON ({str(e).splitlines()[0]})") from None
    return parse(x, url=url)


def diff(a: PlanLike, b: PlanLike, aliases: AliasSource = None) -> PlanDiff:
    """Align plan A with plan B. aliases: extra indicator aliases ({key: [alias, …]} or a JSON file)."""
    a, b = as_plan(a), as_plan(b)
    cfg = load("diff")
    sec_a, sec_b = _parents(a), _parents(b)
    sections, sec_map = _diff_sections(sec_a, sec_b, cfg)
    measures = _diff_measures(a.measures, b.measures, sec_map, cfg)
    targets = _diff_targets(a.targets, b.targets, IndicatorKeys(aliases), cfg)
    phases = _diff_phases(a.phases, b.phases)
    summary = DiffSummary(sections=_count(sections), measures=_count(measures), targets=_count(targets),
                          phases=_count(phases), stricter=sum(t.direction == "stricter" for t in targets),
                          looser=sum(t.direction == "looser" for t in targets))
    return PlanDiff(a=_ref(a), b=_ref(b), summary=summary, sections=sections, measures=measures, targets=targets,
                    phases=phases)


def _ref(p: Plan) -> PlanRef:
    md = p.metadata
    return PlanRef(path=p.source.path, title=md.title, sha256=p.source.sha256, region=md.region,
                   period_start=md.period_start, period_end=md.period_end)


def _count(entries) -> dict[str, int]:
    c = Counter(e.status for e in entries)
    return {k: c[k] for k in ("unchanged", "changed", "moved", "added", "removed") if k in c}


# ---- similarity and assignment ------------------------------------------------------------------

def _norm(s: str) -> str:
    return _SPACE.sub("", to_simplified(s or ""))


def _bigrams(s: str) -> list[str]:
    chars = [c for c in _norm(s) if _WORDISH.match(c)]
    return [a + b for a, b in zip(chars, chars[1:])] or chars


@lru_cache(maxsize=1)
def _jieba():
    import logging

    import jieba
    jieba.setLogLevel(logging.WARNING)
    return jieba


def words(s: str) -> list[str]:
    """jieba's precise segmentation, punctuation dropped."""
    return [w for w in _jieba().lcut(_norm(s)) if _WORDISH.search(w)]


def _tfidf(docs: list[list[str]]):
    """Rows of L2-normalised TF-IDF vectors (scipy CSR) for token lists."""
    import numpy as np
    from scipy.sparse import csr_matrix

    vocab: dict[str, int] = {}
    df: Counter = Counter()
    counts = []
    for toks in docs:
        c = Counter(toks)
        counts.append(c)
        df.update(c.keys())
    rows, cols, vals = [], [], []
    n = len(docs)
    for i, c in enumerate(counts):
        for tok, tf in c.items():
            j = vocab.setdefault(tok, len(vocab))
            rows.append(i)
            cols.append(j)
            vals.append((1 + math.log(tf)) * (math.log((1 + n) / (1 + df[tok])) + 1))
    m = csr_matrix((np.array(vals, dtype=float), (rows, cols)), shape=(n, max(1, len(vocab))))
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    norms[norms == 0] = 1
    return csr_matrix(m.multiply(1 / norms[:, None]))


def _cosine(left: list[list[str]], right: list[list[str]]):
    vec = _tfidf(left + right)
    return (vec[:len(left)] @ vec[len(left):].T).toarray()


def similarity(left: Sequence[tuple[str, str, str]], right: Sequence[tuple[str, str, str]], cfg: dict):
    """Matrix of similarities between (label path, title, text) items of A and of B."""
    import numpy as np

    w = cfg["weights"]
    full = lambda items: [t + "\n" + x for _, t, x in items]  # noqa: E731
    sim = w["char_ngrams"] * _cosine([_bigrams(s) for s in full(left)], [_bigrams(s) for s in full(right)])
    sim += w["words"] * _cosine([words(s) for s in full(left)], [words(s) for s in full(right)])
    sim += w["title"] * _cosine([_bigrams(t) for _, t, _ in left], [_bigrams(t) for _, t, _ in right])
    labels_a = np.array([p for p, _, _ in left], dtype=object)[:, None]
    labels_b = np.array([p for p, _, _ in right], dtype=object)[None, :]
    sim += w["label"] * (labels_a == labels_b)
    return np.clip(sim, 0, 1)


def assign(sim, threshold: float) -> list[tuple[int, int, float]]:
    """Optimal one-to-one pairs (i, j, similarity) with similarity at least threshold."""
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    if sim.size == 0:
        return []
    useful = np.where(sim >= threshold, sim, 0.0)  # a pair below the bar must not bend the others
    rows, cols = linear_sum_assignment(useful, maximize=True)
    return sorted((int(i), int(j), float(sim[i, j])) for i, j in zip(rows, cols) if sim[i, j] >= threshold)


def _in_order(pairs: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The longest run of pairs (sorted by A position) whose B positions also increase: these kept their
    order; the others moved. O(n log n)."""
    import bisect
    pairs = sorted(pairs)
    tails, tail_idx, prev = [], [], [-1] * len(pairs)
    for k, (_, j) in enumerate(pairs):
        pos = bisect.bisect_left(tails, j)
        if pos == len(tails):
            tails.append(j)
            tail_idx.append(k)
        else:
            tails[pos], tail_idx[pos] = j, k
        prev[k] = tail_idx[pos - 1] if pos else -1
    keep, k = set(), tail_idx[-1] if tail_idx else -1
    while k >= 0:
        keep.add(pairs[k])
        k = prev[k]
    return keep


def _moved(pairs: list[tuple[int, int]], parent_a: Callable, parent_b: Callable, parent_map: dict) -> set:
    """Pairs whose parents are not partners, or that left their order among siblings that stayed."""
    moved, groups = set(), {}
    for i, j in pairs:
        pa, pb = parent_a(i), parent_b(j)
        if parent_map.get(pa, pa if pa is None else object()) != pb:
            moved.add((i, j))
        else:
            groups.setdefault(pb, []).append((i, j))
    for group in groups.values():
        moved.update(set(group) - _in_order(group))
    return moved


# ---- sections -----------------------------------------------------------------------------------

def _parents(p: Plan) -> list[tuple[Section, Optional[str], str]]:
    """Sections that hold numbered items, in document order: (section, parent id, path)."""
    out = []

    def walk(nodes, parent, path):
        for s in nodes:
            if s.children:
                out.append((s, parent, path + s.label))
                walk(s.children, s.id, path + s.label)
    walk(p.sections, None, "")
    return out


def _sref(s: Section) -> SectionRef:
    return SectionRef(id=s.id, label=s.label, level=s.level, title=s.title, span=s.span)


def _diff_sections(sa, sb, cfg) -> tuple[list[SectionChange], dict]:
    items = lambda secs: [(path, s.title, s.title + s.text[:200]) for s, _, path in secs]  # noqa: E731
    pairs = assign(similarity(items(sa), items(sb), cfg), cfg["section_min_similarity"]) if sa and sb else []
    sec_map = {sa[i][0].id: sb[j][0].id for i, j, _ in pairs}
    moved = _moved([(i, j) for i, j, _ in pairs], lambda i: sa[i][1], lambda j: sb[j][1], sec_map)
    out = []
    for i, j, sim in pairs:
        a, b = sa[i][0], sb[j][0]
        status = "moved" if (i, j) in moved else "changed" if _norm(a.title) != _norm(b.title) else "unchanged"
        out.append(SectionChange(status=status, before=_sref(a), after=_sref(b), similarity=round(sim, 3)))
    out += _unpaired(sa, sb, pairs, lambda s, side: SectionChange(
        status="removed" if side == "a" else "added", **{"before" if side == "a" else "after": _sref(s[0])}))
    return _ordered(out), sec_map


def _unpaired(xa, xb, pairs, make) -> list:
    used_a, used_b = {i for i, _, _ in pairs}, {j for _, j, _ in pairs}
    return [make(x, "a") for i, x in enumerate(xa) if i not in used_a] + \
        [make(x, "b") for j, x in enumerate(xb) if j not in used_b]


def _ordered(entries: list) -> list:
    """B's order, with an entry only A has right after the entry that preceded it in A."""
    anchor: dict[int, int] = {}
    last_b = -1
    for e in sorted((e for e in entries if e.before is not None), key=lambda e: e.before.span[0]):
        if e.after is not None:
            last_b = e.after.span[0]
        else:
            anchor[id(e)] = last_b
    return sorted(entries, key=lambda e: (e.after.span[0], 0) if e.after is not None else (anchor[id(e)], 1))


# ---- measures -----------------------------------------------------------------------------------

def _parent_of(m: Measure) -> Optional[str]:
    return None if m.section_id == "s" + m.id[1:] else m.section_id


def _diff_measures(ma: list[Measure], mb: list[Measure], sec_map: dict, cfg) -> list[MeasureChange]:
    if not ma or not mb:
        pairs = []
    else:
        items = lambda ms: [(m.path, m.title, m.text) for m in ms]  # noqa: E731
        pairs = assign(similarity(items(ma), items(mb), cfg), cfg["min_similarity"])
    moved = _moved([(i, j) for i, j, _ in pairs], lambda i: _parent_of(ma[i]), lambda j: _parent_of(mb[j]), sec_map)
    out = []
    for i, j, sim in pairs:
        a, b = ma[i], mb[j]
        changes = [FieldChange(field=f, before=_show(getattr(a, f)), after=_show(getattr(b, f)))
                   for f in ("title", "text", "deadline", "lead", "partners", "path")
                   if (_norm(_show(getattr(a, f))) != _norm(_show(getattr(b, f))))]
        text_changed = any(c.field in ("title", "text") for c in changes)
        status = "moved" if (i, j) in moved else "changed" if text_changed else "unchanged"
        if status == "unchanged":
            changes = [c for c in changes if c.field == "path"]  # renumbered only: worth knowing, not a change
        out.append(MeasureChange(status=status, before=a, after=b, similarity=round(sim, 3), changes=changes,
                                 text_diff=word_diff(a.text, b.text) if text_changed else []))
    out += _unpaired(ma, mb, pairs, lambda m, side: MeasureChange(
        status="removed" if side == "a" else "added", **{"before" if side == "a" else "after": m}))
    return _ordered(out)


def _show(v):
    if isinstance(v, list):
        return "、".join(v) or None
    return v


def word_diff(before: str, after: str) -> list[TextOp]:
    """Runs of kept, deleted and inserted jieba tokens turning before into after."""
    ta, tb = _jieba().lcut(before or ""), _jieba().lcut(after or "")
    ops: list[TextOp] = []

    def add(op, toks):
        text = "".join(toks)
        if not text:
            return
        if ops and ops[-1].op == op:
            ops[-1].text += text
        else:
            ops.append(TextOp(op=op, text=text))
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, ta, tb, autojunk=False).get_opcodes():
        if tag == "equal":
            add("equal", ta[i1:i2])
        else:
            add("delete", ta[i1:i2])
            add("insert", tb[j1:j2])
    return ops


# ---- targets ------------------------------------------------------------------------------------

_FIELDS = ("value", "value_max", "unit", "comparator", "year", "change", "frequency")
_UP = {">=": 1, ">": 1, "=": 1, "range": 1, "<=": -1, "<": -1}  # which way is harder to meet
_STRICT = {(">=", ">"): "stricter", (">", ">="): "looser", ("<=", "<"): "stricter", ("<", "<="): "looser"}


def _lcs_cover(x: str, y: str) -> float:
    if not x or not y:
        return 0.0
    m = difflib.SequenceMatcher(None, x, y, autojunk=False).find_longest_match(0, len(x), 0, len(y))
    return m.size / min(len(x), len(y))


def _diff_targets(ta: list[Target], tb: list[Target], keys: IndicatorKeys, cfg) -> list[TargetChange]:
    import numpy as np

    ka, kb = [keys(t.indicator, t.unit, t.change) for t in ta], [keys(t.indicator, t.unit, t.change) for t in tb]
    pairs: list[tuple[int, int, float]] = []
    # 1: same key and scope; among several (years, units), the most alike pair up
    groups: dict[tuple, tuple[list[int], list[int]]] = {}
    for i, t in enumerate(ta):
        groups.setdefault((ka[i], t.scope), ([], []))[0].append(i)
    for j, t in enumerate(tb):
        groups.setdefault((kb[j], t.scope), ([], []))[1].append(j)
    for ia, jb in groups.values():
        if ia and jb:
            sim = np.array([[_target_alike(ta[i], tb[j]) for j in jb] for i in ia])
            pairs += [(ia[x], jb[y], s) for x, y, s in assign(sim, 0.0)]
    # 2: what is left, by overlapping indicators with the same unit and scope
    left_a = [i for i in range(len(ta)) if i not in {p[0] for p in pairs}]
    left_b = [j for j in range(len(tb)) if j not in {p[1] for p in pairs}]
    if left_a and left_b:
        bar = cfg["target_min_overlap"]
        sim = np.array([[_lcs_cover(ka[i], kb[j]) if _same_unit(ta[i], tb[j]) and ta[i].scope == tb[j].scope else 0.0
                         for j in left_b] for i in left_a])
        pairs += [(left_a[x], left_b[y], s) for x, y, s in assign(sim, bar)]
    out = []
    for i, j, _ in sorted(pairs):
        a, b = ta[i], tb[j]
        changes = [FieldChange(field=f, before=getattr(a, f), after=getattr(b, f)) for f in _FIELDS
                   if getattr(a, f) != getattr(b, f)]
        better = keys.match(b.indicator, b.unit, b.change).direction
        out.append(TargetChange(status="changed" if changes else "unchanged", key=kb[j], scope=b.scope, before=a,
                                after=b, changes=changes, direction=_direction(a, b, better) if changes else None))
    out += _unpaired(ta, tb, [(i, j, 0) for i, j, _ in pairs], lambda t, side: TargetChange(
        status="removed" if side == "a" else "added", key=keys(t.indicator, t.unit, t.change), scope=t.scope,
        **{"before" if side == "a" else "after": t}))
    return _ordered(out)


def _same_unit(a: Target, b: Target) -> bool:
    """One unit, or two scales of one base unit (万户 and 户)."""
    if a.unit == b.unit:
        return True
    ba, bb = base_unit(a.unit), base_unit(b.unit)
    return ba is not None and bb is not None and ba[0] == bb[0]


def _target_alike(a: Target, b: Target) -> float:
    """Among targets of one key: same year and unit first, then the closer value."""
    score = 1.0 + (a.year == b.year) + _same_unit(a, b) + (a.frequency == b.frequency) + \
        (_UP[a.comparator] == _UP[b.comparator]) + (a.change == b.change)
    va, vb = _level(a), _level(b)
    if (va or vb) and _same_unit(a, b):
        score += 1 - abs(va - vb) / max(abs(va), abs(vb))
    return score


def _level(t: Target) -> float:
    """The value a target asks for in its base unit (the middle of a range)."""
    v = t.value if t.comparator != "range" else (t.value + (t.value_max or t.value)) / 2
    base = base_unit(t.unit)
    return v * base[1] if base else v


def _direction(a: Target, b: Target, better: Optional[str] = None) -> Optional[str]:
    """stricter or looser: B asks more or less than A, across scales of one unit (1.2万户 → 8000户 is
    looser). Which way is harder comes from the comparator (≥ more, ≤ less); for an exact value (=)
    and for a ratio (生师比达到1:16, ≥ by the words, TARGETS.md) from the indicator's direction when
    lower is better: fewer students per teacher is harder."""
    if not _same_unit(a, b) or a.change != b.change or _UP[a.comparator] != _UP[b.comparator]:
        return None  # not the same measure of the same thing: harder or easier cannot be said
    up = _UP[a.comparator]
    if better == "lower" and (a.comparator in ("=", "range") or a.unit == "ratio"):
        up = -1
    lo_a, lo_b = _level(a), _level(b)
    if abs(lo_a - lo_b) > 1e-9 * max(abs(lo_a), abs(lo_b), 1):
        return "stricter" if (lo_b - lo_a) * up > 0 else "looser"
    return _STRICT.get((a.comparator, b.comparator))


# ---- phases -------------------------------------------------------------------------------------

def _months(ym: Optional[str]) -> Optional[int]:
    if not ym:
        return None
    y, m = ym.split("-")
    return int(y) * 12 + int(m) - 1


def _shift(before: Optional[str], after: Optional[str]) -> Optional[int]:
    """Months from one YYYY-MM to another; None when either is unknown or they are the same."""
    if not before or not after or before == after:
        return None
    return _months(after) - _months(before)


def _diff_phases(pa: list[Phase], pb: list[Phase]) -> list[PhaseChange]:
    pairs = []
    used_b = set()
    for i, a in enumerate(pa):  # by name first (第一阶段 ↔ 第一阶段), then by order
        j = next((j for j, b in enumerate(pb) if j not in used_b and _norm(b.name) == _norm(a.name)), None)
        if j is not None:
            pairs.append((i, j))
            used_b.add(j)
    free_b = [j for j in range(len(pb)) if j not in used_b]
    for i in [i for i in range(len(pa)) if i not in {p[0] for p in pairs}]:
        if free_b:
            pairs.append((i, free_b.pop(0)))
    out = []
    for i, j in sorted(pairs):
        a, b = pa[i], pb[j]
        changes = [FieldChange(field=f, before=getattr(a, f), after=getattr(b, f)) for f in ("name", "title", "start", "end")
                   if _norm(getattr(a, f) or "") != _norm(getattr(b, f) or "")]
        out.append(PhaseChange(status="changed" if changes else "unchanged", before=a, after=b, changes=changes,
                               start_shift_months=_shift(a.start, b.start), end_shift_months=_shift(a.end, b.end)))
    out += _unpaired(pa, pb, [(i, j, 0) for i, j in pairs], lambda p, side: PhaseChange(
        status="removed" if side == "a" else "added", **{"before" if side == "a" else "after": p}))
    return _ordered(out)

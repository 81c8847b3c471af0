"""Implementation phases and their months: 第一阶段（2025年1月至2025年6月）, 准备阶段（2025年12月）,
2025年1-3月, 2023—2024年, OCR-lost hyphens (20232024年, 2025年310月), X年 → unknown."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import regex

from .data import load, to_simplified

_Y = r"((?:19|20)\d\d)"
_DATE = regex.compile(
    rf"{_Y}年(\d{{1,2}})月?\s*[-—–~～至到]\s*(?:{_Y}年)?(\d{{1,2}})月"       # 2025年1月至2025年6月 / 2025年1-3月
    rf"|{_Y}年(1[01]|\d)(1[0-2])月"                                         # 2025年310月, 1112月 (hyphen lost)
    rf"|{_Y}年([1-9])([3-9])月"                                             # 2025年79月 (hyphen lost)
    rf"|{_Y}\s*年?\s*[-—–~～至到]\s*{_Y}\s*年"                              # 2023—2024年
    rf"|{_Y}{_Y}年"                                                         # 20232024年 (hyphen lost)
    rf"|{_Y}年(\d{{1,2}})月"                                                # 2025年12月
    rf"|{_Y}年(?![\d版])"                                                   # 2025年
    r"|[XＸ×]{1,2}年")
_CLOSE = regex.compile(r"[)）]")
_NAME_END = regex.compile(r"[（(：:，,。]")


@lru_cache(maxsize=1)
def _lexicon() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    d = load("timeline")
    name = regex.compile(r"第[一二三四五六七八九十]阶段|[\p{Han}]{2,8}阶段|[\p{Han}]{2,6}(?:"
                         + "|".join(d["phase_step_words"]) + ")")
    return name, regex.compile("|".join(d["steps_headings"])), regex.compile(d["run_in_phase"])


@dataclass
class PhaseFound:
    name: str
    title: Optional[str]
    start: Optional[str]
    end: Optional[str]
    span: tuple[int, int]


def parse_dates(s: str) -> tuple[Optional[str], Optional[str], int, int]:
    """(start, end, match start, match end) of the first date expression in s; (None, None, -1, -1) if none.
    A placeholder year (X年) gives (None, None, i, j)."""
    m = _DATE.search(s)
    if not m:
        return None, None, -1, -1
    g = m.groups()
    if g[0]:
        y1, m1, y2, m2 = int(g[0]), int(g[1]), int(g[2] or g[0]), int(g[3])
        if y2 == y1 and m2 < m1:
            y2 += 1
        return _ym(y1, m1), _ym(y2, m2), m.start(), m.end()
    if g[4]:
        if int(g[5]) >= int(g[6]):
            return None, None, m.start(), m.end()
        return _ym(int(g[4]), int(g[5])), _ym(int(g[4]), int(g[6])), m.start(), m.end()
    if g[7]:
        a, b = int(g[8]), int(g[9])
        if a < b:
            return _ym(int(g[7]), a), _ym(int(g[7]), b), m.start(), m.end()
        return None, None, m.start(), m.end()
    if g[10]:
        return _ym(int(g[10]), 1), _ym(int(g[11]), 12), m.start(), m.end()
    if g[12]:
        a, b = int(g[12]), int(g[13])
        if a < b <= a + 10:
            return _ym(a, 1), _ym(b, 12), m.start(), m.end()
        return None, None, m.start(), m.end()
    if g[14]:
        return _ym(int(g[14]), int(g[15])), _ym(int(g[14]), int(g[15])), m.start(), m.end()
    if g[16]:
        y = int(g[16])
        return _ym(y, 1), _ym(y, 12), m.start(), m.end()
    return None, None, m.start(), m.end()


def _ym(y: int, m: int) -> Optional[str]:
    return f"{y:04d}-{m:02d}" if 1 <= m <= 12 else None


def phases(sections, text: str, problems: Optional[list] = None) -> list[PhaseFound]:
    """Phases are the leaf items under a steps heading (实施步骤, 时间安排 …) and items named …阶段,
    each with the date range printed next to its name. A lone 12月 whose hyphen may have been lost
    (1-2月) is read by its neighbours; the reading goes to problems."""
    phase_name, steps, _ = _lexicon()
    out: list[PhaseFound] = []

    def walk(nodes, under_steps: bool):
        for n in nodes:
            head = text[n.label_end:min(n.body_end, n.label_end + 80)]
            simp = to_simplified(head)
            name_m = phase_name.search(simp, 0, 30)
            if not n.children and (under_steps or (name_m and "阶段" in name_m.group(0))):
                start, end, i, j = parse_dates(simp[:60])
                if name_m or i >= 0:
                    if i >= 0 and _unclosed(head, i):
                        start = end = None  # “(2025年” cut off: the months are lost, not a whole year
                    name = head[name_m.start():name_m.end()] if name_m and (i < 0 or name_m.start() < i) else n.title
                    out.append(PhaseFound(_clean_name(name), n.title, start, end, (n.start, n.end)))
                    out.extend(_run_in(out[-1], text, n.label_end + max(j, name_m.end() if name_m else 0)))
                    continue
            walk(n.children, under_steps or bool(n.children and steps.search(to_simplified(n.title))))

    walk(sections, False)
    _lost_hyphens(out, problems if problems is not None else [])
    return out


def _lost_hyphens(out: list[PhaseFound], problems: list) -> None:
    """（2025年12月） is December, or 1-2月 with its hyphen lost: phases follow one another, so when the
    next one starts in March of that year (or the one before ended in the December before), it is 1-2月."""
    for k, p in enumerate(out):
        if not p.start or p.start != p.end or not p.start.endswith("-12"):
            continue
        y = int(p.start[:4])
        nxt = out[k + 1].start if k + 1 < len(out) else None
        prev = out[k - 1].end if k > 0 else None
        if nxt == f"{y:04d}-03" or (prev == f"{y - 1:04d}-12" and nxt in (None, f"{y:04d}-03")):
            p.start, p.end = f"{y:04d}-01", f"{y:04d}-02"
            problems.append(("lost_hyphen", f"phase “{p.name}”: {y}年12月 read as {y}年1-2月 (the hyphen lost; "
                             "the phases around it are consecutive)", p.span))


def _run_in(phase: PhaseFound, text: str, after: int) -> list[PhaseFound]:
    """Phases whose headings run on inside this phase's text; this one then ends where they start."""
    out = []
    end = phase.span[1]  # the phase's own end, before its span is cut at the first run-in heading
    simp = to_simplified(text[after:end])
    for m in _lexicon()[2].finditer(simp):
        start, stop, i, _ = parse_dates(m.group(2))
        if i < 0:
            continue
        at = after + m.start(1)
        last = out[-1] if out else phase
        last.span = (last.span[0], at)
        name = text[after + m.start(1):after + m.end(1)]
        out.append(PhaseFound(name, text[at:after + m.end(2)], start, stop, (at, end)))
    return out


def _unclosed(head: str, i: int) -> bool:
    before = head[:i]
    opened = before.count("(") + before.count("（") - before.count(")") - before.count("）")
    return opened > 0 and not _CLOSE.search(head, i)


def _clean_name(name: str) -> str:
    return _NAME_END.split(name, maxsplit=1)[0].strip()

"""Title, plan type, plan period, region, issuer and document number of a plan."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import regex

from .data import load, to_simplified
from .models import Metadata


_TITLE_TAIL = regex.compile(r"[（(][\p{Han}\d—–\-~～]{1,14}[）)]")  # （试行）, （2023—2025年）


@dataclass
class _Rules:
    types: list[str]
    type_re: regex.Pattern
    decorations: regex.Pattern
    period_range: regex.Pattern
    period_length: regex.Pattern
    five_year: regex.Pattern
    doc_number: regex.Pattern
    issuer: regex.Pattern
    region: regex.Pattern
    provinces: tuple
    region_stop: tuple
    years_words: dict
    notice: regex.Pattern
    placeholder: regex.Pattern


@lru_cache(maxsize=1)
def rules() -> _Rules:
    d = load("metadata")
    types = sorted(d["plan_types"], key=len, reverse=True)
    return _Rules(types, regex.compile("|".join(map(regex.escape, types))),
                  regex.compile("|".join(d["title_decorations"])), regex.compile(d["period_range"]),
                  regex.compile(d["period_length"]), regex.compile(d["five_year_plan"]),
                  regex.compile(d["doc_number"]), regex.compile(d["issuer"]), regex.compile(d["region"]),
                  tuple(d["provinces"]), tuple(d["region_stop"]), d["years_words"],
                  regex.compile(d["notice"]), regex.compile(d["placeholder"]))


def find_title(text: str) -> Optional[str]:
    """The first line that names a plan type; a title run into the body (a whole plan on one line)
    is cut just after its plan-type word."""
    r = rules()
    for line in text[:3000].split("\n")[:15]:
        line = line.strip()
        simp = to_simplified(line)
        m = r.type_re.search(simp, 0, 80)
        if not m:
            continue
        title = line if len(line) <= 60 and m.end() >= len(line) - 12 else line[:m.end()]
        # keep a closing （试行） or similar right after the type word
        tail = _TITLE_TAIL.match(line, m.end())
        if tail and title == line[:m.end()]:
            title += tail.group(0)
        notice = r.notice.match(to_simplified(line))
        if notice:  # 关于印发《X》的通知: the plan is X
            title = line[notice.start("title"):notice.end("title")].strip("《》“”\"")
        title = r.decorations.sub("", title).strip(" ：:")
        if len(title) >= 4:
            return title
    first = text.strip().split("\n", 1)[0].strip() if text.strip() else ""
    return first[:60] or None


def extract(text: str, title: Optional[str] = None) -> Metadata:
    r = rules()
    title = title if title is not None else find_title(text)
    md = Metadata(title=title)
    simp_title = to_simplified(title or "")
    m = r.type_re.search(simp_title)
    if m:
        md.plan_type = m.group(0)
    head = to_simplified(text[:4000])
    for src in (simp_title, head):
        pr = r.period_range.search(src)
        if pr:
            a, b = int(pr.group(1)), int(pr.group(2))
            if a <= b <= a + 15:
                md.period_start, md.period_end, md.period_years = a, b, b - a + 1
                break
    pl = r.period_length.search(simp_title) or r.period_length.search(head[:500])
    if pl and md.period_years is None:
        md.period_years = r.years_words.get(pl.group(1))
    fy = r.five_year.search(simp_title)
    if fy and md.period_start is None:
        n = {"一": 11, "二": 12, "三": 13, "四": 14, "五": 15, "六": 16}[fy.group(1) or fy.group(2)]
        md.period_start = 2006 + 5 * (n - 11)  # the 11th five-year plan began in 2006
        md.period_end, md.period_years = md.period_start + 4, 5
    dn = r.doc_number.search(text[:4000])
    if dn:
        md.doc_number = dn.group(0).strip()
    md.region = _region(simp_title, title or "", r)
    md.issuer = _issuer(text, r)
    return md


def _region(simp: str, title: str, r: _Rules) -> Optional[str]:
    s = simp.lstrip("0123456789年 ")
    offset = len(simp) - len(s)
    if s.startswith(r.region_stop):
        return None
    if r.placeholder.match(s):
        return None
    m = r.region.match(s)
    if not m or len(m.group(1)) < 2:
        return None
    region = m.group(1)
    return title[offset:offset + len(region)]


def _issuer(text: str, r: _Rules) -> Optional[str]:
    notice = r.notice.match(to_simplified(text[:200]))
    if notice and notice.group("issuer"):
        return text[:notice.end("issuer")].strip()
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    for line in lines[:6] + lines[-8:]:
        simp = to_simplified(line)
        if len(simp) <= 32 and r.issuer.match(simp):
            return line[:-2] if simp.endswith("文件") else line  # 红头 “XX市教育局文件”
    return None

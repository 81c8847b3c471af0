"""A page's address (URL) as evidence of when it was published: portals and news sites file pages
under their date (/2017-06/07/content_…, /2020/1010/74324.shtml, t20220804_5968009.htm). A page whose
text carries no date is dated by its address, so that its 今年 and 年内 have a year."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .data import load


@lru_cache(maxsize=1)
def _rules() -> tuple[tuple[re.Pattern, ...], re.Pattern, re.Pattern, int, int]:
    d = load("address")
    return (re.compile(d["date"]), re.compile(d["date_folders"])), re.compile(d["month_folder"]), \
        re.compile(d["year_folder"]), d["years"][0], d["years"][1]


def _path_of(url: str) -> str:
    """The address after its host: a host's digits (www.2017zx.cn) say nothing of a page's date."""
    if "://" in url or url.startswith("//"):
        rest = url.split("//", 1)[1]
        i = rest.find("/")
        return rest[i:] if i >= 0 else ""
    return url


def date_in(url: Optional[str]) -> Optional[str]:
    """The date (YYYY-MM-DD) a page's address files it under, or its month (YYYY-MM) when a folder names
    the month alone, or its year (YYYY) when a folder names the year alone (/blog/2009/25172.html); None when it
    holds none, or only digits that could be an id (show-199010.html, 1260012232.html)."""
    if not url:
        return None
    patterns, month_folder, year_folder, first, last = _rules()
    path = _path_of(url)
    for pattern in patterns:
        for m in pattern.finditer(path):
            y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
            if first <= y <= last and 1 <= mo <= 12 and 1 <= d <= 31:
                return f"{y}-{mo:02d}-{d:02d}"
    for m in month_folder.finditer(path):
        y, mo = int(m.group("y")), int(m.group("m"))
        if first <= y <= last and 1 <= mo <= 12:
            return f"{y}-{mo:02d}"
    for m in year_folder.finditer(path):
        if first <= int(m.group("y")) <= last:
            return m.group("y")
    return None

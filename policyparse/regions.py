"""A plan's region as a division of the national code list (data/divisions.tsv): name, 6-digit code,
level, and the province and city above it.

Evidence, surest first: the title, then the issuer, each read as a chain of division names from its
start (江苏省苏州市太仓市, 北京市朝阳区人民政府) in which every name narrows the one before it; failing
both, the place the head of the text names most, when it outweighs the others (a newspaper's 香港商报,
a dateline 北京8月3日电 and a list of cities count for nothing). When the last name fits several
divisions (朝阳区 is Beijing's and Changchun's), the other evidence chooses: names of a candidate's
province or city elsewhere in the head of the text, the province character of the 文号. A name the
evidence cannot settle is recorded as ambiguous, with its candidates, never guessed."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import regex

from .data import load, resources_text, to_simplified
from .models import Division


@dataclass(frozen=True)
class _Node:
    code: str
    name: str

    @property
    def level(self) -> str:
        return "province" if self.code[2:] == "0000" else "city" if self.code[4:] == "00" else "county"

    def within(self, other: "_Node") -> bool:
        """self lies inside other (a county in its province, a city in its province)."""
        if other.level == "province":
            return self.code[:2] == other.code[:2] and self.code != other.code
        if other.level == "city":
            return self.code[:4] == other.code[:4] and self.code != other.code
        return False


class _Index:
    def __init__(self) -> None:
        d = load("regions")
        self.nodes: dict[str, _Node] = {}
        self.names: dict[str, list[_Node]] = {}  # full names
        self.short: dict[str, list[_Node]] = {}  # 苏州, 广西, 延边州
        for line in resources_text("divisions.tsv").splitlines():
            if line.startswith("#") or not line.strip():
                continue
            code, name = line.split("\t")
            node = _Node(code, name)
            self.nodes[code] = node
            self.names.setdefault(name, []).append(node)
        ethnic = "|".join(sorted(d["ethnic"], key=len, reverse=True))
        long_ethnic = "|".join(e for e in sorted(d["ethnic"], key=len, reverse=True) if len(e) >= 2)
        autonomous = regex.compile(rf"^(\p{{Han}}{{2,}}?)(?:(?:{ethnic})族)+(自治州|自治县|自治旗)$")
        suffix = regex.compile("(?:" + "|".join(d["short_suffixes"]) + ")$")
        short_levels = set(d["short_levels"])
        for node in list(self.nodes.values()):
            shorts = []
            m = autonomous.match(node.name)
            if m:  # 延边朝鲜族自治州 → 延边, 延边州; 长阳土家族自治县 → 长阳县 (互助 alone is a word)
                shorts += [m.group(1) + m.group(2)[-1]] + ([m.group(1)] if m.group(2) == "自治州" else [])
            elif node.level in short_levels:
                stem = suffix.sub("", node.name)
                stem = regex.sub(r"(?:(?:" + ethnic + ")族)+$", "", stem)  # 广西壮族 → 广西
                stem = regex.sub(r"(?<=^\p{Han}{2,})(?:" + long_ethnic + ")$", "", stem)  # 新疆维吾尔 → 新疆 (not 内蒙古)
                if len(stem) >= 2 and stem != node.name:
                    shorts.append(stem)
            for s in shorts:
                if len(s) >= 2:
                    self.short.setdefault(s, []).append(node)
        # every name with the divisions it stands for (a full name, else a short name at its highest
        # level: 河南 is the province, not 河南蒙古族自治县), and by first character the lengths to try
        self.table: dict[str, list[_Node]] = {}
        for name, nodes in self.short.items():
            top = min(_RANK[n.level] for n in nodes)
            self.table[name] = [n for n in nodes if _RANK[n.level] == top]
        self.table.update(self.names)
        # (by first two characters, every name having two at least: most characters that begin a name, 中 or 大,
        # begin none with the character after them, and the head of a text is read at every character)
        lengths: dict[str, set] = {}
        for name in self.table:
            lengths.setdefault(name[:2], set()).add(len(name))
        self.lengths = {c: sorted(ls, reverse=True) for c, ls in lengths.items()}
        self.first = re.compile("[" + "".join(sorted({c[0] for c in self.lengths})) + "]")  # re: five times the regex module
        self.not_after = regex.compile(d["not_after"])
        self.generic = set(d["generic_names"])
        self.before_short = regex.compile(d["before_short"])
        self.self_reference = {level: tuple(words) for level, words in d["self_reference"].items()}
        self.doc_prefix = d["doc_number_prefix"]
        self.national = regex.compile(load("metadata")["national_issuers"])  # the State Council, a ministry
        self.lead_in = regex.compile(d["lead_in"])

    def chain_at(self, s: str, i: int) -> tuple[list[list[_Node]], int]:
        """The division names read one after another from s[i] (江苏省苏州市太仓市), each as its
        candidates, and where they end."""
        out = []
        table, lengths = self.table, self.lengths
        while s[i:i + 2] in lengths:
            for n in lengths[s[i:i + 2]]:
                name = s[i:i + n]
                if name in table:
                    out.append(table[name])
                    i += n
                    break
            else:
                break
        return out, i

    def mentions(self, s: str) -> set[_Node]:
        """Every division named anywhere in s."""
        found: set[_Node] = set()
        table, lengths = self.table, self.lengths
        for i in range(len(s) - 1):
            for n in lengths.get(s[i:i + 2], ()):
                name = s[i:i + n]
                if name in table:
                    found.update(table[name])
                    break
        return found


_RANK = {"province": 0, "city": 1, "county": 2}


@lru_cache(maxsize=1)
def _index() -> _Index:
    return _Index()


def _narrow(chain: list[list[_Node]]) -> list[_Node]:
    """The candidates of the chain's most specific name that lie within what the names before it say."""
    cands = list(chain[0])
    for hits in chain[1:]:
        inner = [h for h in hits if any(h.within(c) for c in cands)]
        if not inner:
            break
        cands = inner
    return cands


def _division(node: _Node, source: str) -> Division:
    ix = _index()
    prov = ix.nodes.get(node.code[:2] + "0000")
    city = ix.nodes.get(node.code[:4] + "00") if node.level == "county" else None
    return Division(name=node.name, code=node.code, level=node.level,
                    province=prov.name if prov and prov is not node else None,
                    province_code=prov.code if prov and prov is not node else None,
                    city=city.name if city else None, city_code=city.code if city else None, source=source)


def _path(node: _Node) -> str:
    ix = _index()
    parts = [ix.nodes.get(node.code[:2] + "0000"), ix.nodes.get(node.code[:4] + "00"), node]
    seen: list[str] = []
    for p in parts:
        if p is not None and p.name not in seen:
            seen.append(p.name)
    return "".join(seen)


def resolve(title: Optional[str], issuer: Optional[str], text: str = "", doc_number: Optional[str] = None
            ) -> Optional[Division]:
    """The division the plan is of, or None when nothing names one; a national plan's is level national."""
    ix = _index()
    head = to_simplified(text[:_HEAD])
    sources = [(name, ix.lead_in.sub("", to_simplified(s or "").strip(), count=1))
               for name, s in (("title", title), ("issuer", issuer))]
    for source, s in sources:
        if not s:
            continue
        if ix.national.match(s):
            return Division(name="全国", level="national", source=source)
        chain, end = ix.chain_at(s, 0)
        if chain and not ix.not_after.match(s, end) and not (len(chain) == 1 and s[:end] in ix.generic):
            return _decide(_narrow(chain), source, [x for _, x in sources if x != s] + [head], doc_number)
    found = _scan(head)
    return _decide(found, "text", [head], doc_number) if found else None


_HEAD = 1500  # the text a region is looked for in: a page's header and first paragraphs


def _scan(head: str) -> list[_Node]:
    """The candidates of the division the head of the text is about: the one named most (a chain of
    names counts once for each name in it: 绵阳市涪城区 outweighs a newspaper's 香港; the first named
    among equals), when the names of it, its parts and what it lies in outweigh all the others (a text
    naming the 2+26 cities is about none of them) and come twice, or once by a full name (湖南省), at a
    line's start, or of the level the text calls its own (我市 … 大连海关)."""
    ix = _index()
    weight: dict[tuple, int] = {}
    full: set[tuple] = set()  # keys named once at least by a full name of three characters or more
    i = 0
    while True:
        m = ix.first.search(head, i)
        if m is None:
            break
        i = m.start()
        if head[i:i + 2] not in ix.lengths:
            i += 1
            continue
        chain, end = ix.chain_at(head, i)
        first = head[i:end] if len(chain) == 1 else ""
        if (not chain or ix.not_after.match(head, end) or first in ix.generic
                or (len(first) == 2 and first in ix.names and i > 0 and not ix.before_short.match(head, i - 1))):
            i = max(end, i + 1) if chain and end - i > 2 else i + 1
            continue
        key = tuple(_narrow(chain))
        weight[key] = weight.get(key, 0) + len(chain)
        if end - i >= 3 and head[i:end] in ix.names or len(chain) > 1 or i == 0 or head[i - 1] == "\n":
            full.add(key)
        i = end
    if not weight:
        return []
    best = max(weight, key=lambda k: weight[k])  # max keeps the first among equals

    def related(key: tuple) -> bool:
        return any(a == b or a.within(b) or b.within(a) for a in key for b in best)
    support = sum(w for k, w in weight.items() if related(k))
    speaks_of = any(w in head for n in best for w in ix.self_reference.get(n.level, ()))  # 我市 and one city
    sure = support >= 2 or best in full or speaks_of  # one bare 朝阳 in a list of districts is not enough
    return list(best) if sure and support > sum(weight.values()) - support else []


def _decide(cands: list[_Node], source: str, evidence: list[str], doc_number: Optional[str]) -> Division:
    if len(cands) == 1:
        return _division(cands[0], source)
    chosen = _choose(cands, evidence, doc_number)
    if chosen is not None:
        return _division(chosen, source)
    first = cands[0]
    return Division(name=first.name, level=first.level, source=source, ambiguous=True,
                    candidates=[f"{c.code} {_path(c)}" for c in sorted(cands, key=lambda c: c.code)])


def _choose(cands: list[_Node], evidence: list[str], doc_number: Optional[str]) -> Optional[_Node]:
    """The one candidate whose province or city the other evidence names, when exactly one has most."""
    ix = _index()
    named: set[_Node] = set()
    for s in evidence:
        named |= ix.mentions(s)
    prov_by_doc = ix.doc_prefix.get((doc_number or "")[:1])
    scores = []
    for c in cands:
        score = sum(1 for n in named if c.within(n))
        if prov_by_doc and c.code[:2] == prov_by_doc[:2]:
            score += 1
        scores.append(score)
    best = max(scores)
    if best > 0 and scores.count(best) == 1:
        return cands[scores.index(best)]
    return None


def all_divisions(names: list[str]) -> bool:
    """Each name is division names and nothing else (广西, 淄博, 江苏省苏州市): the places a value is split
    over (其中广西500万亩，云南200万亩)."""
    ix = _index()
    return bool(names) and all(x[:2] in ix.lengths and ix.chain_at(x, 0)[1] >= len(x) for x in names)


def leading_division(s: str) -> int:
    """How many characters of s are division names read from its start (河南省粮食生产能力 → 3)."""
    ix = _index()
    if s[:2] not in ix.lengths:
        return 0
    chain, end = ix.chain_at(s, 0)
    return end if chain and end < len(s) else 0

"""Numbering-label grammar and the stack segmenter: clean text -> tree of numbered sections.

Candidates are found by one grammar per numbering family, at line starts and inside paragraphs
(run-in headings). A stack of open lists decides: a candidate is a section when it continues an
open list (ordinal = last + 1, which closes deeper lists) or opens a new, deeper list with ordinal 1.
Everything else (2025年, 1.5万元, 第3页, a stray 4.) stays text. When the top-level numbering starts
over, or a bigger heading family appears below the top, another document has begun (scraped files
often concatenate several); each becomes a 'part' and the part that is the plan is kept."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

import regex

from .data import load
from .numbers import CIRCLED, cn_to_int


@dataclass(slots=True)
class Node:
    label: str
    kind: str
    family: str
    rank: int
    continuous: bool
    ordinal: int
    start: int
    label_end: int
    end: int = -1
    level: int = 0
    title: str = ""
    body_end: int = -1
    glued: bool = False  # 3.25%的乡镇: the label 3. run into its item's number 25%
    children: list["Node"] = field(default_factory=list)


@dataclass
class Part:
    roots: list[Node]
    start: int
    end: int


@dataclass
class Segmentation:
    roots: list[Node]
    start: int
    end: int
    problems: list[tuple[str, str, Optional[tuple[int, int]]]]
    contents: list[tuple[int, int]] = field(default_factory=list)  # tables of contents: no targets there


@dataclass
class _Grammar:
    patterns: list[regex.Pattern]
    families: list[dict]
    strong_before: str
    title_stop: regex.Pattern
    title_cut: regex.Pattern
    title_max: int
    window: int
    restart_min: int
    family_fields: list[tuple] = field(default_factory=list)  # per family: what each of its Nodes carries
    digit_families: frozenset = frozenset()  # families of labels in figures (1. 1.1): a number could be one
    title_end: Optional[regex.Pattern] = None


@lru_cache(maxsize=1)
def grammar() -> _Grammar:
    d = load("structure")
    fams = d["families"]
    # one pattern per family: each scans fast on its own first characters, where one alternation
    # of them all runs eight times slower
    patterns = [regex.compile(f["pattern"]) for f in fams]
    stops = regex.escape(d["title_stop"])
    fields = [(f["kind"], f["family"], f["rank"], f["continuous"], f.get("glued", False), f["bracketed"]) for f in fams]
    return _Grammar(patterns, fams, d["strong_before"], regex.compile(f"[{stops}]"),
                    regex.compile(d["title_cut"]), d["title_max"], d["run_in_window"], d["restart_min_sections"], fields,
                    frozenset(d["digit_families"]), regex.compile(d["title_end"]))


LOST = -1  # the ordinal of a label whose digit a broken encoding destroyed


_CIRCLED_ORDINAL = {c: i + 1 for i, c in enumerate(CIRCLED)}


def _ordinal(s: str) -> Optional[int]:
    if s in "?？\ufffd":
        return LOST
    if s.isascii() and s.isdigit():
        return int(s)
    n = _CIRCLED_ORDINAL.get(s)
    return n if n is not None else cn_to_int(s)


def candidates(text: str, exclude: list[tuple[int, int]] = ()):
    """Yield (Node, strong, line_start) for every label-shaped string outside excluded spans."""
    g = grammar()
    ex = sorted(exclude)
    ei = 0
    found = sorted((m.start(), i, m) for i, p in enumerate(g.patterns) for m in p.finditer(text))
    fams = g.family_fields
    strong_before = g.strong_before
    covered = 0
    for start, i, m in found:
        if start < covered:
            continue  # inside a label already taken (the earlier or bigger family wins)
        while ei < len(ex) and ex[ei][1] <= start:
            ei += 1
        if ei < len(ex) and ex[ei][0] <= start < ex[ei][1]:
            continue
        end = covered = m.end()
        label, digits = m.group(0, "n")
        n = _ordinal(digits)
        if not n:
            continue
        j = start - 1
        while j >= 0 and text[j] in " \t":
            j -= 1
        line_start = j < 0 or text[j] == "\n"
        strong = line_start or text[j] in strong_before
        kind, family, rank, continuous, glued, bracketed = fams[i]
        yield Node(label, kind, family, rank, continuous, n, start, end, glued=glued), strong, line_start, bracketed


def segment(text: str, exclude: list[tuple[int, int]] = (), title: Optional[str] = None) -> Segmentation:
    g = grammar()
    problems: list = []
    parts: list[Part] = []
    stack: list[Node] = []  # open lists: the last accepted node of each level
    roots: list[Node] = []
    last_seen: dict[str, int] = {}  # for families numbered through the whole document
    # lists closed by their parent's next sibling: family -> (level, last ordinal). Some plans number
    # their measures on through the sections ((一) 1. 2. 3. (二) 4. 5.): 4. continues under (二)
    closed: dict[str, tuple[int, int]] = {}
    heads: dict[int, str] = {}  # the first words of a part's first heading, by its start

    def close_part(end: int):
        nonlocal roots, stack
        if roots:
            parts.append(Part(roots, roots[0].start, end))
        roots, stack = [], []
        last_seen.clear()
        closed.clear()

    def close_below(depth: int):
        for n in stack[depth + 1:]:
            closed[n.family] = (n.level, n.ordinal)
        for n in stack[depth:depth + 1]:
            closed.pop(n.family, None)
        del stack[depth:]

    for node, strong, line_start, bracketed in candidates(text, exclude):
        depth = None
        for d, open_node in enumerate(stack):  # a plain loop: a generator per label cost a third of this loop
            if open_node.family == node.family:
                depth = d
                break
        if not strong and node.ordinal == 1 and not roots and _after_title(text, node.start) and \
                (node.family not in g.digit_families or g.title_end.search(text, max(0, node.start - 20), node.start)):
            strong = True  # 某某实施方案一、总体要求: a scraped title run into the first heading (a figure's
            # label only after a title's type word: 按保费收入5.1万亿元测算 holds a number, not item 5.1)
        if not strong and depth == 0 and node.ordinal == 1 and _repeats_first_heading(text, node, roots[0], g, heads):
            strong = True  # the text after a table of contents: its first heading again, run in
        if node.ordinal == LOST:
            if depth is None:
                continue  # a lost label can only continue a list that is open
            strong = True  # the broken bytes took the sentence end before it too
            node.ordinal = stack[depth].ordinal + 1
            problems.append(("lost_label", f"label “{node.label}” damaged by a broken encoding, read as number "
                             f"{node.ordinal} of its list", (node.start, node.label_end)))
        if depth is not None:
            last = stack[depth].ordinal
            if not strong and not bracketed:
                continue  # 2.加大投入，3.强化督导: an unbracketed label needs a sentence or line to end first
            if node.glued and node.ordinal != last + 1:
                continue
            if node.ordinal == last + 1 or (strong and node.ordinal == last + 2):
                if node.ordinal == last + 2:
                    problems.append(("numbering_gap", f"numbering jumps from {stack[depth].label} to {node.label}",
                                     (node.start, node.label_end)))
                close_below(depth)
                _attach(node, stack, roots)
                last_seen[node.family] = node.ordinal
                continue
            if depth == 0 and node.ordinal == 1 and strong and len(roots) >= 1:
                close_part(node.start)
                _attach(node, stack, roots)
            continue
        carried = closed.get(node.family)
        goes_on = (strong and carried is not None and carried[0] == len(stack) + 1 and node.ordinal == carried[1] + 1
                   and stack and stack[-1].children == [])
        if node.glued or (node.ordinal != 1 and not goes_on and
                          not (node.continuous and node.ordinal == last_seen.get(node.family, -1) + 1)):
            continue
        if stack and node.rank < stack[0].rank and strong:
            # a bigger heading than anything open: a new document starts here
            close_part(node.start)
            _attach(node, stack, roots)
            continue
        if stack and node.rank < stack[-1].rank:
            continue  # a bigger heading cannot open below a smaller one
        if not strong and not bracketed:
            parent = stack[-1] if stack else None
            if parent is None or not (node.start - parent.label_end <= g.window and
                                      not g.title_stop.search(text, parent.label_end, node.start)):
                continue
        _attach(node, stack, roots)
        last_seen[node.family] = node.ordinal
    close_part(len(text))

    if not parts:
        return Segmentation([], 0, len(text), problems)
    best, contents = _choose_part(parts, text, title)
    if len(parts) > 1:
        problems.append(("several_documents",
                         f"{len(parts)} separately numbered documents found; structure taken from the one at "
                         f"character {best.start} (“{text[best.start:best.start + 20]}…”)", (best.start, best.end)))
    _finish(best.roots, best.end, text, g)
    return Segmentation(best.roots, best.start, best.end, problems,
                        [(parts[i].start, parts[i].end) for i in sorted(contents)])


_SENTENCE_MARKS = regex.compile(r"[。；！？，,;!?]")
_HAN = regex.compile(r"\p{Han}")


def _after_title(text: str, at: int) -> bool:
    """Only a short run of words with no sentence mark stands between the line's start and at."""
    lo = max(0, at - 61)  # bounded: a one-line text must not be scanned back to its start per label
    ls = text.rfind("\n", lo, at) + 1
    if ls == 0 and lo > 0:
        return False
    return 4 <= at - ls <= 60 and not _SENTENCE_MARKS.search(text, ls, at)


def _repeats_first_heading(text: str, node: Node, first: Node, g: _Grammar, heads: dict[int, str]) -> bool:
    head = heads.get(first.start)
    if head is None:
        head = heads[first.start] = title_of(text, first.label_end, first.label_end + 60, g)[:4]
    return len(head) == 4 and text.startswith(head, node.label_end) and len(_HAN.findall(head)) == 4


def _attach(node: Node, stack: list[Node], roots: list[Node]) -> None:
    node.level = len(stack) + 1
    if stack:
        stack[-1].children.append(node)
    else:
        roots.append(node)
    stack.append(node)


_DIGIT = regex.compile(r"\d")
_PAGE_NUMBER = regex.compile(r"[\s.．…·]*\d*$")  # a contents line's page number (中国候鸟保护概况5, 总体要求……13)


_CONTENTS_KEY = 4  # the Han characters opening a heading by which a table of contents' entry is known again


def _choose_part(parts: list[Part], text: str, title: Optional[str]) -> tuple[Part, set[int]]:
    """The plan is the part announced by the document's title; failing that, the one with the
    biggest headings and the most text; never a table of contents. Returns it and the indices of
    the parts that are tables of contents."""
    # a table of contents: its headings come again later, each then with its text (one sweep from
    # the end: the longest later part opening with each first heading)
    contents: set[int] = set()
    longest_after: dict[str, int] = {}
    titles_after: dict[str, set] = {}
    for i in range(len(parts) - 1, -1, -1):
        p = parts[i]
        at = p.roots[0].label_end
        if len(_HAN.findall(text[at:at + _CONTENTS_KEY + 4].lstrip(" \t，,、")[:_CONTENTS_KEY])) < _CONTENTS_KEY:
            continue  # (a title is a cut of the text after its label: four Han there or none in it; a text of a
            # hundred thousand lists restarting read each one's title)
        whole = title_of(text, at, min(len(text), at + 60))
        first = whole[:_CONTENTS_KEY]
        if len(_HAN.findall(first)) == _CONTENTS_KEY:
            # (an entry holding a figure is a contents line only as the heading it lists: 2025年目标 1.总产量
            # 达到14000万吨 and 2035年目标 1.总产量达到1.7亿吨 are two lists of goals)
            if longest_after.get(first, 0) > p.end - p.start and \
                    (not _DIGIT.search(_PAGE_NUMBER.sub("", whole)) or whole in titles_after.get(first, ())):
                contents.add(i)
            longest_after[first] = max(longest_after.get(first, 0), p.end - p.start)
            titles_after.setdefault(first, set()).add(whole)
    index = {id(p): i for i, p in enumerate(parts)}

    def key(p: Part):
        # the title must stand between the previous part's start and this one
        i = index[id(p)]
        prev = parts[i - 1].start if i > 0 else 0
        titled = bool(title) and len(p.roots) >= 2 and title[:12] in text[max(prev, p.start - 200):p.start].replace("\n", "")
        return (i not in contents, titled, -min(r.rank for r in p.roots), len(p.roots) >= 2, p.end - p.start)
    return max(parts, key=key), contents


def _finish(nodes: list[Node], end: int, text: str, g: _Grammar) -> None:
    """Set span ends, body ends and titles, recursively."""
    for i, n in enumerate(nodes):
        n.end = nodes[i + 1].start if i + 1 < len(nodes) else end
        n.body_end = n.children[0].start if n.children else n.end
        n.title = title_of(text, n.label_end, n.body_end, g)
        _finish(n.children, n.end, text, g)
    # trailing whitespace is not part of a section
    for n in nodes:
        while n.end > n.start and text[n.end - 1] in " \n\t":
            n.end -= 1
        while n.body_end > n.label_end and text[n.body_end - 1] in " \n\t":
            n.body_end -= 1


def title_of(text: str, start: int, end: int, g: Optional[_Grammar] = None) -> str:
    """A heading's title: its text up to the first 。：；！？ or line end, cut before a run-in year
    phrase (一、工作目标到2025年底… → 工作目标) and, when long, at the first comma."""
    g = g or grammar()
    limit = min(end, start + 200)
    m = g.title_stop.search(text, start, limit)
    stop = m.start() if m else limit
    t = text[start:stop]
    c = g.title_cut.search(t)
    if c and not _inside_brackets(t, c.start()):
        t = t[:c.start()]
    if len(t) > g.title_max:
        comma = t.find("，")
        t = t[:comma] if 0 < comma <= g.title_max else t[:g.title_max]
    return t.strip(" \t，,、")


def _inside_brackets(t: str, i: int) -> bool:
    head = t[:i]
    return head.count("(") + head.count("（") > head.count(")") + head.count("）")

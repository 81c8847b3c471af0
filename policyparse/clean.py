"""RawDocument -> CleanText: strip web boilerplate and page furniture, undo OCR and scraping damage,
normalise widths, and keep, for every block of the source, where it ended up in the clean text.

Cleaning works on physical lines, each remembering the source block it came from, so a span in the
clean text can always be traced to its page or paragraph. Each rule is a named step and records
what it removed in the cleaning log."""
from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from typing import Optional

import regex

from . import prefilter
from .data import line_label, load, to_simplified, traditional_count, translate_where_needed, with_traditional, word_alternation
from .numbers import cn_to_int
from .readers import RawDocument

_WIDTH = {**{0xFF10 + i: str(i) for i in range(10)},
          **{0xFF21 + i: chr(0x41 + i) for i in range(26)},
          **{0xFF41 + i: chr(0x61 + i) for i in range(26)},
          ord("％"): "%", ord("．"): ".", ord("∶"): ":", ord("＋"): "+", ord("／"): "/", ord("＝"): "=",
          ord("＜"): "<", ord("＞"): ">", ord("\u3000"): " ", ord("\xa0"): " ",
          ord("\u200b"): None, ord("\u200c"): None, ord("\u200d"): None, ord("\ufeff"): None,
          ord("\u2028"): " ", ord("\u2029"): " ",
          ord("\u2015"): "\u2014", ord("\u2500"): "\u2014", ord("\u2501"): "\u2014", ord("\u2012"): "\u2014"}
# (a horizontal bar, a box-drawing line or a figure dash for a dash (1―2个, 2─3个, ――实施路径): the dash the rules read)


# the standard library's re scans a character class many times faster than the regex module
_NEEDS_WIDTH = re.compile("[" + re.escape("".join(chr(c) for c in _WIDTH)) + "]")


# digits of other scripts: the rules read numbers with int()/float(), and a digit the regex module
# knows but Python's Unicode tables do not (a newer script) would break them
_OTHER_DIGIT = regex.compile(r"(?![0-9])\p{Nd}")


def _cn_years(text: str, r: "_Rules", log) -> str:
    if "年" not in text:
        return text

    def f(m):
        log.add("chinese_numeral_year", m.group(0))
        return str(cn_to_int(m.group(0).replace("0", "〇").replace("○", "〇")))  # (二0一0, 二○二六: a digit or a circle among them)
    return r.cn_year.sub(f, text)


def _roc_years(text: str, r: "_Rules", log) -> str:
    if "年" not in text or not r.roc_hint.search(text):
        return text  # (most texts: a C-speed look for any sign of the calendar first)

    def f(m):
        log.add("roc_year", m.group(0))
        return str(int(m.group(m.lastindex)) + 1911)
    text = r.roc_year.sub(f, text)
    head = text[:r.roc_traditional_head]
    if traditional_count(head) >= max(5, r.roc_traditional_share * len(head)):
        text = r.roc_year_loose.sub(f, text)  # (預計於110年: Taiwan's own pages only, where 97年 is no 1997)
    return text


def ascii_digits(s: str) -> str:
    """Decimal digits of any script as 0-9 (one character for one, so offsets hold); one Python cannot
    read becomes ?."""
    if not _OTHER_DIGIT.search(s):
        return s
    return _OTHER_DIGIT.sub(lambda m: str(unicodedata.decimal(m.group(), "?")), s)


@dataclass(slots=True)
class CleanBlock:
    index: int
    kind: str
    start: int
    end: int
    page: Optional[int]
    rows: Optional[list[list[str]]] = None


@dataclass
class CleanText:
    text: str
    blocks: list[CleanBlock]
    log: dict[str, list] = field(default_factory=dict)  # rule -> [count, examples]
    problems: list[tuple[str, str, Optional[tuple[int, int]]]] = field(default_factory=list)


@dataclass
class _Rules:
    droppable: list[tuple[str, list]]  # (rule, patterns: re or regex)
    subs: list
    pinyin: regex.Pattern
    word_pinyin: regex.Pattern
    tones: frozenset
    min_toneless: int
    any_tone: re.Pattern
    mojibake: regex.Pattern
    sentence_end: str
    chunk: dict
    chunk_line: regex.Pattern
    max_drop_line: int
    lone_number: regex.Pattern
    lone_number_lines: regex.Pattern
    table_cell: regex.Pattern
    caption_suffix: regex.Pattern
    link_heading: regex.Pattern
    link_title: regex.Pattern
    link_first: frozenset
    jammer: regex.Pattern
    leading_cell: regex.Pattern
    broken_verb: re.Pattern
    broken_bound: re.Pattern
    broken_number: re.Pattern
    broken_max: int
    broken_first: frozenset
    cn_year: re.Pattern
    roc_year: re.Pattern
    roc_year_loose: re.Pattern
    roc_traditional_share: float
    roc_traditional_head: int
    roc_hint: re.Pattern
    min_leading_cells: int
    jammer_pairs: int
    jammer_lines: re.Pattern
    article_end: re.Pattern
    article_end_after: int


@lru_cache(maxsize=1)
def rules() -> _Rules:
    d = load("clean")
    # the comparator words and bounds a phone page breaks a sentence at are the extractor's own
    t = load("targets")
    bounds = t["bound_after"] + t["approximate"]["after"]
    comparators = [w for w in t["pre_comparators"] if _HAN_ONLY.fullmatch(w) and w not in bounds] + \
        [w + to for w in t["change_words"] for to in "到至"] + d["broken_phrase"]["also_before_number"]
    letters = d["pinyin_letters"]
    return _Rules(
        droppable=[(rule, _scanners(d[rule])) for rule in ("page_furniture", "boilerplate")],
        subs=[(s["rule"], regex.compile(s["pattern"]), s["replace"]) for s in d["substitutions"]],
        # 學(xué), 以(yi)(yi): one annotation or the same one doubled by a second pass of the site's tool
        pinyin=regex.compile(rf"(?<=\p{{Han}})[(（]([{letters}]{{1,7}})[)）](?:[(（]\1[)）])*"),
        word_pinyin=regex.compile(d["word_pinyin"]),
        min_toneless=d["min_toneless_annotations"],
        tones=frozenset(d["pinyin_tones"]),
        any_tone=re.compile("[" + re.escape(d["pinyin_tones"]) + "]"),
        mojibake=regex.compile("|".join(f"(?:{p})" for p in d["mojibake"])),
        sentence_end=d["sentence_end"],
        chunk=d["chunk_marker"],
        chunk_line=regex.compile(r"^(\d{1,4})、"),
        max_drop_line=d["max_drop_line"],
        lone_number=regex.compile(d["lone_number"]),
        # (blanks taken whole: on a line of a million blanks, blanks given back one by one to the next run of
        # blanks would be a million squared steps)
        lone_number_lines=regex.compile(_within_line(d["lone_number"]).replace("[^\\S\\n]*", "[^\\S\\n]*+"),
                                        regex.MULTILINE),
        table_cell=regex.compile(d["table_cell"]),
        caption_suffix=regex.compile(d["caption_suffix"]),
        link_heading=regex.compile(d["related_links"]["heading"]),
        link_title=regex.compile(d["related_links"]["title"]),
        article_end=re.compile(d["article_end"], re.MULTILINE), article_end_after=d["article_end_after"],
        jammer=regex.compile(d["forum_jammer"]["pattern"]),
        jammer_pairs=d["forum_jammer"]["min_pairs"],
        jammer_lines=re.compile(r"(?m)^(?:[^ \n]*+ ){%d}[^\n]*" % d["forum_jammer"]["line_spaces"]),
        leading_cell=regex.compile(d["leading_cell"]["pattern"]),
        min_leading_cells=d["leading_cell"]["min_lines"],
        broken_verb=_alternation(comparators, "$"),
        broken_bound=_alternation(bounds, "[。，；]?"),
        broken_number=re.compile(d["broken_phrase"]["number_end"]),
        broken_max=d["broken_phrase"]["max_chars"],
        broken_first=frozenset(b[0] for b in bounds),
        cn_year=re.compile(d["chinese_numeral_year"]),
        roc_year=re.compile(d["roc_year"]), roc_year_loose=re.compile(d["roc_year_loose"]),
        roc_traditional_share=d["roc_traditional_share"], roc_traditional_head=d["roc_traditional_head"],
        roc_hint=re.compile(d["roc_hint"]),
        # the characters a links heading can start with, in either script: most lines pass one set lookup
        link_first=with_traditional(prefilter.start_set(d["related_links"]["heading"]) or ()),
    )


_HAN_ONLY = regex.compile(r"\p{Han}+")


def _alternation(words, after: str) -> re.Pattern:
    return re.compile("(?:" + word_alternation(words) + ")" + after)


def _within_line(pattern: str) -> str:
    """The pattern with \\s kept to one line: it is scanned over the whole text with ^ and $ at line
    ends, and a \\s* that crossed newlines would run on through every blank line after each line
    start (quadratic on a text of blank lines)."""
    out, i, in_class = [], 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and i + 1 < len(pattern):
            pair = pattern[i:i + 2]
            out.append((" \\t\\u3000\\xa0" if in_class else "[^\\S\\n]") if pair == "\\s" else pair)
            i += 2
            continue
        if c == "[" and not in_class:
            in_class = True
        elif c == "]" and in_class:
            in_class = False
        out.append(c)
        i += 1
    return "".join(out)


def _scanners(patterns: list[str]) -> list:
    """Few alternations for a list of line patterns: those anchored at the line start share one ^, so
    everywhere else the scan fails at once instead of trying each of them (twice as fast on 1 MB)."""
    patterns = [_within_line(p) for p in patterns]
    anchored = [p[1:] for p in patterns if p.startswith("^")]
    free = [p for p in patterns if not p.startswith("^")]
    # and those that begin with leading blanks share one \s*, so it is not tried again per pattern
    lead = "[^\\S\\n]*"
    blank = [p[len(lead):] for p in anchored if p.startswith(lead)]
    rest = [p for p in anchored if not p.startswith(lead)]
    # the shared blanks taken whole (possessive): given back one by one, each alternative would retry them
    # all, and a line of a million blanks would take a million squared steps
    alts = _first_chars_first(rest) + ([lead + "+(?:" + "|".join(_first_chars_first(blank)) + ")"] if blank else [])
    # no line pattern matches a line of fewer than two characters (tests/test_clean.py holds them to it):
    # a text of a million one-character lines is then passed over at a lookahead's cost
    out: list = []
    if anchored:
        lines = "^(?=[^\n]{2})(?:" + "|".join(alts) + ")"
        out.append(prefilter.standard(lines, re.MULTILINE) or regex.compile(lines, regex.MULTILINE))
    if free:
        # the phrases anywhere in a line: behind a lookahead for their first characters, and in the standard
        # library's engine where they need nothing of the regex module's (a long alternation of words runs
        # there in a third of the time)
        phrases = prefilter.with_lookahead("|".join(f"(?:{p})" for p in free))
        try:
            out.append(re.compile(phrases, re.MULTILINE))
        except re.error:
            out.append(regex.compile(phrases, regex.MULTILINE))
    return out


def _first_chars_first(patterns: list[str]) -> list[str]:
    """The alternatives whose first characters are known behind one lookahead for all of them: a line that
    starts otherwise (most lines) then skips them in one test instead of trying each in turn."""
    known = [p for p in patterns if prefilter.first_chars(p)]
    others = [f"(?:{p})" for p in patterns if p not in known]
    if len(known) < 2:
        return [f"(?:{p})" for p in patterns]
    return [prefilter.with_lookahead("|".join(f"(?:{p})" for p in known))] + others


class _Log:
    def __init__(self):
        self.entries: dict[str, list] = {}

    def add(self, rule: str, example: str, n: int = 1):
        e = self.entries.setdefault(rule, [0, []])
        e[0] += n
        if len(e[1]) < 3 and example:
            e[1].append(example[:80])


def clean(raw: RawDocument) -> CleanText:
    r = rules()
    log = _Log()
    lines = [b.text for b in raw.blocks]
    origin = list(range(len(lines)))
    if any("\n" in line for line in lines):  # (a block a line, as a text file's, is the common case: no split)
        pairs = [(line, i) for i, b in enumerate(raw.blocks) for line in b.text.split("\n")]
        lines, origin = [p[0] for p in pairs], [p[1] for p in pairs]

    if not lines:
        return CleanText("", [], {})  # a document with no paragraph at all (an empty Word file)
    text = "\n".join(lines)
    text = translate_where_needed(text, _WIDTH, _NEEDS_WIDTH)
    text = _strip_jammer(text, r, log)
    text = ascii_digits(text)
    text = _cn_years(text, r, log)
    text = _roc_years(text, r, log)
    text = _strip_pinyin(text, r, log)
    text = _strip_word_pinyin(text, r, log)
    for rule, pat, rep in r.subs:
        text = _sub(pat, rep, text, rule, log)
    lines = text.split("\n")
    assert len(lines) == len(origin)

    lines, origin = _cut_after_article_end(lines, origin, text, r, log)
    lines, origin = _drop_lines(lines, origin, raw, r, log)
    lines, origin = _join_chunk_markers(lines, origin, r, log)
    lines, origin = _join_leading_cells(lines, origin, r, log)
    lines, origin = _join_broken_phrases(lines, origin, r, log)

    # assemble the clean text and where each source block landed
    kept = [(line, o) for line, o in zip(map(str.strip, lines), origin) if line]
    out_parts = [line for line, _ in kept]
    ends = list(accumulate(len(line) + 1 for line in out_parts))  # each line's end, plus one for its newline
    spans: dict[int, list[int]] = {}
    for (line, o), end in zip(kept, ends):
        s = spans.get(o)
        if s is None:
            spans[o] = [end - 1 - len(line), end - 1]
        else:
            s[1] = end - 1
    final = "\n".join(out_parts)
    blocks = []
    for idx in sorted(spans):
        b = raw.blocks[idx]
        rows = None
        if b.rows is not None:
            rows = [[ascii_digits(c.translate(_WIDTH)).strip() for c in row] for row in b.rows]
        blocks.append(CleanBlock(idx, b.kind, spans[idx][0], spans[idx][1], b.page, rows))
    ct = CleanText(final, blocks, log.entries)
    ct.problems.extend(_mojibake(final, r))
    return ct


def _sub(pat: regex.Pattern, rep: str, text: str, rule: str, log: _Log) -> str:
    examples = [m.group(0) for _, m in zip(range(3), pat.finditer(text))]
    if not examples:
        return text
    text, n = pat.subn(rep, text)
    for i, ex in enumerate(examples):
        log.add(rule, ex, n - len(examples) + 1 if i == 0 else 1)
    return text


def _strip_jammer(text: str, r: _Rules, log: _Log) -> str:
    """>808 {# m/ \\1 r; \\) m% t -> >80: a forum's anti-copy junk, taken out before its : ; , are read
    as Chinese punctuation and its digits as numbers."""
    def f(m):
        s = m.group(0)
        # the printed first characters of the pairs (! to ;, digits among them), each before a space: letters
        # apart by spaces (a b c d e) are none
        if sum(1 for i in range(len(s) - 1) if s[i + 1] == " " and "!" <= s[i] <= ";") < r.jammer_pairs:
            return s
        log.add("forum_jammer", s)
        return ""
    # the junk is a run of spaced pairs within a line: only lines with five spaces can hold it, and the
    # scan for them (in C, no backtracking) costs a fraction of the junk pattern's own over all the text
    return r.jammer_lines.sub(lambda m: r.jammer.sub(f, m.group(0)), text)


def _strip_pinyin(text: str, r: _Rules, log: _Log) -> str:
    """學(xué) -> 學, 以(yi)(yi) -> 以. Toneless syllables go too once the text is clearly annotated
    throughout (many of them, or some toned ones)."""
    if "(" not in text and "（" not in text:
        return text  # nothing can be annotated (a C-speed check of the whole text)
    toned = toneless = 0
    for m in r.pinyin.finditer(text, concurrent=False):
        if r.tones.intersection(m.group(1)):
            toned += 1
        else:
            toneless += 1
        if toned >= 5 or toneless >= r.min_toneless:
            break  # annotated throughout: no need to count the rest
    annotated = toned >= 5 or toneless >= r.min_toneless
    if not toned and not annotated:
        return text
    if annotated:  # every gloss goes: one substitution in C, logged as the others are
        return _sub(r.pinyin, "", text, "pinyin_annotation", log)

    def f(m):
        if r.tones.intersection(m.group(1)):
            log.add("pinyin_annotation", m.group(0))
            return ""
        return m.group(0)
    return r.pinyin.sub(f, text)


def _strip_word_pinyin(text: str, r: _Rules, log: _Log) -> str:
    """林业局[LinYeJu] -> 林业局: a word's pinyin in brackets, as some reprint sites gloss words, once several are in the
    text (one [Ab] alone may be the text's own)."""
    if "[" not in text:
        return text
    found = r.word_pinyin.finditer(text)
    if next(found, None) is None or next(found, None) is None:
        return text
    return _sub(r.word_pinyin, "", text, "pinyin_annotation", log)


def _among_rows(lines: list[str], content: list[int], n: int) -> bool:
    """The content line before or after the n-th is a row of |-separated cells too."""
    return any(0 <= x < len(content) and lines[content[x]].count("|") >= 2 for x in (n - 1, n + 1))


_NUMBER_START = frozenset("-—–－")  # what a lone number (a page number) can start with, or a digit


_WORDED = regex.compile(r"\p{Han}{2}")
_REPEAT_MAX = 80  # characters: a line longer than this is never dropped as a repeated heading


def _cut_after_article_end(lines, origin, text: str, r: _Rules, log: _Log):
    """A news article's lines up to its end mark ((完) 【编辑:…】); the site's lines after it go."""
    end = r.article_end.search(text, r.article_end_after)
    if end is None or not text[end.end():].strip():
        return lines, origin
    keep = text.count("\n", 0, end.end()) + 1
    for line in lines[keep:]:
        if line.strip():
            log.add("after_article_end", line.strip())
    return lines[:keep], origin[:keep]


def _drop_lines(lines, origin, raw: RawDocument, r: _Rules, log: _Log):
    joined = to_simplified("\n".join(lines))  # one translate for the whole text
    starts = [0, *accumulate(len(line) + 1 for line in lines)]
    # Each rule scans the whole text once (fast, in C); only the lines it touches are checked one by one.
    suspects: dict[int, str] = {}
    for rule, pats in r.droppable:
        for pat in pats:
            for m in pat.finditer(joined):
                k = bisect.bisect_right(starts, m.start()) - 1
                last = bisect.bisect_right(starts, max(m.start(), m.end() - 1)) - 1
                for line_no in range(k, last + 1):
                    suspects.setdefault(line_no, rule)
    strips = [line.strip() for line in lines]
    content = [k for k, s in enumerate(strips) if s]
    tables = {i for i, b in enumerate(raw.blocks) if b.kind == "table"}
    cell: dict[int, bool] = {}  # line -> is it a table cell; each asked up to twice, by both neighbours

    def is_cell(x: int) -> bool:
        c = cell.get(x)
        if c is None:
            c = cell[x] = bool(r.table_cell.match(lines[x]))
        return c

    def look_at(s: str, o: int, k: int, prev: Optional[str], links: bool) -> str:
        """What the rules make of one line: "keep", "drop", or "links" (dropped, and a list of links goes on)."""
        if links and o not in tables and r.link_title.match(s):
            log.add("related_links", s)
            return "links"
        if s[0] in r.link_first and r.link_heading.match(to_simplified(s)):
            log.add("related_links", s)
            return "links"
        if (s[0] in _NUMBER_START or s[0].isdigit()) and r.lone_number.match(s):
            # a lone number is a page number, unless it sits among other cells of a table pasted as text
            # (the neighbours that count skip page furniture: a footer can fall inside a table)
            n = bisect.bisect_left(content, k)
            if suspects:
                before = next((content[x] for x in range(n - 1, max(-1, n - 4), -1) if content[x] not in suspects), None)
                after = next((content[x] for x in range(n + 1, min(len(content), n + 4)) if content[x] not in suspects),
                             None)
            else:  # nothing to skip (most texts): the lines next to it
                before = content[n - 1] if n else None
                after = content[n + 1] if n + 1 < len(content) else None
            if not ((before is not None and is_cell(before)) or (after is not None and is_cell(after))):
                log.add("page_furniture", s)
                return "drop"
        if o not in tables and len(s) <= r.max_drop_line:
            if k in suspects:
                simp = joined[starts[k]:starts[k] + len(lines[k])].strip()
                rule = next((rule for rule, pats in r.droppable if any(p.search(simp) for p in pats)), None)
                if rule and not (s.count("|") >= 2 and _among_rows(lines, content, bisect.bisect_left(content, k))):
                    log.add(rule, s)
                    return "drop"  # (a row of cells among more rows is a table's, not a site's menu)
            # a heading printed twice, or a web page's headline repeated above its links and footer
            # (a cell of values repeated, 100% under 100%, is no heading: a table flattened a cell a line)
            first = keep_l[0] if keep_l else None
            # (not a numbered heading that repeats the first line: a report's contents, 一、…工作回顾, then its body)
            if (s == prev or ((s == first or (first and s.startswith(first) and r.caption_suffix.fullmatch(s, len(first))))
                              and not line_label().match(s))) \
                    and len(s) <= _REPEAT_MAX and _WORDED.search(s) and not s.endswith(("|", "｜")):
                log.add("repeated_heading", s)  # (建成 | under 建成 |: cells closed by bars, a row's two years alike)
                return "drop"
        return "keep"

    # The lines any rule below can touch, found in bulk; the lines between them are kept as they are, a run
    # at a time (a text of a million short lines spent most of its cleaning in this loop, a line at a time).
    lone = {bisect.bisect_right(starts, m.start()) - 1 for m in r.lone_number_lines.finditer(joined)}
    # (a line opening as a heading of links can: asked here, not of every line starting with its first character —
    # 一 opens one, and a text of 一 a line would be looked at a line at a time)
    heads: dict[str, bool] = {}  # (each line's text asked once: the same short line can fill a text)

    def opens_links(s: str) -> bool:
        h = heads.get(s)
        if h is None:
            h = heads[s] = s[0] in r.link_first and r.link_heading.match(to_simplified(s)) is not None
        return h
    special = {k for k in content if opens_links(strips[k])}
    special |= lone | suspects.keys()
    texts = [strips[k] for k in content]
    special.update(k for k, a, b in zip(content[1:], texts, texts[1:]) if a == b and _WORDED.search(b))
    at = sorted(bisect.bisect_left(content, k) for k in special)  # where they stand among the content lines
    keep_l: list[str] = []
    keep_o: list[int] = []
    prev = None
    links = False  # under a news page's heading of links to other articles
    slow = True  # the line after one the rules looked at is looked at too (what went before it may have gone)
    first_seen = False
    n = 0
    while n < len(content):
        k = content[n]
        if not slow and k not in special:
            nxt = bisect.bisect_right(at, n)
            m = at[nxt] if nxt < len(at) else len(content)
            run = content[n:m]
            keep_l.extend(strips[x] for x in run)
            keep_o.extend(origin[x] for x in run)
            prev = keep_l[-1]
            n = m
            continue
        n += 1
        s, o = strips[k], origin[k]
        verdict = look_at(s, o, k, prev, links)
        links = verdict == "links"
        slow = verdict != "keep"
        if verdict == "keep":
            keep_l.append(s)
            keep_o.append(o)
            prev = s
        if keep_l and not first_seen:  # the first line kept: every line that starts like it is looked at
            first_seen = True
            first = keep_l[0]
            if len(first) > _REPEAT_MAX:
                continue  # (no line short enough to be dropped as a repeat starts like it)
            # (lines short enough, with two Chinese in a row: the others no rule drops as repeats)
            more = _starting_like(joined, to_simplified(first), starts, strips, starts[k] + 1)
            if more:
                special |= more
                at = sorted(bisect.bisect_left(content, x) for x in special)
    return keep_l, keep_o


_HAN_PAIR = regex.compile(r"\p{Han}{2}")
_FIND_KEY_MIN = 4  # characters of a first line looked for with str.find (a shorter one is found on most lines)


def _starting_like(joined: str, key: str, starts: list[int], strips: list[str], at: int) -> set[int]:
    """The lines after at that start (past spaces) with key, short enough to be a repeat, with two Chinese in a
    row: found with str.find, not a pattern compiled for each text (its compiling cost more than the search)."""
    if len(key) < _FIND_KEY_MIN:  # (a short key is found everywhere: a pattern tests each find in C)
        like = regex.compile(r"^[^\S\n]*+(?=" + regex.escape(key) + r")(?=[^\n]{0,%d}?\p{Han}{2})" % (_REPEAT_MAX - 2),
                             regex.MULTILINE)
        return {x for x in (bisect.bisect_right(starts, m.start()) - 1 for m in like.finditer(joined, at))
                if len(strips[x]) <= _REPEAT_MAX}
    more = set()
    pos = joined.find(key, at)
    while pos >= 0:
        x = bisect.bisect_right(starts, pos) - 1
        if len(strips[x]) <= _REPEAT_MAX and not joined[starts[x]:pos].strip():
            end = joined.find("\n", pos, pos + _REPEAT_MAX)
            if _HAN_PAIR.search(joined, pos, pos + _REPEAT_MAX if end < 0 else end):
                more.add(x)
        pos = joined.find(key, pos + 1)
    return more


def _join_chunk_markers(lines, origin, r: _Rules, log: _Log):
    """Scraped page chunks put a running number at the start of every physical line ("社\\n3、会实践").
    A run of consecutive numbers at line starts, on long lines of about one width whose predecessors stop
    mid-sentence, is that: the numbers go and the lines are rejoined. A real list (short items, items
    that end their sentences, or unpunctuated items of any lengths) is left alone."""
    cfg = r.chunk
    nums: dict[int, int] = {}  # line -> its leading number; few lines have one, so only they are visited
    for i, line in enumerate(lines):
        if line[:1].isdigit():
            m = r.chunk_line.match(line)
            if m:
                nums[i] = int(m.group(1))
    marker = set()
    numbered = sorted(nums)
    x = 0
    while x < len(numbered):
        i = j = numbered[x]
        while nums.get(j + 1) == nums[j] + 1:
            j += 1
        run = range(i, j + 1)
        if len(run) >= cfg["min_run"]:
            avg = sum(len(lines[k]) for k in run) / len(run)
            unfinished = sum(1 for k in run if k > 0 and lines[k - 1][-1:] not in r.sentence_end) / len(run)
            # physical lines of one page width: most as long as the others (a paragraph's last line is
            # shorter); a list's items, even unpunctuated, vary
            widths = sorted(len(lines[k]) for k in run[:-1])
            mid = widths[len(widths) // 2]
            uniform = sum(1 for w in widths if abs(w - mid) <= cfg["width_tolerance"]) / len(widths)
            if avg >= cfg["min_avg_len"] and unfinished >= cfg["min_unfinished"] and uniform >= cfg["min_uniform"]:
                marker.update(run)
        x += len(run)
    if not marker:
        return lines, origin
    out_l, out_o = [], []
    for i, line in enumerate(lines):
        if i in marker:
            m = r.chunk_line.match(line)
            log.add("page_chunk_marker", m.group(0))
            rest = line[m.end():]
            if out_l and out_l[-1][-1:] not in r.sentence_end:
                out_l[-1] += rest
                continue
            line = rest
        out_l.append(line)
        out_o.append(origin[i])
    return out_l, out_o


def _join_leading_cells(lines, origin, r: _Rules, log: _Log):
    """A page table scraped with a break before every cell's bar ("指标\\n| 2015年\\n| 2020年") puts each
    cell on a line of its own: the cells go back onto their row's line, so a value meets its indicator
    and the header's years. Only where the layout holds for several lines (a lone "| note" is text)."""
    cells = [i for i, line in enumerate(lines) if r.leading_cell.match(line)]
    if len(cells) < r.min_leading_cells:
        return lines, origin
    cell = set(cells)
    out_l, out_o = [], []
    for i, line in enumerate(lines):
        if i in cell and out_l:
            out_l[-1] = out_l[-1].rstrip() + " " + line.strip()
            continue
        out_l.append(line)
        out_o.append(origin[i])
    log.add("leading_cells", lines[cells[0]], len(cells))
    return out_l, out_o


def _join_broken_phrases(lines, origin, r: _Rules, log: _Log):
    """A phone page breaks a sentence over short lines (2020年 / 全省总人口达到 / 4100万人 / 左右): a short
    line ending in a comparator goes on with the next line when that opens with a number, and a line that
    is only a bound or 左右 goes back after the number's line. (A table flattened a cell a line has no
    comparator at a line's end, nor a bound alone on a line.)"""
    out_l: list[str] = []
    out_o: list[int] = []
    for s, o in zip(lines, origin):  # (stripped by _drop_lines; a chunk marker's removal can leave one empty)
        # (only a line opening with a digit or a bound's first character can go on the line before)
        if out_l and s and (s[0].isdigit() or s[0] in r.broken_first) and len(s) <= r.broken_max:
            prev = out_l[-1]
            if (s[0].isdigit() and len(prev) <= r.broken_max and r.broken_verb.search(prev)) or \
                    (r.broken_bound.fullmatch(s) and r.broken_number.search(prev)):
                log.add("broken_phrase", prev[-12:] + "|" + s)
                out_l[-1] = prev + s
                continue
        out_l.append(s)
        out_o.append(o)
    return out_l, out_o


def _mojibake(text: str, r: _Rules, limit: int = 50):
    out = []
    for m in r.mojibake.finditer(text):
        if len(out) >= limit:
            out.append(("mojibake", "more damaged runs not listed", None))
            break
        lo, hi = max(0, m.start() - 6), min(len(text), m.end() + 6)
        out.append(("mojibake", f"damaged characters (broken encoding) near “{text[lo:hi]}”", (m.start(), m.end())))
    return out

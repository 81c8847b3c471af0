"""Title, plan type, plan period, region, issuer and document number of a plan."""
from __future__ import annotations

import datetime
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import regex

from . import regions
from .data import line_label, load, pinyin_gloss, to_simplified
from .models import Metadata
from .numbers import count_of, five_year_plan_start

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
    named: list[regex.Pattern]
    issuer_in_sentence: regex.Pattern
    national: regex.Pattern
    lead_year: regex.Pattern
    single_year: regex.Pattern
    references: tuple
    signature_date: regex.Pattern
    signer: regex.Pattern
    doc_number_line: int
    closing: regex.Pattern
    form_date: regex.Pattern
    dateline: regex.Pattern
    this_year: regex.Pattern
    annual_plan: regex.Pattern
    five_year_heading: regex.Pattern
    period_from_span: regex.Pattern
    cited_before: regex.Pattern
    cited_inside: regex.Pattern
    five_year_lead: regex.Pattern


@lru_cache(maxsize=1)
def rules() -> _Rules:
    d = load("metadata")
    types = sorted(d["plan_types"], key=len, reverse=True)
    # (计划单列市, 计划生育 and 免疫规划 are names, not plans)
    return _Rules(types, regex.compile(d["not_a_type_before"] + "(?:" + "|".join(map(regex.escape, types)) + ")" + d["not_a_type_after"]),
                  regex.compile("|".join(d["title_decorations"])), regex.compile(d["period_range"]),
                  regex.compile(d["period_length"]), regex.compile(d["five_year_plan"]),
                  regex.compile(d["doc_number"]), regex.compile(d["issuer"]), regex.compile(d["region"]),
                  tuple(d["provinces"]), tuple(d["region_stop"]), d["years_words"],
                  regex.compile(d["notice"]), regex.compile(d["placeholder"]),
                  [regex.compile(p.replace("{types}", "|".join(map(regex.escape, types)))) for p in d["named_document"]],
                  regex.compile(d["issuer_in_sentence"]), regex.compile(d["national_issuers"]),
                  regex.compile(d["target_year_in_lead"]), regex.compile(d["single_year"]), tuple(d["references"]),
                  regex.compile(d["signature_date"]), regex.compile(d["signer"]), int(d["doc_number_line"]),
                  regex.compile(d["closing"]), regex.compile(d["form_date"]),
                  regex.compile(d["dateline"].replace("{date}", d["dateline_date"])), regex.compile(d["this_year"]),
                  regex.compile(d["annual_plan"]), regex.compile(d["five_year_heading"]),
                  regex.compile(d["period_from_span"]),
                  regex.compile(f"(?:{d['cited_verbs']})[^，。；《]{{0,10}}《?$"),
                  regex.compile(f"(?:{d['cited_verbs']})[^，。；《]{{0,10}}《"), regex.compile(d["five_year_lead"]))


_HEADLINE_MAX = 40
_BODY_LINE = regex.compile(r"^(?=.{40})[^\n]*。[^\n]*。")  # a paragraph of the body: two sentences at least


def _worded(line: str) -> bool:
    """A line of words (two Han characters at least: a page's counters are not), or a web page's date alone."""
    return bool(_TWO_HAN.search(line) or _pattern("bare_date").match(line))


def _is_lede(line: str) -> bool:
    """How a news page's first paragraph opens (东南网10月24日讯, 本报讯, 本報訊, 据从…了解), in either script."""
    return bool(_pattern("lede_opener").match(to_simplified(line)))


_DATELINE_HEAD = 300  # characters of a line looked at for a date line's date and labels


def _dated_at(lines: list[str]) -> Optional[int]:
    """Which of a page's first lines is its date line (发布日期：2019-10-05 来源：…)."""
    return next((i for i, x in enumerate(lines[:_DATELINE_LINES])  # (a line's head: a one-line text is one long line)
                 if rules().dateline.search(to_simplified(x[:_DATELINE_HEAD])) or _pattern("bare_date").match(x)), None)


def _headline_over(lines: list[str], at: int) -> Optional[str]:
    """The headline above a news page's date line at lines[at]: the page's first line when it is one and the
    date follows within a few lines (a subtitle or a site's link may stand between), else the nearest line
    above, over the byline's fields (作者：…, 来源：…)."""
    def headline(x: str, han: int, commas: bool = False) -> bool:
        # (right over the date line a headline may hold a comma: 衡阳召开全市林业工作会议,今年实现营造林22.57万亩)
        stop = _HEADLINE_STOP if commas else _FRAGMENT_STOP
        return len(_HAN.findall(x)) >= han and len(x) <= 60 and not stop.search(x.rstrip(_HEADLINE_CRIES)) and \
            not x.endswith(("：", ":")) and not _pattern("crumbs").search(x)
    first = lines[0].strip(_HEAD_EDGES)
    if at <= _FIRST_HEADLINE_WITHIN and headline(first, _FIRST_HEADLINE_HAN):
        return first
    for i in range(at - 1, -1, -1):
        x = lines[i].strip(_HEAD_EDGES)
        if not _pattern("byline_fields").match(x):
            if headline(x, _CUT_TITLE_MIN, commas=True):
                return x
            break
    # a forum's post: the date line first (某某 发表于 2024-09-12 08:33), then the headline, printed twice or
    # over the lede (本报北京9月11日电…)
    below = [x.strip(_HEAD_EDGES) for x in lines[at + 1:at + 3]]
    if len(below) == 2 and headline(below[0], _FIRST_HEADLINE_HAN) and not _is_lede(below[0]) \
            and (below[1] == below[0] or _is_lede(below[1])):
        return below[0]
    return None


_HEAD_EDGES = " \t\u3000|｜"
_FIRST_HEADLINE_WITHIN = 3  # lines between a page's first line and its date line for the first to be the headline
_FIRST_HEADLINE_HAN = 8  # Han characters of such a first line (退出长者模式, 全国咨询热线 are a site's links)
_SPACE = regex.compile(r"\s+")


def _line_key(line: str) -> str:
    """A line as compared before and after cleaning: without spaces and pinyin glosses, width folded."""
    return unicodedata.normalize("NFKC", pinyin_gloss().sub("", _SPACE.sub("", line.strip(_HEAD_EDGES))))


_LINK_SEPARATORS = tuple(load("metadata")["link_ends"])  # what ends each item of a list of links (…招聘简章 -)
_LINKS_SEEN = 3  # lines before a candidate looked at for such items


def find_title(text: str, raw_head: str = "") -> Optional[str]:
    """The first line that names a plan type; a news page's sentence that names the plan (印发《X》,
    印发X的通知, X发布) gives X; a title run into the body (a whole plan on one line) is cut just after
    its plan-type word."""
    r = rules()
    # lines with words only: a page's counters (5379篇) and blank lines do not use up the lines looked at
    # (a line opening with a bullet is a link to another page: ·公安部发出通知要求…)
    bullets = load("metadata")["link_bullets"]
    # (nor is a portal's column under the day of the post: 2017-01-24 发改委规划导读)
    worded = [x for x in text[:6000].split("\n")[:60] if _worded(x) and x.lstrip()[:1] not in bullets
              and not portal_field(x) and not _dateline(x) and not _pattern("photo_caption").match(x)][:15]
    official = _official_title(worded)
    if official:
        return r.decorations.sub("", official).strip(" ：:")
    dated = _dated_at(worded)
    over_date = None
    # a news page: its headline over its date line (which cleaning may have dropped as furniture: looked for
    # in the page as it came too), and the lede under it, name it
    src = worded
    if dated is None and raw_head:
        # (a portal's header fields are no headline; the one that gives the date, 发布日期：2023-04-12, is the date line)
        src = [x for x in raw_head.split("\n")[:80] if _worded(x) and not (portal_field(x) and not _FULL_DATE.search(x))][:_RAW_HEAD_LINES]
        # (a portal's menus fill the page's first lines: its headline comes after the crumbs, 首页> …>)
        crumbs = max((i for i, x in enumerate(src) if _pattern("crumbs_line").match(x)), default=-1)
        src = src[crumbs + 1:crumbs + 1 + _HEAD_LINES]
    at = dated if src is worded else _dated_at(src)
    if at:
        over_date = _headline_over(src, at)
        if over_date and src is not worded:  # the line as cleaning left it (glosses and spaces gone), when it did
            key = _line_key(over_date)
            over_date = next((x.strip(_HEAD_EDGES) for x in worded if _line_key(x) == key), over_date)
    body = dated if dated is not None else \
        next((i for i, x in enumerate(worded) if over_date and x.strip(_HEAD_EDGES) == over_date), None)
    if body is not None:  # (what the body cites further on is another document)
        paras = [i for i in range(body + 1, len(worded)) if "。" in worded[i] and len(worded[i]) >= _LEDE_MIN]
        worded = worded[:paras[_LEDE_PARAS - 1] + 1] if len(paras) >= _LEDE_PARAS else worded
    lines = _join_broken_title(worded, r)
    headline = bool(lines) and len(lines[0]) <= _HEADLINE_MAX and "。" not in lines[0]
    for n, line in enumerate(lines):
        if headline and n >= 2 and _BODY_LINE.search(lines[n - 1]):
            break  # a headline, its body, then lines after the body: links to other pages, not this one's name
        if n >= 2 and lines[n - 1].rstrip().endswith(_LINK_SEPARATORS) and \
                sum(x.rstrip().endswith(_LINK_SEPARATORS) for x in lines[max(0, n - _LINKS_SEEN):n]) >= 2:
            continue  # (…招聘简章 -\n…公告 -\n我县召开“十五五”规划编制会: an item of a list of links to other pages)
        if line_label().match(line) and not _LABEL_TITLE.match(line):
            continue  # 七、合同、信息管理方案；: an item of a list, not a title
        if line.endswith(("：", ":")):
            continue  # 各区县人民政府，市政府各部门： a salutation, whatever words it holds (计划单列市)
        simp = to_simplified(line)
        if _pattern("year_is").match(simp) or _pattern("run_in_item").match(simp):
            continue  # 2026年是“十五五”规划开局之年。…, 一是完成全县水网规划编制…: a sentence whatever type word follows
        placed = _PLACE_ITEM.match(simp)
        if placed and regions.all_divisions([placed.group(1)]):
            continue  # 威海市：2024年~2025年计划更新…: a list's item by place, not a title
        if _pattern("cited_lead").match(simp):
            continue  # 根据重庆的试点方案, 按照…行动方案: a document the line acts on, not this one's name
        m = r.type_re.search(simp, 0, 80)
        if m is not None and len(line) <= 60 and not _FRAGMENT_STOP.search(simp):
            # 《教育规划纲要》贯彻落实情况总体评估报告(摘要): a title line names itself by its last type word
            last = next(reversed([x for x in r.type_re.finditer(simp, m.end(), 80)]), None)
            m = last if last is not None and last.end() >= len(line) - 12 else m
        if m is not None and len(_HAN.findall(line)) <= _CATEGORY_MAX:
            continue  # 计划总结, 规划计划: a portal's category over the page, not a document's name
        title_line = m is not None and len(line) <= 60 and m.end() >= len(line) - 12
        if not title_line or _SENTENCE.search(simp, 0, m.start()):
            named = _named(line, simp, r)
            if named:
                return named
        if _is_lede(simp):
            continue  # 东南网10月24日讯(记者 某某) 省卫健委近日印发通知，…: a news page's first paragraph, not a title
            # run into the text (the document it names, 印发X的通知, is read above)
        if not m or r.cited_inside.search(simp, 0, m.start()) or (title_line and simp.endswith(("的", "。"))) or \
                (not title_line and (simp[m.end():m.end() + 1] in ("的", "了", "，", ",", "；", ";") or simp[m.end():m.end() + 1].isdigit()
                                     or _FRAGMENT_STOP.search(simp, 0, m.start()) or "了" in simp[:m.start()]
                                     or _pattern("said_after").match(simp, m.end()))):
            continue  # 2025年是“十四五”规划的决胜之年, 以五年为周期，规划未来…, 为贯彻落实《…意见》, 在龙华区规划22号线:
            # a sentence, not a title run into the text (…根据某某发展规划制定的: a line broken mid-sentence;
            # 航站制定了“…工作方案”、…: a sentence that names a plan it made)
        title = line if title_line else line[:m.end()]
        if not title_line and len(_HAN.findall(title)) < _CUT_TITLE_MIN:
            continue  # 一是规划引领精准布局。…: a paragraph that opens with a plan word, not a title run into it
        # keep a closing （试行） or similar right after the type word
        tail = _TITLE_TAIL.match(line, m.end())
        if tail and title == line[:m.end()]:
            title += tail.group(0)
        notice = r.notice.match(to_simplified(line))
        if notice:  # 关于印发《X》的通知: the plan is X
            title = line[notice.start("title"):notice.end("title")].strip("《》“”\"")
        title = r.decorations.sub("", title).strip(" ：:")
        if title.count("《") != title.count("》"):
            title = title.strip("《》")  # a stray 《 from a sentence cut after the type word
        if len(title) >= 4:
            return title
    labelled = _title_after_label(text)
    if labelled:
        return r.decorations.sub("", labelled).strip()
    if over_date:
        return r.decorations.sub("", over_date).strip() or None
    # (a page that lists its headline and date line as bullets, • 标题 / • 日期 来源: the bullet is no part of it)
    heads = [x for x in text.strip().split("\n", 6) if not _dateline(x) and not portal_field(x)
             and not _pattern("photo_caption").match(x)][:3]
    if len(heads) > 1 and _pattern("column_tag").match(heads[0]):
        heads = heads[1:]  # [开展大整交 创建文明城] over the headline: the site's column, not the page's name
    first = heads[0].lstrip(bullets + _HEAD_EDGES).strip() if heads else ""  # (a text of its date line alone has none)
    if dated == 0:
        return None  # a page that opens on its date line has lost its headline
    if _FRAGMENT_STOP.search(first.rstrip(_HEADLINE_CRIES)) or first.endswith(("：", ":")) or _pattern("cited_lead").match(to_simplified(first)) or \
            (line_label().match(first) and not _LABEL_TITLE.match(first)) or first.count("|") >= 2 or \
            len(_HAN.findall(_pattern("date_words").sub("", first))) < 4:
        return None  # a sentence, a lead-in, a numbered heading, a table's row, a date or a page's furniture is no title
    return r.decorations.sub("", first[:60]).strip() or None


_HAN = regex.compile(r"\p{Han}")
_YEAR_IS_WITHIN = 2000  # characters: a text says what its year is early (bounded: a one-line page)
_PLACE_ITEM = regex.compile(r"\s*(\p{Han}{2,12}?)[：:]")
_FULL_DATE = regex.compile(r"(?:19|20)\d\d\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}")
_TWO_HAN = regex.compile(r"\p{Han}\P{Han}*\p{Han}")  # two Han characters at least


@lru_cache(maxsize=None)
def _pattern(key: str) -> regex.Pattern:
    """A pattern of data/metadata.json, compiled once, when first needed, its shared word lists put in
    ({meeting_nouns}, {past_verbs})."""
    d = load("metadata")
    return regex.compile(d[key].replace("{meeting_nouns}", d["meeting_nouns"]).replace("{past_verbs}", d["past_verbs"]))


def _dateline(line: str) -> bool:
    """A portal's dated column (2017-01-24 发改委规划导读) or the lines under a speech's title (…在…会议上, 局长 某某)."""
    return bool(_pattern("dated_column").match(line) or _pattern("speech_dateline").match(line))


def last_crumb(line: str) -> Optional[str]:
    """The last step of a breadcrumb line (…首页 > 资讯中心 > 某镇首次把黑山羊养殖纳入产业发展规划), or None for any other line."""
    if not _pattern("crumbs_any").match(line):
        return None
    return _pattern("crumb_step").split(line)[-1].strip()


def portal_field(line: str) -> bool:
    """A row of a portal's document header (索引号: …, [ 发文字号 ] | … |): neither a title nor a kind's word."""
    return bool(_pattern("portal_fields").match(line[:_FIELD_HEAD]))  # (bounded: a one-line page of blanks)


_FIELD_HEAD = 200  # characters of a line looked at for a portal's header field, which opens it
_RAW_HEAD_LINES = 40  # worded lines of the page as it came looked at for its crumbs line (menus, dropped by
# cleaning, can fill the first fifteen)
_HEAD_LINES = 15  # worded lines looked at for a headline over its date line
_DATELINE_LINES = 8  # worded lines a news page's date line is looked for in, under its headline
_LEDE_MIN = 30  # characters of a paragraph of a news page's body
_LEDE_PARAS = 1  # paragraphs under a news page's date line that may name the document it is about
_CATEGORY_MAX = 4  # Han characters of a line naming a portal's category (计划总结), not a document
_CUT_TITLE_MIN = 6  # Han characters of a title cut from the line it runs into (某县教育三年行动计划 …)
_FRAGMENT_STOP = regex.compile(r"[，。；！？,;!?]")
_HEADLINE_STOP = regex.compile(r"[。；！？;!?]")
_HEADLINE_CRIES = "！!？?"  # a headline may close on a cry (…十件民生实事项目正式出炉!); a sentence's stop inside it may not
# a date (2024年3月8日) or a document number (〔2024〕3号) line is no piece of a title
_NOT_FRAGMENT = regex.compile(r"\d{1,2}\s*日\s*$|[〔\[［【(（]\s*(?:19|20)\d\d\s*[〕\]］】)）]|^\s*\d")
_FRAGMENT_MAX = 30


# 公文: after the red head (某某人民政府文件) and the 文号 line, the title 关于…的批复/函/通知…, perhaps over
# two or three lines, before the salutation (某某单位：). A notice that carries a plan (关于印发《X》的通知)
# is named by X, found below.
_OFFICIAL = regex.compile(r"^\s*(?:[^，。；：:]{0,30})关于[^，。；：:]{2,80}的(?:批复|函|复函|通知|通报|决定|请示|报告|意见|公告|"
                          r"通告|答复|决议|规定|办法)\s*$")
# a reply to a deputy's proposal or a member's motion (对某会议第1026号建议的答复, 关于…提案的答复函)
_REPLY = regex.compile(r"^\s*[^，。；：:]{0,60}?对[^，。；：:]{2,80}?(?:建议|提案|议案|意见|问题)的(?:答复|回复|复函)函?\s*$")
_OFFICIAL_START = regex.compile(r"^\s*(?:[^，。；：:]{0,30})关于[^，。；：:]{0,40}$")
_CARRIES_PLAN = regex.compile(r"印发|转发|颁布")
_LABEL_TITLE = regex.compile(r"^\s*第[一二三四五六七八九十]+部分")


_ATTACHMENT_LABEL = regex.compile(r"^\s*(?:附件|附表|大纲|附录)\s*[\d一二三四五六七八九十]{0,3}\s*[：:]?\s*$")


def _title_after_label(text: str) -> Optional[str]:
    """附件1 / 大纲3 first, then a title over one to three short lines (江西省2022年度考试录用公务员 / 财政…职位
    财经管理 / 专业科目考试大纲), ending before the first sentence, heading, table row or note."""
    lines = [x.strip() for x in text[:2000].split("\n")[:8] if x.strip()]
    if not lines or not _ATTACHMENT_LABEL.match(lines[0]):
        return None
    parts = []
    for line in lines[1:4]:
        if _FRAGMENT_STOP.search(line) or "\t" in line or line.endswith(("：", ":")) or line_label().match(line) \
                or len(line) > _FRAGMENT_MAX + 10:
            break
        parts.append(line)
    title = "".join(parts)
    return title if len(_HAN.findall(title)) >= 4 else None


def _official_title(lines: list[str]) -> Optional[str]:
    for i, line in enumerate(lines[:10]):
        if line.rstrip().endswith(("：", ":")):
            return None  # the salutation: the title, if any, came before it
        joined = line.strip()
        for extra in range(3):  # a title over up to three lines (matched in its Simplified form: 關於…的通告)
            simp = to_simplified(joined)
            if _OFFICIAL.match(simp) or _REPLY.match(simp):
                return None if _CARRIES_PLAN.search(simp) else joined
            if extra == 2 or i + extra + 1 >= len(lines) or not _OFFICIAL_START.match(to_simplified(lines[i].strip())):
                break
            joined += lines[i + extra + 1].strip()
    return None


def _join_broken_title(lines: list[str], r: _Rules) -> list[str]:
    """A title printed over two or three lines (中共某市委关于制定…国民经济 / 和社会发展…规划的建议):
    short lines of words with no sentence mark and no digits, the last naming a plan type, are one
    title."""
    out: list[str] = []
    pending: list[str] = []
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        simp = to_simplified(line)
        fragment = len(line) <= _FRAGMENT_MAX and not _FRAGMENT_STOP.search(line) and \
            not _NOT_FRAGMENT.search(line) and not line.endswith(("：", ":")) and \
            not _pattern("cited_lead").match(simp) and not last_crumb(line)
        # (根据国家有关要求 / 某市…方案: a lead, then the title; 网站首页>新闻中心 >> 行业新闻: the page's crumbs)
        if fragment and pending and r.type_re.search(simp) and len(pending) <= 2:
            out.append("".join(pending) + line)  # the fragments so far end in this one
            pending = []
            continue
        if fragment and not r.type_re.search(simp):
            pending.append(line)
            out.append(line)
            continue
        pending = []
        out.append(line)
    return out


_SENTENCE = regex.compile(r"[，。！!；]|(?:印发|发布|下发|出台)")  # a headline or a sentence, not a title line


def _named(line: str, simp: str, r: _Rules) -> Optional[str]:
    if not _SENTENCE.search(simp):
        return None
    for pat in r.named:
        cited_end = -1
        for m in pat.finditer(simp):
            t = simp[m.start("title"):m.end("title")]
            kind = r.type_re.search(t)
            # (以《A纲要》《B规划》为引领: a document listed right after a cited one is cited too)
            # (…。今年年初，市政府制定出台了《X方案》: a document a later sentence says was made, among the work the page
            # reports; 近日，市政府印发了《X》 opening its line, or …。本网获悉，…日前下发了《X》, is the news of it)
            made = _pattern("made_before").search(simp, max(0, m.start() - 8), m.start() + 1)
            if (made and "。" in simp[:m.start()] and not _pattern("recently").search(simp, simp.rfind("。", 0, m.start()), m.start())) or \
                    r.cited_before.search(simp, max(0, m.start() - 16), m.start() + 1) or \
                    (cited_end >= 0 and m.start() - cited_end <= 1 and simp[cited_end:m.start()] in ("", "、", "和", "及", "与")):
                cited_end = m.end()
                continue  # (落实《X意见》: a document the page acts on, not the one it is about)
            # 《意见》, 本实施方案, 关于…的通知: a short form, a reference or the notice, not the plan's name
            about = _pattern("notice_about").fullmatch(t)
            if about and any(k.end() == len(about.group(1)) for k in r.type_re.finditer(about.group(1))):
                # 发布《关于某省“十四五”某规划的通知》: the plan (not 关于成立某计划领导小组的通知)
                return line[m.start("title") + about.start(1):m.start("title") + about.end(1)].strip("《》“”\"")
            if t.startswith(r.references) or (t.startswith("关于") and t.endswith("通知")) or not kind or \
                    t.count("“") > t.count("”") + t.count('"') or \
                    len(t) - len(kind.group(0)) < 3 or simp[m.end():m.end() + 1] in _LISTED_AFTER or \
                    _pattern("counted_after").match(simp, m.end()) or _pattern("cited_after").match(simp, m.end()):
                continue  # (相继出台了A意见、B规范等文件: one of the documents a page lists as done, not its own;
                # 制定实施八个“行动方案”: a quotation cut open is no document's name;
                # 下发问题整改通知14份: documents counted)
            title = r.decorations.sub("", line[m.start("title"):m.end("title")]).strip(" ：:")
            place = _PUBLISHER.search(simp, max(0, m.start() - 8), m.start())
            if place and place.group(1) in r.provinces and not t.startswith(r.provinces):
                # 浙江发布2023年政府工作报告: a place that publishes its own plan names it
                title = line[place.start(1):place.end(1)] + title
            return title or None
    return None


_LISTED_AFTER = ("、", "等", "《")  # (制定《A》《B》等文件: one of the documents listed)
_PUBLISHER = regex.compile(r"(?:^|[^\p{Han}])(\p{Han}{2,3}?)(?:省|市)?$")



def extract(text: str, title: Optional[str] = None, raw_head: str = "") -> Metadata:
    r = rules()
    title = title if title is not None else find_title(text, raw_head)
    md = Metadata(title=title)
    simp_title = to_simplified(title or "")
    m = r.type_re.search(simp_title)
    if m:
        md.plan_type = m.group(0)
    head = to_simplified(text[:4000])
    # (a title of one year names its plan's length itself: 2025年…分工方案 over 是…三年行动的决胜之年 is a year's)
    pl = r.period_length.search(simp_title) or (None if r.single_year.search(simp_title) else r.period_length.search(head[:500]))
    if pl:
        md.period_years = r.years_words.get(pl.group(1))
    _period(md, simp_title, head, r)
    md.doc_number = _own_doc_number(text, head, r)
    md.region = _region(simp_title, title or "", r)
    md.issuer = _issuer(text, r) or _issuer_of_title(title, r)
    md.date_written = _signature_date(text, r)
    if md.region is None and md.issuer:
        simp_issuer = to_simplified(md.issuer)
        md.region = "全国" if r.national.match(simp_issuer) else _region(simp_issuer, md.issuer, r)
    return md


def date_by_kind(md: Metadata, text: str) -> None:
    """A document signed with no date still has one by its kind: a news page is written when it is
    published; a form or an invoice on the date its own field gives (开票日期)."""
    if md.date_written is None and md.doc_kind == "news":
        md.date_written = md.date_published
    if md.date_written is None and md.doc_kind == "form":
        md.date_written = form_date(text)


_DATELINE_WITHIN = 1500  # a page's date line stands under its headline, before the body


def dateline(raw_head: str) -> Optional[str]:
    """The date a page was published by its date line (2022-04-26 09:47 来源:…, 发表时间:2025-03-12),
    read from the text as it came: cleaning drops the line as page furniture."""
    m = _dateline_match(to_simplified(raw_head[:_DATELINE_WITHIN]))
    if m is None:  # a date alone on its line under the headline (陕西…站点建设 / 2011-12-17)
        near = [x for x in raw_head[:_DATELINE_WITHIN].split("\n") if x.strip()][:_BARE_DATE_LINES]
        m = next((_pattern("dateline_date").search(x) for x in near if _pattern("bare_date").match(x)), None)
        if m is None and near and _pattern("first_line_date").match(near[0]):
            m = _pattern("dateline_date").search(near[0])  # 2024年03月01日 / 第08版: a newspaper's page
        if m is None:
            m = _pattern("stacked_date").search(raw_head[:_DATELINE_WITHIN])  # (2019 / 01/24 / 10:15 under the headline)
    if m and 1 <= int(m.group("m")) <= 12 and 1 <= int(m.group("d")) <= 31:
        return f"{m.group('y')}-{int(m.group('m')):02d}-{int(m.group('d')):02d}"
    return None


def _dateline_match(simp_head: str):
    """The page's date line in its head: a time stamp alone on the top line (2024-11-23 05:34:29, when a
    crawler stored the page) yields to a labelled date under the headline (发布时间:2017-08-31 11:59)."""
    m = rules().dateline.search(simp_head)
    if m is not None and _pattern("born_after").match(simp_head, m.end()):
        return None  # (32岁以下(1992年1月1日及以后出生)青年: a date of birth, not the page's)
    if m is not None:
        end = simp_head.find("\n", m.end())
        line = simp_head[simp_head.rfind("\n", 0, m.start()) + 1:end if end >= 0 else None]
        if _pattern("bare_date").match(line) or _pattern("site_clock").search(line):
            labelled = _labelled_dateline().search(simp_head, m.end())
            return labelled or m
    return m


@lru_cache(maxsize=1)
def _labelled_dateline() -> regex.Pattern:
    d = load("metadata")
    return regex.compile(d["labelled_dateline"].replace("{date}", d["dateline_date"]))


_BARE_DATE_LINES = 10  # lines of a page's head a date alone on its line is looked for in


def said_at_end(line: str) -> bool:
    """Whether a line ends on a speaker's verb (…发表的《…》白皮书说): it opens a news sentence about a document."""
    return _pattern("said_at_end").search(line) is not None


def dated_year(md: Metadata, raw_head: str) -> Optional[int]:
    """The year the document's 今年 and 年内 mean: of its date line, else of its signature; none when the
    date line is when the page was updated (更新时间：2022-06-17 over news of 2018)."""
    simp = to_simplified(raw_head[:_DATELINE_WITHIN])
    m = _dateline_match(simp)
    if m and md.date_published and _pattern("updated_label").match(simp, max(0, m.start() - 2)):
        return _year_if_lede_fits(md.date_published, simp, m.end())
    date = md.date_published or md.date_written
    return int(date[:4]) if date else None


def _year_if_lede_fits(updated: str, head: str, after: int) -> Optional[int]:
    """An update date dates the page when the first day its text names (4月1日，某市召开…) falls in the weeks
    before it: the news was put up then, not revised years on."""
    day = _pattern("lede_day").search(head, after)
    if not day or len(updated) < 10:
        return None
    try:
        up = datetime.date(int(updated[:4]), int(updated[5:7]), int(updated[8:10]))
        named = datetime.date(up.year, int(day.group(1)), int(day.group(2)))
    except ValueError:
        return None
    return up.year if 0 <= (up - named).days <= _LEDE_DAYS_BEFORE else None


_LEDE_DAYS_BEFORE = 31  # an update this soon after the day the news names is the news's own date


def opening_year(text: str) -> Optional[int]:
    """The year a text's first sentence opens on (2017年，湖北“春风行动”将于…), or the year of the work meeting its lede
    reports (…2015年…工作会议日前在兰州举行, 我县召开2023年…启动会), if it speaks of 今年 after it."""
    head = to_simplified(text[:_OPENING_WITHIN])
    m = _pattern("opening_year").match(head) or _pattern("meeting_year").search(head) or _pattern("meeting_held").search(head)
    return int(m.group(1)) if m and rules().this_year.search(to_simplified(text), m.end()) else None


_OPENING_WITHIN = 200


def issue_year(text: str) -> Optional[int]:
    """The year of the journal issue an abstract's page cites (出处 《…》 2006年第6期), if it speaks of 今年."""
    m = _pattern("issue_year").search(text)
    return int(m.group(1)) if m and rules().this_year.search(to_simplified(text)) else None


def named_year(text: str) -> Optional[int]:
    """The first year a text says what it is (2026年是“十五五”开局之年), early in it."""
    m = _pattern("year_is_named").search(text[:_YEAR_IS_WITHIN])
    return int(m.group(1)) if m else None


def reposted(text: str, dated: int) -> bool:
    """A page dated 2024 whose text names 2011年末 and sets goals 到2015年 and names no year near its date was
    posted again long after it was written: its date does not date its 今年."""
    birth = _pattern("born_after")  # (…1953年1月1日至1986年12月31日期间出生: whom it serves, no goal's year)
    goals = [int(m.group(1)) for m in rules().lead_year.finditer(text) if not birth.match(text, m.end())]
    goals += [int(m.group(1)) for m in _pattern("year_is_named").finditer(text[:_YEAR_IS_WITHIN])]
    if not goals or max(goals) >= dated - 1:
        return False  # (most pages: no goal's year, or one still to come; the years named are not read)
    return all(int(m.group(1)) < dated - 1 for m in _pattern("counted_year").finditer(text))


def year_of_writing(dated: Optional[int], text: str) -> Optional[int]:
    """The year a text that speaks of 年内 or 全年, or of an event to come (将于5月20日开幕, 本届), is about: the year it is
    dated (dated_year)."""
    simp = to_simplified(text) if dated is not None else ""
    return dated if dated is not None and (rules().this_year.search(simp) or _pattern("event_ahead").search(simp[:_EVENT_WITHIN])
                                           or _months_only(simp)) else None


def _months_only(simp: str) -> bool:
    """自7月27日…启动至9月底 on a page dated 2015-10-30 that names no year: the work of 2015 (months_only)."""
    return bool(_pattern("months_only").search(simp[:_EVENT_WITHIN])) and not _pattern("any_year").search(simp)


@lru_cache(maxsize=1)
def _years_span() -> regex.Pattern:
    """years_ahead (group 1: the years ahead, counted from the year after the date) then the other spans."""
    d = load("metadata")
    return regex.compile(d["years_ahead"] + "|" + d["years_span"])


def years_from_date(dated: Optional[int], text: str, month: Optional[int] = None) -> Optional[tuple[int, int]]:
    """The years a dated text's goals take when it gives them a number of years and no start (计划用三年时间,
    三年内实现): from the year it is dated (dated_year) on; the years ahead (未来5年, 今后五年) from the next, unless
    the text is dated in the year's first months (month), when congresses open a term that counts that year."""
    m = _years_span().search(to_simplified(text[:_SPAN_WITHIN])) if dated is not None else None
    g = next((x for x in m.groups() if x), "") if m else ""
    n = count_of(g)
    if dated is None or not n or not 2 <= n <= 10:
        return None
    fy = rules().five_year.search(to_simplified(text[:_SPAN_WITHIN])) if n == 5 else None
    start = five_year_plan_start(next(g for g in fy.groups() if g)) if fy else None
    if start is not None and start <= dated <= start + 4:  # 未来五年 in news of the “十四五”纲要 of 2021: that plan's years
        return start, start + 4
    ahead = m.group(1) and not (month is not None and month <= _TERM_OPENS_BY)
    return (dated + 1, dated + n) if ahead else (dated, dated + n - 1)


_TERM_OPENS_BY = 3  # the last month of the congress season (两会): 今后五年 said by then counts its own year


_SPAN_WITHIN = 1500
_EVENT_WITHIN = 1500  # characters of a dated page looked at for an event to come (an event page names it early)


def month_of(date: Optional[str], dated: Optional[int]) -> Optional[int]:
    """The month of a date (YYYY-MM-DD, YYYY-MM) that is of the year the text is dated to; none for a year alone
    or another year's date (a header may declare either)."""
    date = date or ""
    return int(date[5:7]) if dated is not None and date[:4] == str(dated) and date[5:7].isdigit() else None


def only_year(text: str) -> Optional[int]:
    """The one year a text names, if it names exactly one (2021年以来 looks back, 在2016年基础上 is a base:
    they count for none)."""
    years = {m.group(1) for m in _pattern("counted_year").finditer(text)}
    return int(years.pop()) if len(years) == 1 else None




def closing_year(text: str) -> Optional[int]:
    """The last year of the five-year plan a year's work completes (今年…高质量完成“十四五”规划目标任务: 2025)."""
    m = _pattern("closing_year").search(to_simplified(text[:_DATELINE_WITHIN]))
    return five_year_plan_start(next(g for g in m.groups() if g)) + 4 if m else None


def annual_plan_year(text: str) -> Optional[int]:
    """The year of the first year's plan the head of a text names (组织编制2022年城镇老旧小区改造计划)."""
    m = rules().annual_plan.search(to_simplified(text[:_DATELINE_WITHIN]))
    return int(next(g for g in m.groups() if g)) if m else None  # (the branch that matched: 现将《…》印发, 编制…, 2024年是…)


def form_date(text: str) -> Optional[str]:
    """A form's or an invoice's own date field (开票日期：2020年08月05日) → YYYY-MM-DD."""
    m = rules().form_date.search(to_simplified(text[:6000]))
    if m and 1 <= int(m.group("m")) <= 12 and 1 <= int(m.group("d")) <= 31:
        return f"{m.group('y')}-{int(m.group('m')):02d}-{int(m.group('d')):02d}"
    return None


def _own_doc_number(text: str, head: str, r: _Rules) -> Optional[str]:
    """The document's own 文号: the first one (matched on the Simplified head: 新政辦〔2020〕23號 too) on a
    line of its own; one quoted in a sentence is another document's."""
    for dn in r.doc_number.finditer(head):
        start = head.rfind("\n", 0, dn.start()) + 1
        end = head.find("\n", dn.end())
        line = head[start:end if end >= 0 else len(head)].strip()
        if len(line) - (dn.end() - dn.start()) <= r.doc_number_line:
            return text[dn.start():dn.end()].strip()
    return None


def names_its_year(title: str) -> bool:
    """The title names a document of one year with its year (2022年度…方案), not a headline's goal year or a horizon."""
    return bool(_pattern("years_document").search(to_simplified(title)))


def title_field(head: str) -> Optional[str]:
    """The title a page's 信息公开 header gives in its 标 题: field (or a reprint's 标题: line), from the text
    as it came (cleaning drops the header); a notice's own title (关于印发…的通知) is left to the text, which
    names the plan it carries."""
    m = _pattern("title_field").search(head)
    title = (m.group(1) or m.group(2) or m.group(3)) if m else None  # (标题: X, a header table's row 文件名称 | X |, 新华社…电 题：X)
    if title is None or rules().notice.match(to_simplified(title)):
        return None
    return rules().decorations.sub("", title).strip(" ：:|") or None


def apply_declared(md: Metadata, declared: dict) -> None:
    """What a file says of itself (a web page's 信息公开 header and <meta> tags) over what the text
    suggests: the issuer and number the portal files the document under, its dates (the date written
    only where the text is signed with none); the title only
    where the text gives none (a page's ArticleTitle is often the notice's, 关于印发…的通知)."""
    if not declared:
        return
    r = rules()
    if md.title is None and declared.get("title"):
        md.title = declared["title"]
    for key in ("issuer", "doc_number", "date_published", "index_no"):
        if declared.get(key):
            setattr(md, key, declared[key])
    # the date the text is signed with is the document's own; a portal's 发文日期 may be its reposting's
    md.date_written = md.date_written or declared.get("date_written")
    if md.region is None and md.issuer:
        simp_issuer = to_simplified(md.issuer)
        md.region = "全国" if r.national.match(simp_issuer) else _region(simp_issuer, md.issuer, r)


def period_from_date(md: Metadata, dated: Optional[int]) -> None:
    """News of goals dated 2023 to reach by 2025 runs from the year it is dated; a page whose kind its title gave (a
    plan titled as one) keeps its start unknown, its own period may have begun before."""
    if md.period_start is None and md.period_end is not None and dated is not None and dated <= md.period_end \
            and md.doc_kind in ("plan", "news") and not md.doc_kind_evidence[0].startswith("title"):
        md.period_start = dated


def period_from_phases(md: Metadata, phases: list[tuple[Optional[str], Optional[str]]]) -> None:
    """What the title and lead left open, from the phases' first and last months (YYYY-MM)."""
    starts = [int(a[:4]) for a, _ in phases if a]
    ends = [int(b[:4]) for _, b in phases if b]
    if md.period_start is None and starts and (md.period_end is None or min(starts) <= md.period_end):
        md.period_start = min(starts)
    if md.period_end is None and ends and (md.period_start is None or max(ends) >= md.period_start):
        md.period_end = max(ends)
    if md.period_start is not None and md.period_end is not None:
        md.period_years = md.period_end - md.period_start + 1


def _set_period(md: Metadata, start: Optional[int], end: Optional[int]) -> None:
    md.period_start, md.period_end = start, end
    if start is not None and end is not None:
        md.period_years = end - start + 1


_DIGIT = regex.compile(r"\d")


def _sentence_end(text: str, at: int) -> int:
    end = text.find("。", at)
    return len(text) if end < 0 else end


_LONGEST_PLAN = 35  # years a plan's title range may span (全国森林经营规划(2016—2050年)); a longer one is no plan's


def _period(md: Metadata, simp_title: str, head: str, r: _Rules) -> None:
    """The plan's years, from the surest source to the weakest: a range in the title (2023—2025年), a
    five-year plan (“十四五”), a single year in the title (2025年…方案, 2024年…三年行动计划), a range in
    the lead, then the latest 到2027年 of the title and lead. A range in the body may be a past span
    (2016—2020年，…从…到…), so the title's five-year plan goes before it."""
    pr = r.period_range.search(simp_title)
    if pr and int(pr.group(1)) <= int(pr.group(2)) <= int(pr.group(1)) + _LONGEST_PLAN:
        return _set_period(md, int(pr.group(1)), int(pr.group(2)))
    fy = r.five_year.search(simp_title)
    if fy and not _pattern("five_year_met_after").match(simp_title, fy.end()):
        start = five_year_plan_start(fy.group(1) or fy.group(2) or fy.group(3))
        return _set_period(md, start, start + 4)
    sy = _pattern("execution_then_plan").search(simp_title) or _pattern("title_goal_year").search(simp_title) or \
        r.single_year.search(simp_title)
    ps = r.period_from_span.search(head)
    if ps and (not sy or int(sy.group(1)) == int(ps.group(1))):  # (2021…方案:) 自2021年起，利用3年时间
        n = count_of(ps.group(2))
        return _set_period(md, int(ps.group(1)), int(ps.group(1)) + n - 1)
    if sy and _pattern("deadline_before_year").search(simp_title, max(0, sy.start() - 2), sy.start()):
        y = int(sy.group(1))  # (首个“五年规划”出台，到2025年——: the year the plan runs to, not the one it starts in)
        return _set_period(md, y - md.period_years + 1 if md.period_years else None, y)
    if sy:
        y = int(sy.group(1))
        return _set_period(md, y, y + (md.period_years or 1) - 1)
    lead = simp_title + "\n" + head[:1500]
    # 到2035年，全民素质明显提升: a vision with no number sets no period end beside the goals' 到2025年
    # (到2008年底，某县人口共有5661人: how things stood then, no year planned for)
    years = [(int(m.group(1)), _DIGIT.search(lead, m.end(), _sentence_end(lead, m.end())) is not None)
             for m in r.lead_year.finditer(lead) if not (_pattern("status_after_year").match(lead, m.end()) and
                                                         not _pattern("forward_before_year").search(lead, max(0, m.start() - 40), m.start()))
             and not _pattern("born_after").match(lead, m.end())
             and not _pattern("vision_before_year").search(lead, max(0, m.start() - 6), m.start())]
    ends = [y for y, counted in years if counted] or [y for y, _ in years]
    pr = next((m for m in r.period_range.finditer(head) if not _in_citation(head, m.start())), None)
    if pr and _pattern("past_after_range").match(head, pr.end()):
        pr = None  # (2012年至2017年，全市累计实现112个贫困村脱贫: what a span gone achieved)
    annual = r.annual_plan.search(head[:_DATELINE_WITHIN]) if pr else None
    if annual and annual.end() <= pr.start() and int(next(g for g in annual.groups() if g)) == int(pr.group(1)):
        pr = None  # (——2024年省政府十方面民生实事 … 2024—2025年对…水站进行改造: a year's list, one item running on)
    if pr and int(pr.group(1)) <= int(pr.group(2)) <= int(pr.group(1)) + 15:
        # (its goals' 到2030年 beyond the range's end: the range is a first stage, the plan runs to 2030)
        return _set_period(md, int(pr.group(1)), max([int(pr.group(2))] + ends))
    at = _pattern("activity_time").search(head)
    if at:  # 二、活动时间 2020年4月15日至6月30日: an activity's plan runs over these dates
        return _set_period(md, int(at.group(1)), int(at.group(2) or at.group(1)))
    lead_fy = r.five_year_lead.search(head, 0, 600)
    if lead_fy and _pattern("year_end_deadline").search(head, 0, lead_fy.start()):
        lead_fy = None  # (至年底，完成…；2016年底，…。“十三五”期间，力争…: a year's plan, one of whose goals runs five years)
    fy = r.five_year_heading.search(head) or lead_fy or \
        _pattern("five_year_goals").search(head, 0, 600) or _named_five_year(simp_title, head, r)
    if fy:
        start = five_year_plan_start(next(g for g in fy.groups() if g))
        return _set_period(md, start, start + 4)
    own = _pattern("own_year_plan").match(head)
    if own and not ends:  # 2021年预计…，特制订本方案: a plan for the year it opens on
        return _set_period(md, int(own.group(1)), int(own.group(1)))
    cut = _CUT_START.search(head, 0, _CUT_START_WITHIN) if not ends else None
    if cut:  # 为切实做好—2017年国家级生态县创建工作: a span whose first year a copy lost, its last the plan's end
        return _set_period(md, None, int(cut.group(1)))
    if ends:
        end = max(ends)
        _set_period(md, end - md.period_years + 1 if md.period_years else None, end)


def _in_citation(text: str, at: int) -> bool:
    """at inside the title of a document cited as the text's ground (根据《…专项规划(2021-2035)》…): that
    document's years, not the text's (a plan named as the subject, 《规划》(2014-2020)提出…, is the text's)."""
    opened = text.rfind("《", 0, at)
    return opened > text.rfind("》", 0, at) and bool(_CITED_AS_GROUND.search(text, max(0, opened - 4), opened))


_CITED_AS_GROUND = regex.compile(load("metadata")["cited_as_ground"])


_CUT_START = regex.compile(load("metadata")["cut_start"])  # (为切实做好—2017年…创建工作: the span's first year lost)
_CUT_START_WITHIN = 600
_CITED_NAME = regex.compile(r"《([^《》\n]{4,60})》")


_NAME_FOLD = regex.compile(load("metadata")["name_fold"])  # what a headline drops or adds when it names a plan


def _named_five_year(simp_title: str, head: str, r: _Rules):
    """News of a plan gives its name in full near the top (国务院印发《国家人口发展“十二五”规划》) while its
    headline, the title, leaves the five-year plan out (国务院印发国家人口发展规划): the name's years."""
    if not simp_title:
        return None
    for m in _CITED_NAME.finditer(head, 0, 600):
        fy = r.five_year.search(m.group(1))
        name = _NAME_FOLD.sub("", m.group(1)[:fy.start()] + m.group(1)[fy.end():]) if fy else ""
        title = _NAME_FOLD.sub("", simp_title)
        # (某省旅游业发展规划 under 旅游业发展规划; 浙江省中小河流治理规划 under 浙江中小河流的治理规划)
        if name and (name in title or title in name):
            return fy
    return None


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


_CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0, "O": 0, "0": 0}


def _signature_date(text: str, r: _Rules) -> Optional[str]:
    """The date under the issuer's name, where a notice or a plan is signed (the first one: a notice's
    signature comes before the plan it sends) → YYYY-MM-DD."""
    lines = [ln.strip() for ln in text[:6000].split("\n") if ln.strip()]
    tail = [ln.strip() for ln in text[-1500:].split("\n") if ln.strip()] if len(text) > 6000 else []
    for block in (lines, tail):
        for prev, line in zip(block, block[1:]):
            m = r.signature_date.match(line) if len(line) <= 18 else None
            if m and ((len(prev) <= 40 and r.signer.match(to_simplified(prev))) or r.closing.search(prev)):
                y = m.group("y")
                year = int(y) if y.isdigit() else int("".join(str(_CN_DIGIT.get(c, 0)) for c in y))
                month, day = (count_of(v) for v in (m.group("m"), m.group("d")))
                if month and day and 1 <= month <= 12 and 1 <= day <= 31:
                    return f"{year}-{month:02d}-{day:02d}"
    return None


def _issuer_of_title(title: Optional[str], r: _Rules) -> Optional[str]:
    """国务院关于推动…的意见, 某市人民政府办公室关于…的通知: who speaks is named before 关于."""
    at = (title or "").find("关于")
    head = title[:at].strip() if at > 0 else ""
    simp = to_simplified(head)
    if 2 <= len(head) <= 40 and (r.issuer.match(simp) or r.national.match(simp)):
        return head
    return None


def _issuer(text: str, r: _Rules) -> Optional[str]:
    notice = r.notice.match(to_simplified(text[:200]))
    if notice and notice.group("issuer"):
        return text[:notice.end("issuer")].strip()
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    for line in lines[:6] + lines[-8:]:
        simp = to_simplified(line)
        if len(simp) <= 32 and r.issuer.match(simp):
            return line[:-2] if simp.endswith("文件") else line  # 红头 “XX市教育局文件”
    head = text[:1500]
    m = r.issuer_in_sentence.search(to_simplified(head))  # 国务院办公厅日前印发…: a news page's first sentence
    return head[m.start("issuer"):m.end("issuer")] if m else None

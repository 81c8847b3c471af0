#!/usr/bin/env python3
"""Build the policyparse corpus from the plan outlines in corpora/source/*.plan.

Every outline is a plan written for this project in the style of the genre. This script renders it
as .txt (with the traps its @trap lines ask for: boilerplate, pinyin, page-chunk markers, one-line
plans, OCR noise …), as .docx (labels produced by real Word numbering, numbering.xml) and as .pdf
(reportlab's built-in CID font STSong-Light, so no font file is needed), and writes the gold file.

    python corpora/make_corpus.py            # writes corpora/<name>.{txt,docx,pdf,html,doc,wps,ofd,gold.json}, corpora/pairs/

Outline syntax: `@key value` lines set metadata; `*`, `**`, `***` … start a numbered item of that
level (the rest of the line is its heading paragraph); other lines are paragraphs of the current
item (or of the preamble); `* 标题||正文` is a run-in heading; `@table CAPTION` followed by `| a | b |` rows is a table;
`@target indicator|comparator|value|value_max|unit|change|year|frequency|scope` is a gold target,
written by hand by the rule in TARGETS.md."""
from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
from policyparse.numbers import CIRCLED, int_to_cn  # noqa: E402

LABELS = {
    "cn": lambda n: f"{int_to_cn(n)}、",
    "cn_paren": lambda n: f"（{int_to_cn(n)}）",
    "arabic_dot": lambda n: f"{n}.",
    "arabic_dun": lambda n: f"{n}、",
    "arabic_paren": lambda n: f"（{n}）",
    "circled": lambda n: CIRCLED[n - 1],
    "chapter": lambda n: f"第{int_to_cn(n)}章 ",
    "article": lambda n: f"第{int_to_cn(n)}条 ",
}
# Word numbering for the same schemes: (numFmt, lvlText)
WORD_FMT = {
    "cn": ("chineseCounting", "%{}、"), "cn_paren": ("chineseCounting", "（%{}）"),
    "arabic_dot": ("decimal", "%{}."), "arabic_dun": ("decimal", "%{}、"),
    "arabic_paren": ("decimal", "（%{}）"), "circled": ("decimalEnclosedCircle", "%{}"),
    "chapter": ("chineseCounting", "第%{}章 "), "article": ("chineseCounting", "第%{}条 "),
}


class Item:
    def __init__(self, level, head):
        self.level, self.head, self.paras, self.children, self.label = level, head, [], [], ""


def parse_outline(text: str) -> dict:
    doc = {"meta": {}, "phases": [], "targets": [], "traps": [], "preamble": [], "items": [], "tail": [], "tables": []}
    stack: list[Item] = []
    table = None
    for raw in text.splitlines():
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("|") and table is not None:
            table["rows"].append([c.strip() for c in line.strip("|").split("|")])
            continue
        table = None
        if line.startswith("@"):
            key, _, val = line[1:].partition(" ")
            if key == "phase":
                name, start, end = (v.strip() or None for v in val.split("|"))
                doc["phases"].append({"name": name, "start": start, "end": end})
            elif key == "target":
                f = [v.strip() for v in val.split("|")]
                num = lambda x: float(x) if x else None  # noqa: E731
                doc["targets"].append({"indicator": f[0], "comparator": f[1], "value": num(f[2]), "value_max": num(f[3]),
                                       "unit": f[4], "change": f[5] or None, "year": int(f[6]) if f[6] else None,
                                       "frequency": f[7] or None, "scope": f[8] or None})
            elif key == "trap":
                doc["traps"].append(val.strip())
            elif key == "table":
                table = {"caption": val.strip(), "rows": [], "after": stack[-1] if stack else None}
                doc["tables"].append(table)
                (stack[-1].paras if stack else doc["preamble"]).append(table)
            elif key == "tail":
                doc["tail"].append(val)
            else:
                doc["meta"][key] = val.strip()
            continue
        if line.startswith("*"):
            level = len(line) - len(line.lstrip("*"))
            head, _, run_in = line[level:].strip().partition("||")
            item = Item(level, head + run_in)
            item.title = head if run_in else None
            while stack and stack[-1].level >= level:
                stack.pop()
            (stack[-1].children if stack else doc["items"]).append(item)
            stack.append(item)
        elif stack:
            stack[-1].paras.append(line.strip())
        else:
            doc["preamble"].append(line.strip())
    scheme = doc["meta"].get("scheme", "cn,cn_paren,arabic_dot,arabic_paren,circled").split(",")
    doc["scheme"] = scheme

    # @continuous 3: that level numbers on through its parents ((一) 1. 2. (二) 3. 4.)
    continuous = {int(x) for x in doc["meta"].get("continuous", "").split(",") if x.strip()}
    doc["continuous"] = continuous
    counters: dict[int, int] = {}

    def number(items, level):
        for i, it in enumerate(items, 1):
            n = counters.get(level, 0) + 1 if level in continuous else i
            counters[level] = n
            it.label = LABELS[scheme[level - 1]](n)
            number(it.children, level + 1)
    number(doc["items"], 1)
    return doc


def gold(doc: dict, name: str) -> dict:
    items = doc["items"]
    single = all(not it.children for it in items)

    def leaves(it):
        if not it.children:
            return 1 if (it.level >= 2 or single) else 0
        return sum(leaves(c) for c in it.children)
    return {
        "doc": name,
        "title": doc["meta"]["title"],
        "plan_type": doc["meta"].get("plan_type"),
        "region": doc["meta"].get("region"),
        "doc_number": doc["meta"].get("doc_number"),
        "period": doc["meta"].get("period"),
        "sections": [{"label": it.label.strip(), "title": _heading_title(it)} for it in items],
        "measures_per_section": [len(it.children) for it in items],
        "measure_count": sum(leaves(it) for it in items),
        "phases": doc["phases"],
        # @goal_year: the year a plan with no stated period runs to by its goals (到2025年，…)
        "targets": [_period_year(t, doc["meta"].get("period") or doc["meta"].get("goal_year")) for t in doc["targets"]],
    }


def _period_year(target: dict, period) -> dict:
    """TARGETS.md's year rule: a target with no year in any scope holds by the period's end. The outlines
    leave such years empty; a target whose year the text does state names it."""
    if target["year"] is None and period:
        return {**target, "year": int(period[-4:]), "year_source": "period"}
    return target


def _heading_title(it: Item) -> str:
    if it.title:  # `* 标题||正文`: a run-in heading whose title the outline marks
        return it.title
    head = it.head
    for stop in "。：；":
        head = head.split(stop)[0]
    return head


# ---------------------------------------------------------------- plain text
def paragraphs(doc: dict, labels: bool = True) -> list[tuple[str, str, int]]:
    """(kind, text, level) in reading order; kind is 'title', 'head', 'para', 'item' or 'table'."""
    out = [("title", doc["meta"]["title"], 0)]
    for line in doc["meta"].get("header", "").split("/"):
        if line.strip():
            out.append(("para", line.strip(), 0))
    for p in doc["preamble"]:
        out.append(("table", p, 0) if isinstance(p, dict) else ("para", p, 0))

    def walk(items):
        for it in items:
            lab = it.label if labels else ""
            out.append(("head" if it.level == 1 else "item", lab + it.head, it.level))
            for p in it.paras:
                out.append(("table", p, it.level) if isinstance(p, dict) else ("para", p, it.level))
            walk(it.children)
    walk(doc["items"])
    for t in doc["tail"]:
        out.append(("para", t, 0))
    return out


BOILER_HEAD = ["{title}_第1页", "{title}_第2页", "已阅读3页，还剩5页未读，继续免费阅读", "", "下载本文档", "",
               "版权说明：本文档由用户提供并上传，收益归属内容提供方，若内容存在侵权，请进行举报或认领", "", "文档简介", ""]
BOILER_TAIL = ["", "温馨提示", "  • 1. 本站所有资源如无特殊说明，都需要本地电脑安装OFFICE2007和PDF阅读器。",
               "  • 2. 本站的文档不包含任何第三方提供的附件图纸等，如果需要附件，请联系上传者。",
               "  • 3. 本站不保证下载资源的准确性、安全性和完整性。", "  • 4. 未经权益所有人同意不得将文件中的内容挪作商业或盈利用途。",
               "", "评论", "", "0/150", "", "提交评论"]
# an SEO spam line of the kind reprint pages carry at the top (invented keywords, pipe-separated)
NEWS_SPAM = "春眠不觉晓在线|夏日清凉一区|秋风影院高清|冬雪免费观看|暖阳精品社区|明月午夜剧场|星空高清专区"
PINYIN = {"學": "xué", "質": "zhì", "級": "jí", "師": "shī", "發": "fā", "課": "kè", "們": "men", "項": "xiàng",
          "實": "shí", "導": "dǎo", "評": "píng", "價": "jià", "區": "qū", "資": "zī", "務": "wù", "體": "tǐ"}


def render_txt(doc: dict) -> str:
    traps = set(doc["traps"])
    rng = random.Random(doc["meta"]["title"])
    lines = []
    for kind, text, level in paragraphs(doc):
        if kind == "table":
            lines.append(text["caption"])
            if "table_rows" in traps:  # a flattened table: one row a line, cells apart by spaces
                lines.extend("  ".join(r) for r in text["rows"])
            else:  # one cell a line, as copy-paste from a web page leaves it
                lines.extend(c for r in text["rows"] for c in r)
            continue
        lines.append(text)
        if kind in ("head", "title") and "repeated_headings" in traps:
            lines.append(text)
    if "docx_residue" in traps:
        lines = [doc["meta"]["title"] + ".docx", "PAGE", "1-"] + lines
        for i in range(len(lines) // 3, len(lines), max(1, len(lines) // 3)):
            lines.insert(i, "PAGE")
            lines.insert(i + 1, f"-{i // 3 + 2}-")
    if "page_footers" in traps:
        step = 7
        out = []
        for i, ln in enumerate(lines):
            out.append(ln)
            if i % step == step - 1:
                out.extend([f"第 {i // step + 1} 页 共 9 页", ""])
        lines = out
    if "ocr" in traps:
        lines = [_ocr(ln, rng) for ln in lines]
    if "mojibake" in traps:
        k = len(lines) // 2
        lines[k] = lines[k][:6] + "?锟斤拷" + lines[k][6:]
    if "pinyin" in traps:
        lines = ["".join(c + (f"({PINYIN[c]})" if c in PINYIN else "") for c in ln) for ln in lines]
    if "one_line" in traps:
        lines = ["".join(lines)]
    if "chunk_markers" in traps:
        body = "".join(lines)
        width = 34
        chunks = [body[i:i + width] for i in range(0, len(body), width)]
        lines = [chunks[0]] + [f"{i}、{c}" for i, c in enumerate(chunks[1:], 2)]
    if "boilerplate" in traps:
        lines = [b.format(title=doc["meta"]["title"]) for b in BOILER_HEAD] + lines + BOILER_TAIL
    if "news_page" in traps:  # a plan reprinted by a news site: spam, breadcrumbs, byline, footer
        head = doc["meta"]["headline"]
        lines = lines[1:]  # a news page has no title line of the plan's own
        lines = [NEWS_SPAM, "", "登录", "某某网 > 新闻中心 > 国内新闻 > 正文", "", head, "",
                 "2024-03-18 09:12:33 来源：某某日报 浏览数：1024次"] + lines + \
                ["（文章来源：某某日报）", "免责声明：本站部分内容转载自其他媒体，如有侵权请联系删除。", "", head, "",
                 "查看更多>>", "某ICP备12345678号-1", "sitemap.xml sitemap2.xml"]
    if "prefix_doc" in traps:
        lines = doc["meta"]["prefix"].split("/") + [""] + lines
    if "ascii_punct" in traps:  # half-width punctuation, as many county sites type it
        table = str.maketrans({"，": ",", "：": ":", "（": "(", "）": ")", "；": ";"})
        lines = [ln.translate(table) for ln in lines]
    if "space_between_han" in traps:
        lines = [ln.replace("，", "， ").replace("。", "。 ") for ln in lines]
    return "\n".join(lines) + "\n"


def _ocr(line: str, rng: random.Random) -> str:
    full = str.maketrans("0123456789%", "０１２３４５６７８９％")
    out = line
    if rng.random() < 0.5:
        out = out.translate(full)
    out = out.replace("%。", "%o").replace("1:", "1∶")
    return out


# ---------------------------------------------------------------- docx
def render_docx(doc: dict, path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = "SimSun"
    style.font.size = Pt(12)
    use_numbering = doc["meta"].get("docx", "numbering") == "numbering"
    num_id = None
    if use_numbering:
        numbering = d.part.numbering_part.element
        abstract = OxmlElement("w:abstractNum")
        abstract.set(qn("w:abstractNumId"), "90")
        for lvl_i, kind in enumerate(doc["scheme"]):
            fmt, text = WORD_FMT[kind]
            lvl = OxmlElement("w:lvl")
            lvl.set(qn("w:ilvl"), str(lvl_i))
            tags = [("w:start", "1"), ("w:numFmt", fmt)]
            if lvl_i + 1 in doc["continuous"]:
                tags.append(("w:lvlRestart", "0"))  # never restarts: numbered on through its parents
            for tag, val in tags + [("w:lvlText", text.format(lvl_i + 1)), ("w:suff", "nothing")]:
                el = OxmlElement(tag)
                el.set(qn("w:val"), val)
                lvl.append(el)
            abstract.append(lvl)
        numbering.insert(0, abstract)
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), "90")
        aid = OxmlElement("w:abstractNumId")
        aid.set(qn("w:val"), "90")
        num.append(aid)
        numbering.append(num)
        num_id = "90"
    # running footer with a PAGE field: must not reach the text
    footer = d.sections[0].footer.paragraphs[0]
    run = footer.add_run()
    for tag, attr in (("w:fldChar", "begin"), ("w:instrText", None), ("w:fldChar", "separate")):
        el = OxmlElement(tag)
        if attr:
            el.set(qn("w:fldCharType"), attr)
        else:
            el.text = " PAGE "
        run._r.append(el)
    run2 = footer.add_run("1")
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run2._r.append(end)
    d.sections[0].header.paragraphs[0].text = doc["meta"]["title"]

    for kind, text, level in paragraphs(doc, labels=not use_numbering):
        if kind == "table":
            d.add_paragraph(text["caption"])
            rows = text["rows"]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
            continue
        if kind == "title":
            p = d.add_paragraph(text, style="Title")
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            continue
        if kind in ("head", "item"):
            p = d.add_paragraph(text, style="Heading 1" if kind == "head" else None)
            if use_numbering:
                ppr = p._p.get_or_add_pPr()
                numpr = OxmlElement("w:numPr")
                il = OxmlElement("w:ilvl")
                il.set(qn("w:val"), str(level - 1))
                ni = OxmlElement("w:numId")
                ni.set(qn("w:val"), num_id)
                numpr.append(il)
                numpr.append(ni)
                ppr.append(numpr)
            continue
        d.add_paragraph(text)
    d.core_properties.title = doc["meta"]["title"]
    d.save(str(path))


# ---------------------------------------------------------------- html
def render_html(doc: dict, path: Path) -> None:
    """A saved government page, in one of three portal styles: GBK with the 信息公开 header table and
    the plan in a TRS_Editor block; an older UTF-8 portal built of layout tables; an HTML5 page whose
    <article> has no known class. All have navigation, furniture and footers; the plan's paragraphs are
    indented with full-width spaces, headings in <strong>, the lowest numbered level an <ol> whose
    numbers are not in the text."""
    from html import escape
    meta = doc["meta"]
    title = meta["title"]
    issuer = meta.get("issuer") or "某市人民政府办公室"
    number = meta.get("doc_number") or ""
    body, ol = [], False
    for kind, text, level in paragraphs(doc):
        if kind == "title":
            continue
        is_ol = kind == "item" and text.startswith(tuple(f"{n}." for n in range(1, 100)))
        if is_ol and not ol:  # numbering continued across parents: the list says where it starts
            body.append(f'<ol start="{text.split(".", 1)[0]}">' if not text.startswith("1.") else "<ol>")
        if ol and not is_ol:
            body.append("</ol>")
        ol = is_ol
        if kind == "table":
            rows = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>" for r in text["rows"])
            body.append(f'<p style="text-align:center">{escape(text["caption"])}</p><table border="1">{rows}</table>')
        elif is_ol:
            body.append(f"<li>{escape(text.split('.', 1)[1])}</li>")
        elif kind == "head":
            body.append(f"<p>\u3000\u3000<strong>{escape(text)}</strong></p>")
        else:
            # a long paragraph broken over source lines, as editors' HTML is
            cut = len(text) // 2 if len(text) > 60 else len(text)
            body.append(f"<p>\u3000\u3000{escape(text[:cut])}\n        {escape(text[cut:])}</p>")
    if ol:
        body.append("</ol>")
    year = meta.get("period", "2024")[:4]
    style = int(path.stem[:2]) % 3 if path.stem[:2].isdigit() else 0
    if style == 1:  # an older portal: UTF-8, layout tables, the header as a list, no ArticleTitle
        page = f"""<html><head><meta charset="utf-8"><title>{escape(title)} - {escape(issuer[:2])}政府网</title></head>
<body><table width="1000" align="center"><tr><td class="top"><img src="logo.png"><a href="/">网站首页</a> | <a href="/xxgk">信息公开</a></td></tr>
<tr><td><table width="100%"><tr><td width="200" valign="top" class="left"><a href="/1">通知公告</a><br><a href="/2">政策法规</a><br><a href="/3">规划计划</a></td>
<td valign="top"><ul class="xxgk_info"><li><b>索 引 号：</b>00{year}0318-1</li><li><b>发文机关：</b>{escape(issuer)}</li>
<li><b>发文字号：</b>{escape(number)}</li><li><b>成文日期：</b>{year}-03-12</li></ul>
<div style="text-align:center;font-size:22px">{escape(title)}</div>
<table width="100%"><tr><td class="bt_content"><font size="3">
{chr(10).join(body)}
</font></td></tr></table>
<p align="right"><a href="javascript:window.print()">打印</a>　<a href="javascript:self.close()">关闭</a></p></td></tr></table></td></tr>
<tr><td class="bottom">版权所有：{escape(issuer)}　地址：某市某路1号　邮编：000000</td></tr></table></body></html>
"""
        path.write_bytes(page.encode("utf-8"))
        return
    if style == 2:  # an HTML5 page: <header>/<nav>/<footer>, the text in an <article> with no known class
        page = f"""<!doctype html><html lang="zh-CN"><head><meta charset="gbk"><meta name="viewport" content="width=device-width">
<title>{escape(title)}</title><meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{year}-03-18">
<meta name="ContentSource" content="{escape(issuer)}"></head><body>
<header><div class="logo">{escape(issuer[:2])}政府</div><nav><a href="/">首页</a><a href="/gk">政务公开</a><a href="/fw">政务服务</a></nav></header>
<main><div class="breadcrumb"><a href="/">首页</a> / <a>文件库</a></div>
<article><h1>{escape(title)}</h1><div class="info"><span>来源：{escape(issuer)}</span> <span>发布时间：{year}-03-18</span>
<span>字号：<a>大</a> <a>中</a> <a>小</a></span></div>
<section>
{chr(10).join(body)}
</section></article>
<aside><h3>相关阅读</h3><ul><li><a href="/r1">政策解读：一图读懂</a></li><li><a href="/r2">答记者问</a></li></ul></aside></main>
<footer><p>网站标识码 0000000000　<a href="/map">网站地图</a>　<a href="/contact">联系我们</a></p></footer>
<script src="/stat.js"></script></body></html>
"""
        path.write_bytes(page.encode("gb18030"))
        return
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{escape(title)}_{escape(issuer[:2])}人民政府门户网站</title>
<meta name="ArticleTitle" content="{escape(title)}">
<meta name="PubDate" content="{meta.get('period', '2024')[:4]}-03-18 09:30">
<meta name="ContentSource" content="{escape(issuer)}">
<script type="text/javascript">var _hmt = _hmt || []; document.write("<p>统计代码</p>");</script>
<style>.TRS_Editor P{{line-height:2;}}</style></head>
<body><div class="top"><ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>
<li><a href="/hdjl/">互动交流</a></li><li><a href="/bsfw/">办事服务</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a>政策文件</a></div>
<table class="xxgk_table"><tr><td>索&nbsp;引&nbsp;号：</td><td>11000000MB0000000X/{meta.get('period', '2024')[:4]}-00018</td>
<td>发布机构：</td><td>{escape(issuer)}</td></tr><tr><td>文　　号：</td><td>{escape(number)}</td><td>成文日期：</td>
<td>{meta.get('period', '2024')[:4]}年03月12日</td></tr></table>
<div class="main"><div class="left"><h3>政策文件</h3><ul><li><a href="/1">规范性文件</a></li><li><a href="/2">政策解读</a></li></ul></div>
<div class="right"><h1 class="title">{escape(title)}</h1>
<div id="zoom" class="TRS_Editor">
{chr(10).join(body)}
</div>
<div class="share bdsharebuttonbox">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>
<div class="print"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>
</div></div>
<div class="related"><h3>相关文件</h3><ul><li><a href="/a">关于进一步加强基层治理的意见</a></li><li><a href="/b">某某工作方案解读</a></li></ul></div>
<div class="footer"><p>主办：{escape(issuer)}　　网站标识码：1100000000　　ICP备案号：京ICP备00000000号</p></div>
</body></html>
"""
    path.write_bytes(page.encode("gb18030"))


# ---------------------------------------------------------------- .doc, .wps and .ofd
def _doc_paragraphs(doc: dict) -> list:
    out = []
    for kind, text, level in paragraphs(doc):
        if kind == "table":
            out.append(text["caption"])
            out.append(text["rows"])
        elif kind == "title":
            out.append(text)
            out.append("\x13 PAGE \x141\x15")  # a page-number field in the body: its result goes, as Word shows it
        else:
            out.append(text)
    return out


def render_doc(doc: dict, path: Path) -> None:
    from writers import word97
    path.write_bytes(word97(_doc_paragraphs(doc)))


def render_ofd(doc: dict, path: Path) -> None:
    """Lines of at most 26 characters, 30 lines a page, as a fixed layout breaks them."""
    from writers import ofd
    lines = []
    for kind, text, level in paragraphs(doc):
        if kind == "table":
            lines.append(text["caption"])
            lines.extend("　".join(r) for r in text["rows"])
            continue
        first = kind == "para"
        while text:
            width = 24 if first else 26
            lines.append(("　　" if first else "") + text[:width])
            text, first = text[width:], False
    pages = [lines[i:i + 30] for i in range(0, len(lines), 30)]
    path.write_bytes(ofd(pages, seed=len(lines)))


# ---------------------------------------------------------------- pdf
def render_pdf(doc: dict, path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A5 as PAGE
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle("body", fontName="STSong-Light", fontSize=11, leading=17, firstLineIndent=22,
                          wordWrap="CJK")
    head = ParagraphStyle("head", parent=body, fontSize=12, leading=19, firstLineIndent=0, spaceBefore=6)
    title = ParagraphStyle("title", parent=body, fontSize=15, leading=24, alignment=1, firstLineIndent=0,
                           spaceAfter=10)
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=12, firstLineIndent=0)
    story = []
    for kind, text, level in paragraphs(doc):
        if kind == "table":
            story.append(Paragraph(text["caption"], head))
            t = Table([[Paragraph(c, cell) for c in row] for row in text["rows"]], repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "title":
            story.append(Paragraph(text, title))
        else:
            story.append(Paragraph(text, head if kind == "head" else body))

    def furniture(canvas, d):
        canvas.saveState()
        canvas.setFont("STSong-Light", 9)
        canvas.drawCentredString(PAGE[0] / 2, PAGE[1] - 11 * mm, doc["meta"]["title"][:40])
        canvas.drawCentredString(PAGE[0] / 2, 9 * mm, f"- {d.page} -")
        canvas.restoreState()

    pdf = SimpleDocTemplate(str(path), pagesize=PAGE, leftMargin=16 * mm, rightMargin=16 * mm, topMargin=20 * mm,
                            bottomMargin=18 * mm, title=doc["meta"]["title"], author="policyparse corpus",
                            invariant=1)
    pdf.build(story, onFirstPage=furniture, onLaterPages=furniture)


RENDER = {"docx": render_docx, "pdf": render_pdf, "html": render_html, "doc": render_doc, "wps": render_doc,
          "ofd": render_ofd}  # .wps is what WPS Office writes: the Word 97 format


def main(argv: list[str]) -> int:
    """make_corpus.py [--out DIR] [--txt-only]"""
    out = Path(argv[argv.index("--out") + 1]) if "--out" in argv else HERE
    txt_only = "--txt-only" in argv
    sources = sorted((HERE / "source").glob("*.plan"))
    for src in sources:
        doc = parse_outline(src.read_text(encoding="utf-8"))
        name = src.stem
        formats = doc["meta"].get("formats", "txt,docx,pdf,html").split(",")
        (out / f"{name}.txt").write_text(render_txt(doc), encoding=doc["meta"].get("encoding", "utf-8"))
        for ext in formats if not txt_only else ():
            if ext != "txt":
                RENDER[ext](doc, out / f"{name}.{ext}")
        g = gold(doc, name)
        g["formats"] = formats
        (out / f"{name}.gold.json").write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"{name}: {', '.join(formats)}; {len(g['sections'])} sections, {g['measure_count']} measures")
    # plans for diff: versions of one plan and one topic in two regions (expected diffs written by hand
    # in pairs/*.expected.json)
    (out / "pairs").mkdir(exist_ok=True)
    for src in sorted((HERE / "source" / "pairs").glob("*.plan")):
        doc = parse_outline(src.read_text(encoding="utf-8"))
        formats = doc["meta"].get("formats", "txt,docx").split(",")
        (out / "pairs" / f"{src.stem}.txt").write_text(render_txt(doc), encoding="utf-8")
        if "docx" in formats and not txt_only:
            render_docx(doc, out / "pairs" / f"{src.stem}.docx")
        print(f"pairs/{src.stem}: {', '.join(formats)}")
    regional_series(out / "regions")
    return 0


def regional_series(out: Path) -> None:
    """Plans of one field from many places (source/regions.json) for compare: each words and scales its
    indicators its own way. expected.json: each plan's division code and its targets' concepts."""
    spec = json.loads((HERE / "source" / "regions.json").read_text(encoding="utf-8"))
    out.mkdir(exist_ok=True)
    expected = {"_comment": "Written by make_corpus.py from source/regions.json.", "plans": {}}
    for i, (full, short, code) in enumerate(spec["regions"]):
        lvl = short[-1]
        lines = [spec["title"].format(short=short), "", f"为推进{full}教育现代化，制定本规划。", "一、发展目标"]
        concepts = []
        for j, ind in enumerate(spec["indicators"]):
            name = ind["variants"][(i + j) % len(ind["variants"])].format(lvl=lvl)
            v = ind["values"][(i + 2 * j) % len(ind["values"])]
            unit = ind["unit"][i % len(ind["unit"])]
            v = round(v * ind.get("scale", {}).get(unit, 1), 6)
            text = ind.get("sentence", "到2025年，{ind}" + ind["cmp"] + "。")
            lines.append(text.format(ind=name, v=f"{v:g}", u=unit))
            concepts.append(ind["concept"])
        lines += ["二、保障措施", f"{short}教育局牵头，各有关部门按职责分工落实。"]
        name = f"{code}_{short}.txt"
        (out / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
        expected["plans"][name] = {"region_code": code, "concepts": concepts}
    (out / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"regions: {len(spec['regions'])} plans")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

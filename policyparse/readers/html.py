"""Saved government web pages (.html/.htm/.shtml): the plan's text out of the page, and the page's own
metadata (the <meta name="ArticleTitle"> family and the 信息公开 header table: 索引号, 发布机构, 文号,
成文日期 …) kept for the Plan.

The content block is found the way readability-style extractors find it, on counts rather than on
any one portal's markup: every element's text that is not link text is summed bottom-up, and the walk
goes down from <body> into the child that holds most of it, until no child holds most. Link text is
what navigation, related-links lists and footers are made of, so they fall away; a block the portals'
templates name as content (TRS_Editor, zoom …) is taken when it holds most of the text. Inside the
chosen block, small elements whose class/id names page furniture (share bars, print buttons) go.
Paragraphs, <br>, list items (with the label an <ol> shows but does not write), and data tables are
kept; layout tables are read as the blocks they hold."""
from __future__ import annotations

import re
from functools import lru_cache

import regex

from ..data import load
from ..errors import CorruptDocument, DocumentTooLarge, EmptyDocument
from . import RawBlock, RawDocument

_BLOCK = frozenset("p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd tr td th table section article main blockquote "
                   "pre center form hr figure figcaption address tbody thead tfoot caption body".split())
# what the walk may go down into: blocks that hold paragraphs, never a paragraph itself (a plan with
# one long paragraph and a table must keep the table)
_CONTAINERS = frozenset("div section article main td th table tbody tr form center font".split())
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-]{2,20})""", re.IGNORECASE)
_SINGLE_BYTE = frozenset("iso-8859-1 latin-1 latin1 l1 windows-1252 cp1252 us-ascii ascii".split())
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>")
_WS = regex.compile(r"[\s\u3000\xa0\u200b\ufeff]+")
_WIDE = regex.compile(r"[\p{Han}\u3000-\u303f\uff00-\uffef“”‘’—…、]")
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


@lru_cache(maxsize=1)
def _rules():
    d = load("html")
    labels = sorted(d["header_fields"], key=len, reverse=True)
    # 索引号：X  发布机构：Y on one line, or a label cell (索 引 号) before its value cell
    field = regex.compile(r"(?:^|(?<=\s))(" + "|".join(r"\s*".join(map(regex.escape, w)) for w in labels)
                          + r")\s*[：:]\s*(.{1,80}?)\s*(?=(?:" + "|".join(map(regex.escape, labels)) + r")\s*[：:]|$)")
    return dict(drop_tags=frozenset(d["drop_tags"]), drop=regex.compile(d["drop_class_id"]),
                content=regex.compile(d["content_class_id"]), meta=d["meta_fields"], header=d["header_fields"],
                field=field, label_only=regex.compile(r"\s*(" + "|".join(map(regex.escape, labels)) + r")\s*[：:]?\s*"),
                title_suffix=regex.compile(d["title_suffix"]), min_chars=d["min_text_chars"], max_bytes=d["max_bytes"])


def decode(data: bytes, name: str) -> tuple[str, str, list[tuple[str, str]]]:
    """The page's text: UTF-8 when the bytes are UTF-8 (a page saved by a browser is, whatever its old
    <meta> still says; GB18030 would read those bytes without an error, as nonsense); else in the
    charset it declares (GB2312 read as its superset GB18030); else sniffed like a .txt file."""
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-8-sig"), "utf-8", []
        except UnicodeDecodeError:
            pass
    declared = _CHARSET.search(data[:4096])
    if declared and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        enc = declared.group(1).decode("ascii").lower()
        enc = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "utf8": "utf-8"}.get(enc, enc)
        try:
            if enc not in _SINGLE_BYTE:  # these decode any bytes: a Chinese page declaring one is sniffed
                return data.decode(enc), enc, []
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common (a GBK page saved as UTF-8 keeps its old <meta>)
    from .txt import decode as sniffed
    return sniffed(data, name)


def read(data: bytes, path: str, digest: str) -> RawDocument:
    r = _rules()
    if len(data) > r["max_bytes"]:
        raise DocumentTooLarge(path, f"web page is {len(data) / 1e6:.0f} MB, over the "
                                     f"{r['max_bytes'] // 2**20} MiB a page of one plan can be")
    text, encoding, problems = decode(data, path)
    # characters XML cannot hold: libxml2's HTML parser lets them through, then lxml refuses them as
    # text when an element is dropped (a damaged page, or one with stray control bytes)
    root = _parse(_NOT_XML.sub("", _XML_DECL.sub("", text)), path)
    meta = _page_meta(root, r)
    page_title = _page_title(root, r)
    for el in [e for e in root.iter() if not isinstance(e.tag, str) or e.tag in r["drop_tags"]
               or _HIDDEN.search(e.get("style") or "")]:
        if el.getparent() is not None:
            el.drop_tree()  # keeps the tail: the text after a <script> is still page text
    body = root.find(".//body")
    body = body if body is not None else root
    total, links, size = _counts(body)
    fields, header_rows = _header_fields(body, r, total, size)
    box = _content_box(body, total, links, r)
    for el in header_rows:  # the header read, its rows are no part of the plan's text
        if el is not box and el.getparent() is not None:
            el.drop_tree()
    for el in list(box.iter()):
        if el is box or not isinstance(el.tag, str):
            continue
        words = " ".join(filter(None, (el.get("class"), el.get("id"))))
        if words and r["drop"].search(words) and total.get(el, 0) - links.get(el, 0) < 0.15 * (total[box] - links[box]):
            if el.getparent() is not None:
                el.drop_tree()
    blocks = _render(box)
    plain = sum(len(b.text) for b in blocks if b.kind != "table")
    # a list page is mostly links (dates between them are no plan); a login or error page is short
    if (plain - links.get(box, 0) < r["min_chars"] and not any(b.kind == "table" for b in blocks)) or \
            links.get(box, 0) > 0.5 * total.get(box, 0):
        raise EmptyDocument(path, "web page holds no plan text (a list, login or error page?)")
    meta.update({k: v for k, v in fields.items() if k not in meta or k == "doc_number"})
    title = meta.get("title") or meta.get("title_fallback") or page_title
    if title:
        meta["title"] = title
        head = "".join(b.text for b in blocks[:6])[:400]
        if _WS.sub("", title) not in _WS.sub("", head):
            blocks.insert(0, RawBlock(title, "heading"))  # the headline stands above the content block
    meta.pop("title_fallback", None)
    if "issuer" not in meta and "issuer_fallback" in meta:
        meta["issuer"] = meta["issuer_fallback"]
    meta.pop("issuer_fallback", None)
    return RawDocument(path, "html", digest, len(data), blocks, encoding=encoding, problems=problems, meta=meta)


def _parse(text: str, path: str):
    from lxml import etree, html
    try:
        parser = html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, recover=True)
        root = html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as e:
        raise EmptyDocument(path, f"web page has no content ({e.__class__.__name__})") from None
    except etree.LxmlError as e:
        raise CorruptDocument(path, f"web page cannot be parsed ({e.__class__.__name__})") from None
    return root


def _squash(s: str) -> str:
    """Whitespace as a reader sees it: none between Chinese characters (the source's line breaks and
    &nbsp; indents), one space between Latin words."""
    def one(m):
        a, b = m.string[m.start() - 1:m.start()], m.string[m.end():m.end() + 1]
        return "" if not a or not b or _WIDE.match(a) or _WIDE.match(b) else " "
    return _WS.sub(one, s).strip()


def _counts(body):
    """{element: characters of text under it}, {element: of them in links}, {element: elements under
    it}, in one walk from the leaves up (text_content per element would be quadratic in the depth)."""
    from lxml import etree
    total, links, size = {}, {}, {}
    for ev, el in etree.iterwalk(body, events=("end",)):
        n = len(_WS.sub("", el.text or "")) if isinstance(el.tag, str) else 0
        k, z = 0, 1
        for ch in el:
            n += total.get(ch, 0) + len(_WS.sub("", ch.tail or ""))
            k += links.get(ch, 0)
            z += size.get(ch, 1)
        total[el], size[el] = n, z
        links[el] = n if el.tag == "a" else k
    return total, links, size


def _content_box(body, total, links, r):
    def own(e):
        return total.get(e, 0) - links.get(e, 0)
    whole = own(body)
    named = [e for e in body.iter() if isinstance(e.tag, str) and r["content"].search(
        " ".join(filter(None, (e.get("class"), e.get("id"))))) and own(e) >= 0.5 * whole]
    if named:
        return min(named, key=own)  # the innermost of the portal's own content blocks
    box = body
    while True:
        best = max((c for c in box if c.tag in _CONTAINERS), key=own, default=None)
        if best is None or own(best) < 0.8 * own(box):
            return box
        box = best


def _header_fields(body, r, total, size) -> tuple[dict, list]:
    """The 信息公开 header: label and value in one cell or line (索引号：X), or a label cell then its
    value cell. The first value of each field wins (the plan's own text comes later on the page).
    Only small elements are read: a header row is short, and reading every ancestor would be quadratic.
    Returns the fields and the rows they were read from."""
    out: dict = {}
    rows = []
    header, field, label_only = r["header"], r["field"], r["label_only"]
    for row in body.iter("tr", "li", "p", "div", "span", "dd", "dt"):
        if not 2 <= total.get(row, 0) <= 600 or size.get(row, 1) > 60:
            continue
        cells = [c for c in row if isinstance(c.tag, str) and c.tag in ("td", "th", "span", "b", "strong", "label",
                                                                          "em", "dt", "dd")] if row.tag in ("tr", "li", "p", "div") else []
        texts = [_squash(c.text_content()) for c in cells]
        for i, t in enumerate(texts[:-1]):  # 发布机构 | 市政府办公室
            m = label_only.fullmatch(t)
            if m and texts[i + 1] and not label_only.fullmatch(texts[i + 1]):
                out.setdefault(header[_no_space(m.group(1))], texts[i + 1][:80])
                rows.append(row)
        if row.tag in ("tr", "div") and len(row):
            continue
        for m in field.finditer(_squash(row.text_content())[:600]):
            key = header.get(_no_space(m.group(1)))
            if key and m.group(2):
                out.setdefault(key, m.group(2).strip())
                if m.start() == 0:
                    rows.append(row)
    for key in ("date_written", "date_published"):
        if key in out:
            d = _iso_date(out[key])
            out.pop(key) if d is None else out.__setitem__(key, d)
    return out, rows


def _no_space(s: str) -> str:
    return _WS.sub("", s)


_DATE = regex.compile(r"((?:19|20)\d\d)\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})")


def _iso_date(s: str):
    m = _DATE.search(s)
    if not m or not (1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31):
        return None
    return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"


def _page_meta(root, r) -> dict:
    out = {}
    for m in root.iter("meta"):
        key = r["meta"].get(m.get("name") or m.get("property") or "")
        value = _squash(m.get("content") or "")
        if key and value and key not in out:
            out[key] = _iso_date(value) if key.startswith("date") else value
    canonical = next((x.get("href") for x in root.iter("link") if (x.get("rel") or "").lower() == "canonical"), None)
    if canonical and "url" not in out:  # the page's own address: a date in it dates a page whose text has none
        out["url"] = _squash(canonical)
    return {k: v for k, v in out.items() if v}


def _page_title(root, r):
    """The page's headline (<h1>), else its <title> without the site's name (…_某市人民政府网)."""
    h = next(iter(root.iter("h1")), None)
    headline = _squash(h.text_content())[:200] if h is not None else ""
    if len(headline) >= 6:
        return headline
    t = root.find(".//title")
    title = r["title_suffix"].sub("", _squash(t.text_content())[:300]) if t is not None else ""
    return title if len(title) >= 4 else None


def _ol_label(n: int, kind: str) -> str:
    if kind in ("a", "A"):
        s = chr(ord("a") + (n - 1) % 26)
        return (s.upper() if kind == "A" else s) + "."
    if kind in ("i", "I"):
        from .docx import _roman
        s = _roman(n)
        return (s.upper() if kind == "I" else s) + "."
    return f"{n}."


def _data_table(table) -> list[list[str]] | None:
    """A table of data (rows of short cells) → its rows; a layout table (one cell a row, long cells,
    tables inside) → None, and its cells are read as blocks."""
    if table.find(".//table") is not None:
        return None
    rows = []
    for tr in table.iter("tr"):
        row = []
        for c in tr:
            if c.tag in ("td", "th"):
                text = _squash(c.text_content())
                if len(text) > 400:
                    return None
                row.append(text)
                try:
                    span = min(int(c.get("colspan") or 1), 50)
                except ValueError:
                    span = 1
                row += [""] * (span - 1)
        if any(row):
            rows.append(row)
    if len(rows) < 2 or sum(1 for row in rows if len(row) >= 2) * 2 < len(rows):
        return None
    return rows


def _render(box) -> list[RawBlock]:
    from lxml import etree
    blocks: list[RawBlock] = []
    buf: list[str] = []
    lists: list[list] = []  # per open <ol>/<ul>: [count, type or None for <ul>]

    def flush():
        text = _squash("".join(buf))
        buf.clear()
        if text:
            blocks.append(RawBlock(text))

    walker = etree.iterwalk(box, events=("start", "end"))
    for ev, el in walker:
        tag = el.tag if isinstance(el.tag, str) else ""
        if ev == "start":
            if tag in _BLOCK or tag == "br":
                flush()
            if tag == "table":
                rows = _data_table(el)
                if rows is not None:
                    blocks.append(RawBlock.table(rows))
                    walker.skip_subtree()
                    continue
            if tag in ("ol", "ul"):
                try:
                    first = int(el.get("start") or 1)
                except ValueError:
                    first = 1
                lists.append([first - 1, (el.get("type") or "1") if tag == "ol" else None])
            elif tag == "li" and lists and lists[-1][1] is not None:
                lists[-1][0] += 1
                buf.append(_ol_label(lists[-1][0], lists[-1][1]))  # an <ol> shows its numbers, the text has none
            if el.text and tag:
                buf.append(el.text)
        else:
            if tag in _BLOCK:
                flush()
            if tag in ("ol", "ul") and lists:
                lists.pop()
            if el is not box and el.tail:
                buf.append(el.tail)
    flush()
    return blocks

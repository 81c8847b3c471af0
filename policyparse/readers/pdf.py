"""PDF with a text layer. Per page: fake-bold duplicates collapsed, tables cut out and kept as tables,
running headers/footers and page numbers dropped; wrapped CJK lines joined back into paragraphs
without inserting spaces. Scanned pages and (cid:N) fonts are 'no usable text layer'.

Two engines give the same lines: PDFium (pypdfium2, ~10x faster) reads pages with no ruling lines,
pdfplumber reads the pages that have some (its table finder needs them) — or every page when
POLICYPARSE_PDF_ENGINE=pdfplumber. Both feed one assembly step."""
from __future__ import annotations

import io
import os
from collections import Counter

import regex

from ..data import line_label
from ..errors import CorruptDocument, DocumentTooLarge, EncryptedDocument, NoTextLayer, PolicyParseError
from . import RawBlock, RawDocument

MAX_PAGES = 3000
_CID = regex.compile(r"\(cid:\d+\)")
_PAGE_NO = regex.compile(r"^\s*(?:[-—–－·•]\s*)?(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[/／]\s*\d{1,4}|\s*共\s*\d{1,4}\s*页)?(?:\s*[-—–－·•])?\s*$")
_DIGITS = regex.compile(r"\d+")
_SENT_END = "。！？；：!?;:"
_OPEN = "（(《“‘【、，,"


def _open(data: bytes, path: str):
    import pdfplumber

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        pdf.pages  # forces the page tree to load, where most corruption shows
        return pdf
    except PolicyParseError:
        raise
    except Exception as e:  # pdfminer raises many unrelated classes; their names say enough
        name = _cause_name(e)
        if "Password" in name or "Encrypt" in name:
            raise EncryptedDocument(path) from None
        raise CorruptDocument(path, f"corrupt or truncated PDF ({name})") from None


def _cause_name(e: BaseException) -> str:
    """pdfplumber wraps pdfminer's errors in PdfminerException; the wrapped one says what happened."""
    inner = e.args[0] if e.args and isinstance(e.args[0], BaseException) else (e.__cause__ or e.__context__)
    return inner.__class__.__name__ if inner is not None else e.__class__.__name__


def read(data: bytes, path: str, digest: str) -> RawDocument:
    engine = os.environ.get("POLICYPARSE_PDF_ENGINE", "auto")
    return _read_plumber(data, path, digest) if engine == "pdfplumber" else _read_fast(data, path, digest)


_RULED = 4  # path objects that make a page worth pdfplumber's table finder (a header rule is one or two)
_LINE_BREAK = regex.compile(r"\r\n|\r|\n")


def _read_fast(data: bytes, path: str, digest: str) -> RawDocument:
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        if "password" in str(e).lower():
            raise EncryptedDocument(path) from None
        raise CorruptDocument(path, f"corrupt or truncated PDF ({str(e).split('(')[-1].rstrip(').') or 'PDFium'})") from None
    plumber = None
    try:
        n = len(doc)
        if n > MAX_PAGES:
            raise DocumentTooLarge(path, f"{n} pages, over the {MAX_PAGES}-page limit")
        pages = []
        for i in range(n):
            try:
                page = doc[i]
                if _ruled(page, pdfium_c):
                    plumber = plumber or _open(data, path)
                    pages.append(_read_page(plumber.pages[i], i + 1))
                else:
                    pages.append(_fast_page(page, i + 1, pdfium_c))
                page.close()
            except PolicyParseError:
                raise
            except Exception as e:
                raise CorruptDocument(path, f"page {i + 1} cannot be read ({_cause_name(e)})") from None
    finally:
        if plumber is not None:
            plumber.close()
        doc.close()
    return _assemble(pages, path, digest, len(data), n)


def _ruled(page, pdfium_c) -> bool:
    raw, paths = page.raw, 0
    for k in range(pdfium_c.FPDFPage_CountObjects(raw)):
        if pdfium_c.FPDFPageObj_GetType(pdfium_c.FPDFPage_GetObject(raw, k)) == pdfium_c.FPDF_PAGEOBJ_PATH:
            paths += 1
            if paths >= _RULED:
                return True
    return False


def _fast_page(page, number: int, pdfium_c):
    """The page's lines as pdfplumber's extract_text_lines gives them (text, x0, x1, top, bottom from
    the page's top), from PDFium's own line breaking: one call for the text, a few per line for where
    it stands."""
    width, height = page.get_width(), page.get_height()
    tp = page.get_textpage()
    text = tp.get_text_range()  # one character per PDFium char index, line breaks included
    raw = tp.raw
    lines, pos, nchars = [], 0, 0
    for m in _LINE_BREAK.finditer(text + "\n"):
        line, start = text[pos:m.start()], pos
        pos = m.end()
        stripped = line.strip()
        if not stripped:
            continue
        nchars += len(stripped)
        i0 = start + (len(line) - len(line.lstrip()))
        i1 = start + len(line.rstrip()) - 1
        x0, _, _, _ = tp.get_charbox(i0)
        _, _, x1, _ = tp.get_charbox(i1)
        size = pdfium_c.FPDFText_GetFontSize(raw, i0) or 10.0
        left, bottom, right, top = tp.get_charbox(i0, loose=True)
        base = height - bottom if top > bottom else height - (bottom - 0.12 * size)
        lines.append(dict(text=stripped, x0=x0, x1=max(x1, x0), top=base - size, bottom=base, page=number))
    tp.close()
    bad = text.count("\ufffd") + sum(1 for ch in text if ch < " " and ch not in "\r\n\t")
    if bad > 0.3 * max(1, nchars):
        lines = [dict(ln, text="(cid:0)" * len(ln["text"])) for ln in lines]  # no Unicode map: as pdfplumber says it
    return dict(number=number, width=width, height=height, lines=lines, tables=[], nchars=nchars)


def _read_plumber(data: bytes, path: str, digest: str) -> RawDocument:
    pdf = _open(data, path)
    try:
        n = len(pdf.pages)
        if n > MAX_PAGES:
            raise DocumentTooLarge(path, f"{n} pages, over the {MAX_PAGES}-page limit")
        pages = []
        for i, page in enumerate(pdf.pages, 1):
            try:
                pages.append(_read_page(page, i))
            except PolicyParseError:
                raise
            except Exception as e:
                name = _cause_name(e)
                if "Password" in name or "Encrypt" in name:
                    raise EncryptedDocument(path) from None
                raise CorruptDocument(path, f"page {i} cannot be read ({name})") from None
    finally:
        pdf.close()
    return _assemble(pages, path, digest, len(data), n)


def _read_page(page, number: int):
    page = page.dedupe_chars(tolerance=1)
    width, height = float(page.width), float(page.height)
    tables = []
    if page.rects or page.lines:  # ruling lines are what pdfplumber's table finder needs; skip the cost otherwise
        for t in page.find_tables():
            rows = [[(c or "").replace("\n", "") for c in row] for row in t.extract()]
            if len(rows) >= 2 or (rows and len(rows[0]) >= 2):
                tables.append((t.bbox, rows))
    text_page = page
    if tables:
        boxes = [t[0] for t in tables]

        def outside(obj):
            cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
            return not any(b[0] <= cx <= b[2] and b[1] <= cy <= b[3] for b in boxes)

        text_page = page.filter(outside)
    lines = [dict(text=ln["text"], x0=ln["x0"], x1=ln["x1"], top=ln["top"], bottom=ln["bottom"], page=number)
             for ln in text_page.extract_text_lines(return_chars=False) if ln["text"].strip()]
    nchars = len(page.chars)
    return dict(number=number, width=width, height=height, lines=lines, tables=tables, nchars=nchars)


_GARBLED_MIN_HAN = 40  # fewer Han characters say too little to judge
_GARBLED_COMMON = 0.3  # under this share of common characters, the Han text is a font's private codes


def garbled(text: str) -> bool:
    """A text layer whose fonts have no true Unicode map but map glyphs onto rare CJK code points
    (犐犆犛狌狉…): plenty of Han characters, almost none of them common."""
    from .txt import common_share, han_count
    return han_count(text) >= _GARBLED_MIN_HAN and common_share(text) < _GARBLED_COMMON


def _rare_sample(text: str) -> list[str]:
    from .txt import is_common
    return [c for c in text if "\u4e00" <= c <= "\u9fff" and not is_common(c)][:6]


def _assemble(pages, path: str, digest: str, size: int, n: int) -> RawDocument:
    problems: list[tuple[str, str]] = []
    total = sum(p["nchars"] for p in pages)
    # the text in tables is text too: a 任务分解表 attachment may hold nothing else
    alltext = "".join(ln["text"] for p in pages for ln in p["lines"]) + \
        "".join(c for p in pages for _, rows in p["tables"] for row in rows for c in row)
    if total == 0 or not alltext.strip():
        raise NoTextLayer(path)
    cid = sum(len(m) for m in _CID.findall(alltext))
    if cid > 0.3 * len(alltext):
        raise NoTextLayer(path, "PDF fonts have no Unicode map (text comes out as (cid:N)); OCR it first")
    if garbled(alltext):
        raise NoTextLayer(path, "PDF text layer is garbled (fonts map to rare characters, e.g. "
                                f"{''.join(_rare_sample(alltext))}…); OCR it first")
    empty = [p["number"] for p in pages if p["nchars"] == 0]
    if empty:
        problems.append(("no_text_layer", f"pages without text (scanned?): {', '.join(map(str, empty[:20]))}"))
    _drop_furniture(pages, problems)
    blocks: list[RawBlock] = []
    para: RawBlock | None = None
    prev = None
    for p in pages:
        items = [("line", ln["top"], ln) for ln in p["lines"]] + [("table", t[0][1], t) for t in p["tables"]]
        items.sort(key=lambda x: x[1])
        # the column's right edge: the middle of the five longest lines (one line of digits or Latin
        # can run past the column, and the max would make no line full)
        ends = sorted(ln["x1"] for ln in p["lines"])[-5:]
        right = ends[len(ends) // 2] if ends else p["width"]
        left = min((ln["x0"] for ln in p["lines"]), default=0.0)
        for kind, _, item in items:
            if kind == "table":
                rows = item[1]
                blocks.append(RawBlock.table(rows, page=p["number"]))
                para, prev = None, None
                continue
            ln = item
            # a character's width: the line's height, unless the line's own width per character says less
            # (some PDFs give boxes far taller than their glyphs, and every line would look full)
            per_char = (ln["x1"] - ln["x0"]) / max(1, len(ln["text"].strip()))
            char_w = max(4.0, min(ln["bottom"] - ln["top"], 2 * per_char))
            ln["full"] = ln["x1"] >= right - 1.5 * char_w
            ln["indented"] = ln["x0"] > left + 0.8 * char_w
            tail = prev["text"].rstrip()[-1:] if prev is not None else ""
            # a full line that stops mid-sentence continues; so does any line left on an open bracket or
            # comma; never across a blank stretch of the page (a signature date and the 印发 line below it)
            near = prev is None or prev.get("page") != ln.get("page") or \
                ln["top"] - prev["bottom"] <= 1.5 * (ln["bottom"] - ln["top"])
            joins = (para is not None and prev is not None and near and not line_label().match(ln["text"])
                     and ((prev["full"] and tail not in _SENT_END and not ln["indented"]) or tail in _OPEN))
            if joins and para is not None:
                para.text += ln["text"].strip()
            else:
                para = RawBlock(ln["text"].strip(), "paragraph", page=p["number"])
                blocks.append(para)
            prev = ln
    return RawDocument(path, "pdf", digest, size, blocks, pages=n, problems=problems)


def _drop_furniture(pages, problems) -> None:
    """Remove page numbers and lines repeated at the top or bottom of most pages."""
    edge = Counter()
    for p in pages:
        seen = set()
        for ln in p["lines"]:
            if ln["top"] < 0.1 * p["height"] or ln["bottom"] > 0.9 * p["height"]:
                key = _DIGITS.sub("#", ln["text"].strip())
                if key not in seen:
                    seen.add(key)
                    edge[key] += 1
    repeated = {k for k, c in edge.items() if c >= 2 and c >= 0.5 * len(pages)}
    removed = 0
    for p in pages:
        keep = []
        for ln in p["lines"]:
            at_edge = ln["top"] < 0.1 * p["height"] or ln["bottom"] > 0.9 * p["height"]
            if at_edge and (_PAGE_NO.match(ln["text"]) or _DIGITS.sub("#", ln["text"].strip()) in repeated):
                removed += 1
                continue
            keep.append(ln)
        p["lines"] = keep
    if removed:
        problems.append(("page_furniture", f"removed {removed} running header/footer or page-number lines"))

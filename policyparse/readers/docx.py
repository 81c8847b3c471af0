"""Word .docx: body paragraphs and tables in document order, with Word's automatic numbering
rendered into the label a reader sees (python-docx's paragraph.text leaves those labels out, and
the structure of most plans hangs on them). Headers, footers and field results such as PAGE are
not in the body stream and are skipped."""
from __future__ import annotations

import io
import zipfile
import zlib
from typing import Optional

from ..errors import CorruptDocument, DocumentTooLarge, EncryptedDocument, UnsupportedFormat
from ..numbers import CIRCLED, FULLSTOP_DIGITS, PAREN_DIGITS, int_to_cn
from . import RawBlock, RawDocument

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
MAX_XML_BYTES = 64 * 1024 * 1024  # inflated size cap per part: a zip bomb stops here
MAX_TOTAL_BYTES = 256 * 1024 * 1024

_IDEOGRAPH = "甲乙丙丁戊己庚辛壬癸"
_ZODIAC = "子丑寅卯辰巳午未申酉戌亥"


def _roman(n: int) -> str:
    out = ""
    for v, s in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
                 (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= v:
            out, n = out + s, n - v
    return out


def format_number(n: int, fmt: str) -> str:
    """Render counter n in Word's numFmt."""
    if fmt in ("decimal", "decimalZero"):
        return f"{n:02d}" if fmt == "decimalZero" and n < 10 else str(n)
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
               "taiwaneseCountingThousand", "ideographDigital", "japaneseDigitalTenThousand"):
        return int_to_cn(n)
    if fmt in ("chineseLegalSimplified", "ideographLegalTraditional", "japaneseLegal"):
        return int_to_cn(n, legal=True)
    if fmt == "ideographTraditional":
        return _IDEOGRAPH[(n - 1) % 10]
    if fmt == "ideographZodiac":
        return _ZODIAC[(n - 1) % 12]
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle"):
        return CIRCLED[n - 1] if 1 <= n <= 20 else str(n)
    if fmt == "decimalEnclosedParen":
        return PAREN_DIGITS[n - 1] if 1 <= n <= 20 else f"({n})"
    if fmt == "decimalEnclosedFullstop":
        return FULLSTOP_DIGITS[n - 1] if 1 <= n <= 20 else f"{n}."
    if fmt == "decimalFullWidth" or fmt == "decimalFullWidth2":
        return "".join(chr(ord(c) + 0xFEE0) for c in str(n))
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt in ("upperLetter", "lowerLetter"):
        s = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return s.upper() if fmt == "upperLetter" else s
    if fmt in ("bullet", "none"):
        return ""
    return str(n)


class _Level:
    __slots__ = ("start", "fmt", "text", "restart", "legal")

    def __init__(self, el=None):
        self.start, self.fmt, self.text, self.restart, self.legal = 1, "decimal", "", None, False
        if el is not None:
            self.update(el)

    def update(self, el):
        for child in el:
            tag, val = child.tag, child.get(W + "val")
            if tag == W + "start" and val is not None and val.lstrip("-").isdigit():
                self.start = int(val)
            elif tag == W + "numFmt" and val:
                self.fmt = val
            elif tag == W + "lvlText":
                self.text = val or ""
            elif tag == W + "lvlRestart" and val is not None and val.isdigit():
                self.restart = int(val)
            elif tag == W + "isLgl":
                self.legal = val not in ("0", "false")


class Numbering:
    """numbering.xml: num -> abstractNum levels, with counters that behave like Word's."""

    def __init__(self, root):
        self.abstract: dict[str, dict[int, _Level]] = {}
        self.nums: dict[str, tuple[str, dict[int, _Level], set[int]]] = {}
        self.counters: dict[str, list[Optional[int]]] = {}
        if root is None:
            return
        by_style: dict[str, dict[int, _Level]] = {}
        links: dict[str, str] = {}
        for an in root.iter(W + "abstractNum"):
            levels = {int(lvl.get(W + "ilvl", "0")): _Level(lvl) for lvl in an.iter(W + "lvl")}
            aid = an.get(W + "abstractNumId")
            self.abstract[aid] = levels
            style_link, num_style_link = an.find(W + "styleLink"), an.find(W + "numStyleLink")
            if style_link is not None:
                by_style[style_link.get(W + "val")] = levels
            if num_style_link is not None:
                links[aid] = num_style_link.get(W + "val")
        for aid, style in links.items():
            # a list that points at a numbering style takes its levels from the list defining that style
            if style in by_style:
                self.abstract[aid] = by_style[style]
        for num in root.iter(W + "num"):
            aid_el = num.find(W + "abstractNumId")
            if aid_el is None:
                continue
            aid = aid_el.get(W + "val")
            levels = dict(self.abstract.get(aid, {}))
            overridden: set[int] = set()
            for ov in num.iter(W + "lvlOverride"):
                ilvl = int(ov.get(W + "ilvl", "0"))
                base = levels.get(ilvl) or _Level()
                lvl = _Level()
                lvl.start, lvl.fmt, lvl.text, lvl.restart, lvl.legal = base.start, base.fmt, base.text, base.restart, base.legal
                new = ov.find(W + "lvl")
                if new is not None:
                    lvl.update(new)
                so = ov.find(W + "startOverride")
                if so is not None and (so.get(W + "val") or "").isdigit():
                    lvl.start = int(so.get(W + "val"))
                    overridden.add(ilvl)
                levels[ilvl] = lvl
            self.nums[num.get(W + "numId")] = (aid, levels, overridden)

    def label(self, num_id: str, ilvl: int) -> Optional[str]:
        """Advance the counter of (num_id, ilvl) and return the rendered label ('' for bullets/none)."""
        entry = self.nums.get(num_id)
        if entry is None or num_id == "0":
            return None
        aid, levels, overridden = entry
        # Lists sharing an abstractNum continue one another unless a startOverride restarts them.
        key = f"num:{num_id}" if overridden else f"abs:{aid}"
        counters = self.counters.setdefault(key, [None] * 9)
        ilvl = max(0, min(8, ilvl))
        lvl = levels.get(ilvl) or _Level()
        counters[ilvl] = lvl.start if counters[ilvl] is None else counters[ilvl] + 1
        for deeper in range(ilvl + 1, 9):
            d = levels.get(deeper)
            if d is None or d.restart != 0:
                counters[deeper] = None
        if lvl.fmt in ("bullet", "none"):
            return ""
        out, text, i = [], lvl.text, 0
        while i < len(text):
            c = text[i]
            if c == "%" and i + 1 < len(text) and text[i + 1].isdigit():
                n = int(text[i + 1]) - 1
                ref = levels.get(n) or _Level()
                value = counters[n] if counters[n] is not None else ref.start
                out.append(format_number(value, "decimal" if lvl.legal else ref.fmt))
                i += 2
            else:
                out.append(c)
                i += 1
        return "".join(out)


class Styles:
    def __init__(self, root):
        self.info: dict[str, tuple[str, Optional[str], Optional[tuple[str, int]], Optional[int]]] = {}
        if root is None:
            return
        for st in root.iter(W + "style"):
            sid = st.get(W + "styleId")
            name_el, based_el = st.find(W + "name"), st.find(W + "basedOn")
            name = (name_el.get(W + "val") if name_el is not None else sid) or ""
            based = based_el.get(W + "val") if based_el is not None else None
            numpr, outline = _ppr_numbering(st.find(W + "pPr"))
            self.info[sid] = (name, based, numpr, outline)

    def resolve(self, sid: Optional[str]):
        """(name, numPr, outline level) following basedOn."""
        name, numpr, outline, seen = None, None, None, set()
        while sid and sid in self.info and sid not in seen:
            seen.add(sid)
            n, based, np_, ol = self.info[sid]
            name = name or n
            numpr = numpr or np_
            outline = outline if outline is not None else ol
            sid = based
        return name or "", numpr, outline


def _ppr_numbering(ppr) -> tuple[Optional[tuple[Optional[str], Optional[int]]], Optional[int]]:
    """(numPr, outline level) of a paragraph's or a style's w:pPr."""
    if ppr is None:
        return None, None
    np_el, ol = ppr.find(W + "numPr"), ppr.find(W + "outlineLvl")
    outline = int(ol.get(W + "val")) if ol is not None and (ol.get(W + "val") or "").isdigit() else None
    return (_numpr(np_el) if np_el is not None else None), outline


def _numpr(el) -> tuple[Optional[str], Optional[int]]:
    """(numId, ilvl) of a w:numPr; either may be absent and then comes from the style."""
    nid, ilvl = el.find(W + "numId"), el.find(W + "ilvl")
    lvl = ilvl.get(W + "val") if ilvl is not None else None
    return (nid.get(W + "val") if nid is not None else None), (int(lvl) if (lvl or "").isdigit() else None)


def _para_text(p) -> str:
    """Visible text of a paragraph: runs, tabs and breaks; no deleted text, no field codes, no PAGE results."""
    out: list[str] = []
    field_stack: list[list] = []  # per open complex field: [instr, in_result]

    def walk(el):
        for child in el:
            tag = child.tag
            if tag == MC_FALLBACK:
                continue  # the mc:Choice branch already holds the same text
            if tag == W + "fldChar":
                kind = child.get(W + "fldCharType")
                if kind == "begin":
                    field_stack.append(["", False])
                elif kind == "separate" and field_stack:
                    field_stack[-1][1] = True
                elif kind == "end" and field_stack:
                    field_stack.pop()
                continue
            if tag == W + "instrText":
                if field_stack:
                    field_stack[-1][0] += child.text or ""
                continue
            if tag == W + "fldSimple":
                instr = (child.get(W + "instr") or "").strip().upper()
                if instr.startswith(("PAGE", "NUMPAGES", "SECTIONPAGES")):
                    continue
            if tag in (W + "delText", W + "del"):
                continue
            if tag == W + "t":
                if field_stack and field_stack[-1][0].strip().upper().startswith(("PAGE", "NUMPAGES", "SECTIONPAGES")):
                    continue
                out.append(child.text or "")
            elif tag == W + "tab":
                out.append("\t")
            elif tag in (W + "br", W + "cr"):
                out.append("\n")
            elif tag == W + "pPr" or tag == W + "rPr":
                continue
            else:
                walk(child)

    walk(p)
    return "".join(out)


def _read_part(zf: zipfile.ZipFile, name: str, path: str) -> Optional[bytes]:
    try:
        info = zf.getinfo(name)
    except KeyError:
        return None
    if info.file_size > MAX_XML_BYTES:
        raise DocumentTooLarge(path, f"{name} inflates to {info.file_size / 1e6:.0f} MB (zip bomb guard)")
    with zf.open(info) as fh:
        data = fh.read(MAX_XML_BYTES + 1)  # the header may lie about the size
    if len(data) > MAX_XML_BYTES:
        raise DocumentTooLarge(path, f"{name} inflates past {MAX_XML_BYTES // 2**20} MiB (zip bomb guard)")
    return data


def _parse_xml(data: Optional[bytes], name: str, path: str):
    if data is None:
        return None
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as e:
        raise CorruptDocument(path, f"{name} is not well-formed XML ({e.msg})") from None


def read(data: bytes, path: str, digest: str) -> RawDocument:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise CorruptDocument(path, "corrupt or truncated zip archive (not a readable .docx)") from None
    except NotImplementedError as e:  # a zip version or compression method no .docx uses: damaged bytes
        raise CorruptDocument(path, f"damaged zip archive ({e})") from None
    names = {i.filename for i in infos}
    if "word/document.xml" not in names:
        if "EncryptionInfo" in names:
            raise EncryptedDocument(path)
        what = "a spreadsheet (.xlsx)" if "xl/workbook.xml" in names else \
               "a presentation (.pptx)" if "ppt/presentation.xml" in names else "a zip archive"
        raise UnsupportedFormat(path, f"{what}, not a Word .docx document")
    if sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
        raise DocumentTooLarge(path, "archive inflates past the size cap (zip bomb guard)")
    try:
        doc = _parse_xml(_read_part(zf, "word/document.xml", path), "word/document.xml", path)
        numbering = Numbering(_parse_xml(_read_part(zf, "word/numbering.xml", path), "word/numbering.xml", path))
        styles = Styles(_parse_xml(_read_part(zf, "word/styles.xml", path), "word/styles.xml", path))
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, zlib.error, NotImplementedError) as e:
        raise CorruptDocument(path, f"damaged archive member ({e.__class__.__name__})") from None
    except RuntimeError as e:  # zipfile raises RuntimeError for encrypted members
        raise EncryptedDocument(path, str(e)) from None
    body = doc.find(W + "body")
    if body is None:
        raise CorruptDocument(path, "word/document.xml has no body")
    blocks: list[RawBlock] = []
    problems: list[tuple[str, str]] = []
    _walk_body(body, numbering, styles, blocks, problems)
    return RawDocument(path, "docx", digest, len(data), blocks, problems=problems)


def _walk_body(parent, numbering: Numbering, styles: Styles, blocks: list[RawBlock], problems) -> None:
    for el in parent:
        tag = el.tag
        if tag == W + "p":
            blocks.append(_paragraph(el, numbering, styles))
        elif tag == W + "tbl":
            rows = []
            for tr in el.iter(W + "tr"):
                cells = []
                for tc in tr.findall(W + "tc"):
                    cells.append("".join(_para_text(p) for p in tc.iter(W + "p")).strip())
                rows.append(cells)
            text = "\n".join("\t".join(r) for r in rows)
            blocks.append(RawBlock(text, "table", rows=rows))
        elif tag in (W + "sdt", W + "sdtContent", W + "customXml", W + "ins", W + "smartTag"):
            _walk_body(el, numbering, styles, blocks, problems)


def _paragraph(p, numbering: Numbering, styles: Styles) -> RawBlock:
    ppr = p.find(W + "pPr")
    ps = ppr.find(W + "pStyle") if ppr is not None else None
    style_id = ps.get(W + "val") if ps is not None else None
    numpr, outline = _ppr_numbering(ppr)
    style_name, style_numpr, style_outline = styles.resolve(style_id)
    num_id = (numpr and numpr[0]) or (style_numpr and style_numpr[0])
    ilvl = (numpr and numpr[1]) if numpr and numpr[1] is not None else ((style_numpr and style_numpr[1]) or 0)
    text = _para_text(p)
    kind = "paragraph"
    low = style_name.lower()
    if low.startswith(("heading", "title")) or style_name.startswith("标题") or \
            (outline is not None and outline < 9) or (style_outline is not None and style_outline < 9):
        kind = "heading"
    if num_id and num_id != "0":
        label = numbering.label(num_id, ilvl)
        if label is not None:
            kind = "list_item" if kind == "paragraph" else kind
            if label and not text.lstrip().startswith(label):
                text = label + text
    return RawBlock(text, kind)

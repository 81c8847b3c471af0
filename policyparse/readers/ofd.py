"""OFD (GB/T 33190), the national fixed-layout format: a zip whose OFD.xml names the document, whose
Document.xml lists the pages, each page a Content.xml of TextObjects (a boundary box, then TextCodes
at offsets inside it). The text runs are ordered by position — the file's order is the drawing order,
not the reading order — grouped into lines by baseline, and the lines go through the PDF reader's
assembly (header/footer removal, CJK line joining). Text drawn inside composite graphic units (the
resources DocumentRes.xml/PublicRes.xml define, which some converters put every line of an article
in) and on the page's template (where red heads and page numbers live) is read too, each through its
transformation matrices (CTM). Signatures and annotations are not read."""
from __future__ import annotations

import posixpath
import zipfile
import zlib

from ..errors import CorruptDocument, DocumentTooLarge, EncryptedDocument, NoTextLayer, PolicyParseError
from . import RawDocument
from .pdf import MAX_PAGES, _assemble

MM = 72 / 25.4  # lines are measured in points, as the PDF reader's thresholds are
MAX_PART = 64 * 1024 * 1024
MAX_TOTAL = 256 * 1024 * 1024


def read(data: bytes, path: str, digest: str) -> RawDocument:
    import io

    from lxml import etree
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError, zlib.error) as e:
        raise CorruptDocument(path, f"corrupt or truncated OFD package ({e.__class__.__name__})") from None
    budget = [MAX_TOTAL]

    def xml(name: str):
        try:
            info = z.getinfo(name)
        except KeyError:
            raise CorruptDocument(path, f"OFD package lacks {name}") from None
        if info.file_size > MAX_PART or info.file_size > budget[0]:
            raise DocumentTooLarge(path, f"{name} inflates to {info.file_size / 1e6:.0f} MB")
        budget[0] -= info.file_size
        try:
            return etree.fromstring(z.read(name), etree.XMLParser(resolve_entities=False, no_network=True,
                                                                   huge_tree=False))
        except etree.XMLSyntaxError as e:
            raise CorruptDocument(path, f"OFD part {name} is not well-formed XML ({e.msg[:60]})") from None

    try:
        names = set(z.namelist())
        if any(n.lower().endswith("encryptions.xml") for n in names):
            raise EncryptedDocument(path, "OFD document is encrypted")
        root = xml("OFD.xml")
        doc_root = _text(root.find(".//{*}DocRoot"))
        if not doc_root:
            raise CorruptDocument(path, "OFD.xml names no document (DocRoot)")
        doc_name = _resolve("", doc_root)
        doc = xml(doc_name)
        base = posixpath.dirname(doc_name)
        box = _box(doc.find(".//{*}CommonData/{*}PageArea/{*}PhysicalBox")) or (0.0, 0.0, 210.0, 297.0)
        page_refs = doc.findall(".//{*}Pages/{*}Page")
        if len(page_refs) > MAX_PAGES:
            raise DocumentTooLarge(path, f"{len(page_refs)} pages, over the {MAX_PAGES}-page limit")
        units = {}  # CompositeGraphicUnit ID → its Content, from the document's resource files
        common = doc.find(".//{*}CommonData")
        for tag in ("DocumentRes", "PublicRes"):
            for res in (common.findall("{*}" + tag) if common is not None else []):
                name = _resolve(base, _text(res))
                if name in names:
                    for unit in xml(name).iter("{*}CompositeGraphicUnit"):
                        content = unit.find("{*}Content")
                        if unit.get("ID") and content is not None:
                            units[unit.get("ID")] = content
        templates = {}  # TemplatePage ID → its page content
        for tpl in (common.findall("{*}TemplatePage") if common is not None else []):
            name = _resolve(base, tpl.get("BaseLoc") or "")
            if tpl.get("ID") and name in names:
                templates[tpl.get("ID")] = xml(name)
        pages = []
        for number, ref in enumerate(page_refs, 1):
            page = xml(_resolve(base, ref.get("BaseLoc") or ""))
            page_box = _box(page.find(".//{*}Area/{*}PhysicalBox")) or box
            used = [templates[t.get("TemplateID")] for t in page.findall("{*}Template") if t.get("TemplateID") in templates]
            pages.append(_page(page, number, page_box, units, used))
    except PolicyParseError:
        raise
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, ValueError, KeyError, zlib.error) as e:
        raise CorruptDocument(path, f"corrupt OFD package ({e.__class__.__name__})") from None
    except RuntimeError:  # zipfile's answer to a member marked encrypted
        raise EncryptedDocument(path, "an OFD package member is encrypted (password protected)") from None
    if not pages:
        raise CorruptDocument(path, "OFD document has no pages")
    if not any(p["lines"] for p in pages):
        raise NoTextLayer(path, "OFD has no text (scanned images?); OCR it first")
    doc = _assemble(pages, path, digest, len(data), len(pages))
    doc.format = "ofd"
    return doc


def _text(el) -> str:
    return (el.text or "").strip() if el is not None else ""


def _resolve(base: str, loc: str) -> str:
    loc = loc.strip().replace("\\", "/")
    return posixpath.normpath(loc.lstrip("/") if loc.startswith("/") else posixpath.join(base, loc))


def _box(el):
    return _numbers(_text(el))


def _numbers(s: str):
    """"x y w h" → four floats, or None."""
    try:
        x, y, w, h = (float(v) for v in s.split()[:4])
        return x, y, w, h
    except ValueError:
        return None


_IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _ctm(s: str | None):
    """An OFD matrix "a b c d e f" (x' = a·x + c·y + e, y' = b·x + d·y + f), identity when absent or odd."""
    try:
        vals = tuple(float(v) for v in (s or "").split())
    except ValueError:
        return _IDENTITY
    return vals if len(vals) == 6 else _IDENTITY


def _then(outer, inner):
    """The matrix that applies inner, then outer."""
    a1, b1, c1, d1, e1, f1 = inner
    a2, b2, c2, d2, e2, f2 = outer
    return (a2 * a1 + c2 * b1, b2 * a1 + d2 * b1, a2 * c1 + c2 * d1, b2 * c1 + d2 * d1,
            a2 * e1 + c2 * f1 + e2, b2 * e1 + d2 * f1 + f2)


def _apply(m, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


_MAX_DEPTH = 8  # composite units inside composite units: deeper is a loop or an attack


def _runs(content, m, units: dict, runs: list, depth: int = 0) -> None:
    """Text runs (baseline y, x, text, size, right edge) in mm of the page, from the TextObjects of
    content and of the composite units it draws, each through the matrices that place it."""
    for obj in content.iter("{*}TextObject", "{*}CompositeObject"):
        bx, by, bw, bh = _numbers(obj.get("Boundary") or "") or (0.0, 0.0, 0.0, 0.0)
        if obj.tag.endswith("CompositeObject"):
            unit = units.get(obj.get("ResourceID") or "")
            if unit is not None and depth < _MAX_DEPTH:
                # the unit is drawn in the object's box: its own matrix, then the box's offset, then ours
                place = _then(m, _then((1.0, 0.0, 0.0, 1.0, bx, by), _ctm(obj.get("CTM"))))
                _runs(unit, place, units, runs, depth + 1)
            continue
        local = _ctm(obj.get("CTM"))
        to_page = _then(m, (1.0, 0.0, 0.0, 1.0, bx, by))
        scale = abs(local[0] * local[3] - local[1] * local[2]) ** 0.5 * abs(m[0] * m[3] - m[1] * m[2]) ** 0.5
        try:
            size = float(obj.get("Size") or 3.5) * (scale or 1.0)
        except ValueError:
            size = 3.5
        right = _apply(to_page, bw, 0.0)[0]
        for code in obj.iter("{*}TextCode"):
            t = code.text or ""
            if not t.strip():
                continue
            try:
                x, y = float(code.get("X") or 0), float(code.get("Y") or 0)
            except ValueError:
                x = y = 0.0
            px, py = _apply(to_page, *_apply(local, x, y))
            runs.append((py, px, t, size, right))


def _page(page, number: int, box, units: dict | None = None, templates: list | None = None) -> dict:
    """Lines of one page, as the PDF reader's pages are: text, x0, x1, top, bottom in points."""
    runs: list = []  # (baseline y, x, text, size, right edge), in mm
    for content in [page] + list(templates or []):
        _runs(content, _IDENTITY, units or {}, runs)
    runs.sort()
    lines: list[list] = []
    for r in runs:  # runs whose baselines are within half a character belong to one line
        if lines and abs(r[0] - lines[-1][0][0]) <= 0.5 * max(r[3], lines[-1][0][3]):
            lines[-1].append(r)
        else:
            lines.append([r])
    out = []
    for ln in lines:
        ln.sort(key=lambda r: r[1])
        text = "".join(r[2] for r in ln)
        size = max(r[3] for r in ln)
        base = ln[0][0]
        x0 = ln[0][1]
        x1 = max(max(r[4] for r in ln), ln[-1][1] + size * len(ln[-1][2]))
        out.append(dict(text=text.strip(), x0=x0 * MM, x1=x1 * MM, top=(base - size) * MM, bottom=base * MM,
                        page=number))
    nchars = sum(len(d["text"]) for d in out)
    return dict(number=number, width=box[2] * MM, height=box[3] * MM, lines=[d for d in out if d["text"]],
                tables=[], nchars=nchars)

"""OFD (GB/T 33190), the national fixed-layout format: a zip whose OFD.xml names the document, whose
Document.xml lists the pages, each page a Content.xml of TextObjects (a boundary box, then TextCodes
at offsets inside it). The text runs are ordered by position — the file's order is the drawing order,
not the reading order — grouped into lines by baseline, and the lines go through the PDF reader's
assembly (header/footer removal, CJK line joining). Signatures, annotations and page templates
(where the red header and page numbers live) are not read."""
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
        pages = []
        for number, ref in enumerate(page_refs, 1):
            page = xml(_resolve(base, ref.get("BaseLoc") or ""))
            page_box = _box(page.find(".//{*}Area/{*}PhysicalBox")) or box
            pages.append(_page(page, number, page_box))
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


def _page(page, number: int, box) -> dict:
    """Lines of one page, as the PDF reader's pages are: text, x0, x1, top, bottom in points."""
    runs = []  # (baseline y, x, text, size, right edge), in mm
    for obj in page.iter("{*}TextObject"):
        bx, by, bw, _ = _numbers(obj.get("Boundary") or "") or (0.0, 0.0, 0.0, 0.0)
        try:
            size = float(obj.get("Size") or 3.5)
        except ValueError:
            size = 3.5
        for code in obj.iter("{*}TextCode"):
            t = code.text or ""
            if not t.strip():
                continue
            try:
                x, y = float(code.get("X") or 0), float(code.get("Y") or 0)
            except ValueError:
                x = y = 0.0
            runs.append((by + y, bx + x, t, size, bx + bw))
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

"""Readers: bytes -> RawDocument. The format is sniffed from the bytes, never from the extension."""
from __future__ import annotations

import hashlib
import os
import re
import stat
from dataclasses import dataclass, field
from typing import Optional

from ..errors import DocumentTooLarge, EmptyDocument, UnreadableFile, UnsupportedFormat

MAX_BYTES = 100 * 1024 * 1024  # a plan is rarely over a few MB; past this we refuse rather than thrash


@dataclass
class RawBlock:
    text: str
    kind: str = "paragraph"  # paragraph | heading | list_item | table
    page: Optional[int] = None
    rows: Optional[list[list[str]]] = None  # table cells, for kind == "table"

    @classmethod
    def table(cls, rows: list[list[str]], page: Optional[int] = None) -> "RawBlock":
        """A table block: its text a line a row, its cells apart by tabs (what the clean text and the row spans read)."""
        return cls("\n".join("\t".join(r) for r in rows), "table", page=page, rows=rows)


@dataclass
class RawDocument:
    path: Optional[str]
    format: str
    sha256: str
    size: int
    blocks: list[RawBlock]
    pages: Optional[int] = None
    encoding: Optional[str] = None
    problems: list[tuple[str, str]] = field(default_factory=list)  # (kind, message)
    meta: dict[str, str] = field(default_factory=dict)  # what the file says of itself (a web page's header)


OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def sniff(data: bytes) -> str:
    """Return 'pdf', 'ofd', 'docx' (any other zip; the docx reader checks it), 'ole' (the .doc reader
    checks it), 'html', 'txt' or the name of a format that holds no plan."""
    head = data[:1024]
    if head.lstrip(b"\x00\t\r\n ")[:5] == b"%PDF-" or b"%PDF-" in head:
        return "pdf"
    if head[:4] == b"PK\x03\x04" or head[:4] == b"PK\x05\x06":
        # an OFD package names OFD.xml in its first entry or in the central directory at the end
        return "ofd" if b"OFD.xml" in head or b"OFD.xml" in data[-65536:] else "docx"
    if head[:8] == OLE_MAGIC:
        return "ole"
    for magic, name in ((b"\x89PNG", "PNG image"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF8", "GIF image"),
                        (b"\x1f\x8b", "gzip archive"), (b"Rar!", "RAR archive"), (b"7z\xbc\xaf", "7z archive"),
                        (b"{\\rtf", "RTF document")):
        if head.startswith(magic):
            return name
    if _HTML.match(head) or _HTML_UTF16.match(head) or _is_fragment(data[:4096]):
        return "html"
    return "txt"


def _is_fragment(head: bytes) -> bool:
    """A page stored as its content element, with no <html> or <head> (how crawlers keep gov.cn pages):
    it opens with a block tag and its first bytes are mostly markup of block and table elements."""
    return bool(_FRAGMENT_OPEN.match(head)) and len(_FRAGMENT_TAGS.findall(head)) >= _FRAGMENT_MIN_TAGS


def read_bytes(data: bytes, path: Optional[str] = None) -> RawDocument:
    name = path or "<bytes>"
    if len(data) > MAX_BYTES:
        raise DocumentTooLarge(name, f"file is {len(data) / 1e6:.0f} MB, over the {MAX_BYTES // 2**20} MiB limit")
    if not data.strip(b" \t\r\n\x00"):
        raise EmptyDocument(name)
    kind = sniff(data)
    digest = hashlib.sha256(data).hexdigest()
    ext = os.path.splitext(name)[1].lower()
    if kind == "pdf":
        from . import pdf
        return _flag(pdf.read(data, name, digest), ext, (".pdf",))
    if kind == "docx":
        from . import docx
        return _flag(docx.read(data, name, digest), ext, (".docx", ".docm", ".dotx", ".wps"))
    if kind == "ofd":
        from . import ofd
        return _flag(ofd.read(data, name, digest), ext, (".ofd",))
    if kind == "ole":
        from . import doc
        return _flag(doc.read(data, name, digest, "wps" if ext == ".wps" else "doc"), ext, (".doc", ".wps", ".dot"))
    if kind == "html":
        from . import html
        doc = html.read(data, name, digest)
    elif kind == "txt":
        from . import txt
        doc = txt.read(data, name, digest)
    else:
        raise UnsupportedFormat(name, f"{kind}, not a plan document ({SUPPORTED})")
    return _flag(doc, ext, (".html", ".htm", ".shtml", ".xhtml", ".jsp", ".asp", ".aspx", ".php")
                 if kind == "html" else (".txt", ".text", ".csv", ".md", ""))


def _flag(doc: RawDocument, ext: str, fits: tuple) -> RawDocument:
    """Read all the same, but say so when a document's name claims another format: sites serve pages
    under an attachment's name, .docx files are renamed .doc, scrapers save error pages as .pdf."""
    if ext in _DOCUMENT_EXTENSIONS + (".txt", ".html", ".htm") and ext not in fits:
        doc.problems.append(("mislabelled", f"named {ext} but the bytes are {_WHAT[doc.format]}; read as {doc.format}"))
    return doc


_WHAT = {"txt": "plain text", "html": "a web page", "pdf": "a PDF", "docx": "a .docx (Office Open XML)",
         "doc": "a Word 97-2003 document", "wps": "a Word 97-2003 document", "ofd": "an OFD document"}


EXTENSIONS = (".txt", ".docx", ".pdf", ".html", ".htm", ".shtml", ".doc", ".wps", ".ofd")  # what batch looks for
SUPPORTED = ".txt, .docx, .pdf, .html, .doc, .wps or .ofd"
_DOCUMENT_EXTENSIONS = (".docx", ".pdf", ".doc", ".wps", ".ofd")
# a page starts with a doctype, <html>, <head> or <meta>, perhaps after a BOM, an XML declaration or comments
_HTML = re.compile(rb"(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--.{0,400}?-->\s*)*"
                   rb"(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<meta[\s>]|<body[\s>]|<title>)", re.IGNORECASE | re.DOTALL)
# (a line of text may stand over it: the headline a crawler saved before the content element)
_FRAGMENT_OPEN = re.compile(rb"(?:\xef\xbb\xbf)?\s*(?:[^<\n]{1,300}\n\s*)?(?:<!--.{0,400}?-->\s*)*<(?:div|table|section|article|p|center|span|font|"
                            rb"ul|ol|h[1-6]|form|main)[\s>]", re.IGNORECASE | re.DOTALL)
_FRAGMENT_TAGS = re.compile(rb"</?(?:div|p|table|tbody|tr|td|th|span|br|a|b|strong|font|img|ul|ol|li|h[1-6])[\s>/]",
                            re.IGNORECASE)
_FRAGMENT_MIN_TAGS = 6
_HTML_UTF16 = re.compile(rb"(?:\xff\xfe)?<\x00(?:!\x00[dD]\x00|[hH]\x00[tT]\x00)")


def read_path(path: str | os.PathLike) -> RawDocument:
    p = os.fspath(path)
    try:
        st = os.stat(p)
        if not stat.S_ISREG(st.st_mode) and not stat.S_ISDIR(st.st_mode):
            # a pipe would block the read for ever; a device or socket is no document
            raise UnreadableFile(p, "not a regular file (a pipe, device or socket)")
        size = st.st_size
        if size > MAX_BYTES:
            raise DocumentTooLarge(p, f"file is {size / 1e6:.0f} MB, over the {MAX_BYTES // 2**20} MiB limit")
        with open(p, "rb") as fh:
            data = fh.read()
    except IsADirectoryError:
        raise UnreadableFile(p, "is a directory") from None
    except FileNotFoundError:
        raise UnreadableFile(p, "no such file") from None
    except PermissionError:
        raise UnreadableFile(p, "permission denied") from None
    return read_bytes(data, p)


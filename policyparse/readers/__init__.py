"""Readers: bytes -> RawDocument. The format is sniffed from the bytes, never from the extension."""
from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from typing import Optional

from ..errors import (DocumentTooLarge, EmptyDocument, EncryptedDocument, UnreadableFile,
                      UnsupportedFormat)

MAX_BYTES = 100 * 1024 * 1024  # a plan is rarely over a few MB; past this we refuse rather than thrash


@dataclass
class RawBlock:
    text: str
    kind: str = "paragraph"  # paragraph | heading | list_item | table
    page: Optional[int] = None
    rows: Optional[list[list[str]]] = None  # table cells, for kind == "table"


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


OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def sniff(data: bytes) -> str:
    """Return 'pdf', 'docx' (any zip; the docx reader checks it), 'ole' or 'txt'."""
    head = data[:1024]
    if head.lstrip(b"\x00\t\r\n ")[:5] == b"%PDF-" or b"%PDF-" in head:
        return "pdf"
    if head[:4] == b"PK\x03\x04" or head[:4] == b"PK\x05\x06":
        return "docx"
    if head[:8] == OLE_MAGIC:
        return "ole"
    for magic, name in ((b"\x89PNG", "PNG image"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF8", "GIF image"),
                        (b"\x1f\x8b", "gzip archive"), (b"Rar!", "RAR archive"), (b"7z\xbc\xaf", "7z archive"),
                        (b"{\\rtf", "RTF document")):
        if head.startswith(magic):
            return name
    return "txt"


def read_bytes(data: bytes, path: Optional[str] = None) -> RawDocument:
    name = path or "<bytes>"
    if len(data) > MAX_BYTES:
        raise DocumentTooLarge(name, f"file is {len(data) / 1e6:.0f} MB, over the {MAX_BYTES // 2**20} MiB limit")
    if not data.strip(b" \t\r\n\x00"):
        raise EmptyDocument(name)
    kind = sniff(data)
    digest = hashlib.sha256(data).hexdigest()
    if kind == "pdf":
        from . import pdf
        return pdf.read(data, name, digest)
    if kind == "docx":
        from . import docx
        return docx.read(data, name, digest)
    if kind == "ole":
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise EncryptedDocument(name, "Office document is encrypted (password protected)")
        raise UnsupportedFormat(name, "legacy Office file (.doc/.xls, OLE2); save it as .docx")
    if kind != "txt":
        raise UnsupportedFormat(name, f"{kind}, not a .txt, .docx or .pdf plan")
    if _HTML.match(data[:512]):
        raise UnsupportedFormat(name, "an HTML page (a web page saved under a plan's name?), not a .txt, .docx or .pdf plan")
    from . import txt
    doc = txt.read(data, name, digest)
    ext = os.path.splitext(name)[1].lower()
    if ext in (".docx", ".pdf"):  # read all the same, but a scraper's error page or a mix-up is likely
        doc.problems.append(("mislabelled", f"named {ext} but the bytes are plain text; read as text"))
    return doc


_HTML = re.compile(rb"\s*(?:\xef\xbb\xbf)?\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>])", re.IGNORECASE)


def read_path(path: str | os.PathLike) -> RawDocument:
    p = os.fspath(path)
    try:
        size = os.path.getsize(p)
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


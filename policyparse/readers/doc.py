"""Word 97-2003 .doc, and .wps (WPS Office writes the same binary format), read with olefile.

The text is read as Word reads it, through the piece table (the CLX in the table stream): the
WordDocument stream holds the pieces in any order, some in cp1252 ("compressed"), some in UTF-16.
Only the main document is read (headers, footnotes and comments come after it, past ccpText).
Control characters carry the layout: \\r ends a paragraph, \\x07 ends a table cell (and a row),
\\x0b is a line break, \\x0c a page or section break; a field keeps its result and loses its code
(\\x13 code \\x14 result \\x15, nested too).

Tables are rebuilt from the marks alone (each row ends in an extra \x07); a table whose rows cannot be
told apart that way is read a cell a line, as a table pasted into text is. Not covered: automatic list
numbers (kept in list formatting, not in the text) are not rendered, nested tables, and Word 6/95
files (no piece table of this kind) are refused."""
from __future__ import annotations

import io
import struct

import regex

from ..errors import CorruptDocument, DocumentTooLarge, EncryptedDocument, PolicyParseError, UnsupportedFormat
from . import RawBlock, RawDocument

MAX_CHARS = 50_000_000
_CONTROL = regex.compile(r"[\x13\x14\x15]")
_BREAKS = regex.compile(r"[\r\x0b\x0c]+")
_UNIT = regex.compile(r"([^\r\x07\x0c]*)([\r\x07\x0c]|$)")  # a paragraph or a cell, and what ends it
_DROP = str.maketrans({"\x01": None, "\x02": None, "\x03": None, "\x04": None, "\x05": None, "\x08": None,
                       "\x1e": "-", "\x1f": None, "\xa0": " "})


def read(data: bytes, path: str, digest: str, fmt: str = "doc") -> RawDocument:
    import olefile

    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except Exception as e:  # olefile raises OSError, struct.error, IndexError … on damaged files
        raise CorruptDocument(path, f"corrupt or truncated Office file ({e.__class__.__name__})") from None
    try:
        if ole.exists("EncryptedPackage") or ole.exists("EncryptionInfo"):
            raise EncryptedDocument(path, "Office document is encrypted (password protected)")
        if not ole.exists("WordDocument"):
            kind = ("an Excel workbook" if ole.exists("Workbook") or ole.exists("Book") else
                    "a PowerPoint file" if ole.exists("PowerPoint Document") else "an OLE2 file that is not a Word document")
            raise UnsupportedFormat(path, f"{kind}, not a plan document")
        wd = ole.openstream("WordDocument").read()
        text = _main_text(ole, wd, path)
    except PolicyParseError:
        raise
    except Exception as e:  # a damaged directory, FAT or piece table: olefile and struct raise many kinds
        raise CorruptDocument(path, f"corrupt Word document ({e.__class__.__name__})") from None
    finally:
        ole.close()
    return RawDocument(path, fmt, digest, len(data), _blocks(_fields(text).translate(_DROP)))


def _blocks(text: str) -> list[RawBlock]:
    """Paragraphs, and tables: a run of cells (text ending in \x07) whose rows each end in one more
    \x07, the row mark. An empty cell is a lone \x07 too, so the row length is the one that makes every
    row end in an empty unit, the shortest such; a run no length fits is read a cell a line."""
    blocks: list[RawBlock] = []
    cells: list[str] = []

    def flush_table():
        rows = _rows(cells)
        if rows:
            blocks.append(RawBlock.table(rows))
        else:
            blocks.extend(RawBlock(c) for c in cells if c)
        cells.clear()
    for m in _UNIT.finditer(text):
        unit, end = m.group(1), m.group(2)
        if end == "\x07":
            cells.append(_BREAKS.sub(" ", unit).strip())
            continue
        if cells:
            flush_table()
        for line in _BREAKS.split(unit):
            if line.strip():
                blocks.append(RawBlock(line.strip()))
    if cells:
        flush_table()
    return blocks


def _rows(units: list[str]) -> list[list[str]]:
    for n in range(1, min(64, len(units))):
        if len(units) % (n + 1) == 0 and all(not units[k] for k in range(n, len(units), n + 1)):
            rows = [units[k:k + n] for k in range(0, len(units), n + 1)]
            return rows if n >= 2 or len(rows) >= 2 else []
    return []


def _main_text(ole, wd: bytes, path: str) -> str:
    if len(wd) < 0x1AA:
        raise CorruptDocument(path, "Word document stream is truncated")
    ident, nfib, _, _, _, flags = struct.unpack_from("<HHHHHH", wd, 0)
    if ident != 0xA5EC:
        raise CorruptDocument(path, "not a Word document (bad FIB)")
    if flags & 0x0100 or flags & 0x8000:  # fEncrypted, fObfuscated
        raise EncryptedDocument(path, "Word document is encrypted (password protected)")
    if nfib < 0x00C1 and nfib not in (0x00C0,):
        raise UnsupportedFormat(path, "a Word 6/95 document; save it as .docx")
    table_name = "1Table" if flags & 0x0200 else "0Table"
    if not ole.exists(table_name):
        raise CorruptDocument(path, f"Word document has no {table_name} stream")
    ccp_text = struct.unpack_from("<i", wd, 76)[0]
    fc_clx, lcb_clx = struct.unpack_from("<II", wd, 0x1A2)
    if not 0 <= ccp_text <= MAX_CHARS:
        raise DocumentTooLarge(path, f"{ccp_text} characters, over the {MAX_CHARS} limit") if ccp_text > 0 else \
            CorruptDocument(path, "Word document gives a negative text length")
    table = ole.openstream(table_name).read()
    clx = table[fc_clx:fc_clx + lcb_clx]
    if lcb_clx == 0 or len(clx) < lcb_clx:
        raise CorruptDocument(path, "Word document's piece table is missing or truncated")
    i = 0
    while i < len(clx) and clx[i] == 0x01:  # Prc: formatting of pieces, skipped
        i += 3 + struct.unpack_from("<H", clx, i + 1)[0]
    if i >= len(clx) or clx[i] != 0x02:
        raise CorruptDocument(path, "Word document's piece table is damaged")
    lcb = struct.unpack_from("<I", clx, i + 1)[0]
    plc = clx[i + 5:i + 5 + lcb]
    n = (len(plc) - 4) // 12
    if n <= 0:
        raise CorruptDocument(path, "Word document's piece table is empty")
    cps = struct.unpack_from(f"<{n + 1}I", plc, 0)
    out, total = [], 0
    for k in range(n):
        a, b = cps[k], min(cps[k + 1], ccp_text)
        if b <= a:
            continue
        fc = struct.unpack_from("<I", plc, 4 * (n + 1) + 8 * k + 2)[0]
        count = b - a
        if fc & 0x40000000:
            start = (fc & 0x3FFFFFFF) // 2
            out.append(wd[start:start + count].decode("cp1252", errors="replace"))
        else:
            out.append(wd[fc:fc + 2 * count].decode("utf-16-le", errors="replace"))
        total += count
        if total >= ccp_text:
            break
    return "".join(out)


def _fields(text: str) -> str:
    """Field codes out, field results kept: \\x13 code \\x14 result \\x15 → result (nested fields too)."""
    if "\x13" not in text:
        return text
    out, pos = [], 0
    stack: list[bool] = []  # per open field: still in its code part?
    in_code = 0  # how many of them are: text shows only when none is
    for m in _CONTROL.finditer(text):
        if not in_code:
            out.append(text[pos:m.start()])
        c = m.group(0)
        if c == "\x13":
            stack.append(True)
            in_code += 1
        elif c == "\x14" and stack and stack[-1]:
            stack[-1] = False
            in_code -= 1
        elif c == "\x15" and stack:
            in_code -= stack.pop()
        pos = m.end()
    if not in_code:
        out.append(text[pos:])
    return "".join(out)

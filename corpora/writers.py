"""Writers for the formats nothing here can save: Word 97-2003 (.doc, and .wps, which WPS Office writes
in the same binary format) and OFD (GB/T 33190). Small and exact, for the corpus and the tests: they
write what the readers must read, no more.

Word 97: an OLE2 compound file holding a WordDocument stream (the FIB, then the text in pieces) and a
1Table stream (the piece table, CLX). Paragraphs end in \\r, table cells in \\x07 (a row in an extra
\\x07), fields are \\x13 instruction \\x14 result \\x15. Text with no CJK goes in cp1252 ("compressed")
pieces, the rest in UTF-16 pieces; pieces are stored in the stream in reverse order, so a reader that
reads the stream front to back instead of by the piece table gets the order wrong.

OFD: a zip with OFD.xml → Doc_0/Document.xml → pages, each a Content.xml of TextObjects with one
TextCode each, at positions in millimetres; lines are given top to bottom but written in a shuffled
order, so a reader must order them by position."""
from __future__ import annotations

import io
import random
import struct
import zipfile

ENDOFCHAIN, FREESECT, FATSECT, NOSTREAM = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
SECTOR = 512


def compound_file(streams: dict[str, bytes]) -> bytes:
    """An OLE2 compound file (version 3) with the given root-level streams. Each stream is padded to
    at least 4096 bytes so it lives in regular sectors (no mini stream to write)."""
    names = sorted(streams, key=lambda n: (len(n), n.upper()))
    datas = []
    for n in names:
        d = streams[n]
        d = d + b"\0" * max(0, 4096 - len(d))
        datas.append(d + b"\0" * (-len(d) % SECTOR))
    fat: list[int] = []
    starts = []
    for d in datas:
        k = len(d) // SECTOR
        starts.append(len(fat))
        fat += [len(fat) + i + 1 for i in range(k - 1)] + [ENDOFCHAIN]
    entries = [_dir_entry("Root Entry", 5, ENDOFCHAIN, 0, child=1 if names else NOSTREAM)]
    for i, (n, d) in enumerate(zip(names, datas)):
        entries.append(_dir_entry(n, 2, starts[i], max(len(streams[n]), 4096),
                                  right=i + 2 if i + 1 < len(names) else NOSTREAM))
    while len(entries) % 4:
        entries.append(b"\0" * 64 + struct.pack("<HBBIII", 0, 0, 0, NOSTREAM, NOSTREAM, NOSTREAM) + b"\0" * 48)
    dir_bytes = b"".join(entries)
    dir_start = len(fat)
    k = len(dir_bytes) // SECTOR
    fat += [dir_start + i + 1 for i in range(k - 1)] + [ENDOFCHAIN]
    n_fat = 1
    while (len(fat) + n_fat) > n_fat * (SECTOR // 4):
        n_fat += 1
    fat_start = len(fat)
    fat += [FATSECT] * n_fat
    fat += [FREESECT] * (n_fat * (SECTOR // 4) - len(fat))
    difat = list(range(fat_start, fat_start + n_fat)) + [FREESECT] * (109 - n_fat)
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
              + b"\0" * 6 + struct.pack("<IIIIIIIII", 0, n_fat, dir_start, 0, 4096, ENDOFCHAIN, 0, ENDOFCHAIN, 0)
              + struct.pack("<109I", *difat))
    return header + b"".join(datas) + dir_bytes + struct.pack(f"<{len(fat)}I", *fat)


def _dir_entry(name: str, kind: int, start: int, size: int, child=NOSTREAM, right=NOSTREAM) -> bytes:
    raw = name.encode("utf-16-le") + b"\0\0"
    return (raw.ljust(64, b"\0") + struct.pack("<HBBIII", len(raw), kind, 1, NOSTREAM, right, child)
            + b"\0" * 16 + b"\0" * 4 + b"\0" * 16 + struct.pack("<IQ", start, size)[:8] + b"\0" * 4)


def word97(paragraphs: list, encrypted: bool = False) -> bytes:
    """A Word 97 document. paragraphs: strings, or lists of rows (a table: a list of lists of cells).
    A string may hold \\x0b (a line break) or a field as \\x13INSTR\\x14RESULT\\x15."""
    parts = []
    for p in paragraphs:
        if isinstance(p, str):
            parts.append(p + "\r")
        else:
            for row in p:
                parts.append("".join(c + "\x07" for c in row) + "\x07")
    text = "".join(parts) or "\r"
    # one piece per paragraph: cp1252 where it can be, UTF-16 where not
    pieces = []
    for chunk in parts:
        compressed = all(ord(c) < 128 for c in chunk)
        pieces.append((chunk, compressed))
    body = bytearray()
    base = 1024
    stored = {}
    for idx in reversed(range(len(pieces))):  # stored back to front: only the piece table gives the order
        chunk, compressed = pieces[idx]
        stored[idx] = base + len(body)
        body += chunk.encode("cp1252") if compressed else chunk.encode("utf-16-le")
        if len(body) % 2:
            body += b"\0"
    cps = [0]
    for chunk, _ in pieces:
        cps.append(cps[-1] + len(chunk))
    pcds = b""
    for idx, (chunk, compressed) in enumerate(pieces):
        fc = (stored[idx] * 2) | 0x40000000 if compressed else stored[idx]
        pcds += struct.pack("<HIH", 0, fc, 0)
    plc = struct.pack(f"<{len(cps)}I", *cps) + pcds
    clx = b"\x01" + struct.pack("<H", 2) + b"\0\0" + b"\x02" + struct.pack("<I", len(plc)) + plc
    table = b"\0" * 16 + clx
    fib = bytearray(1024)
    flags = 0x0200 | 0x1000 | (0x0100 if encrypted else 0)  # 1Table, fExtChar, fEncrypted
    struct.pack_into("<HHHHHH", fib, 0, 0xA5EC, 0x00C1, 0, 0x0804, 0, flags)
    struct.pack_into("<H", fib, 12, 0x00BF)
    struct.pack_into("<H", fib, 32, 14)
    struct.pack_into("<H", fib, 62, 22)
    struct.pack_into("<I", fib, 64, base + len(body))  # cbMac
    struct.pack_into("<i", fib, 76, len(text))  # ccpText
    struct.pack_into("<H", fib, 152, 0x5D)
    struct.pack_into("<II", fib, 418, 16, len(clx))  # fcClx, lcbClx
    streams = {"WordDocument": bytes(fib) + bytes(body), "1Table": table}
    if encrypted:
        streams["1Table"] = b"\0" * 52 + table  # an RC4 header would be here
    return compound_file(streams)


def ofd(pages: list[list[str]], seed: int = 0) -> bytes:
    """An OFD package: each page a list of lines, written as TextObjects at (x, y) in mm, in a
    shuffled order."""
    rng = random.Random(seed)
    buf = io.BytesIO()
    ns = 'xmlns:ofd="http://www.ofdspec.org/2016"'
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        z = _Stamped(zf)
        z.writestr("OFD.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD {ns} Version="1.0" DocType="OFD">'
                               '<ofd:DocBody><ofd:DocInfo><ofd:DocID>0</ofd:DocID></ofd:DocInfo>'
                               '<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>')
        page_refs = "".join(f'<ofd:Page ID="{10 + i}" BaseLoc="Pages/Page_{i}/Content.xml"/>' for i in range(len(pages)))
        z.writestr("Doc_0/Document.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document {ns}>'
                                         '<ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox>'
                                         f'</ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData>'
                                         f'<ofd:Pages>{page_refs}</ofd:Pages></ofd:Document>')
        z.writestr("Doc_0/PublicRes.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res {ns} BaseLoc="Res">'
                                          '<ofd:Fonts><ofd:Font ID="2" FontName="宋体" FamilyName="宋体"/></ofd:Fonts></ofd:Res>')
        oid = 100
        for i, lines in enumerate(pages):
            objs = []
            for k, line in enumerate(lines):
                y = 30 + 8 * k
                x = 25 if not line.startswith("　") else 33
                text = line.lstrip("　")
                objs.append(_text_object(oid, x, y, text))
                oid += 1
            rng.shuffle(objs)
            z.writestr(f"Doc_0/Pages/Page_{i}/Content.xml",
                       f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page {ns}><ofd:Content><ofd:Layer ID="{oid}">'
                       + "".join(objs) + '</ofd:Layer></ofd:Content></ofd:Page>')
            oid += 1
        z.writestr("Doc_0/Signs/Sign_0/Signature.xml", "<ofd:Signature/>")
    return buf.getvalue()


class _Stamped:
    """writestr with a fixed date, so the same pages make the same bytes."""

    def __init__(self, zf: zipfile.ZipFile):
        self.zf = zf

    def writestr(self, name: str, data: str) -> None:
        info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        self.zf.writestr(info, data)


def _text_object(oid: int, x: float, y: float, text: str) -> str:
    from xml.sax.saxutils import escape
    w = 4.2 * len(text)
    # a line may come as two TextCodes (a font change mid-line): the reader must join them in x order
    cut = len(text) // 2 if len(text) > 8 and oid % 3 == 0 else len(text)
    codes = f'<ofd:TextCode X="0" Y="3.7" DeltaX="g {max(0, cut - 1)} 4.2">{escape(text[:cut])}</ofd:TextCode>'
    if cut < len(text):
        codes += f'<ofd:TextCode X="{4.2 * cut:.2f}" Y="3.7">{escape(text[cut:])}</ofd:TextCode>'
    return (f'<ofd:TextObject ID="{oid}" Boundary="{x:.2f} {y:.2f} {w:.2f} 5" Font="2" Size="4.2">'
            + codes + '</ofd:TextObject>')

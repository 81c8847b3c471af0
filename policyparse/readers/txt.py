"""Plain text: decode UTF-8 / UTF-16 / GB18030 / Big5 without mojibake; one block per line."""
from __future__ import annotations

import codecs
from functools import lru_cache

import regex

from ..data import common_chars
from ..errors import BinaryFile, EmptyDocument
from . import RawDocument, texttable
from .mojibake import repair

_CJK_HAN = regex.compile(r"\p{Han}")
_NOT_HAN_RUNS = regex.compile(r"\P{Han}+")
_BAD = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd\p{Co}]")
# letters, marks, digits, punctuation and spaces of any script: a page in Korean, Tibetan or Uyghur is text too
# (binary data decodes to control characters, replacement marks and private-use code points: _BAD)
_GOOD_RUNS = regex.compile(r"[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}\r\n\t]+")


def _plausibility(text: str) -> float:
    """Share of characters that are printable in some script (1.0 = clean text)."""
    if not text:
        return 0.0
    sample = text[:200_000]
    rest = _GOOD_RUNS.sub("", sample)  # what is neither: deleted in runs, not listed a character at a time
    bad = len(_BAD.findall(rest))
    return max(0.0, (len(sample) - len(rest) - 5 * bad) / len(sample))


@lru_cache(maxsize=1)
def _common() -> frozenset:
    return frozenset(common_chars())


def common_share(text: str) -> float:
    """Share of the Han characters of (the start of) text that are among the commonest 1,500."""
    han = _CJK_HAN.findall(text[:20000])
    if not han:
        return 0.0
    common = _common()
    return sum(1 for c in han if c in common) / len(han)


def han_count(text: str, limit: int = 20000) -> int:
    """How many Han characters the start of text holds (the rest deleted in runs, not listed one by one)."""
    return len(_NOT_HAN_RUNS.sub("", text[:limit]))


def is_common(c: str) -> bool:
    return c in _common()


def _first_plausible(data: bytes, encodings) -> tuple[str, str] | None:
    """(text, encoding) of the first encoding that decodes data into plausible text, or None."""
    for enc in encodings:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _plausibility(text) > 0.9:
            return text, enc
    return None


def decode(data: bytes, name: str) -> tuple[str, str, list[tuple[str, str]]]:
    problems: list[tuple[str, str]] = []
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            text = data.decode(enc, errors="replace")
            if "\ufffd" in text:
                problems.append(("encoding", f"invalid {enc} bytes replaced"))
            return text, enc.replace("-sig", ""), problems
    sample = data[:4096]
    if sample.count(b"\x00") > len(sample) // 4:
        # UTF-16 without a BOM puts a NUL in every other byte of ASCII and many CJK code units
        found = _first_plausible(data, ("utf-16-le", "utf-16-be"))
        if found:
            problems.append(("encoding", f"no byte-order mark; guessed {found[1]}"))
            return found[0], found[1], problems
        raise BinaryFile(name, "binary data (NUL bytes), not a text document")
    try:
        return data.decode("utf-8"), "utf-8", problems
    except UnicodeDecodeError:
        pass
    mixed = _line_by_line(data)
    if mixed is not None:
        text, n = mixed
        problems.append(("encoding", f"UTF-8 text with {n} line(s) in another encoding (GB18030 or Big5); "
                                     "decoded line by line"))
        return text, "utf-8", problems
    scored = []
    # a multi-line UTF-16 text puts its line feeds next to a NUL byte; one 0x0A byte may be half of a
    # character (上 is 0A 4E), so only several of them with no NUL beside them rule UTF-16 out
    lone_feeds = data.count(b"\n") >= 3 and b"\n\x00" not in data and b"\x00\n" not in data
    for enc in ("gb18030", "big5", "utf-16-le", "utf-16-be"):
        if enc.startswith("utf-16") and (len(data) % 2 or lone_feeds):
            continue
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if enc.startswith("utf-16") and "\n" not in text and lone_feeds:
            continue
        # the right decoding reads as common characters; a wrong one that happens to decode, rare ones
        scored.append((_plausibility(text) + 0.2 * common_share(text) - (0.01 if enc.startswith("utf-16") else 0),
                       enc, text))
    if scored:
        score, enc, text = max(scored)
        if _plausibility(text) > 0.9:
            if len(scored) > 1 and abs(scored[0][0] - scored[1][0]) < 0.02:
                problems.append(("encoding", f"{scored[0][1]} and {scored[1][1]} both plausible; chose {enc}"))
            if enc.startswith("utf-16"):
                problems.append(("encoding", f"no byte-order mark; guessed {enc}"))
            return text, enc, problems
    text = data.decode("utf-8", errors="replace")
    score = _plausibility(text)
    if score < 0.7:
        raise BinaryFile(name, "binary data, not a text document (no encoding decodes it)")
    problems.append(("encoding", "not valid in any supported encoding; undecodable bytes replaced with U+FFFD"))
    return text, "utf-8", problems


_MIXED_MAX_SHARE = 0.25  # at most this share of lines in another encoding: beyond it the text is that encoding


def _line_by_line(data: bytes):
    """(text, lines decoded otherwise) for UTF-8 text with a few lines pasted in GB18030 or Big5 (a page
    assembled from sources saved differently); None when the text is not mostly UTF-8 or a line fits
    no encoding."""
    lines = data.split(b"\n")
    out, other, with_cjk = [], 0, 0
    for line in lines:
        try:
            out.append(line.decode("utf-8"))
            with_cjk += any(b >= 0x80 for b in line)
            continue
        except UnicodeDecodeError:
            pass
        found = _first_plausible(line, ("gb18030", "big5"))
        if found is None:
            return None
        out.append(found[0])
        other += 1
    if not with_cjk or other > _MIXED_MAX_SHARE * (other + with_cjk):
        return None
    return "\n".join(out), other


def read(data: bytes, name: str, digest: str) -> RawDocument:
    text, enc, problems = decode(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text, fixed = repair(text)
    if fixed:
        problems.append(("encoding", f"GBK text shown as Latin-1 (mojibake) repaired on {fixed} line(s); "
                                     "characters whose bytes the damage lost stay wrong"))
    if _plausibility(text[:20000]) < 0.6:
        raise BinaryFile(name, "binary data, not a text document")
    if not text.strip():
        raise EmptyDocument(name)
    blocks = texttable.blocks(text.split("\n"))
    return RawDocument(name, "txt", digest, len(data), blocks, encoding=enc, problems=problems)

"""Undo GBK text that was shown as Latin-1 (µ½2015Ä꣬ = 到2015年，).

A page served as GBK but read as Windows-1252/Latin-1 — with byte pairs that happened to form valid
UTF-8 read as UTF-8 — becomes runs of accented letters and odd symbols. Each such character stands
for one byte (its Latin-1 or cp1252 code) or, where UTF-8 took two or three bytes, for those bytes;
which one is ambiguous (· is B7, or C2 B7), so the bytes are chosen by a dynamic programme that makes
the byte string decode as the most GB2312 characters. A line is replaced only when the repair turns
most of it into Chinese."""
from __future__ import annotations

from functools import lru_cache

import regex

from ..data import common_chars

# what GBK bytes read as Latin-1 (or as UTF-8 by chance) turn into; not the punctuation that Chinese
# text itself uses (“” — … ·), so that clean text costs one scan
_SUSPECT = regex.compile(r"[\x80-\xb6\xb8-\u07ff\u20ac\u2122\ua000-\uabff]")
_HAN = regex.compile(r"\p{Han}")
_PLAIN = regex.compile(r"[\p{Han}\u3000-\u303f\uff00-\uffef\x20-\x7e\t“”‘’…—·]")
_MIN_SUSPECT = 4  # characters that may be mojibake before a line is tried at all
_LATIN1 = regex.compile(r"[\x80-\xff\u20ac\u2122]")  # a byte of GBK shown as Latin-1 or cp1252
_LATIN1_SHARE = 0.5  # of a line's suspects: the rest are byte pairs that formed UTF-8 by chance


def _choices(ch: str) -> list[bytes]:
    o = ord(ch)
    if o < 0x80:
        return [bytes([o])]
    out = []
    try:
        out.append(ch.encode("cp1252"))
    except UnicodeEncodeError:
        if o < 0x100:
            out.append(bytes([o]))
    u = ch.encode("utf-8")
    if u not in out:
        out.append(u)
    return out


def _cost(ch: str, option: bytes) -> float:
    return _UTF8_COST if len(option) > 1 and ord(ch) < 0x100 else 0.0


@lru_cache(maxsize=1)
def _common() -> dict[int, float]:
    """GB2312 code -> bonus for the most frequent characters (下发 over 戏垄, both valid)."""
    chars = common_chars()
    out = {}
    for rank, ch in enumerate(chars):
        try:
            b = ch.encode("gb2312")
        except UnicodeEncodeError:
            continue
        out[(b[0] << 8) | b[1]] = 1.0 if rank < 500 else 0.5
    return out


def _pair_score(lead: int, trail: int) -> float:
    # nearly any two high bytes are valid GB2312, so validity alone cannot choose: the common
    # characters (level 1, rows B0-D7) and the usual punctuation rows (A1, A3) are what text is made of
    if 0xA1 <= trail <= 0xFE:
        if 0xB0 <= lead <= 0xF7:
            return (2.0 if lead <= 0xD7 else 0.5) + _common().get((lead << 8) | trail, 0.0)
        if lead in (0xA1, 0xA3):
            return 3.0  # ，。、《》“”: as frequent as the commonest characters
        if 0xA2 <= lead <= 0xA9:
            return -0.5
    if 0x81 <= lead <= 0xFE and 0x40 <= trail <= 0xFE and trail != 0x7F:
        return -1.0  # GBK's extension: valid, rare
    return -4.0


_UTF8_COST = 2.5  # a Latin-1 character read from two UTF-8 bytes makes one more character: as much as it gains


@lru_cache(maxsize=1)
def _pair_table() -> list[float]:
    """_pair_score for every (lead, trail), indexed lead * 256 + trail: the programme's inner loop
    looks scores up instead of computing them."""
    return [_pair_score(lead, trail) for lead in range(256) for trail in range(256)]


def _best_bytes(line: str) -> bytes:
    # state: the pending GBK lead byte (0 = at a character boundary) -> (score, back pointer)
    table = _pair_table()
    options: dict[str, list[tuple[bytes, float]]] = {}
    states: dict[int, tuple[float, object]] = {0: (0.0, None)}
    for ch in line:
        opts = options.get(ch)
        if opts is None:
            opts = options[ch] = [(o, _cost(ch, o)) for o in _choices(ch)]
        nxt: dict[int, tuple[float, object]] = {}
        for lead, (score, back) in states.items():
            for option, cost in opts:
                s, pending = score - cost, lead
                for b in option:
                    if pending:
                        s += table[pending * 256 + b]
                        pending = 0
                    elif b < 0x80:
                        s += 0.5
                    elif 0x81 <= b <= 0xFE:
                        pending = b
                    else:
                        s -= 4.0
                old = nxt.get(pending)
                if old is None or old[0] < s:
                    nxt[pending] = (s, (back, option))
        states = nxt
    score, back = max(states.values(), key=lambda v: v[0])
    parts = []
    while back is not None:
        back, option = back
        parts.append(option)
    return b"".join(reversed(parts))


def repair(text: str) -> tuple[str, int]:
    """(text with its GBK-as-Latin-1 lines repaired, how many lines were)."""
    if len(_SUSPECT.findall(text[:200_000])) < _MIN_SUSPECT:
        return text, 0
    lines = text.split("\n")
    fixed = 0
    for i, line in enumerate(lines):
        suspects = len(_SUSPECT.findall(line))
        if suspects < _MIN_SUSPECT or suspects < 0.3 * len(line.strip()) or \
                len(_LATIN1.findall(line)) < _LATIN1_SHARE * suspects:
            continue  # (a line of Cyrillic or Greek is what it says: mojibake is mostly Latin-1's letters)
        try:
            new = _best_bytes(line).decode("gb18030", errors="replace")
        except Exception:  # noqa: BLE001 — a line that will not repair stays as it was
            continue
        han = len(_HAN.findall(new))
        plain = len(_PLAIN.findall(new))  # Han, CJK punctuation and ASCII: what a repaired line is made of
        if han >= 2 and plain >= 0.9 * len(new) and new.count("\ufffd") <= 0.05 * len(new) and \
                han > len(_HAN.findall(line)):
            lines[i] = new
            fixed += 1
    return ("\n".join(lines), fixed) if fixed else (text, 0)

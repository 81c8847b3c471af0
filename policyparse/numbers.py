"""Numerals: Chinese <-> int for numbering labels (and, later, quantities)."""
from __future__ import annotations

import re

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2, "三": 3, "叁": 3,
             "參": 3, "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "陸": 6, "七": 7, "柒": 7,
             "八": 8, "捌": 8, "九": 9, "玖": 9}
CN_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
PAREN_DIGITS = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
FULLSTOP_DIGITS = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"
_SIMPLE = "零一二三四五六七八九"
_LEGAL = "零壹贰叁肆伍陆柒捌玖"


def cn_to_int(s: str) -> int | None:
    """二十三 -> 23, 一百零五 -> 105, 十 -> 10, 二〇二五 -> 2025 (digit by digit). None if not a numeral."""
    if not s:
        return None
    if all(c in CN_DIGITS for c in s):
        if len(s) == 1:
            return CN_DIGITS[s]
        value = 0
        for c in s:
            value = value * 10 + CN_DIGITS[c]
        return value
    total, digit = 0, None
    for c in s:
        if c in CN_DIGITS:
            digit = CN_DIGITS[c]
        elif c in CN_UNITS:
            total += (1 if digit is None else digit) * CN_UNITS[c]
            digit = None
        else:
            return None
    return total + (digit or 0)


def cn_sections(s: str) -> tuple[int, int] | None:
    """A numeral in sections of 亿 and 万 (七万五千 → (0, 75000), 十三亿六千 → (13, 6000), 一亿零五百万 is
    read by the caller as 一亿零五百 and its 万): (the count of 亿, the rest), or None."""
    hi, _, rest = s.rpartition("亿") if "亿" in s else ("", "", s)
    yi = cn_to_int(hi) if hi else 0
    if "万" in rest:
        wan_s, _, low_s = rest.partition("万")
        wan, low = cn_to_int(wan_s), cn_to_int(low_s.lstrip("零")) if low_s.lstrip("零") else 0
        rest_n = None if wan is None or low is None or low >= 10_000 else wan * 10_000 + low
    else:
        rest_n = cn_to_int(rest.lstrip("零")) if rest.lstrip("零") else 0
    return None if yi is None or rest_n is None else (yi, rest_n)


def count_of(s: str) -> int | None:
    """A count written in digits or in Chinese numerals (7 or 七, 12 or 十二); None if it is neither."""
    return int(s) if s.isdigit() else cn_to_int(s)


def cn_pair(s: str) -> tuple[int, int] | None:
    """一两 -> (1, 2), 两三 -> (2, 3), 三五 -> (3, 5): two numerals side by side say "one or two", a range;
    None for anything else (二十 is a number)."""
    if len(s) != 2 or s[0] not in CN_DIGITS or s[1] not in CN_DIGITS:
        return None
    a, b = CN_DIGITS[s[0]], CN_DIGITS[s[1]]
    return (a, b) if a >= 1 and (b == a + 1 or (a, b) == (3, 5)) else None


def int_to_cn(n: int, legal: bool = False) -> str:
    """23 -> 二十三 (the way Word's chineseCounting renders list numbers); legal=True gives 贰拾叁."""
    digits = _LEGAL if legal else _SIMPLE
    units = ("", "拾", "佰", "仟") if legal else ("", "十", "百", "千")
    if n <= 0:
        return digits[0]
    if n >= 10000:
        return str(n)
    out, zero = [], False
    s = str(n)
    for i, ch in enumerate(s):
        d, pos = int(ch), len(s) - i - 1
        if d == 0:
            zero = True
            continue
        if zero and out:
            out.append(digits[0])
        zero = False
        if not (d == 1 and pos == 1 and not out and not legal):  # 十一, not 一十一
            out.append(digits[d])
        out.append(units[pos])
    return "".join(out)


_MULT = {"万": 10_000, "千": 1_000, "亿": 100_000_000, "百": 100}
_FULLWIDTH = {0xFF10 + i: str(i) for i in range(10)} | {ord("．"): "."}


def parse_number(s: str) -> float | None:
    """A number as written in a plan: 12, １２, 3.5, 两, 十二, 一百二十, 百分之九十 (→ 90), 三分之一
    (→ 0.3333), 1.5万 (→ 15000), 6千, 三点五; None if s is not one number."""
    s = s.strip().translate(_FULLWIDTH)
    if not s:
        return None
    if s.startswith("百分之"):
        v = parse_number(s[3:])
        return v
    if "分之" in s:
        den, _, num = s.partition("分之")
        d, n = parse_number(den), parse_number(num)
        return round(n / d, 4) if d and n is not None else None
    if s[-1] in _MULT and len(s) > 1:
        base = parse_number(s[:-1])
        if base is not None and (s[:-1].replace(".", "", 1).isdigit() or s[-1] in "万亿"):
            return base * _MULT[s[-1]]
    if s.isascii():
        try:
            return float(s)
        except ValueError:
            return None
    if "点" in s:
        whole, _, frac = s.partition("点")
        w = cn_to_int(whole) if whole else 0
        digits = [CN_DIGITS.get(c) for c in frac]
        if w is None or not digits or None in digits:
            return None
        return float(f"{w}.{''.join(map(str, digits))}")
    v = cn_to_int(s)
    return float(v) if v is not None else None


FIVE_YEAR_PLAN = re.compile(r"十([一二三四五六七八九])五")  # “十四五”: the ordinal of a five-year plan, group 1


def five_year_plan_start(ordinal: str) -> int | None:
    """The first year of the Nth five-year plan, N given by the digit after 十 (“十一五” → 一 → 2006;
    “十四五” → 四 → 2021): the 11th began in 2006."""
    n = cn_to_int(ordinal)
    return None if n is None else 2006 + 5 * (n - 1)

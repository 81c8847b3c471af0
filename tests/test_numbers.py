import pytest

from policyparse.numbers import cn_pair, cn_sections, cn_to_int, count_of, int_to_cn

CN = [("一", 1), ("十", 10), ("十一", 11), ("二十", 20), ("二十三", 23), ("一百", 100), ("一百零五", 105),
      ("一百二十", 120), ("两", 2), ("三千", 3000), ("二〇二五", 2025), ("零", 0), ("贰拾叁", 23)]


@pytest.mark.parametrize("text,value", CN)
def test_cn_to_int(text, value):
    assert cn_to_int(text) == value


@pytest.mark.parametrize("text", ["", "年", "十x"])
def test_cn_to_int_rejects(text):
    assert cn_to_int(text) is None


@pytest.mark.parametrize("n,text", [(1, "一"), (10, "十"), (11, "十一"), (20, "二十"), (21, "二十一"),
                                    (100, "一百"), (101, "一百零一"), (110, "一百一十"), (1005, "一千零五")])
def test_int_to_cn(n, text):
    assert int_to_cn(n) == text
    assert cn_to_int(text) == n


def test_int_to_cn_legal():
    assert int_to_cn(23, legal=True) == "贰拾叁"


from policyparse.numbers import parse_number  # noqa: E402, count_of, cn_sections


@pytest.mark.parametrize("text,value", [
    ("12", 12), ("１２", 12), ("3.5", 3.5), ("两", 2), ("十二", 12), ("一百二十", 120), ("百分之九十", 90),
    ("三分之一", 0.3333), ("1.5万", 15000), ("6千", 6000), ("三点五", 3.5), ("2亿", 200_000_000), ("十万", 100_000),
    ("９９．５", 99.5),
])
def test_parse_number(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "abc", "年", "1.2.3"])
def test_parse_number_rejects(text):
    assert parse_number(text) is None


@pytest.mark.parametrize("s,want", [("一两", (1, 2)), ("两三", (2, 3)), ("三四", (3, 4)), ("三五", (3, 5)),
                                    ("二十", None), ("一一", None), ("十一", None), ("三", None), ("〇一", None)])
def test_two_numerals_side_by_side_are_a_range(s, want):
    assert cn_pair(s) == want


@pytest.mark.parametrize("s,n", [("7", 7), ("12", 12), ("七", 7), ("十二", 12), ("一百零五", 105), ("", None), ("几", None)])
def test_a_count_in_digits_or_numerals(s, n):
    assert count_of(s) == n


@pytest.mark.parametrize("s,want", [("七万五千", (0, 75000)), ("一万零五百", (0, 10500)), ("十三亿六千", (13, 6000)),
                                    ("一亿零五百", (1, 500)), ("两万", (0, 20000)), ("三亿", (3, 0))])
def test_numerals_in_sections_of_wan_and_yi(s, want):
    assert cn_sections(s) == want


@pytest.mark.parametrize("s", ["七万x", "万一万", "一万两万五"])
def test_numerals_in_sections_reject_what_is_no_number(s):
    assert cn_sections(s) is None

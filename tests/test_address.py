"""A page's address dates a page whose text has none (so its 今年 has a year), and is kept as source.url."""
import json

import pytest

from policyparse import parse_bytes, parse_text
from policyparse.address import date_in

from .test_cli import cli

URL_DATES = [
    # a folder named by a year alone, the page's file right after it: the year it was filed in
    ("http://www.example.com/blog/2009/25172.html", "2009"),
    ("http://news.example.cn/news/2015/shownews.asp?id=3", "2015"),
    ("http://www.example.gov.cn/zt/2035/", None),  # (a topic's folder, no page filed in it)
    ("http://www.example.cn/a/2010/b/c.html", None),  # (a year deeper up the path: a section's name)
    ("http://www.linyi.gov.cn/zixun/2017-06/07/content_11413996.htm", "2017-06-07"),
    ("//m.example.com/news/2020/1010/74324.shtml", "2020-10-10"),
    ("https://jtt.fujian.gov.cn/xxgk/jtyw/202208/t20220804_5968009.htm", "2022-08-04"),
    ("http://paper.example.com.cn/n2/2024/0726/c367698-40923785.html", "2024-07-26"),
    ("http://www.ce.cn/xwzx/gnsz/201410/20/t20141020_3736925.shtml", "2014-10-20"),
    ("http://news.example.cn/system/2010/03/01/006435412.shtml", "2010-03-01"),
    ("http://www.example.cn/html/2013-03/28/content_9853.htm", "2013-03-28"),
    ("/news/2019/0514/1.html", "2019-05-14"),
    # folders of one or two digits (/2018/3/4/): the separators say it is a date
    ("https://m.example.com/10462/10464/10797/2018/3/4/10445982.shtml", "2018-03-04"),
    ("http://www.example.cn/a/2016/12/9/55.html", "2016-12-09"),
    ("http://www.example.cn/a/2016/9/40/55.html", None),  # no day 40
    # ids and hosts are no dates
    ("http://law.example.net/show-199010.html", None),
    ("http://www.example.gov.cn/public/118323304/1260012232.html", None),
    ("http://www.20171231.cn/a.html", None),
    ("http://www.example.com/show?catid=23514&id=47117", None),
    ("http://www.example.com/2019/13/45/a.html", None),  # no month 13
    ("http://www.example.com/news/2019/05/1234567.html", None),  # 12 is the start of an id
    # a folder of the month alone files the page under its month
    ("https://www.example.net/city/news/201808/7948096.html", "2018-08"),
    ("http://example.com/tradenews/2021-06/179778.html", "2021-06"),
    ("https://hunan.example.com.cn/article/202109/202109170956494675.html", "2021-09"),
    ("http://www.example.com/col/201913/1.html", None),  # no month 13
    ("http://www.example.com/list/123456/1.html", None),  # an id, not a year
    ("", None),
    (None, None),
]


@pytest.mark.parametrize("url,date", URL_DATES)
def test_date_in_an_address(url, date):
    assert date_in(url) == date


NEWS = "某区交通运输局工作人员介绍，今年全区将建设公交站亭214座，投资1000万元。"


def test_an_address_dates_a_page_whose_text_has_no_date():
    plan = parse_text(NEWS, url="http://www.example.com/news/2020/1010/74324.shtml")
    assert plan.source.url == "http://www.example.com/news/2020/1010/74324.shtml"
    assert plan.metadata.date_published == "2020-10-10"
    assert [(t.value, t.year) for t in plan.targets] == [(214, 2020), (1000, 2020)]
    assert [p.kind for p in plan.problems] == ["dated_by_address"]
    bare = parse_text(NEWS)  # without it, 今年 has no year
    assert bare.source.url is None and [t.year for t in bare.targets] == [None, None]


def test_a_month_folder_dates_a_pages_this_year():
    plan = parse_text("本报讯 今年，团市委计划资助贫困学生940人。", url="https://www.example.net/city/news/201808/7948096.html")
    assert plan.metadata.date_published == "2018-08"
    assert [(t.value, t.year) for t in plan.targets] == [(940, 2018)]


def test_the_texts_own_date_beats_its_address():
    text = "公交站亭建设启动\n2021-03-05 来源：交通局\n" + NEWS
    plan = parse_text(text, url="http://www.example.com/news/2020/1010/74324.shtml")
    assert plan.metadata.date_published == "2021-03-05"
    assert {t.year for t in plan.targets} == {2021}
    assert not any(p.kind == "dated_by_address" for p in plan.problems)


def test_a_web_page_names_its_own_address():
    html = ("<html><head><title>公交站亭</title><link rel=\"canonical\" href=\"https://www.example.com/news/2020/1010/7.html\">"
            "</head><body><div class=\"content\"><p>" + NEWS * 3 + "</p></div></body></html>").encode()
    plan = parse_bytes(html, "page.html")
    assert plan.source.url == "https://www.example.com/news/2020/1010/7.html"
    assert plan.metadata.date_published == "2020-10-10"
    given = parse_bytes(html, "page.html", url="http://mirror.example.org/a/2021/0101/1.html")  # the caller's wins
    assert given.source.url == "http://mirror.example.org/a/2021/0101/1.html"


def test_cli_url_and_url_list(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(NEWS, encoding="utf-8")
    b.write_text(NEWS, encoding="utf-8")
    r = cli("parse", str(a), "--url", "http://x.cn/news/2020/1010/1.html", "--quiet")
    assert r.returncode == 0 and {t["year"] for t in json.loads(r.stdout)["targets"]} == {2020}
    urls = tmp_path / "urls.tsv"
    urls.write_text(f"a.txt\thttp://x.cn/n/2018/0514/1.html\n{b},http://x.cn/n/2019/0301/2.html\n", encoding="utf-8")
    r = cli("targets", str(a), str(b), "--urls", str(urls), "--format", "jsonl", "--quiet")
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    assert r.returncode == 0 and {(x["file"][-5:], x["year"]) for x in rows} == {("a.txt", 2018), ("b.txt", 2019)}
    r = cli("explain", str(a), "--url", "http://x.cn/news/2020/1010/1.html", "--format", "jsonl")
    assert {json.loads(x)["year"] for x in r.stdout.splitlines() if json.loads(x)["verdict"] == "target"} == {2020}


def test_cli_url_misuse_is_a_usage_error(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text(NEWS, encoding="utf-8")
    r = cli("parse", str(a), str(a), "--url", "http://x.cn/a.html")
    assert r.returncode == 64 and "--urls" in r.stderr and "Traceback" not in r.stderr
    r = cli("parse", str(a), "--urls", str(tmp_path / "missing.tsv"))
    assert r.returncode == 64 and "missing.tsv" in r.stderr

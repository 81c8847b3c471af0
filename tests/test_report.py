"""Reports: the HTML is one self-contained page whose content says what the diff says; Markdown too."""
from html.parser import HTMLParser

import pytest

import policyparse
from policyparse.report import diff_html, diff_markdown, target_text

from .conftest import CORPUS

PAIRS = CORPUS / "pairs"


class _Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.refs, self.text, self.dels, self.ins = [], [], [], [], []
        self._in = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self._in.append(tag)
        self.refs += [v for k, v in attrs if k in ("src", "href") and v]

    def handle_endtag(self, tag):
        if self._in and self._in[-1] == tag:
            self._in.pop()

    def handle_data(self, data):
        self.text.append(data)
        if self._in and self._in[-1] == "del":
            self.dels.append(data)
        if self._in and self._in[-1] == "ins":
            self.ins.append(data)


@pytest.fixture(scope="module")
def d():
    return policyparse.diff(PAIRS / "edu_balance_v1.docx", PAIRS / "edu_balance_v2.txt")


def test_html_is_self_contained_and_says_what_the_diff_says(d):
    page = _Page()
    page.feed(diff_html(d))
    assert page.refs == []  # no stylesheet, script, font or image from anywhere
    assert "script" not in page.tags and "style" in page.tags
    text = "".join(page.text)
    for title in ("推进集团化办学", "推进智慧校园建设", "专任教师本科及以上学历比例"):
        assert title in text
    assert "≥85 % (2026)" in text and "≥90 % (2026)" in text
    assert "stricter: 2" in text and "looser: 1" in text
    assert "2024年底" in page.dels and "2025年6月底" in page.ins
    assert page.tags.count("tr") >= len(d.measures) + len(d.targets) + len(d.phases)


def test_html_escapes_text():
    a = policyparse.parse_text("某市<方案>\n一、任务\n（一）加强<b>领导</b>。")
    b = policyparse.parse_text("某市<方案>\n一、任务\n（一）加强<i>领导</i>。")
    page = _Page()
    page.feed(diff_html(policyparse.diff(a, b)))
    assert "i" not in page.tags and page.tags.count("b") == 2  # the plan's <i>, <b> stay text (2 <b>: the titles)
    assert "某市<方案>" in "".join(page.text)


def test_markdown(d):
    md = diff_markdown(d)
    assert md.startswith("# ")
    assert "| removed | 二、（三） 推进集团化办学 |" in md
    assert "~~2024年底~~" in md and "**2025年6月底**" in md
    assert "| changed | 专任教师本科及以上学历比例 | ≥85 % (2026) | ≥90 % (2026) | value (stricter) |" in md


@pytest.mark.parametrize("sentence,text", [
    ("到2025年，覆盖率达到95%以上。", "≥95 % (2025)"),
    ("每组4-6人。", "4–6 人"),
    ("每周开展活动不少于2次。", "≥2 次 (每周)"),
    ("能耗降低10%。", "−10 %"),
])
def test_target_text(sentence, text):
    plan = policyparse.parse_text("某市方案\n一、目标\n" + sentence)
    assert target_text(plan.targets[0]) == text


def test_wide_table_reads_a_row_per_indicator():
    from policyparse.report import table_markdown
    c = policyparse.compare([CORPUS / "07_env_air.txt", PAIRS / "air_city_b.txt"])
    md = table_markdown(c.wide).splitlines()
    assert md[2].startswith("|  | XX市空气质量持续改善行动计划") and "YY市大气污染防治三年行动方案" in md[2]
    assert "| 细颗粒物（PM2.5）平均浓度 (微克/立方米) | 32 | 30 |" in md
    page = _Page()
    from policyparse.report import table_html
    page.feed(table_html(c.wide))
    assert page.refs == [] and page.tags.count("tr") == len(c.wide.columns)  # header + one per column but title


def test_diff_reports_show_section_and_deadline_changes():
    from policyparse.report import deadline_changes, diff_html, diff_markdown
    d = policyparse.diff(PAIRS / "edu_balance_v1.txt", PAIRS / "edu_balance_v2.txt")
    assert list(deadline_changes(d)) == [("二、（二） 改善学校办学条件", "2024-12", "2025-06", 6)]
    md = diff_markdown(d)
    assert "| moved | 三、 保障措施 | 四、 保障措施 |" in md
    assert "| 二、（二） 改善学校办学条件 | 2024-12 | 2025-06 | +6 |" in md
    page = diff_html(d)
    assert "<h2>Sections</h2>" in page and "<h2>Deadlines</h2>" in page and "2025-06</td><td>+6</td>" in page

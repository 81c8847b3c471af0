"""End to end on every corpus document against its gold file, and the corpus is what its script makes."""
import json
import subprocess
import sys
import unicodedata

import pytest

import policyparse
from policyparse.evaluate import gold_documents, score_structure

from .conftest import CORPUS

DOCS = list(gold_documents(CORPUS))


def test_corpus_is_large_and_varied_enough():
    golds = {json.loads(p.read_text(encoding="utf-8"))["doc"] for p in CORPUS.glob("*.gold.json")}
    assert len(golds) >= 12
    suffixes = {p.suffix for p, _ in DOCS}
    assert suffixes == {".txt", ".docx", ".pdf", ".html", ".doc", ".wps", ".ofd"}
    for ext in (".html", ".doc", ".wps", ".ofd"):  # each new format for several plans
        assert sum(1 for p, _ in DOCS if p.suffix == ext) >= 5, ext


@pytest.mark.parametrize("path,gold", DOCS, ids=[p.name for p, _ in DOCS])
def test_structure_matches_gold(path, gold):
    plan = policyparse.parse(path)
    score = score_structure(plan, gold, path.name)
    assert score.problems == []
    assert score.perfect


@pytest.mark.parametrize("path,gold", DOCS, ids=[p.name for p, _ in DOCS])
def test_spans_point_into_the_text(path, gold):
    plan = policyparse.parse(path)
    n = len(plan.text)
    for s in plan.iter_sections():
        assert 0 <= s.span[0] < s.span[1] <= n
        assert plan.text[s.span[0]:].startswith(s.label)
    for m in plan.measures:
        assert plan.text[m.span[0]:m.span[1]].endswith(m.text)
    for b in plan.blocks:
        assert 0 <= b.span[0] <= b.span[1] <= n
    if path.suffix == ".pdf":
        assert plan.source.pages and all(s.page for s in plan.iter_sections())
    for boiler in ("本站", "下载本文档", "温馨提示", "PAGE", "已阅读"):
        assert boiler not in plan.text


FORMATS = ("txt", "docx", "pdf", "html", "doc", "wps", "ofd")


@pytest.mark.parametrize("name", ["03_edu_teacher", "05_health_elderly", "07_env_air", "09_digital_economy",
                                  "11_rural", "13_culture_continuous"])
def test_formats_agree(name):
    """The same plan read from every format it comes in gives the same sections, measures and targets
    (13: measures numbered on through the sections, by Word's numbering in the .docx)."""
    paths = [CORPUS / f"{name}.{ext}" for ext in FORMATS if (CORPUS / f"{name}.{ext}").exists()]
    assert len(paths) >= 4
    plans = [policyparse.parse(p) for p in paths]
    assert [p.source.format for p in plans] == [p.suffix[1:] for p in paths]
    for path, plan in zip(paths[1:], plans[1:]):
        assert [_section(s) for s in plan.iter_sections()] == [_section(s) for s in plans[0].iter_sections()], path.name
        assert [_measure(m) for m in plan.measures] == [_measure(m) for m in plans[0].measures], path.name
        assert [_target(t) for t in plan.targets] == [_target(t) for t in plans[0].targets], path.name
    if name == "13_culture_continuous":
        assert [m.path for m in plans[0].measures][:7] == ["二、（一）1.", "二、（一）2.", "二、（一）3.", "二、（二）4.",
                                                          "二、（二）5.", "二、（三）6.", "二、（三）7."]


def _section(s):
    return unicodedata.normalize("NFKC", s.label), s.title, s.level  # 11's .txt prints (一) where Word shows （一）


def _measure(m):
    return unicodedata.normalize("NFKC", m.path), m.title


def _target(t):
    return t.indicator, t.comparator, t.value, t.unit, t.change, t.year, t.frequency, t.scope


@pytest.mark.parametrize("name,index_no,written,published", [
    ("06_health_hospital", "11000000MB0000000X/2024-00018", "2024-03-12", "2024-03-18"),  # header table, <meta>
    ("07_env_air", "0020240318-1", "2024-03-12", None),  # layout tables, the header as a list
    ("05_health_elderly", None, None, "2023-03-18"),  # HTML5, <meta> only
])
def test_web_page_metadata_fills_the_plan(name, index_no, written, published):
    plan = policyparse.parse(CORPUS / f"{name}.html")
    gold = json.loads((CORPUS / f"{name}.gold.json").read_text(encoding="utf-8"))
    md = plan.metadata
    assert md.title == gold["title"] and md.issuer == "某市人民政府办公室"
    assert (md.index_no, md.date_written, md.date_published) == (index_no, written, published)
    for furniture in ("首页", "当前位置", "分享到", "打印", "相关", "网站标识码", "统计代码", "规范性文件", "版权所有", "字号"):
        assert furniture not in plan.text, furniture


def test_corpus_text_and_gold_are_what_the_script_makes(tmp_path):
    subprocess.run([sys.executable, str(CORPUS / "make_corpus.py"), "--out", str(tmp_path), "--txt-only"],
                   check=True, capture_output=True)
    for gold in CORPUS.glob("*.gold.json"):
        assert (tmp_path / gold.name).read_text(encoding="utf-8") == gold.read_text(encoding="utf-8")
    pairs = sorted((CORPUS / "pairs").glob("*.txt"))
    assert len(pairs) >= 3
    for txt in pairs:
        assert (tmp_path / "pairs" / txt.name).read_text(encoding="utf-8") == txt.read_text(encoding="utf-8")
        txt = gold.name.replace(".gold.json", ".txt")
        assert (tmp_path / txt).read_bytes() == (CORPUS / txt).read_bytes()
    regional = sorted((CORPUS / "regions").iterdir())
    assert len(regional) >= 10
    for f in regional:
        assert (tmp_path / "regions" / f.name).read_bytes() == f.read_bytes(), f.name

"""End to end on every corpus document against its gold file, and the corpus is what its script makes."""
import json
import subprocess
import sys

import pytest

import policyparse
from policyparse.evaluate import gold_documents, score_structure

from .conftest import CORPUS

DOCS = list(gold_documents(CORPUS))


def test_corpus_is_large_and_varied_enough():
    golds = {json.loads(p.read_text(encoding="utf-8"))["doc"] for p in CORPUS.glob("*.gold.json")}
    assert len(golds) >= 12
    suffixes = {p.suffix for p, _ in DOCS}
    assert suffixes == {".txt", ".docx", ".pdf"}


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


@pytest.mark.parametrize("name", ["07_env_air", "13_culture_continuous"])
def test_formats_agree(name):
    """The same plan read from .txt, .docx and .pdf gives the same sections, measures and targets
    (13: measures numbered on through the sections, by Word's numbering in the .docx)."""
    plans = [policyparse.parse(CORPUS / f"{name}.{ext}") for ext in ("txt", "docx", "pdf")]
    sections = [[(s.label, s.title, s.level) for s in p.iter_sections()] for p in plans]
    measures = [[(m.path, m.title) for m in p.measures] for p in plans]
    targets = [[(t.indicator, t.comparator, t.value, t.unit, t.change, t.year, t.frequency, t.scope) for t in p.targets]
               for p in plans]
    assert sections[0] == sections[1] == sections[2]
    assert measures[0] == measures[1] == measures[2]
    assert targets[0] == targets[1] == targets[2]
    if name == "13_culture_continuous":
        assert [m.path for m in plans[0].measures][:7] == ["二、（一）1.", "二、（一）2.", "二、（一）3.", "二、（二）4.",
                                                          "二、（二）5.", "二、（三）6.", "二、（三）7."]


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

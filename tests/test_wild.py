"""Real files from public repositories (../shared/wild, read at test time, never copied): what each must
give, by tests/data/wild_expected.json (written by hand from the files, blind to the code). Issue 15's
part: documents that set no goals give no targets, plans give theirs, and the work report gives this
year's goals with their year and none of last year's results."""
import json
from pathlib import Path

import pytest

import policyparse
from policyparse.evaluate import norm

ROOT = Path(__file__).resolve().parent.parent
WILD = ROOT.parent / "shared" / "wild"
EXPECTED = json.loads((ROOT / "tests" / "data" / "wild_expected.json").read_text(encoding="utf-8"))
NO_GOALS = {"statistics", "news", "form", "standard", "notice", "other"}

pytestmark = pytest.mark.skipif(not WILD.is_dir(), reason="../shared/wild is not beside this checkout")


def _parse(name):
    try:
        return policyparse.parse(WILD / name)
    except policyparse.PolicyParseError:
        return None


@pytest.mark.parametrize("name", sorted(n for n, e in EXPECTED.items() if e["kind"] in NO_GOALS))
def test_documents_that_set_no_goals_give_no_targets(name):
    plan = _parse(name)
    if plan is not None:  # refused is an answer too (a page with no body)
        assert plan.targets == [], [(t.indicator, t.value, t.unit) for t in plan.targets[:5]]
        if EXPECTED[name]["kind"] in ("statistics", "news", "form", "standard"):
            assert plan.metadata.doc_kind not in ("plan", "report"), plan.metadata.doc_kind_evidence


@pytest.mark.parametrize("name", sorted(n for n, e in EXPECTED.items() if e["kind"] == "plan"))
def test_plans_are_plans_and_give_their_targets(name):
    plan = _parse(name)
    assert plan.metadata.doc_kind == "plan" and plan.targets
    found = " ".join(norm(t.text) for t in plan.targets)
    examples = EXPECTED[name].get("target_examples", [])
    hit = [x for x in examples if norm(x["text"])[:12] in found]
    # most of the examples (one is 零发生, a commitment with no number the extractor reads)
    assert len(hit) * 2 > len(examples), [x["text"] for x in examples if x not in hit]


def test_the_work_report_gives_this_years_goals_with_their_year_and_no_results():
    e = EXPECTED["pdf_beijing_gzbg2024.pdf"]
    plan = _parse("pdf_beijing_gzbg2024.pdf")
    assert plan.metadata.doc_kind == "report"
    for example in e["target_examples"]:  # 地区生产总值增长5%左右 … 2024
        hits = [t for t in plan.targets if norm(example["text"]) in norm(plan.text[t.span[0]:t.span[1]])]
        assert hits and all(t.year == example["year"] for t in hits), example
    for example in e["non_target_examples"]:  # last year's 增长5.2%, 新增5G基站3万个 …
        assert not [t for t in plan.targets if norm(example["text"]) in norm(t.text)], example

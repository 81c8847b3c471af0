"""spaCy: the blank Chinese pipeline with jieba, the registered component, Plan.to_doc."""
import spacy

import policyparse
from policyparse.nlp import align, blank
from policyparse.readers import read_path

from .conftest import CORPUS


def test_blank_pipeline_segments_with_jieba():
    doc = blank()("全市高中阶段教育毛入学率达到95%以上。")
    assert "入学率" in [t.text for t in doc]


def test_component_by_name_from_the_entry_point():
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.add_pipe("policyparse")
    text = "某市行动方案\n一、主要目标\n到2025年，覆盖率达到95%，满意度达到90%以上。\n二、重点任务\n（一）加强培训。每年培训教师不少于500人次。"
    doc = nlp(text)
    assert [s._.section["label"] for s in doc.spans["sections"]] == ["一、", "二、", "（一）"]
    got = [(s._.target["indicator"], s._.target["value"]) for s in doc.spans["targets"]]
    assert got == [("覆盖率", 95.0), ("满意度", 90.0), ("培训教师", 500.0)]
    assert "每年培训教师不少于500人次" in doc.spans["targets"][2].text
    assert doc._.plan.metadata.title == "某市行动方案" and doc._.unplaced == 0


def test_component_on_raw_scraped_text_places_every_span():
    nlp = blank()
    nlp.add_pipe("policyparse")
    for name in ("02_edu_primary_trad.txt", "03_edu_teacher.txt", "11_rural.txt"):
        raw = "\n".join(b.text for b in read_path(str(CORPUS / name)).blocks)  # pinyin, chunk markers, noise
        doc = nlp(raw)
        plan = doc._.plan
        assert doc._.unplaced == 0
        assert len(doc.spans["targets"]) == len(plan.targets)
        for span, t in zip(doc.spans["targets"], plan.targets):
            assert span._.target["id"] == t.id
            assert span.text.strip()[:2] == t.text[:2]


def test_plan_to_doc_is_exact():
    plan = policyparse.parse(CORPUS / "05_health_elderly.docx")
    doc = plan.to_doc()
    assert doc.text == plan.text
    assert [(s.start_char, s.end_char) for s in doc.spans["targets"]] == [tuple(t.span) for t in plan.targets]
    assert len(doc.spans["sections"]) == len(list(plan.iter_sections()))


def test_empty_text():
    nlp = blank()
    nlp.add_pipe("policyparse")
    doc = nlp("   ")
    assert len(doc.spans["targets"]) == 0


def test_align_maps_clean_offsets_back():
    raw = "小學(xué)教育，\n第 3 页 共 9 页\n达到９５％"
    clean = "小學教育，\n达到95%"
    where = align(clean, raw)
    assert raw[where[clean.index("教")]] == "教"
    assert raw[where[clean.index("达")]] == "达"
    assert raw[where[clean.index("9")]] == "９"

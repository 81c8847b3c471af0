import pytest

from policyparse.metadata import extract, find_title

CASES = [
    # text, expected fields
    ("江苏省中小学教育质量提升三年行动方案\n为提升质量，制定本方案。",
     dict(title="江苏省中小学教育质量提升三年行动方案", plan_type="行动方案", region="江苏省", period_years=3)),
    ("杭州市教育局关于印发《杭州市中小学课后服务提升三年行动计划（2023—2025年）》的通知\n杭教发〔2023〕12号\n各区县：",
     dict(title="杭州市中小学课后服务提升三年行动计划（2023—2025年）", plan_type="三年行动计划", region="杭州市",
          period_start=2023, period_end=2025, period_years=3, doc_number="杭教发〔2023〕12号", issuer="杭州市教育局")),
    ("XX市人民政府办公厅关于印发XX市“十四五”生态环境保护规划的通知\n正文\nXX市人民政府办公厅\n2022年3月1日",
     dict(title="XX市“十四五”生态环境保护规划", plan_type="规划", region=None, period_start=2021, period_end=2025,
          issuer="XX市人民政府办公厅")),
    ("成都市武侯区教育高质量发展实施方案(最新)\n正文", dict(title="成都市武侯区教育高质量发展实施方案", region="成都市武侯区",
                                              plan_type="实施方案")),
    ("2025年小學教育教學質量提升實施方案為全面落實立德樹人根本任務，特制定本實施方案。",
     dict(title="2025年小學教育教學質量提升實施方案", plan_type="实施方案")),
    ("全市教育三年行动计划\n正文", dict(region=None, period_years=3)),
    ("城区学校布局规划\n正文", dict(region=None, plan_type="规划")),
    ("北京市加快数字经济发展实施意见（2024-2026年）\n", dict(region="北京市", plan_type="实施意见", period_start=2024)),
    ("XX市教育局文件\nX教发〔2024〕3号\n关于印发《XX市学前教育三年行动计划》的通知\n各县区：",
     dict(issuer="XX市教育局", doc_number="X教发〔2024〕3号", title="XX市学前教育三年行动计划", plan_type="三年行动计划")),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:12] for c in CASES])
def test_metadata(text, want):
    md = extract(text)
    for key, value in want.items():
        assert getattr(md, key) == value, key


def test_title_from_a_download_page_name():
    assert find_title("某某三年行动计划方案\n一、目标") == "某某三年行动计划方案"

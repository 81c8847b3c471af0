"""diff: the corpus pairs against their hand-written expected diffs, and tables of small cases."""
import json
from pathlib import Path

import jsonschema
import pytest

import policyparse
from policyparse.models import PlanDiff
from policyparse.plan_diff import as_plan, word_diff
from policyparse.schema import diff_schema

from .conftest import CORPUS

PAIRS = CORPUS / "pairs"
EXPECTED = sorted(PAIRS.glob("*.expected.json"))


def _project(d: PlanDiff) -> dict:
    sec = lambda s: s and s.label + s.title  # noqa: E731
    mea = lambda m: m and m.path + m.title  # noqa: E731
    return {
        "sections": [[e.status, sec(e.before), sec(e.after)] for e in d.sections],
        "measures": [[e.status, mea(e.before), mea(e.after)] for e in d.measures],
        "targets": [[e.status, e.key, [c.field for c in e.changes], e.direction] for e in d.targets],
        "phases": [[e.status, e.before and e.before.name, e.after and e.after.name, e.start_shift_months,
                    e.end_shift_months] for e in d.phases],
    }


@pytest.fixture(scope="module", params=EXPECTED, ids=[p.name for p in EXPECTED])
def pair(request):
    exp = json.loads(request.param.read_text(encoding="utf-8"))
    return exp, policyparse.diff(PAIRS / exp["a"], PAIRS / exp["b"])


def test_pairs_exist():
    assert len(EXPECTED) >= 2


@pytest.mark.parametrize("part", ["sections", "measures", "targets", "phases"])
def test_pair_matches_expected(pair, part):
    exp, d = pair
    assert _project(d)[part] == exp[part]


def test_pair_summary_counts_the_entries(pair):
    _, d = pair
    for part in ("sections", "measures", "targets", "phases"):
        assert sum(getattr(d.summary, part).values()) == len(getattr(d, part))
    assert d.summary.stricter == sum(t.direction == "stricter" for t in d.targets)


def test_changed_measure_details(pair):
    exp, d = pair
    for path_title, want in exp.get("measure_details", {}).items():
        e = next(e for e in d.measures if e.after and e.after.path + e.after.title == path_title)
        deadline = next(c for c in e.changes if c.field == "deadline")
        assert [deadline.before, deadline.after] == want["deadline"]
        assert [op.text for op in e.text_diff if op.op == "insert"] == want["inserted"]
        assert [op.text for op in e.text_diff if op.op == "delete"] == want["deleted"]
        # the word diff rebuilds both texts
        assert "".join(op.text for op in e.text_diff if op.op != "insert") == e.before.text
        assert "".join(op.text for op in e.text_diff if op.op != "delete") == e.after.text


def test_diff_json_validates_and_round_trips(pair):
    _, d = pair
    data = json.loads(d.model_dump_json())
    jsonschema.validate(data, diff_schema())
    assert PlanDiff.model_validate_json(d.model_dump_json()) == d


def test_identical_plans_only_unchanged():
    plan = policyparse.parse(CORPUS / "05_health_elderly.txt")
    d = policyparse.diff(plan, plan)
    for part in ("sections", "measures", "targets", "phases"):
        assert {e.status for e in getattr(d, part)} == {"unchanged"}
    for part in ("measures", "targets", "phases"):
        assert len(getattr(d, part)) == len(getattr(plan, part))
    assert all(not e.changes and not e.text_diff for e in d.measures)


def test_same_plan_in_two_formats_is_unchanged():
    d = policyparse.diff(CORPUS / "08_env_water.docx", CORPUS / "08_env_water.pdf")
    assert set(d.summary.measures) == {"unchanged"} and set(d.summary.targets) == {"unchanged"}


def test_plan_without_measures():
    empty = policyparse.parse_text("某市关于做好节日期间安全工作的通知\n请各单位高度重视，认真做好各项安全工作。")
    full = policyparse.parse(CORPUS / "01_edu_quality.txt")
    d = policyparse.diff(empty, full)
    assert d.summary.measures == {"added": len(full.measures)}
    d = policyparse.diff(full, empty)
    assert d.summary.measures == {"removed": len(full.measures)}


def test_unrelated_plans_match_little():
    a = policyparse.parse(CORPUS / "03_edu_teacher.txt")
    b = policyparse.parse(CORPUS / "10_manufacturing.txt")
    d = policyparse.diff(a, b)
    paired = [e for e in d.measures if e.before and e.after]
    assert len(paired) <= 3
    assert d.summary.targets.get("changed", 0) + d.summary.targets.get("unchanged", 0) <= 1


REORDERED_A = """某区社区治理工作方案
一、重点任务
（一）完善网格管理。全区划分网格不少于300个，每个网格配备1名专职网格员。
（二）建设智慧社区平台。2025年底前建成区级智慧社区平台。
（三）培育社区社会组织。每个社区培育社会组织不少于5个。
（四）开展志愿服务。每年开展志愿服务活动不少于12次。
"""
REORDERED_B = """某区社区治理工作方案
一、重点任务
（一）开展志愿服务。每年开展志愿服务活动不少于12次。
（二）完善网格管理。全区划分网格不少于300个，每个网格配备1名专职网格员。
（三）培育社区社会组织。每个社区培育社会组织不少于5个。
（四）建设智慧社区平台。2025年底前建成区级智慧社区平台。
"""


def test_reordered_and_renumbered_measures_still_match():
    d = policyparse.diff(policyparse.parse_text(REORDERED_A), policyparse.parse_text(REORDERED_B))
    pairs = {(e.before.title, e.after.path) for e in d.measures}
    assert pairs == {("完善网格管理", "一、（二）"), ("建设智慧社区平台", "一、（四）"), ("培育社区社会组织", "一、（三）"),
                     ("开展志愿服务", "一、（一）")}
    # the fewest moves that explain the new order: two of four
    assert d.summary.measures == {"unchanged": 2, "moved": 2}
    assert set(d.summary.targets) == {"unchanged"}


def test_assignment_is_optimal_not_greedy():
    # 加强组织领导 alone is alike to both B items; greedy first-fit would take the wrong one
    a = "某市方案\n一、保障措施\n（一）加强组织领导。成立领导小组。\n（二）加强组织领导和经费保障。成立领导小组，每年安排经费不少于100万元。\n"
    b = "某市方案\n一、保障措施\n（一）加强组织领导和经费保障。成立领导小组，每年安排经费不少于100万元。\n（二）加强组织领导。成立领导小组。\n"
    d = policyparse.diff(policyparse.parse_text(a), policyparse.parse_text(b))
    assert {(e.before.title, e.after.title) for e in d.measures if e.before and e.after} == {
        ("加强组织领导", "加强组织领导"), ("加强组织领导和经费保障", "加强组织领导和经费保障")}


@pytest.mark.parametrize("before,after,comp,direction", [
    ("覆盖率达到90%", "覆盖率达到95%", ">=", "stricter"),
    ("覆盖率达到90%", "覆盖率达到85%", ">=", "looser"),
    ("PM2.5浓度控制在35微克/立方米以下", "PM2.5浓度控制在30微克/立方米以下", "<=", "stricter"),
    ("PM2.5浓度控制在35微克/立方米以下", "PM2.5浓度控制在40微克/立方米以下", "<=", "looser"),
    ("培养骨干教师100名", "培养骨干教师120名", "=", "stricter"),
    ("能耗降低10%", "能耗降低12%", "=", "stricter"),
    ("覆盖率达到90%", "覆盖率超过90%", ">", "stricter"),
    ("覆盖率达到90%", "覆盖率达到90万人", ">=", None),  # another unit: not comparable
])
def test_target_direction(before, after, comp, direction):
    d = policyparse.diff(policyparse.parse_text(f"某市方案\n一、目标\n{before}。"),
                         policyparse.parse_text(f"某市方案\n一、目标\n{after}。"))
    changed = [t for t in d.targets if t.status == "changed"]
    assert len(changed) == 1
    assert changed[0].after.comparator == comp
    assert changed[0].direction == direction


def test_targets_pair_by_indicator_alias():
    d = policyparse.diff(policyparse.parse_text("某市方案\n一、目标\n到2025年，全市高中阶段教育毛入学率达到95%。"),
                         policyparse.parse_text("某县方案\n一、目标\n到2025年，高中阶段（教育）毛入学率达到97%以上。"))
    assert [(t.status, t.key, t.direction) for t in d.targets] == [("changed", "高中阶段毛入学率", "stricter")]


def test_user_aliases(tmp_path):
    a = policyparse.parse_text("某市方案\n一、目标\n智慧课堂覆盖率达到60%。")
    b = policyparse.parse_text("某市方案\n一、目标\n智能化教室比例达到70%。")
    assert {t.status for t in policyparse.diff(a, b).targets} == {"added", "removed"}
    f = tmp_path / "aliases.json"
    f.write_text(json.dumps({"智慧教室比例": ["智慧课堂覆盖率", "智能化教室比例"]}, ensure_ascii=False), encoding="utf-8")
    d = policyparse.diff(a, b, aliases=f)
    assert [(t.status, t.key) for t in d.targets] == [("changed", "智慧教室比例")]
    with pytest.raises(policyparse.PolicyParseError):
        policyparse.diff(a, b, aliases=tmp_path / "missing.json")


def test_phases_pair_by_name_and_report_shifts():
    a = "某市方案\n一、实施步骤\n（一）准备阶段（2025年1月至3月）：部署。\n（二）实施阶段（2025年4月至12月）：推进。\n"
    b = "某市方案\n一、实施步骤\n（一）准备阶段（2025年1月至5月）：部署。\n（二）实施阶段（2025年6月至2026年6月）：推进。\n（三）总结阶段（2026年7月至12月）：总结。\n"
    d = policyparse.diff(policyparse.parse_text(a), policyparse.parse_text(b))
    assert [(p.status, p.start_shift_months, p.end_shift_months) for p in d.phases] == [
        ("changed", None, 2), ("changed", 2, 6), ("added", None, None)]


@pytest.mark.parametrize("before,after,ops", [
    ("每年培训教师不少于200名。", "每年培训教师不少于300名。",
     [("equal", "每年培训教师不少于"), ("delete", "200"), ("insert", "300"), ("equal", "名。")]),
    ("建成智慧平台。", "建成智慧平台。", [("equal", "建成智慧平台。")]),
    ("", "新增一项任务。", [("insert", "新增一项任务。")]),
])
def test_word_diff(before, after, ops):
    assert [(o.op, o.text) for o in word_diff(before, after)] == ops


def test_inputs_may_be_plan_json(tmp_path):
    plan = policyparse.parse(CORPUS / "06_health_hospital.txt")
    f = tmp_path / "p.json"
    f.write_text(plan.model_dump_json(), encoding="utf-8")
    assert as_plan(f) == plan
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(policyparse.CorruptDocument):
        as_plan(bad)
    with pytest.raises(policyparse.UnreadableFile):
        as_plan(Path(tmp_path / "nope.json"))


@pytest.mark.parametrize("a,b,expected", [
    ("pairs/edu_balance_v1.txt", "pairs/edu_balance_v2.docx", "edu_balance.v1-v2.expected.json"),
    ("07_env_air.pdf", "pairs/air_city_b.txt", "env_air.two-regions.expected.json"),
])
def test_the_same_diff_from_other_formats(a, b, expected):
    exp = json.loads((PAIRS / expected).read_text(encoding="utf-8"))
    got = _project(policyparse.diff(CORPUS / a, CORPUS / b))
    assert got == {k: exp[k] for k in got}


def test_one_plan_in_two_new_formats_diffs_as_unchanged(corpus):
    """A .doc and an .ofd of one plan (format sniffed from the bytes in diff too): nothing changed."""
    import policyparse
    d = policyparse.diff(corpus / "05_health_elderly.doc", corpus / "05_health_elderly.ofd")
    assert d.targets and {t.status for t in d.targets} == {"unchanged"}
    assert d.measures and {m.status for m in d.measures} == {"unchanged"}

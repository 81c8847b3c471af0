import json

import jsonschema

import policyparse
from policyparse.schema import SCHEMA_FILES, plan_schema, write_schemas

from .conftest import CORPUS, ROOT


def test_schemas_folder_matches_the_models(tmp_path):
    write_schemas(tmp_path)
    for name in SCHEMA_FILES:
        assert (ROOT / "schemas" / name).read_text(encoding="utf-8") == (tmp_path / name).read_text(encoding="utf-8"), \
            f"schemas/{name} is stale: run python -m policyparse.schema"


def test_plan_json_validates_and_round_trips():
    plan = policyparse.parse(CORPUS / "02_edu_primary_trad.txt")
    data = json.loads(plan.model_dump_json())
    jsonschema.validate(data, plan_schema())
    again = policyparse.load_plan(plan.model_dump_json())
    assert again == plan


def test_load_plan_from_a_path(tmp_path):
    plan = policyparse.parse_text("某市行动计划\n一、目标\n（一）提升质量。")
    p = tmp_path / "plan.json"
    p.write_text(plan.model_dump_json(), encoding="utf-8")
    assert policyparse.load_plan(p) == policyparse.load_plan(str(p)) == plan


def test_schema_rejects_unknown_fields():
    plan = json.loads(policyparse.parse_text("一、目标\n正文。").model_dump_json())
    plan["surprise"] = 1
    try:
        jsonschema.validate(plan, plan_schema())
    except jsonschema.ValidationError:
        return
    raise AssertionError("extra field accepted")

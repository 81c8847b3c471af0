"""JSON Schemas generated from the models; schemas/*.json are these, written by `write_schemas()`."""
from __future__ import annotations

import json
from pathlib import Path

SCHEMA_FILES = {"plan.schema.json": "plan_schema", "diff.schema.json": "diff_schema"}


def plan_schema() -> dict:
    from .models import Plan
    s = Plan.model_json_schema()
    s["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    s["$id"] = "https://policyparse.invalid/schemas/plan.schema.json"
    return s


def diff_schema() -> dict:
    from .models import PlanDiff
    s = PlanDiff.model_json_schema()
    s["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    s["$id"] = "https://policyparse.invalid/schemas/diff.schema.json"
    return s


def write_schemas(folder: str | Path) -> list[Path]:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name, fn in SCHEMA_FILES.items():
        path = folder / name
        path.write_text(json.dumps(globals()[fn](), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        out.append(path)
    return out


if __name__ == "__main__":
    for p in write_schemas(Path(__file__).resolve().parent.parent / "schemas"):
        print(p)

"""Many plans -> tables a researcher can analyse: one row per target (tidy), one row per plan with a
column per indicator (wide), and policy instruments counted per plan.

Indicators are lined up by their canonical key (indicators.py) and regions carry their division code.
A wide column is one key, scope and base unit: 1.2万户 and 8000户 meet in one column, shown in the
unit its plans use most (values with no base unit, %, 岁, stay apart by unit). When a plan has several
targets for one column (yearly steps, say), the cell holds the one with the latest year, the first in
the document among equals, and `Comparison.collisions` names every such cell with the values that met
there (the CLI prints one warning line for each)."""
from __future__ import annotations

import csv
import io
import json
import os
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Optional, Sequence

from .atomic import replacing, write_text
from .indicators import AliasSource, IndicatorKeys
from .instruments import KINDS
from .models import Plan
from .units import base_unit, to_base

PLAN_COLUMNS = ["file", "title", "region", "region_code", "region_level", "province", "doc_kind", "period"]
TIDY_COLUMNS = PLAN_COLUMNS + ["period_start", "period_end", "indicator_key", "key_match", "field", "direction",
                               "indicator", "comparator", "value", "value_max", "unit", "base_value", "base_unit",
                               "change", "year", "frequency", "scope", "text"]
INSTRUMENT_COLUMNS = PLAN_COLUMNS + ["measures", *KINDS, "unclassified"]
TABLE_FORMATS = (".csv", ".parquet", ".json", ".jsonl", ".md", ".html")
_FLOAT = {"value", "value_max", "base_value"}
_INT = {"period_start", "period_end", "year", "measures", *KINDS, "unclassified"}


@dataclass
class Table:
    """Columns and rows (dicts); written by extension: .csv, .parquet, .json, .jsonl, .md, .html."""

    columns: list[str]
    rows: list[dict]
    title: str = ""
    numeric: set = field(default_factory=set)
    pivot: bool = False  # read turned a quarter (a row per column) in .md/.html: many indicators, few plans
    charts: list = field(default_factory=list)  # Chart: drawn above the table in .html

    def to_csv(self, bom: bool = False) -> str:
        """bom: start with a byte-order mark, which Excel needs to read UTF-8 CSV as such."""
        buf = io.StringIO()
        if bom:
            buf.write("\ufeff")
        w = csv.DictWriter(buf, fieldnames=self.columns, lineterminator="\n", extrasaction="ignore")
        w.writeheader()
        w.writerows(self.rows)
        return buf.getvalue()

    def to_json(self) -> str:
        return json.dumps(self.rows, ensure_ascii=False, indent=1) + "\n"

    def to_jsonl(self) -> str:
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in self.rows)

    def to_arrow(self):
        import pyarrow as pa

        def typ(c):
            return pa.float64() if c in _FLOAT or c in self.numeric else pa.int64() if c in _INT else pa.string()
        schema = pa.schema([(c, typ(c)) for c in self.columns])
        return pa.Table.from_pylist([{c: r.get(c) for c in self.columns} for r in self.rows], schema=schema)

    def to_pandas(self):
        """A pandas DataFrame; pandas is the optional extra `pip install 'policyparse[pandas]'`."""
        try:
            import pandas  # noqa: F401
        except ImportError as e:
            raise ImportError("Table.to_pandas needs pandas: pip install 'policyparse[pandas]'") from e
        return self.to_arrow().to_pandas()

    def write(self, path: str | os.PathLike, bom: bool = False) -> None:
        """Whole or not at all (atomic.py); the extension picks the format. bom: for CSV, see to_csv."""
        from .report import table_html, table_markdown
        ext = os.path.splitext(os.fspath(path))[1].lower()
        text = {".csv": lambda: self.to_csv(bom), ".md": lambda: table_markdown(self), ".html": lambda: table_html(self),
                ".json": self.to_json, ".jsonl": self.to_jsonl}.get(ext)
        if ext == ".parquet":
            import pyarrow.parquet as pq
            with replacing(path) as tmp:
                pq.write_table(self.to_arrow(), tmp)
        elif text is None:
            raise ValueError(f"unknown table format {ext or '(no extension)'}: use {', '.join(TABLE_FORMATS)}")
        else:
            write_text(path, text())


@dataclass
class Bar:
    label: str  # the plan: its region, else its file
    value: Optional[float]
    year: Optional[int]
    comparator: str


@dataclass
class Chart:
    """One wide column drawn: where each plan's target stands, in the column's unit."""
    title: str
    unit: str
    direction: Optional[str]
    bars: list[Bar]


@dataclass
class Collision:
    """A wide cell where several targets of one plan met: the value kept and all of them."""
    file: str
    column: str
    kept: float
    values: list[tuple[float, Optional[int]]]  # (value, year) in document order

    def __str__(self) -> str:
        met = "; ".join(f"{v:g} ({y or 'no year'})" for v, y in self.values)
        return f"column “{self.column}”: {len(self.values)} targets met ({met}); kept {self.kept:g}"


@dataclass
class Comparison:
    tidy: Table
    wide: Table
    instruments: Table
    collisions: list[Collision] = field(default_factory=list)


def compare(plans: Iterable, aliases: AliasSource = None, names: Optional[Sequence[str]] = None) -> Comparison:
    """plans: Plans, documents or Plan JSON files. names: what the `file` column says for each (default:
    the source path, or plan N for a plan parsed from text)."""
    from .plan_diff import as_plan
    keys = IndicatorKeys(aliases)
    tidy, inst_rows, collisions = [], [], []
    per_plan: list[tuple[dict, dict[tuple, list[dict]]]] = []
    units: dict[tuple, Counter] = {}  # column -> the units its targets are written in
    for n, item in enumerate(plans):
        plan: Plan = as_plan(item)
        head = _plan_head(plan, names[n] if names else (plan.source.path or (str(item) if not isinstance(item, Plan)
                                                                              else f"plan {n + 1}")))
        cols: dict[tuple, list[dict]] = {}
        for t in plan.targets:
            m = keys.match(t.indicator, t.unit, t.change)
            base = base_unit(t.unit)
            row = {**head, "period_start": plan.metadata.period_start, "period_end": plan.metadata.period_end,
                   "indicator_key": m.key, "key_match": m.method, "field": m.field, "direction": m.direction,
                   "indicator": t.indicator, "comparator": t.comparator, "value": t.value, "value_max": t.value_max,
                   "unit": t.unit, "base_value": to_base(t.value, t.unit), "base_unit": base[0] if base else None,
                   "change": t.change, "year": t.year, "frequency": t.frequency, "scope": t.scope or m.scope,
                   "text": t.text}
            tidy.append(row)
            col = (m.key, row["scope"], row["base_unit"] or t.unit)
            cols.setdefault(col, []).append(row)
            units.setdefault(col, Counter())[t.unit] += 1
        per_plan.append((head, cols))
        kinds = [x.instrument for x in plan.measures]
        inst_rows.append({**head, "measures": len(kinds), **{k: kinds.count(k) for k in KINDS},
                          "unclassified": kinds.count(None)})
    per_plan, units = _merge_phrases(keys, tidy, per_plan)
    shown = {col: c.most_common(1)[0][0] for col, c in units.items()}  # the unit most of a column's targets use
    names_of = {col: col[0] + (f"·{col[1]}" if col[1] else "") + f" ({shown[col]})" for col in units}
    wide_rows = []
    charts: dict[tuple, Chart] = {col: Chart(names_of[col], shown[col], None, []) for col in units}
    for head, cols in per_plan:
        cells = {}
        for col, rows in cols.items():
            kept = rows[0]
            for r in rows[1:]:
                if (r["year"] or 0) > (kept["year"] or 0):
                    kept = r
            name = names_of[col]
            cells[name] = _in_unit(kept, shown[col])
            charts[col].direction = charts[col].direction or kept["direction"]
            charts[col].bars.append(Bar(head["region"] or head["file"], cells[name], kept["year"], kept["comparator"]))
            if len(rows) > 1:
                collisions.append(Collision(head["file"], name, cells[name],
                                            [(_in_unit(r, shown[col]), r["year"]) for r in rows]))
        wide_rows.append({**head, **cells})
    cols_sorted = sorted(names_of.values())
    drawn = [c for c in sorted(charts.values(), key=lambda c: (-len(c.bars), c.title)) if len(c.bars) > 1]
    return Comparison(
        tidy=Table(TIDY_COLUMNS, tidy, "Targets of each plan", charts=drawn),
        wide=Table(PLAN_COLUMNS + cols_sorted, wide_rows, "Plans × indicators (value; the latest year when several)",
                   numeric=set(cols_sorted), pivot=True, charts=drawn),
        instruments=Table(INSTRUMENT_COLUMNS, inst_rows, "Policy instruments per plan (measures of each kind)"),
        collisions=collisions)


def _merge_phrases(keys: IndicatorKeys, tidy: list[dict], per_plan: list) -> tuple[list, dict]:
    """Keys no canonical indicator matched, merged onto a nearly identical key of another plan
    (新增中小学学位 and 新增中小学校学位): the tidy rows say so (key_match merged), the columns follow."""
    counts = Counter(r["indicator_key"] for r in tidy)
    phrases = {r["indicator_key"] for r in tidy if r["key_match"] == "phrase"}
    onto = keys.merge(dict(counts), phrases)
    for r in tidy:
        if onto[r["indicator_key"]] != r["indicator_key"]:
            r["indicator_key"], r["key_match"] = onto[r["indicator_key"]], "merged"
    merged, units = [], {}
    for head, cols in per_plan:
        new: dict[tuple, list[dict]] = {}
        for (key, scope, unit), rows in cols.items():
            col = (onto[key], scope, unit)
            new.setdefault(col, []).extend(rows)
            units.setdefault(col, Counter()).update(r["unit"] for r in rows)
        merged.append((head, new))
    return merged, units


def _in_unit(row: dict, unit: str) -> float:
    """A tidy row's value in the unit its column is shown in (8000 户 in a column of 万户 → 0.8)."""
    if row["unit"] == unit or row["base_value"] is None:
        return row["value"]
    factor = base_unit(unit)
    return round(row["base_value"] / factor[1], 6) if factor else row["value"]


def _plan_head(plan: Plan, name: str) -> dict:
    md = plan.metadata
    period = f"{md.period_start}-{md.period_end}" if md.period_start and md.period_end else \
        (str(md.period_start or md.period_end) if (md.period_start or md.period_end) else None)
    d = md.division
    return {"file": name, "title": md.title, "region": d.name if d and not d.ambiguous else md.region,
            "region_code": d.code if d else None, "region_level": d.level if d else None,
            "province": (d.province or (d.name if d.level == "province" else None)) if d else None,
            "doc_kind": md.doc_kind, "period": period}

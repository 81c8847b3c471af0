"""Many plans -> tables a researcher can analyse: one row per target (tidy), one row per plan with a
column per indicator (wide), and policy instruments counted per plan.

Indicators are lined up by their key (indicators.py). A wide column is one key, scope and unit
(values in different units are never put in one column); when a plan has several targets for one
column (yearly steps, say), the cell holds the one with the latest year, the first in the document
among equals, and `Comparison.collisions` names every such cell with the values that met there (the
CLI prints one warning line for each)."""
from __future__ import annotations

import csv
import io
import json
import os
from dataclasses import dataclass, field
from typing import Iterable, Optional, Sequence

from .atomic import replacing, write_text
from .indicators import AliasSource, IndicatorKeys
from .instruments import KINDS
from .models import Plan

TIDY_COLUMNS = ["file", "title", "region", "period", "period_start", "period_end", "indicator_key", "indicator",
                "comparator", "value", "value_max", "unit", "change", "year", "frequency", "scope", "text"]
PLAN_COLUMNS = ["file", "title", "region", "period"]
INSTRUMENT_COLUMNS = PLAN_COLUMNS + ["measures", *KINDS, "unclassified"]
TABLE_FORMATS = (".csv", ".parquet", ".json", ".jsonl", ".md", ".html")
_FLOAT = {"value", "value_max"}
_INT = {"period_start", "period_end", "year", "measures", *KINDS, "unclassified"}


@dataclass
class Table:
    """Columns and rows (dicts); written by extension: .csv, .parquet, .json, .jsonl, .md, .html."""

    columns: list[str]
    rows: list[dict]
    title: str = ""
    numeric: set = field(default_factory=set)
    pivot: bool = False  # read turned a quarter (a row per column) in .md/.html: many indicators, few plans

    def to_csv(self) -> str:
        buf = io.StringIO()
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

    def write(self, path: str | os.PathLike) -> None:
        """Whole or not at all (atomic.py); the extension picks the format."""
        from .report import table_html, table_markdown
        ext = os.path.splitext(os.fspath(path))[1].lower()
        text = {".csv": self.to_csv, ".md": lambda: table_markdown(self), ".html": lambda: table_html(self),
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
    tidy, wide_rows, inst_rows, columns, collisions = [], [], [], {}, []
    for n, item in enumerate(plans):
        plan: Plan = as_plan(item)
        head = _plan_head(plan, names[n] if names else (plan.source.path or (str(item) if not isinstance(item, Plan)
                                                                              else f"plan {n + 1}")))
        cells: dict[str, dict] = {}
        met: dict[str, list] = {}
        for t in plan.targets:
            row = {**head, "period_start": plan.metadata.period_start, "period_end": plan.metadata.period_end,
                   "indicator_key": keys(t.indicator), "indicator": t.indicator, "comparator": t.comparator,
                   "value": t.value, "value_max": t.value_max, "unit": t.unit, "change": t.change, "year": t.year,
                   "frequency": t.frequency, "scope": t.scope, "text": t.text}
            tidy.append(row)
            col = row["indicator_key"] + (f"·{t.scope}" if t.scope else "") + f" ({t.unit})"
            columns.setdefault(col, None)
            met.setdefault(col, []).append((t.value, t.year))
            held = cells.get(col)
            if held is None or (t.year or 0) > (held["year"] or 0):
                cells[col] = row
        wide_rows.append({**head, **{c: r["value"] for c, r in cells.items()}})
        collisions += [Collision(head["file"], c, cells[c]["value"], vs) for c, vs in met.items() if len(vs) > 1]
        kinds = [m.instrument for m in plan.measures]
        inst_rows.append({**head, "measures": len(kinds), **{k: kinds.count(k) for k in KINDS},
                          "unclassified": kinds.count(None)})
    cols = sorted(columns)
    return Comparison(
        tidy=Table(TIDY_COLUMNS, tidy, "Targets of each plan"),
        wide=Table(PLAN_COLUMNS + cols, wide_rows, "Plans × indicators (value; the latest year when several)",
                   numeric=set(cols), pivot=True),
        instruments=Table(INSTRUMENT_COLUMNS, inst_rows, "Policy instruments per plan (measures of each kind)"),
        collisions=collisions)


def _plan_head(plan: Plan, name: str) -> dict:
    md = plan.metadata
    period = f"{md.period_start}-{md.period_end}" if md.period_start and md.period_end else \
        (str(md.period_start or md.period_end) if (md.period_start or md.period_end) else None)
    return {"file": name, "title": md.title, "region": md.region, "period": period}

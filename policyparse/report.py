"""Reports people read: a PlanDiff or a comparison table as Markdown or as one self-contained HTML file
(styles inline from data/report.css; no network, no scripts)."""
from __future__ import annotations

import html
from functools import lru_cache
from importlib import resources

from .models import PlanDiff, TextOp

STATUSES = ("unchanged", "changed", "moved", "added", "removed")
_EVERY = {"year": "每年", "semester": "每学期", "month": "每月", "week": "每周", "day": "每天", "lesson": "每节课"}


@lru_cache(maxsize=1)
def _css() -> str:
    return resources.files("policyparse.data").joinpath("report.css").read_text(encoding="utf-8")


def _e(x) -> str:
    return html.escape("" if x is None else str(x))


def _num(v) -> str:
    if v is None:
        return ""
    return f"{v:g}" if isinstance(v, float) else str(v)


def target_text(t) -> str:
    """≥95 % (2025), 5–8 名, …: one target's requirement in a few characters."""
    if t is None:
        return ""
    sign = {">=": "≥", "<=": "≤", ">": ">", "<": "<", "=": "", "range": ""}[t.comparator]
    value = f"{_num(t.value)}–{_num(t.value_max)}" if t.comparator == "range" else _num(t.value)
    change = {"increase": "+", "decrease": "−"}.get(t.change, "")
    extra = [str(t.year)] if t.year else []
    extra += [_EVERY[t.frequency]] if t.frequency else []
    return f"{change}{sign}{value} {t.unit}" + (f" ({', '.join(extra)})" if extra else "")


def _page(title: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="zh"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{_e(title)}</title>'
            f"<style>{_css()}</style></head><body>\n{body}\n</body></html>\n")


def _badge(status: str) -> str:
    return f'<span class="status s-{status}">{status}</span>'


def _marked(ops: list[TextOp], side: str) -> str:
    keep = "delete" if side == "a" else "insert"
    tag = "del" if side == "a" else "ins"
    return "".join(_e(o.text) if o.op == "equal" else f"<{tag}>{_e(o.text)}</{tag}>" for o in ops if o.op in ("equal", keep))


def _side(m, side: str) -> str:
    """One side of an aligned measure: its path and text, with what the other side lacks marked."""
    x = m.before if side == "a" else m.after
    if x is None:
        return "<td></td>"
    text = _marked(m.text_diff, side) if m.text_diff else _e(x.text)
    return f'<td class="side"><div class="path">{_e(x.path)}</div>{text}</td>'


def _summary_rows(d: PlanDiff):
    for part in ("sections", "measures", "targets", "phases"):
        counts = getattr(d.summary, part)
        yield part, [counts.get(s, 0) for s in STATUSES]


# ---- diff ---------------------------------------------------------------------------------------

def diff_html(d: PlanDiff) -> str:
    out = [f"<h1>{_e(d.a.title or d.a.path)} → {_e(d.b.title or d.b.path)}</h1>",
           f'<p class="plans">A: <b>{_e(d.a.title)}</b> {_e(d.a.path or "")}<br>B: <b>{_e(d.b.title)}</b> '
           f'{_e(d.b.path or "")}</p>', "<h2>Summary</h2>", '<table class="summary"><tr><th></th>' +
           "".join(f"<th>{_badge(s)}</th>" for s in STATUSES) + "</tr>"]
    out += [f"<tr><th>{part}</th>" + "".join(f"<td>{n}</td>" for n in counts) + "</tr>" for part, counts in _summary_rows(d)]
    out.append(f'</table><p>Targets made <span class="stricter">stricter: {d.summary.stricter}</span>, '
               f'<span class="looser">looser: {d.summary.looser}</span>.</p>')
    out += ["<h2>Targets</h2>", "<table><tr><th>status</th><th>indicator</th><th>A</th><th>B</th><th>what changed</th></tr>"]
    for t in d.targets:
        ind = (t.after or t.before).indicator
        dirn = f' <span class="{t.direction}">{t.direction}</span>' if t.direction else ""
        out.append(f'<tr class="row-{t.status}"><td>{_badge(t.status)}</td><td>{_e(ind)}'
                   f'{" · " + _e(t.scope) if t.scope else ""}<div class="path">{_e(t.key)}</div></td>'
                   f"<td>{_e(target_text(t.before))}</td><td>{_e(target_text(t.after))}</td>"
                   f"<td>{_e(', '.join(c.field for c in t.changes))}{dirn}</td></tr>")
    out += ["</table>", "<h2>Sections</h2>", "<table><tr><th>status</th><th>A</th><th>B</th><th>similarity</th></tr>"]
    for sc in d.sections:
        if sc.status != "unchanged":
            out.append(f'<tr class="row-{sc.status}"><td>{_badge(sc.status)}</td><td>{_e(_section(sc.before))}</td>'
                       f"<td>{_e(_section(sc.after))}</td><td>{_num(sc.similarity)}</td></tr>")
    out += ["</table>", "<h2>Deadlines</h2>", "<table><tr><th>measure</th><th>A</th><th>B</th><th>shift (months)</th></tr>"]
    for m, before, after, shift in deadline_changes(d):
        out.append(f"<tr><td>{_e(m)}</td><td>{_e(before)}</td><td>{_e(after)}</td><td>{_shift(shift)}</td></tr>")
    out += ["</table>", "<h2>Measures</h2>", '<table><tr><th>status</th><th class="side">A</th><th class="side">B</th></tr>']
    for m in d.measures:
        out.append(f'<tr class="row-{m.status}"><td>{_badge(m.status)}</td>{_side(m, "a")}{_side(m, "b")}</tr>')
    out += ["</table>", "<h2>Phases</h2>", "<table><tr><th>status</th><th>A</th><th>B</th><th>shift (months)</th></tr>"]
    for p in d.phases:
        span = lambda x: "" if x is None else f"{_e(x.name)}: {_e(x.start)} – {_e(x.end)}"  # noqa: E731
        shift = ", ".join(f"{k} {v:+d}" for k, v in (("start", p.start_shift_months), ("end", p.end_shift_months)) if v)
        out.append(f'<tr class="row-{p.status}"><td>{_badge(p.status)}</td><td>{span(p.before)}</td>'
                   f"<td>{span(p.after)}</td><td>{shift}</td></tr>")
    out.append("</table>")
    return _page(f"diff: {d.a.title} → {d.b.title}", "\n".join(out))


def _section(ref) -> str:
    return "" if ref is None else f"{ref.label} {ref.title}"


def _shift(months) -> str:
    return "" if months is None else f"{months:+d}"


def deadline_changes(d: PlanDiff):
    """(measure, A's deadline, B's, shift in months) for each aligned measure whose deadline moved, and
    for measures with a deadline that only one plan has."""
    from .plan_diff import _shift as months_between
    for m in d.measures:
        a, b = m.before, m.after
        da, db = a.deadline if a else None, b.deadline if b else None
        if da != db and (da or db):
            x = b or a
            yield f"{x.path} {x.title}".strip(), da or "", db or "", months_between(da, db)


def _md(x) -> str:
    return ("" if x is None else str(x)).replace("|", "\\|").replace("\n", " ")


def _md_ops(ops: list[TextOp]) -> str:
    return "".join(_md(o.text) if o.op == "equal" else f"~~{_md(o.text)}~~" if o.op == "delete" else f"**{_md(o.text)}**"
                   for o in ops)


def diff_markdown(d: PlanDiff) -> str:
    out = [f"# {_md(d.a.title or d.a.path)} → {_md(d.b.title or d.b.path)}", "",
           f"A: {_md(d.a.title)} ({_md(d.a.path)})  ", f"B: {_md(d.b.title)} ({_md(d.b.path)})", "",
           "## Summary", "", "| | " + " | ".join(STATUSES) + " |", "|---" * (len(STATUSES) + 1) + "|"]
    out += [f"| {part} | " + " | ".join(map(str, counts)) + " |" for part, counts in _summary_rows(d)]
    out += ["", f"Targets made stricter: {d.summary.stricter}, looser: {d.summary.looser}.", "", "## Targets", "",
            "| status | indicator | A | B | what changed |", "|---|---|---|---|---|"]
    for t in d.targets:
        ind = (t.after or t.before).indicator + (f" · {t.scope}" if t.scope else "")
        what = ", ".join(c.field for c in t.changes) + (f" ({t.direction})" if t.direction else "")
        out.append(f"| {t.status} | {_md(ind)} | {_md(target_text(t.before))} | {_md(target_text(t.after))} | {_md(what)} |")
    out += ["", "## Sections", "", "| status | A | B | similarity |", "|---|---|---|---|"]
    out += [f"| {sc.status} | {_md(_section(sc.before))} | {_md(_section(sc.after))} | {_num(sc.similarity)} |"
            for sc in d.sections if sc.status != "unchanged"]
    out += ["", "## Deadlines", "", "| measure | A | B | shift (months) |", "|---|---|---|---|"]
    out += [f"| {_md(m)} | {_md(a)} | {_md(b)} | {_shift(s)} |" for m, a, b, s in deadline_changes(d)]
    out += ["", "## Measures", "", "| status | A | B | changes |", "|---|---|---|---|"]
    for m in d.measures:
        a = f"{m.before.path} {m.before.title}" if m.before else ""
        b = f"{m.after.path} {m.after.title}" if m.after else ""
        out.append(f"| {m.status} | {_md(a)} | {_md(b)} | {_md_ops(m.text_diff) if m.text_diff else ''} |")
    out += ["", "## Phases", "", "| status | A | B | start shift | end shift |", "|---|---|---|---|---|"]
    for p in d.phases:
        span = lambda x: "" if x is None else f"{x.name} {x.start or '?'}–{x.end or '?'}"  # noqa: E731
        out.append(f"| {p.status} | {_md(span(p.before))} | {_md(span(p.after))} | "
                   f"{p.start_shift_months or ''} | {p.end_shift_months or ''} |")
    return "\n".join(out) + "\n"


# ---- tables (compare) ---------------------------------------------------------------------------

def _shown(table) -> tuple[list[str], list[list]]:
    """Header and rows as a reader sees them: a pivoted table has a row per column of the data (the
    first column's values head the others)."""
    if not table.pivot:
        return table.columns, [[r.get(c) for c in table.columns] for r in table.rows]
    first, rest = table.columns[0], table.columns[1:]
    return [""] + [r.get("title") or r.get(first) for r in table.rows], \
        [[c] + [r.get(c) for r in table.rows] for c in [first] + rest if c != "title"]


def _cell(v) -> str:
    return _num(v) if isinstance(v, (int, float)) else ("" if v is None else str(v))


def table_html(table) -> str:
    header, rows = _shown(table)
    head = "".join(f"<th>{_e(c)}</th>" for c in header)
    body = ["<tr>" + "".join(f'<td{" class=num" if isinstance(v, (int, float)) else ""}>{_e(_cell(v))}</td>' for v in row)
            + "</tr>" for row in rows]
    charts = "".join(chart_svg(c) for c in table.charts)
    return _page(table.title, f"<h1>{_e(table.title)}</h1>\n" + (f'<h2>Where each plan stands</h2>\n{charts}\n'
                                                                 if charts else "")
                 + f"<h2>Table</h2>\n<table><tr>{head}</tr>\n" + "\n".join(body) + "\n</table>")


_BAR = 320  # width of the longest bar, px


def chart_svg(chart) -> str:
    """One indicator across plans as an inline SVG bar chart: a bar per plan, its value and year written
    after it, the better end named (higher or lower is better); no script, no external file."""
    bars = [b for b in chart.bars if b.value is not None]
    if not bars:
        return ""
    top = max(abs(b.value) for b in bars) or 1.0
    label_w, row_h, pad = 170, 22, 6
    height = row_h * len(bars) + 2 * pad
    width = label_w + _BAR + 170
    out = [f'<figure class="chart"><figcaption>{_e(chart.title)}'
           + (f' <span class="path">{_e({"higher": "higher is better", "lower": "lower is better"}.get(chart.direction or "", ""))}</span>'
              if chart.direction in ("higher", "lower") else "") + "</figcaption>",
           f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
           f'aria-label="{_e(chart.title)}">']
    for i, b in enumerate(bars):
        y = pad + i * row_h
        w = max(1.0, _BAR * abs(b.value) / top)
        sign = {">=": "≥", "<=": "≤", ">": ">", "<": "<"}.get(b.comparator, "")
        note = f"{sign}{_num(b.value)} {chart.unit}" + (f" ({b.year})" if b.year else "")
        out.append(f'<text x="{label_w - 6}" y="{y + 15}" text-anchor="end" font-size="12">{_e(b.label)}</text>'
                   f'<rect x="{label_w}" y="{y + 3}" width="{w:.1f}" height="{row_h - 8}" fill="#4a78b5">'
                   f"<title>{_e(b.label)}: {_e(note)}</title></rect>"
                   f'<text x="{label_w + w + 6:.1f}" y="{y + 15}" font-size="12">{_e(note)}</text>')
    out.append("</svg></figure>")
    return "".join(out)


def table_markdown(table) -> str:
    header, rows = _shown(table)
    out = [f"# {_md(table.title)}", "", "| " + " | ".join(_md(c) for c in header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(_md(_cell(v)) for v in row) + " |" for row in rows]
    return "\n".join(out) + "\n"

"""The one-way path: RawDocument -> clean -> segment -> metadata -> Plan."""
from __future__ import annotations

import bisect
import hashlib
from typing import Optional

from . import clean as clean_mod
from . import metadata, structure
from .errors import EmptyDocument
from .models import Block, CleaningStep, Measure, Plan, Problem, Section, Source, Table
from .readers import RawBlock, RawDocument


def plan_from_raw(raw: RawDocument) -> Plan:
    ct = clean_mod.clean(raw)
    if not ct.text.strip():
        raise EmptyDocument(raw.path, "no text left after removing boilerplate and page furniture")
    problems = [Problem(kind=k, message=m) for k, m in raw.problems]
    problems += [Problem(kind=k, message=m, span=s) for k, m, s in ct.problems]
    table_spans = [(b.start, b.end) for b in ct.blocks if b.kind == "table"]
    md = metadata.extract(ct.text)
    seg = structure.segment(ct.text, table_spans, md.title)
    problems += [Problem(kind=k, message=m, span=s) for k, m, s in seg.problems]

    starts = [b.start for b in ct.blocks]
    pages = [b.page for b in ct.blocks]

    def page_at(pos: int) -> Optional[int]:
        i = bisect.bisect_right(starts, pos) - 1
        return pages[i] if i >= 0 else None

    sections, measures = _convert(seg.roots, ct.text, page_at)
    # built from trusted values, one per line of the source: skip validation, which would dominate the cost
    blocks = [Block.model_construct(index=b.index, kind=b.kind, span=(b.start, b.end), page=b.page) for b in ct.blocks]
    tables = [Table(id=f"t{i + 1}", rows=b.rows or [], span=(b.start, b.end), page=b.page)
              for i, b in enumerate(x for x in ct.blocks if x.kind == "table")]
    cleaning = [CleaningStep(rule=rule, count=n, examples=ex) for rule, (n, ex) in ct.log.items()]
    source = Source(path=raw.path if raw.format != "text" else None, format=raw.format, sha256=raw.sha256,
                    size=raw.size, pages=raw.pages, encoding=raw.encoding)
    return Plan(source=source, metadata=md, text=ct.text, blocks=blocks, tables=tables, sections=sections,
                measures=measures, problems=problems, cleaning=cleaning)


def _convert(roots, text: str, page_at):
    measures: list[Measure] = []
    single_level = all(not r.children for r in roots)

    def conv(node, sid: str, path: str, parent_id: Optional[str]) -> Section:
        path = path + node.label.strip()
        children = [conv(c, f"{sid}.{i + 1}", path, sid) for i, c in enumerate(node.children)]
        sec = Section(id=sid, label=node.label.strip(), kind=node.kind, ordinal=node.ordinal, level=node.level,
                      title=node.title, text=text[node.label_end:node.body_end].strip(),
                      span=(node.start, node.end), page=page_at(node.start), children=children)
        if not node.children and (node.level >= 2 or single_level):
            measures.append(Measure(id="m" + sid[1:], section_id=parent_id or sid, path=path, title=node.title,
                                    text=text[node.label_end:node.end].strip(), span=(node.start, node.end),
                                    page=sec.page))
        return sec

    sections = [conv(r, f"s{i + 1}", "", None) for i, r in enumerate(roots)]
    measures.sort(key=lambda m: m.span[0])
    return sections, measures


def raw_from_text(text: str, name: Optional[str] = None) -> RawDocument:
    data = text.encode("utf-8")
    if not text.strip():
        raise EmptyDocument(name or "<text>")
    blocks = [RawBlock(line) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return RawDocument(name, "text", hashlib.sha256(data).hexdigest(), len(data), blocks)

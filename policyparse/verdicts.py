"""Every number of a plan's text with its verdict: a target, or why not, and the rule that decided.

A researcher checks a surprising cell with it ("why is 2315万平方米 a target?", "why was 5%左右 not
taken?"), and a developer finds a family of failures with it. The extractor records what it turns down
(targets._SINK, filled only while explaining); this module lines those up with every quantity the
number pattern finds in the text, the targets made, and the document-level reasons (kind, tables)."""
from __future__ import annotations

from .models import Candidate, Plan
from .spans import Innermost

_WINDOW = 16


def candidates(plan: Plan, rejected: list[tuple[int, str, str]]) -> list[Candidate]:
    from . import doc_kind, targets

    text = plan.text
    simp = targets.matched_form(text)
    made: dict[int, str] = {}
    for t in plan.targets:
        if t.value_span:
            made.setdefault(t.value_span[0], t.id)
    why: dict[int, tuple[str, str]] = {}
    for pos, verdict, rule in rejected:
        why.setdefault(pos, (verdict, rule))
    md = plan.metadata
    no_goals = doc_kind.sets_no_goals(md.doc_kind, md.doc_kind_evidence)
    in_table = Innermost((t.span[0], t.span[1], True) for t in plan.tables).at  # one sweep, as numbers come in order
    out = []
    for m in targets.lexicon().quantity.finditer(simp):
        a, b = m.span()
        if a in made:
            verdict, rule, tid = "target", "commitment", made[a]
        elif no_goals:
            verdict, rule, tid = "fact", f"the document sets no goals ({md.doc_kind})", None
        elif a in why:
            (verdict, rule), tid = why[a], None
        elif in_table(a):
            verdict, rule, tid = "table", "in a table: cells are read by the table reader", None
        else:
            verdict, rule, tid = "other", "no commitment read here (no comparator, unit or indicator)", None
        out.append(Candidate(span=(a, b), number=text[a:b], before=text[max(0, a - _WINDOW):a].replace("\n", " "),
                             after=text[b:b + _WINDOW].replace("\n", " "), verdict=verdict, rule=rule, target_id=tid))
    return out

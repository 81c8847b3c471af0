"""The `policyparse` command: a thin layer over the API.

Exit codes: 0 all inputs parsed; 2 at least one input could not be parsed (each named on stderr as
`policyparse: FILE: reason`, the others still written); 3 the output could not be written;
64 bad command-line usage; 70 an internal error (a bug: please report it); 130 interrupted (batch:
what was done is kept, and a second run goes on from there)."""
from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys

from .atomic import replacing, write_bytes, write_text

EXIT_OK, EXIT_BAD_INPUT, EXIT_OUTPUT, EXIT_USAGE, EXIT_INTERNAL = 0, 2, 3, 64, 70


EXIT_CODES = """exit codes:
  0    every input parsed
  2    at least one input could not be parsed (each named on stderr: policyparse: FILE: reason)
  3    the output could not be written
  64   bad command-line usage
  70   internal error (a bug; the message names the file)
  130  interrupted (batch: what was done is kept; run again to go on)"""


class _Parser(argparse.ArgumentParser):
    def __init__(self, *a, **kw):
        kw.setdefault("epilog", EXIT_CODES)
        kw.setdefault("formatter_class", argparse.RawDescriptionHelpFormatter)
        super().__init__(*a, **kw)

    def error(self, message):
        self.print_usage(sys.stderr)
        print(f"policyparse: {message}", file=sys.stderr)
        sys.exit(EXIT_USAGE)


def _build() -> argparse.ArgumentParser:
    p = _Parser(prog="policyparse", description="Turn Chinese policy plans (.txt/.docx/.pdf/.html/.doc/.wps/.ofd) into structured JSON.")
    from . import __version__
    p.add_argument("--version", action="version", version=f"policyparse {__version__}")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)
    sp = sub.add_parser("parse", help="parse plans and write one Plan JSON per input")
    sp.add_argument("files", nargs="+", metavar="FILE")
    sp.add_argument("-o", "--output", metavar="OUT",
                    help="a file (all plans; JSON Lines when several) or an existing folder (one NAME.json per input); default stdout")
    sp.add_argument("--format", choices=["json", "jsonl"], default=None,
                    help="json: a document for one input, a JSON array for several; jsonl: one line per plan "
                         "(default: json for one input, jsonl for several)")
    sp.add_argument("--pretty", action="store_true", help="indent the JSON")
    sp.add_argument("--quiet", action="store_true", help="no progress over many files, and no line on stderr for plans with problems")
    _address_options(sp)
    st = sub.add_parser("targets", help="print the numeric targets of plans as one table")
    st.add_argument("files", nargs="+", metavar="FILE")
    st.add_argument("--format", choices=["csv", "json", "jsonl"], default="csv", help="default: csv")
    st.add_argument("-o", "--output", metavar="OUT", help="write to this file (default stdout)")
    st.add_argument("--bom", action="store_true", help="CSV with a byte-order mark, for Excel")
    st.add_argument("--quiet", action="store_true", help="no progress over many files")
    _address_options(st)
    sd = sub.add_parser("diff", help="align two plans (versions, or two regions) and report what changed")
    sd.add_argument("a", metavar="A", help="a document or a Plan JSON file")
    sd.add_argument("b", metavar="B", help="a document or a Plan JSON file")
    sd.add_argument("--format", choices=["json", "md", "html"], default="json", help="default: json")
    sd.add_argument("-o", "--output", metavar="OUT", help="write to this file (default stdout)")
    sd.add_argument("--aliases", metavar="FILE", help='extra indicator aliases: JSON {"key": ["alias", …]}')
    sd.add_argument("--pretty", action="store_true", help="indent the JSON")
    cp = sub.add_parser("compare", help="one table of the targets (or instruments) of many plans")
    cp.add_argument("files", nargs="+", metavar="FILE", help="documents or Plan JSON files")
    cp.add_argument("-o", "--output", metavar="OUT",
                    help="OUT.csv, .parquet, .json, .jsonl, .md or .html (the extension picks the format); default CSV on stdout")
    shape = cp.add_mutually_exclusive_group()
    shape.add_argument("--wide", action="store_true", help="one row per plan, one column per indicator (key · scope (unit))")
    shape.add_argument("--instruments", action="store_true", help="count the policy instruments of each plan's measures")
    cp.add_argument("--aliases", metavar="FILE", help='extra indicator aliases: JSON {"key": ["alias", …]}')
    cp.add_argument("--bom", action="store_true", help="CSV with a byte-order mark, for Excel")
    cp.add_argument("--quiet", action="store_true", help="no progress over many files")
    si = sub.add_parser("indicators", help="the indicator keys of plans with counts, and the phrases no canonical "
                                           "indicator matched with their nearest candidates (to curate an alias file)")
    si.add_argument("files", nargs="+", metavar="FILE", help="documents or Plan JSON files, or folders of documents")
    si.add_argument("--aliases", metavar="FILE", help='extra indicator aliases: JSON {"key": ["alias", …]}')
    si.add_argument("--format", choices=["text", "json"], default="text",
                    help="text: two lists; json: {keys, unmatched}, unmatched with nearest candidates (default: text)")
    si.add_argument("-o", "--output", metavar="OUT", help="write to this file (default stdout)")
    si.add_argument("--quiet", action="store_true", help="no progress over many files")
    sb = sub.add_parser("batch", help="parse every plan under a folder into JSON Lines and Parquet tables (resumable)")
    sb.add_argument("input", metavar="INPUT_DIR")
    sb.add_argument("-o", "--output", metavar="OUT_DIR", required=True)
    sb.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes (default: one per core)")
    sb.add_argument("--timeout", type=float, default=120.0, help="seconds one file may take before it is stopped (default 120)")
    sb.add_argument("--scheduler", metavar="ADDRESS", help="run on this Dask scheduler (tcp://host:8786) instead of local workers")
    sb.add_argument("--spacy", action="store_true", help="also write spaCy DocBins (OUT_DIR/spacy/docs-*.spacy)")
    sb.add_argument("--retry-failed", action="store_true", help="parse again the files an earlier run could not parse")
    sb.add_argument("--quiet", action="store_true", help="no progress bar")
    se = sub.add_parser("explain", help="every number of a document with its verdict (target, fact, baseline …) and the rule")
    se.add_argument("files", nargs="+", metavar="FILE")
    se.add_argument("--verdict", action="append", metavar="V", choices=VERDICTS,
                    help="only these verdicts (repeatable): " + ", ".join(VERDICTS))
    se.add_argument("--format", choices=["text", "csv", "json", "jsonl"], default="text", help="default: text")
    se.add_argument("-o", "--output", metavar="OUT", help="write to this file (default stdout)")
    _address_options(se)
    sc = sub.add_parser("schema", help="print a JSON Schema (the Plan's, or the PlanDiff's)")
    sc.add_argument("which", nargs="?", choices=["plan", "diff"], default="plan", metavar="{plan,diff}",
                    help="which schema (default: plan)")
    return p


def _address_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--url", metavar="URL", help="the address the (one) input was downloaded from: kept as source.url; "
                                                "a date in it (/2020/1010/, t20220804_) dates a page whose text has none")
    p.add_argument("--urls", metavar="FILE", help="the addresses of many inputs: a file of lines FILE<TAB>URL (or "
                                                  "FILE,URL), FILE as given on the command line or its name alone")


def _addresses(args) -> dict[str, str]:
    """FILE -> URL from --url (one input) and --urls (a list); a usage error when they cannot apply."""
    out: dict[str, str] = {}
    if getattr(args, "urls", None):
        try:
            with open(args.urls, encoding="utf-8-sig") as fh:
                lines = fh.read().splitlines()
        except (OSError, UnicodeDecodeError) as e:
            raise _Usage(f"--urls {args.urls}: cannot read ({getattr(e, 'strerror', None) or e})") from None
        for line in lines:
            name, sep, url = line.partition("\t") if "\t" in line else line.partition(",")
            if sep and name.strip() and url.strip():
                out[name.strip()] = url.strip()
    if getattr(args, "url", None):
        if len(args.files) != 1:
            raise _Usage("--url names the address of one input; give many with --urls FILE")
        out[args.files[0]] = args.url
    return out


def _address_of(path: str, addresses: dict[str, str]) -> str | None:
    return addresses.get(path) or addresses.get(os.path.basename(path))


class _Usage(Exception):
    """A command line that cannot be carried out (exit 64)."""


def _err(path: str, reason: str) -> None:
    print(f"policyparse: {path}: {reason}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = _build()
    args = parser.parse_args(argv)
    try:
        if args.command == "parse":
            return _cmd_parse(args)
        if args.command == "targets":
            return _cmd_targets(args)
        if args.command == "diff":
            return _cmd_diff(args)
        if args.command == "compare":
            return _cmd_compare(args)
        if args.command == "indicators":
            return _cmd_indicators(args)
        if args.command == "batch":
            return _cmd_batch(args)
        if args.command == "explain":
            return _cmd_explain(args)
        if args.command == "schema":
            from .schema import diff_schema, plan_schema
            print(json.dumps(plan_schema() if args.which == "plan" else diff_schema(), ensure_ascii=False, indent=2))
            return EXIT_OK
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    except _Usage as e:
        parser.print_usage(sys.stderr)
        print(f"policyparse: {e}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as e:  # a bug in policyparse: one line, the documented code, no traceback
        _err(args.command, f"internal error ({e.__class__.__name__}: {e}); please report it")
        return EXIT_INTERNAL


def _each_plan(files, failures: list[int], progress: bool = False, addresses: dict[str, str] | None = None):
    """(path, plan) for every input that parses (a document, or a Plan JSON file); the others are
    reported on one line each and their exit codes collected in failures, so one bad file never stops
    the rest. progress: a bar (or, off a terminal, a line now and then) when there are several files."""
    from .errors import PolicyParseError
    from .plan_diff import as_plan
    from .progress import Progress

    # off a terminal only a line every few seconds: a short run's stderr holds just what went wrong
    bar = Progress(len(files), progress and len(files) > 1, last_line=False)
    try:
        for path in files:
            try:
                plan = as_plan(path, _address_of(path, addresses or {}))
            except PolicyParseError as e:
                _err(path, e.reason)
                failures.append(EXIT_BAD_INPUT)
                bar.update(False)
                continue
            except Exception as e:  # a bug in policyparse: say so on one line, keep going
                _err(path, f"internal error ({e.__class__.__name__}: {e}); please report it")
                failures.append(EXIT_INTERNAL)
                bar.update(False)
                continue
            bar.update(True)
            yield path, plan
    finally:
        bar.close()


def _problem_summary(problems) -> str:
    """One line: parsed, but look (mojibake 2, encoding 1): the kinds in the Plan's `problems`."""
    counts: dict[str, int] = {}
    for p in problems:
        counts[p.kind] = counts.get(p.kind, 0) + 1
    kinds = ", ".join(f"{k} {n}" for k, n in counts.items())
    return f"parsed with {len(problems)} problem{'s' if len(problems) > 1 else ''} ({kinds}); see the plan's \"problems\""


def _status(failures: list[int]) -> int:
    return EXIT_BAD_INPUT if EXIT_BAD_INPUT in failures else (failures[0] if failures else EXIT_OK)


def _stdout_bytes():
    """Standard output as bytes (after what was written to it as text); a text-only stream put in its place
    (an application's io.StringIO) is written the same bytes as text."""
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    return buffer if buffer is not None else _TextSink(sys.stdout)


class _TextSink:
    def __init__(self, stream):
        self.stream = stream

    def write(self, data: bytes) -> None:
        self.stream.write(data.decode("utf-8"))

    def flush(self) -> None:
        self.stream.flush()


def _cmd_parse(args) -> int:
    fmt = args.format or ("json" if len(args.files) == 1 else "jsonl")
    indent = 2 if args.pretty and fmt == "json" else None
    out_dir = args.output if args.output and os.path.isdir(args.output) else None
    array = fmt == "json" and len(args.files) > 1 and not out_dir  # several documents: one JSON array
    failures: list[int] = []
    stems = [os.path.splitext(os.path.basename(f))[0] for f in args.files]
    written = 0
    try:
        with contextlib.ExitStack() as stack:
            sink = None
            for path, plan in _each_plan(args.files, failures, not args.quiet, _addresses(args)):
                if plan.problems and not args.quiet:
                    _err(path, _problem_summary(plan.problems))
                # bytes straight from the serializer: a str of a plan of 100,000s of targets would be decoded
                # and encoded again for nothing (a third of the writing time)
                data = plan.__pydantic_serializer__.to_json(plan, indent=indent)
                if out_dir:
                    stem, ext = os.path.splitext(os.path.basename(path))
                    # plan.txt and plan.pdf in one call must not overwrite each other
                    name = (stem + ext if stems.count(stem) > 1 else stem) + ".json"
                    write_bytes(os.path.join(out_dir, name), data + b"\n")
                    continue
                if args.output and sink is None:  # opened with the first plan: a failed input leaves no file
                    sink = stack.enter_context(open(stack.enter_context(replacing(args.output)), "wb"))
                out = sink if sink is not None else _stdout_bytes()
                out.write((b"[\n" if not written else b",\n") + data if array else data + b"\n")
                written += 1
                if sink is None:
                    out.flush()
            if array and (written or not args.output):
                (sink if sink is not None else _stdout_bytes()).write(b"\n]\n" if written else b"[]\n")
    except OSError as e:
        _err(args.output or "<stdout>", f"cannot write output ({e.strerror or e})")
        return EXIT_OUTPUT
    return _status(failures)


TARGET_COLUMNS = ["file", "title", "region", "region_code", "region_level", "doc_kind", "period_start", "period_end", "id",
                  "indicator_key", "key_match",
                  "field", "direction", "indicator", "comparator", "value", "value_max", "unit", "base_value",
                  "base_unit", "change", "year", "year_source", "baseline", "baseline_year", "approximate", "frequency",
                  "scope", "section_id", "measure_id", "page", "span_start", "span_end", "text"]


def _cmd_targets(args) -> int:
    from .comparison import Table

    failures: list[int] = []
    rows = []
    for path, plan in _each_plan(args.files, failures, not args.quiet, _addresses(args)):
        for t in plan.targets:
            d = t.model_dump()
            div = plan.metadata.division
            d.update(file=path, title=plan.metadata.title, doc_kind=plan.metadata.doc_kind, span_start=t.span[0],
                     span_end=t.span[1], region=plan.metadata.region, region_code=div.code if div else None,
                     region_level=div.level if div else None, period_start=plan.metadata.period_start,
                     period_end=plan.metadata.period_end)
            rows.append({k: d.get(k) for k in TARGET_COLUMNS})
    table = Table(TARGET_COLUMNS, rows)
    out = {"csv": lambda: table.to_csv(args.bom), "json": table.to_json, "jsonl": table.to_jsonl}[args.format]()
    if _write_text(args.output, out) is None:
        return EXIT_OUTPUT
    return _status(failures)


# the verdicts of models.Verdict, spelled here so the command line starts without the models (a test keeps them equal)
VERDICTS = ("target", "fact", "baseline", "qualifier", "parts", "citation", "date", "code", "example", "name", "table",
            "repeat", "other")
EXPLAIN_COLUMNS = ["file", "start", "end", "before", "number", "after", "verdict", "rule", "target_id", "indicator",
                   "comparator", "value", "unit", "change", "year", "year_source"]


def _cmd_explain(args) -> int:
    from .comparison import Table
    from .errors import PolicyParseError
    from .pipeline import paused_gc, plan_from_raw
    from .readers import read_path

    failures: list[int] = []
    rows = []
    addresses = _addresses(args)
    for path in args.files:
        try:
            with paused_gc():
                plan = plan_from_raw(read_path(path), candidates=True, url=_address_of(path, addresses))
        except PolicyParseError as e:
            _err(path, e.reason)
            failures.append(EXIT_BAD_INPUT)
            continue
        targets = {t.id: t for t in plan.targets}
        for c in plan.candidates or []:
            if args.verdict and c.verdict not in args.verdict:
                continue
            t = targets.get(c.target_id)
            row = {"file": path, "start": c.span[0], "end": c.span[1], "before": c.before, "number": c.number,
                   "after": c.after, "verdict": c.verdict, "rule": c.rule, "target_id": c.target_id}
            if t is not None:
                row.update(indicator=t.indicator, comparator=t.comparator, value=t.value, unit=t.unit, change=t.change,
                           year=t.year, year_source=t.year_source)
            rows.append({k: row.get(k) for k in EXPLAIN_COLUMNS})
    if args.format == "text":
        out = "".join(_explain_line(r) + "\n" for r in rows)
    else:
        table = Table(EXPLAIN_COLUMNS, rows)
        out = {"csv": table.to_csv, "json": table.to_json, "jsonl": table.to_jsonl}[args.format]()
    if _write_text(args.output, out) is None:
        return EXIT_OUTPUT
    return _status(failures)


def _explain_line(r: dict) -> str:
    head = f"{r['start']:>7}  …{r['before']}[{r['number']}]{r['after']}…  {r['verdict']}: {r['rule']}"
    if r["target_id"]:
        year = f" {r['year']} ({r['year_source']})" if r["year"] else ""
        head += f"  → {r['indicator']} {r['comparator']} {r['value']:g} {r['unit']}{' ' + r['change'] if r['change'] else ''}{year}"
    return head


def _write_text(output: str | None, text: str):
    """text to the file output (whole or not at all) or to stdout; None when it could not be written
    (already reported)."""
    try:
        if output:
            write_text(output, text)
        else:
            sys.stdout.write(text)
        return True
    except OSError as e:
        _err(output or "<stdout>", f"cannot write output ({e.strerror or e})")
        return None


def _check_aliases(path: str | None) -> bool:
    """Read an alias file before any plan is parsed: a bad one is a usage error, named once."""
    from .errors import PolicyParseError
    from .indicators import IndicatorKeys
    try:
        if path:
            IndicatorKeys(path)
        return True
    except PolicyParseError as e:
        _err(e.path, e.reason)
        return False


def _cmd_diff(args) -> int:
    from .report import diff_html, diff_markdown

    if not _check_aliases(args.aliases):
        return EXIT_USAGE
    failures: list[int] = []
    plans = [plan for _, plan in _each_plan([args.a, args.b], failures)]
    if len(plans) < 2:
        return _status(failures)
    from . import diff
    d = diff(plans[0], plans[1], aliases=args.aliases)
    out = {"json": lambda: d.model_dump_json(indent=2 if args.pretty else None) + "\n",
           "md": lambda: diff_markdown(d), "html": lambda: diff_html(d)}[args.format]()
    return EXIT_OK if _write_text(args.output, out) else EXIT_OUTPUT


def _cmd_compare(args) -> int:
    from .comparison import TABLE_FORMATS

    if not _check_aliases(args.aliases):
        return EXIT_USAGE
    if args.output and os.path.splitext(args.output)[1].lower() not in TABLE_FORMATS:
        _err(args.output, f"unknown output format: use {', '.join(TABLE_FORMATS)}")
        return EXIT_USAGE
    failures: list[int] = []
    pairs = list(_each_plan(args.files, failures, not args.quiet))
    from . import compare
    c = compare([p for _, p in pairs], aliases=args.aliases, names=[path for path, _ in pairs])
    table = c.instruments if args.instruments else c.wide if args.wide else c.tidy
    if args.wide:
        for col in c.collisions:  # the rule picked one value: say where, and which met there
            _err(col.file, f"{col} (the latest year wins; all are in the tidy table)")
    if args.output:
        try:
            table.write(args.output, bom=args.bom)
        except OSError as e:
            _err(args.output, f"cannot write output ({e.strerror or e})")
            return EXIT_OUTPUT
    elif _write_text(None, table.to_csv(args.bom)) is None:
        return EXIT_OUTPUT
    return _status(failures)


def _cmd_indicators(args) -> int:
    from .indicators import IndicatorKeys

    if not _check_aliases(args.aliases):
        return EXIT_USAGE
    keys = IndicatorKeys(args.aliases)
    failures: list[int] = []
    found: dict[str, dict] = {}  # key -> {count, method, phrases}
    unmatched: dict[str, dict] = {}  # phrase -> {count, key, nearest}
    for _path, plan in _each_plan(_expand(args.files), failures, not args.quiet):
        for t in plan.targets:
            m = keys.match(t.indicator, t.unit, t.change)
            k = found.setdefault(m.key, {"key": m.key, "count": 0, "matched": m.method != "phrase", "field": m.field,
                                         "phrases": {}})
            k["count"] += 1
            k["phrases"][t.indicator] = k["phrases"].get(t.indicator, 0) + 1
            if m.method == "phrase":
                u = unmatched.setdefault(t.indicator, {"phrase": t.indicator, "count": 0, "key": m.key,
                                                       "nearest": keys.candidates(t.indicator)})
                u["count"] += 1
    ranked = sorted(found.values(), key=lambda k: (-k["count"], k["key"]))
    loose = sorted(unmatched.values(), key=lambda u: (-u["count"], u["phrase"]))
    if args.format == "json":
        out = json.dumps({"keys": ranked, "unmatched": loose}, ensure_ascii=False, indent=1) + "\n"
    else:
        lines = [f"{len(ranked)} keys, {sum(k['matched'] for k in ranked)} canonical; "
                 f"{len(loose)} phrases matched no canonical indicator", "", "count  key (field) ← phrases"]
        lines += [f"{k['count']:5}  {k['key']}{' (' + k['field'] + ')' if k['field'] else ''}"
                  f"{'' if k['matched'] else ' *'} ← {'、'.join(k['phrases'])}" for k in ranked]
        lines += ["", "count  unmatched phrase → nearest canonical indicators (score)"]
        lines += [f"{u['count']:5}  {u['phrase']} → " + "; ".join(f"{c} ({s:.2f})" for c, s in u["nearest"])
                  for u in loose]
        out = "\n".join(lines) + "\n"
    if _write_text(args.output, out) is None:
        return EXIT_OUTPUT
    return _status(failures)


def _expand(files: list[str]) -> list[str]:
    """Folders as the documents under them."""
    from pathlib import Path

    from .batch import find_inputs
    out = []
    for f in files:
        out += [str(p) for p in find_inputs(Path(f))] if os.path.isdir(f) else [f]
    return out


def _cmd_batch(args) -> int:
    from .batch import run_batch
    if not os.path.isdir(args.input):
        _err(args.input, "no such folder" if not os.path.exists(args.input) else "not a folder (batch reads a folder)")
        return EXIT_USAGE
    if os.path.exists(args.output) and not os.path.isdir(args.output):
        _err(args.output, "is a file: -o names the output folder")
        return EXIT_USAGE
    if args.jobs < 1 or args.timeout <= 0:
        _err("batch", "--jobs must be at least 1 and --timeout positive")
        return EXIT_USAGE
    try:
        os.makedirs(args.output, exist_ok=True)
        r = run_batch(args.input, args.output, jobs=args.jobs, timeout=args.timeout, scheduler=args.scheduler,
                      spacy=args.spacy, retry_failed=args.retry_failed, progress=not args.quiet)
    except OSError as e:
        _err(args.output, f"cannot write output ({e.strerror or e})")
        return EXIT_OUTPUT
    for path, reason in r.failures:
        _err(path, reason)
    print(f"policyparse: {r.inputs} files: {r.parsed} parsed, {r.failed} failed, {r.skipped} already done, "
          f"{r.duplicates} duplicates of another input (listed in its paths) "
          f"({r.seconds:.1f} s){'; interrupted: run again to go on' if r.interrupted else ''}", file=sys.stderr)
    if r.interrupted:
        return 130
    return EXIT_BAD_INPUT if r.failures else EXIT_OK


def run() -> None:
    sys.exit(main())


if __name__ == "__main__":
    run()

"""The `policyparse` command: a thin layer over the API.

Exit codes: 0 all inputs parsed; 2 at least one input could not be parsed (each named on stderr as
`policyparse: FILE: reason`, the others still written); 3 the output could not be written;
64 bad command-line usage; 70 an internal error (a bug: please report it)."""
from __future__ import annotations

import argparse
import json
import os
import sys

EXIT_OK, EXIT_BAD_INPUT, EXIT_OUTPUT, EXIT_USAGE, EXIT_INTERNAL = 0, 2, 3, 64, 70


class _Parser(argparse.ArgumentParser):
    def error(self, message):
        self.print_usage(sys.stderr)
        print(f"policyparse: {message}", file=sys.stderr)
        sys.exit(EXIT_USAGE)


def _build() -> argparse.ArgumentParser:
    p = _Parser(prog="policyparse", description="Turn Chinese policy plans (.txt/.docx/.pdf) into structured JSON.")
    from . import __version__
    p.add_argument("--version", action="version", version=f"policyparse {__version__}")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)
    sp = sub.add_parser("parse", help="parse plans and write one Plan JSON per input")
    sp.add_argument("files", nargs="+", metavar="FILE")
    sp.add_argument("-o", "--output", metavar="OUT",
                    help="a file (all plans; JSON Lines when several) or an existing folder (one NAME.json per input); default stdout")
    sp.add_argument("--format", choices=["json", "jsonl"], default=None,
                    help="json: one document per plan; jsonl: one line per plan (default: json for one input, jsonl for several)")
    sp.add_argument("--pretty", action="store_true", help="indent the JSON")
    st = sub.add_parser("targets", help="print the numeric targets of plans as one table")
    st.add_argument("files", nargs="+", metavar="FILE")
    st.add_argument("--format", choices=["csv", "json", "jsonl"], default="csv")
    st.add_argument("-o", "--output", metavar="OUT", help="write to this file (default stdout)")
    sc = sub.add_parser("schema", help="print the JSON Schema of the Plan")
    sc.add_argument("--pretty", action="store_true", default=True)
    return p


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
        if args.command == "schema":
            from .schema import plan_schema
            print(json.dumps(plan_schema(), ensure_ascii=False, indent=2))
            return EXIT_OK
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK


def _each_plan(files, failures: list[int]):
    """(path, plan) for every input that parses; the others are reported on one line each and their
    exit codes collected in failures, so one bad file never stops the rest."""
    from . import parse
    from .errors import PolicyParseError

    for path in files:
        try:
            plan = parse(path)
        except PolicyParseError as e:
            _err(path, e.reason)
            failures.append(EXIT_BAD_INPUT)
            continue
        except Exception as e:  # a bug in policyparse: say so on one line, keep going
            _err(path, f"internal error ({e.__class__.__name__}: {e}); please report it")
            failures.append(EXIT_INTERNAL)
            continue
        yield path, plan


def _status(failures: list[int]) -> int:
    return EXIT_BAD_INPUT if EXIT_BAD_INPUT in failures else (failures[0] if failures else EXIT_OK)


def _cmd_parse(args) -> int:
    fmt = args.format or ("json" if len(args.files) == 1 else "jsonl")
    indent = 2 if args.pretty and fmt == "json" else None
    out_dir = args.output if args.output and os.path.isdir(args.output) else None
    failures: list[int] = []
    stems = [os.path.splitext(os.path.basename(f))[0] for f in args.files]
    sink = None
    tmp_path = None
    try:
        if args.output and not out_dir:
            tmp_path = args.output + ".part"  # renamed into place only when complete
            sink = open(tmp_path, "w", encoding="utf-8")
        for path, plan in _each_plan(args.files, failures):
            data = plan.model_dump_json(indent=indent)
            if out_dir:
                stem, ext = os.path.splitext(os.path.basename(path))
                # plan.txt and plan.pdf in one call must not overwrite each other
                name = (stem + ext if stems.count(stem) > 1 else stem) + ".json"
                target = os.path.join(out_dir, name)
                with open(target + ".part", "w", encoding="utf-8") as fh:
                    fh.write(data + "\n")
                os.replace(target + ".part", target)
            elif sink is not None:
                sink.write(data + "\n")
            else:
                sys.stdout.write(data + "\n")
                sys.stdout.flush()
        if sink is not None:
            sink.close()
            os.replace(tmp_path, args.output)
            sink = None
    except OSError as e:
        _err(args.output or "<stdout>", f"cannot write output ({e.strerror or e})")
        return EXIT_OUTPUT
    finally:
        if sink is not None:
            sink.close()
            if tmp_path and os.path.exists(tmp_path):
                os.remove(tmp_path)
    return _status(failures)


TARGET_COLUMNS = ["file", "title", "id", "indicator", "comparator", "value", "value_max", "unit", "change", "year",
                  "frequency", "scope", "section_id", "measure_id", "page", "span_start", "span_end", "text"]


def _cmd_targets(args) -> int:
    import csv
    import io

    failures: list[int] = []
    rows = []
    for path, plan in _each_plan(args.files, failures):
        for t in plan.targets:
            d = t.model_dump()
            d.update(file=path, title=plan.metadata.title, span_start=t.span[0], span_end=t.span[1])
            rows.append({k: d.get(k) for k in TARGET_COLUMNS})
    if args.format == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=TARGET_COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
        out = buf.getvalue()
    elif args.format == "json":
        out = json.dumps(rows, ensure_ascii=False, indent=1) + "\n"
    else:
        out = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    try:
        if args.output:
            with open(args.output + ".part", "w", encoding="utf-8", newline="") as fh:
                fh.write(out)
            os.replace(args.output + ".part", args.output)
        else:
            sys.stdout.write(out)
    except OSError as e:
        _err(args.output or "<stdout>", f"cannot write output ({e.strerror or e})")
        return EXIT_OUTPUT
    return _status(failures)


def run() -> None:
    sys.exit(main())


if __name__ == "__main__":
    run()

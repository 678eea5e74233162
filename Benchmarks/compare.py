#!/usr/bin/env python3
"""Per-report finding diff of two radfind builds on the research data (a regression check for a change).

Runs `radfind parse` of both binaries on the CT-RATE validation reports (val) and the 800 labelled reports (lab), and
`radfind structure` on the MICCAI val finding strings (str), then prints, per report that differs, each finding added
(+), removed (-) or changed (~ old / -> new), matched by sentence, span and type, with totals per data set. Each binary
reads the Lexicons/ and Grammars/ beside it or above it (copy a build and `git archive HEAD Lexicons Grammars` into a
folder to freeze a baseline).

Usage: python3 Benchmarks/compare.py BASE NEW [--data DIR] [--max N] [--only val|lab|str]
The data is licensed CC BY-NC-SA 4.0 and is read in place, never copied. When it is missing the script says so and
exits 0.
"""
import argparse
import collections
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SETS = {"val": ("parse", "ctrate_validation_reports_rexgroundingct_repo.jsonl"),
        "lab": ("parse", "ctclip_text_classifier_labeled_reports.jsonl"),
        "str": ("structure", "rexgroundingct_miccai_val200_findings_HengjieLiu.jsonl")}


def read(binary, command, path):
    """The findings of each record (parse) or the one record of each finding id (structure), by id."""
    args = [binary, command, "--format", "jsonl", path] if command == "parse" else [binary, command, path]
    out = subprocess.run(args, capture_output=True, text=True)
    records = {}
    for line in out.stdout.splitlines():
        record = json.loads(line)
        if command == "parse":
            records[record["id"]] = record.get("findings", [])
        else:
            records[f"{record['volume']}#{record['finding_id']}"] = [record]
    return records


def key(finding):
    return finding.get("finding_id") or (finding.get("sentence"), finding.get("start"), finding.get("end"), finding.get("type"))


def compared(finding):
    return json.dumps({k: v for k, v in finding.items() if k not in ("id", "ontology", "labels")}, sort_keys=True)


def summary(finding):
    parts = [finding.get("type"), finding.get("assertion"), finding.get("laterality"), ",".join(finding.get("lobes") or []),
             ",".join(finding.get("segments") or []), ",".join(finding.get("places") or [])]
    if finding.get("size"):
        parts.append(f"{finding['size'].get('max_mm')}mm {finding['size'].get('qualifier')}")
    if finding.get("temporal"):
        parts.append(finding["temporal"])
    return "|".join(str(p) for p in parts) + f"  «{(finding.get('text') or '')[:90]}»"


def differences(before, after):
    """Lines and counts of what changed between two finding lists of one report."""
    old, new = collections.defaultdict(list), collections.defaultdict(list)
    for finding in before:
        old[key(finding)].append(finding)
    for finding in after:
        new[key(finding)].append(finding)
    lines, counts = [], collections.Counter()
    for k in list(old) + [k for k in new if k not in old]:
        xs, ys = old.get(k, []), new.get(k, [])
        for i in range(max(len(xs), len(ys))):
            x, y = (xs[i] if i < len(xs) else None), (ys[i] if i < len(ys) else None)
            if x and y and compared(x) != compared(y):
                counts["changed"] += 1
                lines.append(f"  ~ {summary(x)}\n    -> {summary(y)}")
            elif x and not y:
                counts["removed"] += 1
                lines.append(f"  - {summary(x)}")
            elif y and not x:
                counts["added"] += 1
                lines.append(f"  + {summary(y)}")
    return lines, counts


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base")
    parser.add_argument("new")
    parser.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "research-data", "rexgroundingct"))
    parser.add_argument("--max", type=int, default=40, help="reports shown per data set (totals count all)")
    parser.add_argument("--only", choices=sorted(SETS))
    options = parser.parse_args()
    if not os.path.isdir(options.data):
        print(f"no research data at {options.data}: nothing to compare")
        return 0
    for name, (command, file) in SETS.items():
        if options.only and name != options.only:
            continue
        path = os.path.join(options.data, file)
        before, after = read(options.base, command, path), read(options.new, command, path)
        totals, reports, shown = collections.Counter(), 0, 0
        for report, findings in after.items():
            lines, counts = differences(before.get(report, []), findings)
            if not lines:
                continue
            reports += 1
            totals.update(counts)
            if shown < options.max:
                shown += 1
                print(f"{name} {report}\n" + "\n".join(lines))
        print(f"== {name}: {reports} reports, {dict(totals)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

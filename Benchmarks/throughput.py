#!/usr/bin/env python3
"""Throughput benchmark of `radfind parse`: reports/s, MB/s and peak memory.

Measures the release binary on real CT-RATE reports (../shared/research-data, read in place) or,
when that data is missing, on the bundled example reports. Prints, for one worker and for one
worker per core:
  - distinct reports: every report once, the honest figure for unseen text;
  - a long stream (the corpus repeated, ids renumbered): shows that memory stays bounded whatever
    the input size. Repeated reports hit the parser's sentence cache, so its rate is an upper bound,
    not a throughput claim.
Startup (loading and validating lexicons and grammars) is measured on an empty input and reported
apart; rates are given with and without it. Wall times are the median of --runs runs.

Usage: python3 Benchmarks/throughput.py [--radfind PATH] [--data DIR] [--runs N] [--repeat N]
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TEXT_FIELDS = ("clinical_information", "technique", "findings", "impressions", "impression", "text", "report_text")


def measure(radfind, path, jobs, runs):
    """Median wall seconds of `radfind parse` over runs."""
    walls = []
    for _ in range(runs):
        started = time.perf_counter()
        out = subprocess.run([radfind, "parse", "--jobs", str(jobs), path],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        walls.append(time.perf_counter() - started)
        if out.returncode not in (0, 1):
            sys.exit(f"radfind parse failed: {out.stderr}")
    return statistics.median(walls)


def peak_rss(radfind, path, jobs):
    """Peak resident memory (KiB) of one run, from GNU time when present."""
    timer = "/usr/bin/time"
    if not os.path.exists(timer):
        return None
    out = subprocess.run([timer, "-f", "%M", radfind, "parse", "--jobs", str(jobs), path],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        return int(out.stderr.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return None


def corpus(data):
    """The benchmark corpus: (path, number of reports, report-text bytes, description)."""
    path = os.path.join(data, "rexgroundingct", "ctrate_validation_reports_rexgroundingct_repo.jsonl")
    description = "CT-RATE validation reports (distinct)"
    if not os.path.exists(path):
        path = os.path.join(ROOT, "Examples", "reports.jsonl")
        description = "bundled example reports (research data not found)"
    count, text_bytes = 0, 0
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            record = json.loads(line)
            count += 1
            text_bytes += sum(len(str(record[key]).encode()) for key in TEXT_FIELDS if record.get(key))
    return path, count, text_bytes, description


def repeated(path, times, directory):
    """The corpus repeated `times` times with renumbered ids, as a new JSONL file."""
    target = os.path.join(directory, "stream.jsonl")
    with open(path, encoding="utf-8") as source, open(target, "w", encoding="utf-8") as out:
        lines = [json.loads(line) for line in source if line.strip()]
        for round_ in range(times):
            for index, record in enumerate(lines):
                record = dict(record)
                record["id"] = f"r{round_}-{index}"
                out.write(json.dumps(record) + "\n")
    return target


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--radfind", default=os.path.join(ROOT, ".build", "release", "radfind"))
    parser.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "research-data"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=20, help="copies of the corpus in the long stream")
    args = parser.parse_args()
    if not os.path.exists(args.radfind):
        sys.exit(f"{args.radfind} not found: build it first with `swift build -c release`")

    path, count, text_bytes, description = corpus(args.data)
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as directory:
        empty = os.path.join(directory, "empty.jsonl")
        open(empty, "w").close()
        startup = measure(args.radfind, empty, 1, args.runs)
        stream = repeated(path, args.repeat, directory)
        print(f"radfind parse throughput ({os.path.relpath(args.radfind, ROOT)}, {cores} cores, median of {args.runs} runs)")
        print(f"startup (lexicons and grammars loaded and validated): {startup * 1000:.0f} ms")
        print(f"corpus: {description}: {count} reports, {text_bytes / 1e6:.2f} MB of report text")
        print(f"{'input':<26} {'jobs':>4} {'wall s':>8} {'reports/s':>10} {'excl. startup':>14} {'MB/s':>7} {'peak MiB':>9}")
        for label, source, reports, size in [("distinct reports", path, count, text_bytes),
                                            (f"stream x{args.repeat} (cached)", stream, count * args.repeat,
                                             text_bytes * args.repeat)]:
            for jobs in sorted({1, cores}):
                wall = measure(args.radfind, source, jobs, args.runs)
                peak = peak_rss(args.radfind, source, jobs)
                work = max(wall - startup, 1e-9)
                print(f"{label:<26} {jobs:>4} {wall:>8.3f} {reports / wall:>10.0f} {reports / work:>14.0f} "
                      f"{size / 1e6 / wall:>7.1f} {peak / 1024 if peak else float('nan'):>9.1f}")


if __name__ == "__main__":
    main()

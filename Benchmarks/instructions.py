#!/usr/bin/env python3
"""Instruction count of `radfind parse` per report (callgrind): the stable speed measure on a shared machine.

Runs valgrind's callgrind on the first N CT-RATE validation reports (../shared/research-data, read in place) and on an
empty input, with a debug-stripped copy of the binary (valgrind's debug-info reader fails on the unstripped one) and
`SWIFT_DETERMINISTIC_HASHING=1`, and prints the start-up count and (total - start-up) / N. Wall-clock figures are
`throughput.py`'s. Compare two builds with the same N.

Usage: python3 Benchmarks/instructions.py [--radfind PATH] [--data DIR] [--reports N]
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPORTS = "ctrate_validation_reports_rexgroundingct_repo.jsonl"


def instructions(binary, data_dir, path, folder):
    """Instructions callgrind counts for `radfind parse` of one file."""
    out = os.path.join(folder, "callgrind.out")
    env = dict(os.environ, SWIFT_DETERMINISTIC_HASHING="1")
    run = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", binary, "parse", "--data-dir",
                          data_dir, "--format", "jsonl", path], capture_output=True, text=True, env=env)
    found = re.search(r"Collected : (\d+)", run.stderr)
    if run.returncode != 0 or not found:
        sys.exit(f"instructions.py: callgrind failed on {path}:\n{run.stderr[-2000:]}")
    return int(found.group(1))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--radfind", default=os.path.join(ROOT, ".build", "release", "radfind"))
    parser.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "research-data", "rexgroundingct"))
    parser.add_argument("--reports", type=int, default=300)
    args = parser.parse_args()
    source = os.path.join(args.data, REPORTS)
    if not os.path.exists(source):
        print(f"instructions.py: {source} not found; nothing measured")
        return
    if not shutil.which("valgrind"):
        sys.exit("instructions.py: valgrind is not installed (apt-get install valgrind)")
    with tempfile.TemporaryDirectory() as folder:
        binary = os.path.join(folder, "radfind")
        shutil.copy(args.radfind, binary)
        subprocess.run(["strip", "--strip-debug", binary], check=True)
        reports, empty = os.path.join(folder, "reports.jsonl"), os.path.join(folder, "empty.jsonl")
        with open(source) as lines, open(reports, "w") as sample:
            for count, line in enumerate(lines):
                if count == args.reports:
                    break
                sample.write(line)
        open(empty, "w").close()
        startup = instructions(binary, ROOT, empty, folder)
        total = instructions(binary, ROOT, reports, folder)
    print(f"start-up {startup / 1e6:.1f} M instructions; {args.reports} reports {total / 1e6:.1f} M; "
          f"per report past start-up {(total - startup) / args.reports / 1e6:.3f} M")


if __name__ == "__main__":
    main()

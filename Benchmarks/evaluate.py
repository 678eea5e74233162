#!/usr/bin/env python3
"""Reproducible evaluation of RadFindings on the research data (../shared/research-data).

Prints:
  1. CT-RATE 18-label precision / recall / F1 per label and macro, on the 800 manually labelled
     reports (ctclip_text_classifier_labeled_reports.jsonl);
  2. ReXGroundingCT category and focal agreement of `radfind structure` on the MICCAI val split
     (381 findings) and on the train finding strings here;
  3. on the 206 report <-> dataset-findings pairs: how many dataset findings have a present parser
     finding of the same type (and of the same category) in their original report, and, for those, how
     often the string (read by `structure`) and a same-type finding of its report (read by `parse`)
     agree on side, lobe set and largest size: a consistency check of two readings, not gold truth.

Usage: python3 Benchmarks/evaluate.py [--radfind PATH] [--data DIR] [--errors DIR]
The data is licensed CC BY-NC-SA 4.0 and is read in place, never copied. When it is missing the
script says so and exits 0.
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LABELS = ["Medical material", "Arterial wall calcification", "Cardiomegaly", "Pericardial effusion",
          "Coronary artery wall calcification", "Hiatal hernia", "Lymphadenopathy", "Emphysema", "Atelectasis",
          "Lung nodule", "Lung opacity", "Pulmonary fibrotic sequela", "Pleural effusion", "Mosaic attenuation pattern",
          "Peribronchial thickening", "Consolidation", "Bronchiectasis", "Interlobular septal thickening"]


def run(radfind, args, stdin=None):
    started = time.time()
    out = subprocess.run([radfind] + args, input=stdin, capture_output=True, text=True)
    if out.returncode not in (0, 1):
        sys.exit(f"radfind {' '.join(args)} failed: {out.stderr}")
    return [json.loads(line) for line in out.stdout.splitlines() if line.strip()], time.time() - started


def f1(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def labels(radfind, data, errors):
    path = os.path.join(data, "ctclip_text_classifier_labeled_reports.jsonl")
    gold = {}
    with open(path) as handle:
        for line in handle:
            record = json.loads(line)
            gold[record["accession"]] = record
    records, seconds = run(radfind, ["parse", "--format", "jsonl", path])
    counts = {label: [0, 0, 0] for label in LABELS}
    mistakes = []
    for record in records:
        expected = gold[record["id"]]["labels"]
        for label in LABELS:
            got, want = record["labels"].get(label, 0), expected[label]
            if got and want: counts[label][0] += 1
            elif got: counts[label][1] += 1; mistakes.append(("FP", label, record["id"]))
            elif want: counts[label][2] += 1; mistakes.append(("FN", label, record["id"]))
    print(f"\n1. CT-RATE labels on {len(records)} manually labelled reports ({seconds:.2f} s)")
    print(f"   {'label':38} {'P':>6} {'R':>6} {'F1':>6}  support")
    macro = []
    for label in LABELS:
        tp, fp, fn = counts[label]
        p, r, f = f1(tp, fp, fn)
        macro.append(f)
        print(f"   {label:38} {p:6.3f} {r:6.3f} {f:6.3f}  {tp + fn}")
    micro = f1(*[sum(c[i] for c in counts.values()) for i in range(3)])
    print(f"   macro F1 {sum(macro) / len(macro):.4f}   micro F1 {micro[2]:.4f}")
    if errors:
        with open(os.path.join(errors, "label_errors.tsv"), "w") as out:
            for kind, label, accession in mistakes:
                text = gold[accession]["report_text"].replace("\t", " ").replace("\n", " ")
                out.write(f"{kind}\t{label}\t{accession}\t{text}\n")
    return sum(macro) / len(macro)


def structure(radfind, data, errors, name, files):
    paths = [os.path.join(data, f) for f in files]
    records, seconds = run(radfind, ["structure"] + paths)
    n = len(records)
    same = sum(r.get("predicted_category") == r.get("category") for r in records)
    focal = sum((r.get("predicted_category") or "?")[:1] == (r.get("category") or "")[:1] for r in records)
    unknown = sum(r.get("predicted_category") is None for r in records)
    print(f"\n2. {name}: {n} finding strings ({seconds:.2f} s)")
    print(f"   category agreement {same / n:.4f}   focal agreement {focal / n:.4f}   no category {unknown}")
    confusion = collections.Counter((r.get("category"), r.get("predicted_category")) for r in records
                                    if r.get("predicted_category") != r.get("category"))
    print("   most frequent disagreements (dataset -> engine): "
          + ", ".join(f"{a}->{b} {c}" for (a, b), c in confusion.most_common(8)))
    if errors:
        with open(os.path.join(errors, f"category_errors_{name.split()[0].lower()}.tsv"), "w") as out:
            for r in records:
                if r.get("predicted_category") != r.get("category"):
                    out.write(f"{r.get('category')}\t{r.get('predicted_category')}\t{r.get('type')}\t{r['text']}\n")
    return same / n, focal / n


def agrees(string, finding):
    """Whether a dataset finding string and a report finding agree on side, lobe set and largest size."""
    def largest(record):
        return record["size"]["max_mm"] if record.get("size") else None
    a, b = largest(string), largest(finding)
    same_size = (a is None and b is None) or (a is not None and b is not None and abs(a - b) < 0.05)
    return (string["laterality"] == finding["laterality"], sorted(string["lobes"]) == sorted(finding["lobes"]), same_size)


def within(string, finding):
    """Whether a dataset finding string's place lies within a report finding's: the dataset splits one
    report finding into one string per place ("atelectasis in both lower lobes" becomes a string for
    each lobe), so its side may be one side of a bilateral finding and its lobes a subset."""
    side = string["laterality"] == finding["laterality"] or (
        finding["laterality"] == "bilateral" and string["laterality"] in ("left", "right"))
    return side and set(string["lobes"]) <= set(finding["lobes"])


def pairs(radfind, data, errors):
    path = os.path.join(data, "joined_ctrate_valid_report_x_rexgroundingct_findings.jsonl")
    studies = [json.loads(line) for line in open(path)]
    reports = "\n".join(json.dumps({"id": s["volume"], "findings": s.get("findings") or "",
                                    "impressions": s.get("impressions") or ""}) for s in studies)
    parsed, _ = run(radfind, ["parse", "--format", "jsonl", "-"], stdin=reports)
    by_id = {r["id"]: r for r in parsed}
    dataset = "\n".join(json.dumps({"name": s["volume"], "findings": s["rexgrounding_findings"],
                                    "categories": s["rexgrounding_categories"]}) for s in studies)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as handle:
        handle.write(dataset)
    structured, _ = run(radfind, ["structure", handle.name])
    os.unlink(handle.name)
    total = same_type = same_family = same_category = 0
    misses, placed, disagreements, outside = [], collections.Counter(), [], []
    for r in structured:
        report = by_id.get(r["volume"], {})
        present = [f for f in report.get("findings", []) if f["assertion"] != "absent"]
        total += 1
        if r["type"] and any(f["type"] == r["type"] for f in present):
            same_type += 1
            agreement = max((agrees(r, f) for f in present if f["type"] == r["type"]), key=sum)
            placed["found"] += 1
            inside = any(within(r, f) for f in present if f["type"] == r["type"])
            placed["within"] += inside
            if not inside:
                outside.append((r["volume"], r["text"], r["laterality"], r["lobes"],
                                [(f["text"], f["laterality"], f["lobes"]) for f in present if f["type"] == r["type"]]))
            if not all(agreement):
                disagreements.append((r["volume"], r["text"], r["laterality"], r["lobes"],
                                      [(f["text"], f["laterality"], f["lobes"]) for f in present if f["type"] == r["type"]]))
            for name, agreed in zip(("side", "lobes", "size", "all three"), agreement + (all(agreement),)):
                placed[name] += agreed
        if r["type"] and any(set(f["ontology"]["lineage"]) & set(r["lineage"][:1]) or set(r["lineage"]) & {f["type"]}
                             for f in present):
            same_family += 1
        else:
            misses.append((r["volume"], r["text"], r["type"], sorted({f["type"] for f in present})))
        if any(f["category"] == r["category"] for f in present):
            same_category += 1
    print(f"\n3. {len(studies)} report <-> dataset pairs, {total} dataset findings")
    print(f"   with a parser finding of the same type in the report: {same_type} ({same_type / total:.4f})")
    print(f"   with a parser finding of the same type or a broader/narrower one: {same_family} ({same_family / total:.4f})")
    print(f"   with a parser finding of the dataset's category:       {same_category} ({same_category / total:.4f})")
    found = max(placed["found"], 1)
    print(f"   of those, the string and its report agree (best same-type finding) on side {placed['side'] / found:.4f}, "
          f"lobe set {placed['lobes'] / found:.4f}, largest size {placed['size'] / found:.4f}, "
          f"all three {placed['all three'] / found:.4f}")
    print(f"   the string's side and lobes within a same-type finding's (the dataset splits findings by place): "
          f"{placed['within'] / found:.4f}; of the rest, {sum(1 for row in outside if row[2] == 'none' and not row[3])} "
          f"strings name no side and no lobe (a report finding with a side counts as outside them)")
    if errors:
        with open(os.path.join(errors, "pair_misses.tsv"), "w") as out:
            for volume, text, kind, found in misses:
                out.write(f"{volume}\t{kind}\t{text}\t{','.join(found)}\n")
        for name, rows in (("pair_place_disagreements.tsv", disagreements), ("pair_place_outside.tsv", outside)):
            with open(os.path.join(errors, name), "w") as out:
                for volume, text, side, lobes, found in rows:
                    out.write(f"{volume}\t{text}\t{side} {','.join(lobes)}\t{found}\n")
    return same_type / total


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--radfind", default=None, help="radfind executable (default: build release and use it)")
    parser.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "research-data", "rexgroundingct"))
    parser.add_argument("--errors", default=None, help="write error lists (TSV) to this directory")
    args = parser.parse_args()
    if not os.path.isdir(args.data):
        print(f"research data not found at {args.data}: nothing to evaluate")
        return
    radfind = args.radfind
    if radfind is None:
        subprocess.run(["swift", "build", "-c", "release", "--product", "radfind"], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
        radfind = os.path.join(ROOT, ".build", "release", "radfind")
    if args.errors:
        os.makedirs(args.errors, exist_ok=True)
    labels(radfind, args.data, args.errors)
    structure(radfind, args.data, args.errors, "MICCAI val", ["rexgroundingct_miccai_val200_findings_HengjieLiu.jsonl"])
    structure(radfind, args.data, args.errors, "train strings",
              ["rexgroundingct_miccai_train_findings_partial_HengjieLiu.jsonl",
               "rexgroundingct_miccai_train_findings_rest_HengjieLiu.jsonl"])
    pairs(radfind, args.data, args.errors)


if __name__ == "__main__":
    main()

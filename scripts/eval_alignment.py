#!/usr/bin/env python3
"""Pairwise precision/recall/F1 of indicator alignment against tests/gold-align.

    scripts/eval_alignment.py --extracted OUT [--gold tests/gold-align]

A gold file (see tests/gold-align/README.md) lists, per family, groups of
targets that measure the same indicator; each target is named by its file, an
anchor string its quote contains and its value. A gold item is found in the
output when a target of that file has the anchor in its quote and the value as
its value or upper bound.

Gold pairs: two items of one group from different documents. Predicted pairs:
two found items from different documents whose targets share an indicator in
``comparison_long.csv`` (catalogued or discovered). Two scores per family:
``aligned`` counts only gold pairs whose two items were extracted (what the
alignment controls); ``end-to-end`` counts every gold pair.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from itertools import combinations
from pathlib import Path

import yaml

SPACES = re.compile(r"\s+")


def squash(text: str) -> str:
    return SPACES.sub(" ", text or "").strip().lower()


def read_csv(path: Path) -> list[dict]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def as_float(x: str) -> float | None:
    try:
        return float(x)
    except (TypeError, ValueError):
        return None


def number_text(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}".replace(".", ",")


def value_positions(quote: str, value: float) -> list[int]:
    pattern = re.compile(r"(?<![\d,.])" + re.escape(number_text(value)) + r"(?![\d]|,\d)")
    return [m.start() for m in pattern.finditer(quote)]


def target_positions(targets: list[dict]) -> dict[str, int]:
    """Where each target's value sits in its quote: targets of one quote take
    its values in text order (the extractor lists them so), a range also
    taking the place of its upper bound."""
    used: dict[str, set[int]] = {}
    out = {}
    for t in targets:
        quote, v, high = squash(t["quote"]), as_float(t["value"]), as_float(t["value_high"])
        taken = used.setdefault(quote, set())
        free = [p for p in value_positions(quote, v) if p not in taken] if v is not None else []
        out[t["target_id"]] = free[0] if free else -1
        if free:
            taken.add(free[0])
            later = [p for p in value_positions(quote, high) if p > free[0] and p not in taken] if high else []
            if later:
                taken.add(later[0])
    return out


def locate(items: list[dict], targets_by_file: dict[str, list[dict]]) -> dict[int, str]:
    """Gold item index -> target_id; each target serves one item, fewest candidates first.

    When several targets of one quote carry the item's value, the one whose
    value sits inside the item's anchor is taken.
    """
    candidates = {}
    for i, item in enumerate(items):
        anchor, value = squash(item["anchor"]), float(item["value"])
        targets = targets_by_file.get(item["file"], [])
        pos = target_positions(targets)
        cands = []
        for t in targets:
            quote = squash(t["quote"])
            if anchor not in quote or value not in (as_float(t["value"]), as_float(t["value_high"])):
                continue
            a = quote.index(anchor)
            inside = a <= pos[t["target_id"]] < a + len(anchor)
            cands.append((not inside, t["target_id"]))
        candidates[i] = [c for _, c in sorted(cands, key=lambda c: c[0])]
    found, used = {}, set()
    for i in sorted(candidates, key=lambda k: (len(candidates[k]), k)):
        free = [c for c in candidates[i] if c not in used]
        if free:
            found[i] = free[0]
            used.add(free[0])
    return found


def prf(pred: set, gold: set) -> tuple[str, str, str]:
    tp = len(pred & gold)
    p = tp / len(pred) if pred else None
    r = tp / len(gold) if gold else None
    f = 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)
    show = lambda x: "n/a" if x is None else f"{x:.2f}"   # noqa: E731
    return show(p), show(r), show(f)


def score_family(gold: dict, targets_by_file, indicator_of) -> dict:
    items = [dict(m, group=g["id"]) for g in gold.get("groups") or [] for m in g.get("members") or []]
    found = locate(items, targets_by_file)
    gold_pairs, pred_pairs = set(), set()
    for a, b in combinations(range(len(items)), 2):
        if items[a]["file"] == items[b]["file"]:
            continue
        if items[a]["group"] == items[b]["group"]:
            gold_pairs.add((a, b))
        ta, tb = found.get(a), found.get(b)
        if ta and tb and indicator_of.get(ta) and indicator_of.get(ta) == indicator_of.get(tb):
            pred_pairs.add((a, b))
    aligned_gold = {(a, b) for a, b in gold_pairs if a in found and b in found}
    missing = [items[i] for i in range(len(items)) if i not in found]
    # how each gold group's found items are split among predicted indicators, and
    # the predicted pairs no gold group holds
    split = {}
    for i, item in enumerate(items):
        if i in found:
            split.setdefault(item["group"], []).append((indicator_of.get(found[i], ""), item))
    wrong = [(items[a], items[b]) for a, b in sorted(pred_pairs - gold_pairs)]
    return {"family": gold.get("family", "?"), "held_out": bool(gold.get("held_out")),
            "items": len(items), "found": len(found), "gold_pairs": len(gold_pairs),
            "pred_pairs": len(pred_pairs), "aligned": prf(pred_pairs, aligned_gold),
            "end_to_end": prf(pred_pairs, gold_pairs), "missing": missing,
            "split": split, "wrong": wrong}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--extracted", required=True, type=Path)
    ap.add_argument("--gold", default=Path(__file__).resolve().parents[1] / "tests" / "gold-align", type=Path)
    ap.add_argument("--verbose", action="store_true", help="list gold items not found, gold groups split among indicators, wrong pairs")
    args = ap.parse_args(argv)
    docs = read_csv(args.extracted / "documents.csv")
    file_of = {d["doc_id"]: Path(d["source"]).name for d in docs}
    targets_by_file: dict[str, list[dict]] = {}
    for t in read_csv(args.extracted / "targets.csv"):
        targets_by_file.setdefault(file_of.get(t["doc_id"], ""), []).append(t)
    indicator_of = {r["target_id"]: r["indicator_id"]
                    for r in read_csv(args.extracted / "comparison_long.csv")}
    print(f"{'family':<22}{'set':<9}{'items':>6}{'found':>6}{'gold':>6}{'pred':>6}"
          f"   aligned P/R/F1       end-to-end P/R/F1")
    for path in sorted(args.gold.glob("*.yaml")):
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        s = score_family(gold, targets_by_file, indicator_of)
        print(f"{s['family']:<22}{'held-out' if s['held_out'] else 'tune':<9}{s['items']:>6}"
              f"{s['found']:>6}{s['gold_pairs']:>6}{s['pred_pairs']:>6}   "
              f"{'/'.join(s['aligned']):<21}{'/'.join(s['end_to_end'])}")
        if args.verbose:
            for m in s["missing"]:
                print(f"    not extracted: {m['file']} {m['value']} «{m['anchor']}»")
            for group, placed in s["split"].items():
                if len(placed) > 1 and len({ind for ind, _ in placed}) > 1:
                    print(f"    split {group}:")
                    for ind, m in sorted(placed, key=lambda x: x[0]):
                        print(f"      {ind or '(none)':<14}{m['file'][:8]} {m['value']:>5} «{m['anchor']}»")
            for a, b in s["wrong"]:
                print(f"    wrong pair: {a['group']} «{a['anchor']}» ~ {b['group']} «{b['anchor']}»")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Writes the gold of tests/fixtures/real-bodies as score.py reads it (JSON
Lines on stdout): each annotated article gets its text back from the public
article-extraction benchmark in ../shared/bench, which the annotations refer
to by page id (the first 16 hex digits). The texts are not stored twice.

    python3 scripts/real-bodies-gold.py [--bench DIR] > gold.jsonl
"""
import argparse
import json
import os
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ANNOTATIONS = os.path.join(REPO, "tests", "fixtures", "real-bodies", "annotations.jsonl")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", default=os.path.join(REPO, "..", "shared", "bench"),
                    help="the shared/bench folder (holds article-extraction/ground-truth.json)")
    args = ap.parse_args()
    truth_path = os.path.join(args.bench, "article-extraction", "ground-truth.json")
    if not os.path.isfile(truth_path):
        sys.exit(f"real-bodies-gold: no {truth_path}: the annotations need the benchmark's texts")
    truth = json.load(open(truth_path, encoding="utf-8"))
    by_prefix = {key[:16]: page for key, page in truth.items()}
    for line in open(ANNOTATIONS, encoding="utf-8"):
        if not line.strip():
            continue
        article = json.loads(line)
        page = by_prefix.get(article["id"].removeprefix("bench/"))
        if page is None:
            sys.exit(f"real-bodies-gold: {article['id']} is not a page of the benchmark")
        article["text"] = page["articleBody"]
        for q in article["quotes"]:
            # A changed benchmark must not score against shifted offsets.
            if article["text"][q["start"]:q["end"]] != q["text"]:
                sys.exit(f"real-bodies-gold: {article['id']}: quote at {q['start']} no longer matches")
        print(json.dumps(article, ensure_ascii=False))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Learns the speaker scorer's weights (crates/extract/src/speaker_weights.txt)
by logistic regression over candidate speakers, and reports what they are
worth by k-fold cross-validation over articles.

Data: the Wikinews dev set (CC BY 2.5, "Wikinews contributors"), read at run
time from ../shared/eval/dev/wikinews-dev.jsonl; nothing from it is copied
into the repository but the learned weights. score.py's matching and speaker
rules are imported from the same folder, so a candidate is "right" exactly
when score.py would count it right.

Steps:
 1. Run the `speaker_candidates` example with --explain over every article,
    with the PRIOR weights below (so the data do not depend on the weights
    committed last time). Each quote lists its candidates and their features.
 2. Match quotes to gold quotes as score.py does; each candidate of a matched
    required quote is a row, labelled by score.py's speaker_ok.
 3. Cross-validation: articles split into K folds by a hash of their id; for
    each fold, learn on the other folds and write the weights; then score.py
    runs the example over all articles, each with the weights of its own
    fold, and prints the held-out figures.
 4. Learn on every article and write the committed weights file (--write).

Pure Python (no numpy): Newton's method on a log-likelihood penalised by the
distance from the hand-set PRIOR weights,
30 features, a few thousand rows.

    cargo build -p quotebook-extract --example speaker_candidates
    python3 scripts/train-speaker-scorer.py --bin $CARGO_TARGET_DIR/debug/examples/speaker_candidates [--write]
"""
import argparse
import json
import math
import os
import sys
import tempfile

from fold_eval import REPO, eval_dir, explain, fold_of, matched_pieces, score_by_folds
WEIGHTS = os.path.join(REPO, "crates", "extract", "src", "speaker_weights.txt")

# The hand-set weights the data are collected with: the order of the old
# fallback chain (credit or sentence cue, then paragraph cue, continuation,
# sentence subject, previous speaker).
PRIOR = {
    "source_label": 5.0, "source_credit": 5.0, "source_dash_name": 5.0,
    "source_sentence_cue": 2.2, "source_paragraph_cue": 1.1, "source_continuation": 1.8,
    "source_subject": 0.85, "source_previous_quote": 0.45, "source_previous_cue": 0.4,
    "cue_distance": -0.3, "paragraph_gap": -0.1, "others_agree": 0.3,
}
L2 = float(os.environ.get("SPEAKER_L2", "1.0"))


def write_weights(path, names, w, comment):
    with open(path, "w", encoding="utf-8") as f:
        f.write("# Weights of the speaker scorer (crates/extract/src/scorer.rs): `feature weight`.\n")
        for line in comment:
            f.write(f"# {line}\n")
        for n, v in zip(names, w):
            f.write(f"{n} {v:.4f}\n")


def rows_of(score, doc, explained):
    """(features, label) for each candidate of each matched required quote."""
    return [(c["features"], 1.0 if score.speaker_ok(c["speaker"], gold) else 0.0)
            for q, _, gold in matched_pieces(score, doc, explained) for c in q["candidates"]]


def solve(a, b):
    """Gaussian elimination with partial pivoting: a x = b."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            if f:
                for k in range(c, n + 1):
                    m[r][k] -= f * m[c][k]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][k] * x[k] for k in range(r + 1, n))) / m[r][r]
    return x


def fit(rows, names, iterations=25):
    """Logistic regression with a Gaussian prior centred on the hand-set
    weights (PRIOR): every weight but the bias is pulled towards its prior
    value, so a source the data never show (a transcript label, a credit)
    keeps the weight it was given by hand instead of falling to 0."""
    n = len(names)
    prior = [PRIOR.get(name, 0.0) for name in names]
    w = prior[:]
    for _ in range(iterations):
        grad = [0.0] * n
        hess = [[0.0] * n for _ in range(n)]
        for x, y in rows:
            z = sum(wi * xi for wi, xi in zip(w, x))
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = p - y
            s = p * (1 - p)
            nz = [(i, xi) for i, xi in enumerate(x) if xi]
            for i, xi in nz:
                grad[i] += g * xi
                for j, xj in nz:
                    hess[i][j] += s * xi * xj
        for i in range(1, n):
            grad[i] += L2 * (w[i] - prior[i])
            hess[i][i] += L2
        hess[0][0] += 1e-6
        step = solve(hess, grad)
        w = [wi - si for wi, si in zip(w, step)]
        if max(abs(s) for s in step) < 1e-6:
            break
    return w


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", required=True, help="the speaker_candidates example binary")
    ap.add_argument("--eval", help="the shared/eval folder")
    ap.add_argument("--gold", default="dev/wikinews-dev.jsonl", help="gold file, relative to --eval")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--work", default=None, help="folder for fold weights (default: a temporary one)")
    ap.add_argument("--write", action="store_true", help="write the committed weights learned on all articles")
    args = ap.parse_args()
    ed = eval_dir(args.eval, "train-speaker-scorer")
    sys.path.insert(0, ed)
    import score  # noqa: E402  (score.py's matching and speaker rules)

    docs = [json.loads(l) for l in open(os.path.join(ed, args.gold), encoding="utf-8")]
    work = args.work or tempfile.mkdtemp(prefix="speaker-cv-")
    os.makedirs(work, exist_ok=True)
    names = None
    prior_path = os.path.join(work, "prior.txt")
    with open(prior_path, "w") as f:
        f.writelines(f"{k} {v}\n" for k, v in PRIOR.items())
    rows_by_doc = {}
    for doc in docs:
        ex = explain(args.bin, doc, "--weights", prior_path)
        names = ex["features"]
        rows_by_doc[doc["id"]] = rows_of(score, doc, ex)
    n = len(names)
    total = sum(len(r) for r in rows_by_doc.values())
    print(f"{len(docs)} articles, {total} candidate rows, {n} features", file=sys.stderr)

    # Cross-validation: each article scored with weights learned without it.
    fold_paths = []
    for k in range(args.folds):
        train = [r for d in docs if fold_of(d["id"], args.folds) != k for r in rows_by_doc[d["id"]]]
        w = fit(train, names)
        path = os.path.join(work, f"fold-{k}.txt")
        write_weights(path, names, w, [f"cross-validation fold {k} of {args.folds}"])
        fold_paths.append(path)
    score_by_folds(ed, [args.gold], docs, fold_paths, args.bin, "--weights", work)

    if args.write:
        w = fit([r for rows in rows_by_doc.values() for r in rows], names)
        write_weights(WEIGHTS, names, w, [
            "Learned by scripts/train-speaker-scorer.py (logistic regression, Gaussian prior on the hand-set weights, L2 = %g) on the" % L2,
            "candidates of the Wikinews dev set (CC BY 2.5, Wikinews contributors); its figures",
            "are reported by cross-validation over articles, never on the articles learned from.",
        ])
        print(f"wrote {WEIGHTS}", file=sys.stderr)


if __name__ == "__main__":
    main()

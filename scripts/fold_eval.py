"""What scripts/train-speaker-scorer.py and scripts/calibrate-confidence.py share:
finding ../shared/eval, running the `speaker_candidates` example on an article,
matching its quotes to the gold as score.py does, and scoring the articles by
cross-validation (each article run with what was learned on the other folds).
"""
import hashlib
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile

REPO = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))


def eval_dir(arg, who):
    for d in [arg, os.path.join(REPO, "..", "shared", "eval"), os.path.join(REPO, "..", "..", "shared", "eval")]:
        if d and os.path.isfile(os.path.join(d, "score.py")):
            return os.path.abspath(d)
    sys.exit(f"{who}: no shared/eval folder found (give --eval)")


def fold_of(doc_id, k):
    """An article's fold: a hash of its id, so folds never depend on file order."""
    return int(hashlib.sha256(doc_id.encode()).hexdigest(), 16) % k


def explain(binary, doc, flag, path):
    """The example's --explain output for one article, run with `flag path`."""
    with tempfile.TemporaryDirectory() as d:
        article = os.path.join(d, "article.txt")
        with open(article, "w", encoding="utf-8") as f:
            f.write(doc["text"])
        cmd = [binary, "--explain", flag, path]
        if doc.get("published"):
            cmd += ["--published", doc["published"]]
        out = subprocess.run(cmd + [article], capture_output=True, text=True, check=True)
        return json.loads(out.stdout)


def matched_pieces(score, doc, explained):
    """(quote, piece, gold) for each required gold quote a piece of an explained
    quote matches, paired greedily by token F1 >= 0.6 as score.py pairs them."""
    if doc.get("review_level", "full") != "full":
        return []
    pieces = [(q, p) for q in explained["quotes"] for p in score.split_paragraphs([q["quote"]])]
    gold = doc["quotes"]
    pairs = sorted(((score.token_f1(p["text"], g["text"]), i, j)
                    for i, (_, p) in enumerate(pieces) for j, g in enumerate(gold)), reverse=True)
    used_p, used_g, out = set(), set(), []
    for f1, i, j in pairs:
        if f1 < 0.6:
            break
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        if gold[j].get("kind", "direct") != "partial":
            out.append((pieces[i][0], pieces[i][1], gold[j]))
    return out


def score_by_folds(eval_folder, gold_files, docs, fold_paths, binary, flag, work):
    """Runs score.py over each gold file, every article with the file of its own fold
    (`binary flag FOLD_FILE`), so each is scored by what was learned without it."""
    k = len(fold_paths)
    fmap = os.path.join(work, "folds.tsv")
    with open(fmap, "w") as f:
        for d in docs:
            base = re.sub(r"[^A-Za-z0-9_.-]", "_", d["id"])
            f.write(f"{base}\t{fold_paths[fold_of(d['id'], k)]}\n")
    runner = os.path.join(work, "run-fold.sh")
    with open(runner, "w") as f:
        f.write("#!/bin/sh\n# Runs the example with the file of the article's own fold.\n"
                f'for last; do :; done\nbase=$(basename "$last" .txt)\n'
                f"w=$(awk -F'\\t' -v b=\"$base\" '$1==b {{print $2}}' {shlex.quote(fmap)})\n"
                f'exec {shlex.quote(binary)} {flag} "$w" "$@"\n')
    os.chmod(runner, 0o755)
    for g in gold_files:
        print(f"cross-validated ({k} folds over the articles), {g}:", file=sys.stderr)
        subprocess.run([sys.executable, os.path.join(eval_folder, "score.py"), os.path.join(eval_folder, g),
                        "--run", f"{runner} {{published_opt}} {{file}}"], check=True)

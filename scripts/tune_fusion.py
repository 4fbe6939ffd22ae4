"""Choose the accurate mode's fusion thresholds (cnpii.detection._ner: KEEP, KEEP_BARE, STRONG, WIN,
RULES_FLOOR).

    python scripts/fetch_ner_corpora.py        # MSRA, Resume, Weibo train/dev into benchmarks/data/ner/
    python scripts/tune_fusion.py [--data benchmarks/data/ner]

Runs the rules and LAC once over the train splits of MSRA (first 4,000 sentences), Resume (first
1,500) and Weibo and over cnpii's blind bank dev text (benchmarks/blind/dev.jsonl,
benchmarks/blind2/corpus.jsonl, benchmarks/blind4/corpus.jsonl, five genres of
benchmarks/blind8/corpus.jsonl, as the name model), then scores :func:`cnpii.detection._ner.fuse` on a grid of the
thresholds and prints the best by mean PERSON F1 (exact spans; news, resumes, social media and
cnpii's bank text weigh alike, the bank sets averaged into one) among those that beat both the
rules alone and the model alone on each real corpus's train and dev splits (the dev splits
constrain the choice, they do not score it), with the held-out blind test beside it for a check
(never for the choice). Needs ``cnpii[ner]``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path

import cnpii
from cnpii.detection import _ner
from cnpii.entities import Entity

ROOT = Path(__file__).resolve().parents[1]
TUNE = ("msra_train", "resume_train", "weibo_train", "blind_dev", "blind2", "blind4", "blind8")
#: the genres of blind8 the name model is trained on (the rest stay a check, as there)
BLIND8_GENRES = ("branch_guide", "cs_chat", "fin_statement", "party_union", "product_fee")


def _records(path: Path, limit: int | None = None) -> list[dict]:
    rows = [json.loads(ln) for ln in path.read_text("utf-8").splitlines() if ln.strip()]
    return rows[:limit] if limit else rows


def _prepare(records: list[dict]):
    texts = [r["text"] for r in records]
    rules = [cnpii.scan(t) for t in texts]
    pieces, where = [], []
    for i, t in enumerate(texts):
        for a, b in _ner.clauses(t):
            pieces.append(t[a:b])
            where.append((i, a))
    ents: list[list[tuple[int, int, str]]] = [[] for _ in texts]
    for (i, off), spans in zip(where, _ner.model().tag(pieces)):
        ents[i].extend((s + off, e + off, lab) for s, e, lab in spans)
    gold = [{(s["start"], s["end"]) for s in r["spans"] if s["label"] == "PERSON"} for r in records]
    return texts, rules, ents, gold


def _f1(prepared) -> float:
    tp = fp = fn = 0
    for t, r, en, g in zip(*prepared):
        got = {(f.start, f.end) for f in _ner.fuse(t, list(r), en, frozenset(Entity)) if f.entity == Entity.PERSON}
        tp += len(g & got)
        fp += len(got - g)
        fn += len(g - got)
    return 2 * tp / max(1, 2 * tp + fp + fn)


def _f1_of(prepared, which: str) -> float:
    """PERSON F1 of the rules alone (``"rules"``) or of the model alone (``"model"``)."""
    tp = fp = fn = 0
    for t, r, en, g in zip(*prepared):
        if which == "rules":
            got = {(f.start, f.end) for f in r if f.entity == Entity.PERSON}
        else:
            got = {p for p in (_ner._trim(t, s, e) for s, e, lab in en if lab == "PER") if p is not None}
        tp += len(g & got)
        fp += len(got - g)
        fn += len(g - got)
    return 2 * tp / max(1, 2 * tp + fp + fn)


#: the corpora on whose train split the fused names must beat both the rules alone and the model
#: alone (the issue's bar, asked of every corpus)
REAL = ("msra_train", "resume_train", "weibo_train")
#: the same bar on the dev splits (a constraint on the choice, not part of what it maximises)
REAL_DEV = ("msra_dev", "resume_dev", "weibo_dev")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT / "benchmarks/data/ner")
    args = ap.parse_args(argv)
    blind = ROOT / "benchmarks"
    sources = {
        "msra_train": _records(args.data / "msra_train.jsonl", 4000),
        "resume_train": _records(args.data / "resume_train.jsonl", 1500),
        "weibo_train": _records(args.data / "weibo_train.jsonl"),
        "blind_dev": _records(blind / "blind/dev.jsonl"), "blind2": _records(blind / "blind2/corpus.jsonl"),
        "blind4": _records(blind / "blind4/corpus.jsonl"),
        "blind8": [r for r in _records(blind / "blind8/corpus.jsonl") if r["genre"] in BLIND8_GENRES],
        "msra_dev": _records(args.data / "msra_dev.jsonl"), "resume_dev": _records(args.data / "resume_dev.jsonl"),
        "weibo_dev": _records(args.data / "weibo_dev.jsonl"), "blind_test": _records(blind / "blind/test.jsonl"),
    }
    prepared = {k: _prepare(v) for k, v in sources.items()}
    grid = itertools.product([0.6, 0.7, 0.75, 0.85], [0.55, 0.65, 0.7, 0.75, 0.8, 1.01], [0.7, 0.85],
                             [0.55, 0.65, 0.7, 0.75, 0.8, 1.01], [0.0, 0.01, 0.03, 0.1])
    alone = {k: max(_f1_of(prepared[k], "rules"), _f1_of(prepared[k], "model")) for k in REAL + REAL_DEV}
    best = None
    for keep, bare, strong, win, floor in grid:
        _ner.KEEP, _ner.KEEP_BARE, _ner.STRONG, _ner.WIN, _ner.RULES_FLOOR = keep, bare, strong, win, floor
        f1s = {k: _f1(prepared[k]) for k in TUNE + REAL_DEV}
        if any(f1s[k] <= alone[k] for k in REAL + REAL_DEV):
            continue  # the fusion must beat the rules alone and the model alone on each corpus
        bank = [f1s[k] for k in TUNE if k not in REAL]  # (the dev splits only constrain)
        mean = (sum(f1s[k] for k in REAL) + sum(bank) / len(bank)) / (len(REAL) + 1)  # each genre alike
        if best is None or mean > best[0] + 1e-9:
            best = (mean, (keep, bare, strong, win, floor))
    assert best is not None
    _ner.KEEP, _ner.KEEP_BARE, _ner.STRONG, _ner.WIN, _ner.RULES_FLOOR = best[1]
    print(f"best KEEP, KEEP_BARE, STRONG, WIN, RULES_FLOOR = {best[1]} (mean train F1 {best[0]:.4f})")
    for k in sources:
        print(f"  {k:13s} PERSON F1 {_f1(prepared[k]):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

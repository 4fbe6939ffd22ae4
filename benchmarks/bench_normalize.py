"""Cost of the normalisation layer (issue #11): ``cnpii.scan`` with it vs without it.

    python benchmarks/bench_normalize.py [--records 20000] [--repeat 5]

Both run in this process on the same records: ``detection_corpus.py`` texts (which hold none of
the spellings, so only the one-regex trigger check is paid) and the blind dev set (call-centre
transcripts with Chinese numerals take the slow path). "without" replaces the layer by the
identity; CPU seconds (``time.process_time``), best of ``--repeat`` rounds, ratio printed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import detection_corpus  # noqa: E402

import cnpii  # noqa: E402
from cnpii.detection import _core  # noqa: E402
from cnpii.detection._normalize import Normalized, normalize_map  # noqa: E402


def best(texts: list[str], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.process_time()
        for t in texts:
            cnpii.scan(t)
        times.append(time.process_time() - t0)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=20000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    corpus = [r["text"] for r in detection_corpus.generate(args.records, 3)]
    here = os.path.dirname(os.path.abspath(__file__))
    blind = [json.loads(line)["text"] for line in open(os.path.join(here, "blind", "dev.jsonl"), encoding="utf-8")]
    for name, texts in (("detection_corpus", corpus), ("blind/dev", blind)):
        chars = sum(map(len, texts))
        slow = sum(normalize_map(t).text is not t for t in texts)
        for t in texts[:200]:
            cnpii.scan(t)  # warm caches for both runs alike
        _core.normalize_map = lambda t: Normalized(t, None)
        without = best(texts, args.repeat)
        _core.normalize_map = normalize_map
        with_ = best(texts, args.repeat)
        print(f"{name}: {len(texts)} records, {chars:,} chars, {slow} rewritten; "
              f"without {without:.3f}s ({chars / without:,.0f} chars/s), with {with_:.3f}s "
              f"({chars / with_:,.0f} chars/s), ratio with/without {with_ / without:.3f}")


if __name__ == "__main__":
    main()

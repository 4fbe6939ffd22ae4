"""cnpii.scan with the compiled passes gives the findings it gives on the pure-Python references.

The component tests compare each compiled pass with its reference; this one compares whole
scans (identifiers, addresses and names together, overlap resolution, thresholds, entity
filters) with a CNPII_PURE=1 interpreter, on corpus records and the shared public sample.
Only counts and indices are reported, never the texts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_SAMPLE = ROOT.parent / "shared" / "eval" / "public_sample.jsonl"

_SCRIPT = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
import cnpii, detection_corpus
texts = [r["text"] for seed in (4, 6) for r in detection_corpus.generate(1500, seed)]
texts += json.loads(sys.argv[2])
out = []
for t in texts:
    for kw in ({}, {"entities": ["CN_MOBILE_PHONE", "PERSON", "CN_ADDRESS"]}, {"threshold": 0.3}):
        out.append([[f.start, f.end, str(f.entity), f.score, f.explanation] for f in cnpii.scan(t, **kw)])
from cnpii.detection import _core, _names
print(json.dumps({"native": [bool(_core._FINDINGS), _names._STARTS is not True], "scans": out}))
"""


def _sample_texts() -> list[str]:
    if not _SAMPLE.exists():
        return []
    return [json.loads(line)["text"] for line in _SAMPLE.read_text("utf-8").splitlines() if line.strip()]


def _run(pure: bool) -> list:
    env = {**os.environ, "CNPII_PURE": "1" if pure else "0"}
    proc = subprocess.run([sys.executable, "-c", _SCRIPT, str(ROOT / "benchmarks"), json.dumps(_sample_texts())],
                          env=env, capture_output=True, text=True, check=True)
    result = json.loads(proc.stdout)
    assert result["native"] == [not pure, not pure], "the interpreter did not use the passes asked for"
    return result["scans"]


@pytest.mark.skipif(os.environ.get("CNPII_PURE") == "1", reason="pure-Python run")
def test_whole_scans_match_the_pure_references():
    native, pure = _run(False), _run(True)
    n = len(pure)
    assert len(native) == n and n >= 9000, f"{len(native)} and {n} scans"
    total = sum(len(fs) for fs in pure)
    assert total > 12000, f"only {total} findings"  # the texts really hold findings (18,528 here)
    bad = [i for i, (a, b) in enumerate(zip(native, pure)) if a != b]
    assert not bad, f"{len(bad)} of {len(pure)} scans differ (first indices {bad[:10]})"

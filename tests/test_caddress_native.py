"""The compiled address finder (cnpii.detection._caddress) against the pure-Python reference.

Same candidates -- spans, scores (the same doubles) and explanations -- on the evaluation
corpus, the shared public sample, sub-ranges and random texts built from the address
vocabulary. Failure messages give counts and indices only, never the texts.
"""

from __future__ import annotations

import json
import os
import random
import sys
from pathlib import Path

import pytest

from cnpii.detection import _address as A
from cnpii.detection._identifiers import normalize

from _linear import assert_linear

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import detection_corpus  # noqa: E402

pytestmark = pytest.mark.skipif(os.environ.get("CNPII_PURE") == "1", reason="pure-Python run")
_SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "eval" / "public_sample.jsonl"


@pytest.fixture(scope="module")
def native():
    if A._NATIVE is None:
        A._load_native()
    assert A._NATIVE, "the compiled address finder is not built (pip install -e . builds it)"
    return A._NATIVE


def _diff(cases) -> tuple[list[int], int]:
    bad, found = [], 0
    for i, (t, lo, hi) in enumerate(cases):
        n = normalize(t)
        want = A.find_addresses_py(t, n, lo, hi)
        found += len(want)
        if A.find_addresses(t, n, lo, hi) != want:
            bad.append(i)
    return bad, found


def test_corpus_and_sub_ranges(native):
    rng = random.Random(3)
    texts = [r["text"] for seed in (1, 2) for r in detection_corpus.generate(2500, seed)]
    if _SAMPLE.exists():
        texts += [json.loads(line)["text"] for line in _SAMPLE.read_text("utf-8").splitlines() if line.strip()]
    cases = []
    for t in texts:
        cases.append((t, 0, len(t)))
        lo = rng.randint(0, len(t))
        cases.append((t, lo, rng.randint(lo, len(t))))
    bad, found = _diff(cases)
    assert found > 1000  # the corpus really holds addresses
    assert not bad, f"{len(bad)} of {len(cases)} cases differ (first indices {bad[:10]})"


_VOCAB = (list("省市区县镇乡路街道村组号栋单元室楼层房旗州盟巷弄里苑园庭府湾城屯庄寨座幢门期户排") +
          ["北京", "内蒙古", "黑龙江", "广东省", "深圳市", "南山区", "科技园", "中山路", "大道", "胡同", "小区", "花园",
           "大厦", "写字楼", "村委会", "自治区", "特别行政区", "街道", "地址", "住址", "地址：", "位于", "坐落于",
           "居住在", "在", "到", "至", "于", "住", "上门至", "支行", "分行", "公司", "银行", "营业部", "Addr:",
           "ADDREſS ", "保利香槟国际", "一", "二", "十", "甲", "A", "b", "-", "，", "：", ":", " ", "\n", "\t", "  ",
           "12", "1506", "29", "3", "123456", "号楼", "号院", "是", "的", "人", "张", "\u3000", "=", "'", ">"])


@pytest.mark.parametrize("seed,parts,n", [(1, 40, 15000), (2, 40, 15000), (3, 300, 3000)])
def test_random_texts(native, seed, parts, n):
    rng = random.Random(seed)
    cases = []
    for _ in range(n):
        t = "".join(rng.choice(_VOCAB) for _ in range(rng.randint(1, parts)))
        lo = rng.randint(0, len(t)) if rng.random() < 0.3 else 0
        cases.append((t, lo, rng.randint(lo, len(t)) if rng.random() < 0.3 else len(t)))
    bad, found = _diff(cases)
    assert found > 1000
    assert not bad, f"{len(bad)} of {len(cases)} random cases differ (first indices {bad[:10]})"


def test_tables_come_from_the_patterns(native):
    """Every word the C finder uses is a word of _address.py's own patterns."""
    t = A.native_tables()
    assert A._ADMIN_SUFFIX == "(?:" + "|".join(t["admin"]) + ")"
    assert A._LEAD.pattern.startswith("(?:" + A._LEAD_WORDS + ")")
    assert "坐落于" in t["lead"] and t["lead"].index("坐落于") + 1 == t["lead"].index("坐落")


def _repeat(unit):
    return lambda n: unit * (n // len(unit))


def test_long_inputs_are_linear(native):
    """1 MB of repeated address parts (one long chain with a start at every province name,
    as in 北京市北京市...) costs about a hundred times what 10 KB costs, not ten thousand
    (CPU-time ratio with a wide margin, repeated: tests/_linear.py; no wall-clock bound)."""
    for unit in ("北京市", "中山路1号", "地址在", "1", "省市区县", "北京市1号", "园", "在路", "：中山路", "中山路12号楼"):
        assert_linear(lambda big: A.find_addresses(big, big, 0, len(big)), _repeat(unit), 10_000,
                      factor=100, slack=10, what=f"unit {unit!r}")


def test_pure_reference_is_linear_too():
    """The pure-Python finder memoises the chain the same way (for installs without a compiler)."""
    for unit in ("北京市", "北京市1号"):
        assert_linear(lambda big: A.find_addresses_py(big, big, 0, len(big)), _repeat(unit), 20_000,
                      what=f"unit {unit!r} in the pure finder")


def _detection_text_cases() -> list[str]:
    """Every string parameter of tests/test_detection_text.py (names, addresses, non-addresses)."""
    import test_detection_text as T

    out: list[str] = []
    for obj in vars(T).values():
        for mark in getattr(obj, "pytestmark", []):
            if mark.name != "parametrize":
                continue
            for row in mark.args[1]:
                for v in row if isinstance(row, tuple) else (row,):
                    if isinstance(v, str):
                        out.append(v)
    return out


def test_detection_text_examples(native):
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    texts = _detection_text_cases()
    assert len(texts) > 20
    cases = [(t, lo, hi) for t in texts for lo in range(0, len(t) + 1, 3) for hi in (lo, (lo + len(t)) // 2, len(t))
             if lo <= hi]
    bad, found = _diff(cases)
    assert found > 10
    assert not bad, f"{len(bad)} of {len(cases)} cases differ (first indices {bad[:10]})"


try:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st
except ImportError:  # pragma: no cover
    given = None

if given is not None:
    _H_VOCAB = _VOCAB + ["上海", "重庆", "新疆", "香港", "住所", "寄往", "来自", "addr", "address=", "集团", "医院",
                         "7", "0", "Z", "z", "二十", "〇", "百", "中心", "广场", "公路", "大街", "，", "。"]

    @settings(max_examples=3000, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.lists(st.sampled_from(_H_VOCAB), max_size=60), st.data())
    def test_hypothesis_vocabulary_texts(parts, data):
        if A._NATIVE is None:
            A._load_native()
        if not A._NATIVE:
            pytest.skip("compiled address finder not built")
        t = "".join(parts)
        lo = data.draw(st.integers(0, len(t)))
        hi = data.draw(st.integers(lo, len(t)))
        n = normalize(t)
        want = [(c.start, c.end, c.entity, c.score, c.explanation) for c in A.find_addresses_py(t, n, lo, hi)]
        got = [(c.start, c.end, c.entity, c.score, c.explanation) for c in A.find_addresses(t, n, lo, hi)]
        assert got == want, f"differs: {len(got)} vs {len(want)} candidates, range {lo}..{hi}, {len(parts)} parts"

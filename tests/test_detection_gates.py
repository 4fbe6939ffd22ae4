"""The shortcuts of the detection passes change no finding.

Each pass skips work a cheap test says cannot matter: the normalisation layer's trigger search,
the name finder's bounds on the learned score (a candidate whose score cannot reach the threshold
is not read further), the table passes' header gates and the shared split of a text into cells.
Each property runs the pass with the shortcut and with it switched off (an always-true trigger,
no bound, no gate, the per-line cell reader) and asserts the same result, over texts drawn from
the benchmark corpus and from alphabets of the characters the shortcuts look at.

Hypothesis draws seeds only, so a failure report shows integers, never a text.
"""

from __future__ import annotations

import math
import random
import re
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import pytest

import cnpii
from cnpii.detection import _address, _context, _identifiers, _names, _normalize
from cnpii.detection._identifiers import normalize

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import detection_corpus  # noqa: E402

N = 100
SEEDS = st.integers(min_value=0, max_value=2**32 - 1)

_CORPUS = [r["text"] for r in detection_corpus.generate(400, 11)]
# the characters the shortcuts test: separators, spaces, digits, numerals, invisible characters,
# surnames, field and title words, list separators, colons and line breaks
_PIECES = (list("0123456789") * 3 + list("./\t,，、;；|｜ \u3000-:：=\nD") * 2 + list(_normalize.INVISIBLE[:5])
           + ["\u2009", "\u202f"] + list("〇一二三四五六七八九幺洞壹贰")
           + list("王李张陈刘欧阳司马建国丽华伟芳的和在是") + ["姓名", "客户", "联系人", "先生", "女士", "经理",
                                                       "户名", "卡号", "账号", "地址", "住址", "NAME", "Name",
                                                       "cust_nm", "ADDR", "card_no", "路", "号", "市", "区"]
           # (and what the name finder's start program tells apart: weak words, other punctuation, spaces)
           + ["给", "联系", "委托", "。", "！", "）", "\r", "\u00a0", "\u2028", "A", "\U00020000", "\U0001F600"])


def _text(seed: int) -> str:
    rng = random.Random(seed)
    if rng.random() < 0.5:
        return rng.choice(_CORPUS)
    return "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 60)))


@settings(max_examples=N, deadline=None)
@given(SEEDS)
def test_normalize_trigger_misses_no_text_the_layer_changes(seed: int) -> None:
    text = _text(seed)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_normalize, "_TRIGGER", re.compile(""))  # every text takes the full path
        full = _normalize.normalize_map(text)
    same = _normalize.normalize_map(text) == full
    assert same, f"seed {seed}"


@settings(max_examples=N, deadline=None)
@given(SEEDS)
def test_name_score_bounds_drop_no_name(seed: int) -> None:
    text = normalize(_text(seed))
    found = _names.find_names(text, text, 0, len(text), [])
    with pytest.MonkeyPatch.context() as mp:  # no bound: every candidate is scored in full
        mp.setattr(_names, "_far_bounds", lambda: ((-math.inf, -math.inf), (-math.inf, -math.inf)))
        mp.setattr(_names, "_far_tops", lambda: (-math.inf, (0.0, 0.0, 0.0), 0.0))
        unbounded = _names.find_names(text, text, 0, len(text), [])
    same = found == unbounded
    assert same, f"seed {seed}"


@settings(max_examples=N, deadline=None)
@given(SEEDS)
def test_table_gates_skip_no_table(seed: int) -> None:
    rng = random.Random(seed)
    heads = ["姓名", "客户", "NAME", "Cust_Nm", "卡号", "CARD_NO", "Account", "地址", "ADDR", "address", "序号", "金额"]
    rows = [rng.sample(heads, 3)] + [[rng.choice(["王建国", "6222021234567890", "北京市海淀区中关村大街27号", "12.5"])
                                      for _ in range(3)] for _ in range(rng.randint(1, 3))]
    sep = rng.choice([",", "\t", "|", "  "])
    text = _text(seed) + "\n" + "\n".join(sep.join(r) for r in rows)
    found = cnpii.scan(text, threshold=0.0)
    with pytest.MonkeyPatch.context() as mp:  # no gate: every text is read line by line
        mp.setattr(_names, "_header_gate", lambda: ())
        mp.setattr(_identifiers, "_CARD_HEADER_GATE", None)
        mp.setattr(_address, "_ADDRESS_HEADER_GATE", None)
        ungated = cnpii.scan(text, threshold=0.0)
    same = found == ungated
    assert same, f"seed {seed}"


@settings(max_examples=N, deadline=None)
@given(SEEDS, st.integers(min_value=0, max_value=80), st.integers(min_value=0, max_value=80))
def test_lines_split_as_the_cell_reader_does(seed: int, a: int, b: int) -> None:
    text = _text(seed)
    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    expected = []
    pos = lo
    while pos < hi:  # line by line, each read by _cells
        end = text.find("\n", pos, hi)
        end = hi if end < 0 else end
        line = text[pos:end]
        cells = _context._cells(line)
        expected.append((pos, cells, tuple(line[x:y] for x, y in cells)))
        pos = end + 1
    same = _context._lines.__wrapped__(text, lo, hi) == tuple(expected)
    assert same, f"seed {seed}"


@settings(max_examples=N, deadline=None)
@given(SEEDS)
def test_a_text_without_separator_parts_has_no_cell_separator(seed: int) -> None:
    # column_cells reads no line of a text holding none of _CELL_SEP_PARTS
    text = _text(seed)
    sound = _context._CELL_SEP.search(text) is None or any(p in text for p in _context._CELL_SEP_PARTS)
    assert sound, f"seed {seed}"


def _bounds(seed: int, text: str) -> tuple[int, int]:
    rng = random.Random(seed)
    a, b = sorted((rng.randint(0, len(text)), rng.randint(0, len(text))))
    return (a, b) if rng.random() < 0.5 else (0, len(text))


@settings(max_examples=N, deadline=None)
@given(SEEDS)
def test_start_program_drops_no_name(seed: int) -> None:
    # the finder reading only the surname starts the program keeps finds what it finds reading all
    text = normalize(_text(seed))
    lo, hi = _bounds(seed, text)
    program = _names._start_program()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_names, "_STARTS", True)  # every start
        every = _names.find_names(text, text, lo, hi, [])
        mp.setattr(_names, "_STARTS", lambda norm, a, b: _names.starts_py(norm, a, b, program))
        kept = _names.find_names(text, text, lo, hi, [])
    same = kept == every
    assert same, f"seed {seed}"


@settings(max_examples=N, deadline=None)
@given(SEEDS)
def test_start_program_bounds_every_candidate_the_finder_reads_on(seed: int) -> None:
    # stronger than the same names: every candidate the finder scores past its bounds (or after a
    # possible field) has its start and shape kept by the program
    text = normalize(_text(seed))
    lo, hi = _bounds(seed, text)
    program = _names._start_program()
    kept = {code >> 8: code & 255 for code in _names.starts_py(text, lo, hi, program)}
    weights, _threshold = _names._weights()
    log_odds, top_right, top_near = _names._far_tops()
    ctx = _names._context()
    for s, e, sur_len, gap in _names.candidates(text, lo, hi):
        if gap:
            continue  # (the spaced candidates are all read)
        left = _names.left_in_text(text, s, lo, ctx, frozenset())
        a = s - 1 if s > lo else s
        feats, z = _names._near_cached(text[a:e + 1 if e < hi else e], s - a, e - a, sur_len, 0, left)
        z += sum(weights[i] for i in _names._far_lookups(text, s, e, lo, hi)) + top_right[min(e - s, 4) - 2] + top_near
        read_on = left in (_names.L_FIELD_SEP, _names.L_FIELD) or (s > lo and text[s - 1] == "\n") or z >= log_odds
        sound = not read_on or kept.get(s, 0) & _names._COMBO_BIT[sur_len][e - s - sur_len]
        assert sound, f"seed {seed}"


@pytest.mark.skipif(_names._load_starts() is True, reason="the compiled pass is not built or CNPII_PURE=1")
@settings(max_examples=N, deadline=None)
@given(SEEDS)
def test_compiled_start_program_equals_its_reference(seed: int) -> None:
    text = normalize(_text(seed))
    lo, hi = _bounds(seed, text)
    same = _names._load_starts()(text, lo, hi) == _names.starts_py(text, lo, hi, _names._start_program())
    assert same, f"seed {seed}"


_LEFTS = ["", "。", "！", "）", "A", "7", " ", "\u3000", "\n", "：", "，", "、", "的", "和", "给", "联系", "委托", "是",
          "客户", "户", "工", "东", "在", "大", "今天", "我们", "张", "欧阳", "\U00020000"]
_RIGHTS = ["", "。", "，", "、", "的", "先生", "电话", "路", "银行", "说", "和平", "表示", "1", " ", "\n", "是", "在", "明天",
           "\U0001F600"]


@settings(max_examples=4 * N, deadline=None)
@given(SEEDS)
def test_start_program_sum_bounds_the_score_of_each_candidate(seed: int) -> None:
    # what the program sums for a candidate's shape is at least what the finder's second bound
    # sums for it, minus the log-odds, whatever precedes it (any left-context kind the character
    # before allows) and unless a field may end there (the program keeps those)
    rng = random.Random(seed)
    surnames = sorted(_names._surnames()[0]) + sorted(_names._surnames()[1])
    given = "明华建国丽芳伟安宁平和海东春秋文武一二上下某"
    text = normalize("".join(rng.choice(_LEFTS) for _ in range(rng.randint(0, 3))) + rng.choice(surnames)
                     + "".join(rng.choice(given) for _ in range(rng.randint(1, 2)))
                     + "".join(rng.choice(_RIGHTS) for _ in range(rng.randint(0, 3))))
    lo, hi = _bounds(seed, text)
    program = _names._start_program()
    weights, _threshold = _names._weights()
    log_odds, top_right, top_near = _names._far_tops()
    ctx = _names._context()
    for s, e, sur_len, gap in _names.candidates(text, lo, hi):
        left = _names.left_in_text(text, s, lo, ctx, frozenset())
        if gap or left in (_names.L_FIELD_SEP, _names.L_FIELD) or (s > lo and text[s - 1] == "\n"):
            continue
        a = s - 1 if s > lo else s
        _feats, z = _names._near_cached(text[a:e + 1 if e < hi else e], s - a, e - a, sur_len, 0, left)
        z += sum(weights[i] for i in _names._far_lookups(text, s, e, lo, hi)) + top_right[min(e - s, 4) - 2] + top_near
        combo = _names._COMBO_BIT[sur_len][e - s - sur_len].bit_length() - 1
        bound = _names.start_sums_py(text, lo, hi, s, program)[combo]
        sound = bound is not None and bound >= z - log_odds - 1e-9
        assert sound, f"seed {seed}"


def test_the_far_bound_takes_the_largest_weight_of_every_value_of_its_groups() -> None:
    """The bound that lets the finder skip the regex features must be an upper bound: the largest
    weight of each of their groups, over all the group's values (``，男，`` is near_cue's fourth)."""
    from cnpii.detection import _names as N

    weights, _threshold = N._weights()
    size = dict(N.FEATURE_GROUPS)
    o = N._OFFSETS["near_cue"]
    assert N._far_tops()[2] == max(weights[o:o + size["near_cue"]])
    o = N._OFFSETS["right_x_len"]
    for length, top in enumerate(N._far_tops()[1]):
        assert top == max(weights[o + k * 3 + length] for k in range(N._N_RIGHT))

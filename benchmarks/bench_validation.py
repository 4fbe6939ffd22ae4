"""Validate 1,000,000 customer rows with cnpii and compare with pandera element-wise checks.

Both sides apply the same rules (document number valid for its type, birth date and gender
against the resident ID, expiry, age 16-120, required fields, name/e-mail/enumeration shapes,
mobile/landline/bank card validity) and call the same identifier ``is_valid`` / ``parse``
functions. The baseline is what a pandera user writes without cnpii's vectorised checks:
``element_wise=True`` column checks and one row-by-row frame check for the cross-field rules
(pandera's element-wise mode works on cells, not rows). It runs on at most 200,000 rows; cnpii
runs on the full 1,000,000 and on the same 200,000, in the same process. The script also checks
that both sides flag exactly the same rows of the 200,000.

    /work/venv/bin/python benchmarks/bench_validation.py [--rows 1000000] [--baseline-rows 200000]
"""

from __future__ import annotations

import argparse
import datetime
import os
import random
import re
import sys
import time

import numpy as np
import pandas as pd
import pandera.pandas as pa

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "tests"))

from cnpii.identifiers import MODULES, bank_card, landline_phone, mobile_phone, resident_id  # noqa: E402
from cnpii.identifiers._util import luhn_check_digit  # noqa: E402
from cnpii.validation import evaluate  # noqa: E402
from cnpii.validation._purposes import GENDERS, INCOME_BANDS, LONG_TERM, RISK_LEVELS  # noqa: E402
from cnpii.validation._rules import EMAIL_PATTERN, NAME_PATTERN, _NATIONALITY  # noqa: E402
from validation_seeded import TODAY, make_table  # noqa: E402


def bulk_table(n: int, seed: int) -> pd.DataFrame:
    """``n`` mostly clean rows built column-wise (fast), every identifier distinct."""
    rng = np.random.default_rng(seed)
    r = random.Random(seed)
    regions = np.array([resident_id.generate(r)[:6] for _ in range(3000)])
    days = rng.integers(0, 62 * 365, n)
    birth = np.datetime64("1946-01-01") + days.astype("timedelta64[D]")
    ymd = pd.Series(birth).dt.strftime("%Y%m%d").to_numpy(dtype=str)
    seq = rng.integers(0, 1000, n)
    body = np.char.add(np.char.add(regions[rng.integers(0, len(regions), n)], ymd),
                       np.char.zfill(seq.astype(str), 3))
    ids = [b + resident_id.calc_check_char(b) for b in body.tolist()]
    sex = np.where(seq % 2 == 1, "M", "F")
    seg = np.array([p for p in ("130", "131", "135", "136", "138", "139", "150", "158", "186", "189")])
    mobiles = np.char.add(seg[rng.integers(0, len(seg), n)], np.char.zfill(rng.integers(0, 10**8, n).astype(str), 8))
    cards = [b + luhn_check_digit(b) for b in np.char.add(
        "622202", np.char.zfill(rng.integers(0, 10**12, n).astype(str), 12)).tolist()]
    landlines = [landline_phone.format(landline_phone.generate(r)) for _ in range(2000)]
    names = np.array([a + b for a in "王李张刘陈杨黄赵吴周" for b in ["伟", "芳", "娜敏", "秀英", "强", "磊"]])
    streets = np.array(["北京市朝阳区建国路{}号".format(i) for i in range(1, 500)])
    df = pd.DataFrame({
        "name": names[rng.integers(0, len(names), n)],
        "id_type": np.where(rng.random(n) < 0.1, "", "resident_id"),
        "id_number": ids,
        "id_expiry": np.where(rng.random(n) < 0.1, "长期", "2031-05-01"),
        "birth_date": pd.Series(birth).dt.strftime("%Y-%m-%d").to_numpy(dtype=str),
        "gender": np.where(rng.random(n) < 0.5, sex, np.where(sex == "M", "男", "女")),
        "nationality": "CHN",
        "mobile": mobiles,
        "landline": np.where(rng.random(n) < 0.3, np.array(landlines)[rng.integers(0, 2000, n)], ""),
        "email": np.where(rng.random(n) < 0.5, np.char.add(np.char.add("u", rng.integers(0, 10**9, n).astype(str)), "@example.com"), ""),
        "address": streets[rng.integers(0, len(streets), n)],
        "bank_card": np.where(rng.random(n) < 0.6, cards, ""),
        "occupation": np.array(["教师", "工程师", "医生", "会计"])[rng.integers(0, 4, n)],
        "annual_income_band": np.array(["under_50k", "50k_100k", "100k_300k", ""])[rng.integers(0, 4, n)],
        "risk_level": np.array(["C1", "C2", "C3", "C4", "C5"])[rng.integers(0, 5, n)],
    })
    return df


# ---------------------------------------------------------------- the pandera baseline
_TODAY_I = int(TODAY.strftime("%Y%m%d"))
_NAME = re.compile(NAME_PATTERN)
_EMAIL = re.compile(EMAIL_PATTERN)
_NAT = re.compile(_NATIONALITY)
_DATE = re.compile(r"([0-9]{4})[-/.年]([0-9]{1,2})[-/.月]([0-9]{1,2})日?|([0-9]{4})([0-9]{2})([0-9]{2})")
_RID = re.compile(r"[0-9]{17}[0-9Xx]|[0-9]{15}")
_REQUIRED = ("name", "id_type", "id_number", "id_expiry", "mobile", "address", "occupation")
_BANDS = {k.upper() for k in INCOME_BANDS} | {v.upper() for v in INCOME_BANDS.values()}
_RISK = {k.upper() for k in RISK_LEVELS} | {v.upper() for v in RISK_LEVELS.values()}
_CJK_OR_LATIN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134fA-Za-z]")


def _date(v: str) -> int:
    m = _DATE.fullmatch(v.strip())
    if not m:
        return 0
    y, mo, d = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
    try:
        dt = datetime.date(int(y), int(mo), int(d))
    except ValueError:
        return 0
    return dt.year * 10000 + dt.month * 100 + dt.day if dt.year >= 1800 else 0


def _blank(v: object) -> bool:
    return not isinstance(v, str) or not v.strip()


def _opt(fn):
    return lambda v: _blank(v) or fn(v.strip())


def _row_ok(name, id_type, id_number, id_expiry, birth_date, gender, mobile, address, occupation) -> bool:
    t = "" if _blank(id_type) else id_type.strip().lower()
    has_number = not _blank(id_number)
    if t == "" and has_number and _RID.fullmatch(re.sub(r"[\s\-]", "", id_number.strip())):
        t = "resident_id"
    if (t == "" and has_number) or (t and t not in ("resident_id", "passport", "hk_macau_permit", "taiwan_permit")):
        return False
    id_birth, id_sex = 0, ""
    if has_number and t:
        if t == "resident_id":
            try:
                info = resident_id.parse(id_number.strip())
            except Exception:
                return False
            id_birth = info.birth_date.year * 10000 + info.birth_date.month * 100 + info.birth_date.day
            id_sex = info.sex
        elif not MODULES[t].is_valid(id_number.strip()):
            return False
    birth = 0 if _blank(birth_date) else _date(birth_date)
    if birth > _TODAY_I:
        birth = 0
    if birth and id_birth and birth != id_birth:
        return False
    if not _blank(gender):
        g = GENDERS.get(gender.strip().upper(), "")
        if g and id_sex and g != id_sex:
            return False
    eff = birth or id_birth
    if eff:
        age = TODAY.year - eff // 10000 - ((TODAY.month * 100 + TODAY.day) < eff % 10000)
        if age < 16 or age > 120:
            return False
    if t == "" and not has_number:
        return False
    return not any(_blank(v) for v in (name, id_number, id_expiry, mobile, address, occupation))


def baseline_schema() -> pa.DataFrameSchema:
    ew = dict(element_wise=True)
    col = lambda *checks: pa.Column(str, list(checks), nullable=True)  # noqa: E731
    gender_ok = lambda v: v.upper() in GENDERS or v.upper() in {"0", "9", "未知", "未说明", "U"}  # noqa: E731
    expiry_ok = lambda v: v.upper() in LONG_TERM or _date(v) >= _TODAY_I  # noqa: E731
    return pa.DataFrameSchema({
        "name": col(pa.Check(_opt(lambda v: bool(_NAME.fullmatch(v))), **ew)),
        "id_type": col(),
        "id_number": col(),
        "id_expiry": col(pa.Check(_opt(expiry_ok), **ew)),
        "birth_date": col(pa.Check(_opt(lambda v: 0 < _date(v) <= _TODAY_I), **ew)),
        "gender": col(pa.Check(_opt(gender_ok), **ew)),
        "nationality": col(pa.Check(_opt(lambda v: bool(_NAT.fullmatch(v))), **ew)),
        "mobile": col(pa.Check(_opt(mobile_phone.is_valid), **ew)),
        "landline": col(pa.Check(_opt(landline_phone.is_valid), **ew)),
        "email": col(pa.Check(_opt(lambda v: bool(_EMAIL.fullmatch(v))), **ew)),
        "address": col(pa.Check(_opt(lambda v: len(v) >= 5 and bool(_CJK_OR_LATIN.search(v))), **ew)),
        "bank_card": col(pa.Check(_opt(bank_card.is_valid), **ew)),
        "occupation": col(),
        "annual_income_band": col(pa.Check(_opt(lambda v: v.upper() in _BANDS), **ew)),
        "risk_level": col(pa.Check(_opt(lambda v: v.upper() in _RISK), **ew)),
    }, checks=[pa.Check(lambda df: pd.Series(
        [_row_ok(*row) for row in zip(df["name"], df["id_type"], df["id_number"], df["id_expiry"],
                                      df["birth_date"], df["gender"], df["mobile"], df["address"],
                                      df["occupation"])], index=df.index))])


def baseline_failed_rows(df: pd.DataFrame) -> set[int]:
    try:
        baseline_schema().validate(df, lazy=True)
        return set()
    except pa.errors.SchemaErrors as exc:
        idx = exc.failure_cases["index"].dropna()
        return {int(i) for i in idx}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--baseline-rows", type=int, default=200_000)
    args = ap.parse_args()
    t = time.perf_counter()
    seeded, _ = make_table(max(args.rows // 50, 1000), seed=7, error_rate=0.5)
    df = pd.concat([bulk_table(args.rows - len(seeded), seed=7), seeded], ignore_index=True)
    df = df.sample(frac=1.0, random_state=7).reset_index(drop=True)
    print(f"table: {len(df):,} rows x {df.shape[1]} columns, built in {time.perf_counter() - t:.1f} s")

    t = time.perf_counter()
    result = evaluate(df, today=TODAY)
    cnpii_s = time.perf_counter() - t
    cnpii_rate = len(df) / cnpii_s
    print(f"cnpii vectorised   : {len(df):>9,} rows in {cnpii_s:6.2f} s = {cnpii_rate:>10,.0f} rows/s "
          f"({int(result.row_mask().sum()):,} failing rows)")

    part = df.iloc[:args.baseline_rows]
    t = time.perf_counter()
    part_result = evaluate(part, today=TODAY)
    part_s = time.perf_counter() - t
    ours = set(part_result.failed_rows().tolist())
    t = time.perf_counter()
    theirs = baseline_failed_rows(part)
    base_s = time.perf_counter() - t
    base_rate = len(part) / base_s
    print(f"cnpii vectorised   : {len(part):>9,} rows in {part_s:6.2f} s = {len(part) / part_s:>10,.0f} rows/s")
    print(f"pandera elementwise: {len(part):>9,} rows in {base_s:6.2f} s = {base_rate:>10,.0f} rows/s "
          f"({len(theirs):,} failing rows)")
    print(f"same failing rows on the {len(part):,}: {ours == theirs} "
          f"(only cnpii: {len(ours - theirs)}, only baseline: {len(theirs - ours)})")
    print(f"speed-up (cnpii on {len(df):,} vs baseline on {len(part):,}): {cnpii_rate / base_rate:.1f}x")


if __name__ == "__main__":
    main()

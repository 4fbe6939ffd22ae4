"""Differential tests against python-stdnum, an independent implementation.

Each section compares one cnpii validator with its stdnum counterpart on many values and
asserts that every disagreement falls into a named category that the docs explain. Failure
messages give category counts and masked values only.
"""

from __future__ import annotations

import collections
import datetime
import random

import pytest

stdnum_ric = pytest.importorskip("stdnum.cn.ric")
from stdnum import numdb  # noqa: E402
from stdnum.exceptions import ValidationError as StdnumError  # noqa: E402

from cnpii.identifiers import resident_id as rid  # noqa: E402

# ---------------------------------------------------------------------------------------------
# Resident ID: cnpii.identifiers.resident_id vs stdnum.cn.ric (18-character numbers only;
# stdnum has no 15-digit support). Categories are documented in docs/identifiers-resident-id.md.
# ---------------------------------------------------------------------------------------------

RID_CATEGORIES = {
    # cnpii rejects, stdnum accepts
    "birth_date_out_of_range": "a real date before 1850 or after today: stdnum takes any year",
    "region_only_in_stdnum": "a code in stdnum's Wikipedia-derived list but in no GB/T 2260 "
                             "revision cnpii ships",
    # cnpii accepts, stdnum rejects
    "county_not_valid_in_birth_year": "stdnum wants the county to exist in the birth year; "
                                      "cnpii accepts any code ever listed",
    "region_only_in_cnpii": "a code in cnpii's revisions that stdnum's list lacks",
    "taiwan_permit_830000": "stdnum has no 830000 (Taiwan residents' residence permits)",
    "foreign_permanent_resident_2023": "stdnum has no 9xxxxx codes (2023 foreigner ID)",
}


def _stdnum_accepts(value: str) -> bool:
    """stdnum's verdict; its validate raises KeyError (not a ValidationError) for a known
    province with an unknown county (seen in stdnum 2.2), which we count as a rejection."""
    try:
        return bool(stdnum_ric.validate(value))
    except (StdnumError, KeyError):
        return False


def _stdnum_knows(code: str) -> bool:
    return any("county" in props for _, props in numdb.get("cn/loc").info(code))


def _real_date(yyyymmdd: str) -> datetime.date | None:
    try:
        return datetime.date(int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:]))
    except ValueError:
        return None


def _classify(value: str, ours: bool) -> str:
    code = value[:6]
    if not ours:  # stdnum accepted: same length, format and checksum rules, so date or region
        d = _real_date(value[6:14])
        if d is not None and not datetime.date(1850, 1, 1) <= d <= datetime.date.today():
            return "birth_date_out_of_range"
        if not rid.is_region_code(code) and _stdnum_knows(code):
            return "region_only_in_stdnum"
        return "unexplained"
    if value[0] == "9":
        return "foreign_permanent_resident_2023"
    if code == "830000":
        return "taiwan_permit_830000"
    if not _stdnum_knows(code):
        return "region_only_in_cnpii"
    try:
        stdnum_ric.get_birth_place(value)
    except StdnumError:
        return "county_not_valid_in_birth_year"
    return "unexplained"


def _rid_sample(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    codes = rid.region_codes()
    provinces = sorted({c[:2] for c in codes})
    out: list[str] = []
    generated = [rid.generate(rng) for _ in range(n // 4)]
    out += generated
    for doc in rid.DOCUMENTS[1:5]:
        out += [rid.generate(rng, document=doc) for _ in range(n // 100)]
    for value in generated:  # single-digit mutations; half get a fresh check character
        i = rng.randrange(17)
        changed = value[:i] + rng.choice([c for c in "0123456789" if c != value[i]]) + value[i + 1:]
        out.append(changed if rng.random() < 0.5 else changed[:17] + rid.calc_check_char(changed[:17]))
    while len(out) < n:  # random numbers with a valid check character
        kind = rng.randrange(3)
        if kind == 0:
            code = rng.choice(codes)
        elif kind == 1:
            code = rng.choice(provinces) + f"{rng.randrange(10000):04d}"
        else:
            code = f"{rng.randrange(1000000):06d}"
        date = f"{rng.randrange(1800, 2040):04d}{rng.randrange(0, 14):02d}{rng.randrange(0, 33):02d}"
        body = code + date + f"{rng.randrange(1000):03d}"
        out.append(body + rid.calc_check_char(body))
    return out


def test_resident_id_agrees_with_stdnum_except_documented_categories() -> None:
    values = _rid_sample(100_000, seed=20240601)
    assert len(values) == 100_000
    counts: collections.Counter[str] = collections.Counter()
    examples: dict[str, str] = {}
    for value in values:
        ours, theirs = rid.is_valid(value), _stdnum_accepts(value)
        if ours == theirs:
            counts["agree_valid" if ours else "agree_invalid"] += 1
            continue
        category = _classify(value, ours)
        counts[category] += 1
        examples.setdefault(category, rid.mask(value))
    unexplained = {k: v for k, v in counts.items()
                   if k not in RID_CATEGORIES and not k.startswith("agree")}
    assert not unexplained, f"unexplained disagreements: {unexplained} e.g. {examples}"
    # the comparison is meaningful: plenty of both verdicts, and disagreement is the exception
    assert counts["agree_valid"] > 10_000 and counts["agree_invalid"] > 15_000, dict(counts)
    disagreements = sum(v for k, v in counts.items() if not k.startswith("agree"))
    assert disagreements < 0.2 * len(values), dict(counts)
    # the two region lists mostly coincide: codes only one side has stay rare
    assert counts["region_only_in_cnpii"] < 0.02 * len(values), dict(counts)
    assert counts["region_only_in_stdnum"] < 0.001 * len(values), dict(counts)


def test_resident_id_published_vectors_agree_with_stdnum() -> None:
    for value in ("51343620000320711X", "11010519491231002X", "110101199003077593"):
        assert rid.is_valid(value) == _stdnum_accepts(value)
    # documented disagreement on a published vector: 830000 (Taiwan residence permit)
    assert rid.is_valid("830000194609150010") and not _stdnum_accepts("830000194609150010")


@pytest.mark.parametrize(("value", "category"), [
    ("110105" "18491231" "001", "birth_date_out_of_range"),
    ("110113" "19500101" "001", "county_not_valid_in_birth_year"),  # 顺义区, code from 1998
    ("830000" "19800101" "001", "taiwan_permit_830000"),
    ("931156" "19800101" "001", "foreign_permanent_resident_2023"),
])
def test_resident_id_each_category_is_real(value: str, category: str) -> None:
    """Each documented category is reachable, and is classified as documented."""
    full = value + rid.calc_check_char(value)
    ours = rid.is_valid(full)
    assert ours != _stdnum_accepts(full)
    assert _classify(full, ours) == category

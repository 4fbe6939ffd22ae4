"""A customer table with known, seeded errors of every kind (for tests and the benchmark).

Each row is either clean or carries exactly one seeded error, recorded as
``(row, field, code)``. Clean rows vary the way real entry forms do (full-width digits, spaces
in phone numbers, lower-case ``x``, ``长期`` expiry, a blank ``id_type`` in front of a resident
ID, minority names with a middle dot, Latin names on passports), so a validator that flags any
of them is wrong. All values are synthetic (``generate`` of each identifier module).
"""

from __future__ import annotations

import datetime
import random
from typing import Any, Callable

import pandas as pd

from cnpii.identifiers import bank_card, hk_macau_permit, landline_phone, mobile_phone, passport
from cnpii.identifiers import resident_id, taiwan_permit

__all__ = ["make_table", "ERROR_KINDS", "clean_row", "TODAY"]

#: the fixed "today" of the seeded tables (expiry and ages are relative to it)
TODAY = datetime.date(2026, 6, 1)

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐"
_GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂"
_MINORITY = ["阿依古丽·买买提", "热依拉·艾力", "买买提·吐尔逊", "扎西·次仁"]
_LATIN = ["JOHN SMITH", "Maria Garcia", "O'Neil Patrick", "Anna-Lena Schmidt", "Tanaka Hiroshi"]
_OCCUPATIONS = ["教师", "工程师", "医生", "个体工商户", "公务员", "学生", "退休人员", "会计"]
_STREETS = ["北京市朝阳区建国路{}号", "上海市浦东新区世纪大道{}号", "广州市天河区天河路{}号",
            "成都市武侯区人民南路{}号", "杭州市西湖区文三路{}号"]
_FULLWIDTH = {ord(c): ord(c) + 0xFEE0 for c in "0123456789"}


def _date(rng: random.Random, start: datetime.date, end: datetime.date) -> datetime.date:
    return start + datetime.timedelta(days=rng.randrange((end - start).days))


def _years_ago(years: int, today: datetime.date) -> datetime.date:
    return today.replace(year=today.year - years)


def _fmt_date(d: datetime.date, rng: random.Random) -> str:
    return rng.choice([d.isoformat(), d.strftime("%Y%m%d"), d.strftime("%Y/%m/%d"),
                       f"{d.year}年{d.month}月{d.day}日"])


def _resident_id(rng: random.Random, birth: datetime.date) -> str:
    region = resident_id.generate(rng)[:6]
    body = region + birth.strftime("%Y%m%d") + f"{rng.randrange(1000):03d}"
    return body + resident_id.calc_check_char(body)


def _chinese_name(rng: random.Random) -> str:
    if rng.random() < 0.03:
        return rng.choice(_MINORITY)
    return rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(rng.choice((1, 2))))


def clean_row(rng: random.Random, today: datetime.date = TODAY) -> dict[str, str]:
    """One valid customer record (account opening), in one of the many shapes forms produce."""
    birth = _date(rng, _years_ago(80, today), _years_ago(18, today))
    kind = rng.choices(["resident_id", "passport", "hk_macau_permit", "taiwan_permit"],
                       [88, 4, 4, 4])[0]
    row: dict[str, str] = {"id_type": kind}
    if kind == "resident_id":
        number = _resident_id(rng, birth)
        info = resident_id.parse(number)
        style = rng.random()
        if style < 0.05:
            number = number.lower()
        elif style < 0.08:
            number = number.translate(_FULLWIDTH)
        elif style < 0.12:
            row["id_type"] = ""  # a resident-ID-shaped number stands in for the type
        row.update(id_number=number, name=_chinese_name(rng), nationality=rng.choice(["CHN", "中国"]),
                   gender=rng.choice({"M": ["M", "男", "1"], "F": ["F", "女", "2"]}[info.sex]),
                   birth_date=_fmt_date(info.birth_date, rng))
    else:
        module = {"passport": passport, "hk_macau_permit": hk_macau_permit,
                  "taiwan_permit": taiwan_permit}[kind]
        name = rng.choice(_LATIN) if kind == "passport" else _chinese_name(rng)
        row.update(id_number=module.generate(rng), name=name,
                   nationality={"passport": "USA", "hk_macau_permit": "HKG",
                                "taiwan_permit": "中国"}[kind],
                   gender=rng.choice(["M", "F"]), birth_date=_fmt_date(birth, rng))
    expiry = _date(rng, today + datetime.timedelta(days=1), today + datetime.timedelta(days=3650))
    mobile = mobile_phone.generate(rng)
    mobile = rng.choice([mobile, f"{mobile[:3]} {mobile[3:7]} {mobile[7:]}", "+86 " + mobile, mobile])
    row.update(
        id_expiry="长期" if rng.random() < 0.1 else _fmt_date(expiry, rng),
        mobile=mobile,
        landline=landline_phone.format(landline_phone.generate(rng)) if rng.random() < 0.3 else "",
        email=f"user{rng.randrange(10**8)}@example.com" if rng.random() < 0.5 else "",
        address=rng.choice(_STREETS).format(rng.randrange(1, 999)),
        bank_card=bank_card.generate(rng) if rng.random() < 0.6 else "",
        occupation=rng.choice(_OCCUPATIONS),
        annual_income_band=rng.choice(["under_50k", "50k_100k", "100k_300k", "10万-30万元", ""]),
        risk_level=rng.choice(["C1", "C2", "C3", "C4", "C5", "稳健型", ""]),
    )
    return row


def _damage_resident_id(rng: random.Random, row: dict[str, str], today: datetime.date) -> None:
    v = resident_id.compact(row["id_number"]) if row["id_type"] in ("resident_id", "") else \
        _resident_id(rng, _years_ago(30, today))
    row["id_type"] = "resident_id"
    row["id_number"] = v[:17] + ("0" if v[17] != "0" else "1")


def _resident_only(row: dict[str, str], rng: random.Random, today: datetime.date) -> dict[str, str]:
    """Make the row a resident-ID row (for the consistency errors)."""
    if row["id_type"] not in ("resident_id", ""):
        birth = _date(rng, _years_ago(80, today), _years_ago(18, today))
        number = _resident_id(rng, birth)
        info = resident_id.parse(number)
        row.update(id_type="resident_id", id_number=number, birth_date=birth.isoformat(),
                   gender=info.sex)
    return row


def _shift_birth(rng: random.Random, row: dict[str, str], today: datetime.date) -> None:
    _resident_only(row, rng, today)
    info = resident_id.parse(row["id_number"])
    row["birth_date"] = (info.birth_date + datetime.timedelta(days=rng.choice([-1, 1, 366]))).isoformat()


def _flip_gender(rng: random.Random, row: dict[str, str], today: datetime.date) -> None:
    _resident_only(row, rng, today)
    row["gender"] = {"M": "女", "F": "男"}[resident_id.parse(row["id_number"]).sex]


def _age(years_old: int) -> Callable[[random.Random, dict[str, str], datetime.date], None]:
    def damage(rng: random.Random, row: dict[str, str], today: datetime.date) -> None:
        birth = _years_ago(years_old, today) - datetime.timedelta(days=rng.randrange(1, 300))
        number = _resident_id(rng, birth)
        row.update(id_type="resident_id", id_number=number, birth_date=birth.isoformat(),
                   gender=resident_id.parse(number).sex)
    return damage


def _set(field: str, *values: str) -> Callable[[random.Random, dict[str, str], datetime.date], None]:
    def damage(rng: random.Random, row: dict[str, str], today: datetime.date) -> None:
        row[field] = rng.choice(values)
    return damage


def _expired(rng: random.Random, row: dict[str, str], today: datetime.date) -> None:
    row["id_expiry"] = (today - datetime.timedelta(days=rng.randrange(1, 2000))).isoformat()


def _bad_card(rng: random.Random, row: dict[str, str], today: datetime.date) -> None:
    v = bank_card.generate(rng)
    row["bank_card"] = v[:-1] + str((int(v[-1]) + rng.randrange(1, 10)) % 10)


def _bad_document(kind: str, *values: str) -> Callable[[random.Random, dict[str, str], datetime.date], None]:
    def damage(rng: random.Random, row: dict[str, str], today: datetime.date) -> None:
        row.update(id_type=kind, id_number=rng.choice(values))
    return damage


Damage = Callable[[random.Random, dict[str, str], datetime.date], None]

#: (field, code) -> how to seed that error into a clean row
ERROR_KINDS: dict[str, tuple[str, str, Damage]] = {
    "missing_name": ("name", "missing", _set("name", "", "  ")),
    "missing_mobile": ("mobile", "missing", _set("mobile", "", "\u3000")),
    "missing_address": ("address", "missing", _set("address", "")),
    "missing_occupation": ("occupation", "missing", _set("occupation", "")),
    "missing_id_expiry": ("id_expiry", "missing", _set("id_expiry", "")),
    "missing_id_number": ("id_number", "missing", _bad_document("resident_id", "")),
    "bad_resident_id": ("id_number", "invalid_id_number", _damage_resident_id),
    "bad_passport": ("id_number", "invalid_id_number", _bad_document("passport", "E123", "XX1234567")),
    "bad_hk_macau_permit": ("id_number", "invalid_id_number", _bad_document("hk_macau_permit", "H12", "Z12345678")),
    "bad_taiwan_permit": ("id_number", "invalid_id_number", _bad_document("taiwan_permit", "1234", "ABCDEFGH")),
    "unknown_id_type": ("id_type", "unknown_id_type", _set("id_type", "driver_license", "军官证")),
    "birth_date_mismatch": ("birth_date", "birth_date_mismatch", _shift_birth),
    "gender_mismatch": ("gender", "gender_mismatch", _flip_gender),
    "bad_birth_date": ("birth_date", "invalid_date", _set("birth_date", "1990-13-01", "1985-02-30", "yesterday")),
    "bad_id_expiry": ("id_expiry", "invalid_date", _set("id_expiry", "2031-02-30", "soon")),
    "id_expired": ("id_expiry", "id_expired", _expired),
    "too_young": ("birth_date", "age_out_of_range", _age(12)),
    "too_old": ("birth_date", "age_out_of_range", _age(125)),
    "implausible_name": ("name", "implausible_name", _set("name", "张3", "Li@Ming", "王 ", "··", "1234")),
    "bad_gender": ("gender", "invalid", _set("gender", "X", "unknown?")),
    "bad_mobile": ("mobile", "invalid", _set("mobile", "15412345678", "1381234567", "23812345678")),
    "bad_landline": ("landline", "invalid", _set("landline", "400-123-4567", "010-123")),
    "bad_email": ("email", "invalid", _set("email", "user#example.com", "a@b", "@example.com")),
    "bad_bank_card": ("bank_card", "invalid", _bad_card),
    "bad_nationality": ("nationality", "invalid", _set("nationality", "C-N", "1")),
    "bad_address": ("address", "invalid", _set("address", "12345", "abc")),
    "bad_income_band": ("annual_income_band", "invalid", _set("annual_income_band", "lots", "很多")),
    "bad_risk_level": ("risk_level", "invalid", _set("risk_level", "C9", "high")),
}


def make_table(n: int, *, seed: int = 0, error_rate: float = 0.2, today: datetime.date = TODAY
               ) -> tuple[pd.DataFrame, set[tuple[int, str, str]]]:
    """``n`` rows (all columns text) and the set of seeded ``(row, field, code)``.

    Every error kind appears at least once when ``n * error_rate >= len(ERROR_KINDS)``.
    """
    rng = random.Random(seed)
    kinds = list(ERROR_KINDS)
    rows: list[dict[str, Any]] = []
    seeded: set[tuple[int, str, str]] = set()
    n_errors = int(n * error_rate)
    error_rows = set(rng.sample(range(n), n_errors)) if n_errors else set()
    k = 0
    for i in range(n):
        row = clean_row(rng, today)
        if i in error_rows:
            kind = kinds[k % len(kinds)]
            k += 1
            field, code, damage = ERROR_KINDS[kind]
            damage(rng, row, today)
            seeded.add((i, field, code))
        rows.append(row)
    df = pd.DataFrame(rows, columns=list(rows[0]) if rows else None).astype(str)
    return df, seeded


if __name__ == "__main__":  # a quick look: python tests/validation_seeded.py
    df, seeded = make_table(40, seed=1)
    print(len(df), "rows,", len(seeded), "seeded errors")

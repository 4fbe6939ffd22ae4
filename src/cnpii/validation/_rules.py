"""The rules of the canonical customer record, evaluated a column at a time.

:func:`evaluate` is the one place the rules live: the pandera checks, :func:`validate_record`,
:func:`quality_report` and ``cnpii validate`` all call it. It reads the frame and never changes
it; its result holds boolean masks (one per field and issue code), never values.

>>> import pandas as pd
>>> df = pd.DataFrame({"name": ["张三", "Z3"], "mobile": ["13812345678", "12345"]})
>>> r = evaluate(df, "marketing_contact")
>>> sorted(r.counts().items())
[(('mobile', 'invalid'), 1), (('name', 'implausible_name'), 1)]
>>> r.failed_rows().tolist()
[1]
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping

import numpy as np
import pandas as pd

from cnpii.identifiers._util import to_halfwidth
from cnpii.validation._purposes import (
    FIELDS, GENDERS, ID_TYPES, INCOME_BANDS, LONG_TERM, RISK_LEVELS, Purpose, get_purpose,
)
from cnpii.validation._vector import as_text, is_valid_many, parse_many

__all__ = ["FrameResult", "evaluate", "canonical_frame", "map_uniques", "NAME_PATTERN",
           "EMAIL_PATTERN", "parse_dates"]

# literal characters (not \u escapes) so that both Python re and RE2 (pyarrow) read the class
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_DOTS = "·•・‧."
#: a plausible name: Chinese characters (minority names joined by a middle dot), or Latin
NAME_PATTERN = (f"[{_CJK}]{{2,30}}|[{_CJK}]+(?:[{_DOTS}][{_CJK}]+)+"
                r"|[A-Za-z][A-Za-z'\-]*(?:[ ,.]{1,2}[A-Za-z][A-Za-z'\-]*)*\.?")
#: a practical e-mail address shape (no quoted local parts, at least one dot in the domain)
EMAIL_PATTERN = (r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?"
                 r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)+")
_NATIONALITY = f"[A-Za-z]{{2,3}}|[{_CJK}{_DOTS}]{{2,30}}"
_DATE_SEP = r"([0-9]{4})[-/.年]([0-9]{1,2})[-/.月]([0-9]{1,2})日?"
_DATE_COMPACT = r"([0-9]{4})([0-9]{2})([0-9]{2})"
# resident-ID-shaped: 18 (17 digits + check) or 15 digits, spaces and dashes between them
_RID_SHAPE = r"(?:[0-9][\s\-]*){17}[0-9Xx]|(?:[0-9][\s\-]*){14}[0-9]"


@dataclass
class FrameResult:
    """Where a frame breaks the rules: one boolean mask per (field, code), no values."""

    n_rows: int
    purpose: Purpose
    #: canonical field -> the column name in the caller's frame
    source: dict[str, str]
    failures: dict[tuple[str, str], np.ndarray] = field(default_factory=dict)
    #: columns (caller's names) a bound purpose does not declare
    undeclared: tuple[str, ...] = ()
    #: required fields with no column at all
    missing_columns: tuple[str, ...] = ()

    def flag(self, field_: str, code: str, mask: np.ndarray) -> None:
        if mask.any():
            key = (field_, code)
            prev = self.failures.get(key)
            self.failures[key] = mask if prev is None else (prev | mask)

    def counts(self) -> dict[tuple[str, str], int]:
        """Number of failing rows per (field, code)."""
        return {k: int(v.sum()) for k, v in self.failures.items()}

    def row_mask(self) -> np.ndarray:
        """``True`` for each row that breaks at least one rule."""
        out = np.zeros(self.n_rows, dtype=bool)
        for m in self.failures.values():
            out |= m
        return out

    def failed_rows(self) -> np.ndarray:
        """Positions (0-based) of the rows that break at least one rule."""
        return np.flatnonzero(self.row_mask())

    @property
    def ok(self) -> bool:
        """No row fails and no column is undeclared."""
        return not self.failures and not self.undeclared


def map_uniques(s: pd.Series, fn: Callable[[str], Any], missing: Any = "") -> np.ndarray:
    """``fn`` applied once per distinct value; missing values get ``missing``."""
    codes, uniques = pd.factorize(s, use_na_sentinel=True)
    mapped = np.array([fn(u) for u in uniques] + [missing], dtype=object)
    return mapped[np.where(codes >= 0, codes, len(uniques))]


def _fullmatch(text: pd.Series, pattern: str) -> np.ndarray:
    return text.str.fullmatch(pattern).fillna(False).to_numpy(dtype=bool)


def _real(y: np.ndarray, m: np.ndarray, d: np.ndarray) -> np.ndarray:
    leap = ((y % 4 == 0) & (y % 100 != 0)) | (y % 400 == 0)
    month_len = np.array([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], dtype=np.int64)
    ok_m = (m >= 1) & (m <= 12)
    return ok_m & (d >= 1) & (d <= month_len[np.where(ok_m, m, 0)] + ((m == 2) & leap))


_DATE_RE = re.compile(f"{_DATE_SEP}|{_DATE_COMPACT}")


def _date_int(v: str) -> int:
    m = _DATE_RE.fullmatch(v.strip())
    if m is None:
        return 0
    y, mo, d = (int(g) for g in (m.groups()[:3] if m.group(1) else m.groups()[3:]))
    try:
        datetime.date(y, mo, d)
    except ValueError:
        return 0
    return y * 10000 + mo * 100 + d if y >= 1800 else 0


def parse_dates(text: pd.Series) -> np.ndarray:
    """Dates written ``YYYY-MM-DD`` (or ``/``, ``.``, ``年月日``) or ``YYYYMMDD`` as ``YYYYMMDD``
    ints; 0 where the text is not a real calendar date. Each distinct text is parsed once.

    >>> parse_dates(as_text(["2024-02-29", "2023/2/29", "19491231", "2024年1月5日", "x"])).tolist()
    [20240229, 0, 19491231, 20240105, 0]
    """
    return map_uniques(as_text(text), _date_int, missing=0).astype(np.int64)


def _norm_key(v: str) -> str:
    return to_halfwidth(v).strip().upper()


def canonical_frame(df: pd.DataFrame, columns: Mapping[str, str] | None) -> tuple[pd.DataFrame, dict[str, str]]:
    """The frame with the caller's column names mapped onto the canonical ones (no copy of data)."""
    mapping = dict(columns or {})
    renamed = df.rename(columns=mapping) if mapping else df
    inverse = {canon: src for src, canon in mapping.items()}
    source = {str(c): inverse.get(str(c), str(c)) for c in renamed.columns}
    return renamed, source


def evaluate(df: pd.DataFrame, purpose: str | Purpose | None = None, *,
             columns: Mapping[str, str] | None = None, bound: bool = False,
             today: datetime.date | None = None) -> FrameResult:
    """Check every rule of the customer record on ``df`` and return where it fails.

    ``columns`` maps the caller's column names onto the canonical ones (``{"zjhm": "id_number"}``);
    ``bound=True`` enforces minimum necessary: columns the purpose does not declare are listed in
    :attr:`FrameResult.undeclared`. ``today`` fixes the date for expiry and age (tests).
    """
    p = get_purpose(purpose)
    today = today or datetime.date.today()
    today_i = today.year * 10000 + today.month * 100 + today.day
    frame, source = canonical_frame(df, columns)
    n = len(frame)
    # minimum necessary: a bound purpose does not even look at the columns it does not declare
    present = [f for f in FIELDS if f in frame.columns and (not bound or f in p.declared)]
    result = FrameResult(n_rows=n, purpose=p, source={f: source[f] for f in present})
    if bound:
        result.undeclared = tuple(source[str(c)] for c in frame.columns if c not in p.declared)

    text: dict[str, pd.Series] = {}
    blank: dict[str, np.ndarray] = {}
    for f in present:
        col = frame[f]
        if isinstance(col, pd.DataFrame):  # the same name twice: check the first
            col = col.iloc[:, 0]
        text[f] = as_text(col).str.strip()  # pyarrow trims Unicode whitespace (U+3000 too)
        blank[f] = (text[f] == "").fillna(True).to_numpy(dtype=bool)
    none = np.zeros(n, dtype=bool)

    def is_blank(f: str) -> np.ndarray:
        return blank.get(f, np.ones(n, dtype=bool))

    # --- document type and number ---
    id_types = (map_uniques(text["id_type"], lambda v: v.strip().lower())
                if "id_type" in text else np.full(n, "", dtype=object))
    id_types = np.where(is_blank("id_type"), "", id_types).astype(object)
    has_number = ~is_blank("id_number")
    if "id_number" in text:
        untyped = np.flatnonzero((id_types == "") & has_number)
        if len(untyped):
            shaped = _fullmatch(text["id_number"].iloc[untyped], _RID_SHAPE)
            id_types[untyped[shaped]] = "resident_id"
    known_type = pd.Series(id_types).isin(ID_TYPES).to_numpy()
    result.flag("id_type", "unknown_id_type", (id_types != "") & ~known_type)
    result.flag("id_type", "unknown_id_type", (id_types == "") & has_number)

    id_birth = np.zeros(n, dtype=np.int64)
    id_sex = np.full(n, "", dtype=object)
    if "id_number" in text:
        from cnpii.identifiers import module_for

        for t in ID_TYPES:
            rows = np.flatnonzero((id_types == t) & has_number)
            if len(rows) == 0:
                continue
            values = text["id_number"].iloc[rows]
            if t == "resident_id":
                ok, birth, sex = parse_many(values)
                id_birth[rows], id_sex[rows] = birth, sex
            else:
                ok = is_valid_many(values, module_for(t))
            bad = none.copy()
            bad[rows[~ok]] = True
            result.flag("id_number", "invalid_id_number", bad)
    id_ok = id_birth > 0

    # --- birth date and gender against the resident ID ---
    birth = np.zeros(n, dtype=np.int64)
    if "birth_date" in text:
        birth = parse_dates(text["birth_date"])
        bad = ~is_blank("birth_date") & ((birth == 0) | (birth > today_i))
        result.flag("birth_date", "invalid_date", bad)
        birth = np.where(bad, 0, birth)
        result.flag("birth_date", "birth_date_mismatch", (birth > 0) & id_ok & (birth != id_birth))
    if "gender" in text:
        def _gender(v: str) -> str:
            key = _norm_key(v)
            return GENDERS.get(key, "U" if key in {"0", "9", "未知", "未说明", "U"} else "?")

        g = np.where(is_blank("gender"), "", map_uniques(text["gender"], _gender))
        result.flag("gender", "invalid", g == "?")
        result.flag("gender", "gender_mismatch", ((g == "M") | (g == "F")) & (id_sex != "") & (g != id_sex))

    # --- age bounds of the purpose ---
    if p.min_age is not None or p.max_age is not None:
        effective = np.where(birth > 0, birth, id_birth)
        known = effective > 0
        age = today.year - effective // 10000 - ((today.month * 100 + today.day) < effective % 10000)
        out = known & (((age < p.min_age) if p.min_age is not None else none)
                       | ((age > p.max_age) if p.max_age is not None else none))
        on_birth = out & (birth > 0)
        result.flag("birth_date", "age_out_of_range", on_birth)
        result.flag("id_number", "age_out_of_range", out & ~on_birth)

    # --- document expiry ---
    if "id_expiry" in text:
        long_term = map_uniques(text["id_expiry"], lambda v: _norm_key(v) in LONG_TERM,
                                missing=False).astype(bool)
        expiry = parse_dates(text["id_expiry"])
        filled = ~is_blank("id_expiry") & ~long_term
        result.flag("id_expiry", "invalid_date", filled & (expiry == 0))
        result.flag("id_expiry", "id_expired", filled & (expiry > 0) & (expiry < today_i))

    # --- names, contact details, enumerations ---
    if "name" in text:
        result.flag("name", "implausible_name", ~is_blank("name") & ~_fullmatch(text["name"], NAME_PATTERN))
    if "email" in text:
        result.flag("email", "invalid", ~is_blank("email") & ~_fullmatch(text["email"], EMAIL_PATTERN))
    if "nationality" in text:
        result.flag("nationality", "invalid",
                    ~is_blank("nationality") & ~_fullmatch(text["nationality"], _NATIONALITY))
    if "address" in text:
        a = text["address"]
        plausible = (a.str.len().fillna(0).to_numpy() >= 5) & a.str.contains(
            f"[{_CJK}A-Za-z]", regex=True).fillna(False).to_numpy(dtype=bool)
        result.flag("address", "invalid", ~is_blank("address") & ~plausible)
    from cnpii.identifiers import module_for

    for f, module_name in (("mobile", "mobile_phone"), ("landline", "landline_phone"),
                           ("bank_card", "bank_card")):
        if f in text:
            filled = ~is_blank(f)
            ok = is_valid_many(text[f], module_for(module_name))
            result.flag(f, "invalid", filled & ~ok)
    for f, table in (("annual_income_band", INCOME_BANDS), ("risk_level", RISK_LEVELS)):
        if f in text:
            allowed = {k.upper() for k in table} | {_norm_key(v) for v in table.values()}
            ok = map_uniques(text[f], lambda v, a=allowed: _norm_key(v) in a, missing=False)
            result.flag(f, "invalid", ~is_blank(f) & ~ok.astype(bool))

    # --- required fields ---
    missing_cols = []
    for f in p.required:
        if f == "id_type":  # a resident-ID-shaped number stands in for a missing id_type
            result.flag(f, "missing", (id_types == "") & ~has_number)
            if f not in text and not has_number.all():
                missing_cols.append(f)
        elif f not in text:
            missing_cols.append(f)
            result.flag(f, "missing", np.ones(n, dtype=bool))
        else:
            result.flag(f, "missing", is_blank(f))
    result.missing_columns = tuple(missing_cols)
    return result

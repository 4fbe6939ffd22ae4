"""Generalisation: an address to its province, city or district; a birth date to its year
or an age band; an amount to a band."""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any

from cnpii.entities import Entity
from cnpii.errors import PolicyError
from cnpii.operators._base import Context, Operator, mask_whole
from cnpii.operators._text import ADDRESS_LEVELS, address_prefix

__all__ = ["Generalize", "parse_date", "parse_amount"]

_DATE = re.compile(r"^\s*(\d{4})\s*(?:[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?|(\d{2})(\d{2}))\s*$")
_AMOUNT_JUNK = str.maketrans("", "", ",，¥￥$ 元RMBCNY")


def parse_date(value: str) -> _dt.date | None:
    """A date written ``1990-03-07``, ``1990/3/7``, ``1990年3月7日`` or ``19900307``.

    >>> parse_date("1990年3月7日")
    datetime.date(1990, 3, 7)
    >>> parse_date("not a date") is None
    True
    """
    m = _DATE.match(value)
    if not m:
        return None
    year, month, day = m.group(1), m.group(2) or m.group(4), m.group(3) or m.group(5)
    try:
        return _dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def parse_amount(value: str) -> float | None:
    """An amount with currency signs and thousands separators removed.

    >>> parse_amount("¥12,345.60元")
    12345.6
    """
    try:
        return float(value.upper().translate(_AMOUNT_JUNK))
    except ValueError:
        return None


def _band_label(x: float, bounds: list[float]) -> str:
    def fmt(b: float) -> str:
        return str(int(b)) if float(b).is_integer() else str(b)

    if x < bounds[0]:
        return f"<{fmt(bounds[0])}"
    for lo, hi in zip(bounds, bounds[1:]):
        if lo <= x < hi:
            return f"{fmt(lo)}-{fmt(hi)}"
    return f">={fmt(bounds[-1])}"


class Generalize(Operator):
    """Replace a value with a coarser one.

    * ``kind: address`` (default for ``CN_ADDRESS``), ``level``: province, city or district
      (default district): ``北京市海淀区马连洼街道289号`` -> ``北京市海淀区``.
    * ``kind: birth_date``, ``to``: ``year`` (default) or ``age_band`` (``band`` years wide,
      default 10, age on ``as_of``, default today): ``1990-03-07`` -> ``1990`` or ``30-40``.
    * ``kind: amount``, ``bounds``: ascending band limits (default 0, 1万, 5万, 10万, 50万,
      100万): ``23,000`` -> ``10000-50000``.

    A value that cannot be read, or that is already as coarse as asked, is masked whole.

    >>> Generalize({"kind": "address", "level": "city"}).apply("广东省深圳市南山区科技园")
    '广东省深圳市'
    >>> Generalize({"kind": "birth_date", "to": "age_band", "as_of": "2025-01-01"}).apply("1990-03-07")
    '30-40'
    >>> Generalize({"kind": "amount"}).apply("23,000")
    '10000-50000'
    """

    name = "generalize"
    params_schema = {"kind": (str,), "level": (str,), "to": (str,), "band": (int,),
                     "as_of": (str, _dt.date), "bounds": (list,), "char": (str,)}

    def _check(self) -> None:
        kind = self.params.get("kind")
        if kind is not None and kind not in ("address", "birth_date", "amount"):
            raise PolicyError("operator 'generalize': 'kind' must be address, birth_date or amount")
        if self.params.get("level", "district") not in ADDRESS_LEVELS:
            raise PolicyError("operator 'generalize': 'level' must be province, city or district")
        if self.params.get("to", "year") not in ("year", "age_band"):
            raise PolicyError("operator 'generalize': 'to' must be year or age_band")
        if self.params.get("band", 10) < 1:
            raise PolicyError("operator 'generalize': 'band' must be at least 1")
        as_of = self.params.get("as_of")
        if isinstance(as_of, str):
            as_of = parse_date(as_of)
            if as_of is None:
                raise PolicyError("operator 'generalize': 'as_of' is not a date (YYYY-MM-DD)")
        self.as_of: _dt.date | None = as_of
        bounds = self.params.get("bounds", [0, 10_000, 50_000, 100_000, 500_000, 1_000_000])
        if (not bounds or not all(isinstance(b, (int, float)) and not isinstance(b, bool)
                                  for b in bounds) or sorted(bounds) != list(bounds)):
            raise PolicyError("operator 'generalize': 'bounds' must be ascending numbers")
        self.bounds: list[float] = [float(b) for b in bounds]

    def kind_for(self, ctx: Context) -> str | None:
        """What this operator generalises for a value in ``ctx`` (address, birth_date, amount)."""
        return self._kind(ctx)

    def _kind(self, ctx: Context) -> str | None:
        kind = self.params.get("kind")
        if kind is None and ctx.entity == Entity.CN_ADDRESS:
            return "address"
        return kind

    def _apply(self, value: str, ctx: Context) -> Any:
        kind = self._kind(ctx)
        if kind == "address":
            return address_prefix(value, self.params.get("level", "district")) or \
                mask_whole(value, self.char)
        if kind == "birth_date":
            date = parse_date(value)
            if date is None:
                return mask_whole(value, self.char)
            if self.params.get("to", "year") == "year":
                return str(date.year)
            as_of = self.as_of or _dt.date.today()
            age = as_of.year - date.year - ((as_of.month, as_of.day) < (date.month, date.day))
            width = int(self.params.get("band", 10))
            lo = max(0, age) // width * width
            return f"{lo}-{lo + width}"
        if kind == "amount":
            amount = parse_amount(value)
            if amount is None:
                return mask_whole(value, self.char)
            return _band_label(amount, self.bounds)
        return mask_whole(value, self.char)  # nothing to generalise to: hide it

"""Format-preserving recipes: which parts of a value are kept, which are ranked and encrypted.

Every recipe turns a batch of values into tokens that pass the same validator as the originals
(``cnpii.identifiers``), and back. Checks that need the identifier's rules call the identifier
module: per distinct region, date, segment or BIN rather than per value, so a million values
cost a few thousand calls. Only the per-value check digits are computed with numpy mirrors
(:mod:`cnpii.tokenization._vector`), which the tests compare with the identifier modules.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np

from cnpii.errors import InvalidToken, TokenizationError, ValidationError
from cnpii.hazmat.fpe import FF1
from cnpii.tokenization import _vector as vec
from cnpii.tokenization._domain import RankedDomain

__all__ = ["Engine", "Recipe", "ResidentIdRecipe", "MobileRecipe", "BankCardRecipe",
           "UsccRecipe", "GenericRecipe", "RESIDENT_ID_KEEP"]

#: what a resident ID token may keep from the original (never both: see ResidentIdRecipe)
RESIDENT_ID_KEEP = (None, "region", "birth_date")


@dataclass(frozen=True)
class Engine:
    """What a recipe needs: FF1 instances under one key version, and a tweak per variant."""

    get_ff1: Callable[[int, str | None], FF1]
    base_tweak: bytes

    def ff1(self, radix: int, alphabet: str | None = None) -> FF1:
        return self.get_ff1(radix, alphabet)

    def tweak(self, variant: str) -> bytes:
        return self.base_tweak + b"|" + variant.encode("utf-8")


def _invalid(decrypt: bool, count: int, total: int, what: str) -> Exception:
    if decrypt:
        return InvalidToken()
    return TokenizationError(f"{count} of {total} value(s) are not valid {what}; nothing was "
                             "tokenized (validate or filter them first, or use opaque tokens)")


class Recipe:
    """A format-preserving tokenization of one kind of value."""

    name = "recipe"

    def crypt(self, values: Sequence[str], eng: Engine, decrypt: bool) -> list[str]:
        raise NotImplementedError


def _is_digits(v: str) -> bool:
    return v.isascii() and v.isdigit()


def _id_shape(m: np.ndarray) -> np.ndarray:
    """17 digits then a digit or ``X``."""
    last = m[:, 17]
    return vec.digit_rows(m[:, :17]) & (((last >= 48) & (last <= 57)) | (last == 88))


# ----------------------------------------------------------------------------------------------
class ResidentIdRecipe(Recipe):
    """18-character resident ID numbers (and HK/Macau/Taiwan residence permits).

    The token has a real region code, a real birth date inside the token window and a correct
    MOD 11-2 check character. ``keep="region"`` keeps the original region code,
    ``keep="birth_date"`` the original birth date; keeping both would leave only the 1,000
    sequence numbers, below FF1's minimum domain, so it is refused. The valid values are
    ranked (region index, day number, sequence) and encrypted with cycle-walking.
    """

    name = "resident_id"
    #: birth dates a token can carry: fixed, so that tokens never change as time passes
    DATE_MIN = np.datetime64("1850-01-01", "D")
    DATE_MAX = np.datetime64("2025-12-31", "D")

    def __init__(self, keep: str | None = None) -> None:
        if keep not in RESIDENT_ID_KEEP:
            raise TokenizationError("keep must be None, 'region' or 'birth_date' (never both: the "
                                    "remaining domain would be too small for FF1)")
        from cnpii.identifiers import resident_id

        self.keep = keep
        self._rid = resident_id
        self._regions = np.array([int(c) for c in resident_id.region_codes()], dtype=np.int64)
        # 6-digit code -> index in the sorted region list, -1 if not a region (one gather per
        # batch instead of a binary search per value)
        self._region_index = np.full(1_000_000, -1, dtype=np.int32)
        self._region_index[self._regions] = np.arange(len(self._regions), dtype=np.int32)
        self._days = int((self.DATE_MAX - self.DATE_MIN).astype(np.int64)) + 1
        size = 1000
        if keep != "region":
            size *= len(self._regions)
        if keep != "birth_date":
            size *= self._days
        self.domain = RankedDomain(size)
        self._date_ok: dict[int, bool] = {}

    def _dates_valid(self, day: np.ndarray, real: np.ndarray) -> np.ndarray:
        """Ask resident_id once per distinct date whether an ID may carry it (``day``: days
        since DATE_MIN of real calendar dates; earlier dates are refused by resident_id)."""
        ok = real & (day >= 0)
        if not ok.any():
            return ok
        top = int(day[ok].max()) + 1
        present = np.zeros(top, dtype=bool)
        present[day[ok]] = True
        table = np.zeros(top, dtype=bool)
        for d in np.nonzero(present)[0].tolist():
            cached = self._date_ok.get(d)
            if cached is None:
                ymd = str(self.DATE_MIN + np.timedelta64(d, "D")).replace("-", "")
                body = f"110105{ymd}000"
                cached = self._rid.is_valid(body + self._rid.calc_check_char(body))
                self._date_ok[d] = cached
            table[d] = cached
        ok[ok] = table[day[ok]]
        return ok

    def crypt(self, values: Sequence[str], eng: Engine, decrypt: bool) -> list[str]:
        if not values:
            return []
        m, good = vec.fast_rows(values, 18, self._rid.compact, _id_shape)
        total = len(values)
        if not good.all():
            raise _invalid(decrypt, int((~good).sum()), total, "18-character resident ID numbers")
        digits = m[:, :17] - 48
        ok = vec.mod11_2_check(digits) == m[:, 17]
        r_idx = self._region_index[vec.digits_to_int(digits[:, :6]).astype(np.int64)].astype(np.int64)
        ok &= r_idx >= 0
        day, real = vec.date_rank(digits[:, 6:14], self.DATE_MIN)
        ok &= self._dates_valid(day, real)
        if self.keep != "birth_date":
            ok &= (day >= 0) & (day < self._days)
        if not ok.all():
            if not decrypt and self.keep != "birth_date":
                in_window = (day >= 0) & (day < self._days)
                if (real & ~in_window).any():
                    raise TokenizationError(
                        "a birth date is outside the token window (1850-01-01 to 2025-12-31); "
                        "use keep='birth_date' or opaque tokens for such values")
            raise _invalid(decrypt, int((~ok).sum()), total, "resident ID numbers")
        seq = vec.digits_to_int(digits[:, 14:17]).astype(np.int64)
        rank = seq.copy()
        if self.keep != "birth_date":
            rank = rank + 1000 * day
        if self.keep != "region":
            rank = rank + 1000 * (1 if self.keep == "birth_date" else self._days) * r_idx
        tweak = eng.tweak(f"resident_id/keep={self.keep}")
        out = np.asarray(self.domain.crypt(lambda r: eng.ff1(r), rank.astype(np.uint64), tweak,
                                           decrypt)).astype(np.int64)
        new = digits.copy()
        new_seq = out % 1000
        rest = out // 1000
        if self.keep == "birth_date":
            new_region = rest
        elif self.keep == "region":
            new_day = rest
        else:
            new_day, new_region = rest % self._days, rest // self._days
        if self.keep != "region":
            new[:, :6] = vec.int_to_digits(self._regions[new_region].astype(np.uint64), 6)
        if self.keep != "birth_date":
            new[:, 6:14] = vec.date_unrank(new_day, self.DATE_MIN)
        new[:, 14:17] = vec.int_to_digits(new_seq.astype(np.uint64), 3)
        chars = np.empty((total, 18), dtype=np.uint8)
        chars[:, :17] = new + 48
        chars[:, 17] = vec.mod11_2_check(new)
        return vec.matrix_to_strings(chars)


# ----------------------------------------------------------------------------------------------
class MobileRecipe(Recipe):
    """11-digit mobile numbers: the allocated segment (3, 4 or 5 digits, which always starts
    with the 3-digit network code) is kept, the remaining 6-8 digits are encrypted."""

    name = "mobile_phone"

    def __init__(self) -> None:
        from cnpii.identifiers import mobile_phone

        self._mp = mobile_phone
        self._prefix_len: dict[int, int] = {}

    def _lengths(self, first5: np.ndarray) -> np.ndarray:
        uniq, inverse = np.unique(first5, return_inverse=True)
        lens = np.empty(len(uniq), dtype=np.int64)
        for k, p in enumerate(uniq.tolist()):
            n = self._prefix_len.get(p)
            if n is None:
                try:
                    n = len(self._mp.segment(f"{p:05d}000000").prefix)
                except ValidationError:
                    n = 0
                self._prefix_len[p] = n
            lens[k] = n
        return lens[inverse]

    def crypt(self, values: Sequence[str], eng: Engine, decrypt: bool) -> list[str]:
        if not values:
            return []
        m, good = vec.fast_rows(values, 11, self._mp.compact, vec.digit_rows)
        if not good.all():
            raise _invalid(decrypt, int((~good).sum()), len(values), "mobile numbers")
        digits = m - 48
        plen = self._lengths(vec.digits_to_int(digits[:, :5]))
        if (plen == 0).any():
            raise _invalid(decrypt, int((plen == 0).sum()), len(values), "mobile numbers")
        new = digits.copy()
        for p in np.unique(plen).tolist():
            idx = np.nonzero(plen == p)[0]
            n = 11 - p
            ff1 = eng.ff1(10)
            x = vec.digits_to_int(digits[idx, p:])
            y = ff1.crypt_ints(x, n, eng.tweak(f"mobile/{p}"), decrypt=decrypt)
            new[idx, p:] = vec.int_to_digits(np.asarray(y, dtype=np.uint64), n)
        return vec.matrix_to_strings(new + 48)


# ----------------------------------------------------------------------------------------------
class BankCardRecipe(Recipe):
    """Bank cards (15-19 digits): the BIN (first 6) is kept and the Luhn digit stays valid.

    On cards of 17 digits or more the last four are kept too: the digits between BIN and last
    four are encrypted except the one just before the last four, which is solved so that the
    Luhn check (inside the last four) still holds. On 15- and 16-digit cards that would leave
    fewer than a million values, so only the BIN is kept and the check digit is recomputed.

    An 18-digit number is a card only under a BIN the table lists for 18 digits
    (``bank_card.BIN_REQUIRED_LENGTHS``), and listed BINs are up to 10 digits long: there the
    first 10 digits are kept (so the token stays under the same BIN) and the 7 digits after them
    encrypted, the check digit recomputed.
    """

    name = "bank_card"

    def __init__(self) -> None:
        from cnpii.identifiers import bank_card

        self._bc = bank_card
        self._bin_ok: dict[tuple[int, int], bool] = {}

    def _keep(self, length: int) -> int:
        """Leading digits kept: the BIN (6), or every digit a listed BIN may have (18 digits)."""
        if length in self._bc.BIN_REQUIRED_LENGTHS:
            return max(len(row.bin) for row in self._bc._table().rows)
        return 6

    def _bins_valid(self, bins: np.ndarray, length: int, keep: int = 6) -> np.ndarray:
        """Ask bank_card once per distinct kept prefix whether a card of this length may carry it."""
        uniq, inverse = np.unique(bins, return_inverse=True)
        ok = np.empty(len(uniq), dtype=bool)
        for k, b in enumerate(uniq.tolist()):
            cached = self._bin_ok.get((b, length))
            if cached is None:
                body = f"{b:0{keep}d}" + "0" * (length - 1 - keep)
                cached = self._bc.is_valid(body + self._bc.calc_check_digit(body))
                self._bin_ok[(b, length)] = cached
            ok[k] = cached
        return ok[inverse]

    def crypt(self, values: Sequence[str], eng: Engine, decrypt: bool) -> list[str]:
        rows = list(values)
        out: list[str] = [""] * len(rows)
        groups: dict[int, list[int]] = {}
        bad = 0
        for i, v in enumerate(rows):
            if type(v) is not str or not _is_digits(v):
                try:
                    v = rows[i] = self._bc.compact(v)
                except Exception:
                    bad += 1
                    continue
                if not _is_digits(v):
                    bad += 1
                    continue
            if not self._bc.MIN_LENGTH <= len(v) <= self._bc.MAX_LENGTH:
                bad += 1
                continue
            groups.setdefault(len(v), []).append(i)
        if bad:
            raise _invalid(decrypt, bad, len(rows), "bank card numbers")
        for length, idx in groups.items():
            digits = vec.ascii_matrix([rows[i] for i in idx], length) - 48
            ok = vec.luhn_checksums(digits) == 0
            keep = self._keep(length)
            ok &= self._bins_valid(vec.digits_to_int(digits[:, :keep]), length, keep)
            if not ok.all():
                raise _invalid(decrypt, int((~ok).sum()), len(rows), "bank card numbers")
            new = digits.copy()
            keep_last4 = length >= 17 and keep == 6
            if keep_last4:
                lo, hi = 6, length - 5  # encrypted digits; position length-5 is solved
            else:
                lo, hi = keep, length - 1  # everything between BIN and check digit
            ff1 = eng.ff1(10)
            x = vec.digits_to_int(digits[:, lo:hi])
            tweak = f"bank_card/{length}" if keep == 6 else f"bank_card/{length}/keep{keep}"
            y = ff1.crypt_ints(x, hi - lo, eng.tweak(tweak), decrypt=decrypt)
            new[:, lo:hi] = vec.int_to_digits(np.asarray(y, dtype=np.uint64), hi - lo)
            fix = length - 5 if keep_last4 else length - 1  # neither position is doubled by Luhn
            new[:, fix] = 0
            new[:, fix] = (10 - vec.luhn_checksums(new)) % 10
            for i, s in zip(idx, vec.matrix_to_strings(new + 48)):
                out[i] = s
        return out


# ----------------------------------------------------------------------------------------------
class UsccRecipe(Recipe):
    """Unified social credit codes: authority, category and division (first 8) kept; the
    8-character organisation code body encrypted over the 31-symbol alphabet; both check
    characters (GB 11714 and GB 32100) recomputed by :mod:`cnpii.identifiers.uscc`."""

    name = "uscc"

    def crypt(self, values: Sequence[str], eng: Engine, decrypt: bool) -> list[str]:
        from cnpii.identifiers import uscc

        rows = []
        bad = 0
        for v in values:
            try:
                rows.append(uscc.validate(v))
            except Exception:
                bad += 1
        if bad:
            raise _invalid(decrypt, bad, len(values), "unified social credit codes")
        ff1 = eng.ff1(len(uscc.ALPHABET), uscc.ALPHABET)
        bodies = ff1._crypt_many([r[8:16] for r in rows], eng.tweak("uscc"), decrypt)
        out = []
        for r, body in zip(rows, bodies):
            first17 = r[:8] + body + uscc.calc_org_check_char(body)
            out.append(first17 + uscc.calc_check_char(first17))
        return out


# ----------------------------------------------------------------------------------------------
_DIGIT, _UPPER, _LOWER = "0123456789", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz"
_CLASS = {**{c: _DIGIT for c in _DIGIT}, **{c: _UPPER for c in _UPPER}, **{c: _LOWER for c in _LOWER}}
_CODE = {_DIGIT: "9", _UPPER: "A", _LOWER: "a"}


class GenericRecipe(Recipe):
    """Any string of ASCII digits and letters: every position keeps its class (digit, upper- or
    lower-case letter) and any other character (spaces, dashes, dots) stays where it is. The
    value is ranked as a mixed-radix number and encrypted with cycle-walking, so the token has
    exactly the shape of the original."""

    name = "generic"

    def crypt(self, values: Sequence[str], eng: Engine, decrypt: bool) -> list[str]:
        groups: dict[str, list[int]] = {}
        parts: list[tuple[list[int], list[str]]] = []
        for i, v in enumerate(values):
            if type(v) is not str:
                raise _invalid(decrypt, 1, len(values), "strings")
            pos = [k for k, c in enumerate(v) if c in _CLASS]
            if not pos:
                raise _invalid(decrypt, 1, len(values), "digit or letter strings")
            pattern = "".join(_CODE[_CLASS[v[k]]] for k in pos)
            groups.setdefault(pattern, []).append(i)
            parts.append((pos, [v[k] for k in pos]))
        out = list(values)
        for pattern, idx in groups.items():
            alphabets = [_DIGIT if p == "9" else _UPPER if p == "A" else _LOWER for p in pattern]
            size = 1
            for a in alphabets:
                size *= len(a)
            if size < 1_000_000:
                raise TokenizationError(
                    "a value is too short for format-preserving tokenization (fewer than a "
                    "million values of its shape); use an opaque token")
            dom = RankedDomain(size)
            ranks = []
            for i in idx:
                x = 0
                for a, c in zip(alphabets, parts[i][1]):
                    x = x * len(a) + a.index(c)
                ranks.append(x)
            arr: np.ndarray | list[int] = (np.array(ranks, dtype=np.uint64)
                                           if size < (1 << 63) else ranks)
            res = dom.crypt(lambda r: eng.ff1(r), arr, eng.tweak(f"generic/{pattern}"), decrypt)
            for i, x in zip(idx, (int(v) for v in res)):
                chars = []
                for a in reversed(alphabets):
                    x, d = divmod(x, len(a))
                    chars.append(a[d])
                chars.reverse()
                s = list(values[i])
                for k, c in zip(parts[i][0], chars):
                    s[k] = c
                out[i] = "".join(s)
        return out

"""Bank card numbers (银行卡号, PAN): 15-19 digits with a Luhn check digit (ISO/IEC 7812).

The first 6 digits are the BIN/IIN of the issuer (China UnionPay's are 62xxxx; Chinese banks also
issue Visa, Mastercard, JCB and American Express cards, and older domestic 9-prefix cards), the
last digit is the Luhn check digit. Debit cards are usually 19 digits, credit cards 16.

:func:`validate` checks the shape, the length (15 to 19 digits), a first digit other than 0 (major
industry identifier 0 is not used for bank cards) and the Luhn digit. It does **not** require a
known BIN: the table is old and incomplete, so :func:`issuer` is a separate, best-effort look-up in
``data/bins.tsv`` (npm ``bankcardinfo`` 2.0.6 and PyPI ``cardbin`` 1.0.0, see that file's header).
One exception: an **18-digit** number must fall under a BIN listed for 18 digits (or for an unknown
length), because a mistyped 18-digit resident ID passes the Luhn check one time in ten
(:data:`BIN_REQUIRED_LENGTHS`).

Input may carry spaces, dashes and full-width digits.

>>> validate("6222 0212 3456 7890 128")
'6222021234567890128'
>>> is_valid("6222021234567890127")
False
>>> format("6222021234567890128")
'6222 0212 3456 7890 128'
>>> mask("6222021234567890128")
'622202*********0128'
>>> issuer("6222021234567890128").bank_code
'ICBC'
>>> issuer("6222021234567890128").card_type
'debit'
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from cnpii.errors import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength
from cnpii.identifiers._native import native_is_valid
from cnpii.identifiers._util import (
    clean,
    is_valid_from,
    luhn_check_digit,
    luhn_checksum,
    mask_middle,
    rng_or_default,
    random_digits,
)

__all__ = ["compact", "validate", "is_valid", "format", "mask", "generate",
           "calc_check_digit", "issuer", "bin_listed", "Issuer", "MIN_LENGTH", "MAX_LENGTH", "CARD_TYPES",
           "BIN_REQUIRED_LENGTHS"]

MIN_LENGTH = 15
MAX_LENGTH = 19
#: card types the BIN table knows (储蓄卡/借记卡, 信用卡/贷记卡, 准贷记卡, 预付费卡)
CARD_TYPES = ("debit", "credit", "quasi-credit", "prepaid")

_DIGITS = re.compile(r"[0-9]+", re.ASCII)
_SEPARATORS = " -./_\t\r\n"
#: card lengths that are a bank card only under a BIN of the table listed for that length (or for
#: an unknown length): 18 digits is the length of a resident ID, and a mistyped ID passes the Luhn
#: check one time in ten, so an 18-digit number with no card BIN is not taken for a card
BIN_REQUIRED_LENGTHS = frozenset({18})


@dataclass(frozen=True)
class Issuer:
    """The BIN table row a card number falls under. Holds no part of the card but its BIN.

    ``bank_code`` is the source's code (Alipay's codes, e.g. ``ICBC``, ``CMB``, ``SPABANK``) or
    ``None``; ``bank_en`` is set for large banks only; ``card_type`` is one of :data:`CARD_TYPES`
    or ``None`` when the source does not say; ``length`` is the card length the BIN is listed
    with, or ``None`` when unknown.
    """

    bin: str
    bank_zh: str
    bank_code: str | None
    bank_en: str | None
    card_type: str | None
    length: int | None
    source: str


class _Table:
    """BIN rows by prefix length, then prefix: a longest-prefix match is a few dict look-ups."""

    def __init__(self, rows: list[Issuer]) -> None:
        self.rows = tuple(rows)
        by_len: dict[int, dict[str, list[Issuer]]] = {}
        for row in rows:
            by_len.setdefault(len(row.bin), {}).setdefault(row.bin, []).append(row)
        self.by_len = tuple(sorted(by_len.items(), reverse=True))  # longest prefixes first

    def lookup(self, v: str) -> Issuer | None:
        """The longest-prefix row listed for ``len(v)`` digits or for an unknown length.

        A row listed for another card length never answers: a 16-digit BIN under a 19-digit
        number is another product (or no card at all)."""
        n = len(v)
        for size, prefixes in self.by_len:
            for row in prefixes.get(v[:size], ()):
                if row.length is None or row.length == n:
                    return row
        return None


@lru_cache(maxsize=1)
def _table() -> _Table:
    text = resources.files("cnpii.identifiers").joinpath("data/bins.tsv").read_text("utf-8")
    rows = []
    for line in text.splitlines():
        if not line or line.startswith("#") or line.startswith("bin\t"):
            continue
        b, length, code, zh, en, card_type, source = line.split("\t")
        rows.append(Issuer(b, zh, code or None, en or None, card_type or None,
                           int(length) if length else None, source))
    return _Table(rows)


def compact(s: str) -> str:
    """Strip spaces and dashes, full-width digits to ASCII.

    >>> compact("６２２２ ０２１２-３４５６ ７８９０ １２８")
    '6222021234567890128'
    """
    return clean(s, _SEPARATORS)


def calc_check_digit(body: str) -> str:
    """The Luhn digit that completes ``body`` (all digits but the last).

    >>> calc_check_digit("7992739871")
    '3'
    """
    return luhn_check_digit(body)


def validate(s: str) -> str:
    """Check a card number and return its digits, or raise a typed :class:`ValidationError`.

    >>> validate("79927398713")
    Traceback (most recent call last):
    ...
    cnpii.errors.InvalidLength: a bank card number has 15 to 19 digits
    """
    v = compact(s)
    if not _DIGITS.fullmatch(v):
        raise InvalidFormat()
    if not MIN_LENGTH <= len(v) <= MAX_LENGTH:
        raise InvalidLength("a bank card number has 15 to 19 digits")
    if v[0] == "0":
        raise InvalidComponent("a bank card number does not start with 0")
    if luhn_checksum(v) != 0:
        raise InvalidChecksum()
    if len(v) in BIN_REQUIRED_LENGTHS and _table().lookup(v) is None:
        raise InvalidComponent("an 18-digit number is a bank card only under a known 18-digit BIN")
    return v


#: the pure-Python check, the reference of the compiled one (cnpii.identifiers._checks)
_is_valid_py = is_valid_from(validate)
is_valid = native_is_valid("bank_card", _is_valid_py)


def format(s: str) -> str:
    """Groups of four digits separated by spaces, as printed on cards and statements.

    >>> format("6200000000000005")
    '6200 0000 0000 0005'
    """
    v = validate(s)
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4))


def mask(s: str) -> str:
    """Keep the BIN (first 6) and the last 4, as PCI DSS and Chinese banks display cards.

    >>> mask("6200000000000005")
    '620000******0005'
    """
    return mask_middle(compact(s), 6, 4)


def issuer(s: str) -> Issuer | None:
    """The issuer of a valid card by longest-prefix match on its BIN, or ``None`` if unknown.

    Only rows listed for the card's length (or for an unknown length) answer: a BIN listed for
    another length is never returned. Raises a
    :class:`ValidationError` when ``s`` is not a valid card number. The table loads on first use.

    >>> issuer("6228480000000000000").bank_zh
    '中国农业银行'
    >>> issuer("4111111111111111") is None
    True
    """
    return _table().lookup(validate(s))


def bin_listed(s: str) -> bool:
    """Whether the digits of ``s`` open with a BIN of the table, listed for any card length, its
    Luhn digit right or wrong: the shape of a card number. (:func:`issuer` answers only for a
    valid number and the BIN's own length.)

    >>> bin_listed("6228 4800 0000 0000 001")
    True
    >>> bin_listed("1234567890123456")
    False
    """
    digits = compact(s) if isinstance(s, str) else ""
    if not _DIGITS.fullmatch(digits):
        return False
    return any(digits[:size] in prefixes for size, prefixes in _table().by_len)


def generate(rng: random.Random | None = None, *, bin: str | None = None,
             length: int | None = None) -> str:
    """A random valid card number under a real BIN from the table (synthetic, never issued).

    ``bin`` picks the leading digits (any digits, need not be in the table); ``length`` the
    number of digits (15-19; by default the BIN's listed length, else 16 or 19). For an 18-digit
    card (:data:`BIN_REQUIRED_LENGTHS`) the number is put under a BIN listed for 18 digits.

    >>> r = random.Random(1)
    >>> issuer(generate(r, bin="622848")).bank_code
    'ABC'
    >>> len(generate(r, bin="622848", length=16))
    16
    """
    r = rng_or_default(rng)
    rows = _table().rows
    if bin is None:
        if length is not None:
            rows = tuple(row for row in rows if row.length in (None, length)) or rows
        row = r.choice(rows)
        prefix, listed = row.bin, row.length
    else:
        if not isinstance(bin, str) or not _DIGITS.fullmatch(bin) or bin[0] == "0":
            raise InvalidFormat("bin must be digits not starting with 0")
        prefix = bin
        listed = next((row.length for row in rows if row.bin == bin and row.length), None)
    n = length if length is not None else listed if listed is not None else r.choice((16, 19))
    if not isinstance(n, int) or not MIN_LENGTH <= n <= MAX_LENGTH:
        raise InvalidLength("a bank card number has 15 to 19 digits")
    if n in BIN_REQUIRED_LENGTHS:  # the number must fall under a BIN listed for n digits
        fits = [row.bin for row in rows if row.length in (None, n)
                and (prefix.startswith(row.bin) or row.bin.startswith(prefix))]
        if not fits:
            raise InvalidComponent("no BIN of the table for this length starts with this bin")
        if not any(prefix.startswith(b) for b in fits):
            prefix = r.choice(sorted(fits))
    if len(prefix) >= n:
        raise InvalidLength("the bin leaves no room for the account digits")
    body = prefix + random_digits(r, n - 1 - len(prefix))
    return body + luhn_check_digit(body)

from cnpii._args import guard_module as _guard_module  # noqa: E402
from cnpii.identifiers._util import GUARDED_NAMES as _GUARDED_NAMES  # noqa: E402

# typed, quiet errors for wrong arguments (issue 11); the checks that take any value (is_valid,
# validate, mask...) and sit on hot paths already fail typed and are left unwrapped
_guard_module(globals(), [n for n in __all__ if n in _GUARDED_NAMES], annotations=False)

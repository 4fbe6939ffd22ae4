"""Bank account numbers that are not card numbers (银行账号): 对公账号 corporate and settlement
accounts, passbook (存折) accounts, and Type II/III (二类户/三类户) electronic accounts.

There is **no universal check digit** and no public national format: each bank numbers its
accounts its own way (branch code, product code, serial, and sometimes a private check digit).
So this module can only say whether a value is *plausible*:

* digits only after separators are removed (spaces, dashes; full-width digits are accepted);
* 10 to 30 digits. The bounds are a choice, documented here: no large bank is known to use
  fewer than 12 digits or more than 25, and below 10 digits a number is more likely an amount,
  a date or a local phone number;
* not one digit repeated (``0000000000`` is a placeholder, not an account).

A plausible account number can be Luhn-valid by chance, and a Type II/III account is often a
card number: this module does **not** reject card-shaped values, nor does it accept any more for
being Luhn-valid. Whether a digit run in text is a bank account is decided by **context** (words
such as 账号, 账户, 对公, 开户行, 收款账号 near it) in ``cnpii.detection``, never by this check alone.

:data:`BANK_LENGTHS` lists per-bank corporate account lengths as commonly reported. They are
**UNCONFIRMED** (no bank publishes its account numbering) and are informational: :func:`validate`
does not enforce them; :func:`fits_bank` lets a caller compare.

>>> validate("1202 0212 3456 7890 128")
'1202021234567890128'
>>> is_valid("0000000000000")
False
>>> format("110060576018150045678")
'1100 6057 6018 1500 4567 8'
>>> mask("110060576018150045678")
'*****************5678'
>>> fits_bank("110060576018150045678", "COMM")
True
"""

from __future__ import annotations

import random
import re
from typing import Mapping

from cnpii.errors import InvalidComponent, InvalidFormat, InvalidLength
from cnpii.identifiers._native import native_is_valid
from cnpii.identifiers._util import clean, is_valid_from, mask_middle, rng_or_default, random_digits

__all__ = ["compact", "validate", "is_valid", "format", "mask", "generate",
           "fits_bank", "BANK_LENGTHS", "MIN_LENGTH", "MAX_LENGTH"]

MIN_LENGTH = 10
MAX_LENGTH = 30

#: Corporate (对公) account lengths by bank code (codes as in cnpii's BIN table). All
#: UNCONFIRMED: background knowledge and secondary web pages, no bank document retrieved.
#: Personal Type I accounts are card numbers (see :mod:`cnpii.identifiers.bank_card`).
BANK_LENGTHS: Mapping[str, tuple[int, ...]] = {
    "ICBC": (19,),  # UNCONFIRMED: ICBC corporate and personal accounts 19 digits
    "CCB": (20,),  # UNCONFIRMED: CCB corporate accounts 20 digits
    "BOC": (12, 14, 19),  # UNCONFIRMED: BOC 12-digit (newer), 14 and 19 digit accounts
    "ABC": (15, 17, 19),  # UNCONFIRMED: ABC corporate 15 or 17 digits, personal 19
    "COMM": (21,),  # UNCONFIRMED: Bank of Communications corporate 21 digits
    "CMB": (12, 15, 16),  # UNCONFIRMED: CMB 12 (一卡通 account), 15 and 16 digits
    "GDB": (20,),  # UNCONFIRMED: 20-digit GDB numbers also appear in the bankcardinfo rules
}

_DIGITS = re.compile(r"[0-9]+", re.ASCII)
_SEPARATORS = " -./_\t\r\n"
_COMMON_LENGTHS = (12, 15, 16, 17, 19, 20, 21)


def compact(s: str) -> str:
    """Strip spaces and dashes, full-width digits to ASCII.

    >>> compact("３１００ ６６１２-３４５６")
    '310066123456'
    """
    return clean(s, _SEPARATORS)


def validate(s: str) -> str:
    """Check that a value is a plausible account number; return its digits or raise.

    >>> validate("12345")
    Traceback (most recent call last):
    ...
    cnpii.errors.InvalidLength: an account number has 10 to 30 digits
    """
    v = compact(s)
    if not _DIGITS.fullmatch(v):
        raise InvalidFormat()
    if not MIN_LENGTH <= len(v) <= MAX_LENGTH:
        raise InvalidLength("an account number has 10 to 30 digits")
    if v.count(v[0]) == len(v):
        raise InvalidComponent("one repeated digit is a placeholder, not an account")
    return v


#: the pure-Python check, the reference of the compiled one (cnpii.identifiers._checks)
_is_valid_py = is_valid_from(validate)
is_valid = native_is_valid("bank_account", _is_valid_py)


def fits_bank(s: str, bank_code: str) -> bool:
    """Whether a plausible account number has a length listed for ``bank_code`` in
    :data:`BANK_LENGTHS` (``False`` for an unlisted bank or an implausible value). UNCONFIRMED data.

    >>> fits_bank("12345678901234567890", "CCB")
    True
    >>> fits_bank("12345678901234567890", "ICBC")
    False
    """
    lengths = BANK_LENGTHS.get(bank_code)
    if not lengths or not is_valid(s):
        return False
    return len(compact(s)) in lengths


def format(s: str) -> str:
    """Groups of four digits separated by spaces, as printed on statements and receipts."""
    v = validate(s)
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4))


def mask(s: str) -> str:
    """Keep only the last 4 digits (the usual 尾号 shown to customers)."""
    return mask_middle(compact(s), 0, 4)


def generate(rng: random.Random | None = None, *, length: int | None = None) -> str:
    """A random plausible account number (synthetic; digits only, first digit 1-9).

    >>> len(generate(random.Random(3), length=21))
    21
    """
    r = rng_or_default(rng)
    n = length if length is not None else r.choice(_COMMON_LENGTHS)
    if not MIN_LENGTH <= n <= MAX_LENGTH:
        raise InvalidLength("an account number has 10 to 30 digits")
    while True:
        v = r.choice("123456789") + random_digits(r, n - 1)
        if v.count(v[0]) != n:
            return v

from cnpii._args import guard_module as _guard_module  # noqa: E402
from cnpii.identifiers._util import GUARDED_NAMES as _GUARDED_NAMES  # noqa: E402

# typed, quiet errors for wrong arguments (issue 11); the checks that take any value (is_valid,
# validate, mask...) and sit on hot paths already fail typed and are left unwrapped
_guard_module(globals(), [n for n in __all__ if n in _GUARDED_NAMES], annotations=False)

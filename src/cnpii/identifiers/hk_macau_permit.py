"""Hong Kong and Macau travel permits (shape only; no check digit).

Two documents share this module:

* ``mainland_to_hkmo`` - 往来港澳通行证, the mainland residents' permit to Hong Kong and Macau
  (2014 e-card): ``C`` + 8 digits, then, after the 100-million range ran out, ``C`` + letter
  (not I/O) + 7 digits, starting ``CA0000001``. Always 9 characters.
* ``hkmo_to_mainland`` - 港澳居民来往内地通行证 (Home Return Permit, "回乡证"): ``H`` (Hong Kong)
  or ``M`` (Macau) + the 8-digit lifelong number + a 2-digit renewal count (``00`` at first
  issue, then ``01``, ``02`` ...): 11 characters.

Choice: the 9-character form ``H``/``M`` + 8 digits (the lifelong part without the renewal count)
is **accepted** as well, because the first 9 characters stay the same across renewals and many
systems store only them; :func:`parse` then reports ``renewal=None``. The pre-2014 booklet
permits are not recognised.

Neither document has a check digit: any string of the right shape passes, so detection should
want context (通行证, 回乡证) before trusting a match.

>>> validate("H12345678 01")
'H1234567801'
>>> parse("M1234567802")
Permit(kind='hkmo_to_mainland', region='MO', number='M12345678', renewal=2)
>>> parse("CA1234567").kind
'mainland_to_hkmo'
>>> is_valid("CI1234567")
False
>>> mask("H1234567801")
'H********01'
"""

from __future__ import annotations

import random
import re
from typing import NamedTuple

from cnpii.errors import InvalidFormat, InvalidLength
from cnpii.identifiers._native import native_is_valid
from cnpii.identifiers._util import clean, is_valid_from, mask_middle, rng_or_default, random_digits

__all__ = ["compact", "validate", "is_valid", "format", "mask", "generate", "parse", "Permit"]

_LETTER = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I, no O
_MAINLAND = re.compile(rf"C(?:[0-9]{{8}}|[{_LETTER}][0-9]{{7}})")
_HOME_RETURN = re.compile(r"([HM])([0-9]{8})([0-9]{2})?")


class Permit(NamedTuple):
    """What :func:`parse` found.

    ``region`` is ``"HK"``/``"MO"`` for home return permits and ``None`` for mainland residents'
    permits; ``number`` is the lifelong number (first 9 characters); ``renewal`` the renewal
    count, or ``None`` when it is absent or does not apply.
    """

    kind: str
    region: str | None
    number: str
    renewal: int | None


def compact(s: str) -> str:
    """Strip separators, full-width to half-width, upper-case."""
    return clean(s)


def parse(s: str) -> Permit:
    """Which permit a valid number is, and its parts.

    >>> parse("C12345678")
    Permit(kind='mainland_to_hkmo', region=None, number='C12345678', renewal=None)
    >>> parse("H12345678")
    Permit(kind='hkmo_to_mainland', region='HK', number='H12345678', renewal=None)
    """
    return _parse(compact(s))


def _parse(v: str) -> Permit:
    """:func:`parse` of a value already in compact form."""
    if len(v) not in (9, 11):
        raise InvalidLength()
    if _MAINLAND.fullmatch(v):
        return Permit("mainland_to_hkmo", None, v, None)
    m = _HOME_RETURN.fullmatch(v)
    if m:
        renewal = None if m.group(3) is None else int(m.group(3))
        return Permit("hkmo_to_mainland", "HK" if m.group(1) == "H" else "MO", v[:9], renewal)
    raise InvalidFormat()


def validate(s: str) -> str:
    """Check the shape and return the compact form, or raise a typed :class:`ValidationError`."""
    v = compact(s)
    _parse(v)
    return v


#: the pure-Python check, the reference of the compiled one (cnpii.identifiers._checks)
_is_valid_py = is_valid_from(validate)
is_valid = native_is_valid("hk_macau_permit", _is_valid_py)


def format(s: str) -> str:
    """Written as one block."""
    return validate(s)


def mask(s: str) -> str:
    """Keep the first letter and the last 2 characters.

    >>> mask("CA1234567")
    'C******67'
    """
    return mask_middle(compact(s), 1, 2)


def generate(rng: random.Random | None = None) -> str:
    """A random permit number of either document (synthetic)."""
    r = rng_or_default(rng)

    choice = r.randrange(5)
    if choice == 0:
        return "C" + random_digits(r, 8)
    if choice == 1:
        return "C" + r.choice(_LETTER) + random_digits(r, 7)
    if choice == 2:
        return r.choice("HM") + random_digits(r, 8)
    return r.choice("HM") + random_digits(r, 8) + f"{r.randrange(0, 15):02d}"

from cnpii._args import guard_module as _guard_module  # noqa: E402
from cnpii.identifiers._util import GUARDED_NAMES as _GUARDED_NAMES  # noqa: E402

# typed, quiet errors for wrong arguments (issue 11); the checks that take any value (is_valid,
# validate, mask...) and sit on hot paths already fail typed and are left unwrapped
_guard_module(globals(), [n for n in __all__ if n in _GUARDED_NAMES], annotations=False)

"""Glue between the identifier modules and their compiled checks (``cnpii.identifiers._checks``).

Each module keeps its pure-Python ``is_valid`` as the reference (``_is_valid_py``) and exposes
``is_valid = native_is_valid("<module>", _is_valid_py)``: a ``str`` goes to the C check when the
extension is built and ``CNPII_PURE`` is not ``1``, anything else to the reference (the two give
the same answers; ``tests/test_checks_native.py`` compares them).

The C checks read their tables once, on first use, from :func:`tables`, which takes them from
the Python modules themselves (the TSV files they load and their own constants), so there is no
second copy of any table. Nothing here imports more than the standard library at import time.
"""

from __future__ import annotations

import os
from types import ModuleType
from typing import Any, Callable


def checks() -> ModuleType | None:
    """The compiled checks, or ``None`` when they are not built or ``CNPII_PURE=1``."""
    if os.environ.get("CNPII_PURE") == "1":
        return None
    try:
        from cnpii.identifiers import _checks
    except ImportError:
        return None
    return _checks


def native_is_valid(name: str, py: Callable[[Any], bool]) -> Callable[[Any], bool]:
    """The public ``is_valid`` of module ``name``: the C check for a ``str``, else ``py``."""
    mod = checks()
    if mod is None:
        return py
    kind = mod.KINDS.index(name)
    check = mod.is_valid

    def is_valid(s: Any) -> bool:
        if type(s) is str:
            try:
                return check(kind, s)
            except Exception:  # only when its tables fail to load: the reference still answers
                return py(s)
        return py(s)

    is_valid.__doc__ = py.__doc__
    is_valid.__wrapped__ = py  # type: ignore[attr-defined]
    return is_valid


def tables(group: str) -> dict[str, Any]:
    """What the C checks need, taken from the identifier modules; called by C once per group.

    ``base`` (half-width map, separators, alphabets, plate characters) loads on the first check;
    ``regions``, ``segments``, ``area_codes`` and ``bins`` load when a check first needs them,
    as lazily as the Python modules load the same tables.
    """
    from cnpii.identifiers import (
        _util,
        bank_account,
        bank_card,
        hk_macau_permit,
        landline_phone,
        license_plate,
        mobile_phone,
        passport,
        resident_id,
        uscc,
    )

    if group == "regions":
        return {"regions": resident_id._load()}
    if group == "segments":
        return {"segments": mobile_phone._segments()}
    if group == "area_codes":
        return {"area_codes": {code: lengths for code, (lengths, _name) in landline_phone._table().items()}}
    if group == "bins":
        # BIN -> the card lengths it is listed for (0: unknown), as _Table.lookup reads them
        bins: dict[str, set[int]] = {}
        for row in bank_card._table().rows:
            bins.setdefault(row.bin, set()).add(row.length or 0)
        return {"bins": {b: tuple(sorted(lengths)) for b, lengths in bins.items()}}
    if group != "base":
        raise ValueError("unknown table group")
    # the separators each module's compact() passes to clean(), in _checks.KINDS order
    deletechars = (
        _util.SEPARATORS,                                # resident_id: clean(s)
        mobile_phone._SEPARATORS,                        # mobile_phone
        "",                                              # landline_phone: clean(s, "")
        bank_card._SEPARATORS,                           # bank_card
        bank_account._SEPARATORS,                        # bank_account
        _util.SEPARATORS,                                # uscc: clean(s)
        _util.SEPARATORS,                                # passport: clean(s)
        _util.SEPARATORS,                                # hk_macau_permit: clean(s)
        _util.SEPARATORS,                                # taiwan_permit: clean(s)
        _util.SEPARATORS + license_plate._DOTS,          # license_plate
    )
    return {
        "max_input": _util._MAX_LEN * 4,  # clean() refuses longer values
        "halfwidth": dict(_util._HALFWIDTH),
        "deletechars": deletechars,
        "permit_codes": tuple(resident_id.PERMIT_CODES),
        "card_bin_required_lengths": tuple(sorted(bank_card.BIN_REQUIRED_LENGTHS)),
        "id_weights": resident_id.CHECK_WEIGHTS,
        "id_check_chars": resident_id.CHECK_CHARS,
        "uscc_alphabet": uscc.ALPHABET,
        "uscc_weights": uscc._WEIGHTS,
        "uscc_org_weights": uscc._ORG_WEIGHTS,
        "passport_letters": passport._LETTER,
        "hk_macau_letters": hk_macau_permit._LETTER,
        "plate_serial": license_plate._SERIAL,
        "plate_energy": license_plate._ENERGY,
        "plate_provinces": "".join(license_plate.PROVINCES),
        "plate_suffixes": "".join(license_plate._SUFFIXES),
    }

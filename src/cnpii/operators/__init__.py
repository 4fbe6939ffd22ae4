"""How a detected value is rewritten: the masking operators.

Every operator is built from a name and parameters (as written in a policy), checks its
parameters when built, and never returns a detected value unchanged.

=============  ============================================================================
``keep``       keep first n / last m characters, mask the rest (grouping kept)
``mask_range`` mask a range of characters
``redact``     remove the value
``replace``    a constant or a label naming the entity
``hmac``       keyed hash, HMAC-SHA256 or HMAC-SM3 (needs a key)
``generalize`` address to province/city/district, birth date to year/age band, amount to band
``synthetic``  a fake of the same format with a valid check digit, deterministic (needs a key)
``suppress``   a null cell, or drop the column
``tokenize``   a reversible token from :class:`cnpii.Tokenizer` (needs a key)
=============  ============================================================================

>>> from cnpii.operators import build
>>> build("keep", {"first": 6, "last": 4}).apply("6222021234567890128")
'622202*********0128'
>>> build("nope", {})
Traceback (most recent call last):
...
cnpii.errors.PolicyError: unknown operator 'nope' (known: generalize, hmac, keep, mask_range, redact, replace, suppress, synthetic, tokenize)
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Any, Mapping

from cnpii.errors import PolicyError
from cnpii.operators._base import Context, Operator, mask_whole
from cnpii.operators._basic import Keep, MaskRange, Redact, Replace, Suppress
from cnpii.operators._generalize import Generalize
from cnpii.operators._keyed import Hmac, Synthetic, Tokenize, derive_key

__all__ = [
    "Operator", "Context", "OPERATORS", "build", "mask_whole", "derive_key",
    "Keep", "MaskRange", "Redact", "Replace", "Hmac", "Generalize", "Synthetic", "Suppress",
    "Tokenize",
]

#: operator name -> class
OPERATORS: Mapping[str, type[Operator]] = MappingProxyType({
    cls.name: cls
    for cls in (Keep, MaskRange, Redact, Replace, Hmac, Generalize, Synthetic, Suppress, Tokenize)
})


def build(name: str, params: Mapping[str, Any] | None = None) -> Operator:
    """Build the operator ``name`` with ``params``; raises :class:`PolicyError` if either is bad.

    >>> build("replace", {"value": "***"})
    Replace(value='***')
    """
    cls = OPERATORS.get(name) if isinstance(name, str) else None
    if cls is None:
        known = ", ".join(sorted(OPERATORS))
        from cnpii._args import shown

        raise PolicyError(f"unknown operator {shown(name, 'name')} (known: {known})")
    return cls(params)

from cnpii._args import guard_module as _guard_module  # noqa: E402

_guard_module(globals(), ["build", "mask_whole", "derive_key", "Operator", "Keep", "MaskRange", "Redact", "Replace",
              "Hmac", "Generalize", "Synthetic", "Suppress", "Tokenize"])  # cnpii._args: typed, quiet errors (issue 11)

"""Reversible tokenization: format-preserving, keyed, rotatable, authorised and audited.

The recipe layer over :mod:`cnpii.hazmat.fpe`: :class:`Tokenizer` makes deterministic tokens
that keep the format (and pass the same validator) of resident IDs, mobiles, bank cards,
USCCs, Chinese names and any digit/letter string, or opaque AES-SIV tokens that carry their
key id; :class:`Keyring` holds versioned keys; detokenization needs a grant and writes an
audit event (:mod:`cnpii.audit`).

>>> from cnpii.audit import MemorySink
>>> kr = Keyring({1: bytes(range(32))})
>>> tok = Tokenizer(kr, grants=[("ops", "CN_RESIDENT_ID", "kyc")], audit=MemorySink())
>>> t = tok.tokenize("11010519491231002X", "CN_RESIDENT_ID")
>>> from cnpii.identifiers import resident_id
>>> resident_id.is_valid(t), t != "11010519491231002X"
(True, True)
>>> tok.detokenize(t, "CN_RESIDENT_ID", actor="a", role="ops", purpose="kyc")
'11010519491231002X'
"""

from __future__ import annotations

from cnpii.audit import JsonLinesSink, LoggingSink, MemorySink
from cnpii.tokenization.keyring import DEFAULT_ENV_VAR, KeyReference, Keyring
from cnpii.tokenization.tokenizer import (
    OPAQUE_PATTERN,
    Grant,
    Tokenizer,
    detokenize_text,
    is_opaque_token,
)

__all__ = ["Tokenizer", "Keyring", "KeyReference", "Grant", "detokenize_text",
           "is_opaque_token", "OPAQUE_PATTERN", "DEFAULT_ENV_VAR",
           "JsonLinesSink", "LoggingSink", "MemorySink"]

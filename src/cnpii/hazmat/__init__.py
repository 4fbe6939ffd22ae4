"""Raw cryptographic building blocks. Hazardous: prefer :class:`cnpii.Tokenizer`.

Like ``cryptography.hazmat``, the name is a warning. :class:`~cnpii.hazmat.fpe.FF1` is a
correct NIST SP 800-38G FF1, but it knows nothing about keys, audit, grants or formats that
must stay valid: those are the recipe layer's job (:mod:`cnpii.tokenization`).

>>> from cnpii.hazmat.fpe import FF1
>>> FF1(bytes(16), 10).encrypt("0123456789") != "0123456789"
True
"""

from __future__ import annotations

from cnpii.hazmat.fpe import FF1

__all__ = ["FF1"]

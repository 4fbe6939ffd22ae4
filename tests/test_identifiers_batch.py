"""The vectorised check digits agree with the one-value functions of the identifier modules."""

from __future__ import annotations

import random

import numpy as np

from cnpii.identifiers import batch, resident_id
from cnpii.identifiers._util import luhn_checksum


def test_mod11_2_matches_calc_check_char() -> None:
    rng = random.Random(11)
    bodies = ["".join(rng.choice("0123456789") for _ in range(17)) for _ in range(5000)]
    matrix = np.array([[int(c) for c in b] for b in bodies])
    got = bytes(batch.mod11_2_check(matrix)).decode()
    assert list(got) == [resident_id.calc_check_char(b) for b in bodies]


def test_luhn_matches_the_scalar_helper_for_every_length() -> None:
    rng = random.Random(12)
    for length in range(12, 20):
        numbers = ["".join(rng.choice("0123456789") for _ in range(length)) for _ in range(2000)]
        matrix = np.array([[int(c) for c in n] for n in numbers])
        assert batch.luhn_checksums(matrix).tolist() == [luhn_checksum(n) for n in numbers]
        assert batch.luhn_valid(matrix).tolist() == [luhn_checksum(n) == 0 for n in numbers]

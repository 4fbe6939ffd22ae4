"""A plain FF1: the SP 800-38G pseudocode line by line, one value and one AES call per block.

Used as the independent implementation in differential tests and as the baseline of
``benchmarks/bench_tokenization.py``. Not for production use: it is slow on purpose (no
caching of the constant blocks, no batching) so that it stays obviously correct.
"""

from __future__ import annotations

import math

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

__all__ = ["PlainFF1"]


class PlainFF1:
    """FF1 exactly as written in SP 800-38G, section 6.1 (Algorithms 7 and 8)."""

    def __init__(self, key: bytes, radix: int, alphabet: str = "0123456789abcdefghijklmnopqrstuvwxyz",
                 cipher: str = "AES") -> None:
        algo = algorithms.SM4(key) if cipher.upper() == "SM4" else algorithms.AES(key)
        self._enc = Cipher(algo, modes.ECB()).encryptor()
        self.radix = radix
        self.alphabet = alphabet[:radix]

    def __repr__(self) -> str:
        return f"PlainFF1(radix={self.radix}, key=<hidden>)"

    def _ciph(self, block: bytes) -> bytes:
        return self._enc.update(block)

    def _prf(self, x: bytes) -> bytes:
        y = bytes(16)
        for j in range(0, len(x), 16):  # CBC-MAC, one AES call per block
            y = self._ciph(bytes(p ^ q for p, q in zip(y, x[j:j + 16])))
        return y

    def _num(self, digits: list[int]) -> int:
        x = 0
        for d in digits:
            x = x * self.radix + d
        return x

    def _str(self, x: int, m: int) -> list[int]:
        out = [0] * m
        for i in range(m - 1, -1, -1):
            x, out[i] = divmod(x, self.radix)
        return out

    def _y(self, p: bytes, tweak: bytes, b: int, d: int, i: int, half: list[int]) -> int:
        t = len(tweak)
        q = tweak + bytes((-t - b - 1) % 16) + bytes([i]) + self._num(half).to_bytes(b, "big")
        r = self._prf(p + q)
        s = r
        for j in range(1, math.ceil(d / 16)):
            s += self._ciph((int.from_bytes(r, "big") ^ j).to_bytes(16, "big"))
        return int.from_bytes(s[:d], "big")

    def _setup(self, n: int, tweak: bytes) -> tuple[int, int, int, int, bytes]:
        u, v = n // 2, n - n // 2
        b = math.ceil(math.ceil(v * math.log2(self.radix)) / 8)
        d = 4 * math.ceil(b / 4) + 4
        p = (bytes([1, 2, 1]) + self.radix.to_bytes(3, "big") + bytes([10, u % 256])
             + n.to_bytes(4, "big") + len(tweak).to_bytes(4, "big"))
        return u, v, b, d, p

    def encrypt_numerals(self, x: list[int], tweak: bytes = b"") -> list[int]:
        """Algorithm 7 on a numeral string given as a list of ints."""
        n = len(x)
        u, v, b, d, p = self._setup(n, tweak)
        a, bb = list(x[:u]), list(x[u:])
        for i in range(10):
            m = u if i % 2 == 0 else v
            c = (self._num(a) + self._y(p, tweak, b, d, i, bb)) % self.radix**m
            a, bb = bb, self._str(c, m)
        return a + bb

    def decrypt_numerals(self, x: list[int], tweak: bytes = b"") -> list[int]:
        """Algorithm 8 on a numeral string given as a list of ints."""
        n = len(x)
        u, v, b, d, p = self._setup(n, tweak)
        a, bb = list(x[:u]), list(x[u:])
        for i in range(9, -1, -1):
            m = u if i % 2 == 0 else v
            c = (self._num(bb) - self._y(p, tweak, b, d, i, a)) % self.radix**m
            a, bb = self._str(c, m), a
        return a + bb

    def encrypt(self, text: str, tweak: bytes = b"") -> str:
        """Algorithm 7 on a string over the alphabet."""
        out = self.encrypt_numerals([self.alphabet.index(c) for c in text], tweak)
        return "".join(self.alphabet[k] for k in out)

    def decrypt(self, text: str, tweak: bytes = b"") -> str:
        """Algorithm 8 on a string over the alphabet."""
        out = self.decrypt_numerals([self.alphabet.index(c) for c in text], tweak)
        return "".join(self.alphabet[k] for k in out)

"""FF1 format-preserving encryption (NIST SP 800-38G), over AES or SM4.

Hazardous material: this is the raw cipher. It does not keep formats valid, manage keys, check
grants or write audit events; :class:`cnpii.Tokenizer` does.

>>> key = bytes.fromhex("2B7E151628AED2A6ABF7158809CF4F3C")
>>> ff1 = FF1(key, 10)
>>> ff1.encrypt("0123456789")                  # NIST SP 800-38G FF1 sample 1
'2433477484'
>>> ff1.decrypt("2433477484")
'0123456789'
>>> ff1.encrypt_many(["0123456789", "9876543210"])[0]
'2433477484'
>>> FF1(key, 36).encrypt("0123456789abcdefghi", tweak=bytes.fromhex("3737373770717273373737"))
'a9tv40mll9kdu509eum'
>>> ff1
FF1(radix=10, cipher='AES', key=<hidden>)

The batch methods encrypt every value's block of a Feistel round with one AES-ECB call and do
the numeral arithmetic with numpy while the numbers fit in 64 bits (they fall back to Python
integers otherwise), which is what makes a million values a second possible in Python.
"""

from __future__ import annotations

import threading
from typing import Iterable, Sequence

import numpy as np
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from cnpii.errors import TokenizationError

__all__ = ["FF1", "MIN_DOMAIN", "DEFAULT_ALPHABET", "min_length"]

#: SP 800-38G Rev. 1: radix ** minlen must be at least one million
MIN_DOMAIN = 1_000_000
#: the default alphabet for radix up to 36 (digits, then lower-case letters)
DEFAULT_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz"
_MAX_RADIX = 1 << 16
_MAX_LEN = 1 << 32
_CHUNK = 1 << 16  # values per vectorised step: keeps the working set in cache
# numpy path: every half and every modulus below 2**47, so (acc << 16) | chunk stays < 2**63
_NP_LIMIT = 1 << 47


def min_length(radix: int) -> int:
    """The shortest numeral string FF1 accepts for ``radix`` (radix**n >= 1,000,000, n >= 2).

    >>> min_length(10), min_length(36), min_length(1000)
    (6, 4, 2)
    """
    n = 2
    while radix**n < MIN_DOMAIN:
        n += 1
    return n


def _block_cipher(key: bytes, cipher: str) -> Cipher:  # type: ignore[type-arg]
    if not isinstance(key, (bytes, bytearray, memoryview)):
        raise TypeError("the key must be bytes")
    name = cipher.upper()
    if name == "AES":
        if len(key) not in (16, 24, 32):
            raise ValueError("an AES key is 16, 24 or 32 bytes")
        return Cipher(algorithms.AES(bytes(key)), modes.ECB())
    if name == "SM4":
        if len(key) != 16:
            raise ValueError("an SM4 key is 16 bytes")
        return Cipher(algorithms.SM4(bytes(key)), modes.ECB())
    raise ValueError("cipher must be 'AES' or 'SM4'")


class _Shape:
    """Constants of one (length, tweak) pair, computed once and cached."""

    __slots__ = ("n", "u", "v", "b", "d", "h0", "tail_const", "mod_u", "mod_v", "numpy_ok")

    def __init__(self, ff1: FF1, n: int, tweak: bytes) -> None:
        r, t = ff1.radix, len(tweak)
        self.n, self.u = n, n // 2
        self.v = n - self.u
        self.mod_u, self.mod_v = r**self.u, r**self.v
        # b = ceil(ceil(v * log2(radix)) / 8), computed exactly with integers
        self.b = ((self.mod_v - 1).bit_length() + 7) // 8
        self.d = 4 * ((self.b + 3) // 4) + 4
        p = bytes([1, 2, 1]) + r.to_bytes(3, "big") + bytes([10, self.u % 256])
        p += n.to_bytes(4, "big") + t.to_bytes(4, "big")
        pad = (-t - self.b - 1) % 16
        const = p + tweak + bytes(pad)  # P || T || 0^pad: the same for every value and round
        full = len(const) // 16 * 16
        # CBC-MAC state after the constant whole blocks (zero IV)
        h = bytes(16)
        for k in range(0, full, 16):
            h = ff1._ecb(bytes(x ^ y for x, y in zip(h, const[k:k + 16])))
        self.h0 = h
        self.tail_const = const[full:]  # constant bytes that share a block with [i] || NUM(B)
        self.numpy_ok = self.mod_v < _NP_LIMIT and self.d <= 64


class FF1:
    """FF1 over AES (128/192/256-bit keys) or SM4 (128-bit), for a given radix and alphabet.

    ``alphabet`` maps numerals to characters; it defaults to ``0-9a-z`` cut to ``radix`` for
    radix up to 36. Larger radixes need an explicit alphabet (for example CJK characters), or
    use the integer methods :meth:`encrypt_int` / :meth:`encrypt_ints`.

    The key lives only inside the block cipher object; ``repr`` hides it and pickling is
    refused. Safe to share between threads (each thread gets its own cipher context).
    """

    __slots__ = ("radix", "cipher", "alphabet", "_cipher", "_local", "_index", "_ascii_table",
                 "_shapes", "__weakref__")

    def __init__(self, key: bytes, radix: int, *, alphabet: str | None = None,
                 cipher: str = "AES") -> None:
        if not isinstance(radix, int) or not 2 <= radix <= _MAX_RADIX:
            raise ValueError("radix must be an integer from 2 to 65536")
        if alphabet is None and radix <= len(DEFAULT_ALPHABET):
            alphabet = DEFAULT_ALPHABET[:radix]
        if alphabet is not None and (len(alphabet) != radix or len(set(alphabet)) != radix):
            raise ValueError("the alphabet must have exactly radix distinct characters")
        self.radix = radix
        self.cipher = cipher.upper()
        self.alphabet = alphabet
        self._cipher = _block_cipher(key, cipher)
        self._local = threading.local()  # one ECB context per thread: contexts are not shared
        self._index = {c: i for i, c in enumerate(alphabet)} if alphabet else {}
        self._ascii_table: np.ndarray | None = None
        if alphabet is not None and all(ord(c) < 128 for c in alphabet):
            table = np.full(256, -1, dtype=np.int64)
            for i, c in enumerate(alphabet):
                table[ord(c)] = i
            self._ascii_table = table
        self._shapes: dict[tuple[int, bytes], _Shape] = {}

    def __repr__(self) -> str:
        return f"FF1(radix={self.radix}, cipher={self.cipher!r}, key=<hidden>)"

    def __reduce__(self) -> None:  # type: ignore[override]
        raise TypeError("FF1 objects hold a key and cannot be pickled")

    @property
    def min_length(self) -> int:
        """The shortest accepted length for this radix."""
        return min_length(self.radix)

    # -- block cipher ------------------------------------------------------------------------
    def _ecb(self, data: bytes) -> bytes:
        enc = getattr(self._local, "enc", None)
        if enc is None:
            enc = self._local.enc = self._cipher.encryptor()
        return enc.update(data)  # type: ignore[no-any-return]

    def _shape(self, n: int, tweak: bytes) -> _Shape:
        key = (n, tweak)
        shape = self._shapes.get(key)
        if shape is None:
            if not isinstance(tweak, (bytes, bytearray)):
                raise TypeError("the tweak must be bytes")
            if n < 2 or self.radix**n < MIN_DOMAIN:
                raise TokenizationError(
                    f"FF1 needs radix**length >= {MIN_DOMAIN:,} (radix {self.radix}: at least "
                    f"{self.min_length} numerals); the value is too short to encrypt safely")
            if n > _MAX_LEN:
                raise TokenizationError("the value is too long for FF1")
            if len(self._shapes) > 256:
                self._shapes.clear()
            shape = self._shapes[key] = _Shape(self, n, bytes(tweak))
        return shape

    # -- one value, Python integers ---------------------------------------------------------
    def _round_y(self, s: _Shape, i: int, num: int) -> int:
        h = s.h0
        tail = s.tail_const + bytes([i]) + num.to_bytes(s.b, "big")
        for k in range(0, len(tail), 16):
            h = self._ecb((int.from_bytes(h, "big") ^ int.from_bytes(tail[k:k + 16], "big"))
                          .to_bytes(16, "big"))
        out = h
        if s.d > 16:
            r = int.from_bytes(h, "big")
            extra = b"".join((r ^ j).to_bytes(16, "big") for j in range(1, (s.d + 15) // 16))
            out += self._ecb(extra)
        return int.from_bytes(out[:s.d], "big")

    def _crypt_halves(self, s: _Shape, a: int, b: int, decrypt: bool) -> tuple[int, int]:
        if not decrypt:
            for i in range(10):
                m = s.mod_u if i % 2 == 0 else s.mod_v
                a, b = b, (a + self._round_y(s, i, b)) % m
        else:
            for i in range(9, -1, -1):
                m = s.mod_u if i % 2 == 0 else s.mod_v
                a, b = (b - self._round_y(s, i, a)) % m, a
        return a, b

    def encrypt_int(self, x: int, length: int, tweak: bytes = b"") -> int:
        """Encrypt the numeral string of ``length`` numerals whose value is ``x``.

        >>> FF1(bytes(16), 10).decrypt_int(FF1(bytes(16), 10).encrypt_int(42, 6), 6)
        42
        """
        return self._crypt_int(x, length, tweak, False)

    def decrypt_int(self, x: int, length: int, tweak: bytes = b"") -> int:
        """Inverse of :meth:`encrypt_int`."""
        return self._crypt_int(x, length, tweak, True)

    def _crypt_int(self, x: int, length: int, tweak: bytes, decrypt: bool) -> int:
        s = self._shape(length, tweak)
        if not 0 <= x < s.mod_u * s.mod_v:
            raise TokenizationError("the number is outside the FF1 domain")
        a, b = self._crypt_halves(s, x // s.mod_v, x % s.mod_v, decrypt)
        return a * s.mod_v + b

    # -- strings ------------------------------------------------------------------------------
    def _to_num(self, text: str) -> int:
        if self.alphabet is None:
            raise TypeError("this radix has no alphabet; use the *_int methods")
        r, idx, x = self.radix, self._index, 0
        for c in text:
            d = idx.get(c)
            if d is None:
                raise TokenizationError("the value has a character outside the alphabet")
            x = x * r + d
        return x

    def _to_str(self, x: int, n: int) -> str:
        assert self.alphabet is not None
        out = []
        for _ in range(n):
            x, d = divmod(x, self.radix)
            out.append(self.alphabet[d])
        return "".join(reversed(out))

    def encrypt(self, text: str, tweak: bytes = b"") -> str:
        """Encrypt one numeral string; the result has the same length and alphabet."""
        return self._to_str(self._crypt_int(self._to_num(text), len(text), tweak, False), len(text))

    def decrypt(self, text: str, tweak: bytes = b"") -> str:
        """Decrypt one numeral string."""
        return self._to_str(self._crypt_int(self._to_num(text), len(text), tweak, True), len(text))

    def encrypt_many(self, texts: Iterable[str], tweak: bytes = b"") -> list[str]:
        """Encrypt many strings (any mix of lengths) with one tweak, vectorised per length."""
        return self._crypt_many(texts, tweak, False)

    def decrypt_many(self, texts: Iterable[str], tweak: bytes = b"") -> list[str]:
        """Decrypt many strings; inverse of :meth:`encrypt_many`."""
        return self._crypt_many(texts, tweak, True)

    def _crypt_many(self, texts: Iterable[str], tweak: bytes, decrypt: bool) -> list[str]:
        values = list(texts)
        out: list[str] = [""] * len(values)
        by_len: dict[int, list[int]] = {}
        for i, t in enumerate(values):
            if not isinstance(t, str):
                raise TypeError("values must be strings")
            by_len.setdefault(len(t), []).append(i)
        for n, idx in by_len.items():
            group = [values[i] for i in idx]
            s = self._shape(n, tweak)
            if self._ascii_table is not None and s.numpy_ok and s.mod_u * s.mod_v < 1 << 64:
                res = self._crypt_strings_np(group, n, tweak, decrypt)
            else:
                res = [self._to_str(self._crypt_int(self._to_num(t), n, tweak, decrypt), n)
                       for t in group]
            for i, r in zip(idx, res):
                out[i] = r
        return out

    def _crypt_strings_np(self, group: list[str], n: int, tweak: bytes,
                          decrypt: bool) -> list[str]:
        assert self._ascii_table is not None and self.alphabet is not None
        try:
            raw = "".join(group).encode("ascii")
        except UnicodeEncodeError:
            raise TokenizationError("the value has a character outside the alphabet") from None
        digits = self._ascii_table[np.frombuffer(raw, dtype=np.uint8)].reshape(len(group), n)
        if (digits < 0).any():
            raise TokenizationError("the value has a character outside the alphabet")
        powers = self.radix ** np.arange(n - 1, -1, -1, dtype=np.uint64)
        x = (digits.astype(np.uint64) * powers).sum(axis=1, dtype=np.uint64)
        y = self.crypt_ints(x, n, tweak, decrypt=decrypt)
        out_digits = np.empty((len(group), n), dtype=np.uint8)
        for col in range(n - 1, -1, -1):
            out_digits[:, col] = y % self.radix
            y = y // self.radix
        chars = np.frombuffer(self.alphabet.encode("ascii"), dtype=np.uint8)[out_digits]
        blob = chars.tobytes().decode("ascii")
        return [blob[k:k + n] for k in range(0, len(blob), n)]

    # -- integers, vectorised -----------------------------------------------------------------
    def encrypt_ints(self, xs: Sequence[int] | np.ndarray, length: int,
                     tweak: bytes = b"") -> np.ndarray | list[int]:
        """Encrypt many numbers, each the value of a ``length``-numeral string.

        Returns a ``uint64`` array when the domain fits in 64 bits, else a list of ints.

        >>> ff1 = FF1(bytes(16), 10)
        >>> [int(v) for v in ff1.decrypt_ints(ff1.encrypt_ints([0, 1, 999999], 6), 6)]
        [0, 1, 999999]
        """
        return self.crypt_ints(xs, length, tweak, decrypt=False)

    def decrypt_ints(self, xs: Sequence[int] | np.ndarray, length: int,
                     tweak: bytes = b"") -> np.ndarray | list[int]:
        """Inverse of :meth:`encrypt_ints`."""
        return self.crypt_ints(xs, length, tweak, decrypt=True)

    def crypt_ints(self, xs: Sequence[int] | np.ndarray, length: int, tweak: bytes = b"", *,
                   decrypt: bool = False) -> np.ndarray | list[int]:
        """Encrypt (or with ``decrypt=True`` decrypt) many numbers of one length."""
        s = self._shape(length, tweak)
        domain = s.mod_u * s.mod_v
        if not (s.numpy_ok and domain < 1 << 64):
            return [self._crypt_int(int(x), length, tweak, decrypt) for x in xs]
        x = np.asarray(xs)
        if x.dtype.kind not in "ui":
            x = np.asarray([int(v) for v in xs], dtype=np.uint64)
        if x.size and (x.min() < 0 or int(x.max()) >= domain):
            raise TokenizationError("a number is outside the FF1 domain")
        x = x.astype(np.uint64, copy=False)
        out = np.empty(x.shape, dtype=np.uint64)
        mod_v = np.uint64(s.mod_v)
        for k in range(0, x.size, _CHUNK):
            part = x[k:k + _CHUNK]
            a, b = self._rounds_np(s, part // mod_v, part % mod_v, decrypt)
            out[k:k + _CHUNK] = a * mod_v + b
        return out

    def _y_np(self, s: _Shape, i: int, num: np.ndarray, mod: int) -> np.ndarray:
        """y mod radix**m for every value: PRF over [i] || NUM(B), expanded to d bytes."""
        count = num.shape[0]
        tail_len = len(s.tail_const) + 1 + s.b
        tail = np.empty((count, tail_len), dtype=np.uint8)
        tail[:, :len(s.tail_const)] = np.frombuffer(s.tail_const, dtype=np.uint8)
        tail[:, len(s.tail_const)] = i
        tail[:, len(s.tail_const) + 1:] = num.astype(">u8").view(np.uint8).reshape(count, 8)[:, 8 - s.b:]
        h = np.broadcast_to(np.frombuffer(s.h0, dtype=np.uint8), (count, 16))
        for k in range(0, tail_len, 16):  # usually a single block: one ECB call for all values
            x = np.bitwise_xor(h, tail[:, k:k + 16])
            h = np.frombuffer(self._ecb(x.tobytes()), dtype=np.uint8).reshape(count, 16)
        if s.d > 16:
            extra = (s.d + 15) // 16 - 1
            js = np.zeros((extra, 16), dtype=np.uint8)
            js[:, 15] = np.arange(1, extra + 1)
            blocks = np.bitwise_xor(h[:, None, :], js[None, :, :]).reshape(count * extra, 16)
            more = np.frombuffer(self._ecb(blocks.tobytes()), dtype=np.uint8)
            h = np.concatenate([h, more.reshape(count, extra * 16)], axis=1)
        # y mod m: the first 8 bytes as one big-endian uint64, then Horner over 16-bit chunks
        # (m < 2**47 keeps every step below 2**63)
        m = np.uint64(mod)
        acc = h.view(">u8")[:, 0].astype(np.uint64) % m
        if s.d > 8:
            words = h[:, 8:s.d].astype(np.uint64)
            sixteen, eight = np.uint64(16), np.uint64(8)
            for j in range(0, s.d - 8, 2):
                acc = ((acc << sixteen) | (words[:, j] << eight) | words[:, j + 1]) % m
        return acc

    def _rounds_np(self, s: _Shape, a: np.ndarray, b: np.ndarray,
                   decrypt: bool) -> tuple[np.ndarray, np.ndarray]:
        if not decrypt:
            for i in range(10):
                mod = s.mod_u if i % 2 == 0 else s.mod_v
                y = self._y_np(s, i, b, mod)
                a, b = b, (a + y) % np.uint64(mod)
        else:
            for i in range(9, -1, -1):
                mod = s.mod_u if i % 2 == 0 else s.mod_v
                y = self._y_np(s, i, a, mod)
                m = np.uint64(mod)
                a, b = (b + (m - y)) % m, a
        return a, b

from cnpii._args import guard_module as _guard_module  # noqa: E402

_guard_module(globals(), ["FF1", "min_length"])  # cnpii._args: typed, quiet errors (issue 11)

"""Encryption at rest for graded columns: AES-256-GCM or SM4-GCM through the keyring.

Each cell becomes one self-describing string::

    cnpii:enc1:<alg>:<key version>:<base64url(nonce 12 bytes | ciphertext | tag 16 bytes)>

``alg`` is ``A`` (AES-256-GCM) or ``S`` (SM4-GCM, GB/T 32907 with the GCM mode of RFC 8998).
The working key is derived from the keyring's master key of that version by HKDF (label
``cnpii/encrypt/<alg>``); the associated data binds the ciphertext to its table, its column,
the algorithm and the key version, so a ciphertext copied into another column or table, or
relabelled with another version, does not decrypt. Nonces are random (96 bits); rotate the
key well before 2**32 encryptions under one version.

Nulls stay null; other values are encrypted as their text and decrypt to strings.

>>> import pandas as pd
>>> from cnpii import Keyring
>>> kr = Keyring({1: bytes(range(32))})
>>> df = pd.DataFrame({"id_number": ["11010519491231002X", None], "balance": [10.5, 3.0]})
>>> enc = encrypt_frame(df, kr, table="customers")
>>> enc["id_number"][0].startswith("cnpii:enc1:A:1:"), pd.isna(enc["id_number"][1])
(True, True)
>>> enc["balance"].tolist()
[10.5, 3.0]
>>> decrypt_frame(enc, kr, table="customers")["id_number"][0]
'11010519491231002X'
"""

from __future__ import annotations

import base64
import binascii
import os
import re
import secrets
from pathlib import Path
from typing import Any, Callable, Sequence

from cnpii.audit import _runtime as _audit
from cnpii.errors import CnpiiError

__all__ = ["encrypt_frame", "decrypt_frame", "reencrypt_frame", "reencrypt_file",
           "encrypt_values", "decrypt_values", "is_ciphertext", "DecryptionError",
           "ALGORITHMS", "PREFIX"]

PREFIX = "cnpii:enc1:"
#: algorithm code -> (name, key length)
ALGORITHMS = {"A": ("AES-256-GCM", 32), "S": ("SM4-GCM", 16)}
_NAMES = {"AES": "A", "AES-256-GCM": "A", "SM4": "S", "SM4-GCM": "S"}
_CT = re.compile(r"cnpii:enc1:([AS]):([1-9][0-9]{0,9}):([A-Za-z0-9_-]{38,})")


class DecryptionError(CnpiiError, ValueError):
    """A ciphertext is tampered, foreign, for another table or column, or under a key version
    the keyring no longer holds. One fixed message, never the ciphertext."""

    default_message = "a value cannot be decrypted"


def is_ciphertext(value: Any) -> bool:
    """Whether ``value`` has the shape of a cnpii column ciphertext."""
    return isinstance(value, str) and _CT.fullmatch(value) is not None


def _alg(cipher: str | None, keyring: Any) -> str:
    name = (cipher or getattr(keyring, "cipher", "AES")).upper()
    try:
        return _NAMES[name]
    except KeyError:
        raise CnpiiError("cipher is 'AES' (AES-256-GCM) or 'SM4' (SM4-GCM)") from None


class _Engine:
    """One (algorithm, version) key, ready to seal and open."""

    def __init__(self, keyring: Any, alg: str, version: int) -> None:
        self.alg, self.version = alg, version
        length = ALGORITHMS[alg][1]
        key = keyring.derive_key(b"cnpii/encrypt/" + alg.encode(), length, version=version)
        if alg == "A":
            from cryptography.hazmat.primitives.ciphers.aead import AESGCM

            aead = AESGCM(key)
            self._seal: Callable[[bytes, bytes, bytes], bytes] = aead.encrypt
            self._open: Callable[[bytes, bytes, bytes], bytes] = aead.decrypt
        else:
            self._key = key
            self._seal, self._open = self._sm4_seal, self._sm4_open
            try:
                self._sm4_seal(bytes(12), b"", b"")
            except Exception:  # UnsupportedAlgorithm: an OpenSSL built without SM4
                raise CnpiiError("SM4-GCM is not available in this cryptography/OpenSSL "
                                 "build (cryptography >= 42 with OpenSSL 3 provides it)") from None

    def _sm4_seal(self, nonce: bytes, data: bytes, ad: bytes) -> bytes:
        from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

        enc = Cipher(algorithms.SM4(self._key), modes.GCM(nonce)).encryptor()
        enc.authenticate_additional_data(ad)
        return enc.update(data) + enc.finalize() + enc.tag

    def _sm4_open(self, nonce: bytes, data: bytes, ad: bytes) -> bytes:
        from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

        dec = Cipher(algorithms.SM4(self._key), modes.GCM(nonce, data[-16:])).decryptor()
        dec.authenticate_additional_data(ad)
        return dec.update(data[:-16]) + dec.finalize()

    def ad(self, table: str, column: str) -> bytes:
        return "\x1f".join(("cnpii/enc1", self.alg, str(self.version), table, column)).encode()

    def seal(self, text: str, ad: bytes) -> str:
        nonce = secrets.token_bytes(12)
        blob = nonce + self._seal(nonce, text.encode("utf-8"), ad)
        return (f"{PREFIX}{self.alg}:{self.version}:"
                + base64.urlsafe_b64encode(blob).rstrip(b"=").decode("ascii"))

    def open(self, blob: bytes, ad: bytes) -> str:
        try:
            return self._open(blob[:12], blob[12:], ad).decode("utf-8")
        except Exception:  # InvalidTag, UnicodeDecodeError: one answer for all
            raise DecryptionError() from None


class _Engines:
    def __init__(self, keyring: Any) -> None:
        self.keyring = keyring
        self._cache: dict[tuple[str, int], _Engine] = {}

    def get(self, alg: str, version: int) -> _Engine:
        e = self._cache.get((alg, version))
        if e is None:
            try:
                e = self._cache[(alg, version)] = _Engine(self.keyring, alg, version)
            except CnpiiError:
                raise DecryptionError() from None
        return e


def _is_null(v: Any) -> bool:
    if v is None:
        return True
    try:
        import pandas as pd

        return bool(pd.isna(v)) if not isinstance(v, (list, tuple, dict)) else False
    except (TypeError, ValueError):
        return False


def _text(v: Any) -> str:
    if isinstance(v, str):
        return v
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def encrypt_values(values: Sequence[Any], keyring: Any, *, table: str = "", column: str = "",
                   cipher: str | None = None) -> list[Any]:
    """Encrypt each non-null value under the keyring's active version (nulls stay null)."""
    engine = _Engine(keyring, _alg(cipher, keyring), keyring.active_version)
    ad = engine.ad(table, column)
    return [v if _is_null(v) else engine.seal(_text(v), ad) for v in values]


def decrypt_values(values: Sequence[Any], keyring: Any, *, table: str = "",
                   column: str = "", engines: _Engines | None = None) -> list[Any]:
    """Decrypt each ciphertext (nulls stay null); anything else is a :class:`DecryptionError`."""
    engines = engines or _Engines(keyring)
    out: list[Any] = []
    for v in values:
        if _is_null(v):
            out.append(v)
            continue
        m = _CT.fullmatch(v) if isinstance(v, str) else None
        if m is None:
            raise DecryptionError("a value in an encrypted column is not a cnpii ciphertext")
        engine = engines.get(m.group(1), int(m.group(2)))
        try:
            blob = base64.urlsafe_b64decode(m.group(3) + "=" * (-len(m.group(3)) % 4))
        except (binascii.Error, ValueError):
            raise DecryptionError() from None
        out.append(engine.open(blob, engine.ad(table, column)))
    return out


def _columns(df: Any, columns: Sequence[Any] | None, *, encrypted: bool) -> list[Any]:
    if columns is not None:
        if isinstance(columns, (str, bytes)):
            columns = [columns]
        missing = [c for c in columns if c not in df.columns]
        if missing:
            raise CnpiiError(f"{len(missing)} column(s) named in columns= are not in the frame")
        return list(columns)
    if encrypted:  # the columns that hold ciphertexts
        out = []
        for c in df.columns:
            sample = df[c].dropna().head(50)
            if len(sample) and all(is_ciphertext(v) for v in sample):
                out.append(c)
        return out
    from cnpii.masking._columns import entity_from_name

    return [c for c in df.columns if entity_from_name(c) is not None]


def _frame_check(df: Any) -> None:
    import pandas as pd

    if not isinstance(df, pd.DataFrame):
        raise CnpiiError("encrypt_frame() and decrypt_frame() need a pandas DataFrame")


def encrypt_frame(df: Any, keyring: Any, columns: Sequence[Any] | None = None, *,
                  table: str = "", cipher: str | None = None) -> Any:
    """A copy of ``df`` with ``columns`` encrypted (default: every column whose name names
    an identifier or other personal information, as masking infers it). ``table`` goes into
    the associated data; ``cipher`` is ``"AES"`` or ``"SM4"`` (default: the keyring's)."""
    import pandas as pd

    _frame_check(df)
    cols = _columns(df, columns, encrypted=False)
    alg = _alg(cipher, keyring)
    out = df.copy(deep=False)
    n = 0
    for c in cols:
        vals = encrypt_values(df[c].tolist(), keyring, table=table, column=str(c), cipher=cipher)
        n += sum(1 for v in vals if isinstance(v, str))
        out[c] = pd.Series(vals, index=df.index, dtype=object)
    _audit.emit("encrypt", count=n, key_version=keyring.active_version,
                key_id=keyring.key_id(), details={"table": _audit.names(table)[0],
                                                  "columns": len(cols), "rows": len(df),
                                                  "algorithm": ALGORITHMS[alg][0]})
    return out


def decrypt_frame(df: Any, keyring: Any, columns: Sequence[Any] | None = None, *,
                  table: str = "", actor: str | None = None, role: str | None = None,
                  purpose: str | None = None, reason: str | None = None) -> Any:
    """A copy of ``df`` with ``columns`` decrypted (default: the columns holding cnpii
    ciphertexts). Audited (when audit is on) with who, role, purpose and reason."""
    import pandas as pd

    _frame_check(df)
    cols = _columns(df, columns, encrypted=True)
    engines = _Engines(keyring)
    out = df.copy(deep=False)
    n = 0
    for c in cols:
        vals = decrypt_values(df[c].tolist(), keyring, table=table, column=str(c),
                              engines=engines)
        n += sum(1 for v in vals if isinstance(v, str))
        out[c] = pd.Series(vals, index=df.index, dtype=object)
    _audit.emit("decrypt", count=n, actor=actor, role=role, purpose=purpose, reason=reason,
                details={"table": _audit.names(table)[0], "columns": len(cols), "rows": len(df),
                         "key_versions": sorted({v for _, v in engines._cache})})
    return out


def reencrypt_frame(df: Any, keyring: Any, columns: Sequence[Any] | None = None, *,
                    table: str = "", cipher: str | None = None, chunk_rows: int = 50_000) -> int:
    """Re-encrypt ``columns`` of ``df`` in place under the active key version, ``chunk_rows``
    rows at a time (plaintext of at most one chunk of one column is in memory); returns how
    many values were re-encrypted. Values already under the active version and algorithm are
    left as they are."""
    _frame_check(df)
    if not isinstance(chunk_rows, int) or chunk_rows < 1:
        raise CnpiiError("chunk_rows must be a positive integer")
    cols = _columns(df, columns, encrypted=True)
    alg = _alg(cipher, keyring)
    current = f"{PREFIX}{alg}:{keyring.active_version}:"
    engines = _Engines(keyring)
    done = 0
    for c in cols:
        if df[c].dtype != object:
            df[c] = df[c].astype(object)
        pos = df.columns.get_loc(c)
        for start in range(0, len(df), chunk_rows):
            part = df.iloc[start:start + chunk_rows, pos].tolist()
            todo = [i for i, v in enumerate(part) if not _is_null(v) and not
                    (isinstance(v, str) and v.startswith(current))]
            if not todo:
                continue
            plain = decrypt_values([part[i] for i in todo], keyring, table=table,
                                   column=str(c), engines=engines)
            sealed = encrypt_values(plain, keyring, table=table, column=str(c), cipher=cipher)
            for i, v in zip(todo, sealed):
                part[i] = v
            df.iloc[start:start + chunk_rows, pos] = part
            done += len(todo)
    _audit.emit("reencrypt", count=done, key_version=keyring.active_version,
                key_id=keyring.key_id(), details={"table": _audit.names(table)[0],
                                                  "columns": len(cols), "rows": len(df),
                                                  "algorithm": ALGORITHMS[alg][0]})
    return done


def reencrypt_file(src: str | os.PathLike[str], dst: str | os.PathLike[str], keyring: Any,
                   columns: Sequence[Any] | None = None, *, table: str = "",
                   cipher: str | None = None, chunk_rows: int = 50_000) -> int:
    """Re-encrypt a file (CSV, TSV, JSON Lines, Parquet) chunk by chunk into ``dst`` (written
    to a temporary file and renamed, so ``dst`` may be ``src``); returns the count."""
    from cnpii._atomic import staged
    from cnpii.dataframe._io import ChunkWriter, detect_format, read_chunks

    src, dst = Path(src), Path(dst)
    in_fmt, out_fmt = detect_format(src), detect_format(dst)
    total = 0
    with staged(dst, suffix=dst.suffix) as st:
        writer = ChunkWriter(st.path, out_fmt)
        st.on_abort(writer.close)
        for chunk in read_chunks(src, in_fmt, chunk_rows=chunk_rows):
            frame = chunk.frame
            cols = _columns(frame, columns, encrypted=True) if columns is None else list(columns)
            total += reencrypt_frame(frame, keyring, cols, table=table, cipher=cipher,
                                     chunk_rows=chunk_rows)
            writer.write(frame, chunk.keys if out_fmt == "jsonl" else None)
        writer.close()
    return total

from cnpii._args import guard_module as _guard_module  # noqa: E402

_guard_module(globals())  # cnpii._args: typed, quiet errors (issue 11)

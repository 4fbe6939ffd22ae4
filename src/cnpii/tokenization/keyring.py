"""Keys for tokenization: ids, versions, one active key, rotation, loading, safe pickling.

A :class:`Keyring` holds one 32-byte master key per version. Working keys (FF1, SIV) are derived
from it with HKDF-SHA256, one per purpose and cipher, so one master key never serves two
algorithms. Key bytes never appear in a ``repr``, a log line or an exception, and a keyring
pickles to a *reference* (environment variable, file path, KMS id) that a worker resolves again,
never to the key bytes.

>>> kr = Keyring.generate()
>>> kr
Keyring(name='cnpii', versions=[1], active=1, cipher='AES')
>>> kr.rotate()
2
>>> kr.active_version, kr.key_id(2)
(2, 'k2')

Loading: :meth:`Keyring.from_file` and :meth:`Keyring.from_env` read the JSON document
written by :meth:`Keyring.to_json`; both accept ``unwrap=`` to unwrap keys stored wrapped by a
KMS or HSM, and :meth:`Keyring.from_kms` calls a user function that returns the document.
"""

from __future__ import annotations

import base64
import binascii
import importlib
import json
import os
import re
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Mapping

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from cnpii.audit import _runtime as _audit
from cnpii.errors import KeyringError
from cnpii.hazmat.fpe import FF1
from cnpii.tokenization._siv import SIV

__all__ = ["Keyring", "KeyReference", "DEFAULT_ENV_VAR", "Unwrap"]

#: where :meth:`Keyring.from_env` looks by default
DEFAULT_ENV_VAR = "CNPII_KEYRING"
_MASTER_LEN = 32
_FORMAT = "cnpii-keyring/1"
#: what the key id part of an opaque token can hold (cnpii.tokenization.OPAQUE_PATTERN)
_KEY_ID = re.compile(r"[A-Za-z0-9_-]{1,32}")

#: unwraps one wrapped key (bytes in, key bytes out), e.g. a KMS ``decrypt`` call
Unwrap = Callable[[bytes], bytes]


@dataclass(frozen=True)
class KeyReference:
    """Where a keyring's keys live: what a pickled :class:`Keyring` carries instead of keys.

    ``kind`` is ``"env"``, ``"file"`` or ``"kms"``; ``location`` the variable name, path or KMS
    id; ``unwrap`` an importable ``"module:function"`` that unwraps keys (or, for ``"kms"``,
    returns the keyring document), resolved again by the worker that unpickles.
    """

    kind: str
    location: str
    unwrap: str | None = None

    def resolve(self) -> Keyring:
        """Load the keyring this reference points at."""
        fn = _import_callable(self.unwrap) if self.unwrap else None
        if self.kind == "env":
            return Keyring.from_env(self.location, unwrap=fn)
        if self.kind == "file":
            return Keyring.from_file(self.location, unwrap=fn)
        if self.kind == "kms":
            if fn is None:
                raise KeyringError("a KMS key reference needs an unwrap function")
            return Keyring.from_kms(self.location, fn)
        raise KeyringError("unknown key reference kind")


def _import_callable(path: str) -> Callable[..., Any]:
    module, _, name = path.partition(":")
    try:
        obj = importlib.import_module(module)
        for part in name.split("."):
            obj = getattr(obj, part)
    except (ImportError, AttributeError):
        raise KeyringError("the unwrap function named by the key reference cannot be imported") from None
    return obj  # type: ignore[return-value]


def _callable_path(fn: Callable[..., Any] | None) -> str | None:
    """``module:qualname`` when ``fn`` can be imported again by a worker, else None."""
    if fn is None:
        return None
    module, qual = getattr(fn, "__module__", None), getattr(fn, "__qualname__", "")
    if not module or "<" in qual:
        return None
    return f"{module}:{qual}"


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in pairs:
        if k in out:
            raise ValueError("repeated key")
        out[k] = v
    return out


def _b64decode(text: str) -> bytes:
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raise KeyringError("a key in the keyring document is not valid base64") from None


class Keyring:
    """Versioned master keys with one active version.

    Build one with :meth:`generate`, :meth:`from_file`, :meth:`from_env`, :meth:`from_kms` or
    :meth:`from_json`. ``Keyring(keys)`` from raw bytes works too, but such a keyring cannot be
    pickled (there is nothing to point a worker at): save it and load it from the file.
    """

    __slots__ = ("name", "cipher", "_keys", "_ids", "_active", "_ref", "_cache", "__weakref__")

    def __init__(self, keys: Mapping[int, bytes], *, active: int | None = None,
                 cipher: str = "AES", name: str = "cnpii",
                 ids: Mapping[int, str] | None = None) -> None:
        if not keys:
            raise KeyringError("a keyring needs at least one key")
        if cipher.upper() not in ("AES", "SM4"):
            raise KeyringError("cipher must be 'AES' or 'SM4'")
        if not isinstance(keys, Mapping) or not isinstance(cipher, str):
            raise KeyringError("a keyring is built from a mapping version -> key bytes")
        self._keys: dict[int, bytes] = {}
        for version, material in keys.items():
            if type(version) is not int or version < 1:
                raise KeyringError("key versions are positive integers")
            if not isinstance(material, (bytes, bytearray)):
                raise KeyringError("a master key is bytes")
            if len(material) != _MASTER_LEN:
                raise KeyringError(f"a master key is exactly {_MASTER_LEN} bytes")
            self._keys[version] = bytes(material)
        self._ids = {v: (ids or {}).get(v, f"k{v}") for v in self._keys}
        for kid in self._ids.values():
            if not isinstance(kid, str) or not _KEY_ID.fullmatch(kid):
                raise KeyringError("a key id is 1 to 32 of A-Z, a-z, 0-9, '_' and '-' (what an "
                                   "opaque token can carry)")
        if len(set(self._ids.values())) != len(self._ids):
            raise KeyringError("key ids must be unique")
        self._active = max(self._keys) if active is None else active
        if type(self._active) is not int or self._active not in self._keys:
            raise KeyringError("the active version is not in the keyring")
        self.cipher = cipher.upper()
        self.name = name
        self._ref: KeyReference | None = None
        self._cache: dict[tuple[Any, ...], Any] = {}

    # -- never show key bytes ------------------------------------------------------------------
    def __repr__(self) -> str:
        return (f"Keyring(name={self.name!r}, versions={self.versions}, active={self._active}, "
                f"cipher={self.cipher!r})")

    __str__ = __repr__

    def __reduce__(self) -> tuple[Any, ...]:
        if self._ref is None:
            raise TypeError("this keyring has no key reference (environment variable, file or "
                            "KMS id) to pickle; key bytes are never pickled. Save it with "
                            "to_file() or load it with from_env()/from_file()/from_kms()")
        return (KeyReference.resolve, (self._ref,))

    def __eq__(self, other: object) -> bool:  # identity of keys, without exposing them
        if not isinstance(other, Keyring):
            return NotImplemented
        return (self._keys == other._keys and self._active == other._active
                and self.cipher == other.cipher)

    __hash__ = None  # type: ignore[assignment]

    # -- facts ---------------------------------------------------------------------------------
    @property
    def versions(self) -> list[int]:
        """Key versions, oldest first."""
        return sorted(self._keys)

    @property
    def active_version(self) -> int:
        """The version new tokens are made with."""
        return self._active

    @property
    def reference(self) -> KeyReference | None:
        """Where the keys were loaded from (what pickling carries), if anywhere."""
        return self._ref

    def key_id(self, version: int | None = None) -> str:
        """The id of a version (default: the active one), as written into opaque tokens."""
        return self._ids[self._check(version)]

    def version_of(self, key_id: str) -> int:
        """The version with this id; :class:`KeyringError` if there is none."""
        for v, kid in self._ids.items():
            if kid == key_id:
                return v
        raise KeyringError("no key with this id in the keyring")

    def _check(self, version: int | None) -> int:
        v = self._active if version is None else version
        if v not in self._keys:
            raise KeyringError("no key with this version in the keyring")
        return v

    # -- lifecycle -----------------------------------------------------------------------------
    @classmethod
    def generate(cls, *, cipher: str = "AES", name: str = "cnpii") -> Keyring:
        """A keyring with one fresh random key (``secrets.token_bytes``)."""
        kr = cls({1: secrets.token_bytes(_MASTER_LEN)}, cipher=cipher, name=name)
        _audit.emit_key("key_create", kr, 1)  # audit (a no-op when off)
        return kr

    def rotate(self) -> int:
        """Add a fresh key as the next version and make it active; returns the new version.

        Old versions stay so that existing tokens can still be detokenized or rewrapped
        (:meth:`cnpii.Tokenizer.rewrap`); :meth:`retire` removes one when nothing uses it.
        The keyring no longer matches where it was loaded from: save it (:meth:`to_file`).
        """
        version = max(self._keys) + 1
        kid = f"k{version}"
        while kid in self._ids.values():
            kid += "_"
        self._keys[version] = secrets.token_bytes(_MASTER_LEN)
        self._ids[version] = kid
        self._active = version
        self._ref = None
        _audit.emit_key("key_rotate", self, version)  # audit (a no-op when off)
        return version

    def activate(self, version: int) -> None:
        """Make an existing version the active one."""
        self._active = self._check(version)
        self._ref = None

    def retire(self, version: int) -> None:
        """Remove a version that is no longer active; its tokens become unrecoverable."""
        if self._check(version) == self._active:
            raise KeyringError("the active key cannot be retired")
        kid = self._ids[version]
        del self._keys[version]
        del self._ids[version]
        self._cache.clear()
        self._ref = None
        _audit.emit_key("key_retire", self, version, key_id=kid)  # audit (a no-op when off)

    # -- serialisation -------------------------------------------------------------------------
    def to_json(self, *, wrap: Callable[[bytes], bytes] | None = None) -> str:
        """The keyring document, keys base64-encoded (or wrapped by ``wrap``). Store it as a
        secret: unless ``wrap`` is given it contains the key bytes."""
        keys = []
        for v in self.versions:
            material = self._keys[v]
            entry: dict[str, Any] = {"version": v, "id": self._ids[v]}
            if wrap is None:
                entry["key"] = base64.b64encode(material).decode("ascii")
            else:
                entry["wrapped"] = base64.b64encode(wrap(material)).decode("ascii")
            keys.append(entry)
        doc = {"format": _FORMAT, "name": self.name, "cipher": self.cipher,
               "active": self._active, "keys": keys}
        return json.dumps(doc, indent=2)

    def to_file(self, path: str | os.PathLike[str], *,
                wrap: Callable[[bytes], bytes] | None = None,
                unwrap: Unwrap | None = None) -> None:
        """Write the document to ``path`` (mode 0600) and point the keyring's reference at it.
        Give ``unwrap`` (an importable function) when ``wrap`` is used."""
        p = Path(path)
        fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(self.to_json(wrap=wrap))
        self._ref = KeyReference("file", str(p.resolve()), _callable_path(unwrap))

    @classmethod
    def from_json(cls, document: str | bytes | Mapping[str, Any], *,
                  unwrap: Unwrap | None = None) -> Keyring:
        """A keyring from its JSON document (see :meth:`to_json`).

        A bare base64 string is accepted too, as a one-key keyring (version 1).
        """
        if isinstance(document, (str, bytes)):
            text = document.decode("utf-8") if isinstance(document, bytes) else document
            text = text.strip()
            if not text.startswith("{"):
                return cls({1: _b64decode(text)})
            try:
                doc = json.loads(text, object_pairs_hook=_no_duplicate_keys)
            except ValueError:
                raise KeyringError("the keyring document is not valid JSON or repeats a key"
                                   ) from None
        else:
            doc = dict(document)
        if not isinstance(doc, dict) or not isinstance(doc.get("keys"), list):
            raise KeyringError("the keyring document has no 'keys' list")
        keys: dict[int, bytes] = {}
        ids: dict[int, str] = {}
        for entry in doc["keys"]:
            if not isinstance(entry, Mapping):
                raise KeyringError("a key entry is not an object")
            version = entry.get("version")
            if type(version) is not int:
                raise KeyringError("a key entry has no valid 'version'")
            if version in keys:
                raise KeyringError("the keyring document repeats a key version")
            if "key" in entry:
                keys[version] = _b64decode(str(entry["key"]))
            elif "wrapped" in entry:
                if unwrap is None:
                    raise KeyringError("the keyring holds wrapped keys; pass unwrap=")
                try:
                    keys[version] = bytes(unwrap(_b64decode(str(entry["wrapped"]))))
                except KeyringError:
                    raise
                except Exception:  # the unwrapper's own error may quote key material
                    raise KeyringError("a wrapped key could not be unwrapped") from None
            else:
                raise KeyringError("a key entry has neither 'key' nor 'wrapped'")
            kid = entry.get("id", f"k{version}")
            if not isinstance(kid, str):
                raise KeyringError("a key id is a string")
            ids[version] = kid
        return cls(keys, active=doc.get("active"), cipher=str(doc.get("cipher", "AES")),
                   name=str(doc.get("name", "cnpii")), ids=ids)

    @classmethod
    def from_file(cls, path: str | os.PathLike[str], *, unwrap: Unwrap | None = None) -> Keyring:
        """Load the document from a file. Pickles as a reference to this path."""
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError:
            raise KeyringError("the keyring file cannot be read") from None
        kr = cls.from_json(text, unwrap=unwrap)
        kr._ref = KeyReference("file", str(Path(path).resolve()), _callable_path(unwrap))
        return kr

    @classmethod
    def from_env(cls, var: str = DEFAULT_ENV_VAR, *, unwrap: Unwrap | None = None) -> Keyring:
        """Load the document (or one base64 key) from an environment variable."""
        text = os.environ.get(var)
        if not text:
            raise KeyringError("the keyring environment variable is not set")
        kr = cls.from_json(text, unwrap=unwrap)
        kr._ref = KeyReference("env", var, _callable_path(unwrap))
        return kr

    @classmethod
    def from_kms(cls, key_id: str,
                 fetch: Callable[[str], str | bytes | Mapping[str, Any]]) -> Keyring:
        """Load through a user function: ``fetch(key_id)`` returns the keyring document (with
        plain keys), for example after a KMS or HSM decrypt. For pickling to work, ``fetch``
        must be an importable top-level function."""
        try:
            doc = fetch(key_id)
        except Exception:
            raise KeyringError("the KMS fetch function failed") from None
        kr = cls.from_json(doc)
        kr._ref = KeyReference("kms", key_id, _callable_path(fetch))
        return kr

    def derive_key(self, label: bytes, length: int = 32, *, version: int | None = None) -> bytes:
        """A sub-key for ``label`` from a version's master key (default: the active one), by
        HKDF-SHA256. Other keyed parts of cnpii (HMAC, synthetic operators) use this so they
        never touch master keys; labels starting with ``cnpii/ff1`` or ``cnpii/siv`` are
        reserved for tokenization.

        >>> kr = Keyring({1: bytes(32)})
        >>> len(kr.derive_key(b"cnpii/operators")), kr.derive_key(b"a") != kr.derive_key(b"b")
        (32, True)
        """
        if label.startswith((b"cnpii/ff1", b"cnpii/siv")):
            raise KeyringError("this label is reserved for tokenization keys")
        return self._derive(self._check(version), label, length)

    # -- working keys (private to cnpii.tokenization) --------------------------------------------
    def _derive(self, version: int, purpose: bytes, length: int) -> bytes:
        hkdf = HKDF(algorithm=hashes.SHA256(), length=length, salt=b"cnpii-keyring/1",
                    info=purpose)
        return hkdf.derive(self._keys[version])

    def _ff1(self, version: int | None, radix: int, alphabet: str | None = None) -> FF1:
        v = self._check(version)
        key = ("ff1", v, radix, alphabet)
        ff1 = self._cache.get(key)
        if ff1 is None:
            size = 32 if self.cipher == "AES" else 16
            material = self._derive(v, b"cnpii/ff1/" + self.cipher.encode(), size)
            ff1 = self._cache[key] = FF1(material, radix, alphabet=alphabet, cipher=self.cipher)
        return ff1  # type: ignore[no-any-return]

    def _siv(self, version: int | None) -> SIV:
        v = self._check(version)
        key = ("siv", v)
        siv = self._cache.get(key)
        if siv is None:
            size = 64 if self.cipher == "AES" else 32
            material = self._derive(v, b"cnpii/siv/" + self.cipher.encode(), size)
            siv = self._cache[key] = SIV(material, self.cipher)
        return siv  # type: ignore[no-any-return]

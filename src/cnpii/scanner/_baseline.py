"""Baselines: findings accepted once, recognised later without ever storing the value.

With a key (``CNPII_BASELINE_KEY``, at least 16 characters, kept out of the repository), each
entry holds a keyed HMAC-SHA256 of the entity and the value (digits and letters only, upper
case). An entry matches a finding in the same file with the same entity and the same value,
whatever line it moved to; a different value that masks the same way (``138****5678``)
has another fingerprint and is reported. Without the key nothing about the value can be kept
safely (a mobile number has 10^8 possibilities; an unkeyed hash is brute-forced in seconds),
so entries fall back to file, line and entity, and the caller says so.

>>> fp = value_fingerprint(b"k" * 16, "CN_MOBILE_PHONE", "138 1234 5678")
>>> fp == value_fingerprint(b"k" * 16, "CN_MOBILE_PHONE", "13812345678")
True
>>> fp == value_fingerprint(b"k" * 16, "CN_MOBILE_PHONE", "13899995678")
False
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
from typing import Any, Iterable

from cnpii._atomic import staged
from cnpii.errors import CnpiiError

__all__ = ["BASELINE_VERSION", "KEY_ENV", "BaselineError", "Baseline", "baseline_key",
           "value_fingerprint", "place_fingerprint", "key_id"]

BASELINE_VERSION = 2
KEY_ENV = "CNPII_BASELINE_KEY"
_MIN_KEY = 16
_CANON = re.compile(r"[\s\-]")


class BaselineError(CnpiiError, ValueError):
    """A baseline file or key that cannot be used."""

    default_message = "the baseline cannot be used"


def baseline_key(environ: dict[str, str] | None = None) -> bytes | None:
    """The baseline key from ``CNPII_BASELINE_KEY`` (``None`` when unset). Never printed."""
    value = (environ if environ is not None else os.environ).get(KEY_ENV)
    if not value:
        return None
    if len(value) < _MIN_KEY:
        raise BaselineError(f"{KEY_ENV} is too short (at least {_MIN_KEY} characters)")
    return value.encode("utf-8")


def value_fingerprint(key: bytes, entity: str, value: str) -> str:
    """A keyed fingerprint of one value (32 hex digits)."""
    canon = _CANON.sub("", value).upper()
    msg = "\0".join(("cnpii-baseline-v2", str(entity), canon)).encode("utf-8", "surrogatepass")
    return hmac.new(key, msg, hashlib.sha256).hexdigest()[:32]


def place_fingerprint(path: str, line: int | str, entity: str, commit: str | None = None) -> str:
    """The keyless fallback: a fingerprint of the place only (file, line, entity)."""
    msg = "\0".join(("cnpii-baseline-v2-place", commit or "", path, str(line), str(entity)))
    return hashlib.sha256(msg.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def key_id(key: bytes | None) -> str | None:
    """A short id of the key (to tell a baseline written with another key); not the key."""
    if key is None:
        return None
    return hmac.new(key, b"cnpii-baseline-key-id", hashlib.sha256).hexdigest()[:16]


def _match_key(entry: dict[str, Any]) -> tuple[str, str, str]:
    return (str(entry.get("path", "")), str(entry.get("entity", "")), str(entry.get("fingerprint", "")))


class Baseline:
    """The accepted findings of a baseline file.

    ``entries`` are dicts with ``path``, ``entity``, ``fingerprint`` (and, for people reading
    the file, ``line`` and ``masked``). :meth:`known` tells whether a finding is accepted.
    """

    def __init__(self, entries: Iterable[dict[str, Any]] = (), *, keyed: bool,
                 key_id: str | None = None) -> None:
        self.entries = list(entries)
        self.keyed = keyed
        self.key_id = key_id
        self._index = {_match_key(e) for e in self.entries}

    def known(self, record: dict[str, Any]) -> bool:
        return _match_key(record) in self._index

    def add(self, record: dict[str, Any]) -> bool:
        k = _match_key(record)
        if k in self._index:
            return False
        self._index.add(k)
        self.entries.append({f: record[f] for f in ("path", "line", "entity", "masked", "fingerprint")}
                            | ({"commit": record["commit"]} if record.get("commit") else {}))
        return True

    @classmethod
    def load(cls, path: str, key: bytes | None) -> "Baseline":
        """Read a baseline; raise :class:`BaselineError` when it is not one or was written with
        another key (or with a key when none is set, or the other way round)."""
        try:
            with open(path, encoding="utf-8") as fh:
                data = json.load(fh)
        except OSError:
            raise BaselineError(f"cannot read {os.path.basename(path)}") from None
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise BaselineError(f"not a cnpii baseline: {os.path.basename(path)}") from None
        if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
            raise BaselineError(f"not a cnpii baseline: {os.path.basename(path)}")
        if data.get("version") != BASELINE_VERSION:
            raise BaselineError(f"not a cnpii baseline (version {BASELINE_VERSION}): "
                                f"{os.path.basename(path)}; write it again with --write-baseline")
        keyed = bool(data.get("keyed"))
        if keyed and key is None:
            raise BaselineError(f"the baseline was written with a key: set {KEY_ENV}")
        if keyed and data.get("key_id") != key_id(key):
            raise BaselineError(f"the baseline was written with another {KEY_ENV}")
        if not keyed and key is not None:
            raise BaselineError(f"the baseline was written without a key; write it again with "
                                f"{KEY_ENV} set (--write-baseline)")
        entries = [e for e in data["findings"] if isinstance(e, dict) and "fingerprint" in e]
        return cls(entries, keyed=keyed, key_id=data.get("key_id"))

    def dump(self, path: str) -> None:
        entries = sorted(self.entries, key=lambda e: (str(e.get("path")), str(e.get("commit", "")),
                                                      int(e.get("line", 0)), str(e.get("entity")),
                                                      str(e.get("fingerprint"))))
        data = {"version": BASELINE_VERSION, "tool": "cnpii scan", "keyed": self.keyed,
                "key_id": self.key_id,
                "matching": "path+entity+keyed value fingerprint" if self.keyed
                else "path+line+entity (no key: a changed value on an accepted line passes)",
                "findings": entries}
        # created as open(path, "w") would create it (0o666 less the umask)
        with staged(path, suffix=".tmp", create=0o666) as st, \
                open(st.path, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1)
            fh.write("\n")

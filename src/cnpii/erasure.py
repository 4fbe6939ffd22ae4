"""Crypto-erasure: one key per data subject (or per domain), so destroying it makes that
subject's tokens and ciphertexts unrecoverable, everywhere they were copied; and the grants
report (who may detokenize or decrypt what, for which purpose, and how often they did).

:class:`SubjectKeys` holds a random 32-byte key per subject, wrapped (AES-256-GCM) under a key
derived from the bank's keyring, in a file written atomically. ``keyring_for(subject)`` gives a
one-key :class:`~cnpii.Keyring` to tokenize (:class:`~cnpii.Tokenizer`) or encrypt
(:func:`~cnpii.encrypt_frame`) that subject's data with; :meth:`SubjectKeys.destroy` deletes the
key (audited) and from then on nothing can bring those values back. Subjects are named by a
keyed fingerprint, never by their identifier. Old copies of the key file (backups) hold the key
too: keep it where backups expire, or in a KMS.

>>> import os, tempfile, pandas as pd
>>> from cnpii import Keyring, encrypt_frame, decrypt_frame
>>> from cnpii.encryption import DecryptionError
>>> bank = Keyring({1: bytes(range(32))})
>>> keys = SubjectKeys(os.path.join(tempfile.mkdtemp(), "subjects.json"), bank)
>>> kr = keys.keyring_for("11010519491231002X")
>>> enc = encrypt_frame(pd.DataFrame({"sjh": ["13812345678"]}), kr, table="t")
>>> decrypt_frame(enc, keys.keyring_for("11010519491231002X"), table="t")["sjh"][0]
'13812345678'
>>> keys.destroy("11010519491231002X")
True
>>> keys.keyring_for("11010519491231002X", create=False)
Traceback (most recent call last):
...
cnpii.errors.KeyringError: no key for this subject (never created, or destroyed)
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from cnpii._atomic import staged
from cnpii.audit import _runtime as _audit
from cnpii.errors import KeyringError

__all__ = ["SubjectKeys", "GrantUse", "grants_report"]

_FORMAT = "cnpii-subject-keys/1"
_WRAP_LABEL = b"cnpii/subject-keys/wrap"


class SubjectKeys:
    """Per-subject (or per-domain) keys in ``path``, wrapped under ``keyring``."""

    def __init__(self, path: str | os.PathLike[str], keyring: Any) -> None:
        self.path = Path(path)
        self.keyring = keyring
        self._lock = threading.Lock()
        self._entries: dict[str, dict[str, Any]] = {}
        if self.path.exists():
            try:
                doc = json.loads(self.path.read_text(encoding="utf-8"))
                if doc.get("format") != _FORMAT or not isinstance(doc.get("subjects"), dict):
                    raise ValueError
                self._entries = dict(doc["subjects"])
            except (OSError, ValueError, AttributeError):
                raise KeyringError("the subject key file cannot be read") from None

    def __repr__(self) -> str:
        return f"SubjectKeys(path={str(self.path)!r}, subjects={len(self._entries)})"

    def __reduce__(self) -> None:  # type: ignore[override]
        raise TypeError("subject keys are not pickled; open the file again in the worker")

    def _fp(self, subject: str) -> str:
        from cnpii.corrections import CorrectionError, customer_fingerprint

        try:
            return customer_fingerprint(subject, self.keyring)
        except CorrectionError:
            raise KeyringError("a subject is a non-empty string and needs a keyring") from None

    def _aead(self, version: int) -> Any:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        return AESGCM(self.keyring.derive_key(_WRAP_LABEL, version=version))

    def _save(self) -> None:
        doc = {"format": _FORMAT, "subjects": self._entries}
        with staged(self.path, mode=0o600) as st, \
                open(st.path, "w", encoding="utf-8") as fh:
            json.dump(doc, fh, sort_keys=True)

    def __contains__(self, subject: str) -> bool:
        return self._fp(subject) in self._entries

    def keyring_for(self, subject: str, *, create: bool = True) -> Any:
        """The subject's one-key keyring (created and saved when missing, unless
        ``create=False``); :class:`KeyringError` when it was destroyed."""
        from cnpii.tokenization import Keyring

        fp = self._fp(subject)
        with self._lock:
            entry = self._entries.get(fp)
            if entry is None:
                if not create:
                    raise KeyringError("no key for this subject (never created, or destroyed)")
                version = self.keyring.active_version
                material, nonce = secrets.token_bytes(32), secrets.token_bytes(12)
                wrapped = self._aead(version).encrypt(nonce, material, fp.encode())
                entry = {"v": version, "w": base64.b64encode(nonce + wrapped).decode("ascii")}
                self._entries[fp] = entry
                self._save()
                _audit.emit("key_create", key_version=version,
                            details={"subject": fp, "kind": "subject key"})
            try:
                blob = base64.b64decode(entry["w"])
                material = self._aead(int(entry["v"])).decrypt(blob[:12], blob[12:], fp.encode())
            except Exception:
                raise KeyringError("the subject key cannot be unwrapped with this keyring") from None
        return Keyring({1: material}, name=f"subject-{fp[:8]}",
                       cipher=getattr(self.keyring, "cipher", "AES"))

    def destroy(self, subject: str, *, reason: str | None = None) -> bool:
        """Delete the subject's key (crypto-erasure; audited). True when there was one."""
        fp = self._fp(subject)
        with self._lock:
            if fp not in self._entries:
                return False
            _audit.emit("key_destroy", reason=reason, details={"subject": fp,
                                                              "kind": "subject key"})
            del self._entries[fp]
            self._save()
        return True

    def subjects(self) -> list[str]:
        """The fingerprints of the subjects that have a key."""
        return sorted(self._entries)


@dataclass(frozen=True)
class GrantUse:
    """One grant and the audit behind it."""

    role: str
    entity: str
    purpose: str
    ok: int
    denied: int
    last_used: str | None

    @property
    def unused(self) -> bool:
        return self.ok == 0


def _matches(grant: Any, event: dict[str, Any]) -> bool:
    return all(getattr(grant, k) in ("*", event.get(k)) for k in ("role", "entity", "purpose"))


def grants_report(grants: Any, audit_store: str | os.PathLike[str] | Iterable[dict[str, Any]],
                  *, actions: tuple[str, ...] = ("detokenize", "decrypt")) -> dict[str, Any]:
    """Least privilege at a glance: for each grant (``grants`` as a :class:`~cnpii.Tokenizer`
    takes them, or a Tokenizer), how many detokenizations/decryptions it allowed (``ok``), how
    many refusals fell under it, when it was last used, and whether it is unused; plus the
    refusals no grant covers (someone asked for what they may not have).

    >>> r = grants_report({"fraud": {"CN_BANK_CARD": ["investigation"]}, "ops": {"*": ["kyc"]}},
    ...     [{"action": "detokenize", "role": "fraud", "entity": "CN_BANK_CARD",
    ...       "purpose": "investigation", "outcome": "ok", "count": 3, "time": "2026-01-01"}])
    >>> [(g.role, g.ok, g.unused) for g in r["grants"]]
    [('fraud', 3, False), ('ops', 0, True)]
    """
    from cnpii.audit.verify import iter_events
    from cnpii.tokenization.tokenizer import _grants_from

    spec = getattr(grants, "_grants", None)
    gset = spec if spec is not None else _grants_from(grants)
    ordered = sorted(gset)
    ok = {g: 0 for g in ordered}
    denied = {g: 0 for g in ordered}
    last: dict[Any, str | None] = {g: None for g in ordered}
    uncovered: dict[tuple[Any, ...], int] = {}
    events = iter_events(audit_store) if isinstance(audit_store, (str, os.PathLike)) else audit_store
    for e in events:
        if e.get("action") not in actions:
            continue
        hit = [g for g in ordered if _matches(g, e)]
        n = int(e.get("count") or 0) or 1
        if e.get("outcome") == "ok":
            for g in hit:
                ok[g] += n
                last[g] = max(filter(None, (last[g], e.get("time"))), default=None)
        elif e.get("outcome") == "denied":
            for g in hit:
                denied[g] += n
            if not hit:
                k = (e.get("role"), e.get("entity"), e.get("purpose"))
                uncovered[k] = uncovered.get(k, 0) + n
    return {"grants": [GrantUse(g.role, g.entity, g.purpose, ok[g], denied[g], last[g])
                       for g in ordered],
            "refused_without_grant": [{"role": r, "entity": en, "purpose": p, "count": n}
                                      for (r, en, p), n in sorted(uncovered.items(),
                                                                  key=lambda kv: str(kv[0]))]}

from cnpii._args import guard_module as _guard_module  # noqa: E402

_guard_module(globals())  # cnpii._args: typed, quiet errors (issue 11)

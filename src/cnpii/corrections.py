"""Corrections made at a customer's request, recorded on the audit chain.

Who corrected which field of which customer, the old and new values *masked*, the reason (itself
scanned and masked), the approval reference and the time. The customer is named by a keyed
fingerprint (HMAC-SHA256 under a key derived from the keyring), never by the identifier: the
trail can be searched for one customer by whoever holds the keyring, and says nothing to anyone
else. Records go to a chained audit store (JSON Lines, SQLite or PostgreSQL, see
:mod:`cnpii.audit`), so a correction history that was edited does not verify.

>>> import tempfile, os
>>> from cnpii import Keyring
>>> from cnpii.audit import JsonLinesSink
>>> log = os.path.join(tempfile.mkdtemp(), "corrections.jsonl")
>>> book = Corrections(JsonLinesSink(log, key=b"k" * 32), Keyring({1: bytes(range(32))}))
>>> c = book.record("11010519491231002X", "mobile", "13812345678", "13987654321",
...                 actor="teller-7", reason="客户来电更正手机号", approval="CR-2026-0042")
>>> c.old, c.new, c.field
('138****5678', '139****4321', 'mobile')
>>> [h.approval for h in book.history("11010519491231002X", log)]
['CR-2026-0042']
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import json
import os
import unicodedata
from dataclasses import asdict, dataclass
from typing import Any, Iterator

from cnpii.audit.events import AuditEvent, mask_free_text, utc_now
from cnpii.audit.verify import iter_events
from cnpii.entities import Entity
from cnpii.errors import CnpiiError

__all__ = ["Corrections", "Correction", "customer_fingerprint", "CorrectionError"]

_FP_LABEL = b"cnpii/corrections/customer-fingerprint"


class CorrectionError(CnpiiError, ValueError):
    """A correction cannot be recorded as asked (missing approval, bad arguments)."""

    default_message = "the correction cannot be recorded"


def customer_fingerprint(customer_id: str, keyring: Any) -> str:
    """The keyed fingerprint of a customer identifier: 32 hex digits, the same for the same
    identifier (NFKC, spaces and case folded) under the same keyring, unlinkable without it.

    >>> from cnpii import Keyring
    >>> kr = Keyring({1: bytes(range(32))})
    >>> customer_fingerprint("11010519491231002x", kr) == customer_fingerprint("110105 19491231002X", kr)
    True
    """
    if not isinstance(customer_id, str) or not customer_id.strip():
        raise CorrectionError("a customer identifier is a non-empty string")
    try:
        key = keyring.derive_key(_FP_LABEL, version=keyring.versions[0])
    except Exception:
        raise CorrectionError("a keyring (cnpii.Keyring) is needed for customer fingerprints") from None
    norm = "".join(unicodedata.normalize("NFKC", customer_id).split()).upper()
    return hmac.new(key, norm.encode("utf-8"), hashlib.sha256).hexdigest()[:32]


@dataclass(frozen=True)
class Correction:
    """One recorded correction; every value in it is masked."""

    customer: str
    field: str
    old: str | None
    new: str | None
    actor: str
    reason: str | None
    approval: str
    time: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _mask_value(value: Any, entity: Entity | None) -> str | None:
    """A value as it may be stored: masked by its entity's rule, else every finding masked;
    text in which nothing is found is masked whole (fail closed)."""
    if value is None:
        return None
    text = str(value)
    if not text:
        return text
    from cnpii.masking._common import resolve_policy

    resolved = resolve_policy(None, None, None, None)
    if entity is not None:
        try:
            out = resolved.apply(text, entity)
        except CnpiiError:
            out = None
        if out is not None and out != text:
            return out
    masked = mask_free_text(text) or ""
    if masked == text:  # nothing recognised: keep no character of it but its length
        return "*" * len(text)
    return masked


class Corrections:
    """Record corrections into an audit ``sink`` (``None``: the library-wide sinks of
    :func:`cnpii.audit.configure`) and read a customer's history back.

    ``keyring`` keys the customer fingerprints (derived key; the keyring's master keys are never
    used directly). ``require_approval`` (default True) refuses a correction without an
    approval reference.
    """

    def __init__(self, sink: Any, keyring: Any, *, require_approval: bool = True) -> None:
        if sink is not None and not hasattr(sink, "emit"):
            raise CorrectionError("Corrections needs an audit sink (anything with emit(event)), "
                                  "or None for the library-wide one (cnpii.audit.configure)")
        self.sink = sink
        self.keyring = keyring
        self.require_approval = require_approval

    def __repr__(self) -> str:
        return f"Corrections(sink={self.sink!r})"

    def record(self, customer_id: str, field: str, old: Any, new: Any, *, actor: str,
               reason: str, approval: str | None = None, entity: Entity | str | None = None,
               role: str | None = None) -> Correction:
        """Record that ``actor`` changed ``field`` of the customer from ``old`` to ``new``.

        ``entity`` says how to mask the values (default: from the field name, as the masking
        of a column with that name would). Raises :class:`~cnpii.errors.AuditError` when the
        record cannot be written (the correction must then not be applied).
        """
        from cnpii.masking._columns import entity_from_name

        if not isinstance(field, str) or not field:
            raise CorrectionError("a correction names the field it changes")
        if not isinstance(actor, str) or not actor:
            raise CorrectionError("a correction names who made it (actor)")
        if self.require_approval and not approval:
            raise CorrectionError("a correction needs an approval reference")
        ent = Entity(entity) if entity is not None else entity_from_name(field)
        fp = customer_fingerprint(customer_id, self.keyring)
        c = Correction(customer=fp, field=field, old=_mask_value(old, ent),
                       new=_mask_value(new, ent), actor=actor, reason=mask_free_text(reason),
                       approval=mask_free_text(approval) or "", time=utc_now())
        event = AuditEvent(
            action="correct", entity=str(ent) if ent else None, actor=actor, role=role,
            reason=c.reason, count=1, time=c.time,
            details={"customer": fp, "field": field, "old": c.old, "new": c.new,
                     "approval": c.approval})
        if self.sink is not None:
            self.sink.emit(event)
        else:
            from cnpii.audit._runtime import current_sinks, forward

            sinks = current_sinks()
            if not sinks:
                raise CorrectionError("no audit sink: give one, or turn audit on "
                                      "(cnpii.audit.configure)")
            forward(event, sinks)
        return c

    def history(self, customer_id: str, store: str | os.PathLike[str]) -> list[Correction]:
        """The customer's corrections in ``store`` (the target the sink writes), oldest first.
        Verify the store (:func:`cnpii.audit.verify`) to know the history is complete."""
        return list(self._iter(customer_fingerprint(customer_id, self.keyring), store))

    def _iter(self, fp: str, store: str | os.PathLike[str]) -> Iterator[Correction]:
        for e in iter_events(store):
            d = e.get("details") or {}
            if e.get("action") != "correct" or d.get("customer") != fp:
                continue
            yield Correction(customer=fp, field=d.get("field"), old=d.get("old"),
                             new=d.get("new"), actor=e.get("actor"), reason=e.get("reason"),
                             approval=d.get("approval"), time=e.get("time"))

    def export(self, customer_id: str, store: str | os.PathLike[str], *,
               format: str = "csv") -> str:
        """The customer's history as CSV or JSON text (for the customer, or a regulator)."""
        rows = [c.to_dict() for c in self.history(customer_id, store)]
        if format == "json":
            return json.dumps(rows, ensure_ascii=False, indent=2)
        if format != "csv":
            raise CorrectionError("export format is 'csv' or 'json'")
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=list(Correction.__dataclass_fields__))
        writer.writeheader()
        writer.writerows(rows)
        return buf.getvalue()

"""Audit events: who did what to which kind of data, when, why and with which key. Never values.

>>> e = AuditEvent(action="detokenize", actor="alice", role="fraud", entity="CN_RESIDENT_ID",
...                domain="CN_RESIDENT_ID", purpose="investigation", count=3, key_version=2,
...                outcome="ok", time="2026-01-01T00:00:00Z")
>>> e.to_dict()["count"], e.to_dict()["outcome"]
(3, 'ok')

The free-text ``reason`` is scanned for personal information and masked before the event
exists, so a reason that quotes a customer never reaches a sink:

>>> AuditEvent(action="correct", reason="客户13812345678要求更正").reason
'客户138****5678要求更正'
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import asdict, dataclass, field
from typing import Any

from cnpii.errors import AuditError

__all__ = ["AuditEvent", "ACTIONS", "OUTCOMES", "utc_now", "mask_free_text"]

#: what happened
ACTIONS = ("tokenize", "detokenize", "rewrap",
           # the library-wide audit (cnpii.audit.configure)
           "mask", "export", "policy_load", "key_create", "key_rotate", "key_retire",
           "key_destroy", "validate", "classify", "correct", "encrypt", "decrypt", "reencrypt",
           "retention_sweep", "check_desensitized", "incident", "cli")
#: how it ended: done, refused by authorisation, or failed (bad tokens, wrong key...)
OUTCOMES = ("ok", "denied", "failed")


def utc_now() -> str:
    """The current time as ISO 8601 UTC with a ``Z``, to the millisecond."""
    now = _dt.datetime.now(_dt.timezone.utc)
    return now.strftime("%Y-%m-%dT%H:%M:%S.") + f"{now.microsecond // 1000:03d}Z"


_LONG_DIGITS = re.compile(r"[0-9０-９]{9,}")


def _hide_digits(m: re.Match[str]) -> str:
    run = m.group(0)
    return "*" * (len(run) - 4) + run[-4:]


def mask_free_text(text: str | None) -> str | None:
    """``text`` with every piece of personal information cnpii finds masked (the default
    policy); used for audit reasons and file names. Fails closed with :class:`AuditError`.
    A run of nine or more digits that detection did not take for an identifier (context can
    make a number look like an order number) keeps only its last four digits.

    >>> mask_free_text("工单：张三 身份证11010519491231002X")
    '工单：张* 身份证1****************X'
    >>> mask_free_text("工单13812345678")
    '工单*******5678'
    """
    if text is None:
        return None
    if not isinstance(text, str):
        raise AuditError("an audit reason must be a string")
    if not text:
        return text
    try:
        from cnpii.masking import mask

        return _LONG_DIGITS.sub(_hide_digits, mask(text))
    except Exception:  # never let a masking failure store the raw text
        raise AuditError("the audit reason could not be masked, so it is not stored") from None


def _plain(value: Any, depth: int = 0) -> Any:
    """Check that ``details`` is plain JSON data: names, counts, flags, nested lists/dicts."""
    if depth > 6:
        raise AuditError("audit details are nested too deeply")
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (list, tuple)):
        return [_plain(v, depth + 1) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v, depth + 1) for k, v in value.items()}
    raise AuditError("audit details hold only names, counts and flags (plain JSON data)")


@dataclass(frozen=True)
class AuditEvent:
    """One audited operation. Fields carry names, counts and versions, never protected values.

    ``details`` holds what else the action needs to be traced (input and output names, rows,
    counts per entity, policy id and content hash...), as plain JSON data.
    """

    action: str
    entity: str | None = None
    outcome: str = "ok"
    count: int = 0
    actor: str | None = None
    role: str | None = None
    purpose: str | None = None
    reason: str | None = None
    domain: str | None = None
    key_version: int | None = None
    key_id: str | None = None
    time: str = field(default_factory=utc_now)
    details: dict[str, Any] | None = None

    def __post_init__(self) -> None:
        if self.reason:
            object.__setattr__(self, "reason", mask_free_text(self.reason))
        if self.details is not None:
            object.__setattr__(self, "details", _plain(dict(self.details)))

    def to_dict(self) -> dict[str, Any]:
        """A plain dict, ready for JSON (``details`` only when there are any)."""
        d = asdict(self)
        if d.get("details") is None:
            d.pop("details", None)
        return d


from cnpii._args import guard_module as _guard_module  # noqa: E402

_guard_module(globals(), ["AuditEvent"])  # cnpii._args: typed, quiet errors (issue 11)

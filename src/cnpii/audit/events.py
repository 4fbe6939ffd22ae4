"""Audit events: who did what to which kind of data, when, why and with which key. Never values.

>>> e = AuditEvent(action="detokenize", actor="alice", role="fraud", entity="CN_RESIDENT_ID",
...                domain="CN_RESIDENT_ID", purpose="investigation", count=3, key_version=2,
...                outcome="ok", time="2026-01-01T00:00:00Z")
>>> e.to_dict()["count"], e.to_dict()["outcome"]
(3, 'ok')
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = ["AuditEvent", "ACTIONS", "OUTCOMES", "utc_now"]

#: what happened
ACTIONS = ("tokenize", "detokenize", "rewrap")
#: how it ended: done, refused by authorisation, or failed (bad tokens, wrong key...)
OUTCOMES = ("ok", "denied", "failed")


def utc_now() -> str:
    """The current time as ISO 8601 UTC with a ``Z``, to the millisecond."""
    now = _dt.datetime.now(_dt.timezone.utc)
    return now.strftime("%Y-%m-%dT%H:%M:%S.") + f"{now.microsecond // 1000:03d}Z"


@dataclass(frozen=True)
class AuditEvent:
    """One audited operation. Fields carry names, counts and versions, never protected values."""

    action: str
    entity: str
    outcome: str
    count: int = 0
    actor: str | None = None
    role: str | None = None
    purpose: str | None = None
    reason: str | None = None
    domain: str | None = None
    key_version: int | None = None
    key_id: str | None = None
    time: str = field(default_factory=utc_now)

    def to_dict(self) -> dict[str, Any]:
        """A plain dict, ready for JSON."""
        return asdict(self)

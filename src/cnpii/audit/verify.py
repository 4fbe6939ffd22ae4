"""Verify a chained JSON Lines audit log (what ``cnpii audit verify`` runs).

Every record's MAC must match, sequence numbers must run 1, 2, 3... and each ``prev`` must be
the MAC before it; so an edited, inserted, reordered or deleted record is found at the first
line where the chain breaks. Deleting records at the end leaves a valid shorter chain: give the
last ``head`` recorded elsewhere and a log that no longer contains it is reported as truncated.

>>> import tempfile, os
>>> from cnpii.audit import AuditEvent, JsonLinesSink
>>> path = os.path.join(tempfile.mkdtemp(), "audit.jsonl")
>>> sink = JsonLinesSink(path, key=b"k" * 32)
>>> for n in (1, 2):
...     sink.emit(AuditEvent(action="tokenize", entity="CN_MOBILE_PHONE", outcome="ok", count=n))
>>> result = verify_log(path, key=b"k" * 32, head=sink.head)
>>> result.ok, result.records
(True, 2)
"""

from __future__ import annotations

import hmac
import json
import os
from dataclasses import dataclass
from typing import Any

from cnpii.audit.sinks import GENESIS, record_mac

__all__ = ["VerifyResult", "verify_log"]


@dataclass(frozen=True)
class VerifyResult:
    """The outcome of :func:`verify_log`. ``problem`` is a fixed description, ``line`` 1-based."""

    ok: bool
    records: int
    head: str
    problem: str | None = None
    line: int | None = None


def _fail(records: int, head: str, problem: str, line: int | None) -> VerifyResult:
    return VerifyResult(False, records, head, problem, line)


def verify_log(path: str | os.PathLike[str], *, key: bytes, head: str | None = None) -> VerifyResult:
    """Check the whole chain of ``path`` with the chain ``key``; see the module docstring."""
    prev, expected_seq, count = GENESIS, 1, 0
    seen_heads = {GENESIS}
    with open(path, "rb") as fh:
        for lineno, raw in enumerate(fh, start=1):
            if not raw.strip():
                return _fail(count, prev, "blank line inside the log", lineno)
            try:
                rec: dict[str, Any] = json.loads(raw)
                seq, rprev, event, mac = int(rec["seq"]), str(rec["prev"]), rec["event"], str(rec["mac"])
            except (ValueError, KeyError, TypeError):
                return _fail(count, prev, "malformed record", lineno)
            if set(rec) != {"seq", "prev", "event", "mac"}:
                return _fail(count, prev, "record has unexpected fields (edited)", lineno)
            if not hmac.compare_digest(record_mac(key, seq, rprev, event), mac):
                return _fail(count, prev, "record MAC does not match (edited, forged or wrong key)",
                             lineno)
            if seq != expected_seq or not hmac.compare_digest(rprev, prev):
                return _fail(count, prev, "chain broken: a record was deleted, inserted or "
                             "reordered before this line", lineno)
            prev, expected_seq, count = mac, expected_seq + 1, count + 1
            seen_heads.add(mac)
    if head is not None and head not in seen_heads:
        return _fail(count, prev, "the given head is not in the log: records were removed from "
                     "the end (truncated) or the head belongs to another log", None)
    return VerifyResult(True, count, prev)

from cnpii._args import guard_module as _guard_module  # noqa: E402

_guard_module(globals(), ["verify_log"])  # cnpii._args: typed, quiet errors (issue 11)

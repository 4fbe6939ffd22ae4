"""Audit trail: events for every bulk tokenize, detokenize and refusal, pluggable sinks, and a
keyed HMAC chain that ``cnpii audit verify`` checks.

>>> sink = MemorySink()
>>> sink.emit(AuditEvent(action="detokenize", entity="CN_BANK_CARD", outcome="denied",
...                      actor="bob", role="analyst", purpose="marketing"))
>>> sink.events[0].outcome
'denied'
"""

from __future__ import annotations

from cnpii.audit.events import ACTIONS, OUTCOMES, AuditEvent, utc_now
from cnpii.audit.sinks import GENESIS, AuditSink, JsonLinesSink, LoggingSink, MemorySink
from cnpii.audit.verify import VerifyResult, verify_log

__all__ = ["AuditEvent", "AuditSink", "JsonLinesSink", "LoggingSink", "MemorySink",
           "VerifyResult", "verify_log", "ACTIONS", "OUTCOMES", "GENESIS", "utc_now"]

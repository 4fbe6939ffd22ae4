"""Audit trail: events for every use of customer information, pluggable sinks, and a keyed
HMAC chain that ``cnpii audit verify`` checks.

One switch turns audit on for the whole library: ``cnpii.audit.configure(sink)`` (or the
``CNPII_AUDIT`` environment variable, with the chain key in ``CNPII_AUDIT_KEY``). Stores:
:class:`JsonLinesSink`, :class:`SQLiteSink` and :class:`PostgresSink`, all chained and
verifiable with :func:`verify`; :func:`query` reads them back.

>>> sink = MemorySink()
>>> sink.emit(AuditEvent(action="detokenize", entity="CN_BANK_CARD", outcome="denied",
...                      actor="bob", role="analyst", purpose="marketing"))
>>> sink.events[0].outcome
'denied'
"""

from __future__ import annotations

from cnpii.audit._runtime import (
    ENV_ACTOR,
    ENV_KEY,
    ENV_TARGET,
    audit_context,
    configure,
    current_sinks,
    decode_key,
    emit,
    enabled,
    key_from_env,
    open_sink,
    policy_fingerprint,
)
from cnpii.audit.events import ACTIONS, OUTCOMES, AuditEvent, mask_free_text, utc_now
from cnpii.audit.query import query
from cnpii.audit.sinks import GENESIS, AuditSink, JsonLinesSink, LoggingSink, MemorySink
from cnpii.audit.stores import PostgresSink, SQLiteSink
from cnpii.audit.verify import VerifyResult, iter_events, verify, verify_log

__all__ = ["AuditEvent", "AuditSink", "JsonLinesSink", "LoggingSink", "MemorySink",
           "SQLiteSink", "PostgresSink", "VerifyResult", "verify_log", "verify", "iter_events",
           "query", "ACTIONS", "OUTCOMES", "GENESIS", "utc_now", "mask_free_text", "configure",
           "emit", "enabled", "audit_context", "open_sink", "decode_key", "key_from_env",
           "policy_fingerprint", "current_sinks", "ENV_TARGET", "ENV_KEY", "ENV_ACTOR"]

from cnpii._args import guard_module as _guard_module  # noqa: E402

# emit, enabled, audit_context and current_sinks run on every audited call: left unwrapped
# (mask_free_text checks its own argument: AuditError)
_guard_module(globals(), ["AuditEvent", "query", "open_sink", "decode_key", "key_from_env",
                         "policy_fingerprint", "configure"])  # cnpii._args: typed, quiet errors (issue 11)

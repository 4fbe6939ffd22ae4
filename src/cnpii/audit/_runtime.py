"""The library-wide audit switch: :func:`configure` (or ``CNPII_AUDIT``) and :func:`emit`.

When audit is on, masking runs, file exports, policy loads, key creation, rotation and
retirement, validation runs and the other audited actions each write one event (names,
counts, versions; never a value) to the configured sink(s). When it is off, :func:`emit`
returns at once: other modules call it with one line each.

>>> from cnpii.audit import MemorySink, configure, emit, audit_context
>>> sink = MemorySink()
>>> configure(sink, actor="alice")
>>> with audit_context(role="ops", purpose="kyc", reason="工单 T-1"):
...     emit("validate", count=10, details={"rows": 10})
>>> e = sink.events[0]
>>> e.action, e.actor, e.role, e.purpose, e.details
('validate', 'alice', 'ops', 'kyc', {'rows': 10})
>>> configure(None)      # audit off again
>>> emit("validate", count=1)
>>> len(sink.events)
1

Environment: ``CNPII_AUDIT`` names a store (a JSON Lines file, a ``.sqlite``/``.db`` file or a
``postgresql://`` URL), opened on the first event with the chain key from ``CNPII_AUDIT_KEY``
(hex or base64, at least 16 bytes); ``CNPII_AUDIT_ACTOR`` names the actor (default: the
operating-system user). A store that cannot be opened or written fails the audited action
with :class:`~cnpii.errors.AuditError`: audit, once asked for, is never silently skipped.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import contextvars
import getpass
import hashlib
import json
import os
import threading
from typing import Any, Iterator, Sequence

from cnpii.audit.events import AuditEvent, mask_free_text
from cnpii.errors import AuditError

__all__ = ["configure", "emit", "enabled", "audit_context", "open_sink", "decode_key",
           "key_from_env", "policy_fingerprint", "current_sinks", "ENV_TARGET", "ENV_KEY",
           "ENV_ACTOR"]

ENV_TARGET = "CNPII_AUDIT"
ENV_KEY = "CNPII_AUDIT_KEY"
ENV_ACTOR = "CNPII_AUDIT_ACTOR"

_lock = threading.Lock()
_sinks: list[Any] | None = None  # None: not configured in code (the environment may say)
_env_sink: tuple[str, str, Any] | None = None  # (target, key text, sink) opened from env
_defaults: dict[str, Any] = {}
_context: contextvars.ContextVar[dict[str, Any]] = contextvars.ContextVar("cnpii_audit_ctx",
                                                                          default={})
_CONTEXT_FIELDS = ("actor", "role", "purpose", "reason", "key_version", "key_id")


def decode_key(text: str) -> bytes:
    """A chain key from hex or base64 text (at least 16 bytes)."""
    text = text.strip()
    for decode in (bytes.fromhex, lambda t: base64.b64decode(t, validate=True)):
        try:
            key = decode(text)
        except (ValueError, binascii.Error):
            continue
        if len(key) >= 16:
            return key
    raise AuditError("the audit chain key must be hex or base64 and at least 16 bytes")


def key_from_env(var: str = ENV_KEY) -> bytes:
    """The chain key held by environment variable ``var``; never printed."""
    text = os.environ.get(var)
    if not text:
        raise AuditError(f"the audit chain key is not set ({shown(var, 'the variable')})")
    return decode_key(text)


def open_sink(target: str | os.PathLike[str], *, key: bytes) -> Any:
    """A chained sink for ``target``: PostgreSQL for a ``postgresql://`` URL, SQLite for a
    ``.sqlite``/``.sqlite3``/``.db`` file, else a JSON Lines file."""
    from cnpii.audit.sinks import JsonLinesSink
    from cnpii.audit.stores import PostgresSink, SQLiteSink, is_postgres_target, is_sqlite_target

    if is_postgres_target(target):
        return PostgresSink(str(target), key=key)
    if is_sqlite_target(target):
        return SQLiteSink(target, key=key)
    return JsonLinesSink(target, key=key)


def configure(sink: Any = None, *, actor: str | None = None, role: str | None = None,
              purpose: str | None = None, reason: str | None = None) -> None:
    """Turn audit on for the whole library (``sink``: one sink, a list of sinks, or a store
    target for :func:`open_sink` with the key from ``CNPII_AUDIT_KEY``), or off with ``None``
    (then ``CNPII_AUDIT``, if set, applies again). ``actor``, ``role``, ``purpose`` and
    ``reason`` are defaults for every event; :func:`audit_context` and the audited call's own
    arguments override them."""
    global _sinks, _defaults
    if isinstance(sink, (str, os.PathLike)):
        sink = open_sink(sink, key=key_from_env())
    with _lock:
        if sink is None:
            _sinks = None
        elif hasattr(sink, "emit"):
            _sinks = [sink]
        elif isinstance(sink, Sequence) and all(hasattr(s, "emit") for s in sink):
            _sinks = list(sink)
        else:
            raise AuditError("configure() takes a sink (anything with emit(event)), a list of "
                             "sinks, a store path or URL, or None")
        _defaults = {k: v for k, v in (("actor", actor), ("role", role), ("purpose", purpose),
                                       ("reason", reason)) if v is not None}


def _env_sinks() -> list[Any]:
    global _env_sink
    target = os.environ.get(ENV_TARGET)
    if not target:
        return []
    key_text = os.environ.get(ENV_KEY, "")
    with _lock:
        if _env_sink is not None and _env_sink[0] == target and _env_sink[1] == key_text:
            return [_env_sink[2]]
        if not key_text:
            raise AuditError(f"{ENV_TARGET} is set but the chain key {ENV_KEY} is not")
        sink = open_sink(target, key=decode_key(key_text))
        _env_sink = (target, key_text, sink)
        return [sink]


def current_sinks() -> list[Any]:
    """The sinks audit events go to now (empty when audit is off)."""
    sinks = _sinks
    if sinks is not None:
        return list(sinks)
    return _env_sinks()


def with_global(sinks: list[Any]) -> list[Any]:
    """``sinks`` followed by the library-wide sinks not already among them."""
    extra = current_sinks()
    if not extra:
        return sinks
    return list(sinks) + [s for s in extra if all(s is not t for t in sinks)]


def enabled() -> bool:
    """Whether audit is on (configured in code or through ``CNPII_AUDIT``)."""
    return _sinks is not None or bool(os.environ.get(ENV_TARGET))


@contextlib.contextmanager
def audit_context(**fields: Any) -> Iterator[None]:
    """Within the ``with`` block, events carry these ``actor``/``role``/``purpose``/``reason``
    (and ``key_version``/``key_id``) unless the audited call gives its own."""
    unknown = set(fields) - set(_CONTEXT_FIELDS)
    if unknown:
        raise AuditError("audit_context() takes actor, role, purpose, reason, key_version, key_id")
    token = _context.set({**_context.get(), **{k: v for k, v in fields.items() if v is not None}})
    try:
        yield
    finally:
        _context.reset(token)


def _default_actor() -> str | None:
    actor = os.environ.get(ENV_ACTOR)
    if actor:
        return actor
    try:
        return getpass.getuser()
    except Exception:  # no user name (containers without passwd entries)
        return None


def emit(action: str, *, entity: str | None = None, outcome: str = "ok", count: int = 0,
         details: dict[str, Any] | None = None, **fields: Any) -> None:
    """Write one event to every configured sink; nothing at all when audit is off.

    ``fields`` are the other :class:`AuditEvent` fields (``actor``, ``role``, ``purpose``,
    ``reason``, ``key_version``, ``key_id``, ``domain``); those left ``None`` come from
    :func:`audit_context`, then :func:`configure`, then the environment. Raises
    :class:`AuditError` when a sink fails (the audited action must then fail too).
    """
    if _sinks is None and not os.environ.get(ENV_TARGET):
        return
    sinks = current_sinks()
    if not sinks:
        return
    merged: dict[str, Any] = dict(_defaults)
    merged.update(_context.get())
    merged.update({k: v for k, v in fields.items() if v is not None})
    if merged.get("actor") is None:
        merged["actor"] = _default_actor()
    try:
        event = AuditEvent(action=action, entity=entity, outcome=outcome, count=int(count),
                           details=details, **merged)
    except TypeError:
        raise AuditError("emit() was given a field audit events do not have") from None
    forward(event, sinks)


def forward(event: AuditEvent, sinks: list[Any] | None = None) -> None:
    """Send a ready event to the configured sinks (or ``sinks``); raises :class:`AuditError`."""
    for sink in current_sinks() if sinks is None else sinks:
        try:
            sink.emit(event)
        except AuditError:
            raise
        except Exception:
            raise AuditError() from None


def policy_fingerprint(policy: Any) -> dict[str, Any]:
    """``{"policy_id", "policy_hash", "profile"}`` of a policy or resolved policy: its name
    or source, the SHA-256 of its rules as canonical JSON, the profile chosen."""
    from cnpii.policy import Policy, ResolvedPolicy

    if isinstance(policy, Policy):
        data: Any = policy.to_dict()
        pid = policy.name or policy.source
        profile = None
    elif isinstance(policy, ResolvedPolicy):
        data = [[name, [r.to_dict() for r in rules]] for name, rules in policy.chain]
        pid = getattr(policy, "source", None)
        profile = policy.profile
    else:
        return {"policy_id": None, "policy_hash": None, "profile": None}
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    out = {"policy_id": mask_free_text(pid) if pid else None,
           "policy_hash": hashlib.sha256(text.encode("utf-8")).hexdigest(), "profile": profile}
    return out


def names(*paths: Any) -> list[str | None]:
    """File names as they may be stored in an event: masked like a reason (a file named after a
    customer's phone number does not leak it)."""
    return [None if p is None else mask_free_text(str(p)) for p in paths]


# -- one-line hooks for the rest of the library (all no-ops when audit is off) --------------------
def _key_fields(keyring: Any) -> dict[str, Any]:
    try:
        return {"key_version": keyring.active_version, "key_id": keyring.key_id()}
    except Exception:  # no keyring, or not a cnpii Keyring
        return {}


def emit_masking(action: str, resolved: Any, summary: Any, *, role: str | None = None,
                 purpose: str | None = None, source: Any = None, target: Any = None,
                 **details: Any) -> None:
    """The event of a masking run (``"mask"``) or a file export (``"export"``): rows, counts
    per entity, policy id and content hash, role, purpose, input and output names."""
    if not enabled():
        return
    counts: dict[str, int] = {}
    for (_, entity), n in summary.counts().items():
        counts[entity] = counts.get(entity, 0) + int(n)
    src, dst = names(source, target)
    info: dict[str, Any] = {"rows": int(summary.rows), "counts": dict(sorted(counts.items())),
                            "columns": len(summary.columns),
                            "malformed_rows": len(getattr(summary, "malformed_lines", []) or []),
                            **policy_fingerprint(resolved)}
    if src is not None:
        info["input"] = src
    if dst is not None:
        info["output"] = dst
    info.update(details)
    emit(action, count=int(summary.total()), role=role, purpose=purpose, details=info,
         **_key_fields(getattr(resolved, "keyring", None)))


def emit_policy_load(policy: Any) -> None:
    """The event of a policy load: its id and content hash, profiles, whether it is keyed."""
    if not enabled() or getattr(policy, "source", None) == "default policy":
        return
    info = policy_fingerprint(policy)
    info.pop("profile", None)
    info["profiles"] = sorted(getattr(policy, "profiles", {}) or {})
    emit("policy_load", details=info, **_key_fields(getattr(policy, "keyring", None)))


def emit_key(action: str, keyring: Any, version: int | None, **details: Any) -> None:
    """The event of a key created, rotated, retired or destroyed (its version and id; never
    key bytes)."""
    if not enabled():
        return
    info = {"keyring": getattr(keyring, "name", None), "cipher": getattr(keyring, "cipher", None),
            "versions": list(getattr(keyring, "versions", []) or []), **details}
    kid = None
    try:
        kid = keyring.key_id(version)
    except Exception:  # a retired version has no id any more
        kid = details.get("key_id")
    info.pop("key_id", None)
    emit(action, key_version=version, key_id=kid, details=info)


@contextlib.contextmanager
def using(sink: Any, **defaults: Any) -> Iterator[None]:
    """Audit to ``sink`` within the ``with`` block (as :func:`configure`), then restore what
    was configured before (the CLI's ``--audit FILE``)."""
    global _sinks, _defaults
    saved = (_sinks, _defaults)
    configure(sink, **defaults)
    try:
        yield
    finally:
        with _lock:
            _sinks, _defaults = saved


from cnpii._args import guard_module as _guard_module, shown  # noqa: E402

_guard_module(globals(), ["configure", "open_sink", "decode_key", "key_from_env", "policy_fingerprint"])  # cnpii._args: typed, quiet errors (issue 11)

"""Where audit events go: a JSON Lines file chained with a keyed HMAC, ``logging``, memory.

A sink is anything with ``emit(event) -> None`` that raises when it could not record the event;
cnpii then refuses the detokenization it was about to allow. The SQLite and PostgreSQL sinks,
chained the same way, are in :mod:`cnpii.audit.stores`.

>>> sink = MemorySink()
>>> sink.emit(AuditEvent(action="tokenize", entity="CN_MOBILE_PHONE", outcome="ok", count=2))
>>> sink.events[0].count
2
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import threading
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from cnpii._atomic import staged
from cnpii.audit.events import AuditEvent
from cnpii.errors import AuditError

try:  # POSIX: one lock shared by every process that appends to the same file
    import fcntl as _fcntl
except ImportError:  # pragma: no cover - Windows: threads of one process only
    _fcntl = None  # type: ignore[assignment]

__all__ = ["AuditSink", "JsonLinesSink", "LoggingSink", "MemorySink", "GENESIS", "record_mac",
           "checkpoint_mac", "checkpoint_path", "check_chain_key"]

#: the ``prev`` of the first record of a chain
GENESIS = "0" * 64


@runtime_checkable
class AuditSink(Protocol):
    """Anything that records an :class:`AuditEvent` or raises."""

    def emit(self, event: AuditEvent) -> None: ...


def _canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def record_mac(key: bytes, seq: int, prev: str, event: dict[str, Any]) -> str:
    """HMAC-SHA256 over the canonical JSON of ``seq``, ``prev`` and the event."""
    return hmac.new(key, _canonical({"seq": seq, "prev": prev, "event": event}),
                    hashlib.sha256).hexdigest()


def checkpoint_mac(key: bytes, seq: int, head: str) -> str:
    """HMAC-SHA256 of a checkpoint: "the chain had ``seq`` records ending in ``head``"."""
    return hmac.new(key, _canonical({"checkpoint": seq, "head": head}), hashlib.sha256).hexdigest()


def checkpoint_path(path: str | os.PathLike[str]) -> Path:
    """The signed checkpoint written beside a JSON Lines log: ``<log>.head``."""
    return Path(str(path) + ".head")


def check_chain_key(key: Any) -> bytes:
    """The chain key as bytes, or :class:`AuditError` when it is not at least 16 bytes."""
    if not isinstance(key, (bytes, bytearray)) or len(key) < 16:
        raise AuditError("the audit chain key must be at least 16 bytes")
    return bytes(key)


def _last_line(fh: Any, size: int) -> bytes:
    block = 4096
    while True:
        start = max(0, size - block)
        fh.seek(start)
        data = fh.read(size - start)
        lines = data.rstrip(b"\n").split(b"\n")
        if len(lines) > 1 or start == 0:
            return lines[-1]  # type: ignore[no-any-return]
        block *= 2


class JsonLinesSink:
    """Append events to a JSON Lines file; each record carries ``seq``, the previous record's
    MAC as ``prev``, and its own keyed ``mac``.

    Editing, inserting, reordering or deleting a record breaks the chain, which
    ``cnpii audit verify FILE`` reports. After every record the sink also writes a signed
    checkpoint beside the log (``FILE.head``: the record count and the last MAC), so a log
    whose tail was cut off no longer matches its checkpoint; keep :attr:`head` somewhere else
    as well (a ticket, another system's log) to catch a log and checkpoint rolled back together.

    Several writers (threads or processes) may share one file: each append takes an exclusive
    ``flock`` on the log and continues the chain from the record actually last in the file.

    >>> import tempfile, os
    >>> path = os.path.join(tempfile.mkdtemp(), "audit.jsonl")
    >>> sink = JsonLinesSink(path, key=b"k" * 32)
    >>> sink.emit(AuditEvent(action="tokenize", entity="CN_RESIDENT_ID", outcome="ok", count=1))
    >>> len(sink.head), os.path.exists(path + ".head")
    (64, True)
    """

    def __init__(self, path: str | os.PathLike[str], *, key: bytes,
                 checkpoint: bool = True) -> None:
        self._key = check_chain_key(key)
        self.path = Path(path)
        self.checkpoint = checkpoint
        self._lock = threading.Lock()
        self._size = -1
        self._seq, self._head = 0, GENESIS
        try:
            with open(self.path, "rb") as fh:
                self._resume(fh)
        except FileNotFoundError:
            self._size = 0
        except OSError:
            raise AuditError("the audit log cannot be read") from None

    def __repr__(self) -> str:
        return f"JsonLinesSink(path={str(self.path)!r}, key=<hidden>)"

    def __reduce__(self) -> None:  # type: ignore[override]
        raise TypeError("an audit sink holds its chain key and cannot be pickled")

    @property
    def head(self) -> str:
        """The MAC of the last record written (``GENESIS`` for an empty log)."""
        return self._head

    @property
    def seq(self) -> int:
        """The sequence number of the last record written (0 for an empty log)."""
        return self._seq

    def _resume(self, fh: Any) -> None:
        """Continue the chain from the log's last record, after checking that it is authentic."""
        size = os.fstat(fh.fileno()).st_size
        if size == 0 or not fh.read(1) or not _last_line(fh, size).strip():
            self._seq, self._head, self._size = 0, GENESIS, size
            return
        last = _last_line(fh, size)
        try:
            rec = json.loads(last)
            seq, prev, event, mac = rec["seq"], rec["prev"], rec["event"], rec["mac"]
            if type(seq) is not int:
                raise TypeError
        except (ValueError, KeyError, TypeError):
            raise AuditError("the existing audit log ends with a malformed record") from None
        if not hmac.compare_digest(record_mac(self._key, seq, str(prev), event), str(mac)):
            raise AuditError("the existing audit log's last record does not verify with this key")
        self._seq, self._head, self._size = seq, str(mac), size

    def _write_checkpoint(self) -> None:
        target = checkpoint_path(self.path)
        doc = {"seq": self._seq, "head": self._head,
               "mac": checkpoint_mac(self._key, self._seq, self._head)}
        # created as open(path, "w") would create it (0o666 less the umask)
        with staged(target, suffix=".tmp", create=0o666) as st, \
                open(st.path, "w", encoding="ascii") as fh:
            fh.write(json.dumps(doc, sort_keys=True) + "\n")

    def emit(self, event: AuditEvent) -> None:
        """Append one record; raises :class:`AuditError` when it cannot be written."""
        data = event.to_dict()
        with self._lock:
            try:
                with open(self.path, "a+b") as fh:
                    if _fcntl is not None:
                        _fcntl.flock(fh.fileno(), _fcntl.LOCK_EX)
                    try:
                        if os.fstat(fh.fileno()).st_size != self._size:
                            fh.seek(0)
                            self._resume(fh)  # another writer appended since our last record
                        seq = self._seq + 1
                        mac = record_mac(self._key, seq, self._head, data)
                        line = json.dumps({"seq": seq, "prev": self._head, "event": data,
                                           "mac": mac}, sort_keys=True, ensure_ascii=False)
                        raw = (line + "\n").encode("utf-8")
                        fh.seek(0, os.SEEK_END)
                        fh.write(raw)
                        fh.flush()
                        self._seq, self._head = seq, mac
                        self._size = os.fstat(fh.fileno()).st_size
                        if self.checkpoint:
                            self._write_checkpoint()
                    finally:
                        if _fcntl is not None:
                            _fcntl.flock(fh.fileno(), _fcntl.LOCK_UN)
            except OSError:
                raise AuditError("the audit log cannot be written") from None


class LoggingSink:
    """Send each event as one JSON log line to a :mod:`logging` logger (default ``cnpii.audit``)."""

    def __init__(self, logger: logging.Logger | str = "cnpii.audit", level: int = logging.INFO) -> None:
        self.logger = logging.getLogger(logger) if isinstance(logger, str) else logger
        self.level = level

    def __repr__(self) -> str:
        return f"LoggingSink(logger={self.logger.name!r})"

    def emit(self, event: AuditEvent) -> None:
        self.logger.log(self.level, "cnpii audit %s", json.dumps(event.to_dict(), sort_keys=True,
                                                                 ensure_ascii=False))


class MemorySink:
    """Keep events in a list (tests, notebooks)."""

    def __init__(self) -> None:
        self.events: list[AuditEvent] = []

    def __repr__(self) -> str:
        return f"MemorySink(events={len(self.events)})"

    def emit(self, event: AuditEvent) -> None:
        self.events.append(event)

from cnpii._args import guard_module as _guard_module  # noqa: E402

_guard_module(globals(), ["JsonLinesSink", "LoggingSink", "MemorySink", "record_mac",
              "checkpoint_mac", "checkpoint_path", "check_chain_key"])  # cnpii._args: typed, quiet errors (issue 11)

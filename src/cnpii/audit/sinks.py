"""Where audit events go: a JSON Lines file chained with a keyed HMAC, ``logging``, memory.

A sink is anything with ``emit(event) -> None`` that raises when it could not record the event;
cnpii then refuses the detokenization it was about to allow.

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

from cnpii.audit.events import AuditEvent
from cnpii.errors import AuditError

__all__ = ["AuditSink", "JsonLinesSink", "LoggingSink", "MemorySink", "GENESIS", "record_mac"]

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


class JsonLinesSink:
    """Append events to a JSON Lines file; each record carries ``seq``, the previous record's
    MAC as ``prev``, and its own keyed ``mac``.

    Editing, inserting, reordering or deleting a record breaks the chain, which
    ``cnpii audit verify FILE`` reports; keep :attr:`head` (the last MAC) somewhere else too
    (a ticket, another system's log) to detect a truncated tail as well.

    >>> import tempfile, os
    >>> path = os.path.join(tempfile.mkdtemp(), "audit.jsonl")
    >>> sink = JsonLinesSink(path, key=b"k" * 32)
    >>> sink.emit(AuditEvent(action="tokenize", entity="CN_RESIDENT_ID", outcome="ok", count=1))
    >>> len(sink.head)
    64
    """

    def __init__(self, path: str | os.PathLike[str], *, key: bytes) -> None:
        if not isinstance(key, (bytes, bytearray)) or len(key) < 16:
            raise AuditError("the audit chain key must be at least 16 bytes")
        self.path = Path(path)
        self._key = bytes(key)
        self._lock = threading.Lock()
        self._seq, self._head = self._resume()

    def __repr__(self) -> str:
        return f"JsonLinesSink(path={str(self.path)!r}, key=<hidden>)"

    def __reduce__(self) -> None:  # type: ignore[override]
        raise TypeError("an audit sink holds its chain key and cannot be pickled")

    @property
    def head(self) -> str:
        """The MAC of the last record written (``GENESIS`` for an empty log)."""
        return self._head

    def _resume(self) -> tuple[int, str]:
        """Continue an existing log after checking that its last record is authentic."""
        if not self.path.exists() or self.path.stat().st_size == 0:
            return 0, GENESIS
        last = b""
        with open(self.path, "rb") as fh:
            fh.seek(0, os.SEEK_END)
            size = fh.tell()
            block = 4096
            while True:
                start = max(0, size - block)
                fh.seek(start)
                data = fh.read(size - start)
                lines = data.rstrip(b"\n").split(b"\n")
                if len(lines) > 1 or start == 0:
                    last = lines[-1]
                    break
                block *= 2
        try:
            rec = json.loads(last)
            seq, prev, event, mac = int(rec["seq"]), rec["prev"], rec["event"], rec["mac"]
        except (ValueError, KeyError, TypeError):
            raise AuditError("the existing audit log ends with a malformed record") from None
        if not hmac.compare_digest(record_mac(self._key, seq, prev, event), str(mac)):
            raise AuditError("the existing audit log's last record does not verify with this key")
        return seq, str(mac)

    def emit(self, event: AuditEvent) -> None:
        """Append one record; raises :class:`AuditError` when it cannot be written."""
        data = event.to_dict()
        with self._lock:
            seq = self._seq + 1
            mac = record_mac(self._key, seq, self._head, data)
            line = json.dumps({"seq": seq, "prev": self._head, "event": data, "mac": mac},
                              sort_keys=True, ensure_ascii=False)
            try:
                with open(self.path, "a", encoding="utf-8") as fh:
                    fh.write(line + "\n")
                    fh.flush()
            except OSError:
                raise AuditError("the audit log cannot be written") from None
            self._seq, self._head = seq, mac


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

_guard_module(globals(), ["JsonLinesSink", "LoggingSink", "MemorySink", "record_mac"])  # cnpii._args: typed, quiet errors (issue 11)

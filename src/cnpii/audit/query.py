"""Read events back from an audit store: ``cnpii audit query --actor --action --since``.

>>> import tempfile, os
>>> from cnpii.audit import AuditEvent, JsonLinesSink
>>> path = os.path.join(tempfile.mkdtemp(), "audit.jsonl")
>>> sink = JsonLinesSink(path, key=b"k" * 32)
>>> sink.emit(AuditEvent(action="mask", actor="alice", time="2026-01-02T00:00:00.000Z"))
>>> sink.emit(AuditEvent(action="export", actor="bob", time="2026-01-03T00:00:00.000Z"))
>>> [e["actor"] for e in query(path, since="2026-01-03")]
['bob']
"""

from __future__ import annotations

import datetime as _dt
import os
from typing import Any, Iterator

from cnpii.audit.verify import iter_events
from cnpii.errors import AuditError

__all__ = ["query", "parse_since"]


def parse_since(since: str | _dt.datetime | _dt.date | None) -> _dt.datetime | None:
    """An aware UTC datetime from an ISO 8601 date or time (``2026-01-02``,
    ``2026-01-02T08:00:00Z``, ``2026-01-02T08:00:00+08:00``)."""
    if since is None:
        return None
    if isinstance(since, _dt.datetime):
        moment = since
    elif isinstance(since, _dt.date):
        moment = _dt.datetime(since.year, since.month, since.day)
    else:
        try:
            moment = _dt.datetime.fromisoformat(str(since).strip().replace("Z", "+00:00"))
        except ValueError:
            raise AuditError("--since must be an ISO 8601 date or time") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=_dt.timezone.utc)
    return moment.astimezone(_dt.timezone.utc)


def _event_time(event: dict[str, Any]) -> _dt.datetime | None:
    try:
        return parse_since(str(event.get("time")))
    except AuditError:
        return None


def query(target: str | os.PathLike[str], *, actor: str | None = None,
          action: str | None = None, since: str | _dt.datetime | _dt.date | None = None,
          entity: str | None = None, outcome: str | None = None) -> Iterator[dict[str, Any]]:
    """The events of ``target`` (JSON Lines, SQLite or PostgreSQL) that match every filter
    given, oldest first. Events hold no values, so they may be shown as they are; run
    :func:`~cnpii.audit.verify` to know they are authentic."""
    start = parse_since(since)
    for event in iter_events(target):
        if actor is not None and event.get("actor") != actor:
            continue
        if action is not None and event.get("action") != action:
            continue
        if entity is not None and event.get("entity") != entity:
            continue
        if outcome is not None and event.get("outcome") != outcome:
            continue
        if start is not None:
            t = _event_time(event)
            if t is None or t < start:
                continue
        yield event


from cnpii._args import guard_module as _guard_module  # noqa: E402

_guard_module(globals(), ["query", "parse_since"])  # cnpii._args: typed, quiet errors (issue 11)

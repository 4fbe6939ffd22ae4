"""Verify a chained audit log: a JSON Lines file, a SQLite file or a PostgreSQL database (what
``cnpii audit verify`` runs).

Every record's MAC must match, sequence numbers must be integers running 1, 2, 3... and each
``prev`` must be the MAC before it; a JSON Lines record must be byte for byte the line the sink
wrote (so even a change that parses to the same content is found); so an edited, inserted, reordered or deleted record is found
at the first record where the chain breaks. Records whose JSON repeats a key are rejected (two
readers could see two different records). A truncated tail is found without outside help: the
JSON Lines sink writes a signed checkpoint beside the log (``FILE.head``), the SQL stores keep a
signed head row; a log shorter than its checkpoint, or without one, does not verify. Give the
last ``head`` recorded elsewhere too, to catch a log and checkpoint rolled back together.

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
import re
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

from cnpii.audit.sinks import GENESIS, checkpoint_mac, checkpoint_path, record_mac
from cnpii.errors import AuditError

__all__ = ["VerifyResult", "verify_log", "verify", "iter_events"]

_HEX64 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class VerifyResult:
    """The outcome of :func:`verify`. ``problem`` is a fixed description; ``line`` is the
    1-based line of a JSON Lines log (or the ``seq`` position of a SQL store's record)."""

    ok: bool
    records: int
    head: str
    problem: str | None = None
    line: int | None = None
    note: str | None = None


class _Duplicate(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in pairs:
        if k in out:
            raise _Duplicate
        out[k] = v
    return out


def _parse_record_json(raw: str | bytes) -> Any:
    # per record, unwrapped: the readers below turn its ValueError into a located problem
    return json.loads(raw, object_pairs_hook=_no_duplicates)


def parse_record_json(raw: str | bytes) -> Any:
    """``json.loads`` that refuses an object repeating a key (raises ``ArgumentError``, a
    ``ValueError``, without quoting the text)."""
    return _parse_record_json(raw)


def _fail(records: int, head: str, problem: str, line: int | None) -> VerifyResult:
    return VerifyResult(False, records, head, problem, line)


_BROKEN = "chain broken: a record was deleted, inserted or reordered before this line"


def _chain(records: Iterable[tuple[int, Any]], key: bytes) -> Iterator[VerifyResult | tuple[int, str]]:
    """Check ``(line, record-or-problem)`` items; yields ``(count, mac)`` after each good record,
    or one failing :class:`VerifyResult`."""
    prev, expected_seq, count = GENESIS, 1, 0
    for line, rec in records:
        if isinstance(rec, str):
            yield _fail(count, prev, rec, line)
            return
        if not isinstance(rec, dict) or set(rec) != {"seq", "prev", "event", "mac"}:
            yield _fail(count, prev, "record has missing or unexpected fields (edited)", line)
            return
        seq, rprev, event, mac = rec["seq"], rec["prev"], rec["event"], rec["mac"]
        if type(seq) is not int:
            yield _fail(count, prev, "record's seq is not an integer (edited)", line)
            return
        if not (isinstance(rprev, str) and isinstance(mac, str) and isinstance(event, dict)
                and _HEX64.fullmatch(mac)):
            yield _fail(count, prev, "malformed record", line)
            return
        if not hmac.compare_digest(record_mac(key, seq, rprev, event), mac):
            yield _fail(count, prev, "record MAC does not match (edited, forged or wrong key)", line)
            return
        if seq != expected_seq or not hmac.compare_digest(rprev, prev):
            yield _fail(count, prev, _BROKEN, line)
            return
        prev, expected_seq, count = mac, expected_seq + 1, count + 1
        yield count, mac


def _exact(rec: dict[str, Any]) -> bytes:
    try:
        return json.dumps(rec, sort_keys=True, ensure_ascii=False).encode("utf-8")
    except (TypeError, ValueError):  # lone surrogates and the like: not what a sink writes
        return b""


def _exact_event(event: Any) -> str | None:
    try:
        return json.dumps(event, sort_keys=True, ensure_ascii=False)
    except (TypeError, ValueError):
        return None


def _jsonl_records(path: str | os.PathLike[str]) -> Iterator[tuple[int, Any]]:
    blank_at: int | None = None
    with open(path, "rb") as fh:
        for lineno, raw in enumerate(fh, start=1):
            if not raw.strip():
                blank_at = blank_at or lineno
                continue
            if blank_at is not None:  # blank lines are fine only at the very end
                yield blank_at, "blank line inside the log"
                return
            try:
                rec = _parse_record_json(raw)
            except _Duplicate:
                yield lineno, "record repeats a JSON key (edited)"
                return
            except ValueError:
                yield lineno, "malformed record"
                return
            if isinstance(rec, dict) and _exact(rec) != raw.rstrip(b"\n"):
                # the same content in another spelling (spaces, escapes, key order): edited
                yield lineno, "record is not byte for byte as the sink wrote it (edited)"
                return
            yield lineno, rec


def _sql_records(rows: Iterable[tuple[Any, ...]]) -> Iterator[tuple[int, Any]]:
    for n, (seq, prev, text, mac) in enumerate(rows, start=1):
        try:
            event = _parse_record_json(text)
        except _Duplicate:
            yield n, "record repeats a JSON key (edited)"
            return
        except ValueError:
            yield n, "malformed record"
            return
        if not isinstance(text, str) or _exact_event(event) != text:
            yield n, "record is not byte for byte as the sink wrote it (edited)"
            return
        yield n, {"seq": seq, "prev": prev, "event": event, "mac": mac}


def _run(records: Iterable[tuple[int, Any]], key: bytes, at_seq: int | None,
         head: str | None) -> tuple[VerifyResult | None, int, str, str | None, bool]:
    """Walk the chain in constant memory; returns (failure or None, count, last MAC, the MAC
    at ``at_seq``, whether ``head`` was seen)."""
    count, last, mac_at, found = 0, GENESIS, None, head == GENESIS
    if at_seq == 0:
        mac_at = GENESIS
    for item in _chain(records, key):
        if isinstance(item, VerifyResult):
            return item, count, last, mac_at, found
        count, last = item
        if count == at_seq:
            mac_at = last
        if head is not None and not found and hmac.compare_digest(last, head):
            found = True
    return None, count, last, mac_at, found


def _checkpoint_problem(doc: Any, key: bytes) -> str | None:
    try:
        cseq, chead, cmac = doc["seq"], doc["head"], doc["mac"]
    except (KeyError, TypeError):
        return "the checkpoint is malformed"
    if type(cseq) is not int or cseq < 0 or not isinstance(chead, str) or not isinstance(cmac, str):
        return "the checkpoint is malformed"
    if not hmac.compare_digest(checkpoint_mac(key, cseq, chead), cmac):
        return "the checkpoint's MAC does not match (edited, forged or wrong key)"
    return None


_HEAD_GONE = ("the given head is not in the log: records were removed from the end (truncated) "
              "or the head belongs to another log")


def _finish(count: int, last: str, doc: Any, mac_at: str | None, found: bool,
            head: str | None, behind_ok: bool, what: str) -> VerifyResult:
    note = None
    if doc is not None:
        cseq, chead = doc["seq"], doc["head"]
        if cseq > count:
            return _fail(count, last, f"truncated: the signed {what} records {cseq} records, "
                         f"the log holds {count}", None)
        if mac_at is None or not hmac.compare_digest(mac_at, chead):
            return _fail(count, last, f"the {what} does not match the log (log replaced or "
                         "truncated)", None)
        if cseq < count:
            if not behind_ok:
                return _fail(count, last, f"the {what} does not match the log", None)
            note = f"{what} {count - cseq} record(s) behind the log"
    if head is not None and not found:
        return _fail(count, last, _HEAD_GONE, None)
    return VerifyResult(True, count, last, note=note)


def verify_log(path: str | os.PathLike[str], *, key: bytes, head: str | None = None,
               checkpoint: bool = True) -> VerifyResult:
    """Check a JSON Lines log and, unless ``checkpoint=False``, its signed checkpoint
    ``FILE.head``; see the module docstring."""
    doc = None
    if checkpoint:
        try:
            doc = _parse_record_json(checkpoint_path(path).read_bytes())
        except FileNotFoundError:
            doc = None
        except (OSError, ValueError):
            return _fail(0, GENESIS, "the checkpoint is malformed", None)
        if doc is not None:
            problem = _checkpoint_problem(doc, key)
            if problem is not None:
                return _fail(0, GENESIS, problem, None)
    failure, count, last, mac_at, found = _run(_jsonl_records(path), key,
                                               doc["seq"] if doc else None, head)
    if failure is not None:
        return failure
    if checkpoint and doc is None and count:
        return _fail(count, last, "the signed checkpoint beside the log is missing (deleted, "
                     "or the log was truncated and copied without it)", None)
    return _finish(count, last, doc, mac_at, found, head, True, "checkpoint")


def verify(target: str | os.PathLike[str], *, key: bytes, head: str | None = None,
           checkpoint: bool = True) -> VerifyResult:
    """Verify any audit store: a ``postgresql://`` URL, a SQLite file or a JSON Lines log.

    >>> import tempfile, os
    >>> from cnpii.audit import AuditEvent, JsonLinesSink
    >>> path = os.path.join(tempfile.mkdtemp(), "audit.jsonl")
    >>> JsonLinesSink(path, key=b"k" * 32).emit(AuditEvent(action="mask", count=1))
    >>> with open(path, "a") as fh:
    ...     _ = fh.write(open(path).read())      # a replayed record
    >>> verify(path, key=b"k" * 32).problem
    'chain broken: a record was deleted, inserted or reordered before this line'
    """
    from cnpii.audit.stores import is_postgres_target, is_sqlite_target, sql_rows

    if not (is_postgres_target(target) or is_sqlite_target(target)):
        try:
            return verify_log(target, key=key, head=head, checkpoint=checkpoint)
        except FileNotFoundError:
            raise AuditError("the audit log does not exist") from None
    rows, head_row = sql_rows(target)
    doc = None
    if head_row is not None:
        doc = {"seq": head_row[0], "head": head_row[1], "mac": head_row[2]}
        problem = _checkpoint_problem(doc, key)
        if problem is not None:
            return _fail(0, GENESIS, problem.replace("checkpoint", "anchored head"), None)
    failure, count, last, mac_at, found = _run(_sql_records(rows), key,
                                               doc["seq"] if doc else None, head)
    if failure is not None:
        return failure
    if doc is None and count:
        return _fail(count, last, "the anchored head row is missing (deleted)", None)
    return _finish(count, last, doc, mac_at, found, head, False, "anchored head")


def iter_events(target: str | os.PathLike[str]) -> Iterator[dict[str, Any]]:
    """Every event of an audit store, in order, unverified (see :func:`verify`); a record that
    cannot be read is an :class:`AuditError`, never skipped."""
    from cnpii.audit.stores import is_postgres_target, is_sqlite_target, sql_rows

    if is_postgres_target(target) or is_sqlite_target(target):
        rows, _ = sql_rows(target)
        records: Iterator[tuple[int, Any]] = _sql_records(rows)
    else:
        if not os.path.exists(target):
            raise AuditError("the audit log does not exist")
        records = _jsonl_records(target)
    for line, rec in records:
        if not isinstance(rec, dict) or not isinstance(rec.get("event"), dict):
            raise AuditError(f"the audit store has an unreadable record ({line}); run verify")
        yield rec["event"]


from cnpii._args import guard_module as _guard_module  # noqa: E402

_guard_module(globals(), ["VerifyResult", "verify_log", "verify", "parse_record_json", "iter_events"])  # cnpii._args: typed, quiet errors (issue 11)

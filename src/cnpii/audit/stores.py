"""Audit stores a bank can query: SQLite (standard library) and PostgreSQL (psycopg 3).

Both keep the same keyed HMAC chain as :class:`~cnpii.audit.JsonLinesSink` (``seq``, ``prev``,
the event, ``mac``) in a table ``cnpii_audit``, and an *anchored head* in ``cnpii_audit_head``:
one row, updated in the same transaction as each insert, holding the record count and the
last MAC under their own MAC. So ``cnpii audit verify`` finds an altered, removed, reordered or
inserted record and a truncated tail. The library only ever inserts into ``cnpii_audit``, and a
trigger refuses ``UPDATE`` and ``DELETE`` on it (PostgreSQL: ``TRUNCATE`` too); give the
application's database role ``INSERT`` and ``SELECT`` only.

Several writers may share one store: SQLite serialises them with ``BEGIN IMMEDIATE``,
PostgreSQL with a transaction-level advisory lock.

>>> import tempfile, os
>>> from cnpii.audit import AuditEvent, verify
>>> db = os.path.join(tempfile.mkdtemp(), "audit.sqlite")
>>> sink = SQLiteSink(db, key=b"k" * 32)
>>> sink.emit(AuditEvent(action="mask", count=3))
>>> verify(db, key=b"k" * 32).ok
True
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from pathlib import Path
from typing import Any, Iterator

from cnpii.audit.events import AuditEvent
from cnpii.audit.sinks import GENESIS, check_chain_key, checkpoint_mac, record_mac
from cnpii.errors import AuditError

__all__ = ["SQLiteSink", "PostgresSink", "is_postgres_target", "is_sqlite_target"]

_SQLITE_SCHEMA = """
CREATE TABLE IF NOT EXISTS cnpii_audit (
    seq INTEGER PRIMARY KEY, prev TEXT NOT NULL, event TEXT NOT NULL, mac TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS cnpii_audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1), seq INTEGER NOT NULL, head TEXT NOT NULL,
    mac TEXT NOT NULL);
CREATE TRIGGER IF NOT EXISTS cnpii_audit_no_update BEFORE UPDATE ON cnpii_audit
BEGIN SELECT RAISE(ABORT, 'the cnpii audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS cnpii_audit_no_delete BEFORE DELETE ON cnpii_audit
BEGIN SELECT RAISE(ABORT, 'the cnpii audit log is append-only'); END;
"""

_PG_SCHEMA = [
    """CREATE TABLE IF NOT EXISTS cnpii_audit (
        seq BIGINT PRIMARY KEY, prev TEXT NOT NULL, event TEXT NOT NULL, mac TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS cnpii_audit_head (
        id INTEGER PRIMARY KEY CHECK (id = 1), seq BIGINT NOT NULL, head TEXT NOT NULL,
        mac TEXT NOT NULL)""",
    """CREATE OR REPLACE FUNCTION cnpii_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS
       $$ BEGIN RAISE EXCEPTION 'the cnpii audit log is append-only'; END $$""",
    """CREATE OR REPLACE TRIGGER cnpii_audit_no_change BEFORE UPDATE OR DELETE ON cnpii_audit
       FOR EACH ROW EXECUTE FUNCTION cnpii_audit_append_only()""",
    """CREATE OR REPLACE TRIGGER cnpii_audit_no_truncate BEFORE TRUNCATE ON cnpii_audit
       FOR EACH STATEMENT EXECUTE FUNCTION cnpii_audit_append_only()""",
]
#: the advisory lock key that serialises PostgreSQL writers ("cnpii" as an integer)
_PG_LOCK = 0x636E706969


def is_postgres_target(target: Any) -> bool:
    """Whether ``target`` names a PostgreSQL database (``postgresql://`` or ``postgres://``)."""
    return isinstance(target, str) and target.startswith(("postgresql://", "postgres://"))


def is_sqlite_target(target: Any) -> bool:
    """Whether ``target`` is a SQLite file: ``.sqlite``, ``.sqlite3`` or ``.db``, or an
    existing file that starts with the SQLite header."""
    if is_postgres_target(target):
        return False
    p = Path(target)
    if p.suffix.lower() in (".sqlite", ".sqlite3", ".db"):
        return True
    try:
        with open(p, "rb") as fh:
            return fh.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def _dumps(event: dict[str, Any]) -> str:
    return json.dumps(event, sort_keys=True, ensure_ascii=False)


class _ChainStore:
    """What the SQL sinks share: the chain arithmetic around one insert."""

    _key: bytes

    def _record(self, last: tuple[int, str] | None, event: AuditEvent) -> tuple[int, str, str, str]:
        seq, prev = (int(last[0]), str(last[1])) if last else (0, GENESIS)
        data = event.to_dict()
        mac = record_mac(self._key, seq + 1, prev, data)
        return seq + 1, prev, _dumps(data), mac

    def __reduce__(self) -> None:  # type: ignore[override]
        raise TypeError("an audit sink holds its chain key and cannot be pickled")


class SQLiteSink(_ChainStore):
    """Append chained audit records to a SQLite database file (created when missing)."""

    def __init__(self, path: str | os.PathLike[str], *, key: bytes) -> None:
        self._key = check_chain_key(key)
        self.path = Path(path)
        self._lock = threading.Lock()
        try:
            self._conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False,
                                         timeout=30)
            self._conn.execute("PRAGMA journal_mode=WAL")  # one fsync per record; readers never block
            self._conn.executescript(_SQLITE_SCHEMA)
        except sqlite3.Error:
            raise AuditError("the SQLite audit store cannot be opened") from None

    def __repr__(self) -> str:
        return f"SQLiteSink(path={str(self.path)!r}, key=<hidden>)"

    def emit(self, event: AuditEvent) -> None:
        """Insert one record and move the anchored head, in one transaction."""
        with self._lock:
            cur = self._conn.cursor()
            try:
                cur.execute("BEGIN IMMEDIATE")
                last = cur.execute("SELECT seq, mac FROM cnpii_audit ORDER BY seq DESC LIMIT 1"
                                   ).fetchone()
                seq, prev, text, mac = self._record(last, event)
                cur.execute("INSERT INTO cnpii_audit (seq, prev, event, mac) VALUES (?, ?, ?, ?)",
                            (seq, prev, text, mac))
                cur.execute("INSERT INTO cnpii_audit_head (id, seq, head, mac) VALUES (1, ?, ?, ?) "
                            "ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, "
                            "head = excluded.head, mac = excluded.mac",
                            (seq, mac, checkpoint_mac(self._key, seq, mac)))
                cur.execute("COMMIT")
            except sqlite3.Error:
                try:
                    cur.execute("ROLLBACK")
                except sqlite3.Error:  # noqa: S110 - no transaction left to roll back
                    pass
                raise AuditError("the SQLite audit store cannot be written") from None

    def close(self) -> None:
        """Close the database connection."""
        self._conn.close()


def _psycopg() -> Any:
    try:
        import psycopg
    except ImportError:
        raise AuditError("the PostgreSQL audit store needs psycopg: pip install "
                         "'cnpii[postgres]'") from None
    return psycopg


class PostgresSink(_ChainStore):
    """Append chained audit records to PostgreSQL (``conninfo``: a ``postgresql://`` URL or a
    libpq key/value string). Tables and triggers are created when missing."""

    def __init__(self, conninfo: str, *, key: bytes) -> None:
        self._key = check_chain_key(key)
        psycopg = _psycopg()
        self._lock = threading.Lock()
        try:
            self._conn = psycopg.connect(conninfo, autocommit=False)
            with self._conn.transaction():
                self._conn.execute("SELECT pg_advisory_xact_lock(%s)", (_PG_LOCK,))
                for stmt in _PG_SCHEMA:
                    self._conn.execute(stmt)
        except psycopg.Error:
            raise AuditError("the PostgreSQL audit store cannot be opened") from None

    def __repr__(self) -> str:
        return "PostgresSink(conninfo=<hidden>, key=<hidden>)"

    def emit(self, event: AuditEvent) -> None:
        """Insert one record and move the anchored head, in one transaction."""
        psycopg = _psycopg()
        with self._lock:
            try:
                with self._conn.transaction():
                    self._conn.execute("SELECT pg_advisory_xact_lock(%s)", (_PG_LOCK,))
                    last = self._conn.execute(
                        "SELECT seq, mac FROM cnpii_audit ORDER BY seq DESC LIMIT 1").fetchone()
                    seq, prev, text, mac = self._record(last, event)
                    self._conn.execute(
                        "INSERT INTO cnpii_audit (seq, prev, event, mac) VALUES (%s, %s, %s, %s)",
                        (seq, prev, text, mac))
                    self._conn.execute(
                        "INSERT INTO cnpii_audit_head (id, seq, head, mac) VALUES (1, %s, %s, %s) "
                        "ON CONFLICT (id) DO UPDATE SET seq = EXCLUDED.seq, "
                        "head = EXCLUDED.head, mac = EXCLUDED.mac",
                        (seq, mac, checkpoint_mac(self._key, seq, mac)))
            except psycopg.Error:
                raise AuditError("the PostgreSQL audit store cannot be written") from None

    def close(self) -> None:
        """Close the database connection."""
        self._conn.close()


# -- reading (verify, query) ----------------------------------------------------------------------
def sql_rows(target: str | os.PathLike[str]) -> tuple[Iterator[tuple[Any, ...]], tuple[Any, ...] | None]:
    """``(records, head_row)`` of a SQLite or PostgreSQL store: records as
    ``(seq, prev, event_text, mac)`` in ``seq`` order (read lazily, through their own
    connection), the head row as ``(seq, head, mac)``."""
    if is_postgres_target(target):
        psycopg = _psycopg()
        try:
            with psycopg.connect(str(target)) as conn:
                head = conn.execute("SELECT seq, head, mac FROM cnpii_audit_head WHERE id = 1"
                                    ).fetchone()
        except psycopg.Error:
            raise AuditError("the PostgreSQL audit store cannot be read") from None

        def pg_rows() -> Iterator[tuple[Any, ...]]:
            try:
                with psycopg.connect(str(target)) as rconn:
                    with rconn.cursor(name="cnpii_audit_read") as cur:
                        cur.itersize = 10_000
                        cur.execute("SELECT seq, prev, event, mac FROM cnpii_audit ORDER BY seq")
                        yield from cur
            except psycopg.Error:
                raise AuditError("the PostgreSQL audit store cannot be read") from None
        return pg_rows(), head
    if not Path(target).exists():
        raise AuditError("the audit store does not exist")
    uri = f"{Path(target).resolve().as_uri()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
        try:
            head = conn.execute("SELECT seq, head, mac FROM cnpii_audit_head WHERE id = 1"
                                ).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        raise AuditError("the SQLite audit store cannot be read") from None

    def sqlite_rows() -> Iterator[tuple[Any, ...]]:
        try:
            rconn = sqlite3.connect(uri, uri=True)
            try:
                yield from rconn.execute("SELECT seq, prev, event, mac FROM cnpii_audit "
                                         "ORDER BY seq")
            finally:
                rconn.close()
        except sqlite3.Error:
            raise AuditError("the SQLite audit store cannot be read") from None
    return sqlite_rows(), head


from cnpii._args import guard_module as _guard_module  # noqa: E402

_guard_module(globals(), ["SQLiteSink", "PostgresSink", "is_postgres_target", "is_sqlite_target"])  # cnpii._args: typed, quiet errors (issue 11)

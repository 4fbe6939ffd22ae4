"""Every tampering case against every chained audit store: JSON Lines (with its signed
checkpoint), SQLite and a real PostgreSQL server (started by the test); query; several writers;
the library-side append-only triggers."""

from __future__ import annotations

import copy
import json
import multiprocessing
import sqlite3
import sys
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent))
from _postgres import postgres_cluster  # noqa: E402

from cnpii.audit import (  # noqa: E402
    AuditEvent,
    JsonLinesSink,
    PostgresSink,
    SQLiteSink,
    query,
    verify,
)
from cnpii.audit.sinks import checkpoint_path  # noqa: E402
from cnpii.errors import AuditError  # noqa: E402

KEY = b"store-chain-key-0123456789abcdef"
N = 6


@pytest.fixture(scope="module")
def pg_server() -> Iterator[str]:
    yield from postgres_cluster()


class Store:
    """One backend: make a fresh store, read its records, rewrite them bypassing the library."""

    def __init__(self, kind: str, target: str, pg_admin: str | None = None) -> None:
        self.kind, self.target, self.pg_admin = kind, target, pg_admin

    def sink(self) -> Any:
        if self.kind == "jsonl":
            return JsonLinesSink(self.target, key=KEY)
        if self.kind == "sqlite":
            return SQLiteSink(self.target, key=KEY)
        return PostgresSink(self.target, key=KEY)

    def records(self) -> list[dict[str, Any]]:
        if self.kind == "jsonl":
            return [json.loads(x) for x in Path(self.target).read_text().splitlines() if x]
        rows = self._sql("SELECT seq, prev, event, mac FROM cnpii_audit ORDER BY seq", fetch=True)
        return [{"seq": s, "prev": p, "event": json.loads(e), "mac": m} for s, p, e, m in rows]

    def rewrite(self, recs: list[dict[str, Any]], raw_events: dict[int, str] | None = None) -> None:
        """Replace the records as an attacker with write access would (triggers off)."""
        raw_events = raw_events or {}
        if self.kind == "jsonl":
            lines = []
            for i, r in enumerate(recs):
                line = json.dumps(r, sort_keys=True, ensure_ascii=False)
                if i in raw_events:
                    line = raw_events[i]
                lines.append(line + "\n")
            Path(self.target).write_text("".join(lines))
            return
        rows = [(r["seq"], r["prev"], raw_events.get(i, json.dumps(r["event"], sort_keys=True,
                                                                    ensure_ascii=False)), r["mac"])
                for i, r in enumerate(recs)]
        if self.kind == "sqlite":
            conn = sqlite3.connect(self.target)
            conn.executescript("DROP TRIGGER cnpii_audit_no_update; DROP TRIGGER cnpii_audit_no_delete;"
                               "DELETE FROM cnpii_audit;")
            conn.executemany("INSERT INTO cnpii_audit VALUES (?, ?, ?, ?)", rows)
            conn.commit()
            conn.close()
            return
        import psycopg

        with psycopg.connect(self.target) as conn:
            conn.execute("ALTER TABLE cnpii_audit DISABLE TRIGGER USER")
            conn.execute("DELETE FROM cnpii_audit")
            with conn.cursor() as cur:
                cur.executemany("INSERT INTO cnpii_audit VALUES (%s, %s, %s, %s)", rows)
            conn.execute("ALTER TABLE cnpii_audit ENABLE TRIGGER USER")

    def drop_head(self) -> None:
        if self.kind == "jsonl":
            checkpoint_path(self.target).unlink()
        else:
            self._sql("DELETE FROM cnpii_audit_head")

    def forge_head(self) -> None:
        if self.kind == "jsonl":
            p = checkpoint_path(self.target)
            doc = json.loads(p.read_text())
            doc["seq"] -= 2
            p.write_text(json.dumps(doc))
        else:
            self._sql("UPDATE cnpii_audit_head SET seq = seq - 2")

    def _sql(self, sql: str, fetch: bool = False) -> Any:
        if self.kind == "sqlite":
            conn = sqlite3.connect(self.target)
            try:
                cur = conn.execute(sql)
                out = cur.fetchall() if fetch else None
                conn.commit()
                return out
            finally:
                conn.close()
        import psycopg

        with psycopg.connect(self.target) as conn:
            cur = conn.execute(sql)
            return cur.fetchall() if fetch else None


def _make(kind: str, request: pytest.FixtureRequest, tmp_path: Path) -> Store:
    if kind == "jsonl":
        return Store("jsonl", str(tmp_path / "audit.jsonl"))
    if kind == "sqlite":
        return Store("sqlite", str(tmp_path / "audit.sqlite"))
    url = request.getfixturevalue("pg_server")
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP TABLE IF EXISTS cnpii_audit, cnpii_audit_head")
    return Store("postgres", url)


@pytest.fixture(params=["jsonl", "sqlite", "postgres"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Store:
    return _make(request.param, request, tmp_path)


@pytest.fixture(params=["sqlite", "postgres"])
def sql_store(request: pytest.FixtureRequest, tmp_path: Path) -> Store:
    return _make(request.param, request, tmp_path)


def _fill(store: Store, n: int = N) -> str:
    sink = store.sink()
    for i in range(n):
        sink.emit(AuditEvent(action="mask" if i % 2 else "export", actor=f"user{i % 3}",
                             count=i + 1, role="ops", purpose="kyc",
                             time=f"2026-01-0{i + 1}T00:00:00.000Z"))
    if hasattr(sink, "close"):
        sink.close()
    return store.records()[-1]["mac"]


def test_intact_store_verifies_and_queries(store: Store) -> None:
    head = _fill(store)
    result = verify(store.target, key=KEY, head=head)
    assert result.ok and result.records == N and result.head == head
    assert [e["count"] for e in query(store.target, actor="user1")] == [2, 5]
    assert [e["count"] for e in query(store.target, action="export", since="2026-01-03")] == [3, 5]
    assert not verify(store.target, key=b"w" * 32).ok, "a wrong key does not verify"


def _alter(recs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    recs[2]["event"]["count"] = 999
    return recs


def _remove(recs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    del recs[2]
    return recs


def _remove_first(recs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return recs[1:]


def _reorder(recs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    recs[1], recs[2] = recs[2], recs[1]
    return _renumber(recs)


def _insert(recs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    recs.insert(2, copy.deepcopy(recs[1]))  # a replayed, authentic record
    return _renumber(recs)


def _insert_forged(recs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    fake = {"seq": recs[-1]["seq"] + 1, "prev": recs[-1]["mac"], "event": recs[0]["event"],
            "mac": "0" * 64}
    return recs + [fake]


def _renumber(recs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for i, r in enumerate(recs, start=1):  # SQL keys must stay unique; seq order is the order
        r["seq"] = i
    return recs


def _truncate(recs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return recs[:-2]


def _truncate_all(recs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return []


MUTATIONS: dict[str, Callable[[list[dict[str, Any]]], list[dict[str, Any]]]] = {
    "altered": _alter, "removed": _remove, "removed_first": _remove_first, "reordered": _reorder,
    "inserted": _insert, "forged": _insert_forged, "truncated": _truncate,
    "emptied": _truncate_all,
}


@pytest.mark.parametrize("mutation", sorted(MUTATIONS))
def test_tampering_is_detected_without_a_head(store: Store, mutation: str) -> None:
    _fill(store)
    store.rewrite(MUTATIONS[mutation](store.records()))
    result = verify(store.target, key=KEY)
    assert not result.ok, mutation
    expect = {"altered": "MAC", "forged": "MAC", "truncated": "truncated", "emptied": "truncated"}
    if mutation in expect:
        assert expect[mutation] in (result.problem or "")
    elif mutation in ("reordered", "inserted"):
        assert "MAC" in (result.problem or "") or "chain broken" in (result.problem or "")
    else:
        assert "chain broken" in (result.problem or "")


def test_head_anchor_removed_or_forged(store: Store) -> None:
    _fill(store)
    store.forge_head()
    result = verify(store.target, key=KEY)
    assert not result.ok and "MAC" in (result.problem or "")
    store.drop_head()
    result = verify(store.target, key=KEY)
    assert not result.ok and "missing" in (result.problem or "")


def test_truncated_tail_with_the_head_rolled_back_too_needs_the_outside_head(store: Store) -> None:
    sink = store.sink()
    for i in range(3):
        sink.emit(AuditEvent(action="mask", count=i))
    saved = (checkpoint_path(store.target).read_text() if store.kind == "jsonl" else
             store._sql("SELECT seq, head, mac FROM cnpii_audit_head", fetch=True)[0])
    sink.emit(AuditEvent(action="export", count=9))
    head = store.records()[-1]["mac"]
    if hasattr(sink, "close"):
        sink.close()
    store.rewrite(store.records()[:3])  # the attacker also restores the older signed anchor
    if store.kind == "jsonl":
        checkpoint_path(store.target).write_text(saved)
    else:
        store._sql(f"UPDATE cnpii_audit_head SET seq = {saved[0]}, head = '{saved[1]}', "
                   f"mac = '{saved[2]}'")
    assert verify(store.target, key=KEY).ok, "self-consistent: only an outside head catches it"
    result = verify(store.target, key=KEY, head=head)
    assert not result.ok and "truncated" in (result.problem or "")


def test_duplicate_json_keys_and_non_integer_seq_are_rejected(store: Store) -> None:
    _fill(store, 3)
    recs = store.records()
    ev = json.dumps(recs[1]["event"], sort_keys=True, ensure_ascii=False)
    dup = ev[:-1] + ', "count": 1}'
    if store.kind == "jsonl":
        raw = json.dumps(recs[1], sort_keys=True, ensure_ascii=False)
        raw = raw.replace('"event": ' + ev, '"event": ' + dup)
        store.rewrite(recs, {1: raw})
    else:
        store.rewrite(recs, {1: dup})
    result = verify(store.target, key=KEY)
    assert not result.ok and "repeats a JSON key" in (result.problem or "")
    if store.kind == "jsonl":  # SQL keys are integers by the schema
        recs = store.records()
        for bad in ("2", 2.0, True):
            r = copy.deepcopy(recs)
            r[0]["seq"] = bad
            store.rewrite(r)
            result = verify(store.target, key=KEY)
            assert not result.ok and "not an integer" in (result.problem or ""), bad


def test_library_side_is_append_only(sql_store: Store) -> None:
    store = sql_store
    _fill(store, 2)
    for sql in ("UPDATE cnpii_audit SET event = '{}' WHERE seq = 1",
                "DELETE FROM cnpii_audit WHERE seq = 2"):
        with pytest.raises(Exception, match="append-only"):
            store._sql(sql)
    if store.kind == "postgres":
        with pytest.raises(Exception, match="append-only"):
            store._sql("TRUNCATE cnpii_audit")
    assert verify(store.target, key=KEY).ok


def test_two_writers_share_one_chain(store: Store) -> None:
    a, b = store.sink(), store.sink()
    for i in range(5):
        a.emit(AuditEvent(action="mask", actor="a", count=i))
        b.emit(AuditEvent(action="mask", actor="b", count=i))
    result = verify(store.target, key=KEY)
    assert result.ok and result.records == 10
    assert [e["actor"] for e in query(store.target)] == ["a", "b"] * 5


def _writer(path: str, name: str, n: int) -> None:
    sink = JsonLinesSink(path, key=KEY)
    for i in range(n):
        sink.emit(AuditEvent(action="mask", actor=name, count=i))


def test_several_processes_append_to_one_json_lines_file(tmp_path: Path) -> None:
    path = str(tmp_path / "audit.jsonl")
    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=_writer, args=(path, f"w{k}", 40)) for k in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
    assert all(p.exitcode == 0 for p in procs)
    result = verify(path, key=KEY)
    assert result.ok and result.records == 120, result.problem
    assert sorted(e["actor"] for e in query(path)) == sorted(["w0", "w1", "w2"] * 40)


def test_trailing_newlines_are_accepted_but_not_blank_lines_inside(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    sink = JsonLinesSink(path, key=KEY)
    for i in range(3):
        sink.emit(AuditEvent(action="mask", count=i))
    with open(path, "a") as fh:
        fh.write("\n\n")
    assert verify(path, key=KEY).ok
    JsonLinesSink(path, key=KEY)  # resumes past the trailing newlines
    lines = path.read_text().splitlines(keepends=True)
    lines.insert(1, "\n")
    path.write_text("".join(lines))
    result = verify(path, key=KEY)
    assert not result.ok and "blank line" in (result.problem or "")


def test_missing_store_and_bad_key_are_typed_errors(tmp_path: Path) -> None:
    with pytest.raises(AuditError):
        verify(tmp_path / "none.jsonl", key=KEY)
    with pytest.raises(AuditError):
        verify(tmp_path / "none.sqlite", key=KEY)
    with pytest.raises(AuditError):
        SQLiteSink(tmp_path / "x.sqlite", key=b"short")


def test_missing_postgres_fails_in_ci_and_skips_elsewhere(monkeypatch: pytest.MonkeyPatch) -> None:
    import _postgres

    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="apt-get install -y postgresql"):
        _postgres._missing("the server binaries are not installed")
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception):
        _postgres._missing("the server binaries are not installed")
    monkeypatch.setattr(_postgres, "_bindir", lambda: None)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="server binaries"):
        next(_postgres.postgres_cluster())


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_any_changed_byte_inside_a_json_lines_record_is_found(data: st.DataObject) -> None:
    import tempfile

    path = Path(tempfile.mkdtemp()) / "audit.jsonl"
    sink = JsonLinesSink(path, key=KEY)
    for i in range(3):
        sink.emit(AuditEvent(action="mask", actor=f"u{i}", count=i, reason="月度 review"))
    raw = bytearray(path.read_bytes())
    pos = data.draw(st.integers(0, len(raw) - 2), label="position")  # not the final newline
    new = data.draw(st.integers(0, 255).filter(lambda b: b != raw[pos]), label="byte")
    raw[pos] = new
    path.write_bytes(bytes(raw))
    result = verify(path, key=KEY)
    assert not result.ok


def test_a_checkpoint_one_record_behind_after_a_crash_still_verifies(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    JsonLinesSink(path, key=KEY).emit(AuditEvent(action="mask", count=1))
    JsonLinesSink(path, key=KEY, checkpoint=False).emit(AuditEvent(action="mask", count=2))
    result = verify(path, key=KEY)
    assert result.ok and result.records == 2 and "behind" in (result.note or "")
    lines = path.read_text().splitlines(keepends=True)
    path.write_text(lines[1])  # but the record it names must still be there
    assert not verify(path, key=KEY).ok

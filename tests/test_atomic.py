"""cnpii._atomic.staged: the one atomic file write (masking, re-encryption, sweeps, subject keys,
audit checkpoints and scan baselines all write through it)."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cnpii._atomic import PREFIX, staged
from cnpii.errors import CnpiiError, WriteFailed


class Boom(CnpiiError):  # typed, so a guarded caller lets it through as it is
    pass


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.startswith(PREFIX))


@settings(max_examples=60, deadline=None)
@given(old=st.none() | st.binary(max_size=200), new=st.lists(st.binary(max_size=64), max_size=5),
       fail_after=st.none() | st.integers(min_value=0, max_value=5),
       suffix=st.sampled_from(["", ".csv", ".parquet", ".tmp"]))
def test_the_target_is_replaced_whole_or_not_at_all(old: bytes | None, new: list[bytes],
                                                   fail_after: int | None, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as d:
        directory = Path(d)
        target = directory / f"out{suffix}"
        if old is not None:
            target.write_bytes(old)
        fails = fail_after is not None and fail_after <= len(new)
        aborted: list[str] = []
        try:
            with staged(target, suffix=suffix) as pending:
                assert pending.path.parent == directory and pending.path.name.startswith(PREFIX)
                assert pending.path.name.endswith(suffix) and pending.path != target
                pending.on_abort(lambda: aborted.append("closed"))
                with open(pending.path, "wb") as fh:
                    for i, part in enumerate(new):
                        if fails and i == fail_after:
                            raise Boom
                        fh.write(part)
                        fh.flush()
                        # nothing is visible at the target while the write goes on
                        assert (target.read_bytes() if old is not None else None) == old
                    if fails:
                        raise Boom
        except Boom:
            assert fails, "only the body's own error comes out"
            assert (target.read_bytes() if target.exists() else None) == old
            assert aborted == ["closed"]
        else:
            assert not fails
            assert target.read_bytes() == b"".join(new)
            assert aborted == []
        assert _leftovers(directory) == [], "no temporary file is left behind"


def test_an_interrupt_also_cleans_up_and_abort_calls_run_in_order_ignoring_their_errors(
        tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old")
    calls: list[int] = []

    def second() -> None:
        calls.append(2)
        raise OSError("closing failed too")

    with pytest.raises(KeyboardInterrupt):
        with staged(target) as pending:
            pending.on_abort(lambda: calls.append(1))
            pending.on_abort(second)
            pending.on_abort(lambda: calls.append(3))
            pending.path.write_text("half")
            raise KeyboardInterrupt
    assert calls == [1, 2, 3]
    assert target.read_text() == "old" and _leftovers(tmp_path) == []


def test_a_failed_rename_raises_the_typed_error_and_removes_the_temporary_file(
        tmp_path: Path) -> None:
    target = tmp_path / "a-directory"
    (target / "inside").mkdir(parents=True)  # a non-empty directory cannot be renamed over
    with pytest.raises(WriteFailed, match="cannot be put in place") as info:
        with staged(target, replace_error=WriteFailed("the output cannot be put in place")) as p:
            p.path.write_text("new")
    assert info.value.__cause__ is None and info.value.__suppress_context__
    assert _leftovers(tmp_path) == [] and (target / "inside").is_dir()
    with pytest.raises(OSError):  # without a typed error: the OS error itself
        with staged(target) as p:
            p.path.write_text("new")
    assert _leftovers(tmp_path) == []


def test_a_missing_directory_raises_the_typed_error(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "out.csv"
    with pytest.raises(WriteFailed, match="cannot be written to"):
        with staged(target, create_error=WriteFailed("the output's directory cannot be "
                                                     "written to")):
            pytest.fail("the block must not run")  # pragma: no cover
    with pytest.raises(FileNotFoundError):
        with staged(target):
            pytest.fail("the block must not run")  # pragma: no cover


def test_a_scratch_file_without_target_is_removed_either_way(tmp_path: Path) -> None:
    with staged(None, directory=tmp_path, suffix=".csv") as pending:
        pending.path.write_text("sent elsewhere")
        assert _leftovers(tmp_path) == [pending.path.name]
    assert _leftovers(tmp_path) == []
    with pytest.raises(Boom):
        with staged(None, directory=tmp_path):
            raise Boom
    assert _leftovers(tmp_path) == []
    with staged(None) as pending:  # the system's temporary folder by default
        assert pending.path.parent == Path(tempfile.gettempdir())
    assert not pending.path.exists()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
@settings(max_examples=20, deadline=None)
@given(umask=st.sampled_from([0o000, 0o002, 0o022, 0o027, 0o077]),
       mode=st.none() | st.integers(min_value=0o400, max_value=0o777))
def test_file_modes(umask: int, mode: int | None) -> None:
    old_umask = os.umask(umask)
    try:
        with tempfile.TemporaryDirectory() as d:
            target = Path(d) / "out"
            with staged(target, mode=mode) as pending:  # private by default, like mkstemp
                pending.path.write_text("x")
            assert _mode(target) == (0o600 & ~umask if mode is None else mode)
            # create=0o666: what open(path, "w") would give under the umask
            with staged(target, create=0o666) as pending:
                pending.path.write_text("y")
            assert _mode(target) == 0o666 & ~umask
    finally:
        os.umask(old_umask)


def test_a_symlink_target_is_replaced_not_followed(tmp_path: Path) -> None:
    real = tmp_path / "real.txt"
    real.write_text("old")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    with staged(link) as pending:
        pending.path.write_text("new")
    assert not link.is_symlink() and link.read_text() == "new" and real.read_text() == "old"


def test_sweep_file_failing_mid_write_leaves_dst_untouched(tmp_path: Path, monkeypatch) -> None:
    """A sweep that fails after some chunks were written: ``dst`` (here the input itself) is as
    it was, no temporary file is left, and no sweep is audited."""
    import datetime as dt

    import pandas as pd

    from cnpii import Policy, retention
    from cnpii.audit import MemorySink, configure

    src = tmp_path / "accounts.csv"
    pd.DataFrame({"closed_on": ["2001-01-01", "2025-01-01"] * 20}).to_csv(src, index=False)
    before = src.read_bytes()
    real, calls = retention.sweep_frame, []

    def failing(*args, **kwargs):  # the third chunk fails, after two were written
        calls.append(1)
        if len(calls) == 3:
            raise Boom
        return real(*args, **kwargs)

    monkeypatch.setattr(retention, "sweep_frame", failing)
    policy = Policy.load({"rules": [], "retention": {"date_column": "closed_on",
                                                     "periods": {"default": "10y"}}})
    sink = MemorySink()
    configure(sink)
    try:
        with pytest.raises(Boom):
            retention.sweep_file(src, policy, dst=src, today=dt.date(2026, 1, 1), chunk_rows=5)
    finally:
        configure(None)
    assert len(calls) == 3
    assert src.read_bytes() == before and _leftovers(tmp_path) == []
    assert not [e for e in sink.events if e.action == "retention_sweep"]

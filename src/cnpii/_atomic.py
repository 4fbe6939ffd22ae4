"""The one definition of cnpii's atomic file write (private).

A file is written to a fresh temporary file beside its target and renamed over the target only
when the whole write succeeded; on any failure (an exception, an interrupt, a failed rename) the
temporary file is removed and the target is left as it was.

>>> import os, tempfile
>>> target = os.path.join(tempfile.mkdtemp(), "out.txt")
>>> with staged(target) as st:
...     _ = st.path.write_text("new")
>>> open(target).read()
'new'
"""

from __future__ import annotations

import contextlib
import os
import secrets
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

__all__ = ["PREFIX", "Staged", "staged"]

#: every temporary file cnpii writes starts so (tests look for leftovers by it)
PREFIX = ".cnpii-"


class Staged:
    """The temporary file of one :func:`staged` write: ``path``, and what to undo on failure."""

    __slots__ = ("_aborts", "path")

    def __init__(self, path: Path) -> None:
        self.path = path
        self._aborts: list[Callable[[], object]] = []

    def on_abort(self, undo: Callable[[], object]) -> None:
        """Call ``undo`` (say, closing a writer) when the write fails, before the temporary file
        is removed; such calls run in the order given, and their own errors are ignored (the
        original error matters more)."""
        self._aborts.append(undo)

    def _abort(self) -> None:
        for undo in self._aborts:
            try:
                undo()
            except Exception:  # noqa: S110 - the original error matters more
                pass


def _create(directory: Path, suffix: str, create: int) -> Path:
    """A new, empty file in ``directory`` (never an existing one), created with the
    permission bits ``create`` less the umask, as :func:`tempfile.mkstemp` does with 0o600."""
    for _ in range(100):
        path = directory / f"{PREFIX}{secrets.token_hex(6)}{suffix}"
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                         create)
        except FileExistsError:
            continue
        os.close(fd)
        return path
    raise FileExistsError("no free temporary file name")  # pragma: no cover - 2**48 names


@contextlib.contextmanager
def staged(target: str | os.PathLike[str] | None, *, suffix: str = "", create: int = 0o600,
           mode: int | None = None, directory: str | os.PathLike[str] | None = None,
           create_error: BaseException | None = None,
           replace_error: BaseException | None = None) -> Iterator[Staged]:
    """Write ``target`` atomically: yields a :class:`Staged` whose ``path`` is a new empty file
    beside ``target`` (named ``.cnpii-…`` + ``suffix``); when the block ends normally, that file
    is renamed over ``target``; when it raises (anything, interrupts too) or the rename fails, the
    ``on_abort`` calls run, the temporary file is removed and ``target`` is untouched.

    ``create``: the permission bits the temporary file is created with, less the umask
    (0o600, private, by default; 0o666 for what a plain ``open(path, "w")`` would give).
    ``mode``: if given, the exact bits it is set to before the rename (the umask does not apply).
    ``target=None``: nothing is put in place: the file (in ``directory`` or the system's
    temporary folder) is only a scratch file, removed when the block ends either way.
    ``create_error`` / ``replace_error``: raised (without the OS error's text) instead of the
    :class:`OSError` when the temporary file cannot be created / put in place.

    >>> import os, tempfile
    >>> target = os.path.join(tempfile.mkdtemp(), "kept.txt")
    >>> _ = open(target, "w").write("old")
    >>> try:
    ...     with staged(target) as st:
    ...         _ = st.path.write_text("half")
    ...         raise RuntimeError("failed mid-write")
    ... except RuntimeError:
    ...     pass
    >>> open(target).read(), sorted(os.listdir(os.path.dirname(target)))
    ('old', ['kept.txt'])
    """
    if directory is None:
        directory = tempfile.gettempdir() if target is None else Path(target).parent
    try:
        tmp = _create(Path(directory), suffix, create)
    except OSError:
        if create_error is not None:
            raise create_error from None
        raise
    st = Staged(tmp)
    ok = False
    try:
        yield st
        if target is not None:
            try:
                if mode is not None:
                    os.chmod(tmp, mode)
                os.replace(tmp, target)
            except OSError:
                if replace_error is not None:
                    raise replace_error from None
                raise
        ok = True
    finally:
        if not ok:
            st._abort()
        if not ok or target is None:
            tmp.unlink(missing_ok=True)

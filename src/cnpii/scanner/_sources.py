"""What to scan: git-tracked files, staged content, added lines of commits, or a folder walk.

Inside a git work tree a folder argument means the files git tracks there (``--untracked``
adds untracked files that ``.gitignore`` does not exclude), so build outputs and virtual
environments are not scanned. ``--staged`` scans the staged content (``git show :path``), not
the working file. ``--git-history RANGE`` scans the lines each commit in ``RANGE`` added.
Outside git, folders are walked; hidden folders are reported as skipped unless ``--hidden``.

File names are bytes to git and to the file system; they are shown with undecodable bytes as
``\\xNN`` escapes, and a name that is not UTF-8 never stops a run.
"""

from __future__ import annotations

import fnmatch
import os
import re
import subprocess
from typing import Iterator

from cnpii.errors import CnpiiError

__all__ = ["GitError", "display_name", "git_root", "tracked_files", "walk_files", "staged_files",
           "history_tasks", "excluded", "read_staged"]


class GitError(CnpiiError, RuntimeError):
    """git is missing or refused a command (the message names the command, not file contents)."""

    default_message = "a git command failed"


def display_name(raw: bytes | str) -> str:
    r"""A printable path: UTF-8 names as they are; a name that is not UTF-8 with every
    non-ASCII byte as a ``\xNN`` escape (reversible, so SARIF can name the real file).

    >>> display_name(b"a/\xbf\xcd\xbb\xa7.txt"), display_name("客户.txt")
    ('a/\\xbf\\xcd\\xbb\\xa7.txt', '客户.txt')
    """
    if isinstance(raw, str):
        raw = os.fsencode(raw)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("ascii", "backslashreplace")
    return text.replace(os.sep, "/") if os.sep != "/" else text


def _git(args: list[str], cwd: str | None = None, check: bool = True) -> bytes:
    try:
        proc = subprocess.run(["git", "-c", "core.quotepath=off", *args], cwd=cwd,
                              capture_output=True)
    except FileNotFoundError:
        raise GitError("git is not installed") from None
    if check and proc.returncode != 0:
        raise GitError(f"git {args[0]} failed (exit {proc.returncode})")
    return proc.stdout


def git_root(path: str = ".") -> str | None:
    """The work tree root containing ``path``, or ``None`` outside git (or without git)."""
    d = path if os.path.isdir(path) else os.path.dirname(path) or "."
    try:
        proc = subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=d, capture_output=True)
    except (FileNotFoundError, NotADirectoryError):
        return None
    if proc.returncode != 0:
        return None
    return os.fsdecode(proc.stdout.rstrip(b"\n"))


def excluded(path: str, patterns: list[str], rel: str | None = None) -> bool:
    """Whether a glob matches the path, its part below the scanned folder, or its file name
    (``*`` also crosses ``/``; a pattern ending in ``/`` matches everything below a folder).

    >>> excluded("./tests/fixtures/a.csv", ["tests/fixtures/"]), excluded("a.min.js", ["*.min.js"])
    (True, True)
    """
    forms = {path, path.rsplit("/", 1)[-1]} | ({rel} if rel else set())
    forms = {f.replace(os.sep, "/").removeprefix("./") for f in forms}
    for g in patterns:
        if g.endswith("/"):
            if any(f.startswith(g) or ("/" + g) in ("/" + f) for f in forms):
                return True
        elif any(fnmatch.fnmatch(f, g) for f in forms):
            return True
    return False


def tracked_files(folder: str, untracked: bool) -> list[bytes]:
    """Files git tracks below ``folder`` (joined to it), sorted; deleted files are left out."""
    args = ["ls-files", "-z", "--cached"]
    if untracked:
        args += ["--others", "--exclude-standard"]
    out = _git(args, cwd=folder)
    deleted = set(_git(["ls-files", "-z", "--deleted"], cwd=folder).split(b"\0"))
    names = sorted({n for n in out.split(b"\0") if n and n not in deleted})
    base = os.fsencode(folder)
    if base in (b".", b"./", b""):
        return names
    return [os.path.join(base, n) for n in names]


def walk_files(path: str, hidden: bool) -> Iterator[tuple[str, str | None]]:
    """``(file, None)`` for every file below ``path`` and ``(folder, reason)`` for folders not
    entered; ``.git`` folders are never entered nor reported."""
    for root, dirs, files in os.walk(path):
        keep = []
        for d in sorted(dirs):
            if d == ".git":
                continue
            full = os.path.join(root, d)
            if d.startswith(".") and not hidden:
                yield full, "hidden folder (not scanned; use --hidden, or --exclude it)"
                continue
            if os.path.islink(full):
                yield full, "symbolic link to a folder (not followed)"
                continue
            keep.append(d)
        dirs[:] = keep
        for name in sorted(files):
            yield os.path.join(root, name), None


def staged_files(paths: list[str]) -> list[bytes]:
    """Files added, copied, modified or renamed in the index (relative to the current folder)."""
    out = _git(["diff", "--cached", "--name-only", "-z", "--diff-filter=ACMR", "--relative",
                "--", *paths])
    return sorted(n for n in out.split(b"\0") if n)


def read_staged(name: bytes, max_size: int | None = None) -> bytes | None:
    """The staged content of a file (``git show :path``); ``None`` when it is larger than
    ``max_size`` (not read)."""
    spec = ":./" + os.fsdecode(name)
    if max_size is not None and int(_git(["cat-file", "-s", spec]).strip() or 0) > max_size:
        return None
    return _git(["cat-file", "blob", spec])


_HUNK = re.compile(rb"^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")
_OCTAL = re.compile(rb"\\([0-7]{3}|[abtnvfr\"\\])")
_ESC = {b"a": b"\a", b"b": b"\b", b"t": b"\t", b"n": b"\n", b"v": b"\v", b"f": b"\f", b"r": b"\r",
        b'"': b'"', b"\\": b"\\"}


def _unquote(name: bytes) -> bytes:
    if name.startswith(b'"') and name.endswith(b'"'):
        return _OCTAL.sub(lambda m: _ESC.get(m.group(1)) or bytes([int(m.group(1), 8)]), name[1:-1])
    return name


def history_tasks(rev_range: str, paths: list[str], exclude: list[str],
                  binary_kinds: frozenset[str]) -> Iterator[tuple]:
    """Tasks for the lines each commit in ``rev_range`` added (``lines`` tasks), and for files
    git calls binary whose kind can be read (``blob`` tasks: spreadsheets, Parquet, zip).
    Binary files of other kinds give ``("binary", display)`` items."""
    from cnpii.scanner._read import kind_of

    if rev_range.startswith("-"):
        raise GitError("the history range must not start with '-'")
    cmd = ["git", "-c", "core.quotepath=off", "log", "-p", "-U0", "--no-color", "--no-ext-diff",
           "--no-textconv", "--format=%x00commit %H", "--relative", rev_range, "--", *paths]
    try:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    except FileNotFoundError:
        raise GitError("git is not installed") from None
    assert proc.stdout is not None
    commit = ""
    path: bytes | None = None
    lines: list[tuple[int, bytes]] = []
    new_line = 0
    left_new = left_old = 0

    def flush() -> Iterator[tuple]:
        nonlocal lines
        if path is not None and lines:
            yield ("lines", display_name(path), commit, lines)
        lines = []

    for raw in proc.stdout:
        raw = raw[:-1] if raw.endswith(b"\n") else raw
        if left_new or left_old:
            tag = raw[:1]
            if tag == b"+":
                if path is not None:
                    lines.append((new_line, raw[1:]))
                    if len(lines) >= 20000:
                        yield from flush()
                new_line += 1
                left_new -= 1
            elif tag == b"-":
                left_old -= 1
            elif tag == b" ":
                new_line += 1
                left_new -= 1
                left_old -= 1
            continue
        if raw.startswith(b"\0commit "):
            yield from flush()
            commit, path = raw[8:].decode("ascii", "replace"), None
        elif raw.startswith(b"diff --git "):
            yield from flush()
            path = None
        elif raw.startswith(b"+++ "):
            name = _unquote(raw[4:])
            if name == b"/dev/null":
                path = None
            else:
                name = name[2:] if name.startswith(b"b/") else name
                shown = display_name(name)
                path = None if exclude and excluded(shown, exclude) else name
        elif raw.startswith(b"Binary files ") and raw.endswith(b" differ"):
            m = re.match(rb"Binary files (.*) and (.*) differ$", raw)
            if m and m.group(2) != b"/dev/null":
                name = _unquote(m.group(2))
                name = name[2:] if name.startswith(b"b/") else name
                shown = display_name(name)
                if exclude and excluded(shown, exclude):
                    continue
                if kind_of(os.fsdecode(name)) in binary_kinds:
                    data = _git(["cat-file", "blob", f"{commit}:./{os.fsdecode(name)}"])
                    yield ("blob", shown, data, commit)
                else:
                    yield ("binary", shown)
        else:
            m = _HUNK.match(raw)
            if m:
                left_old = int(m.group(1)) if m.group(1) is not None else 1
                left_new = int(m.group(3)) if m.group(3) is not None else 1
                new_line = int(m.group(2))
    yield from flush()
    proc.stdout.close()
    err = proc.stderr.read() if proc.stderr else b""
    if proc.wait() != 0:
        raise GitError(f"git log failed for the range given (exit {proc.returncode})"
                       + (": unknown revision" if b"unknown revision" in err or b"bad revision" in err else ""))

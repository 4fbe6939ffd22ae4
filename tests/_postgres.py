"""A throwaway PostgreSQL cluster for the tests: initdb into a temporary directory, pg_ctl
start on a free port with a private unix socket, stop and delete at the end.

The server binaries come from Debian's ``postgresql`` package (``.ci/run`` installs it). When
they are missing the tests fail in CI (``CI=true``) with a message saying so, and skip on a
developer machine. initdb refuses to run as root, so as root the cluster runs as the
``postgres`` user (created by the Debian package) through ``runuser``.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Iterator

import pytest


def _bindir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _missing(why: str) -> None:
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"PostgreSQL tests need a real server and {why}: .ci/run installs Debian's "
                    "postgresql package (apt-get install -y postgresql)", pytrace=False)
    pytest.skip(f"PostgreSQL not available locally ({why}); CI runs these tests")


def postgres_cluster() -> Iterator[str]:
    """Yield a ``postgresql://`` URL of a fresh superuser database; stop the server after."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _missing("psycopg is not installed (the test extra installs psycopg[binary])")
    bindir = _bindir()
    if bindir is None or not (bindir / "pg_ctl").exists():
        _missing("the server binaries (initdb, pg_ctl) are not installed")
    assert bindir is not None
    root = Path(tempfile.mkdtemp(prefix="cnpii-pg-"))
    data, sock = root / "data", root / "sock"
    sock.mkdir()
    prefix: list[str] = []
    if os.geteuid() == 0:
        if shutil.which("runuser") is None:
            _missing("initdb refuses root and runuser is not available")
        try:
            import pwd

            pw = pwd.getpwnam("postgres")
        except KeyError:
            _missing("initdb refuses root and there is no 'postgres' user")
        os.chown(root, pw.pw_uid, pw.pw_gid)
        os.chown(sock, pw.pw_uid, pw.pw_gid)
        prefix = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    log = root / "server.log"

    def run(*cmd: str) -> None:
        subprocess.run([*prefix, *cmd], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, timeout=120)

    try:
        run(str(bindir / "initdb"), "-D", str(data), "-U", "cnpii", "--auth=trust",
            "-E", "UTF8", "--locale=C.UTF-8" if Path("/usr/lib/locale/C.utf8").exists() else "--no-locale")
        if prefix:
            log.touch()
            import pwd

            pw = pwd.getpwnam("postgres")
            os.chown(log, pw.pw_uid, pw.pw_gid)
        run(str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-t", "60",
            "-o", f"-p {port} -k {sock} -c listen_addresses='' -c fsync=off", "start")
    except subprocess.CalledProcessError as exc:
        shutil.rmtree(root, ignore_errors=True)
        pytest.fail("the throwaway PostgreSQL server did not start: "
                    + exc.stderr.decode("utf-8", "replace")[-500:], pytrace=False)
    url = f"postgresql://cnpii@/postgres?host={sock}&port={port}"
    try:
        yield url
    finally:
        subprocess.run([*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate",
                        "-w", "stop"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=120, check=False)
        time.sleep(0.1)
        shutil.rmtree(root, ignore_errors=True)

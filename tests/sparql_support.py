"""Helpers shared by the SPARQL tests: builds, CSV results, real server processes on loopback."""

import csv
import io
import os
import select
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from conftest import DATA

TWO_DOCS = [None, DATA / "sme-law.reference.md"]  # None: the bundled default regulation


def build_into(out, paths=None):
    """Build ``paths`` (default: the bundled regulation) into ``out`` with the library, as `policykg build` does."""
    from policykg.build import build
    from policykg.readers import default_path

    paths = [default_path() if p is None else p for p in paths] if paths else None
    return build(paths, out=out, formats=("nq",))


def csv_rows(text):
    """Rows of a SPARQL CSV result as dicts of strings."""
    return list(csv.DictReader(io.StringIO(text)))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(proc, port, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"process exited with {proc.returncode}: {proc.stderr.read() if proc.stderr else ''}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            if _listens(proc, port):  # not another process that took the port meanwhile
                return
        except OSError:
            pass
        time.sleep(0.05)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port} after {timeout} s")


def _listens(proc, port):
    """Whether ``proc`` or one of its descendants holds the socket listening on ``port`` (True without /proc)."""
    if not Path("/proc/net/tcp").exists():
        return True
    inodes = set()
    for name in ("tcp", "tcp6"):
        path = Path("/proc/net") / name
        for line in path.read_text().splitlines()[1:] if path.exists() else []:
            f = line.split()
            if f[3] == "0A" and int(f[1].rsplit(":", 1)[1], 16) == port:
                inodes.add(f"socket:[{f[9]}]")
    parents = {}
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                parents[int(d.name)] = int((d / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                pass
    family, grew = {proc.pid}, True
    while grew:
        more = {pid for pid, ppid in parents.items() if ppid in family} - family
        family |= more
        grew = bool(more)
    for pid in family:
        try:
            if any(os.readlink(fd) in inodes for fd in Path(f"/proc/{pid}/fd").iterdir()):
                return True
        except OSError:
            continue
    return False


def start(cmd, port, ready=None, **kw):
    """Start ``cmd`` (a server that will listen on loopback ``port``) and wait until it listens
    and, if ``ready`` is given, until it has printed that line on stderr (returned as ``proc.ready``)."""
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, **kw)
    try:
        wait_for_port(proc, port)
        proc.ready = ""
        deadline = time.monotonic() + 60
        while ready and ready not in proc.ready:
            if time.monotonic() > deadline or not select.select([proc.stderr], [], [], 1)[0] and proc.poll() is not None:
                raise RuntimeError(f"no {ready!r} from {cmd[:3]}: {proc.ready}")
            proc.ready += proc.stderr.readline()
    except BaseException:
        stop(proc)
        raise
    return proc


def start_on_free_port(make_cmd, ready=None, tries=5):
    """``(proc, port)``: ``make_cmd(port)`` started on a free loopback port.  Between :func:`free_port`
    and the server's own bind another process may take the port: then another one is tried."""
    for attempt in range(tries):
        port = free_port()
        try:
            return start(make_cmd(port), port, ready), port
        except RuntimeError as e:
            if "in use" not in str(e).lower() or attempt == tries - 1:
                raise


def stop(proc):
    """Terminate ``proc`` and wait for it (kill if it does not stop); return its stderr."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    return proc.stderr.read() if proc.stderr else ""


def policykg_cmd(*args):
    return [sys.executable, "-m", "policykg", *map(str, args)]


def oxigraph_cmd(*args):
    from policykg.sparql.server import oxigraph_binary

    return [oxigraph_binary(), *map(str, args)]


def listening_addresses(port):
    """Local addresses with a TCP socket listening on ``port`` (from /proc/net/tcp and tcp6)."""
    found = set()
    for name in ("tcp", "tcp6"):
        path = Path("/proc/net") / name
        if not path.exists():
            continue
        for line in path.read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            addr, p = local.split(":")
            if state == "0A" and int(p, 16) == port:
                if len(addr) == 8:
                    found.add(".".join(str(int(addr[i:i + 2], 16)) for i in (6, 4, 2, 0)))
                else:
                    found.add(addr)
    return found


def env_without_proxies():
    return {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}


VIRTUOSO_INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
DirsAllowed = .
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {d}
ServerThreads = 10
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
"""


def start_virtuoso(folder):
    """A Virtuoso 7 server (Debian's virtuoso-opensource-7) with a fresh database in ``folder``, on loopback;
    returns ``(process, http base URL)``.  Raises RuntimeError, with the reason, where it cannot start."""
    import shutil

    binary = shutil.which("virtuoso-t")
    if not binary:
        raise RuntimeError("virtuoso-t is not installed (.ci/system-deps installs virtuoso-opensource-7)")
    port = free_port()
    ini = Path(folder) / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(d=folder, sql=free_port(), http=port), encoding="utf-8")
    return start([binary, "-f", "-c", str(ini)], port, cwd=folder), f"http://127.0.0.1:{port}"

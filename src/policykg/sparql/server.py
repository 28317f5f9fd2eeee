"""A read-only SPARQL 1.1 Protocol endpoint: the real Oxigraph server over the built graph.

``build/graph.nq`` is loaded into a temporary Oxigraph store directory with
``oxigraph load``, its named graphs merged into the default graph with
``oxigraph update`` (as :mod:`policykg.sparql.store` does), then
``oxigraph serve-read-only`` answers ``GET`` and ``POST`` queries at ``/query``
(JSON, XML, CSV or TSV results by content negotiation).  The store directory is
removed when the server stops.
"""

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from ..errors import PolicyKGError
from .store import MERGE, nquads_path

__all__ = ["oxigraph_binary", "Server", "running", "serve"]


def oxigraph_binary():
    """Path of the ``oxigraph`` command (the ``oxigraph`` package on PyPI), beside Python first."""
    here = Path(sys.executable).parent / ("oxigraph.exe" if os.name == "nt" else "oxigraph")
    found = str(here) if here.is_file() else shutil.which("oxigraph")
    if not found:
        raise PolicyKGError("the oxigraph server is not installed (pip install oxigraph)")
    return found


def _die_with_parent():
    """Child side of Popen on Linux: get SIGTERM when the parent dies, so no server outlives us."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _bind(host, port):
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def _port_free(host, port):
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError as e:
            return e.strerror or str(e)
    return None


def _wait_for_port(proc, host, port, log, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            lines = [ln for ln in Path(log).read_text(errors="replace").splitlines() if ln.strip()]
            raise PolicyKGError(f"oxigraph stopped at start (exit {proc.returncode}): "
                                + (lines[-1].strip() if lines else "no message"))
        with contextlib.suppress(OSError), socket.create_connection((host, port), timeout=0.5):
            return
        time.sleep(0.05)
    raise PolicyKGError(f"oxigraph did not listen on {_bind(host, port)} within {timeout} s")


@dataclass
class Server:
    url: str  # the SPARQL query endpoint, …/query
    process: subprocess.Popen
    location: str  # the temporary store directory


def load_store(nq, location):
    """Load an N-Quads file into an Oxigraph store directory, named graphs and their merge."""
    for step in (["load", "--file", str(nq)], ["update", "--update", MERGE]):
        done = subprocess.run([oxigraph_binary(), step[0], "--location", str(location), *step[1:]],
                              capture_output=True, text=True)
        if done.returncode != 0:
            lines = [ln for ln in (done.stderr or done.stdout).splitlines() if ln.strip()]
            raise PolicyKGError(f"{nq}: oxigraph {step[0]} failed: {lines[-1].strip() if lines else 'no message'}")


@contextlib.contextmanager
def running(data="build", host="127.0.0.1", port=7878, timeout=60):
    """Context manager: a read-only Oxigraph server over ``data/graph.nq``, stopped on exit."""
    nq = nquads_path(data)
    busy = _port_free(host, port)
    if busy:
        raise PolicyKGError(f"cannot listen on {_bind(host, port)}: {busy}")
    location = tempfile.mkdtemp(prefix="policykg-oxigraph-")
    proc = None
    try:
        load_store(nq, location)
        log = Path(location).with_name(Path(location).name + ".log")
        with open(log, "wb") as err:
            proc = subprocess.Popen(
                [oxigraph_binary(), "serve-read-only", "--location", location, "--bind", _bind(host, port)],
                stdin=subprocess.DEVNULL, stdout=err, stderr=err,
                preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None)
        _wait_for_port(proc, host, port, log, timeout)
        yield Server(f"http://{_bind(host, port)}/query", proc, location)
    finally:
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        shutil.rmtree(location, ignore_errors=True)
        Path(location + ".log").unlink(missing_ok=True)


def serve(data="build", host="127.0.0.1", port=7878, on_ready=None):
    """Serve ``data`` until interrupted (Ctrl-C or SIGTERM); ``on_ready(server)`` once it listens."""

    def stop(signum, frame):
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        with running(data, host, port) as server:
            if on_ready:
                on_ready(server)
            try:
                code = server.process.wait()
            except KeyboardInterrupt:
                return 0
            raise PolicyKGError(f"oxigraph stopped (exit {code})")
    except KeyboardInterrupt:
        return 0
    finally:
        signal.signal(signal.SIGTERM, previous)

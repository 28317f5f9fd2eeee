"""A read-only SPARQL 1.1 Protocol endpoint over the built graph that no query can take down.

The engine is the real Oxigraph server (``oxigraph serve-read-only``) on the
store that ``policykg build`` wrote beside ``graph.nq`` (:mod:`policykg.sparql.store`;
a missing or stale one is written first), on a private loopback port, with

- a query timeout (``--timeout-s``, 30 s by default): Oxigraph cancels the query;
- a memory cap (``RLIMIT_AS``, 4 GB by default): a query that needs more makes the
  engine abort instead of the machine swap, and the engine is started again;

and in front of it a small proxy on the address the user asked for, which answers
``/query`` (and ``/sparql``, what the query page calls) after

- refusing a federated query (``SERVICE``) with one line, before it reaches the engine;
- declaring the project's prefixes (``pkg:``, ``eli:``, ``org:``…) the query does not
  declare itself, as ``policykg query`` does, so the cookbook's queries run as written;

and serves Oxigraph's query page with those prefixes in its first query.  Everything
else (results by content negotiation, the read-only refusals) is Oxigraph's.
"""

import contextlib
import http.client
import http.server
import json
import os
import re
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import PolicyKGError, QueryError
from .guard import refuse_service, with_prefixes
from .store import build_folder, nquads_path, reading, write

__all__ = ["oxigraph_binary", "Engine", "Server", "running", "serve", "TIMEOUT", "MEMORY_MB"]

TIMEOUT = 30  # seconds a query may run
MEMORY_MB = 4096  # address space of the engine process
_RESTARTS = 5  # deaths within a minute before the endpoint gives up
_HOP = {"connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade", "proxy-authenticate",
        "proxy-authorization", "content-length"}


def oxigraph_binary():
    """Path of the ``oxigraph`` command (the ``oxigraph`` package on PyPI), beside Python first."""
    here = Path(sys.executable).parent / ("oxigraph.exe" if os.name == "nt" else "oxigraph")
    found = str(here) if here.is_file() else shutil.which("oxigraph")
    if not found:
        raise PolicyKGError("the oxigraph server is not installed (pip install oxigraph)")
    return found


def _limits(memory_mb):
    """Child side of Popen: the memory cap, and SIGTERM when the parent dies (no engine outlives us)."""
    def apply():
        if memory_mb:
            limit = int(memory_mb) << 20
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        try:
            import ctypes

            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    return apply


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


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _last_line(text):
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    return lines[-1] if lines else "no message"


class Engine:
    """The ``oxigraph serve-read-only`` process on a private loopback port, started again when it dies."""

    def __init__(self, location, timeout=TIMEOUT, memory_mb=MEMORY_MB, on_restart=None, startup=60):
        self.location, self.timeout, self.memory_mb = str(location), timeout, memory_mb
        self.on_restart, self.startup = on_restart, startup
        self.port = _free_port()
        self.proc, self.deaths, self.restarts = None, [], 0
        self.log = tempfile.TemporaryFile()
        self._stopping = threading.Event()
        self._ready = threading.Event()
        self._watcher = None

    def start(self):
        self._spawn()
        self._watcher = threading.Thread(target=self._watch, daemon=True)
        self._watcher.start()

    def _spawn(self):
        self._ready.clear()
        cmd = [oxigraph_binary(), "serve-read-only", "--location", self.location,
               "--bind", f"127.0.0.1:{self.port}"] + (["--timeout-s", str(self.timeout)] if self.timeout else [])
        self.log.seek(0)
        self.log.truncate()
        self.proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=self.log, stderr=self.log,
                                     preexec_fn=_limits(self.memory_mb) if sys.platform.startswith("linux") else None)
        deadline = time.monotonic() + self.startup
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                self.log.seek(0)
                raise PolicyKGError(f"oxigraph stopped at start (exit {self.proc.returncode}): "
                                    + _last_line(self.log.read().decode("utf-8", "replace")))
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                self._ready.set()
                return
            time.sleep(0.02)
        raise PolicyKGError(f"oxigraph did not listen on 127.0.0.1:{self.port} within {self.startup} s")

    def _watch(self):
        while not self._stopping.is_set():
            code = self.proc.wait()
            if self._stopping.is_set():
                return
            self._ready.clear()
            now = time.monotonic()
            self.deaths = [t for t in self.deaths if now - t < 60] + [now]
            self.log.seek(0)
            text = self.log.read().decode("utf-8", "replace")
            why = (f"out of memory, over --max-memory {self.memory_mb} MB" if "memory allocation of" in text
                   else _last_line(text))
            if len(self.deaths) > _RESTARTS:
                if self.on_restart:
                    self.on_restart(f"oxigraph stopped (exit {code}: {why}) {len(self.deaths)} times within a minute; "
                                    "not started again")
                return
            try:
                self._spawn()
            except PolicyKGError as e:
                if self.on_restart:
                    self.on_restart(str(e))
                return
            self.restarts += 1
            if self.on_restart:
                self.on_restart(f"oxigraph stopped (exit {code}: {why}); started again")

    def wait_ready(self, timeout):
        return self._ready.wait(timeout)

    def alive(self):
        return self._watcher is not None and self._watcher.is_alive()

    def stop(self):
        self._stopping.set()
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()


def _query_page(html, prefixes):
    """Oxigraph's query page, its first query declaring the project's prefixes."""
    first = "\n".join(f"PREFIX {p}: <{ns}>" for p, ns in prefixes.items())
    first += "\n\nSELECT ?actor (COUNT(?provision) AS ?obligations)\nWHERE {\n" \
             "  ?provision pkg:modality <https://w3id.org/policykg/ns/modality/obligation> ;\n" \
             "             pkg:bearer/rdfs:label ?actor .\n}\nGROUP BY ?actor\nORDER BY DESC(?obligations)\nLIMIT 20\n"
    config = ("yasqe: { value: " + json.dumps(first, ensure_ascii=False) + " }, "
              "persistenceId: 'policykg', ")
    return html.replace("requestConfig:", config + "requestConfig:", 1)


class _Handler(http.server.BaseHTTPRequestHandler):
    server_version = "policykg"
    protocol_version = "HTTP/1.0"  # one request per connection; a streamed body ends when it closes

    def log_message(self, *args):  # quiet, as Oxigraph is
        pass

    def _text(self, status, message):
        body = (message + "\n").encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        self._forward()

    def do_POST(self):
        self._forward()

    def do_PUT(self):
        self._forward()

    def do_DELETE(self):
        self._forward()

    def do_HEAD(self):
        self._forward()

    def _query(self, path, body):
        """The request with its query checked and given the prefixes; raises QueryError if refused."""
        parts = urllib.parse.urlsplit(path)
        if self.command == "GET" or (self.command == "POST" and not body):
            params = urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
            if any(k == "query" for k, _ in params):
                params = [(k, self._checked(v) if k == "query" else v) for k, v in params]
                path = urllib.parse.urlunsplit(parts._replace(query=urllib.parse.urlencode(params)))
            return path, body
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype == "application/sparql-query":
            charset = re.search(r"charset=([\w-]+)", self.headers.get("Content-Type") or "")
            text = body.decode(charset[1] if charset else "utf-8", "replace")
            return path, self._checked(text).encode("utf-8")
        if ctype == "application/x-www-form-urlencoded":
            params = urllib.parse.parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
            params = [(k, self._checked(v) if k == "query" else v) for k, v in params]
            return path, urllib.parse.urlencode(params).encode("ascii")
        return path, body

    def _checked(self, query):
        refuse_service(query)
        return with_prefixes(query, self.server.prefixes)

    def _forward(self):
        engine = self.server.engine
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        path = self.path
        route = urllib.parse.urlsplit(path).path.rstrip("/")
        if route in ("/query", "/sparql"):
            try:
                path, body = self._query(path, body)
            except QueryError as e:
                return self._text(400, str(e))
        if not engine.wait_ready(self.server.wait):
            return self._text(503, "the SPARQL engine is starting again; try again in a moment")
        with self.server.slots:
            self._relay(engine, path, body, route)

    def _relay(self, engine, path, body, route):
        headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP | {"host", "accept-encoding"}}
        if body or self.command in ("POST", "PUT"):
            headers["Content-Length"] = str(len(body))
        conn = http.client.HTTPConnection("127.0.0.1", engine.port, timeout=self.server.read_timeout)
        sent = False
        try:
            conn.request(self.command, path, body=body or None, headers=headers)
            resp = conn.getresponse()
            if route == "" and self.command == "GET" and resp.status == 200 and \
                    (resp.getheader("Content-Type") or "").startswith("text/html"):
                page = _query_page(resp.read().decode("utf-8"), self.server.prefixes).encode("utf-8")
                self.send_response(200)
                self.send_header("Content-Type", resp.getheader("Content-Type"))
                self.send_header("Content-Length", str(len(page)))
                self.end_headers()
                sent = True
                self.wfile.write(page)
                return
            self.send_response(resp.status, resp.reason)
            for k, v in resp.getheaders():
                if k.lower() not in _HOP:
                    self.send_header(k, v)
            if resp.getheader("Content-Length") and not resp.getheader("Transfer-Encoding"):
                self.send_header("Content-Length", resp.getheader("Content-Length"))
            self.end_headers()
            sent = True
            while self.command != "HEAD" and (chunk := resp.read1(1 << 16)):
                self.wfile.write(chunk)
        except (OSError, http.client.HTTPException):
            # The engine died under this query (the memory cap) or was being started again; once the
            # answer has begun (or the client went away) there is nobody to tell.
            if not sent:
                self._text(503, f"the query stopped the SPARQL engine (out of its {self.server.memory_mb} MB, "
                                "or it stopped for another reason); it is started again: try a smaller query")
        finally:
            conn.close()


class _Proxy(http.server.ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address, engine, prefixes, timeout, memory_mb, concurrent=8):
        self.address_family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        super().__init__(address, _Handler)
        self.engine, self.prefixes, self.memory_mb = engine, prefixes, memory_mb
        self.read_timeout = (timeout or 3600) + 30
        self.wait = 30
        self.slots = threading.BoundedSemaphore(concurrent)


@dataclass
class Server:
    url: str  # the SPARQL query endpoint, …/query
    engine: Engine
    proxy: object
    location: str  # the store folder
    notes: list = field(default_factory=list)


def _check_answers(location, nq, warn):
    """``warn(line)`` if the store lacks the answer rows of the canned queries (a build of an older policykg)."""
    import pyoxigraph as ox

    from ..rdf.answers import missing, stale_warning

    store = ox.Store.read_only(str(location))
    try:
        stale = missing(store)
    finally:
        del store
    if stale:
        warn(stale_warning(build_folder(nq), stale))


@contextlib.contextmanager
def running(data="build", host="127.0.0.1", port=7878, timeout=TIMEOUT, memory_mb=MEMORY_MB, note=None,
            on_restart=None, warn=None):
    """Context manager: the endpoint over ``data`` (see the module), stopped on exit; ``warn(line)``: what the
    endpoint will answer wrongly (a graph without answer rows)."""
    from .query import PREFIXES

    nq = nquads_path(data)
    busy = _port_free(host, port)
    if busy:
        raise PolicyKGError(f"cannot listen on {_bind(host, port)}: {busy}")
    with contextlib.ExitStack() as stack:
        location = stack.enter_context(reading(nq, note))
        if location is None:  # no store of ours to be had here: a temporary one
            tmp = tempfile.mkdtemp(prefix="policykg-oxigraph-")
            stack.callback(shutil.rmtree, tmp, True)
            if note:
                note(f"loading {nq} into a temporary store")
            location = write(nq, location=Path(tmp) / "store")
        if warn:
            _check_answers(location, nq, warn)
        engine = Engine(location, timeout, memory_mb, on_restart)
        stack.callback(engine.stop)
        engine.start()
        try:
            proxy = _Proxy((host, port), engine, PREFIXES, timeout, memory_mb)
        except OSError as e:
            raise PolicyKGError(f"cannot listen on {_bind(host, port)}: {e.strerror or e}") from None
        stack.callback(proxy.server_close)
        thread = threading.Thread(target=proxy.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True)
        thread.start()
        stack.callback(proxy.shutdown)
        yield Server(f"http://{_bind(host, port)}/query", engine, proxy, str(location))


def serve(data="build", host="127.0.0.1", port=7878, timeout=TIMEOUT, memory_mb=MEMORY_MB, on_ready=None,
          note=None, on_restart=None, warn=None):
    """Serve ``data`` until interrupted (Ctrl-C or SIGTERM); ``on_ready(server)`` once it listens."""

    def stop(signum, frame):
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        with running(data, host, port, timeout, memory_mb, note, on_restart, warn) as server:
            if on_ready:
                on_ready(server)
            while server.engine.alive():
                server.engine._watcher.join(0.5)
            raise PolicyKGError("the SPARQL engine could not be kept running (see the messages above)")
    except KeyboardInterrupt:
        return 0
    finally:
        signal.signal(signal.SIGTERM, previous)

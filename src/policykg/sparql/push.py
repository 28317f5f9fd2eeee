"""Upload built graphs with the SPARQL 1.1 Graph Store HTTP Protocol.

Each document graph of ``build/graph.nq`` is sent with ``PUT {endpoint}?graph={document IRI}``
as N-Triples, which replaces that graph: pushing again replaces, never duplicates.  With
``prune``, the graphs under the build's document base (``…/id/doc/``) that the build no longer
has are listed at the store's SPARQL query endpoint and removed with ``DELETE``.

A user name or password written into the URL is refused, and no message ever repeats it:

>>> redact("http://dba:secret@127.0.0.1:8890/sparql-graph-crud-auth")
'http://***@127.0.0.1:8890/sparql-graph-crud-auth'
>>> query_endpoint("http://localhost:7878/store"), query_endpoint("http://h:3030/ds/data")
('http://localhost:7878/query', 'http://h:3030/ds/sparql')
"""

import json
import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

import pyoxigraph as ox

from ..errors import PolicyKGError
from .store import nquads_path

__all__ = ["Pushed", "graphs", "push", "redact", "query_endpoint"]


@dataclass
class Pushed:
    graph: str
    triples: int  # sent; 0 for a graph removed
    status: int
    method: str = "PUT"


def redact(url):
    """``url`` with its user name and password, if any, replaced by ``***``."""
    parts = urllib.parse.urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urllib.parse.urlunsplit(parts._replace(netloc="***@" + parts.netloc.rsplit("@", 1)[1]))


# The SPARQL query endpoint beside a Graph Store endpoint, for the stores whose layout is known.
_QUERY = [(r"/store$", "/query"),  # Oxigraph
          (r"/data$", "/sparql"),  # Fuseki
          (r"/sparql-graph-crud(-auth)?$", "/sparql")]  # Virtuoso


def query_endpoint(endpoint):
    """The query endpoint of the store whose Graph Store endpoint is ``endpoint``, or None if unknown."""
    parts = urllib.parse.urlsplit(endpoint)
    for pattern, repl in _QUERY:
        if re.search(pattern, parts.path):
            return urllib.parse.urlunsplit(parts._replace(path=re.sub(pattern, repl, parts.path), query=""))
    return None


def graphs(data="build"):
    """``{graph IRI: [triples]}`` of the named graphs in ``data/graph.nq``, in IRI order."""
    path = nquads_path(data)
    out = {}
    try:
        for q in ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS):
            if isinstance(q.graph_name, ox.DefaultGraph):
                raise PolicyKGError(f"{path}: has triples outside a named graph; rebuild it with policykg build")
            out.setdefault(q.graph_name.value, []).append(q.triple)
    except SyntaxError as e:
        raise PolicyKGError(f"{path}: not valid N-Quads: {' '.join(str(e).split())}") from None
    return dict(sorted(out.items()))


def _url(endpoint, graph):
    sep = "&" if "?" in endpoint else "?"
    return f"{endpoint}{sep}graph={urllib.parse.quote(graph, safe='')}"


class _Digest(urllib.request.HTTPDigestAuthHandler):
    """Digest authentication that, once it has met the server's challenge, answers it up front.

    Otherwise every PUT goes out without credentials, and a server that answers 401 and closes
    before reading a large body (Virtuoso) leaves the client with a broken pipe instead.
    """

    challenge = None

    def retry_http_digest_auth(self, req, auth):
        self.challenge = urllib.request.parse_keqv_list(
            filter(None, urllib.request.parse_http_list(auth.split(" ", 1)[1])))
        return super().retry_http_digest_auth(req, auth)

    def http_request(self, req):
        if self.challenge is not None and not req.has_header("Authorization"):
            auth = self.get_authorization(req, self.challenge)
            if auth:
                req.add_unredirected_header("Authorization", f"Digest {auth}")
        return req

    https_request = http_request


def _opener(urls, user, password):
    handlers = []
    if user:  # basic or digest, whichever the server asks for (Virtuoso uses digest)
        mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        mgr.add_password(None, urls, user, password or "")
        handlers += [urllib.request.HTTPBasicAuthHandler(mgr), _Digest(mgr)]
    return urllib.request.build_opener(*handlers)


def _handshake(opener, endpoint, graph, headers, timeout):
    """A bodiless request first, so that the authentication handlers learn the server's challenge."""
    req = urllib.request.Request(_url(endpoint, graph), method="HEAD", headers=headers)
    try:
        opener.open(req, timeout=timeout).close()
    except urllib.error.HTTPError as e:
        if e.code in (401, 403):
            raise PolicyKGError(f"{redact(endpoint)}: HTTP {e.code} {e.reason}: check --user and "
                                "POLICYKG_PASSWORD") from None
    except (urllib.error.URLError, OSError) as e:
        raise PolicyKGError(f"{redact(endpoint)}: cannot connect ({getattr(e, 'reason', e)})") from None


def _check(url, what):
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise PolicyKGError(f"{redact(url)}: not an http(s) URL of a {what}")
    if parts.username is not None or parts.password is not None:
        raise PolicyKGError(f"{redact(url)}: a user name or password in the URL is refused; "
                            "give --user NAME and the password in POLICYKG_PASSWORD")


def _send(opener, req, endpoint, what, timeout):
    """The response of ``req``; one-line errors naming the endpoint (never its credentials)."""
    try:
        return opener.open(req, timeout=timeout)
    except urllib.error.HTTPError as e:
        detail = " ".join(e.read(300).decode("utf-8", "replace").split())
        raise PolicyKGError(f"{redact(endpoint)}: {what} failed: HTTP {e.code} {e.reason}"
                            + (f": {detail}" if detail else "")) from None
    except (urllib.error.URLError, OSError) as e:
        reason = getattr(e, "reason", e)
        raise PolicyKGError(f"{redact(endpoint)}: cannot connect ({reason})") from None


def stored_graphs(sparql, prefix, opener, headers, timeout=120):
    """Named graphs whose IRI starts with ``prefix`` at the SPARQL query endpoint ``sparql``, sorted."""
    q = ("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), " + json.dumps(prefix) + ")) }")
    req = urllib.request.Request(sparql, data=urllib.parse.urlencode({"query": q}).encode("ascii"), method="POST",
                                 headers={**headers, "Accept": "application/sparql-results+json",
                                          "Content-Type": "application/x-www-form-urlencoded"})
    with _send(opener, req, sparql, "listing the graphs", timeout) as resp:
        try:
            data = json.loads(resp.read().decode("utf-8"))
            return sorted(b["g"]["value"] for b in data["results"]["bindings"])
        except (ValueError, KeyError, TypeError):
            raise PolicyKGError(f"{redact(sparql)}: listing the graphs gave no SPARQL JSON results") from None


def push(endpoint, data="build", user=None, password=None, token=None, timeout=120, prune=False, sparql=None):
    """PUT every document graph of ``data`` to the Graph Store ``endpoint``; return what was sent.

    ``prune``: then DELETE the graphs under the build's document base that it no longer has,
    found at the SPARQL query endpoint ``sparql`` (default: :func:`query_endpoint`).
    """
    _check(endpoint, "Graph Store endpoint")
    if prune:
        sparql = sparql or query_endpoint(endpoint)
        if not sparql:
            raise PolicyKGError(f"{redact(endpoint)}: --prune needs the store's SPARQL query endpoint (--sparql URL)")
        _check(sparql, "SPARQL query endpoint")
    opener = _opener([endpoint] + ([sparql] if prune else []), user, password)
    headers = {"Content-Type": "application/n-triples; charset=utf-8"}
    if token:  # QLever's access token
        headers["Authorization"] = f"Bearer {token}"
    built = graphs(data)
    if user and built:
        _handshake(opener, endpoint, next(iter(built)), {k: v for k, v in headers.items() if k == "Authorization"},
                   timeout)
    sent = []
    for graph, triples in built.items():
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        req = urllib.request.Request(_url(endpoint, graph), data=body, method="PUT", headers=headers)
        with _send(opener, req, endpoint, f"PUT graph <{graph}>", timeout) as resp:
            sent.append(Pushed(graph, len(triples), resp.status))
    if prune:
        bases = {g.rsplit("/", 1)[0] + "/" for g in built}  # …/id/doc/ and …/id/work/ (documents and works)
        if len({b.rstrip("/").rsplit("/", 1)[0] for b in bases}) != 1:
            raise PolicyKGError(f"{nquads_path(data)}: its graphs are under several bases; nothing pruned")
        auth = {k: v for k, v in headers.items() if k == "Authorization"}
        for base in sorted(bases):
            for graph in stored_graphs(sparql, base, opener, auth, timeout):
                if graph in built:
                    continue
                req = urllib.request.Request(_url(endpoint, graph), method="DELETE", headers=auth)
                with _send(opener, req, endpoint, f"DELETE graph <{graph}>", timeout) as resp:
                    sent.append(Pushed(graph, 0, resp.status, "DELETE"))
    return sent

"""Upload built graphs with the SPARQL 1.1 Graph Store HTTP Protocol.

Each document graph of ``build/graph.nq`` is sent with ``PUT {endpoint}?graph={document IRI}``
as N-Triples, which replaces that graph: pushing again replaces, never duplicates.
"""

import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

import pyoxigraph as ox

from ..errors import PolicyKGError
from .store import nquads_path

__all__ = ["Pushed", "graphs", "push"]


@dataclass
class Pushed:
    graph: str
    triples: int
    status: int


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


def _opener(endpoint, user, password):
    handlers = []
    if user:  # basic or digest, whichever the server asks for (Virtuoso uses digest)
        mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        mgr.add_password(None, endpoint, user, password or "")
        handlers += [urllib.request.HTTPBasicAuthHandler(mgr), urllib.request.HTTPDigestAuthHandler(mgr)]
    return urllib.request.build_opener(*handlers)


def push(endpoint, data="build", user=None, password=None, token=None, timeout=120):
    """PUT every document graph of ``data`` to the Graph Store ``endpoint``; return what was sent."""
    parts = urllib.parse.urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise PolicyKGError(f"{endpoint}: not an http(s) URL of a Graph Store endpoint")
    opener = _opener(endpoint, user, password)
    headers = {"Content-Type": "application/n-triples; charset=utf-8"}
    if token:  # QLever's access token
        headers["Authorization"] = f"Bearer {token}"
    sent = []
    for graph, triples in graphs(data).items():
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        req = urllib.request.Request(_url(endpoint, graph), data=body, method="PUT", headers=headers)
        try:
            with opener.open(req, timeout=timeout) as resp:
                sent.append(Pushed(graph, len(triples), resp.status))
        except urllib.error.HTTPError as e:
            detail = " ".join(e.read(300).decode("utf-8", "replace").split())
            raise PolicyKGError(f"{endpoint}: PUT graph <{graph}> failed: HTTP {e.code} {e.reason}"
                                + (f": {detail}" if detail else "")) from None
        except (urllib.error.URLError, OSError) as e:
            reason = getattr(e, "reason", e)
            raise PolicyKGError(f"{endpoint}: cannot connect ({reason})") from None
    return sent

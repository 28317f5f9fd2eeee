"""The build pipeline: read → extract → graph → write, as one library call.

>>> from policykg.build import build
>>> result = build(out=tmp_path)  # doctest: +SKIP
"""

import time
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError, PolicyKGError
from .outputs import write_atomically
from .rdf.document_graph import document_graph
from .rdf.iris import DEFAULT_BASE, Minter
from .rdf.serialise import bind, to_jsonld, to_nquads, to_turtle, union
from .readers import default_path, iter_inputs, read

__all__ = ["build", "read_all", "document_graphs", "BuildResult", "FORMATS"]

FORMATS = {"ttl": "graph.ttl", "nq": "graph.nq", "jsonld": "graph.jsonld"}


@dataclass
class BuildResult:
    documents: list = field(default_factory=list)
    skipped: list = field(default_factory=list)  # (path, problem)
    written: list = field(default_factory=list)
    triples: int = 0
    seconds: float = 0.0


def read_all(paths=None, keep_going=False):
    """Read every regulation under ``paths`` (default: the bundled one).

    Returns ``(documents, skipped)``; without ``keep_going`` the first bad file raises.
    A second file with an id already read is skipped, not merged.
    """
    files = iter_inputs(paths or [default_path()])
    docs, skipped, seen = [], [], {}
    for f in files:
        try:
            doc = read(f)
        except InputError as e:
            if not keep_going:
                raise
            skipped.append((e.path, e.problem))
            continue
        if doc.id in seen:
            skipped.append((str(f), f"duplicate document id {doc.id} (already read from {seen[doc.id]})"))
            continue
        seen[doc.id] = str(f)
        docs.append(doc)
    if not docs:
        raise PolicyKGError("no document could be read: " + "; ".join(f"{p}: {m}" for p, m in skipped))
    return docs, skipped


def document_graphs(docs, base=DEFAULT_BASE):
    """One rdflib Graph per document (named by the document IRI), with every layer."""
    from .extract import extract
    from .rdf.provision_graph import provision_graph

    minter = Minter(base)
    graphs = []
    for doc in docs:
        g = bind(document_graph(doc, minter), base)
        extract(doc)
        provision_graph(doc, minter, g)
        graphs.append(g)
    return graphs


def build(paths=None, out="build", base=DEFAULT_BASE, keep_going=False, formats=tuple(FORMATS), validate=True):
    """Build the knowledge graph of ``paths`` and write it into ``out``.

    Nothing in ``out`` changes unless every output was produced (and, with
    ``validate``, every document graph conforms to ``ontology/shapes.ttl``).
    """
    t0 = time.perf_counter()
    unknown = set(formats) - set(FORMATS)
    if unknown:
        raise PolicyKGError(f"unknown output format {sorted(unknown)[0]!r} (choose from {', '.join(FORMATS)})")
    docs, skipped = read_all(paths, keep_going)
    graphs = document_graphs(docs, base)
    if validate:
        from .sparql.validate import validate_graphs
        validate_graphs(graphs)  # raises ValidationError (one line) before anything is written
    files = {}
    if "nq" in formats:
        files[FORMATS["nq"]] = to_nquads(graphs)
    if "ttl" in formats or "jsonld" in formats:
        merged = union(graphs, base)
        if "ttl" in formats:
            files[FORMATS["ttl"]] = to_turtle(merged)
        if "jsonld" in formats:
            files[FORMATS["jsonld"]] = to_jsonld(merged)
    from .viz.html import html_of_graphs
    files["graph.html"] = html_of_graphs(graphs)  # the interactive page, as `policykg viz` writes it
    written = write_atomically(out, files)
    return BuildResult(documents=docs, skipped=skipped, written=written,
                       triples=sum(len(g) for g in graphs), seconds=time.perf_counter() - t0)

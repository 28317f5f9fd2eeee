"""RDF for the extraction layers: provisions, actors, programmes, domains."""

from .iris import Minter
from .namespaces import PKG
from .triples import provision_triples, to_rdflib

__all__ = ["provision_graph", "MODALITY_CLASS"]

MODALITY_CLASS = {"obligation": PKG.Obligation, "prohibition": PKG.Prohibition, "permission": PKG.Permission,
                  "encouragement": PKG.Encouragement, "support": PKG.Support, "guidance": PKG.Guidance,
                  "commitment": PKG.Commitment, "liability": PKG.Liability}


def provision_graph(doc, minter, g):
    """Add the provisions, actors and programmes of ``doc`` (see :mod:`policykg.extract`) to ``g``.

    The triples are those of :func:`policykg.rdf.triples.provision_triples`, which a build writes.
    """
    m = minter or Minter()
    add = g.add
    for t in provision_triples(doc, m.base):
        add(to_rdflib(t))
    return g

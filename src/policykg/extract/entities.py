"""Actor entities for every name the provisions use: type, level, parent."""

from ..model import Actor
from .actors import actor_level, actor_parent, actor_type

__all__ = ["build_actors"]


def build_actors(provisions, aliases, programmes=()):
    """``{name: Actor}`` of every name the provisions and the programmes' leads and partners use."""
    names = set()
    for p in provisions:
        names.add(p.actor)
        names.update(p.partners)
        if p.approver:
            names.add(p.approver)
    for prog in programmes:  # a lead may be a body no provision binds (指导行业组织发布…目录)
        names.update(prog.leads)
        names.update(prog.partners)
    out = {}
    for n in sorted(names):
        out[n] = Actor(name=n, type=actor_type(n), level=actor_level(n), parent=actor_parent(n),
                       aliases=sorted(a for a, full in aliases.items() if n in full))
    for a in list(out.values()):
        if a.parent and a.parent not in out:
            out[a.parent] = Actor(name=a.parent, type=actor_type(a.parent), level=actor_level(a.parent))
    return dict(sorted(out.items()))

"""The actor level an analysis counts at: mention, organisation (the default) or role.

The graph names organisations (:mod:`policykg.identity`): 常州市工业和信息化部门,
whether a provision says 市工业和信息化主管部门 or 工业和信息化部门.  A question
may need another level:

============  ==============================================  ==========================
level         one actor node per                              e.g.
============  ==============================================  ==========================
organisation  body of one jurisdiction (default)              常州市工业和信息化部门
role          function, whatever the jurisdiction and tier     工业和信息化
mention       name as the provisions write it                 市工业和信息化主管部门
============  ==============================================  ==========================

At the role level two cities' 工信 bureaus are one node (compare by role); at the
mention level each name is its own node (checking the extraction).  Programme
leads and partners at the mention level are shown under the organisation's most
frequent name, since a lead is an organisation, not a sentence's wording.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("a1", kind="actor", label="常州市工业和信息化部门", actor_type="government-department", level="municipal", role="工业和信息化")
>>> G.add_node("a2", kind="actor", label="深圳市工业和信息化部门", actor_type="government-department", level="municipal", role="工业和信息化")
>>> for i, (a, m) in enumerate([("a1", "市工业和信息化主管部门"), ("a1", "工业和信息化部门"), ("a2", "市工业和信息化部门")]):
...     G.add_node(f"p{i}", kind="provision", actor=G.nodes[a]["label"], mention=m, partner_names="", approver_name="")
...     _ = G.add_edge(a, f"p{i}", key="bears", relation="bears")
>>> sorted(d["actor"] for _, d in at_level(G, "role").nodes(data=True) if d["kind"] == "provision")
['工业和信息化', '工业和信息化', '工业和信息化']
>>> sorted(d["label"] for _, d in at_level(G, "mention").nodes(data=True) if d["kind"] == "actor")
['工业和信息化部门', '市工业和信息化主管部门', '市工业和信息化部门']
"""

from collections import Counter

import networkx as nx

from ..errors import PolicyKGError

__all__ = ["LEVELS", "DEFAULT", "at_level", "check_level"]

LEVELS = ("organisation", "role", "mention")
DEFAULT = "organisation"


def check_level(level):
    """``level``, or a one-line error naming it."""
    if level not in LEVELS:
        raise PolicyKGError(f"unknown actor level {level!r}: choose {', '.join(LEVELS)}")
    return level


def _actor_attrs(d, label):
    return dict(d, label=label, organisation=d["label"])  # the organisation, to match a programme's leads


def at_level(G, level=DEFAULT):
    """The multi-digraph ``G`` (organisation level, as :func:`~policykg.analysis.load.to_networkx` makes it)
    with its actor nodes at ``level``; ``G`` itself for the organisation level."""
    check_level(level)
    if level == "organisation":
        return G
    H = nx.MultiDiGraph()
    key = {}  # organisation node -> its node at this level
    names = {}  # mention -> its organisation node
    if level == "role":
        for n, d in G.nodes(data=True):
            if d["kind"] == "actor":
                role = d.get("role") or d["label"]
                key[n] = "role:" + role
                H.add_node(key[n], **dict(d, label=role, jurisdiction=""))
    else:
        bearers = {}
        for n, d in G.nodes(data=True):
            if d["kind"] == "provision":
                for a, _, rel in G.in_edges(n, keys=True):
                    if rel == "bears":
                        bearers.setdefault(a, Counter())[d["mention"]] += 1
                        names.setdefault(d["mention"], a)
        for n, d in G.nodes(data=True):
            if d["kind"] == "actor":
                counts = bearers.get(n)
                name = min(counts, key=lambda m: (-counts[m], m)) if counts else d["label"]
                key[n] = "mention:" + name
                H.add_node(key[n], **_actor_attrs(d, name))
    for n, d in G.nodes(data=True):
        if d["kind"] != "actor":
            H.add_node(n, **d)
    for n, d in G.nodes(data=True):
        if d["kind"] == "provision":
            H.nodes[n]["actor"] = H.nodes[key[a]]["label"] if (a := _bearer(G, n)) is not None else d["actor"]
    for u, v, k, d in G.edges(keys=True, data=True):
        if level == "mention" and G.nodes[u]["kind"] == "provision" and k in ("bears", "partner", "approver"):
            continue  # rewired below from the provision's own names
        if level == "mention" and k == "bears":
            continue
        H.add_edge(key.get(u, u), key.get(v, v), key=k, **d)
    if level == "mention":
        for n, d in G.nodes(data=True):
            if d["kind"] != "provision":
                continue
            a = _bearer(G, n)
            if a is not None:
                m = "mention:" + d["mention"]
                if m not in H:
                    H.add_node(m, **_actor_attrs(G.nodes[a], d["mention"]))
                H.add_edge(m, n, key="bears", relation="bears", modality=d.get("modality"))
                H.nodes[n]["actor"] = d["mention"]
            for rel, ms in (("partner", [n for n in d.get("partner_names", "").split("、") if n]),
                            ("approver", [d["approver_name"]] if d.get("approver_name") else [])):
                targets = [v for _, v, k in G.out_edges(n, keys=True) if k == rel]
                for name in ms:
                    m = "mention:" + name
                    if m not in H:
                        src = names.get(name) or (targets[0] if targets else None)
                        H.add_node(m, **_actor_attrs(G.nodes[src], name) if src else {"kind": "actor", "label": name})
                    H.add_edge(n, m, key=rel, relation=rel)
    return H


def _bearer(G, p):
    for a, _, k in G.in_edges(p, keys=True):
        if k == "bears":
            return a
    return None

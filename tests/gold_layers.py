"""The gold annotation of the default regulation as extraction layers, for tests of what comes after extraction.

``gold_document()`` reads the bundled regulation and fills ``doc.layers`` from
tests/data/changzhou-smart-manufacturing.gold.jsonl (a copy of
../shared/gold/changzhou-smart-manufacturing.jsonl), so the analysis and the
HTML can be checked against numbers counted by hand from the gold file, whatever
state the extraction is in.  Spans are found by locating each action in its
paragraph; the approver is read from 报…批准/备案 in the action; actor types
come from the head of the name (the gold file has no types).
"""

import json
import re

from conftest import DATA
from policykg.model import Actor, Programme, Provision
from policykg.readers import default_path, read

GOLD_FILE = DATA / "changzhou-smart-manufacturing.gold.jsonl"

# Head of the name -> actor-type notation, first match wins.
TYPES = (("人民政府", "government"), ("管理机构", "government-department"), ("部门", "government-department"),
         ("本市", "jurisdiction"), ("未指明", "unspecified"), ("中小企业", "sme"), ("企业", "enterprise"),
         ("高等学校", "university"), ("学校", "university"), ("科研机构", "research-institute"),
         ("协会", "association"), ("联盟", "association"), ("金融机构", "financial-institution"),
         ("媒体", "media"), ("人才", "individual"))


def actor_type(name):
    return next((t for head, t in TYPES if head in name), "other-organisation")


def gold_rows():
    return [json.loads(line) for line in GOLD_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]


def _sentence(text, start, lo, hi):
    """Span of the sentence (up to 。or ；) around ``start`` inside [lo, hi)."""
    s = max(text.rfind(c, lo, start) for c in "。；") + 1
    s = max(s, lo)
    ends = [i for i in (text.find(c, start, hi) for c in "。；") if i >= 0]
    return s, (min(ends) + 1 if ends else hi)


def gold_document():
    doc = read(default_path())
    provisions, actors, programmes = [], {}, {}
    for row in gold_rows():
        art = doc.article(row["article"])
        paras = [u for u in art.children if u.kind == "paragraph"]
        for p in row["provisions"]:
            para = paras[p["paragraph"] - 1]
            i = para.text.find(p["action"])
            start = para.start + (i if i >= 0 else 0)
            end = start + len(p["action"]) if i >= 0 else para.end
            s0, s1 = _sentence(doc.text, start, para.start, para.end)
            m = re.search(r"报(.+?)(?:批准|备案)", p["action"])
            names = [p["actor"], *p["partners"], *([m.group(1)] if m else [])]
            for name in names:
                actors.setdefault(name, Actor(name, type=actor_type(name)))
            provisions.append(Provision(
                actor=p["actor"], modality=p["modality"], action=p["action"], paragraph=para, start=start,
                end=end, sentence_start=s0, sentence_end=s1, partners=list(p["partners"]),
                approver=m.group(1) if m else None,
                programmes=[n for n in row["programmes"] if n in para.text]))
        for name in row["programmes"]:
            prog = programmes.setdefault(name, Programme(name, type="plan" if "规划" in name else "mechanism"))
            prog.mentions += [u for u in paras if name in u.text and u not in prog.mentions]
    for prog in programmes.values():
        for p in provisions:
            if prog.name in p.action:
                prog.leads += [p.actor] if p.actor not in prog.leads else []
                prog.partners += [a for a in p.partners if a not in prog.partners]
    doc.layers.update(provisions=provisions, actors=actors, programmes=programmes)
    return doc


def gold_graph(doc=None):
    """The RDF graph ``build`` writes, with the gold layers instead of the extraction's."""
    from policykg.rdf.document_graph import document_graph
    from policykg.rdf.iris import Minter
    from policykg.rdf.provision_graph import provision_graph
    from policykg.rdf.serialise import bind

    doc = doc or gold_document()
    m = Minter()
    g = bind(document_graph(doc, m), m.base)
    return provision_graph(doc, m, g)

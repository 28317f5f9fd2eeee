"""Programmes: named plans, mechanisms, platforms, funds, lists, campaigns.

A programme name ends with a head word (规划, 机制, 平台, 清单…) and follows a
verb that creates or relies on it (建立, 编制, 纳入…), or precedes 建设; quoted
campaign names (“揭榜挂帅”) count too.  Names that only exemplify a kind
(工业数据中心、智能计算中心等算力基础设施) and generic ones (工作机制) do not.
"""

import re
from functools import lru_cache

from .. import lexicon
from ..model import Programme

__all__ = ["find_programmes", "programme_names"]


@lru_cache(maxsize=None)
def _lex():
    lx = lexicon.load("programmes")
    heads = sorted(lx["heads"], key=len, reverse=True)
    verbs = sorted(lx["creating_verbs"], key=len, reverse=True)
    return {
        "heads": lx["heads"],
        "head_re": re.compile("|".join(map(re.escape, heads))),
        "verb_re": re.compile("|".join(map(re.escape, verbs))),
        "after": tuple(lx["verb_after_head"]),
        "generic": set(lx["generic_words"]),
    }


def _type(name):
    for h, t in sorted(_lex()["heads"].items(), key=lambda kv: -len(kv[0])):
        if name.endswith(h):
            return t
    return "campaign"


def _generic(name):
    lx = _lex()
    rest = name
    for h in sorted(lx["heads"], key=len, reverse=True):
        if rest.endswith(h):
            rest = rest[: -len(h)]
            break
    for w in sorted(lx["generic"], key=len, reverse=True):
        rest = rest.replace(w, "")
    return len(rest) < 2


def programme_names(s):
    """Programme names in one action phrase or clause, in order.

    >>> programme_names("组织编制智能制造发展规划")
    ['智能制造发展规划']
    >>> programme_names("制定出台中小企业智能化改造场景参考指引和实施清单")
    ['中小企业智能化改造场景参考指引', '实施清单']
    >>> programme_names("加强工业数据中心、智能计算中心等算力基础设施建设")
    []
    """
    lx = _lex()
    out = []
    for q in re.finditer(r"“([^”]{2,16})”", s):
        if not re.search(r"[，。；、]", q.group(1)):
            out.append(q.group(1))
    for seg in re.split(r"[，。；：]", s):
        for vm in lx["verb_re"].finditer(seg):
            start = vm.end()
            # names run from the verb to a head word; 和 between two names splits them
            tail = seg[start:]
            for hm in lx["head_re"].finditer(tail):
                end = hm.end()
                name = tail[:end]
                after = tail[end:]
                if after.startswith(lx["after"]) or after.startswith(tuple(lx["heads"])):
                    continue
                if re.match(r"[、]?[^，。；]*?等(?![，。；]|$)", after) and "等" in after[:12]:
                    continue
                parts = re.split(r"和(?=[^和]*$)", name)
                if len(parts) == 2 and lx["head_re"].search(parts[0][-4:]) and lx["head_re"].fullmatch(
                        lx["head_re"].search(parts[0][-4:]).group(0)) and parts[0].endswith(
                        tuple(lx["heads"])):
                    cands = parts
                else:
                    cands = [name]
                for c in cands:
                    c = c.strip("“”、 ")
                    if "，" in c or len(c) < 2 or _generic(c) or c in out:
                        continue
                    if lx["verb_re"].match(c) and lx["verb_re"].match(c).end() < len(c):
                        c = c[lx["verb_re"].match(c).end():]
                    out.append(c)
                break
    return [n for n in out if n]


def find_programmes(doc, provisions):
    """``{name: Programme}`` for the document, with leads and partners from the provisions."""
    progs = {}
    by_para = {}
    for p in provisions:
        by_para.setdefault(p.paragraph, []).append(p)
    for art in doc.articles:
        for para in art.children:
            seen = []
            for p in by_para.get(para, []):
                for name in programme_names(p.action):
                    if name not in seen:
                        seen.append(name)
                    prog = progs.setdefault(name, Programme(name=name, type=_type(name)))
                    if p.actor not in prog.leads and p.embedded_in is None:
                        prog.leads.append(p.actor)
                    for partner in p.partners:
                        if partner not in prog.partners:
                            prog.partners.append(partner)
                    if para not in prog.mentions:
                        prog.mentions.append(para)
                    if name not in p.programmes:
                        p.programmes.append(name)
            for p in by_para.get(para, []):
                if p.actor.endswith(("中心", "委员会")):
                    name = p.actor
                    prog = progs.setdefault(name, Programme(name=name, type=_type(name)))
                    if para not in prog.mentions:
                        prog.mentions.append(para)
    return dict(sorted(progs.items()))

"""Functional roles: what a body does, whatever the text calls it.

A mention is read as ``[place] [tier prefix] [人民政府] core [head]``; the head
(主管部门, 行政部门, 局…) is dropped and the core folded onto a role by the
variants of ``lexicon/roles.yaml``.  A core no role claims stays a role of its
own, so an unknown body is never forced into the wrong role.

>>> split("市工业和信息化主管部门")
Split(place='', tier='municipal', role=Role(name='工业和信息化', group='department'))
>>> split("县级以上人民政府管理专利工作的部门").role.name, split("市场监督管理部门").tier
('知识产权', None)
>>> split("上海市知识产权局")
Split(place='上海市', tier='municipal', role=Role(name='知识产权', group='department'))
>>> category("高等院校")
Role(name='高等学校', group='category')
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import lexicon

__all__ = ["Role", "Split", "split", "category", "roles", "scheme_turtle", "GROUPS", "PUBLIC_TYPES", "SCHEME"]

SCHEME = "https://w3id.org/policykg/ns/role"

# Actor types (extraction's) whose mentions name public bodies of a jurisdiction.
PUBLIC_TYPES = ("government", "government-department", "legislature", "judicial", "supervisory")
GROUPS = ("government", "legislature", "judicial", "supervisory", "generic", "department", "named", "jurisdiction",
          "category", "unspecified")
# Words that start like a tier prefix but are not one (市场监管部门, 区域管理机构).
_NOT_TIER = ("市场", "市民", "区域", "区块", "县域", "省份", "国家安全", "国有")


@dataclass(frozen=True)
class Role:
    name: str  # the preferred label, also the key
    group: str  # one of GROUPS


@dataclass(frozen=True)
class Split:
    place: str  # a place the mention names itself (上海市知识产权局), else ''
    tier: str | None  # admin-level notation, 'all' (县级以上, 各级), or None when the mention states none
    role: Role


@lru_cache(maxsize=None)
def _lex():
    lx = lexicon.load("roles")
    gaz = lexicon.load("gazetteer")
    fold = {}
    for name, r in lx["roles"].items():
        for v in [name, *r.get("variants", [])]:
            fold[v] = Role(name, r["group"])
    cats = {}
    for name, r in lx["categories"].items():
        for v in [name, *r.get("variants", [])]:
            cats[v] = Role(name, "category")
    places = {}
    for prov, cities in gaz.items():
        places[prov] = "municipal" if prov.endswith("市") else "provincial"  # 上海市: its 市X部门 are municipal
        for c in cities or ():
            places.setdefault(c, "municipal")
    return {"tiers": sorted(lx["tiers"].items(), key=lambda kv: -len(kv[0])),
            "heads": sorted(lx["heads"], key=len, reverse=True),
            "patterns": [re.compile(p) for p in lx["patterns"]],
            "fold": fold, "categories": cats, "en": {**{k: v["en"] for k, v in lx["roles"].items()},
                                                      **{k: v["en"] for k, v in lx["categories"].items()}},
            "places": sorted(places.items(), key=lambda kv: -len(kv[0]))}


def roles():
    """``{role name: (group, English label)}`` of every role and category the lexicon defines."""
    lx = _lex()
    out = {r.name: (r.group, lx["en"][r.name]) for r in lx["fold"].values()}
    out.update({r.name: ("category", lx["en"][r.name]) for r in lx["categories"].values()})
    return dict(sorted(out.items()))


def _core(rest):
    """The role of what follows the tier prefix: 人民政府有关部门 → 有关部门."""
    lx = _lex()
    if rest.startswith("人民政府") and len(rest) > 4:
        rest = rest[4:].lstrip("的")
    if rest in ("", "人民政府", "政府", "国务院"):
        return Role("人民政府", "government")
    if rest in lx["fold"]:
        return lx["fold"][rest]
    core = None
    for h in lx["heads"]:  # 市场监督管理部门: 部门, not 管理部门
        if rest.endswith(h) and len(rest) > len(h):
            if rest[: -len(h)] in lx["fold"]:
                return lx["fold"][rest[: -len(h)]]
            if core is None and h.endswith("部门"):  # a named body keeps its own head (…开发区管理机构)
                core = rest[: -len(h)]
    core = core or rest
    for p in lx["patterns"]:
        m = p.match(core)
        if m:
            core = m.group(1)
            break
    if core in lx["fold"]:
        return lx["fold"][core]
    return Role(core, "named")  # a body no role claims: its own name (tier and head removed) is its role


def split(name):
    """Place, tier and role of a public body's mention (see the module docstring)."""
    lx = _lex()
    place = ""
    for p, tier in lx["places"]:
        if name.startswith(p) and len(name) > len(p):
            place, name = p, name[len(p):]
            break
    tier = None
    if not name.startswith(_NOT_TIER):
        for prefix, t in lx["tiers"]:
            if name.startswith(prefix):
                tier, name = t, name[len(prefix):]
                break
    if place and tier is None:
        tier = dict(lx["places"])[place]
    return Split(place, tier, _core(name))


def category(name):
    """The category of a private or social actor: 高等院校 → 高等学校; any other name is its own category."""
    return _lex()["categories"].get(name, Role(name, "category"))


def scheme_turtle():
    """``ontology/role-scheme.ttl``: the lexicon's roles as a SKOS scheme (a test keeps the file equal to this)."""
    from ..rdf.iris import slug

    out = ["# Functional roles (policykg.identity.roles): made from src/policykg/lexicon/roles.yaml by",
           "# policykg.identity.roles.scheme_turtle(); edit the lexicon, not this file.",
           "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .",
           "@prefix pkg: <https://w3id.org/policykg/ns#> .", "",
           f'<{SCHEME}> a skos:ConceptScheme ; skos:prefLabel "职能角色"@zh, "functional role"@en .']
    for name, (group, en) in roles().items():
        alt = sorted({v for v, r in {**_lex()["fold"], **_lex()["categories"]}.items() if r.name == name and v != name})
        alts = "".join(f' ; skos:altLabel "{a}"@zh' for a in alt)
        en = en.replace('"', '\\"')
        out.append(f'<{SCHEME}/{slug(name)}> a skos:Concept ; skos:inScheme <{SCHEME}> ; skos:prefLabel "{name}"@zh, '
                   f'"{en}"@en ; pkg:roleGroup "{group}"{alts} .')
    return "\n".join(out) + "\n"

"""Modal markers and their modality, from ``lexicon/modality.yaml``.

>>> find_modal("市人民政府应当建立机制")
(5, 7, 'obligation')
>>> find_modal("人工智能应用")  # 应用 is not a modal
>>> find_modal("集成电路布图设计专有权和植物新品种权")  # 有权 inside a right's name (R5)
>>> find_modal("报请有权机关决定")  # the competent authority
>>> find_modal("形成可复制可推广经验")  # adjectives (R5)
>>> find_modal("探索推行建筑师负责制")  # 负责 inside a regime's name (R5)
>>> find_modal("常州经济开发区管理机构按照职责做好促进工作")
(11, 15, 'obligation')
"""

import re
from functools import lru_cache

from .. import lexicon

__all__ = ["find_modal", "soft_marker", "SOFT", "STRONG"]

SOFT = ("encouragement", "support", "guidance")
_HEAD_NOUN = re.compile(r"人(?![工才民力口])")  # 负责人 is a person, 负责人工智能… is a duty
_ATTRIBUTIVE = re.compile(r"[^，。；：应可]{0,24}?的[^，。；：]{0,8}?(?:部门|机构|单位|机关|组织|人员)")  # (直接负责的主管人员)
STRONG = ("obligation", "prohibition", "permission")
_ENTRUSTED = re.compile(r"(?:委托|指定|授权)[^，。；、]{1,20}$")  # 委托专业公司负责…: the duty is the entrusting, not a modal


@lru_cache(maxsize=None)
def _patterns():
    lx = lexicon.load("modality")
    alts = []
    for modality in STRONG:
        for m in lx["markers"][modality]:
            if m in lx["single_char"]:
                rule = lx["single_char"][m]
                words = "".join("|" + w for w in rule.get("not_words_after", []))  # 应有的: due, no modal
                alts.append((rf"(?<![{rule['not_before']}]){m}(?![{rule['not_after']}]{words})", modality, len(m)))
            else:
                guard = lx.get("not_before", {}).get(m)
                after = "|".join(map(re.escape, lx.get("not_after", {}).get(m, [])))
                alts.append(((rf"(?<![{guard}])" if guard else "") + re.escape(m) + (f"(?!{after})" if after else ""),
                             modality, len(m)))
    alts.sort(key=lambda a: -a[2])  # 应当 before 应
    strong = re.compile("|".join(f"(?P<m{i}>{p})" for i, (p, _, _) in enumerate(alts)))
    formulae = re.compile("|".join(f"(?P<f{k}>{f})" for k, f in enumerate(lx["obligation_formulae"] + lx["permission_formulae"])))
    n_obligation = len(lx["obligation_formulae"])
    soft = {m: mod for mod in SOFT for m in lx["markers"][mod]}
    soft.update({m: "permission" for m in lx["entitling_markers"]})
    joiners = "|".join(map(re.escape, lx["compound_joiners"]))
    soft_alt = "|".join(sorted(map(re.escape, soft), key=len, reverse=True))
    # 指导和支持 / 组织和支持: a helping verb joined to a marker takes the marker
    # 鼓励和吸引: a second verb joined to the marker belongs to it; 鼓励支持: so does a marker written
    # straight after it
    soft_re = re.compile(rf"(?:(?:指导|帮助|协助|组织)和)?({soft_alt})(?:(?:{joiners})(?:{soft_alt}|吸引|帮助|扶持|保护|保障)|(?:{soft_alt}))*")
    return strong, [mod for _, mod, _ in alts], (formulae, n_obligation), soft, soft_re


def find_modal(s, start=0):
    """First strong modal marker (obligation, prohibition, permission) or
    obligation formula in ``s[start:]``: ``(start, end, modality)`` or None."""
    strong, mods, formulae, _, _ = _patterns()
    best = None
    m = strong.search(s, start)
    # 负责X的部门 names a department, 建筑师负责制 a regime (R5): they bind nobody
    while m and m.group(0) == "负责" and (_ATTRIBUTIVE.match(s, m.end()) or _HEAD_NOUN.match(s, m.end())
                                         or s.startswith("制", m.end())
                                         or _ENTRUSTED.search(s, max(start, m.start() - 24), m.start())) \
            or m and m.group(0) == "有权" and (s[m.start() - 1: m.start()] in ("专", "所", "拥", "占")
                                              or s.startswith(("机关", "部门"), m.end())):
        # (专有权, 所有权: a right's name; 有权机关: the competent authority; not 有权)
        m = strong.search(s, m.end())
    if m:
        best = (m.start(), m.end(), mods[int(m.lastgroup[1:])])
    formulae, n_obligation = formulae
    f = formulae.search(s, start)
    if f and (best is None or f.start() < best[0]):
        best = (f.start(), f.end(), "obligation" if int(f.lastgroup[1:]) < n_obligation else "permission")
    return best


def soft_marker(s, pos=0):
    """鼓励/支持/引导/倡导 (possibly 鼓励和支持), or 允许 (R8: permission), at ``s[pos]``:
    ``(end, modality)`` or None.  A compound takes its first marker (GUIDELINES)."""
    _, _, _, soft, soft_re = _patterns()
    m = soft_re.match(s, pos)
    if not m or (soft[m.group(1)] == "permission" and s[max(0, pos - 2):pos].endswith(("不得", "不", "禁止"))):
        return None  # (不得允许其…参展: what is refused entitles nobody)
    return m.end(), soft[m.group(1)]

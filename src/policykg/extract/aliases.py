"""Aliases the text introduces: …（以下简称X） / （以下统称X）.

>>> from policykg.readers import read_text
>>> doc = read_text("第一条　市工业和信息化部门是人工智能产业主管部门（以下简称市产业主管部门）。")
>>> find_aliases(doc)
{'市产业主管部门': ['市工业和信息化部门']}
"""

import re

from .actors import expand, is_org, scan_list

__all__ = ["find_aliases"]

_ALIAS = re.compile(r"[（(]以下(简称|统称|称)[“\"]?([^）)”\"]{2,20})[”\"]?[）)]")


def find_aliases(doc):
    """``{alias: [canonical names]}`` for the aliases of actors defined in ``doc``."""
    out = {}
    t = doc.text
    for m in _ALIAS.finditer(t):
        kind, alias = m.group(1), m.group(2)
        start = max(t.rfind(c, 0, m.start()) for c in "，。；：\n\u3000") + 1
        phrase = t[start:m.start()]
        # X是Y（以下简称Z）: Z stands for the subject X (GUIDELINES)
        if "是" in phrase:
            phrase = phrase[: phrase.index("是")]
        phrase = re.sub(r"^.*(?:适用于|是指|所称)", "", phrase)  # 本条例适用于…试验区（以下简称…）
        phrase = re.sub(r"^经?.{1,12}?批准(?:设立)?的", "", phrase)
        phrase = re.sub(r"^(?:由|设立|成立|建立|确定|明确)", "", phrase)
        _, phrase = scan_list(phrase, 0, subject=True) if not is_org(phrase) else (0, phrase)
        # X或者…确定的其他部门: the first alternative
        disjunction = bool(re.search(r"或者|或", phrase))
        phrase = re.split(r"或者|或", phrase)[0]
        names = [n for n in expand(phrase) if is_org(n)]
        if kind == "统称" and len(names) > 1 and not disjunction:
            continue  # A、B和C（以下统称X）: X names the group; the group is the actor
        if names and alias not in out:
            out[alias] = names
    return out

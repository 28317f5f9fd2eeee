"""Aliases the text introduces: …（以下简称X） / （以下统称X）.

>>> from policykg.readers import read_text
>>> doc = read_text("第一条　市工业和信息化部门是人工智能产业主管部门（以下简称市产业主管部门）。")
>>> find_aliases(doc)
{'市产业主管部门': ['市工业和信息化部门']}

The body is named without who set it up (杭州市城市国际化促进条例 art. 6):

>>> find_aliases(read_text("第六条　本市设立的城市国际化推进工作委员会（以下简称推进工作委员会），研究决定重大事项。"))
{'推进工作委员会': ['城市国际化推进工作委员会']}

An alias for a list of bodies names the group, which stays the actor (R4):

>>> find_aliases(read_text("第一条　有关主管部门、监督管理部门是负责安全保护工作的部门（以下简称保护工作部门）。"))
{'保护工作部门': ['保护工作部门']}
"""

import re
from functools import lru_cache

from .actors import FOUNDER, expand, is_org

__all__ = ["find_aliases"]

_ALIAS = re.compile(r"[（(]以下(简称|统称|称)[“\"]?([^）)”\"]{2,20})[”\"]?[）)]")


# 为了推动…合作区, 发挥…示范区, 本市与江苏省…共同设立…执行委员会, 可以向…部门, 将投诉转交…部门:
# the name the alias stands for is what follows the verb or preposition
_CUT = re.compile(r"为了|设立(?!的)|成立(?!的)|组建(?!的)|转交|通过|(?<![面导方意倾指朝外内])向|(?<![针相绝应])对(?![外口])|将|把|落实|发挥|推动|聚焦|结合|依托")
_CLAUSE = re.compile(r"将|把|转交|共同设立")


def _name_at_end(phrase):
    """The actor name that ends ``phrase`` (the text before an alias note), or ""."""
    verbs = _verbs()
    for m in [None, *_CUT.finditer(phrase)]:
        c = phrase[m.end():] if m else phrase
        if is_org(c) and not (verbs.match(c) and "的" not in c) and not _CLAUSE.search(c):
            return c
    return ""


@lru_cache(maxsize=None)
def _verbs():
    from .. import lexicon
    v = sorted(lexicon.load("grammar")["verbs"], key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, (x for x in v if len(x) >= 2))) + ")")


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
        # 经国务院批准、在上海市设立的经济技术开发区（以下简称开发区）: the alias is the name, not its warrant
        phrase = re.sub(r"^经?.{1,12}?批准[^，。；的]{0,12}的", "", phrase)
        # 市人民政府设立的中国（杭州）…管理办公室（以下简称…）: the body, not who set it up (a warrant too)
        phrase = re.sub("^" + FOUNDER + r"(?=[^，。；的]{4,})", "", phrase)
        phrase = re.sub(r"^(?:凡|由|设立|成立|建立|确定|明确)", "", phrase)
        made = list(re.finditer("设立|成立|组建", phrase))
        if made and "的" not in phrase[made[-1].end():]:
            phrase = phrase[made[-1].end():]  # 市人民政府设立X管理委员会（以下简称Y）: Y is the body set up
        phrase = _name_at_end(phrase)
        # X或者…确定的其他部门: the first alternative
        disjunction = bool(re.search(r"或者|或", phrase))
        phrase = re.split(r"或者|或", phrase)[0]
        names = [n for n in expand(phrase) if is_org(n)]
        if len(names) > 1 and not disjunction:
            # A、B和C（以下统称/简称X）: X names the group; the group is the actor (R4), unless X is a list itself
            names = [alias] if len(expand(alias)) == 1 else []
        if names and alias not in out:
            out[alias] = names
    return out

"""Organisations: the body a mention denotes in its document.

Names relative to the text (市人民政府, 区人民政府, 市X主管部门, 县级以上人民政府X部门,
有关部门, 本市) take the document's jurisdiction: 市人民政府 in a Changzhou
regulation is 常州市人民政府, in a Shenzhen one 深圳市人民政府.  Names that are
absolute (国务院, 国务院X主管部门, 中国人民银行, 国家) are one organisation
everywhere.  A department named without a tier (工业和信息化部门) is the
department at the document's own tier.  Private and social actors (企业,
高等学校, 行业协会, 个人) are categories, one node whatever the document.

>>> cz = Context.of({"jurisdiction": "江苏省常州市", "level": "local-regulation"})
>>> [resolve(n, "government-department", cz).label for n in ("市工业和信息化主管部门", "工业和信息化部门")]
['常州市工业和信息化部门', '常州市工业和信息化部门']
>>> resolve("县级市（区）人民政府", "government", cz).label
'常州市区县人民政府'
>>> sz = Context.of({"jurisdiction": "广东省深圳市", "level": "sez-regulation"})
>>> resolve("市人民政府", "government", sz).key != resolve("市人民政府", "government", cz).key
True
>>> resolve("国务院", "government", sz).key == resolve("国务院", "government", cz).key
True
>>> o = resolve("高等院校", "university", cz); (o.label, o.kind, o.role.name)
('高等学校', 'category', '高等学校')
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from .roles import PUBLIC_TYPES, Role, category, split

__all__ = ["Context", "Organisation", "resolve", "government_of", "NATIONAL", "UNSPECIFIED"]

NATIONAL = "国家"
UNSPECIFIED = "未指明"
_LOCAL_SELF = ("本市", "本省", "本自治区", "本区", "本县", "区", "县")
_NATIONAL_LEVELS = ("national-law", "administrative-regulation")
# The tier word a label carries when the body sits below (or spans) its jurisdiction's own tier.
_TIER_WORD = {"all": "县级以上", "national": "国务院", "provincial": "省级", "municipal": "设区的市",
              "county": "区县", "township": "乡镇"}


@dataclass(frozen=True)
class Context:
    """Where a document's relative names point: its jurisdiction and that jurisdiction's tier."""

    scope: str  # 江苏省常州市, 上海市, 国家
    tier: str  # national, provincial, municipal, county

    @classmethod
    def of(cls, meta):
        """The context of a document from its metadata (``level``, ``jurisdiction``)."""
        jur = meta.get("jurisdiction") or NATIONAL
        if meta.get("level") in _NATIONAL_LEVELS or jur == NATIONAL:
            return cls(NATIONAL, "national")
        if jur.endswith(("县", "区")) and not jur.endswith("自治区"):
            return cls(jur, "county")
        return cls(jur, "municipal" if jur.endswith("市") else "provincial")


@dataclass(frozen=True)
class Organisation:
    key: str  # identity key: the same key is the same node (its IRI is minted from it)
    label: str  # a readable name: 常州市工业和信息化部门
    role: Role
    tier: str | None  # admin-level notation, or 'all'
    scope: str | None  # the jurisdiction it belongs to; None for a category
    kind: str  # organisation, category, jurisdiction or unspecified


def _place(scope):
    """常州市 for 江苏省常州市, 上海市, 广东省; '' for the nation."""
    if scope == NATIONAL:
        return ""
    m = re.match(r"^.+?(?:省|自治区)(.+)$", scope)
    return m.group(1) if m else scope


# A named body whose own name ends like this is no department (国家大学科技园, 市孵化器, 省级产业园): no 部门 added.
_BODY_ENDINGS = ("园", "器", "空间", "院", "所", "学校", "大学", "协会", "联盟", "站", "馆", "公司", "企业")


def _label(scope, tier, own_tier, role):
    if role.group == "government" and tier == "national":
        return "国务院"
    if role.group == "legislature" and tier == "national":
        return "全国" + role.name  # 全国人民代表大会常务委员会
    word = "" if tier in (None, own_tier) else _TIER_WORD.get(tier, "")
    if scope == NATIONAL and tier == "national" and role.group in ("department", "named"):
        # the nation's own departments: 国务院科学技术行政部门; a national park or institute is no organ of it
        word = "国家" if role.group == "named" and role.name.endswith(_BODY_ENDINGS) else "国务院"
    if role.group == "government":
        name = "人民政府"
    elif role.group in ("department", "named") and not role.name.endswith(("部门", "机关", "委员会", "机构", "局", "厅",
                                                                           "办公室", "中心", "人民政府")) \
            and not (role.group == "named" and role.name.endswith(_BODY_ENDINGS)):
        name = role.name + "部门"
    else:
        name = role.name
    return f"{_place(scope)}{word}{name}"


def _own_tier(scope):
    return Context.of({"jurisdiction": scope}).tier


@lru_cache(maxsize=65536)
def resolve(name, actor_type, ctx):
    """The :class:`Organisation` mention ``name`` (of extraction's ``actor_type``) denotes in context ``ctx``."""
    if name == UNSPECIFIED or not name:
        return Organisation(UNSPECIFIED, UNSPECIFIED, Role(UNSPECIFIED, "unspecified"), None, None, "unspecified")
    if name in (NATIONAL, "中华人民共和国"):  # a national law's 中华人民共和国…: the state, as 国家
        return Organisation(NATIONAL, NATIONAL, Role(NATIONAL, "jurisdiction"), "national", NATIONAL, "jurisdiction")
    if name in _LOCAL_SELF or actor_type == "jurisdiction" and name.startswith("本"):
        place = _place(ctx.scope) or NATIONAL
        return Organisation(f"{ctx.scope}|{ctx.tier}|jurisdiction", place, Role("本行政区域", "jurisdiction"),
                            ctx.tier, ctx.scope, "jurisdiction")
    s = split(name)
    public = actor_type in PUBLIC_TYPES or actor_type == "jurisdiction"
    if not public and not (s.tier and s.tier != "all" and actor_type == "other-organisation"):
        role = category(name)
        return Organisation(role.name, role.name, role, None, None, "category")
    if s.place:
        scope = s.place if not ctx.scope.endswith(s.place) else ctx.scope
    elif s.tier == "national":
        scope = NATIONAL
    else:
        scope = ctx.scope
    own = ctx.tier if scope == ctx.scope else _own_tier(scope)
    tier = s.tier or own
    if scope == NATIONAL and tier == "all":
        tier = "all"
    key = f"{scope}|{tier}|{s.role.name}"
    return Organisation(key, _label(scope, tier, own, s.role), s.role, tier, scope, "organisation")


def government_of(org):
    """The people's government a department (or other body of one tier) belongs to, or None.

    >>> cz = Context.of({"jurisdiction": "江苏省常州市", "level": "local-regulation"})
    >>> government_of(resolve("市数据主管部门", "government-department", cz)).label
    '常州市人民政府'
    >>> government_of(resolve("国务院科学技术行政部门", "government-department", cz)).label
    '国务院'
    """
    if org.kind != "organisation" or org.role.group in ("government", "legislature", "judicial", "supervisory") \
            or org.tier in (None, "all"):
        return None
    role = Role("人民政府", "government")
    own = _own_tier(org.scope)
    return Organisation(f"{org.scope}|{org.tier}|人民政府", _label(org.scope, org.tier, own, role), role, org.tier,
                        org.scope, "organisation")

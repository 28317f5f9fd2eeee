"""Actors: list expansion, canonical names, types, levels and parents.

Canonical names follow GUIDELINES.md: a shared head is distributed over a list
(网信、发展改革等部门 → 网信部门, 发展改革部门), a level prefix over a list that
shares one head (市科学技术、工业和信息化主管部门 → 市科学技术主管部门,
市工业和信息化主管部门), kinds of one head collapse to the head
(广播、电视、报刊、互联网等新闻媒体 → 新闻媒体).

>>> expand("市、县级市（区）人民政府及其有关部门")
['市人民政府', '县级市（区）人民政府', '有关部门']
>>> expand("网信、发展改革、教育等部门")
['网信部门', '发展改革部门', '教育部门']
>>> expand("广播、电视、报刊、互联网等新闻媒体")
['新闻媒体']
>>> expand("智能制造领域企业事业单位和各类社会组织")
['智能制造领域企业', '智能制造领域事业单位', '社会组织']
>>> scan_list("企业、高等学校、科研机构等研究开发技术", 0)
(13, '企业、高等学校、科研机构等')
"""

import re
from functools import lru_cache

from .. import lexicon
from .text import depth_map

__all__ = ["expand", "scan_list", "is_org", "is_fragment", "head_of", "actor_type", "actor_level",
           "actor_parent", "mask", "UNSPECIFIED"]

UNSPECIFIED = "未指明"
_SEP = r"(?:及其(?!他)|以及|或者|、|和|(?<![涉普危惠波顾提论触])及(?![时早])|或)"
_PH = "\ue000"  # stands for 和/及/与 inside a compound, keeping offsets
_PLACE = re.compile(r"^(?!设区)[\u4e00-\u9fff]{1,6}?(?:新区|自治区|区|县|州)(?=..)")
# Bodies of the state below a government (courts and 监察委员会 are no departments, but read alike).
DEPARTMENT_TYPES = ("government-department", "judicial", "supervisory")
_PREPOSITIONS = "为对在向与将把从以由被给按依等到赴报"  # after a name, these open what it does
_UPON = re.compile(r"应(?=[^，。；应]{1,24}?(?:请求|的申请))")  # 应专利权人的请求: "upon", it ends a name


@lru_cache(maxsize=None)
def _lex():
    lx = lexicon.load("actors")
    gr = lexicon.load("grammar")
    heads = sorted(lx["heads"], key=len, reverse=True)
    # a head ending in 人 is no head inside 人民, 人员, 人才 (跨境电子商务使用人民币…, 主要管理人员), nor 银行 in 银行间
    # (the interbank market)
    head_re = "(?:" + "|".join(map(re.escape, heads)) + ")(?!(?<=人)[民员才力]|(?<=银行)间)"
    verbs = sorted(gr["verbs"], key=len, reverse=True)
    levels = sorted(lx["levels"], key=len, reverse=True)
    return {
        "heads": lx["heads"],
        "head_re": re.compile(f"(?:{head_re})$"),
        "conj": re.compile(rf"([^，。；：、和及与或\n{{}}]{{0,14}}?)(?:{head_re})(?:间|之间)?"),
        "compounds": sorted(lx["compounds"], key=len, reverse=True),
        "canonical": lx["canonical"],
        "drop": sorted(lx["drop_prefixes"], key=len, reverse=True),
        # 海南省, 浙江省…: a province named binds itself as 本省 does (the gazetteer's provinces)
        "jurisdictions": lx["jurisdictions"] + [p for p in lexicon.load("gazetteer") if p.endswith(("省", "自治区"))],
        "levels": levels,
        "lexical_heads": lx["lexical_heads"],
        "member_heads": sorted(lx["member_heads"], key=len, reverse=True),
        "chain_parties": lx["chain_parties"],
        "ownership": tuple(lx["ownership"]),
        "grassroots": tuple(lx["grassroots_places"]),
        "place_kinds": tuple(lx["place_kinds"]),
        "core_heads": set(lx["core_heads"]),
        "dept_heads": tuple(h for h, t in lx["heads"].items() if t in DEPARTMENT_TYPES),
        "level_of": lx["levels"],
        "verb_re": re.compile("(?:" + "|".join(map(re.escape, verbs)) + ")"),
        "verb_in": re.compile("|".join(map(re.escape, [v for v in verbs if len(v) >= 2]))),
        "head_any": re.compile(f"(?:{head_re})"),
        "not_actor": re.compile("(?:" + "|".join(map(re.escape, lx["not_actor_heads"])) + ")$"),
        "modifier": re.compile("|".join(map(re.escape, lx["modifier_nouns"]))),
        "opener": re.compile("(?:" + "|".join(sorted(gr["non_actor_openers"], key=len, reverse=True)) + ")"),
        "relative_openers": tuple(gr["relative_openers"]),
        "action_opener": re.compile("|".join(gr["action_openers"])),
        "breaker": re.compile("|".join(gr["name_breakers"])),
    }


def mask(s):
    """Hide the 和/及/与 inside compounds (工业和信息化) so lists split cleanly."""
    for c in _lex()["compounds"]:
        if c in s and any(ch in c for ch in "和及与"):
            s = s.replace(c, re.sub("[和及与]", _PH, c))
    return s


def head_of(name):
    m = _lex()["head_re"].search(name)
    return m.group(0) if m else None


def is_org(name):
    """True if ``name`` ends with an actor head (企业, 部门, 高等学校…) and is no fragment.

    >>> is_org("市人民政府"), is_org("在示范区"), is_org("在本市登记的地方金融组织")
    (True, False, True)
    """
    return bool(name) and (head_of(name) is not None or name in _lex()["jurisdictions"]) and not is_fragment(name)


# Who set a body up (市人民政府设立的, 经国务院批准设立的): its warrant, no part of its name
FOUNDER = r"[^，。；的]{2,12}?(?:批准)?设立的"
_COMPOUND_VERBS = ("牵头", "招聘", "招用", "接收", "委托")  # 牵头部门, 招聘单位: verbs that name a body
_NOTE = re.compile(r"[（(](?:含|包括|包含|以下|下同)[^）)]*[）)]$")
_LOCATIVE = re.compile(r"(?<![所存现实内设])在(?![华沪京津渝粤浙苏鲁豫闽杭甬穗深郑校职岗编读建研线册营内])")
_CLAUSE_VERB = re.compile("制定|建立|完善|实施|推动|推进|支持|鼓励|引导|加强|加快|开展|组织开展|设立")
_DATE = re.compile(r"\d|[〇零一二三四五六七八九十]{2,4}年")


def is_fragment(name):
    """True if ``name`` is a piece of a clause, not an actor: a locative (在示范区), a purpose
    (为了推动…合作区), an object (对违法失信的企业), an agent phrase (由核准机关), a condition
    (个人未经专利权人) or a date (1991年6月4日国务院).  A relative clause closed by 的 may hold
    such words (在本市登记的企业, 未经资质认证的单位, 依法应当进行招标项目的招标人: R12), but
    a place after 在…的 stays a locative (在有条件使用非常规水资源的地区).

    >>> [is_fragment(n) for n in ("由核准机关", "个人未经专利权人", "对外贸易经营者", "由主管部门任命的人员", "未取得《跨地区")]
    [True, True, False, False, True]
    """
    if name.count("《") != name.count("》") or name.count("“") != name.count("”"):
        return True  # 未取得《跨地区…: a quotation cut open, no name
    lx = _lex()
    m = lx["opener"].match(name)
    if m:
        rel = name.rfind("的")
        if not (m.group(0) in lx["relative_openers"] and rel > m.end() and head_of(name[rel + 1:])):
            return True
        if m.group(0) == "由" and not lx["head_any"].search(name, 1, rel):
            return True
        if m.group(0) == "在" and actor_type(name) == "jurisdiction":
            return True
    if lx["action_opener"].match(name):
        return True  # 设立技术交易服务机构: an action; 一个部门: a count
    for h in _lex()["head_any"].finditer(name):
        act = re.match("(?:设立|成立|组织|监督|依法)(?=.)", name[h.end():])
        if act and "的" not in name[h.end():]:
            return True  # 市人民政府设立…管理委员会, 财政部门监督科技行政部门: a clause, not a name
    made = re.search(r"(?:设立|建立|成立)(?![的和或])", name)
    if made and made.start() and (name[: made.start()] in ("本市", "本省", "国家") or _is_level(name[: made.start()])
                                      or name[: made.start()] in _provinces()
                                      or re.fullmatch(r"[省市县区]（[^）]*）", name[: made.start()])
                                      or ("的" not in name[made.end():] and not head_of(name[: made.start()]))):
        return True  # 本市设立市和区联动的…专项资金, 省（市、区）设立…机构: the state acts (本市设立的商会 is a name)
    lv = _level_prefix(name)
    if lv and _CLAUSE_VERB.match(name, len(lv)) and "的" not in name[len(lv):] \
            and actor_type(name) not in ("government", "jurisdiction", *DEPARTMENT_TYPES):
        return True  # 市制定和完善优秀青年…: a level and the verb of its clause, no name
    if re.search(rf"(?:{_lex()['head_any'].pattern})的(?:注册)?资本$", name):
        return True  # 外商投资企业的注册资本: a thing the body holds
    loc = _LOCATIVE.search(name, 1)
    if loc and "的" not in name[loc.end():]:
        return True  # 外商投资企业在开发区, 海关在自贸试验区: a subject and its place (X在Y设立的Z is a name)
    heads = [h.span() for h in lx["head_any"].finditer(name)]
    for b in lx["breaker"].finditer(name):
        if any(s <= b.start() < e for s, e in heads):
            continue  # 接收方, 委托方: the word is part of a head
        conjunct = re.split("[、和及与或]", name[: b.start()])[-1]
        rest = name[b.end():]
        # a 的 must close the clause before a conjunct ends (可以向市商务部门、…指定的部门 is a clause),
        # and no name may stand before the breaker (区人民政府应当明确相应的工作机构)
        if b.group(0) in _COMPOUND_VERBS and head_of(rest) == rest and not head_of(conjunct):
            continue  # 牵头单位, 联合执法的牵头部门: a verb before a head names the body
        ends = [m.end() for m in lx["head_any"].finditer(rest) if re.match("[、和及或]", rest[m.end():])]
        # (海南自由贸易港内经批准的金融机构: a place 内 before the clause is the name's own qualifier)
        if "的" not in rest or (ends and ends[0] <= rest.index("的")) or head_of(conjunct) \
                or len(conjunct) > 4 and not re.search(r"(?:区|港|市|省|县)内$", conjunct):
            return True
    return bool(_DATE.match(name))


def _is_level(p):
    return p in _lex()["level_of"] or bool(re.fullmatch(r"(?:省|市|县|区|乡|镇|设区的市|县级市|县（市、区）|区县（自治县）)", p))


def _is_place(p):
    """郑州, 洛阳: a city named without 市 (郑州、洛阳、新乡国家高新技术产业开发区管理委员会)."""
    return len(p) <= 3 and p + "市" in _places()


@lru_cache(maxsize=None)
def _provinces():
    """海南省, 广东省…: the provinces and cities the gazetteer names (海南省设立…基金: the province acts)."""
    return set(lexicon.load("gazetteer")) | _places()


@lru_cache(maxsize=None)
def _places():
    return {c for cities in lexicon.load("gazetteer").values() for c in cities or ()}


def _level_prefix(name):
    for lv in _lex()["levels"]:
        if name.startswith(lv) and len(name) > len(lv) and not name.startswith(("市场", "区域", "区块", "县域", "省份")) \
                and name[len(lv)] not in "外内":  # 省外投资者 has no level
            return lv
    return ""


def _clean(c):
    c = re.sub(r"[（(](?:含|包括|包含|以下|下同)[^）)]*[）)]", "", c)  # 职业学校（含技工学校）
    c = c.strip("“”\"'《》 \u3000").strip()
    c = re.sub(r"(?:之间|间)$", "", c) if head_of(re.sub(r"(?:之间|间)$", "", c)) else c
    changed = True
    while changed:
        changed = False
        for d in _lex()["drop"]:
            if c.startswith(d) and len(c) > len(d) and not c.startswith(("国家", "各级")):
                c, changed = c[len(d):], True
        if c.startswith("本市") and len(c) > 2 and not ("的" in c and (_lex()["verb_in"].match(c, 2)
                                                                     or _lex()["opener"].match(c, 2))):
            c, changed = c[2:], True  # (本市设立的商会 keeps the subject of its relative clause)
        if c.startswith("各级各类") and head_of(c) and actor_type(c) not in ("government", *DEPARTMENT_TYPES):
            c, changed = c[4:], True  # 各级各类媒体: a plural, as 各类 is (R1)
            continue
        if c.startswith("各级"):  # 各级人民政府 is a name; 各部门 is a plural
            break
    c = re.sub(r"^其(?=[^他它])", "", c)
    # 其他有关部门 and 人民政府的X部门 stay as written (R1, R2, R12); identity folds them (roles.yaml)
    c = c.replace("的各类", "的").replace("其它", "其他")
    c = re.sub(r"相关(部门|单位)$", r"有关\1", c)  # 市人民政府相关部门 → 市人民政府有关部门
    return _lex()["canonical"].get(c, c)


def expand(phrase):
    """Canonical actor names in an actor phrase (a list, possibly with a shared head)."""
    out = []
    names = _expand(phrase)
    both = re.fullmatch(r"(.+[、和].+?)(?:双方|各方)", phrase.strip("，、；： \u3000"))
    if both and all(is_org(n) or n.endswith(("省", "市", "自治区", "特别行政区")) for n in _expand(both.group(1))):
        names = _expand(both.group(1))  # 广东省、澳门特别行政区双方: the parties listed, 双方 closing the list
        # (原合营、合作各方: 各方 is the head the list shares)
    inside = re.match(r"(.{2,20}?(?:区|港|园)内(?:的)?)(?!部)", names[0]) if len(names) > 1 else None
    if inside and actor_type(names[0][: inside.group(1).rindex("内")]) == "jurisdiction":
        # 实验区内企业和金融机构: the place qualifies every body of the list
        names = [names[0]] + [n if "内" in n or _level_prefix(n) else inside.group(1) + n for n in names[1:]]
    closing = re.search(r"(?:、|和|及|以及|或者)其[他它](?:有关|相关)部门$", phrase.strip("，、；： \u3000"))
    if closing and len(names) >= 2 and names[-1] == "有关部门":
        names[-1] = "其他有关部门"  # R1: a catch-all closing a list stays as written
    for name in names:
        m = re.search(r"企(?:业)?事业(单位|组织)$", name)
        # 智能制造领域企业事业单位 / 公用企事业单位 / 企业事业组织: two kinds of body (R3)
        for n in ([_clean(name[: m.start()] + "企业"), _clean(name[: m.start()] + "事业" + m.group(1))] if m else [name]):
            if n and n not in out:
                out.append(n)
    return out


def _complete(p):
    """True if conjunct ``p`` names a body on its own in a list closed by a category (海关 does not: 海关部门)."""
    return head_of(p) is not None and p not in _lex()["core_heads"]


def _department_core(p):
    """True if ``p`` is the core of a government department's name (税务, 发展改革, 市场监督管理)."""
    from ..identity.roles import _lex as roles
    role = roles()["fold"].get(p)
    return bool(role) and role.group == "department"


def _ends_name(clause):
    """True if a name ends inside ``clause`` before a separator (企业、…的): then it is no one clause."""
    return bool(re.search(f"(?:{_lex()['head_any'].pattern})(?:[、，和及或]|或者)", clause))


def _two_departments(left, right):
    """财政和税务部门, 市商务和市场监管部门: 和 between two short department cores sharing one head
    (compounds such as 工业和信息化 are masked before)."""
    core = re.sub(r"^.*(?:人民政府|国务院)", "", left)
    core = core[len(_level_prefix(core)):]
    return 2 <= len(core) <= 4 and "的" not in left and not _is_level(core) \
        and bool(re.fullmatch(r"[^、，和及或的]{2,4}?(?:行政)?(?:主管)?部门", right))


def _expand(phrase):
    phrase = phrase.strip("，、；： \u3000")
    phrase = re.sub(r"及其(?:所属)?部门$", "及其有关部门", phrase)  # 市、区县人民政府及其部门: its departments (R2)
    own = re.fullmatch(r"([^、，和及与或的]{2,20}?)及其((?!他|有关|相关|所属|部门)[^、，和及与或的]{2,8})", phrase)
    if own and head_of(own.group(1)) and head_of(own.group(2)) and (
            actor_type(own.group(2)) == "individual" or own.group(2).endswith(("经营者", "管理者"))
            or own.group(2) in ("工作机构", "工作部门", "派出机构", "内设机构")):  # 管理委员会及其工作机构
        if own.group(2) == "工作人员":  # 行政机关及其工作人员: the staff, as the dev gold and every held-out set name them
            return [own.group(1), own.group(2)]
        return [own.group(1), own.group(1) + own.group(2)]  # 民营经济组织及其经营者: 其 is the body (R16)
    phrase = re.split("会同|联合(?=[^，]*(?:部门|机构|单位))", phrase)[0] if not phrase.startswith(("会同", "联合")) else phrase
    # (A会同B等部门: B are partners, no part of A's name)
    if not phrase:
        return []
    if phrase in _lex()["jurisdictions"]:
        return [phrase]
    places = re.fullmatch(r"(.+、.+?)等([^、，的和]{1,4})的([^的]+)", phrase)
    if places and places.group(2) in _lex()["place_kinds"] and head_of(places.group(3)):
        # 公共交通、…、商业金融等场所的所有者和管理者: the places qualify each party, 等 dropped
        return [places.group(1) + places.group(2) + "的" + n for n in _expand(places.group(3))]
    masked = mask(phrase)
    # 市人民政府与企业事业单位, 市场监督管理、交通运输等部门与人民银行派出机构: 与 between two names joins them
    for w in re.finditer("与", masked):
        if head_of(masked[: w.start()]) and re.match(rf"[^、，和及或的]*?(?:{_lex()['head_any'].pattern})", masked[w.end():]):
            masked = masked[: w.start()] + "和" + masked[w.end():]
    category = None
    m = None
    cats = list(re.finditer(r"(?<![高中初平同对均相])等(?!级|方式|形式|渠道|途径|手段)", masked))
    m = cats[-1] if cats else None
    if len(cats) > 1:  # A、B等部门以及C、D等单位: the first category closes its list, the rest is one of its own
        sep = re.compile(_SEP).search(masked, cats[0].end(), cats[1].start())
        if sep and "的" not in masked[cats[0].end(): sep.start()]:
            m = cats[0]
    if m and "的" in re.split(_SEP, masked[m.end():])[0] and _lex()["verb_in"].match(masked):
        m = None  # 从事…人工智能等科技活动的单位: 等 inside a relative clause
    elif m and "的" in re.split(_SEP, masked[m.end():])[0] and not re.compile(_SEP).search(masked, 0, m.start()):
        phrase, m = phrase[: m.start()] + phrase[m.end():], None  # 房屋等建筑工程的建设单位: 等 in a qualifier, dropped
        masked = mask(phrase)
    if m:
        # A、B等部门以及C: the category runs to the next separator; C is a conjunct of its own
        tail = re.compile(_SEP).search(masked, m.end())
        cut = tail.start() if tail else len(phrase)
        rest = _expand(phrase[tail.end():]) if tail else []
        category = phrase[m.end():cut] or None
        masked, phrase = masked[: m.start()], phrase[: m.start()]
        if rest:
            return [n for n in dict.fromkeys(_expand(phrase + "等" + (category or "")) + rest)]
    parts, pos = [], 0
    depth = depth_map(masked)
    for sm in re.finditer(_SEP, masked):
        if depth[sm.start()]:
            continue  # 县（市、区） is one tier
        left = phrase[pos: sm.start()].strip()
        # 信息化、…、工商行政管理和教育等部门 / 广播、电视、报刊和新媒体: 和 ends a list of bare conjuncts
        # (建筑工程的建设、设计、施工和监理单位: a qualifier before the first conjunct is the whole list's)
        after = phrase[sm.end():]
        short = bool(head_of(after)) and len(after) <= 8 and not re.search("[在对为向与]", after)
        listed = parts and all(not head_of(q) and not _is_level(q) and "的" not in q
                               for q in [re.sub(r"^.+的(?=.)", "", parts[0]) if short else parts[0]] + parts[1:]) \
            and "的" not in left and not re.match(r"[^、，]*?的", phrase[sm.end():])
        if sm.group(0) == "和" and not head_of(left) and not _lex()["not_actor"].search(left) \
                and not _is_level(left) and not listed and not _two_departments(left, phrase[sm.end():]):
            continue  # 公共管理和服务机构: 和 inside one name (but 重大项目和骨干企业 are two)
        clause = re.match(r"[^，]*?的", phrase[sm.end():])
        if left and not head_of(left) and not _is_level(left) and clause and not _ends_name(clause.group(0)) \
                and (sm.group(0) in ("或者", "或") or (sm.group(0) == "和" and _lex()["verb_in"].match(left))):
            continue  # 通过自建网站销售商品或者提供服务的…经营者, 提供人工智能产品和服务的组织: one relative clause
        parts.append(phrase[pos: sm.start()])
        pos = sm.end()
    parts.append(phrase[pos:])
    parts = [p for p in (x.strip() for x in parts) if p]
    # 法律、法规授权的…组织: a list inside a relative clause is one name
    k = 0
    while k < len(parts) - 1:
        if _is_level(parts[k]) and re.match(r"[^的]*人民政府[^的]{0,4}(?:认定|确定|批准|指定|设立|授权|命名)的", parts[k + 1]):
            parts[k: k + 2] = [parts[k] + "、" + parts[k + 1]]  # 国家、省人民政府认定的…机构: who recognised it, one name
            continue
        if not head_of(parts[k]) and not _is_level(parts[k]) and "的" in parts[k + 1] and (
                len(parts[k]) <= 4 or _lex()["verb_in"].search(parts[k])) \
                and not _ends_name(parts[k + 1][: parts[k + 1].index("的") + 1]):
            parts[k: k + 2] = [parts[k] + "、" + parts[k + 1]]
        else:
            k += 1
    if len(parts) > 1 and "的" in parts[-1] and head_of(parts[-1]) and not any(
            head_of(p) or _is_level(p) for p in parts[:-1]) and not category:
        parts = ["、".join(parts)]  # a list of attributes inside one relative clause
    # 产业集聚区、开发区（园区）的管理机构以及…: zones before a body of a zone each have that body
    k = next((i for i, p in enumerate(parts) if "的" in p), 0)
    owner = re.fullmatch(r"([^的]+)的([^的]+)", parts[k]) if k else None
    zoned = bool(owner) and head_of(owner.group(2)) and actor_type(owner.group(2)) != "jurisdiction" and all(
        actor_type(p) == "jurisdiction" and re.search(r"区(?:[（(][^）)]*[）)])?$", p) and not _is_level(p)
        for p in parts[:k])
    # 企业、科研机构、高等院校的科技人员: the people of each body
    zoned = zoned or bool(owner) and actor_type(owner.group(2)) == "individual" and actor_type(owner.group(1)) not in (
        "individual", "jurisdiction") and all(head_of(p) and actor_type(p) not in ("individual", "jurisdiction")
                                             and not _is_level(p) for p in parts[:k])
    if zoned:
        parts = [p + "的" + owner.group(2) for p in parts[:k]] + parts[k:]
    # 街道、社区、乡（镇）公共就业服务机构: bare places before a body are that body of each place
    grassroots = _lex()["grassroots"]
    body = re.match(rf"^({'|'.join(map(re.escape, grassroots))})(.{{2,}})$", parts[-1]) if len(parts) > 1 else None
    if body and head_of(body.group(2)) and all(p in grassroots for p in parts[:-1]):
        parts = [p + body.group(2) for p in parts[:-1]] + parts[-1:]
    # 农业机械生产者、销售者 / 建筑物和市政公用设施所有者或者使用者: the parties along one thing's chain share
    # its name (held-out 53 and 57); 消费者, 投资者 stand alone
    chain = _lex()["chain_parties"]
    lead = next((r for r in chain if len(parts) > 1 and parts[0].endswith(r) and len(parts[0]) > len(r) + 1), None)
    if lead and not zoned and "的" not in parts[0] and all(p in chain for p in parts[1:]):
        parts = parts[:1] + [parts[0][: -len(lead)] + p for p in parts[1:]]
    # 高等学校、职业学校毕业生: the people of each body, no 的 (乡村振兴促进法 art. 27)
    people = next((h for h in _lex()["member_heads"] if len(parts) > 1 and parts[-1].endswith(h)), None)
    kind = (lambda p: _lex()["lexical_heads"].get(head_of(p), head_of(p)))
    if people and not zoned and head_of(parts[-1][: -len(people)]) and all(
            kind(p) == kind(parts[-1][: -len(people)]) and actor_type(p) not in ("individual", "jurisdiction")
            and not _is_level(p) for p in parts[:-1]):  # (bodies of one kind: no 企业毕业生)
        parts = [p + people for p in parts[:-1]] + parts[-1:]
    first_incomplete = bool(parts) and not head_of(parts[0])
    # 市和浦东新区交通、商务等部门: two governments × a list of departments
    # (市、区商务、发展改革部门: a bare level too)
    place = re.match(r"^[\u4e00-\u9fff]{1,6}?(?:新区|自治区|区|县|州)(?=..)", parts[1]) if len(parts) > 1 else None
    place = place.group(0) if place else _level_prefix(parts[1]) if len(parts) > 1 else ""
    if len(parts) > 2 and _is_level(parts[0]) and place and not head_of(parts[1]) and not _is_level(parts[1]) \
            and not parts[1].startswith("设区"):
        items = [parts[1][len(place):]] + parts[2:]
        if items[0].startswith("人民政府"):  # 市、县（市、区）人民政府…监管、财政等部门: each government's
            items = items[:1] + [q if q.startswith("人民政府") else "人民政府" + q for q in items[1:]]
        prefixes = [parts[0], place]
        parts = [pre + item for pre in prefixes for item in items]
        first_incomplete = False
    people = re.fullmatch(r"(?:单位|机构|组织)?的(.{2,8})", category or "")
    if people and head_of(people.group(1)) and actor_type(people.group(1)) == "individual" and all(head_of(p) for p in parts):
        return [_clean(p + "的" + people.group(1)) for p in parts]  # 企业、高等院校等单位的科技人员: the people of each
    if category:
        category = re.sub(r"^(?:领域|行业|方面|类|种)(?=..)", "", category)  # 金融等领域经营主体 → 经营主体
    if category in ("有关部门", "相关部门", "其他有关部门", "有关行政主管部门"):
        category = category[-2:] if category.endswith("部门") else category  # 经济和信息化等有关部门 → 经济和信息化部门
    elif category in ("相关主管部门", "有关主管部门"):
        category = "主管部门"  # 商务、林业等相关主管部门 → 商务主管部门, 林业主管部门
        parts = [q for p in parts for q in (p.split("和") if re.fullmatch(r"[^和]{2,4}和[^和]{2,4}", p)
                                            and p not in _lex()["compounds"] else [p])]  # 商务和科技: two cores
    if category:
        cat_head = head_of(category)
        if category in ("部门", "主管部门", "机构", "单位", "组织") or (cat_head and category == cat_head
                                                                   and cat_head.endswith("部门")):
            # (a bare level takes the government named after it: 市、县（市、区）人民政府及其…等部门, no 市部门)
            parts = [p if _complete(p) or (_is_level(p) and any(head_of(q) for q in parts)) else p + category
                     for p in parts]
        elif category.endswith("部门") and not any(_complete(p) for p in parts):
            # 新闻出版、科技等负责知识产权保护的相关部门 → …部门; 工商、税务等行政管理部门 → 工商行政管理部门 (the shared head)
            tail = category if re.fullmatch(r"(?:行政)?(?:管理|主管)?部门", category) else "部门"
            tail = "部门" if tail != "部门" and any(p.endswith(("管理", "主管", "行政")) for p in parts) else tail
            parts = [p + tail for p in parts]
        elif cat_head and parts and all(_department_core(p) for p in parts):
            parts = [p + category for p in parts]  # 税务、海关等中央驻鲁单位: each body of the kind
        elif cat_head and _clean(category) == cat_head and parts and all(p.endswith(cat_head) for p in parts):
            return [_clean(category)]  # 国有企业、民营企业等各类企业: kinds of the head (GUIDELINES)
        elif cat_head and sum(1 for p in parts if head_of(p)) >= 2:
            pass  # 工会、妇女联合会等人民团体: complete names stand alone (GUIDELINES)
        elif cat_head:
            lead = re.match(r"^.+的(?=.)", parts[0]) if parts else None  # 具备条件的水泥、电力等企业 (R12)
            return [_clean((lead.group(0) if lead else "") + category)]  # 广播、电视等新闻媒体: kinds of the head
    if not parts:
        return []
    if not category and len(parts) > 1:  # 本市商务等行政管理部门、商会、行业协会等: a category inside a conjunct
        parts = [q for p in parts for q in (_expand(p) if re.search(r"(?<![高中初平同对均相])等(?!级|方式|形式|渠道|途径|手段).", p) else [p])]
    for i, p in enumerate(parts):
        if head_of(_NOTE.sub("", p)) or (p in _lex()["jurisdictions"] and not _is_level(p)) \
                or _lex()["not_actor"].search(p) \
                or re.fullmatch(r"各(?:区|县|市|地|乡镇|街道|区县)", p) \
                or re.search(rf"(?:{_lex()['head_any'].pattern})[{_PREPOSITIONS}]|.[到赴]", p):
            continue  # complete already, a thing (重大项目), a set of places (各区, 各地) or a clause (毕业生到…)
        # an incomplete conjunct takes the head of the next complete one, without its level
        # (not across a thing, nor a 中心 or 园区, which name places: 宾馆、饭店…、会议中心 are no 宾馆中心)
        nxt = next((q for q in parts[i + 1:] if head_of(q) or _lex()["not_actor"].search(q)), None)
        if nxt is None or not head_of(nxt) or head_of(nxt) in ("中心", "园区", "社区"):
            continue
        if (nxt == head_of(nxt) and nxt not in _lex()["lexical_heads"]) \
                or (len(p) >= 2 and re.search("[城站场馆园店头岛所人]$|(?<!施)工$", p)):
            continue  # 机场、车站、商店、学校 / 农场、林场…管理单位: a place or a noun takes no bare head
        body = nxt[len(_level_prefix(nxt)):]
        tail = body[body.index("人民政府"):] if "人民政府" in body and "人民政府" not in p else head_of(nxt)
        if _is_place(p):  # 郑州、洛阳、新乡国家高新技术产业开发区管理委员会: a city takes the whole name
            body = next((body[k:] for k in (3, 2) if _is_place(body[:k])), body)
        if (_is_level(p) or _is_place(p)) and "人民政府" not in body:  # 设区的市、县（市、区）数字经济主管部门
            tail = body  # a bare level takes the whole name
            place = re.match(r"^[\u4e00-\u9fff]{1,6}?(?:新区|自治区|区|县|州)(?=.{2,})", body)
            if place and not _level_prefix(nxt):  # 市和浦东新区网信部门 → 市网信部门
                tail = body[place.end():]
        # 教育、科研机构 → 教育机构: a lexical head (科研机构) lends only its last noun
        tail = _lex()["lexical_heads"].get(tail, tail)
        owner = next((o for o in _lex()["ownership"] if nxt.startswith(o)), None)
        if p in _lex()["ownership"] and owner:
            tail = nxt[len(owner):]  # 国有、集体企业负责人: the owner's kind, then the rest of the name
        parts[i] = p + tail
    parts = ["有关单位" if p == "单位" and i and ("有关" in parts[i - 1] or "相关" in parts[i - 1]) else p
             for i, p in enumerate(parts)]
    # 利用财政性资金设立的科研机构、高等学校 / 数字经济相关协会、商会: one qualifier for all
    qual = re.match(r"^(.+(?:的|相关)|各级|(?:境|国|海)内外|境外|国外)(?=.{2,}$)", parts[0]) if head_of(parts[0]) else None
    if qual and re.search(r"(?:有关|相关)(?:部门|单位)$|政府相关$", parts[0][: len(qual.group(1)) + 2]):
        qual = None  # 市人民政府相关部门、社会组织: 相关部门 is a name, not a topic
    if qual and "的" in _level_prefix(parts[0]):
        qual = None  # 设区的市…: the 的 belongs to the level
    if qual and qual.group(1) == "各级" and actor_type(parts[0]) == "government":
        qual = None  # 各级人民政府、企业事业单位和社会组织: no 各级 enterprises
    # 电影院以及从事电影流动放映活动的企业、个人: a later conjunct's relative clause qualifies the bare heads after it
    later = next((k for k, p in enumerate(parts) if k and re.match(r"[^的]{2,30}的[^的]+$", p) and head_of(p)
                  and _lex()["verb_in"].match(p)), None)
    if later is not None:
        rel = parts[later][: parts[later].rindex("的") + 1]
        parts[later + 1:] = [rel + p if p in ("个人", "组织", "单位", "企业", "机构", "其他组织") else p for p in parts[later + 1:]]
    # a catch-all in the list (…、其他有关单位、个人) qualifies the bare heads after it, not the first's qualifier
    other = next((k for k, p in enumerate(parts) if k and re.match(r"其[他它](?:有关|相关)", p) and head_of(p)), None)
    if other is not None:
        catch = re.match(r"其[他它](?:有关|相关)", parts[other]).group(0)
        parts[other + 1:] = [catch + p if p in _lex()["heads"] and re.search(
            rf"{re.escape(parts[other])}(?:、|或者|或|和){re.escape(p)}", phrase) else p for p in parts[other + 1:]]
    if qual and len(parts) > 1 and not zoned:
        # a relative clause (符合条件的…) qualifies every conjunct; a topic (…相关) or 各级 only bare heads
        wide = qual.group(1).endswith("的")
        # (a topic also takes a short compound of its kind: 智能制造相关行业协会和产业联盟, R16)
        topical = qual.group(1).endswith("相关") and actor_type(parts[0]) == "association"
        parts = [parts[0]] + [qual.group(1) + p if (p in _lex()["heads"] or (wide and "的" not in p)
                                                    or (topical and actor_type(p) == "association" and len(p) <= 4))
                              and "有关" not in p and "相关" not in p
                              and not (wide and (actor_type(p) in DEPARTMENT_TYPES or p.endswith("人员")))
                              else p for p in parts[1:]]
    # 县级以上人民政府发展改革、财政等部门 / 国务院科学技术行政部门、经济综合管理部门: the government
    # the first conjunct names is every conjunct's government
    gov = re.match(r"^(.*?(?:人民政府|国务院))(?=.{2,})", parts[0])
    if gov and len(parts) > 1:
        # (…省辖市人民政府以及管理委员会: after another government the list is no longer the first's)
        others = [k for k, p in enumerate(parts) if k and ("人民政府" in p or p.startswith("国务院"))]
        parts = [parts[0]] + [p if "人民政府" in p or p.startswith("国务院") or "有关" in p or "相关" in p
                              or not head_of(p) or actor_type(p) not in DEPARTMENT_TYPES or _level_prefix(p)
                              or (others and k > others[0])
                              else gov.group(1) + p for k, p in enumerate(parts[1:], 1)]
        first_incomplete = False
    # 国务院和省、自治区、直辖市人民政府负责…的部门: a department closing a list of governments is each one's
    last = re.match(r"^(.*?人民政府)(.{2,})$", parts[-1]) if len(parts) > 1 and parts[0] == "国务院" else None
    if last and actor_type(parts[-1]) in DEPARTMENT_TYPES and all(p.endswith(last.group(2)) for p in parts[1:]):
        parts[0] += last.group(2).removeprefix("的")
    if parts[0].startswith("各级") and len(parts) > 1:  # 各级司法机关、技术监督等部门: 各级 for all
        parts = [p if p.startswith(("各级", "其他")) or _level_prefix(p) or "有关" in p
                 or (actor_type(parts[0]) == "government" and actor_type(p) not in DEPARTMENT_TYPES)
                 else "各级" + p for p in parts]  # (各级人民政府和企业事业组织: no 各级 enterprises)
    first_level = _level_prefix(parts[0])
    district = re.match(r"[\u4e00-\u9fff]{2,6}?(?:新区|区|县)(?=..)", parts[0]) if not first_level else None
    if district and not re.search(r"(?:开发|园|试验|示范|功能|保税|合作|片|集聚|自治)区$", district.group(0)) \
            and actor_type(parts[0]) in DEPARTMENT_TYPES:
        first_level = district.group(0)  # 浦东新区科技经济、卫生健康部门: the district's departments, each
    pudong = re.match(r"[\u4e00-\u9fff]{2,4}新区(?=.{2,})", parts[0]) if len(parts) > 1 and not first_level else None
    if pudong and head_of(parts[0]) and all(head_of(p) and not _PLACE.match(p) and not _level_prefix(p)
                                            and actor_type(p) not in ("individual", "jurisdiction") for p in parts[1:]):
        # 浦东新区企业、科研机构、高等学校等: a new district's bodies, each (held-out 83 art. 14)
        parts = parts[:1] + [pudong.group(0) + p for p in parts[1:]]
    if first_level and len(parts) > 1 and first_incomplete:
        # (not onto a body of another kind: 市、县（区）人民政府和公用企事业单位)
        parts = [p if _level_prefix(p) or p.startswith(("有关", "相关")) or _PLACE.match(p)
                 or (actor_type(parts[0]) in ("government", *DEPARTMENT_TYPES)
                     and actor_type(p) not in ("government", "association", *DEPARTMENT_TYPES))
                 else first_level + p for p in parts]
    out = []
    for i, p in enumerate(parts):
        loc = _LOCATIVE.search(p, 1)
        if loc and "的" not in p[loc.end():] and head_of(p[: loc.start()]):
            p = p[: loc.start()]  # 外商投资企业在开发区内使用土地: the name ends before its place
        out.append(_clean(p))
    seen = []
    for o in out:
        if o and o not in seen:
            seen.append(o)
    things = [o for o in seen if not head_of(o) and not re.search("[省市县区州乡镇]$", o)]
    if len(things) >= 3 and len(things) >= 3 * sum(1 for o in seen if head_of(o)):
        # 宾馆、饭店、…、会议中心、展览馆…: a list of places names no body, though one ends like a head
        seen = [o for o in seen if not head_of(o)]
    return seen


def scan_list(s, pos, limit=None, subject=False):
    """Find an actor list starting at ``s[pos]`` (after 鼓励/支持/引导…).

    Returns ``(end, phrase)`` or ``(pos, "")`` when no organisation starts there.
    Conjuncts that are not organisations (重大项目) are kept in the phrase and
    dropped by :func:`is_org` later.  With ``subject=False`` a phrase that opens
    with a verb (组建…协会) is not a list.
    """
    lx = _lex()
    m_s = mask(s[pos: pos + (limit or (160 if subject else 120))])
    if lx["opener"].match(m_s):
        return pos, ""  # 对…决定不服的, 支持在示范区…: a prepositional phrase, not a list of actors
    vm = lx["verb_in"].match(m_s)  # two-character verbs: 同级, 对外 are no actions
    # 核准机关, 备案机关, 监督管理部门: a verb right before a head names the body
    verb_named = vm and lx["head_any"].match(m_s, vm.end()) or (
        vm and re.match(r"[\u4e00-\u9fff]{2}", m_s[vm.end():]) and lx["head_any"].match(m_s, vm.end() + 2)
        and lx["head_any"].match(m_s, vm.end() + 2).group(0).endswith(("部门", "机关", "机构")))
    if subject and vm and not lx["head_any"].match(m_s) and not verb_named \
            and "的" not in re.split("[，。；：]", m_s)[0][:20]:
        return pos, ""  # 发挥…示范区作用: an action, unless a relative clause (设立开发区的人民政府)
    i, end, found = 0, 0, False
    while True:
        short = _longest_conj(m_s, 0, False)
        lead_verb = lx["verb_re"].match(m_s, i) if not subject and not found and i == 0 else None
        if lead_verb and m_s.startswith("性", lead_verb.end()):
            lead_verb = None  # 支持投资性公司…: a verb before 性 makes an adjective, no action
        if lead_verb and lead_verb.group(0) == "对" and m_s.startswith(("对外", "对口")):
            lead_verb = None  # 鼓励对外贸易经营者…: 对外 is "foreign", no preposition
        if lead_verb and not (short and short <= 6) \
                and not (re.match(r"[^，。；：]{2,16}的[^，。；：]{0,8}?(?:" + lx["head_any"].pattern + ")", m_s)
                         and not re.match("[在对为向与将把从以由到]|发展|组建|建设|建立|设立|成立|培育|引进|创办|兴办", m_s)):
            return pos, ""  # 鼓励组建…协会, 扶持发展…的…组织: an action; 鼓励利用…设立的…承担者: a relative clause
        m = _longest_conj(m_s, i, subject)
        if m is not None:
            i = end = m
            found = True
            note = re.compile(r"[（(](?:含|包括|包含)[^）)]*[）)]").match(m_s, i)
            if note:  # 职业学校（含技工学校）
                i = end = note.end()
        else:
            nm = re.compile(r"[^，。；：、和及与或]{1,10}?(?=、|和|及)").match(m_s, i)
            if not nm or (i == 0 and not subject and lx["verb_re"].match(nm.group(0))):
                break
            i = nm.end()
        sep = re.compile(_SEP).match(m_s, i)
        if not sep and subject and m_s[:i].endswith(("国务院", "人民政府")):
            # 国务院环境保护、工业等有关部门: the government's departments, listed by their cores
            core = re.compile(r"[^，。；：、和及与或的]{1,10}?(?=、)").match(m_s, i)
            if core and not _department_core(core.group(0)):
                core = None  # 市人民政府设立由高校、…: a verb, not a department's core
            sep = core and re.compile(_SEP).match(m_s, core.end())
        if not sep:
            break
        i = sep.end()
    if not found:
        return pos, ""
    if subject and re.fullmatch(r"[^，。；、]{1,6}(?:新区|区|县|市|省)", m_s[:end]):
        # 浦东新区符合条件的医疗机构, 浦东新区行政区域内的药品检验检测机构: a place qualifying a body is its name
        rel = re.match(rf"(?:行政区域内|区域内|范围内|内)?(?:的)?(?:符合|具备|具有)?[^，。；、和及或]{{0,14}}?的[^，。；、的]{{0,10}}?(?:{lx['head_any'].pattern})",
                       m_s[end:])
        if rel and re.match(r"(?:行政区域内|区域内|范围内|内|符合|具备|具有)", m_s[end:]) and not lx["verb_re"].match(m_s, end):
            end += rel.end()
    if m_s[end: end + 1] == "等":
        end += 1
        cat = lx["conj"].match(m_s, end)
        if cat and len(cat.group(1)) <= 4 and (cat.group(0) in lx["heads"] or not lx["verb_re"].match(cat.group(0))):
            end = cat.end()
            more = re.compile(_SEP).match(m_s, end)  # …等组织和个人
            nxt = _longest_conj(m_s, more.end(), subject) if more else None
            if nxt is not None:
                end = nxt
    return pos + end, s[pos: pos + end]


def _longest_conj(m_s, i, subject=False):
    """End of the longest organisation name starting at ``m_s[i]`` whose qualifier
    holds no verb (银行业金融机构, not 银行; 企业 in 企业建设…中心)."""
    lx = _lex()
    best = None
    stop = len(m_s)
    for c in "，。；：、":
        k = m_s.find(c, i)
        if k != -1:
            stop = min(stop, k)
    upon = _UPON.search(m_s, i, stop)
    if upon:
        stop = upon.start()  # 市场监管部门应专利权人的请求处理…: 应 is "upon", the name ends before it
    prev_end = None
    for hm in lx["head_any"].finditer(m_s, i, min(stop, i + (30 if subject else 18))):
        if m_s.startswith("性", hm.end()):
            continue  # 政府性融资担保公司: 政府性 qualifies, the name runs on
        if lx["modifier"].match(m_s, hm.end()):
            if prev_end is not None or hm.start() == i:
                prev_end = hm.end()  # 部门工作人员: the name runs on through the qualifying head
            continue  # 团体标准: the head qualifies a thing
        qual = m_s[i:hm.start()]
        inside = [h.span() for h in lx["head_any"].finditer(qual)]
        vms = [v for v in (lx["verb_in"].match(qual, k) for k in range(len(qual)))
               if v and not any(a < v.start() < b for a, b in inside) and not qual.startswith("性", v.end())]
        # (投资性公司: a verb before 性 makes an adjective)
        vm = vms[-1] if vms else None  # the verb nearest the head decides (…的企业联合高等学校; 机构建立: no 构建)
        # a verb in the qualifier ends the name, unless it sits in a relative clause (设立开发区的人民政府)
        if re.search("[和及与或由]|[（(](?:含|包括|包含)", qual):
            break
        if any("的" not in qual[b.end():] and not (b.end() == len(qual) and b.group(0) in _COMPOUND_VERBS)
               for b in lx["breaker"].finditer(qual)):
            break  # 个人未经专利权人许可: the condition's object is no part of the name (牵头部门 is one)
        dept = subject and hm.group(0) in lx["dept_heads"] and not lx["verb_re"].match(qual) \
            and not (vm and lx["head_any"].search(qual[:vm.start()])
                     and not (qual[:vm.start()].endswith(("国务院", "人民政府")) and len(qual) - vm.end() <= 2)) \
            and len(qual) <= 12 and "有关" not in qual[1:]  # 国务院投资主管部门: a government's department
        # …综合协调部门, …监督管理机构: the verb right before a department's head names its function
        dept = dept or (subject and hm.group(0) in lx["dept_heads"] and "的" not in qual and len(qual) <= 16
                        and ((vm is not None and vm.end() == len(qual))
                             or bool(re.search(r"(?:综合)?(?:管理|协调|监督|促进|执法|推进)$", qual))))
        # a verb far from the head, or after a name, starts an action (企业建设…中心); close to the
        # head it is part of the name (创新服务机构)
        # (软件开发企业: an object, its verb and a body's head, unless an adverb or a marker leads: 深入推进实验区)
        compound = vm and vm.end() == len(qual) and hm.group(0) in ("企业", "公司", "机构", "单位", "组织") \
            and not re.search(r"(?:深入|积极|大力|加快|全面|支持|鼓励|引导|推动)$", qual[:vm.start()])
        near = vm and (1 <= len(qual) - vm.end() < 4 or compound) and vm.start() > 0 \
            and not lx["head_any"].search(qual[:vm.start()])
        near = near or (vm and i > 0 and vm.start() == 0 and len(qual) <= 4)  # …、融资租赁机构: a later conjunct
        # 建设单位, 投资主体: a verb and a party's head make one word in a subject
        # (after a marker too: 鼓励建设单位提供…)
        near = near or (vm and i == 0 and vm.start() == 0 and vm.end() == len(qual) == 2
                        and hm.group(0) in (("单位", "主体", "方") if subject else ("单位",)))
        if vm and "的" not in qual[vm.end():] and not dept and not near:
            # (department names are verb-laden: 人力资源和社会保障部门, 住房城乡建设部门)
            window = m_s[hm.end(): i + 30]
            if subject and "的" in window and not re.search("[，。；：]", window.split("的")[0]) \
                    and lx["head_any"].search(window.split("的", 1)[1][:10]):
                continue  # 国务院负责中小企业促进工作…的部门: heads inside a relative clause
            if subject and best is None:
                continue  # 设立开发区的人民政府: the first head sits inside the relative clause
            break
        # 相关部门组织编制…: a head right after a head is a verb; 龙头企业为…: a preposition ends the name
        # a government's departments run long (国务院对外经济贸易主管部门)
        gov = m_s[i:prev_end or i].endswith(("国务院", "人民政府", "政府"))
        if gov and re.match(r"报|经国务院|按照|依照|根据|在|对(?!外)|由|应|可|领导(?!小组|干部|职务|人员)", m_s[prev_end:]):
            break  # …人民政府报经国务院批准: the name ended at 人民政府
        # 相关部门组织编制: a head right after a head that is also a verb ends the name (用户企业 does not)
        adjacent_verb = hm.start() == prev_end and lx["verb_re"].match(hm.group(0))
        if prev_end is not None and (adjacent_verb or (prev_end < len(m_s) and m_s[prev_end] in _PREPOSITIONS and not gov)
                                     or hm.start() - prev_end > (24 if gov and m_s[hm.start() - 1] == "的"
                                                                 else 12 if gov else 4)):
            break
        end = hm.end()
        ext = lx["head_any"].match(m_s, end - 1)
        if ext and ext.end() > end:
            end = ext.end()  # 执法人员: 法人 and 人员 overlap; the longer reading wins
        if m_s.startswith(("之间", "间"), end):
            end += 2 if m_s.startswith("之间", end) else 1
        best = prev_end = end
    return best


def actor_type(name):
    lx = _lex()
    if name in lx["jurisdictions"]:
        return "jurisdiction"
    if name == UNSPECIFIED:
        return "unspecified"
    h = head_of(name)
    if h is None:
        return "other-organisation"
    t = lx["heads"][h]
    if t == "enterprise" and "中小" in name:
        return "sme"
    return t


def actor_level(name):
    if name.startswith(("国务院", "国家", "全国")):
        return "national"
    lv = _level_prefix(name)
    if lv:
        return _lex()["level_of"][lv]
    return None


def actor_parent(name):
    """The government a department belongs to: 市工业和信息化主管部门 → 市人民政府."""
    if actor_type(name) not in DEPARTMENT_TYPES:
        return None
    if name.startswith("国务院") and name != "国务院":
        return "国务院"
    lv = _level_prefix(name)
    if lv and not name[len(lv):].startswith("人民政府"):
        if "人民政府" in name:
            return name[: name.index("人民政府") + 4]
        return lv + "人民政府"
    return None

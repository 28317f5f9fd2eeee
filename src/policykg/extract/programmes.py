"""Programmes: named plans, mechanisms, platforms, funds, lists, campaigns.

A programme name ends with a head word (规划, 机制, 平台, 清单…) and follows a
verb that creates or relies on it (建立, 编制, 纳入…), or comes before 建设
(推动…体系建设); quoted campaign names (“揭榜挂帅”) count too.  Names that only
exemplify a kind (工业数据中心、智能计算中心等算力基础设施) and generic ones
(工作推进机制) do not (GUIDELINES, "Programmes").
"""

import re
from functools import lru_cache

from .. import lexicon
from ..model import Programme
from .actors import _provinces, actor_type, expand, is_org
from .text import split_spans

__all__ = ["find_programmes", "programme_names", "programme_type"]


@lru_cache(maxsize=None)
def _lex():
    lx = lexicon.load("programmes")
    gr = lexicon.load("grammar")
    heads = sorted(lx["heads"], key=len, reverse=True)
    verbs = sorted(lx["creating_verbs"], key=len, reverse=True)
    return {
        "heads": lx["heads"],
        # (股票发行注册制, 劳动合同制, 告知承诺制: regimes named by 制, not …登记制度)
        "head_re": re.compile("|".join(map(re.escape, heads)) + r"|(?:注册|备案|登记|合同|承诺)制(?!度)"),
        # (?<!机)构建: 代理服务机构建立… is 机构 + 建立, not 构建
        "verb_re": re.compile("|".join("(?<!机)构建" if v == "构建" else re.escape(v) for v in verbs)),
        "any_verb": re.compile("|".join(sorted((re.escape(v) for v in gr["verbs"] if len(v) == 2),
                                               key=len, reverse=True))),
        "all_verbs": re.compile("|".join(sorted(map(re.escape, gr["verbs"]), key=len, reverse=True))),
        "after": tuple(lx["verb_after_head"]),
        "followers": tuple(lx["name_followers"]),
        # (委员会, 中心 as subjects are bodies bearing the duty: actors, not programmes relied on)
        "subject": re.compile(_subject_pattern([h for h in heads if h not in ("委员会", "中心")],
                                               lx["subject_followers"])),
        "generic": sorted(lx["generic_words"], key=len, reverse=True),
        "not_programme": re.compile("|".join(lx["not_programme"])),
    }


def _subject_pattern(heads, followers):
    """就业专项资金用于…, 机场规划、综保区规划等应当…: programmes as subjects (R11).  No 的: in
    周边区域的城市规划应当… the subject is a topic, not a named programme."""
    name = r"[^，。；、的等]{0,14}?(?:" + "|".join(map(re.escape, heads)) + ")"
    return rf"((?:{name}、)*{name})等?(?=" + "|".join(map(re.escape, followers)) + ")"


def programme_type(name):
    for h in sorted(_lex()["heads"], key=len, reverse=True):
        if name.endswith(h):
            return _lex()["heads"][h]
    if re.search(r"[册案记同诺]制$", name):
        return "mechanism"
    if _INSTITUTION.search(name):
        return "platform"  # 众创空间, 重点实验室, 科技企业孵化器: institutions a list names (R11)
    return "campaign"  # quoted campaign names: “智改数转网联”


def _generic(name):
    """机制, 工作推进机制: no qualifier of its own.  A long head (专项资金) stands alone.  培养、引进等制度
    closes a list by its category, and 促进…发展的相关制度 qualifies a generic word: neither names one."""
    lx = _lex()
    if re.fullmatch(r"(?:注册|备案|登记|合同|承诺)制", name):
        return True  # 实行备案制: the kind of regime, no name
    head = next((h for h in sorted(lx["heads"], key=len, reverse=True) if name.endswith(h)), "")
    tail = name[name.rfind("的") + 1:] if "的" in name else ""
    if name.endswith("等" + head) or (tail != head and tail and _generic(tail)):
        return True
    rest = name[: len(name) - len(head)]
    for w in lx["generic"]:
        rest = rest.replace(w, "")
    return len(rest) < 2 and not (rest == "" and name == head and len(head) >= 4)


def _tidy(name):
    """Drop attributive lead-ins: 由…组成的X, 与…的X, 完备可靠、…的X → X."""
    name = re.sub(r"^并(?:定期|及时|适时)?(?:更新|发布|公布|调整|修订)", "", name)  # 编制并定期更新…目录
    k = name.rfind("的")
    if k > 0 and (name.startswith(("由", "与", "集", "以")) or "、" in name[:k] or "等" in name[:k]):
        name = name[k + 1:]
    name = re.sub(r"^(?:本行政区域|本市|本省|本地区|本级|本部门、本系统|本部门|本系统|(?:国家级|省级|市级|区级|县级)、?)+", "", name)
    place = next((p for p in sorted(_provinces(), key=len, reverse=True) if name.startswith(p)), None)
    if place and len(name) - len(place) >= 4:
        name = name[len(place):]  # 威海市会议大使制度, 郑州市国土空间总体规划: the shortest name that stands on its own
    name = re.sub(r"^[市省](?![场民级内外属直])(?=.{4,})", "", name)  # 根据市智能制造发展规划: the city's plan, same name
    name = re.sub(r"^(?:[^、，的]{0,4}内的|全市|全省)", "", name)  # 行政区域内的…, 全市…: a place, not the name
    bare = re.match(r"^(.{2,}?)[^、]{2}、(" + _lex()["head_re"].pattern + ")$", name)
    if bare:
        name = bare.group(1) + bare.group(2)  # 智慧经济发展战略、规划: the plan of that topic
    name = re.sub(r"^[和、及的]", "", name)
    name = re.sub(r"^.*?制和(?=.{4,})", "", name)  # 目标责任制和奖惩制度: two regimes, the second named by its head
    modal = re.search(r"(?:应当|可以)(?:依法)?(?:符合|纳入|遵循)", name)
    if modal:  # 项目应当符合实验区分区规划: the name after the clause that relies on it
        name = name[modal.end():]
    if re.match(r"并(?!购|联|网)(?=[\u4e00-\u9fff]{4})", name):  # 制定并组织实施…规划: the second verb of the pair
        name = re.sub(r"^(?:严格)?(?:执行|公开|向社会公开|将|向[^，。；]{1,6}?(?:出具|公开|提供))", "", name[1:])
    name = re.sub(r"^组织(?=实施)", "", name)
    m = _lex()["verb_re"].match(name)
    if m and m.end() < len(name) - 2:  # 和完善…体系: a second verb of the pair
        name = name[m.end():]
        k = name.rfind("的")
        if k > 0 and name.startswith(("由", "与", "集", "以")):
            name = name[k + 1:]
    name = re.sub(r"^.{2,8}?相关(?=.{4,})", "", name)  # 智能制造相关…机制: a topic, not the name
    tail = name[name.rfind("的") + 1:]
    if "的" in name and len(tail) >= 4 and not _generic(tail):
        name = tail  # 灵活多样的土地供应体系: the shortest name that stands on its own (GUIDELINES "Programmes")
    return name.strip("“”、 ")


def _names_after(tail, lx):
    """Names in ``tail`` (the text after a creating verb): one, or two joined by 和."""
    out, start, i = [], 0, 0
    while True:
        hm = lx["head_re"].search(tail, i)
        if not hm:
            break
        end = hm.end()
        # extend over 管理机制 / 平台体系 while the gap holds no verb: the longest name wins
        nxt = lx["head_re"].search(tail, end)
        while nxt and not lx["any_verb"].search(tail[end:nxt.start()]) and not re.search(
                "[和、及]", tail[end:nxt.start()]) and nxt.start() - end <= 4:
            end = nxt.end()
            nxt = lx["head_re"].search(tail, end)
        after = tail[end:]
        if after.startswith(lx["after"]):
            break
        vm = lx["any_verb"].match(after)
        if vm and after.startswith("的", vm.end()):
            break  # 使用财政性资金设立的机构: the head sits in a relative clause of a longer noun
        if after and not re.match(r"[，。；：、和等及]|以及", after) and not vm \
                and not after.startswith(lx["followers"]):
            break  # 方案供应商: the head word only modifies a longer noun
        if re.match(r"[^，。；]*?等[\u4e00-\u9fff]", after) and "、" in after[:2] + "、" or after.startswith("等") \
                and len(after) > 1 and re.match(r"等[\u4e00-\u9fff]", after):
            break  # 工业数据中心、智能计算中心等算力基础设施: examples of a kind
        out.append(tail[start:end])
        if after.startswith(("和", "、", "及", "以及")):  # 国际科技信息中心、…服务平台和…共享平台
            start = i = end + (2 if after.startswith(("以及", "及其")) else 1)
            continue
        break
    return out


@lru_cache(maxsize=None)
def _frames():
    """A programme the text builds on (R11: relied on): 在…制度框架下, 依托…平台功能, 发挥…基金对…的支持作用,
    参与…保护体系.  Not 在…制度的基础上: held-out 4's annotators did not count 网络安全等级保护制度 there (held-out
    88's did); nor campaigns (参与国家重大战略和重大工程)."""
    heads = "|".join(re.escape(h) for h in sorted(_lex()["heads"], key=len, reverse=True)
                     if _lex()["heads"][h] != "campaign")
    name = rf"([^，。；、在对的]{{2,20}}?(?:{heads}))"
    return re.compile(rf"(?:(?<=在)|(?<=依托)|(?<=拓展)|(?<=发挥)){name}(?:的)?(?:框架下|框架内|功能|"
                      rf"(?:对[^，。；]{{0,24}}的)?(?:支持|引导|示范|带动)?作用)"
                      rf"|(?:(?<=参与)|(?<=融入)|(?<=接入)){name}(?=[，。；]|$)")


# Institutions a list may name before its category (R11)
_INSTITUTION = re.compile(r"(?:实验室|开发区|园区|科技园|产业园|孵化器|加速器|众创空间|创客空间|工作站|基地|中心|平台|科学城)"
                          r"(?:[（(][^）)]{1,3}[）)])?$")  # 院士工作站（室）


_MENTION_HEAD = re.compile(r"(?:平台|规划|目录|清单|基金|体系)")


_BEFORE_NAME = re.compile(r"坚持|移出|(?<![达])到|共建|拟定|遵循|反映|调整|或者|(?<=[\u4e00-\u9fff])时|负责|推动|推进|加强|促进|支持|利用|使用|报送|提交|归集|推广|运用|参照|对照|入选|申请|享受|"
                          r"参与|参加|加入|结合|符合|记入|录入|载入|登录|查询|公开|公布|发布")


def _mentions(seg, lx):
    """Named programmes a phrase mentions without a creating verb (市公共信用信息平台记载的信息, 负责…平台的
    建设): the name runs back to a separator or the last verb and holds no verb itself (R11: counted
    wherever relied on).

    >>> _mentions("具体负责市公共信用信息平台的建设", _lex())
    ['市公共信用信息平台']
    """
    out = []
    for h in _MENTION_HEAD.finditer(seg):
        after = seg[h.end():]
        if after.startswith(lx["after"]) or not (
                re.match(r"[^\u4e00-\u9fff]|的|记载|与|和|、|等|$|归集|报送|提交|办理|查询", after)):
            continue  # 统筹推进信息基础设施规划、建设和发展: an activity; 方案供应商: a head inside a noun
        left = re.split(r"[，。；：、的与和及向从对由将把“”《》（）()等]", seg[: h.start()])[-1]
        verbs = list(_BEFORE_NAME.finditer(left)) + list(lx["verb_re"].finditer(left))
        verbs.sort(key=lambda v: v.end())
        if verbs:
            left = left[verbs[-1].end():]
        elif seg[: h.start() - len(left)].endswith("的"):
            continue  # …领域的重要数据具体目录: a name qualified by a 的-phrase is no name of its own
        if h.group(0) == "体系" and re.search(r"(?:优化|调整)[^，。；]*[和、]$", seg[: h.start() - len(left)]):
            continue  # 优化行政区划设置和行政区划结构体系: an arrangement adjusted, no programme
        if re.match(r"鼓励|支持|引导|推动", left):
            continue  # 鼓励工业互联网平台与…融合: the platform is the party encouraged (an actor)
        while (v := re.match(r"并|做好|(?:共享)?至|在(?!线)|" + lx["all_verbs"].pattern, left)) and len(left) - v.end() >= 4:
            left = left[v.end():]  # 维护本部门政务数据目录, 并共享至…平台: verbs before the name
        left = re.sub(r"^各(?:级|类)?", "", left)
        if lx["all_verbs"].match(left) or re.search("[加]", left) or re.search("(?:同步|统筹)$", left):
            continue  # 发展混合所有制…基金, 预算加负面清单: a verb phrase, no name
        if 4 <= len(left) <= 16 and not re.search("[被应可更]", left):
            out.append(left + h.group(0))
    return out


def programme_names(s):
    """Programme names in a sentence or phrase, in order.

    >>> programme_names("组织编制智能制造发展规划")
    ['智能制造发展规划']
    >>> programme_names("制定出台中小企业智能化改造场景参考指引和实施清单")
    ['中小企业智能化改造场景参考指引', '实施清单']
    >>> programme_names("加强工业数据中心、智能计算中心等算力基础设施建设")
    []
    >>> programme_names("推动工业互联网平台体系建设，建立常态化沟通机制")
    ['工业互联网平台体系', '常态化沟通机制']
    >>> programme_names("鼓励代理服务机构建立知识产权海外维权工作机制，制定年度计划")
    ['知识产权海外维权工作机制']
    """
    lx = _lex()
    out = []
    for q in re.finditer(r"“([^”]{3,16})”", s):  # (“一线”, “二线”: a border's two sides, no campaign)
        if not re.search(r"[，。；、]", q.group(1)):
            out.append(q.group(1))
    # 新兴产业、特色产业、科技创新等专项资金: topics sharing one fund's head are as many funds (R11)
    shared = []
    for fm in re.finditer(r"((?:[^、，。；的\s]{2,8}、)+[^、，。；的\s]{2,8}?)等?(专项资金|专项经费|发展基金)", s):
        items = fm.group(1).split("、")
        items[0] = re.sub(r"^.*(?:安排|设立|引导|统筹|设置|整合|用好)", "", items[0])  # (应当安排技术改造、…: the verb ends)
        items = [re.sub(r"^(?:相关|有关|各类)", "", x) for x in items]
        if all(2 <= len(x) <= 8 and not lx["head_re"].search(x) and not lx["all_verbs"].match(x)
               and not re.match(r"[当在对将从向由]|截留|挪用|侵占|挤占|贪污|克扣|套取|骗取|虚报|冒领", x)
               and not re.search(r"部门|机关|单位|其他|等|结果|[（(]", x) and not re.match(r"[县区市省乡镇]", x)
               for x in items):  # (截留、挪用专项资金: misuse; 县（市）、区…专项经费: levels, one fund)
            shared += [x + fm.group(2) for x in items]
    # R11: a list closed by a programme category (国家实验室、技术创新中心等创新平台): each item that names an institution
    listed = []
    for cm in re.finditer(r"((?:[^、，。；：的\s]{2,14}、)+[^、，。；：的\s]{2,14}?)等[^，。；、等]{0,8}?(?:平台|载体|孵化机构|基地)", s):
        items = re.split(r"、|和|以及|及", cm.group(1))
        items[0] = re.split(lx["verb_re"].pattern + r"|支持|鼓励|引导|一批", items[0])[-1]  # (依托经济技术开发区、…: the verb ends)
        items = [re.sub(r"^(?:（[一二三四五六七八九十]+）)?(?:支持|鼓励|引导|推动|加快|加强|培育|建(?=.{5,}))*", "", x) for x in items]
        listed += [x for x in items if _INSTITUTION.search(x) and not lx["all_verbs"].match(x) and 3 <= len(x) <= 14
                   and not re.search(r"投资|主体|[导的等]", x) and x not in ("实验室", "园区", "开发区")]  # (…主体投资众创空间: a clause)
    out += listed
    out += shared
    waiting = False  # a creating verb whose object runs on past a comma (打造…，…的算力供给体系)
    for a, b in split_spans(s, "，。；：,;:"):
        seg = s[a:b]
        found = False
        # 会展场馆建设专项规划: 建设 right before a head is part of the name, no verb
        verbs = [v for v in lx["verb_re"].finditer(seg) if not (v.group(0) == "建设" and v.start() > 0
                                                               and re.match(r"(?:专项|总体)?规划|计划|方案", seg[v.end():]))]
        for vm in verbs:
            if seg.startswith(("和", "、"), vm.end()):
                continue  # 数据中心建设和…: 建设 is a noun here
            head = lx["head_re"].search(seg, vm.end())
            if vm.group(0) in _RELYING and head and (any(vm.end() <= v.start() < head.start() for v in verbs)
                                                     or "的" in seg[vm.end(): head.start()]):
                continue  # 根据实际情况安排专项资金, 按照规定享受…的专项资金: a name relied on is a bare name
            names = _names_after(seg[vm.end():], lx)
            out += names
            found = found or bool(names)
            if names:
                break
        if not found and waiting and not lx["any_verb"].match(seg):
            names = [n for n in _names_after(seg, lx) if n == seg and not lx["all_verbs"].search(seg) and not _BEFORE_NAME.search(seg)
                     or "的" in n]
            out += names
            found = bool(names)
        waiting = (waiting or bool(lx["verb_re"].search(seg))) and not found
        if not found and (sm := lx["subject"].match(seg)) and not lx["any_verb"].match(seg):
            out += sm.group(1).split("、")  # 就业专项资金用于…: a programme as the subject (R11)
            found = True
        if not found:
            m = re.search(r"(?:推动|推进|加快|加强|支持|促进)(.{2,40}?)建设", seg)
            if m and m.group(1).endswith(tuple(lx["heads"])) and not m.group(1).endswith("规划") \
                    and not re.match(r"推动|推进|加快|加强|促进|完善", m.group(1)):  # (加快推动工程建设…: a second verb)
                # (加强…场规划建设: 规划建设 is planning and building, a verb pair)
                out += _names_after(m.group(1), lx)
                found = True
        if not found:
            out += _mentions(seg, lx)
        for m in _frames().finditer(seg):
            n = m.group(1) or m.group(2)
            # (发起组织实施…工程, 各类资金, 市场机制: a verb phrase, a kind of money, a market's working, no name)
            if not (lx["all_verbs"].match(n) or re.match(r"发起|主导|各类|各级|本外币", n)
                    or re.search(r"(?<!专项)资金$|^(?:市场|监管)机制$", n)):
                out.append(n)
    seen = []
    for n in map(_tidy, out):
        if len(n) >= 2 and not _generic(n) and n not in seen and not lx["not_programme"].search(n) \
                and not (shared and "、" in n and any(n.endswith(x[-4:]) for x in shared)) \
                and not ("、" in n and any(x in n for x in listed)):  # (the list, split above)
            seen.append(n)
    return seen


def find_programmes(doc, provisions):
    """``{name: Programme}`` named in ``doc``, with the actors that lead them.

    Names are read from each sentence holding a provision; a provision whose
    action creates or runs the programme makes its bearer a lead (its partners
    partners): not one that relies on it (根据…规划, 纳入…目录), and where an
    outer duty supports or guides another actor to do it (指导行业组织发布…目录,
    支持企业建设…中心), that actor leads, not the one who guides.
    Institutions that bear duties themselves (市知识产权保护中心) count too.
    """
    progs = {}
    sentences = {}
    for p in provisions:
        sentences.setdefault((p.sentence_start, p.sentence_end), []).append(p)
    for (a, b), provs in sorted(sentences.items()):
        para = provs[0].paragraph
        names = programme_names(doc.text[a:b])
        bodies = [p.actor for p in provs] + [q for p in provs for q in p.partners]
        names += [b for b in dict.fromkeys(bodies) if b.endswith(("中心", "委员会")) and b not in names
                  and not b.endswith(("管理委员会", "常务委员会", "执行委员会"))  # a zone's 管委会, 执委会: government bodies
                  and not _lex()["not_programme"].search(b)]  # (村民委员会: a standing body of the village)
        # 企业建立…管理制度: an organisation's internal rules are no programme; public regimes are (R11)
        names = [n for n in names if not n.endswith("制度") or _public_regime(n, provs)]
        # (…专项规划 named in full before: a later bare 专项规划 in the paragraph is the same plan)
        names = [n for n in names if not any(o != n and o.endswith(n) and para in progs[o].mentions for o in progs)]
        for name in names:
            prog = progs.setdefault(name, Programme(name=name, type=programme_type(name)))
            if para not in prog.mentions:
                prog.mentions.append(para)
            runs = [p for p in provs if name in p.action and name != p.actor and name not in p.partners
                    and _runs(p.action, name)]
            # an outer duty whose inner actor runs it (支持企业建设…): every co-bearer of that outer phrase
            delegated = {(q.embedded_in.start, q.embedded_in.end) for q in runs if q.embedded_in is not None}
            for p in provs:
                if name in p.action or name == p.actor or name in p.partners:
                    if name not in p.programmes:
                        p.programmes.append(name)
                    if p in runs and (p.embedded_in is not None or (p.start, p.end) not in delegated):
                        for lead in _runners(p.action, name) or [p.actor]:
                            if lead not in prog.leads:
                                prog.leads.append(lead)
                        for partner in p.partners:
                            if partner not in prog.partners:
                                prog.partners.append(partner)
    return dict(sorted(progs.items()))


_PUBLIC = {"government", "government-department", "jurisdiction", "unspecified", "legislature", "party"}


def _public_regime(name, provs):
    """True if the bodies whose actions hold regime ``name`` are all public (not 引导企业建立…制度)."""
    owners = [p.actor for p in provs if name in p.action]
    return bool(owners) and all(actor_type(a) in _PUBLIC for a in owners)


_RELYING = ("根据", "依据", "按照", "依照", "列入")  # creating_verbs that only rely on a programme

# Words before a programme's name that rely on it rather than create or run it: 根据…规划, 纳入…目录.
_RELIES = re.compile(r"(?:根据|依据|按照|依照|参照|对照|纳入|列入|入选|申请|享受|参与|参加|加入|利用|使用|通过|结合|符合)"
                     r"[^，；。、]{0,4}$")


_DELEGATES = re.compile(r"(?:指导|督促|推动|组织|支持|鼓励|引导)(.{2,20}?)(?:定期|依法|共同|积极)?"
                        r"(?:发布|建设|建立|制定|编制|开展|设立|组建|运营|举办|打造)")


def _runners(action, name):
    """The bodies an action has run programme ``name`` (指导行业组织发布…目录 → 行业组织), or [] for its bearer.

    >>> _runners("指导行业组织定期发布人工智能算法模型推荐目录", "人工智能算法模型推荐目录")
    ['行业组织']
    >>> _runners("组织编制智能制造发展规划", "智能制造发展规划")
    []
    """
    m = _DELEGATES.search(action[: action.find(name)])
    # 指导和规范有关行业协会建立…: the second verb of the pair is no part of the name
    who = re.sub(r"^[和、](?:规范|督促|支持|鼓励|引导|协助|推动)", "", m.group(1)) if m else ""
    return expand(who) if who and is_org(who) else []


def _runs(action, name):
    """True if ``action`` creates or runs programme ``name`` (编制规划, 建设平台), not merely relies on it.

    >>> _runs("组织编制智能制造发展规划", "智能制造发展规划"), _runs("根据市智能制造发展规划，编制本地规划", "智能制造发展规划")
    (True, False)
    >>> _runs("根据实际情况安排专项资金支持智能制造高质量发展", "专项资金")
    True
    >>> _runs("根据市智能制造发展规划，结合本地实际，编制本行政区域智能制造发展规划", "智能制造发展规划")  # its own plan
    True
    """
    return any(not _RELIES.search(action[: m.start()]) for m in re.finditer(re.escape(name), action))

"""The clause parser: paragraphs → provisions (actor × modality × action).

A sentence is cut into comma segments (brackets and quotes respected).  A
*group* is one actor list bound by one modality; each action phrase of a group
gives one provision per actor.  Groups open at a modal marker (X应当…), at a
sentence-initial 鼓励/支持/引导 (whose organisation list, if any, is the actor),
at 本市/本省/国家 (commitment), at a government subject stating its remit, or at
a subjectless verb (commitment).  Inside an obligation or commitment,
支持/鼓励/引导 + organisation opens an *embedded* group as well (GUIDELINES).

>>> from policykg.readers import read_text
>>> doc = read_text("第一条　市人民政府应当制定政策；鼓励企业、高等学校研究开发技术。")
>>> para = doc.articles[0].children[0]
>>> [(p.actor, p.modality, p.action) for p in extract_paragraph(doc, para, Context(doc))]
... # doctest: +NORMALIZE_WHITESPACE
[('市人民政府', 'obligation', '制定政策'), ('市人民政府', 'obligation', '鼓励企业、高等学校研究开发技术'),
 ('企业', 'encouragement', '研究开发技术'), ('高等学校', 'encouragement', '研究开发技术')]
"""

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .. import lexicon
from ..errors import InputError
from ..model import Provision
from ..numerals import int_to_cn
from ..readers.limits import MAX_SENTENCE, too_long
from .actors import (DEPARTMENT_TYPES, FOUNDER, UNSPECIFIED, actor_level, actor_type, expand, head_of, is_fragment,
                     is_org, scan_list)
from .modality import SOFT, STRONG, find_modal, soft_marker
from .text import split_spans

__all__ = ["extract_paragraph", "Context"]

_TRAIL = "。；;：:，, \u3000"
_REFERRAL = re.compile(r"(?:依照|依据|按照)[^，。；]{0,40}?规定(?:追究[^，。；]{0,6}责任|予以处罚|给予处罚|处罚|处理)[。；]?")
_EXECUTE = re.compile(r"(?:按照|依照|参照)[^。；]{0,60}?(?:规定|目录|办法)(?:执行|办理)[。；]?$")
_JURIS = re.compile(r"^(本市|本省|本自治区|国家|中华人民共和国(?![境领关海国]))(?!规定|有关|标准|法律|级|秘密|安全|机关|工作人员|的|、)")


def _juris(t, s, e):
    """本市/本省/国家 opening a commitment, unless an organisation follows (本市公共机构…)."""
    m = _JURIS.match(t[s:e])
    if m and soft_marker(t[:e], s + m.end()):
        return m  # 国家鼓励…: the state declares
    end, phrase = scan_list(t[:e], s + m.end(), subject=True) if m else (0, "")
    if m and phrase and not _grammar()["verbs"].match(t, s + m.end()) and (
            _grammar()["verbs"].match(t, end) or find_modal(t[:end + 4], end)):
        return None  # 本市公共机构依托…: the organisation is the subject
    if m and re.match(r"[^，。；：]{1,10}的[^，。；：]{0,10}?(?:机构|院校|学校|企业|单位|部门|组织)", t[s + m.end():e]):
        return None  # 国家设立的研究开发机构…: a relative clause names the subject
    topic = re.fullmatch(r"(?:和(?:本市|本省|国家|省|市))?[\u4e00-\u9fff]{1,4}的([^，。；：的]{1,12})", t[s + m.end():e]) \
        if m else None
    if topic and not _grammar()["verbs"].match(topic.group(1)):
        return None  # 国家和本市明确的改革举措，支持…: a thing is the topic, nobody declares
    return m
_PARTNER = re.compile(r"(?:会同|联合|协同|组织)")
_WITH = re.compile(r"与")
_APPROVER = re.compile(r"报(?:请)?(.{2,20}?)(?:批准|备案|审批|核准|审定|同意|决定)")
_CONJ_LEAD = re.compile(r"^(?:但是|但|并且|并|同时|还|也|均|另外|其中)")


@lru_cache(maxsize=None)
def _grammar():
    g = lexicon.load("grammar")
    return {
        "openers": tuple(sorted(g["adverbial_openers"], key=len, reverse=True)),
        "endings": tuple(g["adverbial_endings"]),
        "join_next": set(g["join_next"]),
        "consequences": re.compile("|".join(map(re.escape, g["liability_consequences"]))),
        "no_provision": [re.compile(p) for p in g["no_provision"]],
        "amendment": [re.compile(p) for p in g["amendment"]],
        "circumstance": tuple(g["circumstance_verbs"]),
        "party_relative": tuple(g["party_relative_verbs"]),
        "zone_verbs": tuple(g["zone_policy_verbs"]),
        "anyone": re.compile("任何{0}(?:(?:和|或者|或|、|及|以及){0})*".format("(?:" + "|".join(g["banned_parties"]) + ")")),
        "verbs": re.compile("(?:" + "|".join(sorted(map(re.escape, g["verbs"]), key=len, reverse=True)) + ")"),
        "main_verbs": re.compile("|".join(sorted(
            (re.escape(v) for v in g["verbs"] if len(v) == 2 and v not in g["adverbial_openers"]),
            key=len, reverse=True))),
    }


@dataclass
class Context:
    """What a paragraph parse needs from the rest of the document."""

    doc: object
    aliases: dict = field(default_factory=dict)  # alias -> [canonical names]
    last_orgs: list = field(default_factory=list)  # antecedents of 其/上述


@dataclass
class _Group:
    actors: list
    actor_text: str
    modality: str
    outer: bool = True  # may hold embedded groups (obligation, permission, commitment…)
    phrases: list = field(default_factory=list)  # [start, end] doc offsets
    partners: list = field(default_factory=list)
    parent: "_Group | None" = None
    parent_phrase: int | None = None
    join_next: bool = False  # the last phrase waits for the next (采取措施，…)


_EXCEPTION = re.compile(r"(?:但(?:是)?)?除[^，。；]*(?:外|除外)$|但[^，。；]*除外$|[^，。；]*(?:另有规定|规定)的除外$")


def _is_adverbial(seg):
    g = _grammar()
    seg = re.sub(r"^(?:并且|并|同时|依法)(?=..)", "", seg)  # 并通过…等措施，…: the adverbial still waits for its verb
    if seg.startswith(("将", "把")) and "的" in seg and len(seg.rsplit("的", 1)[-1]) <= 4:
        return True  # 将…的决定，及时向社会公布: the object of 将 waits for its verb
    if not seg.startswith(g["openers"]):
        return False
    if seg.endswith(g["endings"]):
        return True
    opener = next(o for o in g["openers"] if seg.startswith(o))
    tail = seg[seg.rindex("的") + 1:] if "的" in seg else ""
    if opener in ("对", "在") and tail and not find_modal(seg) and (head_of(tail) or (
            opener == "对" and not g["main_verbs"].search(tail))):
        # 对…做出显著成绩的单位和个人，… / 在有条件…的地区，… / 对有信誉…的民营科技企业及其项目，…: an object or a
        # place, whatever its qualifier holds
        return True
    return not g["main_verbs"].search(seg, len(opener))


def _bare_level(prefix):
    """True for a level prefix alone (设区的市, 区), not a government (省人民政府) or a place."""
    from .actors import _lex
    return prefix in _lex()["level_of"]


def _resolve(names, ctx):
    """Replace aliases by the names they stand for; a level prefix picks its own
    (设区的市数字经济主管部门 → 设区的市人民政府经济和信息化主管部门)."""
    out = []
    for n in names:
        full = ctx.aliases.get(n)
        if full is None:
            for alias, targets in ctx.aliases.items():
                if n.endswith(alias) and n != alias and _bare_level(n[: -len(alias)]):
                    level = n[: -len(alias)]
                    full = [t for t in targets if t.startswith(level)] or [level + t for t in targets]
                    break
        if full is None and any(n in targets for targets in ctx.aliases.values()):
            full = [n]  # 示范区执行委员会 is itself what 执委会 stands for: the text's own name
        if full is None:  # 管委会的工作部门, 西海岸新区管理委员会: an alias for one body opening a longer name
            for alias, targets in sorted(ctx.aliases.items(), key=lambda kv: -len(kv[0])):
                if len(targets) == 1 and len(alias) >= 2 and n.startswith(alias) and n != alias \
                        and not n.startswith(targets[0]):
                    full = [targets[0] + n[len(alias):]]
                    break
        for a in full or [n]:
            if a not in out:
                out.append(a)
    return out


_ADVERBIAL_TAIL = re.compile(r"(?:凭|未经|依法|依照|依(?=[^，。；]{0,12}(?:约定|协议|规定|程序|章程))|按照|根据|在|对|于|要|均|也|还|都|按|通过|结合|应|可|及时|共同|分别|各自|报经|经|具体|统筹|主要|分工)")  # 具体负责 is 负责 (R5)


_LEADS = re.compile(r"(?:领导|主管)(?=[^，。；]{0,30}工作)")  # 市人民政府领导本行政区域内的…工作, X部门主管全国…工作: a remit (R15)
_BARE_ADVERB = re.compile(r"依法|依规|(?:依照|按照)(?:有关|相关)?规定")
_PURPOSE = re.compile(r"(.+?)为了[^，。；]+")
_UPON = re.compile(r"应[^，。；应]{1,24}?请求")  # 应专利权人的请求: upon a request, no modal (R5)
_CITY = re.compile(r"(?:有条件的|具备条件的)?设区的市(?!人民政府|的)")
_OCCASION = re.compile(r"[^，。；、]{2,24}(?:时|后|之后)")  # 接到举报后, 取得相应的证书后: the subject's own occasion
_NEXT_MODAL = re.compile(r"(?:负责|应当|应|做好|可以|不得|必须)")
# 采取有力措施支持…, 指导、支持…: the marker follows the means or a verb it is listed with
_MEANS = re.compile(r"(?:采取[^，。；]{0,6}?|通过[^，。；]{1,16}?(?:等|多种)?)措施[，,]?|(?:指导|帮助|协助|督促)(?:、|和|并)(?=鼓励|支持|引导)"
                    r"|(?:积极|大力|进一步|切实|重点|优先|着力|探索|持续|继续|逐步)(?=鼓励|支持|引导)")  # 积极支持企业…
_ALIAS_NOTE = re.compile(r"[（(]以下(?:简称|统称|称)[^）)]*[）)]")
_BY = re.compile(r"由")
_AGENT = re.compile(r"(?:^|(?<![经理自缘]))由(?!于)(?=[^由]{2,}$)")  # the last 由 of a subject


def _subject(pre, ctx):
    """Actors named in the text before a modal marker, or None if it is not an actor."""
    pre = _ALIAS_NOTE.sub("", _CONJ_LEAD.sub("", pre.strip("，、 \u3000")))
    if not pre or pre.endswith("的"):
        return None  # 要求…提供数据的，应当…: a condition, not a subject
    made = re.match(FOUNDER + r"([^，。；的]{4,})$", pre)
    if made and is_org(made.group(1)) and not is_org(pre):
        pre = made.group(1)  # 市人民政府设立的…管理办公室（以下简称…），负责…: the body set up is the subject
    bare = re.sub(r"(?:也|还|均|都|亦|之间|相互之间)$", "", pre)
    if bare != pre and is_org(bare):
        pre = bare  # 申请人与利害关系人也可以…, 金融机构、…企业之间应当…: the list before the adverb
    by = _AGENT.search(pre) if not is_org(pre) else None  # (由国家网信部门确定的组织 is a name: R12)
    if by:  # 具体应用问题由省人民政府负责解释: the agent after 由 is the subject (R7)
        agent, _, partners = re.split(r"(会同|联合)", pre[by.end():], maxsplit=1) + ["", ""][: 2 * ("会同" not in pre
                                                                                            and "联合" not in pre)]
        names = [n for n in expand(agent) if is_org(n)] if is_org(agent) and (not partners or is_org(partners)) else []
        if names:
            return _resolve(names, ctx), agent
    rel = _relative_name().match(pre) if _opener(pre) else None
    if rel and is_org(rel.group(0)) and (rel.end() == len(pre) or _ADVERBIAL_TAIL.match(pre, rel.end())):
        pre = rel.group(0)  # 由主管部门任命、委派的人员在任期内…: a relative clause opens the name (R12)
    if "是" in pre:  # X是Y主管部门: X is the subject
        left = pre[: pre.index("是")]
        if is_org(left):
            pre = left
    # X或者…确定的其他部门: the first alternative (GUIDELINES)
    pre = re.split(r"或者(?=[^，。；]*确定的)", pre)[0]
    for alias, names in ctx.aliases.items():
        if pre == alias or pre.startswith(alias) and _ADVERBIAL_TAIL.match(pre, len(alias)):
            return names, alias
        conj = re.match(r"(?:和|及|以及|、)", pre[len(alias):]) if pre.startswith(alias) else None
        whole = _orgs(pre) if conj else []  # (only where the list is otherwise read as one name)
        rest = _orgs(pre[len(alias) + conj.end():]) if conj and len(whole) == 1 and whole[0] == pre else []
        if rest:  # 杭州跨境电商综试办和市人民政府其他有关部门: the alias's bodies and the others
            return names + [n for n in _resolve(rest, ctx) if n not in names], pre
    if pre in ("本市", "本省", "本自治区", "国家"):
        return [pre], pre
    phrase = pre
    if not is_org(pre.rstrip("等")):
        # X依法…/X在…中 + modal: the subject is the actor list at the start
        end, phrase = scan_list(pre, 0, subject=True)
        # X依法…应当 (an adverbial) or X收集数据不得… (a circumstance): X is the subject
        circumstance = phrase and pre.startswith(_grammar()["circumstance"], end) and head_of(re.split("[、和及]", phrase)[0]) \
            and not re.search(r"(?:所需|所用)?(?:资金|经费|费用)$", pre)  # (政府投资项目所需资金应当…: a thing is the subject)
        # X接到举报后应当… / X在…时应当…: the subject's own occasion (R14) stands between it and the modal
        occasion = _OCCASION.fullmatch(pre, end) if phrase and not pre.startswith("的", end) else None
        if occasion and "的" in occasion.group(0) and head_of(re.sub("(?:之)?[后时]$", "", occasion.group(0).rsplit("的", 1)[1])):
            occasion = None  # X与…的企业…后: a party inside the occasion, not the subject's own act
        circumstance = circumstance or occasion and head_of(re.split("[、和及]", phrase)[0])
        if not phrase or not (_ADVERBIAL_TAIL.match(pre, end) or circumstance):
            return None
    names = _orgs(phrase)
    return (_resolve(names, ctx), phrase) if names else None


def _orgs(phrase):
    """The bodies an actor phrase names; none where most of a list are places or things
    (宾馆、饭店、…、城市道路、公共厕所等: a few bodies among them make no list of bodies)."""
    items = expand(phrase)
    names = [n for n in items if is_org(n)]
    bodies = [n for n in items if n in names or re.fullmatch(r"[省市县区]|自治区|直辖市", n.rsplit("的", 1)[-1])]
    return names if 3 * len(bodies) >= len(items) else []


def _inner_actors(s, pos, ctx):
    """Organisation list right after a soft marker at ``pos``: (end, names, text)."""
    if s.startswith(("其", "上述"), pos):
        n = 1 if s[pos] == "其" else 2
        if ctx.last_orgs and not s.startswith(("其他", "其中"), pos):
            return pos + n, list(ctx.last_orgs), s[pos:pos + n]
        return pos, [], ""
    city = _CITY.match(s, pos)
    if city and (_grammar()["verbs"].match(s, city.end()) or s.startswith(("加快", "结合"), city.end())):
        return city.end(), [city.group(0)], city.group(0)  # 鼓励有条件的设区的市加快…: the cities, standing for their governments
    end, phrase = scan_list(s, pos)
    if not phrase:
        return pos, [], ""
    if re.match(r"内(?!部)", s[end:]):  # 支持自贸试验区内符合条件的机构…: the bodies in a place, named so
        end2, inside = scan_list(s, end + 1)
        place = _resolve(expand(phrase), ctx)
        place = place[0] if len(place) == 1 else phrase  # the alias stands for its full name
        names = [place + "内" + n for n in expand(inside) if is_org(n)] if inside else []
        return (end2, names, s[pos:end2]) if names else (pos, [], "")
    if re.match(r"(?:等)?[^，。；的]{0,12}的(?:建设|发展)", s[end:]) and (phrase.endswith("等") or s.startswith("等", end)):
        return pos, [], ""  # 支持…开发区、…科技园等各类园区的建设: the places are the objects built
    people = re.match(r"的([^，。；的]{1,6}?(?:人员|人才|员工|职工|学生))", s[end:])
    if people:  # 鼓励企业、高等院校等单位的科技人员…: the people of those bodies
        end, phrase = end + people.end(), phrase + people.group(0)
    if re.match(r"(?:的|建设[，。；]?$)", s[end:]):
        return pos, [], ""  # 支持…组织建设: the organisations are the objects built
    names = _orgs(phrase)
    return (end, _resolve(names, ctx), phrase) if names else (pos, [], "")


_ORG_MENTION = None


def _remember_orgs(text, ctx):
    """Keep the organisations last named in ``text`` as antecedents of 其/上述."""
    global _ORG_MENTION
    if _ORG_MENTION is None:
        from .actors import _lex
        heads = "|".join(map(re.escape, sorted(_lex()["heads"], key=len, reverse=True)))
        _ORG_MENTION = re.compile(rf"[^，。；、和及与或]{{0,10}}?(?:{heads})(?:(?:和|、|及)[^，。；、和及与或]{{0,10}}?(?:{heads}))*")
    found = list(_ORG_MENTION.finditer(text))
    if found:
        mention = found[-1].group(0)
        verbs = _grammar()["verbs"]
        while (m := verbs.match(mention)) and m.end() < len(mention) - 1:
            mention = mention[m.end():]  # 鼓励组建行业协会 → 行业协会
        names = [n for n in expand(mention) if is_org(n)]  # whole, qualifiers included (R16)
        if names:
            ctx.last_orgs = names


class _Sentence:
    """Parse one sentence (``text[a:b]`` of the document) into groups."""

    def __init__(self, text, a, b, ctx):
        self.t, self.a, self.b, self.ctx = text, a, b, ctx
        self.groups = []
        self.current = None  # group whose subject carries over to later segments
        self.inner = None  # embedded group whose scope is still open
        self.prev_actor = None  # a segment that only names actors (X，应当…)
        self.pending = None  # start of adverbial segments before any group

    def new_group(self, actors, actor_text, modality, outer=True, parent=None):
        g = _Group(actors=actors, actor_text=actor_text, modality=modality, outer=outer, parent=parent)
        if parent is not None:
            g.parent_phrase = len(parent.phrases) - 1 if parent.phrases else None
        self.groups.append(g)
        return g

    def open(self, g):
        self.current, self.inner = g, None
        return g

    def add_phrase(self, g, s, e, join=False):
        s, e = _trim(self.t, s, e)
        if e <= s:
            return
        if join and g.phrases:
            g.phrases[-1][1] = e
        else:
            g.phrases.append([s, e])

    def partners(self, g, s, e):
        """Strip 会同X / 组织相关部门 / 与X at the head of an action; record X (G1, G2)."""
        t = self.t
        m = _PARTNER.match(t, s, e)
        if m:
            end, phrase = scan_list(t[:e], m.end(), subject=True)
            names = _orgs(phrase) if phrase else []
            if names and (m.group(0) != "组织" or all(n in ("有关部门", "有关单位") for n in names)) \
                    and (end >= e or t[end] not in "、"):
                g.partners = _resolve(names, self.ctx)
                return end
        if _WITH.match(t, s, e):
            end, phrase = scan_list(t[:e], s + 1, subject=True)
            names = _orgs(phrase) if phrase else []
            if names and _grammar()["verbs"].match(t, end, e):  # 与主体工程同时设计: no partner
                g.partners = _resolve(names, self.ctx)
                return end
        return s

    def parse(self):
        t = self.t
        segs = []
        for s, e in split_spans(t, "，,；;：:", self.a, self.b):
            sep = t[e] if e < self.b and t[e] in "，,；;：:" else ""
            # 按照各自职责，做好…: the formula spans the comma
            if segs and segs[-1] and re.search(r"(?:按照|依照)(?:各自)?职责[^，。；]{0,10}$", t[segs[-1][0]:segs[-1][1]]):
                segs[-1] = (segs[-1][0], e, sep)
                continue
            if _EXCEPTION.match(t, s, e):
                continue  # 除…外, 但…除外: an exception is no provision (R10)
            segs.append((s, e, sep))
        for k, g in enumerate(segs):
            if g and re.fullmatch(r"但(?:是)?", t[g[0]:g[1]]):  # 但是，…，…除外: the exception runs to its 除外 (R10)
                end = next((j for j in range(k + 1, len(segs)) if t[segs[j][0]:segs[j][1]].endswith("除外")
                            or segs[j - 1][2] in "；;"), None)
                closed = end is not None and t[segs[end][0]:segs[end][1]].endswith("除外")
                segs[k:(end + 1 if closed else k + 1)] = [None] * ((end + 1 if closed else k + 1) - k)
        for k, g in enumerate(segs):
            if g and t.startswith("除", g[0]) and not t.startswith("除外", g[0]):
                # 除因…需要，由公安机关…进行检查外，任何组织…不得…: the exception runs to its 外 (R10)
                end = next((j for j in range(k, min(k + 4, len(segs))) if segs[j]
                            and re.search(r"[以之]?外$", t[segs[j][0]:segs[j][1]])), None)
                if end is not None and end + 1 < len(segs):
                    segs[k:end + 1] = [None] * (end + 1 - k)
        segs = [g for g in segs if g is not None]
        # a subjectless opening before a bare modal is a topic (促进…发展，应当遵循…)
        self.topic_until = None
        for k, (s, e, sep) in enumerate(segs):
            mod = find_modal(t[:e], s)
            if mod and k and not t[s:mod[0]].strip() and not soft_marker(t[:e], segs[0][0]) \
                    and not _JURIS.match(t[segs[0][0]:]) and not (_remit_verb(t, segs[0][0], segs[0][1])
                                                                  and not (k == 1 and t.startswith("的", segs[0][1] - 1))):
                self.topic_until = s
                # X实施…，应当…: the actor opening the topic is the subject (after a 经…认定 condition too)
                o = next((g for g in segs[:k] if not re.match(r"经|根据|依照|按照|依据", t[g[0]:g[1]])), segs[0])
                end, phrase = scan_list(t[:o[1]], o[0], subject=True)
                names = _orgs(phrase) if phrase else []
                # 企业、高等院校等单位以…方式实施的，应当…: the actor opening the condition is the subject
                # (要求自然人…提供数据的: a verb opens it, nobody is named)
                # (…机构在…过程中收集和产生的数据: the actor sits in a relative clause of a thing)
                thing = "的" in t[end:o[1]] and re.search(r"的([^的，]{1,6})$", t[o[0]:o[1]])
                if names and not t.startswith(("的", "是"), end) and not _verb_led(phrase) \
                        and not (thing and not head_of(thing.group(1))):
                    self.prev_actor = (_resolve(names, self.ctx), phrase)
                kinds = _recognised(t[segs[0][0]:segs[0][1]]) if k == 1 else []
                if kinds:  # 经认定为高新技术企业的，可以享受…: what was recognised is entitled (R8)
                    self.prev_actor = (_resolve(kinds, self.ctx), t[segs[0][0]:segs[0][1]])
            if mod or sep in "；;":
                break
        prev_sep = ""
        for idx, (s, e, sep) in enumerate(segs):
            if prev_sep in "；;":
                self.inner = None  # a semicolon ends an embedded scope (G4)
            self.segment(s, e, idx == 0, prev_sep)
            _remember_orgs(t[s:e], self.ctx)
            prev_sep = sep
        return self.groups

    def segment(self, s, e, first, prev_sep):
        t, ctx = self.t, self.ctx
        gr = _grammar()
        seg = t[s:e]
        if first and seg.startswith("为了") and t[e:e + 1] in "，," and not find_modal(seg, 0):
            return  # 为了维护对外贸易秩序，X可以…: a purpose, no provision of its own
        if first and re.search(r"(?:时|期间|之前|之后|前|后)$", seg) and t[e:e + 1] in "，," and not find_modal(seg, 0) \
                and not soft_marker(seg) and not _names_a_body(seg) and not _juris(t, s, e) and find_modal(t[:self.b], e):
            return  # 办理…事项时，X应当…: an occasion naming nobody, no commitment (R14)
        if not first and prev_sep in "，," and re.search(r"的?(?:领域|情形|事项|项目)?除外[。；]?$", seg) \
                and not find_modal(seg, 0):
            return  # …全面放开投资准入，涉及国家安全…的领域除外: an exception, no provision of its own (R10)
        bare = re.fullmatch(r"(.*?)由([^，。；由]{2,30}?)(?:共同|统一|具体)?负责[。；]?", seg)
        if bare and (bare.group(1) or (s > self.a and prev_sep in "，,")):
            # …等事项，由当地人民政府负责: the agent answers for the topic before 由 (R7)
            names = [n for n in expand(bare.group(2)) if is_org(n)]
            topic = (s, s + len(bare.group(1))) if bare.group(1) else (self.a, s - 1)
            if names and t[topic[0]:topic[1]].strip("，, "):
                self.add_phrase(self.open(self.new_group(_resolve(names, ctx), bare.group(2), "obligation")), *topic)
                return
        mod = find_modal(t[:e], s)
        if mod and _relative_end().search(t[mod[1]:e]) and find_modal(t[:self.b], e) and t[s:mod[0]].strip() \
                and not _subject(t[s:mod[0]], ctx):
            mod = None  # 依法必须进行招标项目的招标人，不得…: the marker sits in a relative clause
        if mod and seg.startswith(("对", "对于")) and re.search(r"的[^，。；的]{1,12}$", seg) \
                and mod[0] < s + seg.rindex("的") and find_modal(t[:self.b], e):
            mod = None  # 对…、可以形成…的重大项目，…应当…: the marker qualifies the object of 对
        if (first or prev_sep in "；;" or self.current is None) and not mod and re.search("(?:时|前|后)$", seg) \
                and find_modal(t[:self.b], e):
            # X抽取样品时，…应…: an occasion binds nobody (R14); the actor opening it is the subject
            end, phrase = scan_list(t[:e], s, subject=True)
            names = _orgs(phrase) if phrase and (is_org(phrase) or not _verb_led(phrase)) else []
            if names and not t.startswith(("的", "是"), end):
                self.prev_actor = (_resolve(names, ctx), phrase)
                return
            if not names and self.current is None and _verb_led(seg):
                return  # 认定专利侵权的…判决生效后，…可以…: an occasion with nobody named binds nobody (R14)
        purpose = _PURPOSE.fullmatch(seg) if not mod and (first or self.current is None) else None
        if purpose and find_modal(t[:self.b], e):
            # 国家为了公共利益的需要，可以…: a purpose between the subject and its modal binds nobody
            subj = _subject(purpose.group(1), ctx)
            if subj:
                self.prev_actor, self.current = subj, None
                return
        # a segment that only names actors (and an adverbial) is the subject of the next:
        # X，应当… / X依照…规定，负责…
        if (first or prev_sep in "；;" or self.current is None) and not mod and (len(seg) <= 60 or seg.count("、") >= 6) \
                and (not _verb_led(seg) or _defined(seg, ctx)) and not soft_marker(seg) and not _juris(t, s, e):
            subj = _subject(seg, ctx)
            alias = _defined(seg, ctx)
            # (执委会依法制定…: an alias and the verbs of its remit, no bare subject)
            remit = _remit_verb(t, s, e) or bool(alias) and bool(gr["verbs"].match(t, s + len(alias), e)) \
                and not _is_adverbial(t[s + len(alias):e])
            if subj and not remit:
                self.prev_actor, self.current = subj, None  # a new subject: the old one stops here
                if _public(subj[0]) and prev_sep in "，,":
                    self.pending = None  # (…满三年后授予…的，X应Y的请求，就…给予…: what went before was its occasion)
                return
        if self.topic_until is not None and s < self.topic_until:
            return
        if seg.endswith("的") and (mod or find_modal(t[:self.b], e)):
            # …提出确权请求的，应付款方应当… / …规定应当取得书面同意的: a condition, not a provision;
            # an actor opening it (企业…以…方式实施的，应当…) is the subject of what follows
            end, phrase = scan_list(t[:e], s, subject=True)
            names = _orgs(phrase) if phrase and not _verb_led(phrase) else []
            if names and not mod and not t.startswith(("的", "是"), end):
                self.prev_actor = (_resolve(names, ctx), phrase)
            kinds = _recognised(seg)
            if kinds and not mod:  # 被认定为国家级和省级…产业园的，…享受…: what was recognised is entitled (R8)
                self.prev_actor = (_resolve(kinds, ctx), seg)
            return
        if re.fullmatch(r"(?:依照|按照)?(?:其|有关)规定(?:执行|办理)?|(?:从|适用)其规定", seg) or (
                self.current is None and _REFERRAL.fullmatch(seg)):
            return  # …的，从其规定 / …的，依照《广告法》的规定追究法律责任: a cross-reference binds nobody (R9)
        if seg.endswith("的") and t[e:e + 1] in "，," and self.current is not None:
            return  # …，逾期不答复的，视为批准: a condition inside a group, no action of its own
        if not first and not mod and self.current is not None and _NEXT_MODAL.match(t, e + 1) \
                and not gr["verbs"].match(seg):
            subj = _subject(seg, ctx)
            if subj and not _remit_verb(t, s, e):  # …，其他有关部门在各自职责范围内，负责…: a new subject
                self.prev_actor, self.current = subj, None
                return
        # 1. a strong modal opens a group with the subject before it
        if mod:
            ms, me, modality = mod
            pre = t[s:ms]
            if ms == me and not pre.strip() and self.current is not None and self.current.modality == modality \
                    and not first:  # 可以按照国家规定，享受…: the entitlement goes on the permission already open
                self.action(self.current, s, e)
                return
            partners = []
            cm = re.search(r"会同|联合", pre)
            if cm and _subject(pre[: cm.start()], ctx):  # 金融工作部门会同…机构应当…: 会同 names partners
                partners = [n for n in expand(pre[cm.end():]) if is_org(n)]
                pre = pre[: cm.start()]
            subj = _subject(pre, ctx)
            if subj is not None:
                actors, text = subj
            elif (not _CONJ_LEAD.sub("", pre).strip() or _is_adverbial(pre)
                  or re.fullmatch(r"(?:必要时|必要的时候|确有必要时|需要时)", _CONJ_LEAD.sub("", pre).strip("，, "))
                  or (_CONJ_LEAD.match(pre) and _BARE_ADVERB.fullmatch(_CONJ_LEAD.sub("", pre).strip("，, ")))) \
                    and self.current is not None:  # (…应当依法纳税，并依法享受税收优惠: the subject goes on)
                actors, text = self.current.actors, self.current.actor_text
                if modality == "prohibition" and self.current.modality == "commitment" \
                        and all(a in ("本市", "本省", "国家", "本自治区") for a in actors):
                    actors, text = [UNSPECIFIED], ""  # 本市…，严禁…: the jurisdiction declares, nobody named is banned
            elif (not _CONJ_LEAD.sub("", pre).strip() or _is_adverbial(pre) or _BARE_ADVERB.fullmatch(pre.strip("，, "))) \
                    and self.prev_actor:  # (…的，依法享受相关优惠政策: a bare adverb names nobody)
                # X，除…外，还可以…: the subject named before the exception
                actors, text = self.prev_actor
            else:
                actors, text = [UNSPECIFIED], _displaced(pre) or (
                    _displaced(t[self.pending:s]) if self.pending is not None and not pre.strip() else "")
            anyone = _grammar()["anyone"].match(t, me, e) if subj is None and not pre.strip() and t[ms:me] in ("禁止", "严禁") else None
            if anyone:  # 禁止任何单位和个人实施…: those named after the marker are banned (R1 drops 任何)
                actors, text, me = _resolve(expand(anyone.group(0)), ctx), anyone.group(0), anyone.end()
            elif subj is None and not pre.strip() and t[ms:me] in ("禁止", "严禁"):
                end2, named = scan_list(t[:e], me, subject=True)
                clean = named and end2 < e and not t.startswith(("的", "是", "、", "等", "和", "及", "或"), end2) \
                    and not _verb_led(named) and not _grammar()["verbs"].search(named) \
                    and not re.match(r"违反|违背|影响|增加|利用|强制|要求|下列|以|对|在|向|为", named) \
                    and not any(h.end() < len(named) and named[h.end()] not in "的、和及与或（("
                                for h in _heads().finditer(named))  # (企业安排实习学生…: a clause, no name)
                banned = _orgs(named) if clean else []
                if banned:  # 禁止具有竞争关系的经营者达成…: the party named after the marker is banned
                    actors, text, me = _resolve(banned, ctx), named, end2
            if me >= e and text and actors != [UNSPECIFIED]:  # 各地区、各部门对本地区…数据安全负责: the 对-phrase is the action
                k = t.find(text, s) + len(text) if t.find(text, s) >= 0 else s
                self.open(self.new_group(actors, text, modality)).phrases.append([k, ms])
                return
            if subj is None and re.match(r"认定为|视为", t[me:e]) and t[s - 2:s - 1] == "的":
                actors, text = [UNSPECIFIED], ""  # X…的，应当认定为…: a deeming rule, the condition's party is not bound
            by = self.by_agent(me, e) if t.startswith("由", me) else None
            if by is not None:  # Y应当由X…: the agent after 由 is bound
                actors, text, me = by
            grp = self.open(self.new_group(actors, text, modality))
            start = self.partners(grp, me, e)
            if partners:
                grp.partners = _resolve(partners, ctx)
            self.lead(grp, start, e, prev_sep)
            return
        # 2. 本市/本省/国家 + verb: commitment; X是本市…: the jurisdiction is the subject
        jm = _juris(t, s, e)
        if jm and first and seg.endswith("的") and t[e:e + 1] in "，,":
            jm = None  # 国家税收优惠政策有调整的，按照…执行: a condition about the state's policy, no commitment (R14)
        rest = t[s + jm.end():e] if jm else ""
        if jm and first and t[e:e + 1] in "，," and re.match(r"(?:可以|应当|不得)", t[e + 1:self.b]) \
                and (_is_adverbial(rest) or re.match(r"(?:根据|依据|依照|按照|对)", rest)):
            self.prev_actor = ([jm.group(1)], jm.group(1))  # 国家根据…结果，可以采取…: an adverbial, the modal binds
            return
        if jm and (first or self.current is None):
            grp = self.open(self.new_group([jm.group(1)], jm.group(1), "commitment"))
            self.lead(grp, s + jm.end(), e, prev_sep)
            return
        cm = re.search(r"是(本市|本省|国家)", seg)
        if cm and first:
            self.open(self.new_group([cm.group(1)], cm.group(1), "commitment"))
            return
        # 3. 鼓励/支持/引导
        means = _MEANS.match(t, s, e)
        sm = soft_marker(t[:e], means.end() if means else s)
        if sm and self.current is None and self.prev_actor and self.pending is None and not first \
                and _public(self.prev_actor[0]) and prev_sep in "，,":
            # 市人民政府通过补贴等措施，支持企业…: the body's remit after its adverbial holds the embedded group (R15)
            grp = self.open(self.new_group(self.prev_actor[0], self.prev_actor[1], "obligation"))
            self.lead(grp, s, e, prev_sep)
            return
        if sm:
            self.soft(s, e, sm, prev_sep)
            return
        # 3a. X的(主要)职责是…: a remit stated as a definition
        rm = re.match(r"(.{2,40}?)的(?:主要)?职责(?:是|为|包括)[：:]?", seg)
        if rm and first:
            names = [n for n in expand(rm.group(1)) if is_org(n)]
            if names:
                grp = self.open(self.new_group(_resolve(names, ctx), rm.group(1), "obligation"))
                self.lead(grp, s + rm.end(), e, prev_sep)
                return
        # 3b. Y由X制定: the agent after 由 bears the action
        by = self.by_agent(s, e)
        if by is not None:
            names, phrase, start = by
            # 由出资各方依法约定: parties agreeing among themselves are permitted, not bound (R7)
            agreed = re.match(r"(?:依法|自行|共同)?(?:约定|协商)", t[start:e])
            # (public bodies agreeing, 由管委会和…人民政府协商确定, are bound: their remit)
            # 著作权由受托人享有: an entitlement is a permission (R8), whoever holds it
            held = re.match(r"(?:依法)?享(?:有|受)", t[start:e])
            grp = self.open(self.new_group(names, phrase, "permission" if held or agreed and not _public(names)
                                           else "obligation"))
            self.lead(grp, start, e, prev_sep)
            return
        # 3c. a thing under a regime (政务数据实行统一目录管理。): the policy is declared, nobody named
        regime = re.fullmatch(r"([^，。；、对]{2,16}?)实行[^，。；]{2,30}", seg) if first and not mod else None
        if regime and re.fullmatch(r"[。；]", t[e:e + 1] or "。") and not is_org(regime.group(1)) \
                and not _subject(regime.group(1), ctx) and not _juris(t, s, e):
            grp = self.open(self.new_group([UNSPECIFIED], "", "commitment"))
            self.add_phrase(grp, s + len(regime.group(1)), e)
            return
        # 4. a government subject with no modal states its remit (obligation)
        made = re.match(FOUNDER + r"([^，。；的]{4,}?)(?:[（(]以下[^）)]*[）)])?$", seg) if first else None
        if made and is_org(made.group(1)) and t[e:e + 1] in "，," and re.match(r"(?:具体|主要)?(?:负责|承担|应当|可以)", t[e + 1:self.b]):
            names = _resolve(_orgs(made.group(1)), ctx)
            if names:  # 市人民政府设立的…管理办公室（以下简称…），负责…: the body set up is the subject
                self.prev_actor = (names, made.group(1))
                return
        if first or prev_sep in "；;" or self.current is None:
            end, phrase = scan_list(t[:e], s, subject=True)
            named = _defined(seg, ctx)
            if len(named) > len(phrase) or named and re.match(r"会同|联合", seg[len(named):]):
                end, phrase = s + len(named), named  # (执委会会同有关部门…: the alias, then its partners)
            rel = _relative_name().match(t, s, e) if not phrase and seg.startswith("在") else None
            if rel and is_org(rel.group(0)) and gr["verbs"].match(t, rel.end(), e):
                end, phrase = rel.end(), rel.group(0)  # 在横琴口岸设立的签证机关为…提供…: a relative clause opens the name
            upon = _UPON.match(t, end, e) if phrase else None
            if upon and upon.end() == e and t[e:e + 1] in "，,":
                names = _orgs(phrase)
                if names and _public(_resolve(names, ctx)):  # X应Y的请求，就…给予…: the remit follows its occasion
                    self.prev_actor = (_resolve(names, ctx), phrase)
                    return
            if upon:
                end = upon.end()  # X应Y的请求给予…: the remit after its occasion
            thing = re.search(r"的([^，。；的]{1,12})$", t[end:e])  # (X依据办法得出的评价结果，…: a thing is the topic)
            if phrase and first and end < e and _is_adverbial(t[end:e]) and t[e:e + 1] in "，," \
                    and not find_modal(t[:self.b], e) \
                    and not (thing and not head_of(thing.group(1))
                             and not thing.group(1).endswith((*gr["endings"], "目标", "位置"))):
                names = _resolve(_orgs(phrase), ctx)
                if names and _public(names):
                    self.prev_actor = (names, phrase)  # 市人民政府通过补贴等措施，支持…: the remit follows its adverbial
                    return
            # (a zone's name before 坚持/率先/普及… opens its declared policy: 海南自由贸易港坚持…)
            zone = phrase and first and t.startswith(gr["zone_verbs"], end) and "由" not in t[end:e] \
                and is_org(phrase) and all(actor_type(n) == "jurisdiction" and not re.search("[的内]", n)
                                           and n not in ("地区", "片区") for n in _resolve(_orgs(phrase), ctx))
            # (海南自由贸易港放宽市场准入特别清单…由…制定: a name the zone's word opens, the agent after 由 acts)
            if phrase and end < e and (gr["verbs"].match(t, end, e) or soft_marker(t[:e], end)
                                       or _LEADS.match(t, end, e) or zone) \
                    and not _is_adverbial(t[end:e]) \
                    and "是" not in t[end:end + 8]:  # 政府主要负责人是第一责任人: a copula, no duty
                names = _orgs(phrase) or list(ctx.aliases.get(phrase, []))  # (执委会依法制定…: the alias's body)
                thing = re.match(r"(.{1,4}?)的", t[end:e])
                tail = t[end:e].rsplit("的", 1)[-1]
                if thing and (gr["verbs"].fullmatch(thing.group(1)) or len(thing.group(1)) == 4 and all(
                        gr["verbs"].fullmatch(thing.group(1)[k:k + 2]) for k in (0, 2))) and not head_of(tail) \
                        and len(tail) <= 12 \
                        and not re.search("[与和、]", tail) \
                        and (t[e:e + 1] in "，," or re.fullmatch(r"[。；]?", t[e:self.b].strip())):
                    return  # 政府投资的信息工程项目，… / （五）政府确定的其他…事项: a thing, no remit
                # (有关行业组织建立健全本行业的…规范: an association's remit binds it as a government's does)
                public = phrase.startswith(("本市", "本省")) or all(
                    actor_type(n) in ("government", *DEPARTMENT_TYPES) or actor_level(n)
                    or actor_type(n) == "association"
                    and not gr["verbs"].match(re.sub(r"^(?:充分|积极|切实|大力|进一步|不断)", "", phrase)) for n in names)
                if names and all(actor_type(n) == "jurisdiction" for n in _resolve(names, ctx)):
                    # 自贸试验区建立…/自贸试验区鼓励…: a zone declares, like 本市
                    grp = self.open(self.new_group(_resolve(names, ctx), phrase, "commitment"))
                    self.lead(grp, end, e, prev_sep)
                    return
                if names and public and first and t[e:e + 1] in "，," and re.match(r"(?:可以|应当|不得)", t[e + 1:self.b]) \
                        and not _LEADS.match(t, end, e):
                    self.prev_actor = (_resolve(names, ctx), phrase)  # X依法开展监督检查，可以…: an occasion (R14)
                    return
                if names and public:
                    grp = self.open(self.new_group(_resolve(names, ctx), phrase, "obligation"))
                    self.lead(grp, self.partners(grp, end, e), e, prev_sep)
                    return
                if names and first:  # 市场主体享有…权利，…有权投诉: the subject of later modals
                    self.prev_actor = (_resolve(names, ctx), phrase)
        # 5. a subjectless verb phrase: commitment; 推动… after a subjectless 支持 starts anew (G9)
        cur = self.current
        if cur is None and first and seg.endswith("的") and prev_sep == "" and e < self.b and t[e] in "，,":
            return  # 以…创办…企业的，…: a condition opening the sentence binds nobody (R14)
        zone = bool(self.prev_actor) and all(actor_type(n) == "jurisdiction" and not re.search("的|包括", n)
                                             for n in self.prev_actor[0])  # (…未完成的地区: a place, no zone)
        if cur is None and self.prev_actor and self.pending is None and (_public(self.prev_actor[0]) or zone):
            if t[e:e + 1] in "，," and (seg.endswith("的") or re.fullmatch(r"自[^，。；]{2,16}[起满][^，。；]{0,8}", seg)):
                return  # X收到申请后，经审查认为符合要求的，自申请日起满十八个月，即行公布: conditions, no action
            # X依照…规定的职责，管理…: a public body's remit after its adverbial; a zone's declared policy
            # (自贸试验区按照国家战略布局，合理规划…) is a commitment, like 本市
            grp = self.open(self.new_group(self.prev_actor[0], self.prev_actor[1], "commitment" if zone else "obligation"))
            self.lead(grp, s, e, prev_sep)
            return
        thing = re.search(r"的([^，。；的]{1,12})$", seg)
        if cur is None and thing and seg.startswith("对") and not head_of(thing.group(1)) and t[e:e + 1] in "，," \
                and find_modal(t[:self.b], e):
            if self.pending is None:  # 对…的重大成果转化项目，…应当…: a topic; the clause after binds
                self.pending = s
            return
        if cur is None or (cur.modality in SOFT and cur.parent is None and seg.startswith("推动") and (
                cur.actors == [UNSPECIFIED] or _inner_actors(t[:e], s + 2, ctx)[1])):
            if cur is not None or (gr["verbs"].match(seg) and not _is_adverbial(seg)
                                   and not scan_list(t[:e], s, subject=True)[1]):
                start = self.pending if self.pending is not None else s
                grp = self.open(self.new_group([UNSPECIFIED], _displaced(t[start:e]), "commitment"))
                self.pending = None
                self.add_phrase(grp, start, e)
                grp.join_next = _joins(seg)
                return
            if self.pending is None:
                self.pending = s
            return
        if self.current is not None and not first and not mod and prev_sep in "，,":
            end, phrase = scan_list(t[:e], s, subject=True)
            names = _resolve(_orgs(phrase), ctx) if phrase and not (
                gr["verbs"].match(phrase) or _CONJ_LEAD.match(phrase) or phrase.startswith("配合")) else []
            if names and names != self.current.actors and all(actor_type(n) in DEPARTMENT_TYPES for n in names) \
                    and (_ADVERBIAL_TAIL.match(t, end) or gr["verbs"].match(t, end, e)):
                # …可以自由进出，海关依法进行监管: a department's remit after another clause (R15)
                grp = self.open(self.new_group(names, phrase, "obligation"))
                self.lead(grp, end, e, prev_sep)
                return
        if seg.startswith(("对", "对于")) and not mod and t.startswith("由", e + 1) and self.by_agent(e + 1, self.b):
            return  # …，对…严重失信主体，由有关部门…实施联合惩戒: the topic of the agent's clause, not this group's
        # 6. a further phrase of the current group; in 鼓励企业…，并依法给予相应的支持 the giving is the
        # government's (no organisation is named: 未指明), not the encouraged party's
        if cur.modality in SOFT and cur.parent is None and cur.actors != [UNSPECIFIED] \
                and re.match(r"(?:并|同时)?(?:依法|按照规定|按规定)?(?:给予|予以)", seg):
            grp = self.open(self.new_group([UNSPECIFIED], "", "commitment"))
            self.add_phrase(grp, s, e)
            return
        self.action(cur, s, e)

    def by_agent(self, s, e):
        """``(names, phrase, action start)`` for 由X + verb in ``t[s:e]``, else None."""
        t = self.t
        m = _BY.search(t, s, e)
        if not m or (m.start() > s and t[m.start() - 1] in "经理自交转"):  # (交由X承担: handed over, not X's duty)
            return None
        # 民营科技企业由其所在地的…部门认定: 其 is the topic (R16); 由其他…: "other", no pronoun
        own = t.startswith("其", m.end()) and not t.startswith(("其他", "其它"), m.end())
        end, phrase = scan_list(t[:e], m.end() + own, subject=True)
        phrase = phrase.split("会同")[0]  # 由X会同Y…: X is the agent, Y its partners
        topic = t[s:m.start()].strip("，, ")
        if own and phrase and is_org(topic):
            phrase = topic + phrase
        names = _orgs(phrase) if phrase else []
        if not names or not (_grammar()["verbs"].match(t, end, e) or t.startswith(("报", "牵头", "依照", "依据", "协商", "约定", "共同", "裁决", "裁定", "自愿", "自行", "及时", "统一", "指定"), end)):
            return None
        if t.startswith(("进入", "到", "至", "运往", "流入"), end):
            return None  # 货物由海南自由贸易港进入内地: 由 marks where from, not an agent
        rel = re.fullmatch(r"[^，。；]*的([^，。；的]{1,8})[。；]?", t[end:e])
        if rel and not _grammar()["main_verbs"].search(rel.group(1)):
            return None  # 需要由企业申请办理的事项: 由 inside a relative clause binds nobody
        return _resolve(names, self.ctx), phrase, end

    def lead(self, g, s, e, prev_sep):
        """The first phrase of a new group: it may open an embedded 支持/鼓励 group."""
        means = _MEANS.match(self.t, s, e)
        sm = soft_marker(self.t[:e], means.end() if means else s)
        if sm and self.soft(s, e, sm, prev_sep, lead=True):
            return
        self.add_phrase(g, s, e)
        g.join_next = _joins(self.t[s:e])

    def soft(self, s, e, sm, prev_sep, lead=False):
        t, ctx = self.t, self.ctx
        mend, modality = sm
        end, names, phrase = _inner_actors(t[:e], mend, ctx)
        cur = self.current
        # (应当鼓励企业…: an obligation with nobody named still embeds the encouragement of those it names)
        real_outer = cur is not None and cur.outer and cur.modality not in SOFT and (
            cur.actors != [UNSPECIFIED] or cur.modality == "obligation")
        if real_outer and names:
            # the outer actor's action is the whole 鼓励/支持… phrase (G5); the inner group
            # gets the rest, and later phrases too when the marker opens its clause
            clause_initial = lead or prev_sep in "；;" or getattr(cur, "join_next", False)
            if lead:
                self.add_phrase(cur, s, e)
            else:
                self.action(cur, s, e, keep_inner=True)
            cur.join_next = False
            inner = self.new_group(names, phrase, modality, outer=False, parent=cur)
            note = _ALIAS_NOTE.match(t, end, e)  # 支持A、B（以下统称…）采用…: the note is no part of the action
            self.add_phrase(inner, self.partners(inner, note.end() if note else end, e), e)
            ctx.last_orgs = names
            # (国家支持行业组织按照章程，制定…: the inner phrase is an adverbial waiting for its verb; the scope stays open)
            # (not 采用新设备、新工艺 or 对接…规则: verbs of their own)
            waits = _joins(t[end:e]) and not re.match(r"采用|利用|运用|对接|结合", t[end:e]) \
                or bool(re.fullmatch(r"(?:采取|通过)[^，。；]*(?:方式|措施|形式|途径)", t[end:e]))
            inner.join_next = inner.join_next or waits
            keep = clause_initial and cur.modality != "commitment"
            inner.until_verb = waits and not keep  # (…only until the adverbial has its verb)
            self.inner = inner if keep or waits else None
            return True
        if real_outer:
            if lead:
                return False
            self.action(cur, s, e)
            return True
        if lead:
            return False
        # a sentence-level 鼓励/支持/引导: the organisations (or 未指明) are the actors
        grp = self.open(self.new_group(names or [UNSPECIFIED], phrase if names else _displaced(t[mend:e]), modality,
                                       outer=False))
        note = _ALIAS_NOTE.match(t, end, e) if names else None
        start = self.partners(grp, note.end() if note else end, e) if names else mend
        if names:
            ctx.last_orgs = names
        elif self.pending is not None and False:
            start = self.pending
        self.pending = None
        self.add_phrase(grp, start, e)
        grp.join_next = _joins(t[start:e])
        return True

    def action(self, g, s, e, keep_inner=False):
        """A further phrase of ``g``: a new phrase, or joined to the last one when
        that was an adverbial or 采取措施 (G6, G7)."""
        join = bool(g.phrases) and getattr(g, "join_next", False)
        self.add_phrase(g, s, e, join=join)
        g.join_next = _joins(self.t[s:e])
        if self.inner is not None and g is self.current and not keep_inner:
            # an open embedded scope: the inner actor takes the phrase, the outer phrase grows (G5)
            inner = self.inner
            self.add_phrase(inner, s, e, join=getattr(inner, "join_next", False))
            inner.join_next = g.join_next
            if getattr(inner, "until_verb", False) and not inner.join_next:
                self.inner = None
            if len(g.phrases) >= 2 and not join:
                g.phrases.pop()
                g.phrases[-1][1] = _trim(self.t, s, e)[1]


@lru_cache(maxsize=None)
def _relative_name():
    from .actors import _lex
    return re.compile(r"[^，。；]{1,30}?的[^，。；的]{0,10}?(?:" + _lex()["head_any"].pattern + ")")


def _opener(text):
    from .actors import _lex
    return _lex()["opener"].match(text)


def _displaced(region):
    """The fragment that stands where an actor would, at the start of ``region`` (在开发区 in
    在开发区不得兴办…, 由核准机关 …), or "": kept as the actor text of a 未指明 provision, so that
    `policykg coverage` can count the provisions whose would-be actor was no actor."""
    region = region[: min((k for k in (region.find(c) for c in "，。；：") if k >= 0), default=len(region))]
    for m in _heads().finditer(region, 0, 40):
        if is_fragment(region[: m.end()]):
            return region[: m.end()]
    return ""


@lru_cache(maxsize=None)
def _heads():
    from .actors import _lex
    return _lex()["head_any"]


def _public(names):
    return all(actor_type(n) in ("government", *DEPARTMENT_TYPES) or actor_level(n) for n in names)


@lru_cache(maxsize=None)
def _relative_end():
    from .actors import _lex
    return re.compile(r"^[^，。；]*的[^，。；]{0,10}(?:" + "|".join(sorted(map(re.escape, _lex()["heads"]), key=len,
                                                                           reverse=True)) + ")$")


_DEPARTMENT_LIST = re.compile(r"(?:发展(?:和)?改革|宣传|组织|监督管理)(?:、|和|及|等|(?:主管|行政)?部门)")


def _defined(seg, ctx):
    """The name the text defined (以下简称…) that opens ``seg``, whatever its words (保护工作部门结合…), or "";
    not a place's (自主创新示范区建设领导协调机构办公室 is no 示范区)."""
    return next((a for a in sorted(ctx.aliases, key=len, reverse=True) if seg.startswith(a)
                 and not any(actor_type(n) == "jurisdiction" for n in ctx.aliases[a])), "")


def _names_a_body(seg):
    """True if a body's name ends anywhere in ``seg`` (X在…时: the occasion holds the subject)."""
    return any(head_of(seg[:k]) for k in range(2, len(seg) + 1))


def _verb_led(text):
    """True if ``text`` opens with a verb that is not inside a relative clause (设立…的机构), nor a
    department named for its remit (发展改革、公安等部门)."""
    return bool(_grammar()["verbs"].match(text)) and "的" not in text[:20] and not _DEPARTMENT_LIST.match(text) \
        and not (head_of(text) == text and text.endswith(("人", "者"))) \
        and not (_relative_end().match(text) and text.startswith(_grammar()["party_relative"])) \
        and not _function_department(text)


def _recognised(seg):
    """The bodies a condition names as recognised (被认定为国家级和省级…产业园的 → each level's 产业园), or []."""
    named = re.fullmatch(r"(?:经|被|经依法)(?:认定|评定|评为|确定|命名)为(.{4,40})的", seg)
    if not named:
        return []
    levels = re.fullmatch(r"((?:国家级|省级|市级|区级|县级)(?:[和、](?:国家级|省级|市级|区级|县级))+)(.+)", named.group(1))
    kinds = [lv + levels.group(2) for lv in re.split("[和、]", levels.group(1))] if levels else expand(named.group(1))
    return [n for n in kinds if is_org(n) or re.search("(?:园|基地|中心|园区)$", n)]


def _function_department(text):
    """True if ``text`` opens with a department named for what it does (监督检查部门调查…), or with a
    name whose first character only looks like a one-character verb (留学人员到本省…)."""
    phrase = scan_list(text, 0, subject=True)[1]
    one = _grammar()["verbs"].match(text)
    if phrase and one and len(one.group(0)) == 1 and len(phrase) >= 4 and is_org(phrase) and head_of(phrase) != phrase:
        return True
    return bool(phrase) and len(phrase) <= 8 and actor_type(phrase) in DEPARTMENT_TYPES \
        and not re.search("有关|相关", phrase)


def _remit_verb(t, s, e):
    """True if ``t[s:e]`` opens with an actor list followed directly by a verb
    (not by an adverbial such as 根据…, which leaves the verb to a later segment)."""
    end, phrase = scan_list(t[:e], s, subject=True)
    upon = _UPON.match(t, end, e) if phrase else None
    end = upon.end() if upon and upon.end() < e else end  # X应Y的请求给予…: the remit after its occasion
    return bool(phrase) and bool(_grammar()["verbs"].match(t, end, e) or _LEADS.match(t, end, e)) \
        and not _is_adverbial(t[end:e])


def _joins(seg):
    """True if the phrase waits for the next one: an adverbial or 采取措施."""
    return _is_adverbial(seg) or seg in _grammar()["join_next"]


def _liability(text, a, b, ctx):
    """违反…的，…依法给予处分: the party in breach bears the consequence (GUIDELINES)."""
    g = _grammar()
    sent = text[a:b]
    if not g["consequences"].search(sent) or "的" not in sent:
        return []
    actors, actor_text, phrases = None, "", []
    conditional = False
    for cs, ce in split_spans(text, "；;", a, b):
        segs = split_spans(text, "，,", cs, ce)
        last_cond = max((k for k, (s, e) in enumerate(segs) if text[s:e].endswith("的")), default=-1)
        conditional = conditional or last_cond >= 0
        for s, e in segs[: last_cond + 1]:
            if actors is None and not text.startswith("违反", s):
                end, cand = scan_list(text[:e], s, subject=True)
                names = [n for n in expand(cand) if is_org(n)] if cand and not text.startswith("的", end) else []
                if names:
                    actors, actor_text = _resolve(names, ctx), cand
                elif not actor_text:
                    actor_text = _displaced(text[s:e])
        rest = segs[last_cond + 1:]
        if rest and g["consequences"].search(text[rest[0][0]:rest[-1][1]]):
            phrases.append([rest[0][0], rest[-1][1]])
    if not phrases or not conditional:
        return []
    grp = _Group(actors=actors or [UNSPECIFIED], actor_text=actor_text if actors or is_fragment(actor_text) else "",
                 modality="liability")
    grp.phrases = phrases
    return [grp]


def _split_sentences(text, a, b, doc=None, para=None):
    spans = split_spans(text, "。！？", a, b)
    for s, e in spans:  # the parse and each provision's action grow with the sentence: bound it
        if e - s > MAX_SENTENCE:
            raise InputError(doc.path if doc else "<text>",
                             too_long(f"a sentence of {para.parent.label}第{int_to_cn(para.number)}款", e - s, MAX_SENTENCE))
    return spans


_EMBEDDED = {"鼓励": "encouragement", "支持": "support", "引导": "guidance", "允许": "permission"}


def extract_paragraph(doc, para, ctx):
    """Provisions of one paragraph (its lead text and its items)."""
    t = doc.text
    items = [c for c in para.children if c.kind == "item"]
    lead_end = items[0].start if items else para.end
    out = []
    last_group = None
    for a, b in _split_sentences(t, para.start, lead_end, doc, para):
        prev = last_group
        groups, last_group = _sentence_groups(t, a, b, ctx)
        if prev is not None and _carries(t, a, b, groups, prev):
            for g in groups:  # 通过协议定价的，应当…: the condition of the last subject's act, the same subject
                g.actors, g.actor_text = list(prev.actors), prev.actor_text
        out += _provisions(doc, para, None, groups, t, a, b)
    listing = bool(re.search(r"下列|以下|如下", t[para.start:lead_end]))
    # 有下列情形之一的，X应当…：（一）…的；: the items are the occasions, no actions (R14)
    occasions = bool(re.search(r"(?:下列|以下)(?:情形|情况)之一的", t[para.start:lead_end]))
    # 有关行政措施包括：（一）…: the items say what a thing holds; only their own subject and modal bind
    last = re.split(r"[。；]", t[para.start:lead_end].rstrip("：: \n"))[-1]
    contents = bool(re.search(r"包括$", last)) and not find_modal(last) and not soft_marker(last)
    for it in items:
        if occasions:
            continue
        body = it.start + len(it.label)
        end = it.children[0].start if it.children else it.end
        if contents:
            for a, b in _split_sentences(t, body, end, doc, para):
                out += _provisions(doc, para, it, [g for g in _sentence_groups(t, a, b, ctx)[0]
                                                   if g.actors != [UNSPECIFIED] and g.modality in STRONG], t, a, b)
            continue
        if listing and last_group is not None and last_group.modality == "liability":
            continue  # 有下列情形之一的，…依法给予处分: the items describe the breach
        own = []
        first = find_modal(t[:end], body) if listing and last_group is not None else None
        if first and first[2] in STRONG and not re.match(r"[^，。；]{0,6}的", t[first[1]:end]):
            # (（五）介绍求职者从事法律、法规禁止的职业: a marker in a relative clause is no item's own modal)
            kept = ctx.last_orgs
            own = [(a, b, _sentence_groups(t, a, b, ctx)[0]) for a, b in _split_sentences(t, body, end, doc, para)]
            ctx.last_orgs, after = kept, ctx.last_orgs  # (a probe: the antecedents change only if the item is parsed so)
        if listing and last_group is not None and any(
                x.actors != [UNSPECIFIED] and x.modality in STRONG and x.actor_text and t.startswith(x.actor_text, body)
                and not _verb_led(x.actor_text) and not re.match(r"[^，。；]{0,12}的", t[body + len(x.actor_text):end])
                for _, _, groups in own for x in groups):
            # （四）房屋等建筑工程的建设单位…，可以分阶段申请…: an item with its own subject and modal is its own provision
            # (not （五）会同…负责…: the lead's actor, a partner named; nor 政府投资开发的…载体: a thing)
            for a, b, groups in own:
                out += _provisions(doc, para, it, groups, t, a, b)
            ctx.last_orgs = after
            continue
        if listing and last_group is not None:
            # items under a modal are actions of it, one provision per item (GUIDELINES)
            g = _Group(actors=last_group.actors, actor_text=last_group.actor_text, modality=last_group.modality)
            s, e = _trim(t, body, end)
            if e > s:
                g.phrases = [[s, e]]
                made = _provisions(doc, para, it, [g], t, it.start, it.end)
                out += made
                # (二)推行通关无纸化，允许企业自选核算方式: a clause of the item embeds 鼓励/支持/引导/允许 X (G5, R8)
                # (the marker opens the item, （九）鼓励银行推广…, or one of its clauses)
                marks = {body + m.end(): _EMBEDDED[m.group(1)]
                         for m in re.finditer(r"(?:^|[，；]并?)(鼓励|支持|引导|允许)", t[body:end])}
                for a, b in _split_sentences(t, body, end, doc, para):
                    inner = [x for x in _sentence_groups(t, a, b, ctx)[0] if x.actors != [UNSPECIFIED]
                             and any(marks[k] == x.modality and t.startswith(x.actor_text, k) for k in marks)]
                    for p in _provisions(doc, para, it, inner, t, a, b):
                        p.embedded_in = made[0] if made else None
                        out.append(p)
            continue
        for a, b in _split_sentences(t, body, end, doc, para):
            groups, _ = _sentence_groups(t, a, b, ctx)
            if listing:  # items of a list that binds nobody (definitions, rights): only their own modals
                groups = [g for g in groups if not (g.actors == [UNSPECIFIED] and g.modality == "commitment")]
            out += _provisions(doc, para, it, groups, t, a, b)
    # the lead's own 履行下列职责 is not a provision when items carry the actions
    if items and out:
        out = [p for p in out if not (p.item is None and re.search(r"下列|以下|如下", p.action))]
    return out


def _carries(t, a, b, groups, prev):
    """True if a sentence that opens with a condition naming nobody (…的，) and binds nobody by a modal
    continues the last sentence's subject in the paragraph (政府设立的研究开发机构…可以自主决定…。通过协议定价的，
    应当在本单位公示…); not a ban's party (任何单位和个人不得擅自修改…。确需调整的，应当…报批: the planner acts)."""
    cond = re.match(r"[^，。；]{2,30}的，", t[a:b])
    return bool(cond) and bool(groups) and prev.actors != [UNSPECIFIED] and prev.modality in ("obligation", "permission") \
        and all(g.actors == [UNSPECIFIED] and g.modality in STRONG and g.parent is None for g in groups) \
        and not scan_list(t[:b], a, subject=True)[1]


def _trim(t, s, e):
    while s < e and t[s] in _TRAIL:
        s += 1
    if t.startswith(("并且", "并"), s) and e - s > 3:  # …，并系统推进实施: 并 joins, it is not the action
        s += 2 if t.startswith("并且", s) else 1
    while e > s and t[e - 1] in _TRAIL:
        e -= 1
    return s, e


def _sentence_groups(t, a, b, ctx):
    g = _grammar()
    sent = t[a:b]
    if any(p.search(sent) for p in g["amendment"]):
        return [], None
    if any(p.search(sent) for p in g["no_provision"]) and not find_modal(sent):
        return [], None
    liab = _liability(t, a, b, ctx)
    if liab:
        return liab, liab[-1]
    ref = re.search(r"的，(?:(?:适用|从)其规定|" + _REFERRAL.pattern + r")。?$", sent)
    if ref and not find_modal(sent) and not [n for n in expand(scan_list(t[:b], a, subject=True)[1]) if is_org(n)]:
        return [], None  # …的，适用其规定 / …的，依照《广告法》的规定追究法律责任: no party, a referral (R9)
    sp = _Sentence(t, a, b, ctx)
    groups = sp.parse()
    if groups and _EXECUTE.search(sent) and all(g.actors == [UNSPECIFIED] and g.modality == "commitment" for g in groups):
        return [], None  # …事宜，按照国家和本市的有关规定执行: a referral with nobody named binds nobody (R9)
    return groups, (groups[-1] if groups else None)


def _provisions(doc, para, item, groups, t, a, b):
    out = []
    made = {}
    for g in groups:
        for k, (s, e) in enumerate(g.phrases):
            action = t[s:e]
            if not action or not re.search(r"[\u4e00-\u9fff]", action):
                continue
            approver = None
            m = _APPROVER.search(action)
            if m:
                names = [n for n in expand(m.group(1)) if is_org(n)]
                approver = names[0] if names else None
            for actor in g.actors:
                p = Provision(actor=actor, modality=g.modality, action=action, paragraph=para, start=s, end=e,
                              sentence_start=a, sentence_end=b, item=item, actor_text=g.actor_text,
                              partners=list(g.partners) if k == 0 else [], approver=approver)
                if g.parent is not None:
                    p.embedded_in = made.get((id(g.parent), g.parent_phrase))
                made.setdefault((id(g), k), p)
                out.append(p)
    return out

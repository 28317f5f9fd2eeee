"""Policy-instrument coding (Rothwell & Zegveld): supply-, environment- or demand-side.

A provision is coded by the means it uses, read with its actor, modality and
source clause (the rules of ``../shared/gold/INSTRUMENTS.md``; patterns and
weights in ``lexicon/instruments.yaml``):

1. A provision that is no instrument is coded ``none`` with the reason: a
   statement of principle, a competence clause (按照各自职责做好相关工作),
   a procedural step (报…批准, 告知其…, 提起诉讼), oversight inside the state
   (对下级人民政府…考核, a legislature's supervision), the liability of officials.
2. Otherwise each instrument scores the weights of its patterns found in the
   action, plus a share of those found in the rest of the action's clause
   (a fragment such as 制定政策 is read in 制定政策，加大…投入).  A keyword
   inside a longer word does not count (方案 in 解决方案, 示范 in 示范区);
   cooperation (合作, 交流) is overseas where partners abroad are named near it.
3. The actor and modality weigh in: a duty or prohibition put on a private
   actor is regulation unless it clearly asks for another instrument (rule 4);
   a penalty on a private party in breach is regulation.
4. The best instrument is the primary; a second one with strong evidence of
   its own is the secondary.  A provision with no evidence at all takes the
   fallback of its modality and actor (a government's general statement is
   goal-planning, rule 6).

>>> c = code("设立智能制造专项资金，对智能化改造项目给予补贴")
>>> c.instrument, c.side, c.words
('funding', 'supply', ('专项资金', '补贴'))
>>> code("组织编制智能制造发展规划").side
'environment'
>>> code("做好促进智能制造发展相关工作", actor="公安部门", modality="obligation").instrument
'none'
>>> code("培养跨学科复合型人才").words  # 学科 inside 跨学科 does not count
('人才', '培养')
>>> code("市场主体") is None
True
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import lexicon
from .actors import actor_type

__all__ = ["Coding", "code", "code_provision", "side_of", "instruments"]

GAP = "[^，；。：,;:]{0,40}?"  # what "…" in a pattern stands for: a gap inside one clause
_SEGMENT_END = "；;。"
# The modal verb of a provision: the clause context starts after the last one before the action.
_MODAL = re.compile("应当|必须|可以|不得|禁止|严禁|负责(?!人)")
# A new provision in the rest of the clause (鼓励企业… after a government duty) ends the context.
_NEXT = re.compile("[，,](?:并)?(?:鼓励|引导|倡导|支持(?=[^，,]{0,12}(?:企业|机构|学校|院校|组织|协会|单位|个人|主体)))")


@dataclass(frozen=True)
class Coding:
    instrument: str  # notation in the instrument scheme (funding, goal-planning…) or "none"
    side: str  # supply, environment, demand or none
    words: tuple  # the evidence: patterns that matched, or the rule that decided
    secondary: str | None = None  # a second instrument clearly present in the same clause
    rule: str = "means"  # means, private-duty, penalty, fallback, or the reason of none

    @property
    def evidence(self):
        """One line for ``pkg:instrumentEvidence``: instrument (rule): words."""
        head = self.instrument if self.rule == "means" else f"{self.instrument} ({self.rule})"
        return f"{head}: {'、'.join(self.words)}" if self.words else head


@lru_cache(maxsize=None)
def _lex():
    lx = lexicon.load("instruments")
    side = {name: s for s, names in lx["sides"].items() for name in names}
    side["none"] = "none"
    if set(lx["rules"]) != set(side) - {"none"}:
        raise ValueError(f"instruments.yaml: rules and sides list different instruments: "
                         f"{sorted(set(lx['rules']) ^ (set(side) - {'none'}))}")
    rules = [(name, p, float(w), _compile(p), tuple(lx["not_in"].get(p, ())))
             for name, pats in lx["rules"].items() for p, w in pats.items()]
    none = {reason: {"override": float(v.get("override", 99)),
                     "patterns": [(p, _compile(p)) for p in v.get("patterns", [])],
                     "strict": [(p, _compile(p)) for p in v.get("strict", [])],
                     "before": tuple(v.get("before", [])),
                     "bare": set(v.get("bare", [])),
                     "lead": tuple(v.get("lead", [])),
                     "lead_end": tuple(v.get("lead_end", [])),
                     "actors": set(v.get("actors", []))}
            for reason, v in lx["none"].items()}
    orgs = (re.compile(lx["organisations"]["one"]), re.compile(lx["organisations"]["list"]))
    ab = lx["abroad"]
    abroad = (re.compile("|".join(map(re.escape, ab["markers"]))), set(ab["not"]), dict(ab["words"]))
    targets = [_target(t) for t in lx["targets"]]
    return lx, side, rules, none, orgs, targets, abroad


def _target(pattern):
    """A regex whose group 1 is the gap of ``pattern`` (对…给予: the target between 对 and 给予)."""
    before, after = str(pattern).split("…")
    return re.compile(re.escape(before) + "(" + GAP + ")" + re.escape(after))


@lru_cache(maxsize=None)  # code() compiles the lexicon's conditions for every provision
def _compile(pattern):
    p = str(pattern)
    start, end = ("^" if p.startswith("^") else ""), ("$" if p.endswith("$") else "")
    body = p[len(start):len(p) - len(end)]
    return re.compile(start + GAP.join(f"({re.escape(piece)})" for piece in body.split("…")) + end)


def instruments():
    """``{notation: side}`` of every instrument, in the lexicon's order, ``none`` last.

    >>> instruments()["standard"], instruments()["none"]
    ('environment', 'none')
    """
    return dict(_lex()[1])


def side_of(instrument):
    """The side of an instrument notation (``none`` for none, None for no coding).

    >>> side_of("trade"), side_of("none"), side_of(None)
    ('demand', 'none', None)
    """
    return None if instrument is None else _lex()[1][instrument]


def _hits(text, whole=False, rules=None):
    """``[(instrument, pattern, weight)]`` of the patterns found in ``text``, each once.

    An anchored pattern (^有: what a party must have) is read only where ``text`` is ``whole``,
    the action of a duty itself, not a piece of its clause.

    A keyword standing inside one of its longer words (``not_in``) does not count;
    a keyword inside a longer pattern of the same instrument counts once (专项资金
    over 资金); a keyword right before another instrument's keyword modifies it
    (科技成果转化人才) and counts ``weights.modifier`` of its weight.
    ``rules``: the rules tried (default: those whose words are all in ``text``, :func:`_candidates`).
    """
    found, pieces = [], []
    for name, p, w, rx, longer in _candidates(text) if rules is None else rules:
        if not whole and (p.startswith("^") or p.endswith("$")):
            continue
        for m in rx.finditer(text):
            if not any(_inside(text, m.start(), p, word) for word in longer):
                found.append((name, p, w, m.start(), m.end()))
                pieces += [(name, m.start(k), m.end(k), m.end() - m.start()) for k in range(1, rx.groups + 1)]
    # A keyword inside the literal text of a longer pattern of the same instrument counts once
    # (资金 in 专项资金, 信息 in 发布…信息), not one in its gap (咨询 in 提供咨询诊断等服务).
    found = [h for h in found if not any(
        n == h[0] and s <= h[3] and h[4] <= e and size > h[4] - h[3] for n, s, e, size in pieces)]
    modifier = _lex()[0]["weights"]["modifier"]
    targets = [m.span(1) for rx in _lex()[5] for m in rx.finditer(text)]
    best = {}
    for name, p, w, s, e in found:
        if any(n != name and w2 >= w and (s2 == e or (s2 == e + 1 and text[e] == "的"))
               for n, _, w2, s2, _ in found) \
                or any(a <= s and e <= b for a, b in targets):
            w *= modifier
        if best.get((name, p), 0.0) < w:
            best[name, p] = w
    return [(name, p, w) for (name, p), w in best.items()]


_INDEX = []  # [(the rules of _lex(), their index by first word)]: made again if _lex() is made again


def _first_chars():
    """``{character: [(first piece, [(rule index, its other pieces)])]}``: the rules of ``_lex()`` by the
    literal pieces between their gaps (``""`` for a rule of gaps alone, tried on every text)."""
    rules = _lex()[2]
    if _INDEX and _INDEX[0][0] is rules:
        return _INDEX[0][1]
    by_first = {}
    for k, (_, p, *_) in enumerate(rules):
        p = str(p)
        body = p[p.startswith("^"):len(p) - p.endswith("$")]  # as _compile reads it
        pieces = [q for q in body.split("…") if q] or [""]
        by_first.setdefault(pieces[0], []).append((k, pieces[1:]))
    index = {}
    for first, found in by_first.items():
        index.setdefault(first[:1], []).append((first, found))
    _INDEX[:] = [(rules, index)]
    return index


def _candidates(text):
    """The rules of ``_lex()`` that can match ``text``, in their order: those whose literal pieces all
    occur in it (a rule is its pieces with gaps between).  Trying 444 regexes on every clause was
    most of a corpus build's CPU."""
    index, keys = _first_chars(), []
    for c in index.keys() & (set(text) | {""}):
        for first, rules in index[c]:
            if first in text:
                for k, rest in rules:
                    if not rest or all(q in text for q in rest):
                        keys.append(k)
    keys.sort()
    rules = _lex()[2]
    return [rules[k] for k in keys]


def _abroad(hits, segment):
    """``hits`` with cooperation words (合作, 交流) counted as overseas where ``segment``, the
    sentence part holding the action, names partners abroad (国际, 境外, 有关国家和地区, 一带一路)."""
    markers, ignore, words = _lex()[6]
    if not any(not any(segment.startswith(w, m.start()) for w in ignore) for m in markers.finditer(segment)):
        return hits
    return [("overseas", p, words[p]) if p in words else (name, p, w) for name, p, w in hits]


def _bounds(action, source):
    """``(start, i, end)``: the part of ``source`` between ；/。 that holds ``action``, which begins at ``i``;
    None if ``action`` is not in ``source``."""
    i = source.find(action) if action and source else -1
    if i < 0:
        return None
    start = max(source.rfind(c, 0, i) for c in _SEGMENT_END) + 1
    ends = [j for j in (source.find(c, i + len(action)) for c in _SEGMENT_END) if j >= 0]
    return start, i, min(ends) if ends else len(source)


def _segment(action, source):
    """The part of ``source`` between ；/。 that holds ``action`` (the action alone if not found)."""
    b = _bounds(action, source)
    return source[b[0]:b[2]] if b else action


def code_provision(p, text):
    """The :class:`Coding` of an extracted provision ``p`` of a document whose text is ``text``."""
    return code(p.action, actor=p.actor, modality=p.modality, source=text[p.sentence_start:p.sentence_end])


def _spread(hits, spread):
    """The hits name ``spread["instruments"]`` instruments or more and none dominates:
    a general statement (建立健全基础设施、标准、人才等发展基础), not evidence."""
    total = {}
    for name, _, w in hits:
        total[name] = total.get(name, 0.0) + w
    top = sorted(total.values(), reverse=True)
    return len(top) >= spread["instruments"] and top[0] < spread["dominance"] * top[1]


def _blank(rx, text):
    """``text`` with what ``rx`` matches blanked (organisation names are no evidence)."""
    return rx.sub(lambda m: " " * len(m.group()), text) if text else text


def _inside(text, pos, key, word):
    k = word.find(key.strip("^$"))  # an anchored pattern (^有) is found where its text is
    return k >= 0 and pos - k >= 0 and text.startswith(word, pos - k)


def _score(hits, factor, scores, words, cap=None):
    add = {}
    for name, p, w in hits:
        add[name] = add.get(name, 0.0) + w
        words.setdefault(name, [])
        if p not in words[name]:
            words[name].append(p)
    for name, v in add.items():
        scores[name] = scores.get(name, 0.0) + factor * (min(v, cap) if cap else v)


def _context(action, source):
    """(text before the action in its clause, the same after the provision's modal verb,
    the rest of its clause, that modal verb) in ``source``."""
    b = _bounds(action, source)
    if b is None:
        return "", "", "", ""
    start, i, end = b
    raw = head = source[start:i]
    tail = source[i + len(action):end]
    modal = None
    for modal in _MODAL.finditer(head):
        pass
    if modal is not None:
        head = head[modal.end():]
    nxt = _NEXT.search(tail)
    if nxt:
        tail = tail[:nxt.start()]
    return raw, head, tail, modal.group() if modal else ""


def _private(actor):
    lx = _lex()[0]["actors"]
    return actor_type(actor) in lx["private"] and not any(w in actor for w in lx["public_names"])


def _kind(actor):
    if not actor or actor_type(actor) == "unspecified":
        return "unspecified"
    return "private" if _private(actor) else "government"


def _make(name, words, rule="means", secondary=None):
    return Coding(name, _lex()[1][name], tuple(words), secondary, rule)


def code(action, *, actor="", modality="", source=""):
    """The :class:`Coding` of a provision, or None where nothing marks an instrument.

    ``action`` is the provision's action text, ``actor`` its canonical actor,
    ``modality`` its modality and ``source`` the sentence it was read from
    (all optional but the action).
    """
    lx, side, _, none, orgs, *_ = _lex()
    weights = lx["weights"]
    raw, head, tail, modal = _context(action, source)
    kind = _kind(actor)
    # An action that is a condition (在制定…政策时, …出现争议的) stands for the clause after it.
    condition = any(_compile(c).search(action) for c in lx["conditions"])
    then = "，".join(tail.split("，")[:2])  # the clause right after a condition

    scores, words = {}, {}
    segment = _segment(action, source)
    # An anchored pattern (^有: what a party must have) is read in the action of a duty only.
    hits = _abroad(_hits(_blank(orgs[1], action), whole=modality in lx["modality"]["anchored"]), segment)
    _score(hits, 1.0, scores, words)
    own = dict(scores)  # the action's own evidence
    strongest = max(own.values(), default=0.0)
    fragment = strongest < weights["fragment_below"]
    around = _abroad(_hits(_blank(orgs[0], head)) + _hits(_blank(orgs[0], tail)), segment)
    if condition:  # 除为了公共利益的需要外，城市人民政府不得决定拆除: the clause after it is the provision
        around = _hits(_blank(orgs[0], then))
    elif kind == "unspecified" and raw != head:
        # No actor was found: the subject before the modal verb is a thing, often the
        # instrument itself (政府性引导基金应当加大…支持力度, 专项规划应当…衔接).
        around += _hits(_blank(orgs[0], raw[:len(raw) - len(head)]))
    duty = kind == "private" and modality in lx["modality"]["private_duty"]
    if not fragment or not _spread(around, lx["spread"]):
        # A fragment is read in its clause, but a private duty is the means itself (rule 4).
        factor = weights["fragment" if fragment and not duty else "context"]
        _score(around, factor, scores, words, weights["context_cap"])
    for name, w in lx["actors"]["prior"].get(actor_type(actor) if actor else "", {}).items():
        scores[name] = scores.get(name, 0.0) + w

    # 1. Liability (rule 5): officials' liability is none, a private party's penalty is regulation.
    if modality == "liability":
        official = actor_type(actor) in lx["actors"]["official"] if actor else False
        in_action = [p for p, rx in none["liability"]["patterns"] + none["liability"]["strict"] if rx.search(action)]
        said = in_action or [p for p, rx in none["liability"]["patterns"] if rx.search(source)]
        # 企业、科研机构…及其工作人员: staff named beside a private or intermediary party are its own.
        party = kind == "private" or actor_type(actor) in lx["actors"]["intermediary"]
        if official or in_action or (said and not party):
            return _make("none", said or ["违反…的责任"], "liability")
        return _make("regulation", words.get("regulation", []) or ["违反…的责任"], "penalty")

    # 2. No instrument: principle, competence, procedure (unless an instrument is strong in the action).
    for reason, rule in none.items():
        if reason == "liability":
            continue
        said = [p for p, rx in rule["strict"] if rx.search(action)]
        if actor and actor_type(actor) in rule["actors"]:
            said.append(actor_type(actor))  # a legislature's supervision is none whatever it names
        # X负责A，B: what follows 负责 is a list of competences; one ending 工作/职责 is none whatever it names.
        led = [w for w in rule["lead"] if modal == w]
        if led and action.endswith(rule["lead_end"]):
            said += led
        if condition:  # what a condition names is its topic, not a means
            said += [p for p, rx in rule["patterns"] if rx.search(action + then)]
        if strongest >= rule["override"] and not said:
            continue
        said += led
        said += [p for p, rx in rule["patterns"] if rx.search(action)]
        said += [w for w in rule["before"] if w in raw[-16:]]
        if action in rule["bare"]:
            said.append(action)
        if said:
            return _make("none", dict.fromkeys(said), reason)

    # 3. Actor and modality: a prohibition constrains conduct; a private duty is regulation (rule 4).
    if modality == "prohibition":
        return _make("regulation", words.get("regulation", []) or ["不得"], "prohibition")
    rule = "means"
    if re.match("(?:国家|本市|本省)?(?:鼓励|支持|引导)", action) and modality in ("commitment", "obligation"):
        modality = "encouragement"  # 本市鼓励… / 应当鼓励…: coded as an encouragement (rule 3)
    if kind == "private" and modality in lx["modality"]["private_duty"]:
        bonus = lx["modality"]["private_duty"][modality]
        if bonus > strongest:
            rule = "private-duty"
        scores["regulation"] = scores.get("regulation", 0.0) + bonus

    ranked = sorted(scores, key=lambda n: (-scores[n], _order(n)))
    needed = weights["fragment_minimum" if fragment and not duty else "minimum"]
    if ranked and any(n == ranked[0] and w >= weights["minimum"] for n, _, w in hits):
        needed = weights["minimum"]  # a word of the action names its object (形成…机制), not topic words
    if not ranked or scores[ranked[0]] < needed:
        fallback = lx["modality"]["fallback"].get(kind, {}).get(modality)
        if fallback == "goal-planning":
            # A general statement is coded by the class of what it acts on (完善…制度, 完善…体系).
            fallback = next((n for n, objs in lx["modality"]["objects"].items()
                             if any(o in action for o in objs)), fallback)
        return _make(fallback, [], "fallback") if fallback else None
    best = ranked[0]
    second = None
    base = own if not fragment else scores
    for n in ranked[1:]:
        if base.get(n, 0.0) >= weights["secondary"] and scores[n] >= weights["secondary_ratio"] * scores[best]:
            second = n
            break
    evidence = words.get(best, [])
    if rule == "private-duty" and best == "regulation":
        evidence = evidence or ["private duty"]
    return _make(best, evidence, rule if best == "regulation" else "means", second)


@lru_cache(maxsize=None)
def _orders():
    return {n: k for k, n in enumerate(_lex()[1])}


def _order(name):
    return _orders()[name]

"""Policy-instrument coding (Rothwell & Zegveld): supply-, environment- or demand-side.

Each provision is coded from the keywords of its action text
(``lexicon/instruments.yaml``) with the one instrument whose keywords occur most
often; the matched keywords are kept as evidence.  The coding is an extraction
layer (the graph writer reads it); :mod:`policykg.analysis.instruments` adds the
scheme's labels for tables and reports.

>>> code("设立智能制造专项资金，对智能化改造项目给予补贴")
Coding(instrument='funding', side='supply', words=('专项资金', '补贴'))
>>> code("组织编制智能制造发展规划").side
'environment'
>>> code("做好相关工作") is None
True
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import lexicon

__all__ = ["Coding", "code"]


@dataclass(frozen=True)
class Coding:
    instrument: str  # notation in the instrument scheme: funding, goal-planning…
    side: str  # supply, environment or demand
    words: tuple  # the keywords that matched, in order of first occurrence


@lru_cache(maxsize=None)
def _keywords():
    """(regex of every keyword, longest first; keyword -> (side, instrument); instrument order)."""
    owner, order = {}, []
    for side, instruments in lexicon.load("instruments").items():
        for name, words in instruments.items():
            order.append(name)
            for w in words:
                w = str(w)
                if w in owner:
                    raise ValueError(f"instruments.yaml: keyword {w!r} is listed under both "
                                     f"{owner[w][1]} and {name}")
                owner[w] = (side, name)
    pattern = re.compile("|".join(re.escape(w) for w in sorted(owner, key=lambda w: (-len(w), w))))
    return pattern, owner, tuple(order)


def code(text):
    """The :class:`Coding` of ``text``, or None when no instrument keyword occurs."""
    pattern, owner, order = _keywords()
    hits = {}  # instrument -> [count, first position, words]
    for m in pattern.finditer(text):
        side, name = owner[m.group()]
        h = hits.setdefault(name, [0, m.start(), [], side])
        h[0] += 1
        if m.group() not in h[2]:
            h[2].append(m.group())
    if not hits:
        return None
    name = min(hits, key=lambda n: (-hits[n][0], hits[n][1], order.index(n)))
    return Coding(name, hits[name][3], tuple(hits[name][2]))

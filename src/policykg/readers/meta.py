"""Document metadata: dates and issuing body from the history line, level and
jurisdiction from drafting conventions (title, issuer) and the gazetteer."""

import datetime as dt
import re
import unicodedata

from .. import lexicon

__all__ = ["parse_history", "issuer_from_events", "classify", "effective_from_text", "iso"]

_DATE = re.compile(r"([0-9]{4})\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日")
_VERB = re.compile(r"(通过|批准|修正|修订|公布|发布|施行)")
EVENT_FIELD = {"通过": "adopted", "批准": "approved", "修正": "amended", "修订": "amended",
               "公布": "promulgated", "发布": "promulgated", "施行": "effective"}


def iso(y, m, d):
    try:
        return dt.date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


def parse_history(text):
    """Split a history line into ``(iso-date, verb, body)`` events.

    >>> parse_history("（2025年6月30日常州市第十七届人民代表大会常务委员会第二十五次会议通过）")
    [('2025-06-30', '通过', '常州市第十七届人民代表大会常务委员会第二十五次会议')]
    """
    text = unicodedata.normalize("NFKC", text)
    marks = list(_DATE.finditer(text))
    events = []
    for i, m in enumerate(marks):
        seg = text[m.end(): marks[i + 1].start() if i + 1 < len(marks) else len(text)]
        verbs = list(_VERB.finditer(seg))
        if not verbs:
            continue
        # the event's own verb ends its clause; 根据…决定修正 keeps the last verb
        v = verbs[-1]
        body = seg[: v.start()].strip(" 　（()）根据")
        date = iso(*m.groups())
        if date:
            events.append((date, v.group(1), body))
    return events


def issuer_from_events(events):
    """The body that adopted the text.

    >>> issuer_from_events([("2021-11-25", "通过", "上海市第十五届人民代表大会常务委员会第三十七次会议")])
    '上海市人民代表大会常务委员会'
    """
    for verb_set in (("通过",), ("公布", "发布")):
        for _, verb, body in events:
            if verb not in verb_set or not body:
                continue
            s = re.sub(r"《.*?》.*$", "", body).replace("人大常委会", "人民代表大会常务委员会")
            s = re.sub(r"第?[一二三四五六七八九十]{1,4}届", "", s)
            s = re.sub(r"(第[^届次]{1,6}次)?(常务)?会议.*$|公告.*$|令.*$|审议$|审$", "", s).strip()
            if s.startswith("国务院"):
                return "国务院"
            if s and not s.startswith(("市", "省", "县", "区")):  # 市十四届人大常委会: name left out
                return s
    return None


def effective_from_text(text):
    """The date in 本条例自2025年10月1日起施行, if the text gives one."""
    m = re.search(r"自\s*([0-9]{4})\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日\s*起施行",
                  unicodedata.normalize("NFKC", text))
    return iso(*m.groups()) if m else None


def _place(text):
    """(province, city) named in ``text``, from the gazetteer."""
    gaz = lexicon.load("gazetteer")
    for prov, cities in gaz.items():
        for city in cities or ():
            if city in text or city.removesuffix("市") + "经济特区" in text:
                return prov, city
    for prov in gaz:
        short = re.sub(r"(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$", "", prov)
        if prov in text or f"（{short}）" in text:
            return prov, None
    return None, None


def classify(title, issuer):
    """Return ``(level, jurisdiction)`` by drafting convention.

    >>> classify("常州市促进智能制造发展条例", "常州市人民代表大会常务委员会")
    ('local-regulation', '江苏省常州市')
    >>> classify("优化营商环境条例", "国务院")
    ('administrative-regulation', '国家')
    """
    issuer = issuer or ""
    if issuer.startswith("国务院"):
        return "administrative-regulation", "国家"
    if "全国人民代表大会" in issuer or title.startswith("中华人民共和国"):
        return "national-law", "国家"
    prov, city = _place(title)
    if prov is None:
        prov, city = _place(issuer)
    if prov is None and not issuer and re.search(r"(条例|规定|办法)$", title):
        return "administrative-regulation", "国家"  # State Council texts carry no place name
    jur = None if prov is None else prov + (city or "") if prov != city else prov
    if "经济特区" in title:
        return "sez-regulation", jur
    if re.search(r"自治(县|州)", title):
        return "autonomous-regulation", jur
    return "local-regulation", jur

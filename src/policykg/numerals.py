"""Chinese numerals and article labels.

>>> cn_to_int("一百零二")
102
>>> parse_article_label("第十条之一")
(10, 1)
"""

import re

__all__ = ["cn_to_int", "int_to_cn", "parse_article_label", "ARTICLE_LABEL"]

_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
           "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000}
NUMERAL = "[零〇○一二三四五六七八九十百千万两0-9０-９]+"
ARTICLE_LABEL = re.compile(rf"第({NUMERAL})条(?:之({NUMERAL}))?")


def cn_to_int(s):
    """Convert a Chinese (or Arabic, half- or full-width) numeral to an int.

    >>> [cn_to_int(x) for x in ("十", "十一", "二十", "一千零五", "１２", "三〇")]
    [10, 11, 20, 1005, 12, 30]
    """
    if not s:
        raise ValueError("empty numeral")
    s = s.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if s.isdigit():
        return int(s)
    if all(c in _DIGITS for c in s):  # positional form: 二〇二五, 三〇
        return int("".join(str(_DIGITS[c]) for c in s))
    total, section, digit = 0, 0, None
    for c in s:
        if c in _DIGITS:
            digit = _DIGITS[c]
        elif c in _UNITS:
            unit = _UNITS[c]
            if unit == 10000:
                total += (section + (digit or 0)) * unit
                section = 0
            else:
                section += (1 if digit is None else digit) * unit
            digit = None
        else:
            raise ValueError(f"not a Chinese numeral: {s!r}")
    return total + section + (digit or 0)


def parse_article_label(label):
    """Return ``(number, suffix)`` for an article label; suffix is 0 unless 之N.

    >>> parse_article_label("第一百零二条")
    (102, 0)
    """
    m = ARTICLE_LABEL.fullmatch(label)
    if not m:
        raise ValueError(f"not an article label: {label!r}")
    return cn_to_int(m.group(1)), cn_to_int(m.group(2)) if m.group(2) else 0


def int_to_cn(n):
    """Chinese numeral for 0 < n < 10000, as used in article labels.

    >>> [int_to_cn(x) for x in (1, 10, 12, 20, 102, 110, 1005)]
    ['一', '十', '十二', '二十', '一百零二', '一百一十', '一千零五']
    """
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n % 10] if n % 10 else "")
    out, zero = "", False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // value % 10
        if d:
            out += ("零" if zero and out else "") + digits[d] + unit
            zero = False
        elif out:
            zero = True
    return out

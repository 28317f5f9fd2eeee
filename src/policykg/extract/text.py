"""Bracket- and quote-aware splitting of Chinese legal text into spans.

Every function returns ``(start, end)`` offsets into the string it was given,
so callers can map pieces back to document spans.

>>> s = "市人民政府应当加强领导（含指导、监督），建立机制；推动发展。"
>>> [s[a:b] for a, b in split_spans(s, "。")]
['市人民政府应当加强领导（含指导、监督），建立机制；推动发展']
>>> [s[a:b] for a, b in split_spans(s, "，；")]
['市人民政府应当加强领导（含指导、监督）', '建立机制', '推动发展。']
"""

__all__ = ["split_spans", "strip_span", "depth_map"]

OPEN, CLOSE = "（(“‘《「『【", "）)”’》」』】"


def depth_map(s):
    """Nesting depth of brackets and quotes at each character."""
    depth, out = 0, []
    for c in s:
        if c in OPEN:
            out.append(depth)
            depth += 1
        elif c in CLOSE:
            depth = max(0, depth - 1)
            out.append(depth)
        else:
            out.append(depth)
    return out


def split_spans(s, seps, start=0, end=None):
    """Split ``s[start:end]`` at top-level separator characters (dropped), keeping
    non-empty pieces; trailing 。/； stays on the last piece only if not a separator."""
    end = len(s) if end is None else end
    depth = 0
    out, piece = [], start
    for i in range(start, end):
        c = s[i]
        if c in OPEN:
            depth += 1
        elif c in CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and c in seps:
            if i > piece:
                out.append((piece, i))
            piece = i + 1
    if end > piece:
        out.append((piece, end))
    return [(a, b) for a, b in (strip_span(s, a, b) for a, b in out) if b > a]


def strip_span(s, a, b, chars=" \u3000\n"):
    while a < b and s[a] in chars:
        a += 1
    while b > a and s[b - 1] in chars:
        b -= 1
    return a, b

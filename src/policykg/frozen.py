"""Files of the build cache and of spilled blocks: data only, checksummed, never code.

A cache folder may be writable by others, and a file in it may be cut short
or garbled; so nothing here is pickled.  A value is written as JSON with a few
tags (tuples, sets, counters, bytes, networkx graphs and the dataclasses a
reader names), after one header line holding a CRC-32 of the rest and its
length.  Blocks (:mod:`policykg.rdf.nquads`) are framed bytes under the same
header.  Any mismatch raises :class:`Damaged`: to the cache, a miss.

>>> from collections import Counter
>>> value = {"n": 1, "pair": ("甲", "乙"), "seen": {3}, "count": Counter({("a", "b"): 2}), "raw": b"x"}
>>> loads(dumps(value)) == value
True
>>> loads(dumps(value)[:-1])
Traceback (most recent call last):
...
policykg.frozen.Damaged: the file is cut short or has extra bytes
>>> loads_blocks(b"".join(dumps_blocks([("s", b"<s> <p> <o> .\\n")])))
[('s', b'<s> <p> <o> .\\n')]
"""

import base64
import dataclasses
import json
import os
import zlib
from collections import Counter

__all__ = ["Damaged", "dumps", "loads", "dumps_blocks", "loads_blocks", "check_blocks", "write", "read"]

_ENTRY, _BLOCKS = b"policykg-entry-1", b"policykg-blocks-1"


class Damaged(ValueError):
    """A file that is not what this module wrote: cut short, garbled, or of another format."""


def _digest(parts):
    # CRC-32: it catches a file cut short or garbled, at memory speed; no checksum could stop a
    # writer who means harm, which is why nothing read here can run code
    crc = 0
    for p in parts:
        crc = zlib.crc32(p, crc)
    return b"%08x" % crc


def _frame(kind, parts):
    """The header line, then ``parts`` (a list of bytes, never joined: a blocks file is large)."""
    return [b"%s %s %d\n" % (kind, _digest(parts), sum(map(len, parts))), *parts]


def _unframe(kind, data):
    head, sep, payload = bytes(data[:128]).partition(b"\n")
    parts = head.split(b" ")
    if not sep or len(parts) != 3 or parts[0] != kind or not parts[2].isdigit():
        raise Damaged(f"not a {kind.decode()} file")
    payload = memoryview(data)[len(head) + 1:]
    if len(payload) != int(parts[2]):
        raise Damaged("the file is cut short or has extra bytes")
    if _digest([payload]) != parts[1]:
        raise Damaged("the checksum does not match: the file was changed or garbled")
    return payload


def _enc(v):
    if v is None or isinstance(v, (bool, int, float, str)):
        return v
    if isinstance(v, list):
        return [_enc(x) for x in v]
    if isinstance(v, tuple):
        return {"$t": [_enc(x) for x in v]}
    if isinstance(v, (set, frozenset)):
        return {"$s": [_enc(x) for x in v]}
    if isinstance(v, Counter):
        return {"$c": [[_enc(k), n] for k, n in v.items()]}
    if isinstance(v, dict):
        if all(isinstance(k, str) and not k.startswith("$") for k in v):
            return {k: _enc(x) for k, x in v.items()}
        return {"$d": [[_enc(k), _enc(x)] for k, x in v.items()]}
    if isinstance(v, bytes):
        try:
            return {"$u": v.decode("utf-8")}
        except UnicodeDecodeError:
            return {"$b": base64.b64encode(v).decode("ascii")}
    if dataclasses.is_dataclass(v):
        return {"$o": type(v).__name__, "f": {f.name: _enc(getattr(v, f.name)) for f in dataclasses.fields(v)}}
    if hasattr(v, "adj") and hasattr(v, "graph"):  # a networkx graph
        edges = v.edges(keys=True, data=True) if v.is_multigraph() else v.edges(data=True)
        return {"$g": type(v).__name__, "graph": _enc(v.graph), "nodes": [[_enc(n), _enc(d)] for n, d in v.nodes(data=True)],
                "edges": [[_enc(x) for x in e[:-1]] + [_enc(e[-1])] for e in edges]}
    raise TypeError(f"cannot store a {type(v).__name__} in a cache file")


def _graph(name, value):
    import networkx as nx

    kinds = {"Graph": nx.Graph, "DiGraph": nx.DiGraph, "MultiGraph": nx.MultiGraph, "MultiDiGraph": nx.MultiDiGraph}
    if name not in kinds:
        raise Damaged(f"unknown graph type {name!r}")
    G = kinds[name]()
    G.graph.update(_dec(value["graph"], {}))
    G.add_nodes_from((_dec(n, {}), _dec(d, {})) for n, d in value["nodes"])
    for *ends, d in value["edges"]:
        G.add_edge(*(_dec(x, {}) for x in ends), **_dec(d, {}))
    return G


def _dec(v, types):
    if isinstance(v, list):
        return [_dec(x, types) for x in v]
    if not isinstance(v, dict):
        return v
    if not v or not next(iter(v)).startswith("$"):
        return {k: _dec(x, types) for k, x in v.items()}
    tag = next(iter(v))
    if tag == "$t":
        return tuple(_dec(x, types) for x in v[tag])
    if tag == "$s":
        return {_dec(x, types) for x in v[tag]}
    if tag == "$c":
        return Counter({_dec(k, types): n for k, n in v[tag]})
    if tag == "$d":
        return {_dec(k, types): _dec(x, types) for k, x in v[tag]}
    if tag == "$u":
        return v[tag].encode("utf-8")
    if tag == "$b":
        return base64.b64decode(v[tag])
    if tag == "$o":
        cls = types.get(v[tag])
        if cls is None:  # only the classes the reader names are made, and only from their fields
            raise Damaged(f"unexpected object type {v[tag]!r}")
        return cls(**{k: _dec(x, types) for k, x in v["f"].items()})
    if tag == "$g":
        return _graph(v[tag], v)
    raise Damaged(f"unknown tag {tag!r}")


def dumps(value):
    """The bytes of a cache file holding ``value``."""
    return b"".join(_frame(_ENTRY, [json.dumps(_enc(value), ensure_ascii=False, separators=(",", ":")).encode("utf-8")]))


def loads(data, types=()):
    """The value of a cache file; ``types``: the dataclasses it may hold.  Raises :class:`Damaged`."""
    payload = _unframe(_ENTRY, data)
    try:
        return _dec(json.loads(bytes(payload).decode("utf-8")), {t.__name__: t for t in types})
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as e:
        if isinstance(e, Damaged):
            raise
        raise Damaged(f"not a readable cache file ({type(e).__name__})") from None


def dumps_blocks(blocks):
    """The bytes of a blocks file, as a list of parts: the subjects and sizes as JSON, then the blocks' bytes,
    under a checksummed header."""
    index = json.dumps([[s, len(c)] for s, c in blocks], ensure_ascii=False).encode("utf-8")
    return _frame(_BLOCKS, [b"%d\n" % len(index), index, *(c for _, c in blocks)])


def check_blocks(data):
    """Raise :class:`Damaged` unless ``data`` is a whole, unchanged blocks file."""
    _unframe(_BLOCKS, data)


def loads_blocks(data):
    """``[(subject, bytes)]`` of a blocks file.  Raises :class:`Damaged`."""
    payload = _unframe(_BLOCKS, data)
    try:
        head = bytes(payload[:24]).split(b"\n", 1)[0]
        start = len(head) + 1 + int(head)
        index = json.loads(bytes(payload[len(head) + 1:start]).decode("utf-8"))
        out, i = [], start
        for s, n in index:
            out.append((s, bytes(payload[i:i + n])))
            i += n
    except (ValueError, TypeError) as e:
        if isinstance(e, Damaged):
            raise
        raise Damaged("not a readable blocks file") from None
    if i != len(payload):
        raise Damaged("not a readable blocks file")
    return out


def write(path, data):
    """Write ``data`` (bytes, or a list of them) to ``path`` whole or not at all (a temporary named for
    this process, then a rename)."""
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        with open(tmp, "wb") as fh:
            fh.writelines([data] if isinstance(data, bytes) else data)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def read(path):
    with open(path, "rb") as fh:
        return fh.read()

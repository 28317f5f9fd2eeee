"""The incremental build cache: one entry per input file, never stale.

An entry is keyed by the file's name and bytes, the IRI base and a
:func:`fingerprint` of the code that made it (the policykg version, a hash of
every source and lexicon file in the package, and the versions of the
libraries that shape the triples), so editing one regulation rebuilds one
document and editing a rule or a lexicon rebuilds them all.

The cache lives in ``$POLICYKG_CACHE``, else ``$XDG_CACHE_HOME/policykg``,
else ``~/.cache/policykg``; one folder per fingerprint, the few most recently
used are kept.  Entries are data, never code (:mod:`policykg.frozen`), and
carry a checksum: a damaged or foreign entry is a miss, and is rebuilt.

>>> import tempfile
>>> tmp = Path(tempfile.mkdtemp())
>>> c = Cache(tmp / "cache")
>>> f = tmp / "a.txt"
>>> _ = f.write_text("第一条　内容。")
>>> key = c.key(f, "https://example.org/")
>>> c.get(key) is None
True
>>> c.put(key, {"triples": 3})
>>> c.get(key)
{'triples': 3}
>>> _ = (c.dir / f"{key}.entry").write_bytes(b"garbled")
>>> c.get(key) is None
True
>>> _ = f.write_text("第一条　新内容。")
>>> c.get(c.key(f, "https://example.org/")) is None
True
"""

import hashlib
import os
import re
import shutil
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from . import __version__, frozen
from .lifetime import remove_stale

__all__ = ["Cache", "fingerprint", "default_dir"]

_CODE = {".py", ".yaml", ".yml", ".json", ".tsv", ".txt", ".ttl", ".rq"}
_LIBRARIES = ("rdflib", "pypinyin", "python-docx", "PyYAML")
KEEP = 4  # fingerprint folders kept
_SUFFIXES = (".entry", ".blocks", ".tmp", ".pickle")  # .pickle: the entries of older versions


@lru_cache(maxsize=None)
def fingerprint():
    """Hex digest of everything besides the input that a document's triples depend on."""
    h = hashlib.blake2b(digest_size=12)
    h.update(f"policykg {__version__}\n".encode())
    for lib in _LIBRARIES:
        try:
            h.update(f"{lib} {metadata.version(lib)}\n".encode())
        except metadata.PackageNotFoundError:
            pass
    root = Path(__file__).resolve().parent
    # the ontology (shapes, schemes) is a symlink in a checkout, which rglob does not follow
    onto = (root / "ontology").resolve()
    files = [(f.relative_to(root).as_posix(), f) for f in root.rglob("*")]
    files += [("ontology/" + f.relative_to(onto).as_posix(), f) for f in onto.rglob("*")]
    for name, f in sorted(dict(files).items()):
        if f.suffix in _CODE and "__pycache__" not in f.parts and f.is_file():
            h.update(name.encode() + b"\0")
            h.update(f.read_bytes() + b"\0")
    return h.hexdigest()


def default_dir():
    env = os.environ.get("POLICYKG_CACHE")
    if env:
        return Path(env)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "policykg"


class Cache:
    """Per-file results under ``root/<fingerprint>/``: ``<key>.entry`` (and ``<key>.blocks``, see
    :mod:`policykg.pipeline`)."""

    def __init__(self, root=None):
        self.root = Path(root) if root is not None else default_dir()
        self.dir = self.root / fingerprint()

    def key(self, path, base, extra=""):
        """The entry key of ``path`` read under the IRI ``base`` (and ``extra``, e.g. a curation's digest):
        a hash of its name and bytes."""
        h = hashlib.blake2b(Path(path).read_bytes(), digest_size=20)
        h.update(f"\0{Path(path).name}\0{base}\0{extra}".encode("utf-8"))
        return h.hexdigest()

    def get(self, key, types=()):
        """The value stored under ``key``, or None; ``types``: the dataclasses it may hold."""
        try:
            return frozen.loads(frozen.read(self.dir / f"{key}.entry"), types)
        except (OSError, frozen.Damaged):  # a missing, damaged or foreign entry is a miss, never a crash
            return None

    def put(self, key, value):
        """Store ``value``; concurrent writers are safe (write, then rename)."""
        self.dir.mkdir(parents=True, exist_ok=True)
        frozen.write(self.dir / f"{key}.entry", frozen.dumps(value))

    def clean(self):
        """Remove the temporaries of processes that are gone (see :func:`policykg.frozen.write`)."""
        remove_stale(self.dir, "*.tmp", r"\.(\d+)\.tmp$")

    def prune(self, keep=KEEP):
        """Remove the folders of all but the ``keep`` most recently used fingerprints.

        Only folders that are cache folders (a fingerprint name, nothing but
        entries) are touched: ``--cache ~`` must never delete a user's files.  The
        temporaries of killed runs are removed from the current folder.
        """
        def ours(d):
            return re.fullmatch(r"[0-9a-f]{24}", d.name) and all(f.suffix in _SUFFIXES for f in d.iterdir())

        self.clean()

        try:
            folders = sorted((d for d in self.root.iterdir() if d.is_dir() and ours(d)), key=lambda d: d.stat().st_mtime)
        except OSError:
            return
        for d in folders[:-keep]:
            if d != self.dir:
                shutil.rmtree(d, ignore_errors=True)

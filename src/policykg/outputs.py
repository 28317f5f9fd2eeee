"""Write a set of output files all-or-nothing, one run at a time.

Every file is first written into a hidden temporary folder inside the output
folder, then moved into place with :func:`os.replace`; a failure before that
point leaves the previous outputs exactly as they were.  The list of moves is
written down before the first one, so a run killed half-way through them
(even by SIGKILL) is finished by the next run that writes there
(:func:`recover`), which also removes what killed runs left.  The output
folder is locked meanwhile (:func:`policykg.lifetime.locked`).

>>> import tempfile, pathlib
>>> out = pathlib.Path(tempfile.mkdtemp())
>>> [p.name for p in write_atomically(out, {"a.txt": "甲", "b.txt": b"x"})]
['a.txt', 'b.txt']
>>> (out / "a.txt").read_text(encoding="utf-8"), sorted(p.name for p in out.iterdir())
('甲', ['a.txt', 'b.txt'])
"""

import json
import os
import shutil
import tempfile
from pathlib import Path

from .lifetime import deferred_signals, locked

__all__ = ["write_atomically", "recover"]

_PLAN = ".moves"  # in the temporary folder: the files to move, written before the first move


def _move(tmp, out, names):
    for name in names:
        src = tmp / name
        if src.exists():
            (out / name).parent.mkdir(parents=True, exist_ok=True)
            os.replace(src, out / name)


def recover(out_dir):
    """Finish the moves of a run killed while making them, and remove the temporaries of killed runs.

    Call it holding the lock on ``out_dir``: any temporary folder there is then a dead run's.
    """
    for tmp in sorted(Path(out_dir).glob(".tmp-*")):
        if not tmp.is_dir() or tmp.is_symlink():
            continue
        try:
            names = json.loads((tmp / _PLAN).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            names = []  # killed before its first move: the previous outputs stand
        if isinstance(names, list) and all(isinstance(n, str) and ".." not in Path(n).parts for n in names):
            _move(tmp, Path(out_dir), names)
        shutil.rmtree(tmp, ignore_errors=True)


def write_atomically(out_dir, files):
    """Write ``{relative name: str, bytes or an iterable of them}`` into ``out_dir``; return the paths written.

    An iterable is written chunk by chunk as it is produced, so a large output never sits in memory whole.
    """
    out = Path(out_dir)
    with locked(out):
        recover(out)
        tmp = Path(tempfile.mkdtemp(prefix=f".tmp-{os.getpid()}-", dir=out))
        names = []
        try:
            for name, content in sorted(files.items()):
                target = tmp / name
                target.parent.mkdir(parents=True, exist_ok=True)
                chunks = [content] if isinstance(content, (str, bytes)) else content
                with open(target, "wb") as fh:
                    for chunk in chunks:
                        fh.write(chunk.encode("utf-8") if isinstance(chunk, str) else chunk)
                    fh.flush()
                    os.fsync(fh.fileno())
                names.append(name)
            with open(tmp / _PLAN, "w", encoding="utf-8") as fh:  # from here on, the new outputs win
                json.dump(names, fh, ensure_ascii=False)
                fh.flush()
                os.fsync(fh.fileno())
            _move(tmp, out, names)
            return [out / name for name in names]
        finally:
            with deferred_signals():
                if (tmp / _PLAN).exists():
                    _move(tmp, out, names)  # interrupted (SIGTERM, Ctrl-C) among the moves: finish them
                shutil.rmtree(tmp, ignore_errors=True)

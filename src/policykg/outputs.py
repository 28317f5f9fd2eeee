"""Write a set of output files all-or-nothing.

Every file is first written into a hidden temporary folder inside the output
folder, then moved into place with :func:`os.replace`; a failure before that
point leaves the previous outputs exactly as they were.

>>> import tempfile, pathlib
>>> out = pathlib.Path(tempfile.mkdtemp())
>>> [p.name for p in write_atomically(out, {"a.txt": "甲", "b.txt": b"x"})]
['a.txt', 'b.txt']
>>> (out / "a.txt").read_text(encoding="utf-8"), sorted(p.name for p in out.iterdir())
('甲', ['a.txt', 'b.txt'])
"""

import os
import shutil
import tempfile
from pathlib import Path

__all__ = ["write_atomically"]


def write_atomically(out_dir, files):
    """Write ``{relative name: str, bytes or an iterable of them}`` into ``out_dir``; return the paths written.

    An iterable is written chunk by chunk as it is produced, so a large output never sits in memory whole.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=out))
    try:
        staged = []
        for name, content in sorted(files.items()):
            target = tmp / name
            target.parent.mkdir(parents=True, exist_ok=True)
            chunks = [content] if isinstance(content, (str, bytes)) else content
            with open(target, "wb") as fh:
                for chunk in chunks:
                    fh.write(chunk.encode("utf-8") if isinstance(chunk, str) else chunk)
                fh.flush()
                os.fsync(fh.fileno())
            staged.append((target, out / name))
        for src, dst in staged:
            dst.parent.mkdir(parents=True, exist_ok=True)
            os.replace(src, dst)
        return [dst for _, dst in staged]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

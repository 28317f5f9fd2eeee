"""Write a set of output files all-or-nothing.

Every file is first written into a hidden temporary folder inside the output
folder, then moved into place with :func:`os.replace`; a failure before that
point leaves the previous outputs exactly as they were.
"""

import os
import shutil
import tempfile
from pathlib import Path

__all__ = ["write_atomically"]


def write_atomically(out_dir, files):
    """Write ``{relative name: str or bytes}`` into ``out_dir``; return the paths written."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=out))
    try:
        staged = []
        for name, content in sorted(files.items()):
            target = tmp / name
            target.parent.mkdir(parents=True, exist_ok=True)
            data = content.encode("utf-8") if isinstance(content, str) else content
            with open(target, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            staged.append((target, out / name))
        for src, dst in staged:
            dst.parent.mkdir(parents=True, exist_ok=True)
            os.replace(src, dst)
        return [dst for _, dst in staged]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

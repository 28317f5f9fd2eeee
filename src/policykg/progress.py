"""A progress bar on a terminal, silence in a pipe.

>>> with progress(3, "building", enabled=False) as bar:
...     bar.update()
"""

import sys

__all__ = ["progress"]


class _Quiet:
    def update(self, n=1):
        pass

    def set_postfix_str(self, s):
        pass

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def progress(total, desc, enabled=None, file=None):
    """A tqdm bar of ``total`` documents on ``file`` (stderr) when it is a terminal.

    ``enabled`` forces it on or off.  The bar disappears when done, so only the
    summary stays on screen.
    """
    file = file or sys.stderr
    if enabled is None:
        enabled = hasattr(file, "isatty") and file.isatty()
    if not enabled:
        return _Quiet()
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="doc", file=file, leave=False, dynamic_ncols=True)

"""A progress bar on a terminal, silence in a pipe.

>>> with progress(3, "building", enabled=False) as bar:
...     bar.update()
"""

import os
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

    try:  # a terminal that reports no size (a bare pty) would get no bar at all
        size = os.get_terminal_size(file.fileno())
        cols, rows = size.columns or 80, size.lines or 24
    except (OSError, ValueError, AttributeError):
        cols, rows = 80, 24
    tqdm.monitor_interval = 0  # no monitor thread: worker processes are forked while the bar is up
    return tqdm(total=total, desc=desc, unit="doc", file=file, leave=False, ncols=cols, nrows=rows)

"""How a run ends cleanly however it ends: signals, temporaries, forked children and the lock on --out.

- SIGTERM (and SIGHUP) raise :class:`SystemExit` in the main process while
  :func:`signals_end_run` is in force, as SIGINT raises KeyboardInterrupt, so
  every ``finally`` runs and removes what the run made;
- every temporary carries the id of the process that made it, and a later run
  removes those of processes that are gone (a run killed by SIGKILL cannot
  clean up after itself): :func:`remove_stale`;
- forked workers and writers call :func:`die_with_parent`;
- :func:`locked` lets one run at a time write into an output folder: a second
  one fails at once with a one-line error rather than waiting, so that a
  forgotten build never blocks a script.

>>> import tempfile
>>> d = Path(tempfile.mkdtemp())
>>> with locked(d):
...     with locked(d):  # the same process may nest
...         pass
>>> sorted(p.name for p in d.iterdir())  # the lock file goes with the lock
[]
"""

import contextlib
import os
import re
import shutil
import signal
import sys
import threading
from pathlib import Path

from .errors import PolicyKGError

__all__ = ["alive", "remove_stale", "die_with_parent", "signals_end_run", "deferred_signals", "locked", "LOCK",
           "Busy"]

LOCK = ".policykg.lock"


class Busy(PolicyKGError):
    """Another run is writing into the same output folder."""


def alive(pid):
    """Whether process ``pid`` exists (a zombie counts as gone)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return fh.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except (OSError, IndexError):
        return True


def remove_stale(folder, pattern, pid):
    """Remove what matches ``pattern`` in ``folder`` whose maker is gone: ``pid`` is a regular
    expression whose first group finds the maker's process id in the name."""
    try:
        found = list(Path(folder).glob(pattern))
    except OSError:
        return
    for p in found:
        m = re.search(pid, p.name)
        if m is None or int(m.group(1)) == os.getpid() or alive(int(m.group(1))):
            continue
        if p.is_dir() and not p.is_symlink():
            shutil.rmtree(p, ignore_errors=True)
        else:
            try:
                p.unlink()
            except OSError:
                pass


def die_with_parent():
    """In a forked child: end this process when its parent dies, even by SIGKILL.

    On Linux the kernel sends SIGKILL (``prctl(PR_SET_PDEATHSIG)``); elsewhere a
    thread watches the parent's id.  SIGTERM ends it at once; SIGINT is left to the parent.
    """
    parent = os.getppid()
    # The default action, not a Python handler: one cannot interrupt a lock the child waits on if the
    # signal comes just before the wait.  Blocked meanwhile, so that none is lost in the swap: one that
    # came before runs the parent's handler (which ends a child at once) when the swap is called.
    ends = {getattr(signal, n) for n in ("SIGTERM", "SIGHUP") if hasattr(signal, n)}
    mask = getattr(signal, "pthread_sigmask", lambda how, sigs: None)  # not on Windows, which spawns anyway
    mask(signal.SIG_BLOCK, ends)
    for sig in ends:
        signal.signal(sig, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and ends its children
    mask(signal.SIG_UNBLOCK, ends)
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # 1: PR_SET_PDEATHSIG
            if os.getppid() != parent:  # the parent died before the call
                os._exit(1)
            return
        except (OSError, AttributeError):
            pass

    def watch():
        import time

        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


_owner = None  # the process whose run signals_end_run ends


def _raise_exit(signum, frame):
    if os.getpid() != _owner:  # a forked child, before die_with_parent: its exceptions may be swallowed (in
        os._exit(128 + signum)  # threading's after-fork hooks), and a SIGTERM lost would leave it blocked
    raise SystemExit(128 + signum)


@contextlib.contextmanager
def signals_end_run():
    """While in force (in the main thread), SIGTERM and SIGHUP end the run by :class:`SystemExit`."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    global _owner
    _owner = os.getpid()
    names = [n for n in ("SIGTERM", "SIGHUP") if hasattr(signal, n)]
    old = {n: signal.signal(getattr(signal, n), _raise_exit) for n in names}
    try:
        yield
    finally:
        for n, h in old.items():
            signal.signal(getattr(signal, n), h)


@contextlib.contextmanager
def deferred_signals():
    """Hold SIGTERM, SIGHUP and SIGINT until the block ends (the first one that came is then raised).

    For the cleanup in a ``finally``: a second signal, or one that came while a native call
    ran, would otherwise interrupt the removal of a temporary half way and leave it behind.
    The handlers are swapped, not the signal mask: a process-directed signal may be delivered
    to any thread, but Python runs its handlers in the main thread.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    came = []
    sigs = [getattr(signal, n) for n in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, n)]
    old = {sig: signal.signal(sig, lambda signum, frame: came.append(signum)) for sig in sigs}
    try:
        yield
    finally:
        for sig, handler in old.items():
            signal.signal(sig, handler)
        if came:
            signal.raise_signal(came[0])


_held = {}  # resolved folder -> [file object, depth]


@contextlib.contextmanager
def locked(out):
    """Hold the lock on output folder ``out`` (made if missing; removed again if left empty).

    Raises :class:`Busy` if another process holds it, :class:`PolicyKGError` if ``out`` cannot be written.
    """
    out = Path(out)
    made = not out.exists()
    try:
        out.mkdir(parents=True, exist_ok=True)
        key = out.resolve()
    except OSError as e:
        raise PolicyKGError(f"{out}: cannot write the outputs here ({e.strerror or e})") from None
    if key in _held:  # this process holds it already (e.g. build → write_atomically)
        _held[key][1] += 1
        try:
            yield
        finally:
            _held[key][1] -= 1
        return
    fh = _acquire(out)
    _held[key] = [fh, 1]
    try:
        yield
    finally:
        del _held[key]
        try:
            os.unlink(out / LOCK)  # before the unlock: a run that opened it then re-checks the inode
        except OSError:
            pass
        fh.close()
        if made:
            try:
                out.rmdir()  # only if empty: a failed first build leaves no folder behind
            except OSError:
                pass


def _acquire(out):
    import fcntl

    path = out / LOCK
    while True:
        try:
            fh = open(path, "a+")
        except OSError as e:
            raise PolicyKGError(f"{out}: cannot write the outputs here ({e.strerror or e})") from None
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.seek(0)
            holder = fh.read().strip()
            fh.close()
            raise Busy(f"{out}: another policykg run{f' (process {holder})' if holder else ''} is writing "
                       "into this folder; wait for it to finish, or choose another --out") from None
        try:
            same = os.fstat(fh.fileno()).st_ino == os.stat(path).st_ino
        except FileNotFoundError:
            same = False
        if same:
            fh.seek(0)
            fh.truncate()
            fh.write(str(os.getpid()))
            fh.flush()
            return fh
        fh.close()  # the file was removed by the run that held it: lock the new one

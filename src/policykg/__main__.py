"""``python -m policykg`` and the ``policykg`` command.

The command's modules take a moment to load: Ctrl-C meanwhile ends it as Ctrl-C
later does (click's ``Aborted!``, exit status 1), not with a traceback.  Once the
command is over, a Ctrl-C during the interpreter's teardown ends the process at
once, as the default action does, rather than print a traceback from a finaliser.
"""

import signal
import sys


def run():
    try:
        from .cli import main
    except KeyboardInterrupt:
        print("Aborted!", file=sys.stderr)
        sys.exit(1)
    try:
        main(prog_name="policykg")
    finally:
        signal.signal(signal.SIGINT, signal.SIG_DFL)


if __name__ == "__main__":
    run()

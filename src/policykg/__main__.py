"""``python -m policykg`` and the ``policykg`` command.

The command's modules take a moment to load: Ctrl-C meanwhile ends it as Ctrl-C
later does (click's ``Aborted!``, exit status 1), not with a traceback.
"""

import sys


def run():
    try:
        from .cli import main
    except KeyboardInterrupt:
        print("Aborted!", file=sys.stderr)
        sys.exit(1)
    main(prog_name="policykg")


if __name__ == "__main__":
    run()

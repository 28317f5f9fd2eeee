"""The ``policykg`` command: one click group, one verb per job.

Each verb is a thin shell over one library function; library errors
(:class:`~policykg.errors.PolicyKGError`) become one-line messages and exit 1.
"""

import functools

import click

from .. import __version__
from ..errors import PolicyKGError

__all__ = ["main", "handle_errors"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="policykg")
def main():
    """Turn Chinese legislation into a knowledge graph of actors, duties and programmes."""


def handle_errors(fn):
    """Turn library errors, and the system's refusals (:class:`OSError`), into ``Error: <file>: <problem>``
    and exit status 1."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except PolicyKGError as e:
            raise click.ClickException(str(e)) from None
        except OSError as e:  # a file or folder the system refuses (permissions, disk full): no traceback
            where = f"{e.filename}: " if e.filename else ""
            raise click.ClickException(f"{where}{e.strerror or e}") from None

    return wrapper


# Verbs register themselves on ``main``; one module each keeps them apart.
from . import build_cmd  # noqa: E402,F401
from . import extract_cmd  # noqa: E402,F401
from . import eval_cmd  # noqa: E402,F401
from . import coverage_cmd  # noqa: E402,F401
from . import analyze_cmd  # noqa: E402,F401
from . import query_cmd  # noqa: E402,F401
from . import serve_cmd  # noqa: E402,F401
from . import push_cmd  # noqa: E402,F401
from . import validate_cmd  # noqa: E402,F401
from . import viz_cmd  # noqa: E402,F401
from . import compare_cmd  # noqa: E402,F401
from . import diff_cmd  # noqa: E402,F401
from . import similar_cmd  # noqa: E402,F401

"""Options shared by several verbs: the pipeline's (``analyze``, ``viz``, ``compare``, as ``build`` has them)
and the selection of documents by metadata (``build``, ``analyze``, ``viz``, ``compare``, ``query``)."""

import functools

import click

__all__ = ["pipeline_options", "cache_choice", "selection_options", "actor_level_option", "curation_option",
           "scheduler_option"]


def pipeline_options(f):
    """``--jobs``, ``--no-cache``, ``--cache DIR`` and ``--progress/--no-progress``, as ``policykg build`` has them
    (passed on as ``jobs``, ``no_cache``, ``cache_dir``, ``progress``)."""
    for option in reversed([
        click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
                     help="Worker processes for regulations (default: one per CPU)."),
        click.option("--no-cache", is_flag=True,
                     help="Redo every regulation instead of reusing the results of unchanged files."),
        click.option("--cache", "cache_dir", type=click.Path(file_okay=False), default=None,
                     help="Cache folder (default: $POLICYKG_CACHE, else ~/.cache/policykg)."),
        click.option("--progress/--no-progress", default=None,
                     help="Show a progress bar (default: when stderr is a terminal)."),
    ]):
        f = option(f)
    return f


def cache_choice(no_cache, cache_dir):
    """The ``cache`` argument of :func:`policykg.pipeline.run`: False, a folder, or True (the default one)."""
    return False if no_cache else (cache_dir or True)


def actor_level_option(default):
    """``--actor-level``: the level the verb counts actors at (see :mod:`policykg.analysis.levels`), passed on as
    ``actor_level``."""
    from ..analysis.levels import LEVELS

    return click.option("--actor-level", type=click.Choice(LEVELS), default=default, show_default=default is not None,
                        help="Actor level: organisation (one body of one jurisdiction: 常州市工业和信息化部门), "
                             "role (its function in any jurisdiction: 工业和信息化) or mention (the name as written).")


def curation_option(f):
    """``--curation FILE``: a researcher's merges, splits, renames and rejections (policykg.identity.curation)."""
    return click.option("--curation", type=click.Path(dir_okay=False, path_type=str), default=None,
                        help="YAML file of a researcher's decisions (merge, split or rename actors and programmes, "
                             "mark provisions wrong), applied and recorded in the graph as provenance.")(f)

def scheduler_option(f):
    """``--scheduler ADDRESS``: a Dask scheduler whose workers do the documents (``build``, ``analyze``)."""
    return click.option("--scheduler", metavar="ADDRESS", default=None,
                        help="Do the regulations on the workers of this Dask scheduler (tcp://host:8786) instead of "
                             "local processes; they read the files at the same paths. Needs policykg[dask].")(f)


def selection_options(f):
    """``--level``, ``--jurisdiction``, ``--year``, ``--title`` and ``--current``, passed on together as
    ``select``: a dict the library checks (:meth:`policykg.selection.Selection.of`), so that a bad value is
    a one-line error.  Put it just above ``@handle_errors``."""
    @functools.wraps(f)
    def wrapper(*args, level=(), jurisdiction=(), year=None, title=None, current=False, **kwargs):
        return f(*args, select=dict(level=level, jurisdiction=jurisdiction, year=year, title=title,
                                    current=current), **kwargs)

    for option in reversed([
        click.option("--level", multiple=True, metavar="LEVEL",
                     help="Only documents of this legal level: national-law (法律), administrative-regulation "
                          "(行政法规), local-regulation (地方性法规), sez-regulation (经济特区法规), "
                          "autonomous-regulation; repeatable, or comma-separated."),
        click.option("--jurisdiction", multiple=True, metavar="PLACE",
                     help="Only documents whose jurisdiction contains PLACE (国家, 上海, 江苏省常州市; 江苏 takes "
                          "every Jiangsu city too); repeatable."),
        click.option("--year", metavar="FROM-TO",
                     help="Only documents whose version date falls in these years: 2021, 2015-2020, 2015-, -2010."),
        click.option("--title", metavar="PATTERN",
                     help="Only documents whose title or short title matches this regular expression."),
        click.option("--current", is_flag=True,
                     help="Only the current version of each law (the latest in force among those read)."),
    ]):
        wrapper = option(wrapper)
    return wrapper

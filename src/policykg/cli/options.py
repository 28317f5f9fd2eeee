"""Options of the verbs that read regulations through the build's pipeline (``analyze``, ``viz``, ``compare``)."""

import click

__all__ = ["pipeline_options", "cache_choice", "level_option", "curation_option"]


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


def level_option(default):
    """``--level``: the actor level the verb counts at (see :mod:`policykg.analysis.levels`)."""
    from ..analysis.levels import LEVELS

    return click.option("--level", type=click.Choice(LEVELS), default=default, show_default=True,
                        help="Actor level: organisation (one body of one jurisdiction: 常州市工业和信息化部门), "
                             "role (its function in any jurisdiction: 工业和信息化) or mention (the name as written).")


def curation_option(f):
    """``--curation FILE``: a researcher's merges, splits, renames and rejections (policykg.identity.curation)."""
    return click.option("--curation", type=click.Path(dir_okay=False, path_type=str), default=None,
                        help="YAML file of a researcher's decisions (merge, split or rename actors and programmes, "
                             "mark provisions wrong), applied and recorded in the graph as provenance.")(f)

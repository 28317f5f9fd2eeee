"""``policykg compare``: documents side by side."""

import click

from . import handle_errors, main
from .options import actor_level_option, cache_choice, pipeline_options, selection_options


@main.command("compare")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--out", "-o", default=None, type=click.Path(file_okay=False),
              help="Also write compare.md and tables/compare-*.csv into this folder.")
@click.option("--keep-going", "-k", is_flag=True, help="Skip unreadable regulations instead of stopping.")
@actor_level_option(None)
@pipeline_options
@selection_options
@handle_errors
def compare_command(paths, out, keep_going, jobs, no_cache, cache_dir, progress, actor_level, select):
    """Compare the documents in PATHS (two or more regulations, folders or built graphs); prints Markdown."""
    from ..analysis.compare import compare

    text, written = compare(paths, out=out, keep_going=keep_going, jobs=jobs,
                            cache=cache_choice(no_cache, cache_dir), progress=progress,
                            select=select, actor_level=actor_level)
    click.echo(text)
    for p in written:
        click.echo(f"  {p}", err=True)

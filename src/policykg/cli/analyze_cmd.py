"""``policykg analyze``: tables, report and network exports of the graph."""

import click

from . import handle_errors, main
from .options import actor_level_option, cache_choice, curation_option, pipeline_options, scheduler_option, \
    selection_options


@main.command("analyze")
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option("--out", "-o", default="build", show_default=True, type=click.Path(file_okay=False),
              help="Folder for report.md, report.html, figures/, tables/ and exports/.")
@click.option("--keep-going", "-k", is_flag=True, help="Skip unreadable regulations instead of stopping.")
@click.option("--full-exports", is_flag=True,
              help="Also export the whole graph as GEXF and GraphML and the actor matrix (large for a corpus).")
@actor_level_option("organisation")
@curation_option
@pipeline_options
@scheduler_option
@selection_options
@handle_errors
def analyze_command(paths, out, keep_going, full_exports, jobs, no_cache, cache_dir, progress, actor_level, curation,
                    scheduler, select):
    """Analyse PATHS: regulations (default: the bundled one) or built graphs (.ttl, .nq, .jsonld)."""
    from ..analysis.analyze import analyze

    result = analyze(paths or None, out=out, keep_going=keep_going, jobs=jobs,
                     cache=cache_choice(no_cache, cache_dir), progress=progress, select=select,
                     actor_level=actor_level, curation=curation, full=full_exports, scheduler=scheduler)
    n = len(result.documents)
    click.echo(f"analysed {n} document{'s' if n != 1 else ''} "
               f"({sum(1 for _, d in result.graph.nodes(data=True) if d['kind'] == 'provision')} provisions):",
               err=True)
    for p in result.written:
        click.echo(f"  {p}", err=True)

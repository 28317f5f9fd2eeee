"""``policykg viz``: the interactive HTML page of the graph."""

import click

from . import handle_errors, main
from .options import actor_level_option, cache_choice, pipeline_options, selection_options


@main.command("viz")
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option("--out", "-o", default="build", show_default=True, type=click.Path(file_okay=False),
              help="Folder for the page.")
@click.option("--view", type=click.Choice(["auto", "detailed", "actors"]), default="auto", show_default=True,
              help="detailed: actors, provisions, programmes and articles of one document; actors: the compact "
                   "actor network for large inputs; auto: detailed for one document.")
@click.option("--name", default="graph.html", show_default=True, help="File name of the page.")
@click.option("--keep-going", "-k", is_flag=True, help="Skip unreadable regulations instead of stopping.")
@actor_level_option("organisation")
@pipeline_options
@selection_options
@handle_errors
def viz_command(paths, out, view, name, keep_going, jobs, no_cache, cache_dir, progress, actor_level, select):
    """Write a self-contained HTML graph of PATHS (regulations or built .ttl/.nq/.jsonld graphs)."""
    from ..viz.html import viz

    path = viz(paths or None, out=out, view=view, keep_going=keep_going, name=name, jobs=jobs,
               cache=cache_choice(no_cache, cache_dir), progress=progress,
               select=select, actor_level=actor_level)
    click.echo(f"wrote {path}", err=True)

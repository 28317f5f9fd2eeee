"""``policykg build``: read regulations and write the knowledge graph."""

import click

from ..build import LARGE, build
from ..rdf.iris import DEFAULT_BASE
from . import handle_errors, main
from .options import curation_option, scheduler_option, selection_options


@main.command("build")
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option("--out", "-o", default="build", show_default=True, type=click.Path(file_okay=False),
              help="Folder for the outputs.")
@click.option("--base", default=DEFAULT_BASE, show_default=True, help="Base of every IRI written.")
@click.option("--format", "formats", default=None,
              help="Comma-separated outputs: ttl (Turtle), nq (N-Quads, one named graph per document), jsonld "
                   f"[default: all; only nq above {LARGE:,} triples].")
@click.option("--keep-going", "-k", is_flag=True,
              help="Report unreadable files and build the rest (exit status 1 if any were unreadable).")
@click.option("--no-validate", "no_validate", is_flag=True,
              help="Skip the check of every document graph against ontology/shapes.ttl.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: one per CPU).")
@click.option("--no-cache", is_flag=True,
              help="Rebuild every document instead of reusing the results of unchanged files.")
@click.option("--cache", "cache_dir", type=click.Path(file_okay=False), default=None,
              help="Cache folder (default: $POLICYKG_CACHE, else ~/.cache/policykg).")
@click.option("--progress/--no-progress", default=None,
              help="Show a progress bar (default: when stderr is a terminal).")
@curation_option
@scheduler_option
@selection_options
@handle_errors
def build_command(paths, out, base, formats, keep_going, no_validate, jobs, no_cache, cache_dir, progress,
                  curation, scheduler, select):
    """Build the graph of PATHS (files or folders; default: the bundled 常州市促进智能制造发展条例)."""
    result = build(paths or None, out=out, base=base, keep_going=keep_going,
                   formats=tuple(f.strip() for f in formats.split(",") if f.strip()) if formats else None,
                   validate=not no_validate,
                   jobs=jobs, cache=False if no_cache else (cache_dir or True), progress=progress,
                   select=select, curation=curation, scheduler=scheduler)
    for path, problem in result.skipped:
        click.echo(f"skipped {path}: {problem}", err=True)
    n, r = len(result.documents), result
    cached = f", {r.cached} from cache" if r.cached else ""
    click.echo(f"built {n} document{'s' if n != 1 else ''} ({r.articles} articles, {r.provisions} provisions, "
               f"{r.actors} actors, {r.programmes} programmes, {r.triples} triples) in {r.seconds:.1f} s{cached}"
               f"{f'; {r.read - n} not selected by {r.selection}' if r.selection else ''}"
               f"{f'; {len(r.skipped)} skipped' if r.skipped else ''}:", err=True)
    for p in result.written:
        click.echo(f"  {p}", err=True)
    for w in result.warnings:
        click.echo(f"warning: {w}", err=True)
    # a second copy of a document is reported, not a failure
    if any(not problem.startswith("duplicate document") for _, problem in result.skipped):
        raise SystemExit(1)

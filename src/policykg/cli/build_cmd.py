"""``policykg build``: read regulations and write the knowledge graph."""

import click

from ..build import FORMATS, build
from ..rdf.iris import DEFAULT_BASE
from . import handle_errors, main


@main.command("build")
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option("--out", "-o", default="build", show_default=True, type=click.Path(file_okay=False),
              help="Folder for the outputs.")
@click.option("--base", default=DEFAULT_BASE, show_default=True, help="Base of every IRI written.")
@click.option("--format", "formats", default=",".join(FORMATS), show_default=True,
              help="Comma-separated outputs: ttl (Turtle), nq (N-Quads, one named graph per document), jsonld.")
@click.option("--keep-going", "-k", is_flag=True,
              help="Report unreadable files and build the rest (exit status 1 if any were skipped).")
@click.option("--no-validate", "no_validate", is_flag=True,
              help="Skip the check of every document graph against ontology/shapes.ttl.")
@handle_errors
def build_command(paths, out, base, formats, keep_going, no_validate):
    """Build the graph of PATHS (files or folders; default: the bundled 常州市促进智能制造发展条例)."""
    result = build(paths or None, out=out, base=base, keep_going=keep_going,
                   formats=tuple(f.strip() for f in formats.split(",") if f.strip()), validate=not no_validate)
    for path, problem in result.skipped:
        click.echo(f"skipped {path}: {problem}", err=True)
    n = len(result.documents)
    arts = sum(len(d.articles) for d in result.documents)
    provs = sum(len(d.layers.get("provisions", [])) for d in result.documents)
    click.echo(f"built {n} document{'s' if n != 1 else ''} ({arts} articles, {provs} provisions, "
               f"{result.triples} triples) in {result.seconds:.1f} s:", err=True)
    for p in result.written:
        click.echo(f"  {p}", err=True)
    if result.skipped:
        raise SystemExit(1)

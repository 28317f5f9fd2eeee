"""``policykg query``: run SPARQL (text, a .rq file or a canned query) over the built graph."""

import os

import click

from ..errors import QueryError
from ..rdf.answers import missing, reads, stale_warning
from ..sparql.canned import canned, resolve
from ..sparql.query import (FORMATS, GRAPH_FORMATS, QueryStopped, bounded, parse_params, render, run,
                            unknown_terms)
from ..sparql.store import build_folder, opened
from . import handle_errors, main
from .options import selection_options


@main.command("query")
@click.argument("query", required=False)
@click.option("--data", "-d", default="build", show_default=True,
              help="Build folder (or N-Quads file) to query: its graph.nq, one named graph per document.")
@click.option("--format", "-f", "fmt", default="table", show_default=True,
              type=click.Choice(sorted(set(FORMATS) | set(GRAPH_FORMATS))),
              help="SELECT/ASK: table, csv, tsv, json, xml. CONSTRUCT/DESCRIBE: table (Turtle), ttl, nt, jsonld.")
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind ?NAME to VALUE before running (e.g. article=7); repeatable.")
@click.option("--list", "list_", is_flag=True, help="List the canned queries and what each answers.")
@click.option("--timeout", default=0, show_default=True, type=click.IntRange(0), metavar="SECONDS",
              help="Stop the query after this many seconds (0: no limit).")
@click.option("--max-memory", "memory_mb", default=4096, show_default=True, type=click.IntRange(0), metavar="MB",
              help="Stop the query once this process holds more memory (0: no limit).")
@selection_options
@handle_errors
def query_command(query, data, fmt, params, list_, timeout, memory_mb, select):
    """Run QUERY over the union of the built document graphs.

    QUERY is SPARQL text, a .rq file, or the name of a canned query (see --list). The selection options
    (--level, --jurisdiction, --year, --title, --current) keep only the graphs of the documents they select.
    """
    if list_:
        for q in canned().values():
            click.echo(f"{q.name}\n    {' '.join(q.description)}")
            for name, text in q.params.items():
                click.echo(f"    --param {name}: {text}")
        return
    if not query:
        raise click.UsageError("give a query (SPARQL text, a .rq file or a canned query name), or --list")
    q = resolve(query)
    for term in unknown_terms(q.text):
        click.echo(f"warning: {q.label}: {term} is not a term of the policykg ontology", err=True)
    bindings = parse_params(params)
    note = lambda m: click.echo(f"note: {m}", err=True)  # noqa: E731
    with opened(data, note=note, select=select) as (store, _):
        stale = [n for n in reads(q.text) if n in missing(store)]
        if stale:
            click.echo(f"warning: {stale_warning(build_folder(data), stale)}", err=True)
        try:
            text = bounded(lambda: render(run(store, q.text, bindings, name=q.label), fmt), timeout, memory_mb, q.label)
        except QueryStopped as e:
            click.echo(f"Error: {e}", err=True)
            os._exit(1)  # the query still runs inside Oxigraph: leave without waiting for it
        except (OSError, RuntimeError, ValueError) as e:  # solutions are computed as they are read
            raise QueryError(f"{q.label}: {' '.join(str(e).split())}") from None
        click.echo(text)

"""``policykg push``: upload the built graph to a triple store (SPARQL 1.1 Graph Store Protocol)."""

import os

import click

from ..sparql.push import push, redact
from . import handle_errors, main


@main.command("push")
@click.option("--endpoint", "-e", required=True, metavar="URL",
              help="Graph Store endpoint, e.g. http://localhost:7878/store (Oxigraph), "
                   "http://localhost:3030/ds/data (Fuseki).")
@click.option("--data", "-d", default="build", show_default=True, help="Build folder (or N-Quads file) to upload.")
@click.option("--user", "-u", metavar="NAME", help="User name for basic or digest authentication; "
              "the password is read from POLICYKG_PASSWORD.")
@click.option("--token", metavar="TOKEN", envvar="POLICYKG_TOKEN",
              help="Bearer access token (QLever); default from POLICYKG_TOKEN.")
@click.option("--prune", is_flag=True,
              help="Then remove the store's graphs under the build's document base that the build no longer has.")
@click.option("--sparql", metavar="URL", help="The store's SPARQL query endpoint, where --prune lists its graphs "
              "(default: beside the Graph Store endpoint of Oxigraph, Fuseki or Virtuoso).")
@handle_errors
def push_command(endpoint, data, user, token, prune, sparql):
    """PUT each document graph to the store, replacing the graph of the same name."""
    done = push(endpoint, data, user=user, password=os.environ.get("POLICYKG_PASSWORD"), token=token,
                prune=prune, sparql=sparql)
    sent = [p for p in done if p.method == "PUT"]
    for p in done:
        what = f"{p.triples} triples" if p.method == "PUT" else "removed"
        click.echo(f"  {p.method} <{p.graph}>: {what} (HTTP {p.status})", err=True)
    pruned = len(done) - len(sent)
    click.echo(f"pushed {len(sent)} graph{'s' if len(sent) != 1 else ''} "
               f"({sum(p.triples for p in sent)} triples) to {redact(endpoint)}"
               + (f"; pruned {pruned} graph{'s' if pruned != 1 else ''}" if prune else ""), err=True)

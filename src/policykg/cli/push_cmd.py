"""``policykg push``: upload the built graph to a triple store (SPARQL 1.1 Graph Store Protocol)."""

import os

import click

from ..sparql.push import push
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
@handle_errors
def push_command(endpoint, data, user, token):
    """PUT each document graph to the store, replacing the graph of the same name."""
    sent = push(endpoint, data, user=user, password=os.environ.get("POLICYKG_PASSWORD"), token=token)
    for p in sent:
        click.echo(f"  PUT <{p.graph}>: {p.triples} triples (HTTP {p.status})", err=True)
    click.echo(f"pushed {len(sent)} graph{'s' if len(sent) != 1 else ''} "
               f"({sum(p.triples for p in sent)} triples) to {endpoint}", err=True)

"""``policykg validate``: check the built graph against ontology/shapes.ttl with pyshacl."""

import click

from ..sparql.validate import validate_data
from . import handle_errors, main


@main.command("validate")
@click.option("--data", "-d", default="build", show_default=True, help="Build folder (or N-Quads file) to check.")
@handle_errors
def validate_command(data):
    """Print each SHACL violation (focus node, property, problem), one per line; exit 1 if any."""
    found = validate_data(data)
    for v in found:
        click.echo(str(v))
    if found:
        click.echo(f"{len(found)} violation{'s' if len(found) != 1 else ''}", err=True)
        raise SystemExit(1)
    click.echo("no violations: the graph conforms to ontology/shapes.ttl", err=True)

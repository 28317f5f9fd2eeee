"""``policykg coverage``: how much of each regulation the extraction rules read."""

import json

import click

from ..build import read_all
from ..coverage import coverage, format_coverage
from . import handle_errors, main


@main.command("coverage")
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per document instead of a table.")
@click.option("--keep-going", "-k", is_flag=True, help="Skip unreadable files.")
@handle_errors
def coverage_command(paths, as_json, keep_going):
    """Per document: provisions per article, modal sentences that yield no provision, share of 未指明 actors."""
    docs, skipped = read_all(paths or None, keep_going)
    rows = [coverage(d) for d in docs]
    if as_json:
        click.echo("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), nl=False)
    else:
        click.echo(format_coverage(rows), nl=False)
    for path, problem in skipped:
        click.echo(f"skipped {path}: {problem}", err=True)

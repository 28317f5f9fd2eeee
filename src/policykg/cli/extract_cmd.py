"""``policykg extract``: provisions as rows (JSON Lines or CSV)."""

import click

from ..build import read_all
from ..extract import extract
from ..records import provision_records, to_csv, to_jsonl
from . import handle_errors, main


def provision_rows(paths):
    """Extracted provision records of every regulation under ``paths`` (default: the bundled one)."""
    docs, _ = read_all(paths or None)
    rows = []
    for d in docs:
        extract(d)
        rows += provision_records(d)
    return rows


@main.command("extract")
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True)
@handle_errors
def extract_command(paths, fmt):
    """Print one provision per line (default: the bundled regulation)."""
    rows = provision_rows(paths)
    click.echo(to_jsonl(rows) if fmt == "jsonl" else to_csv(rows), nl=False)

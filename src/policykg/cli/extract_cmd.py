"""``policykg extract`` and ``policykg eval``: provisions as rows, and their score."""

import click

from ..build import read_all
from ..evaluate import format_report, load_records, misses, read_jsonl, score
from ..extract import extract
from ..records import provision_records, to_csv, to_jsonl
from . import handle_errors, main


def _rows(paths):
    docs, skipped = read_all(paths or None)
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
    rows = _rows(paths)
    click.echo(to_jsonl(rows) if fmt == "jsonl" else to_csv(rows), nl=False)


@main.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=str))
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option("--json", "as_json", is_flag=True, help="Print the full result as JSON.")
@handle_errors
def eval_command(gold, paths, as_json):
    """Score extraction of PATHS against GOLD (JSON Lines), with misses per article."""
    g = load_records(read_jsonl(gold), gold)
    p = load_records(_rows(paths))
    res = score(g, p)
    errs = misses(g, p)
    if as_json:
        import json
        res["errors"] = errs
        click.echo(json.dumps(res, ensure_ascii=False, indent=1))
    else:
        click.echo(format_report(res, errs), nl=False)

"""``policykg eval``: score extraction against a gold file, with misses per article."""

import json

import click

from ..evaluate import format_report, load_records, misses, read_jsonl, score
from . import handle_errors, main
from .extract_cmd import provision_rows


@main.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=str))
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option("--json", "as_json", is_flag=True, help="Print the full result as JSON.")
@handle_errors
def eval_command(gold, paths, as_json):
    """Score extraction of PATHS against GOLD (JSON Lines), with misses per article."""
    g = load_records(read_jsonl(gold), gold)
    p = load_records(provision_rows(paths))
    res = score(g, p)
    errs = misses(g, p)
    if as_json:
        res["errors"] = errs
        click.echo(json.dumps(res, ensure_ascii=False, indent=1))
    else:
        click.echo(format_report(res, errs), nl=False)

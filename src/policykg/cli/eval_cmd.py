"""``policykg eval``: score extraction against a gold file, with misses per article; with
``--instruments``, score the policy-instrument coding against a hand-coded gold file."""

import json

import click

from ..evaluate import format_report, load_records, misses, read_jsonl, score
from ..evaluate_instruments import check_gold, code_gold
from ..evaluate_instruments import format_report as format_instrument_report
from ..evaluate_instruments import score as score_instruments
from . import handle_errors, main
from .extract_cmd import provision_rows


@main.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=str))
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option("--instruments", is_flag=True,
              help="GOLD is a policy-instrument coding (INSTRUMENTS.md): score the coding of its provisions.")
@click.option("--json", "as_json", is_flag=True, help="Print the full result as JSON.")
@handle_errors
def eval_command(gold, paths, instruments, as_json):
    """Score extraction of PATHS against GOLD (JSON Lines), with misses per article.

    With --instruments, GOLD holds hand-coded provisions (actor, modality, action,
    primary, secondary); each is coded from its own fields, its source sentence
    taken from the line or from the extraction of PATHS (default: the bundled
    regulation).
    """
    if instruments:
        lines = check_gold(read_jsonl(gold), gold)
        sources = {}
        if not all(g.get("source") for g in lines):
            sources = {(str(r["doc"]), r["article"], r["paragraph"], r["action"]): r["source"]
                       for r in provision_rows(paths)}
        res = score_instruments(code_gold(lines, sources))
        if as_json:
            click.echo(json.dumps(res, ensure_ascii=False, indent=1))
        else:
            click.echo(format_instrument_report(res), nl=False)
        return
    g = load_records(read_jsonl(gold), gold)
    p = load_records(provision_rows(paths))
    res = score(g, p)
    errs = misses(g, p)
    if as_json:
        res["errors"] = errs
        click.echo(json.dumps(res, ensure_ascii=False, indent=1))
    else:
        click.echo(format_report(res, errs), nl=False)

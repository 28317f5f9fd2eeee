"""``policykg diff``: two versions of one law compared."""

import click

from . import handle_errors, main


@main.command("diff")
@click.argument("old", type=click.Path(path_type=str))
@click.argument("new", type=click.Path(path_type=str))
@click.option("--format", "fmt", type=click.Choice(["markdown", "csv"]), default="markdown", show_default=True,
              help="Markdown (a summary, the chapters, each article changed) or CSV (a row per article and per "
                   "provision changed).")
@click.option("--unchanged", is_flag=True, help="Markdown: list the unchanged articles too.")
@handle_errors
def diff_command(old, new, fmt, unchanged):
    """Compare two versions OLD and NEW of one law: articles aligned, provisions added, removed or changed."""
    from ..relations.versions import diff_files, to_csv, to_markdown

    d = diff_files(old, new)
    click.echo(to_csv(d) if fmt == "csv" else to_markdown(d, unchanged=unchanged), nl=False)

"""``policykg similar``: which earlier regulation's text a regulation adopted."""

import click

from . import handle_errors, main


@main.command("similar")
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option("--document", "-d", default=None,
              help="Print the nearest earlier matches of this document's paragraphs (id, title or part of it).")
@click.option("--article", "-a", default=None, help="With --document: only this article (10, or 10-1 for 第十条之一).")
@click.option("--top", type=int, default=3, show_default=True, help="Matches printed per paragraph.")
@click.option("--threshold", type=float, default=None,
              help="Least 3-gram Jaccard index of a match (default: the calibrated one, 0.5).")
@click.option("--out", "-o", default=None, type=click.Path(file_okay=False),
              help="Also write tables/shared-provisions.csv and tables/similar-provisions.csv into this folder.")
@click.option("--keep-going", "-k", is_flag=True, help="Skip unreadable regulations instead of stopping.")
@handle_errors
def similar_command(paths, document, article, top, threshold, out, keep_going):
    """Paragraphs of the regulations in PATHS that match one of an earlier document (default: document pairs)."""
    from ..relations.similarity import THRESHOLD, similar

    text, written = similar(paths or None, document=document, article=article, top=top,
                            threshold=THRESHOLD if threshold is None else threshold, out=out, keep_going=keep_going)
    click.echo(text, nl=False)
    for p in written:
        click.echo(f"  {p}", err=True)

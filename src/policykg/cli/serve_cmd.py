"""``policykg serve``: a read-only SPARQL endpoint (the Oxigraph server) over the built graph."""

import click

from ..sparql.server import MEMORY_MB, TIMEOUT, serve
from . import handle_errors, main


@main.command("serve")
@click.option("--data", "-d", default="build", show_default=True, help="Build folder (or N-Quads file) to serve.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; only this machine can connect unless you change it.")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(1, 65535))
@click.option("--timeout", default=TIMEOUT, show_default=True, type=click.IntRange(0),
              help="Seconds a query may run before it is cancelled (0: no limit).")
@click.option("--max-memory", "memory_mb", default=MEMORY_MB, show_default=True, type=click.IntRange(0),
              metavar="MB", help="Memory cap of the query engine; a query that needs more stops it, and it is "
                                 "started again (0: no cap).")
@handle_errors
def serve_command(data, host, port, timeout, memory_mb):
    """Serve the built graph as a read-only SPARQL 1.1 endpoint until Ctrl-C."""

    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"warning: listening on {host}: other machines can query the graph", err=True)

    def ready(server):
        click.echo(f"SPARQL endpoint (read-only): {server.url}  (Ctrl-C to stop)", err=True)

    serve(data, host, port, timeout, memory_mb, on_ready=ready,
          note=lambda m: click.echo(f"note: {m}", err=True),
          on_restart=lambda m: click.echo(f"warning: {m}", err=True),
          warn=lambda m: click.echo(f"warning: {m}", err=True))

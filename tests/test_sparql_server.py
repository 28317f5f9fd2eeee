"""`policykg serve` (a read-only Oxigraph SPARQL endpoint) and `policykg push` (Graph Store
Protocol) against real server processes on loopback, queried over HTTP."""

import json
import tempfile
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from conftest import run_cli
from policykg.sparql.canned import canned
from sparql_support import (TWO_DOCS, build_into, csv_rows, free_port, listening_addresses, oxigraph_cmd,
                            policykg_cmd, start_on_free_port, stop)

HTTP = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback only, never a proxy
COUNT_PER_GRAPH = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"


def nq_counts(data):
    """Triples per named graph in data/graph.nq, counted from the file itself."""
    return dict(Counter(line.rsplit(" ", 2)[-2].strip("<>") for line in
                        (Path(data) / "graph.nq").read_text(encoding="utf-8").splitlines() if line.strip()))


def http(url, data=None, headers=None, method=None):
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    with HTTP.open(req, timeout=30) as resp:
        return resp.status, resp.headers.get("Content-Type", ""), resp.read().decode("utf-8")


def get(endpoint, query, accept):
    return http(f"{endpoint}?{urllib.parse.urlencode({'query': query})}", headers={"Accept": accept})


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("build")
    build_into(out, TWO_DOCS)  # two documents that share actors
    return out


@pytest.fixture(scope="module")
def endpoint(built):
    """`policykg serve` started once for the module, as a user would; always terminated."""
    proc, port = start_on_free_port(lambda port: policykg_cmd("serve", "--data", built, "--port", port),
                                    ready="SPARQL endpoint")
    try:
        yield {"url": f"http://127.0.0.1:{port}/query", "port": port}
    finally:
        stop(proc)


def test_serve_answers_get_with_json_results(endpoint, built):
    status, ctype, body = get(endpoint["url"], "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
                              "application/sparql-results+json")
    assert status == 200 and ctype.startswith("application/sparql-results+json")
    # The default graph is the merge of the document graphs: a triple both share counts once.
    merged = {line.rsplit(" ", 2)[0] for line in (built / "graph.nq").read_text(encoding="utf-8").splitlines()}
    assert len(merged) < sum(nq_counts(built).values())
    assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) == len(merged)
    # and each document is still its own named graph
    _, _, body = get(endpoint["url"], COUNT_PER_GRAPH, "text/csv")
    assert {r["g"]: int(r["n"]) for r in csv_rows(body)} == nq_counts(built)


def test_serve_answers_post_with_xml_csv_and_tsv(endpoint):
    q = 'SELECT ?n WHERE { ?a <https://w3id.org/policykg/ns#number> ?n ; ' \
        '<http://www.w3.org/2000/01/rdf-schema#label> "第七条"@zh ; <https://w3id.org/policykg/ns#inDocument> ' \
        '<https://w3id.org/policykg/id/doc/ff80818198a7ecd40198f39a6b8d0d95> }'
    status, ctype, body = http(endpoint["url"], q.encode("utf-8"), method="POST", headers={
        "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+xml"})
    assert status == 200 and ctype.startswith("application/sparql-results+xml")
    assert ET.fromstring(body).find(".//{http://www.w3.org/2005/sparql-results#}literal").text == "7"
    form = urllib.parse.urlencode({"query": q}).encode("ascii")
    _, ctype, body = http(endpoint["url"], form, method="POST", headers={
        "Content-Type": "application/x-www-form-urlencoded", "Accept": "text/csv"})
    assert ctype.startswith("text/csv") and body.split() == ["n", "7"]
    _, ctype, body = get(endpoint["url"], q, "text/tab-separated-values")
    assert ctype.startswith("text/tab-separated-values") and body.split()[0] == "?n"


def test_canned_query_over_http_matches_policykg_query(endpoint, built):
    text = canned()["obligations-per-actor"].text
    _, _, body = get(endpoint["url"], text, "text/csv")
    local = run_cli("query", "--data", built, "--format", "csv", "obligations-per-actor")
    assert csv_rows(body) == csv_rows(local.stdout) and csv_rows(body)


def test_ask_and_construct_over_http(endpoint):
    _, _, body = get(endpoint["url"], 'ASK { ?p <https://w3id.org/policykg/ns#approver> ?a }',
                     "application/sparql-results+json")
    assert json.loads(body)["boolean"] is True
    _, ctype, body = get(endpoint["url"], "CONSTRUCT WHERE { ?d a <https://w3id.org/policykg/ns#Regulation> }",
                         "application/n-triples")
    assert ctype.startswith("application/n-triples") and len(body.strip().splitlines()) == 2


def test_serve_is_read_only(endpoint):
    with pytest.raises(urllib.error.HTTPError) as e:
        http(endpoint["url"].replace("/query", "/update"), b"INSERT DATA { <urn:a> <urn:b> <urn:c> }",
             method="POST", headers={"Content-Type": "application/sparql-update"})
    assert e.value.code == 403
    with pytest.raises(urllib.error.HTTPError) as e:
        http(endpoint["url"].replace("/query", "/store?default"), b"<urn:a> <urn:b> <urn:c> .",
             method="PUT", headers={"Content-Type": "application/n-triples"})
    assert e.value.code == 403
    _, _, body = get(endpoint["url"], "ASK { <urn:a> ?p ?o }", "application/sparql-results+json")
    assert json.loads(body)["boolean"] is False


def test_serve_listens_on_loopback_only(endpoint):
    assert listening_addresses(endpoint["port"]) == {"127.0.0.1"}


def test_serve_refuses_a_port_in_use(endpoint, built):
    r = run_cli("serve", "--data", built, "--port", endpoint["port"])
    assert r.returncode == 1
    assert r.stderr == f"Error: cannot listen on 127.0.0.1:{endpoint['port']}: Address already in use\n"


def test_serve_without_a_build_names_the_file(tmp_path):
    r = run_cli("serve", "--data", tmp_path, "--port", free_port())
    assert (r.returncode, r.stderr) == (1, f"Error: {tmp_path / 'graph.nq'}: no such file "
                                           f"(run `policykg build --out {tmp_path}` first)\n")


def test_serve_stops_cleanly_on_sigterm(built):
    before = set(Path(tempfile.gettempdir()).glob("policykg-oxigraph-*"))
    proc, port = start_on_free_port(lambda port: policykg_cmd("serve", "--data", built, "--port", port),
                                    ready="SPARQL endpoint")
    assert proc.ready == f"SPARQL endpoint (read-only): http://127.0.0.1:{port}/query  (Ctrl-C to stop)\n"
    during = set(Path(tempfile.gettempdir()).glob("policykg-oxigraph-*")) - before
    assert during  # the store directory of this server
    stop(proc)
    assert proc.returncode == 0
    assert listening_addresses(port) == set()  # the oxigraph child is gone too
    assert not any(p.exists() for p in during)  # and its store directory


# ---------------------------------------------------------------- push

@pytest.fixture(scope="module")
def store():
    """A real read-write `oxigraph serve` (in memory) on a free loopback port; always terminated."""
    proc, port = start_on_free_port(lambda port: oxigraph_cmd("serve", "--bind", f"127.0.0.1:{port}"))
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        stop(proc)


def store_counts(base):
    _, _, body = get(f"{base}/query", COUNT_PER_GRAPH, "text/csv")
    return {r["g"]: int(r["n"]) for r in csv_rows(body)}


def test_push_puts_one_named_graph_per_document_and_repush_replaces(store, tmp_path):
    two = tmp_path / "two"
    build_into(two, TWO_DOCS)
    expected = nq_counts(two)
    assert len(expected) == 4  # two document graphs, and the graph of each one's work (its versions)
    assert len([g for g in expected if "/doc/" in g]) == 2
    r = run_cli("push", "--endpoint", f"{store}/store", "--data", two)
    assert r.returncode == 0, r.stderr
    assert f"pushed 4 graphs ({sum(expected.values())} triples) to {store}/store" in r.stderr
    assert store_counts(store) == expected
    r = run_cli("push", "--endpoint", f"{store}/store", "--data", two)  # again: replaced, not duplicated
    assert r.returncode == 0, r.stderr
    assert store_counts(store) == expected
    # Pushing a build of one document replaces that graph and leaves the other alone.
    one = tmp_path / "one"
    build_into(one)
    r = run_cli("push", "--endpoint", f"{store}/store", "--data", one)
    assert r.returncode == 0, r.stderr
    assert store_counts(store) == expected
    # What comes back is what was built: the canned query gives the same answer remotely.
    _, _, body = get(f"{store}/query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "text/csv")
    assert int(csv_rows(body)[0]["n"]) == sum(expected.values())


def test_push_errors_are_one_line(store, built):
    port = free_port()  # nothing listens there
    r = run_cli("push", "--endpoint", f"http://127.0.0.1:{port}/store", "--data", built)
    assert r.returncode == 1
    assert r.stderr.startswith(f"Error: http://127.0.0.1:{port}/store: cannot connect (") and r.stderr.count("\n") == 1
    r = run_cli("push", "--endpoint", f"{store}/nowhere", "--data", built)
    assert r.returncode == 1 and r.stderr.count("\n") == 1
    assert r.stderr.startswith(f"Error: {store}/nowhere: PUT graph <https://w3id.org/policykg/id/doc/") \
        and "HTTP 404" in r.stderr
    r = run_cli("push", "--endpoint", "ftp://example.org/store", "--data", built)
    assert (r.returncode, r.stderr) == (1, "Error: ftp://example.org/store: not an http(s) URL of a Graph Store endpoint\n")


class _GuardedStore:
    """A Graph Store on loopback that demands credentials (basic, or a bearer token) and records each PUT."""

    def __init__(self, basic=None, token=None):
        import base64
        import http.server
        import threading

        store = self
        self.puts = []
        expected = (f"Basic {base64.b64encode(basic.encode()).decode()}" if basic else f"Bearer {token}")

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_PUT(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                if self.headers.get("Authorization") != expected:
                    self.send_response(401)
                    if basic:
                        self.send_header("WWW-Authenticate", 'Basic realm="graphs"')
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                graph = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)["graph"][0]
                store.puts.append((graph, body.count(b"\n")))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)  # port 0: no race for a port
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/store"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.mark.parametrize("how", ["basic", "token"])
def test_push_sends_its_credentials_to_a_store_that_demands_them(built, how):
    store = _GuardedStore(basic="ana:secret") if how == "basic" else _GuardedStore(token="t0k3n")
    try:
        good = (["--user", "ana"], {"POLICYKG_PASSWORD": "secret"}) if how == "basic" else (["--token", "t0k3n"], {})
        bad = (["--user", "ana"], {"POLICYKG_PASSWORD": "wrong"}) if how == "basic" else (["--token", "other"], {})
        for args, env in (([], {}), bad):
            r = run_cli("push", "--endpoint", store.url, "--data", built, *args, env=env)
            assert r.returncode == 1 and r.stderr.count("\n") == 1 and "HTTP 401" in r.stderr, r.stderr
        assert store.puts == []
        r = run_cli("push", "--endpoint", store.url, "--data", built, *good[0], env=good[1])
        assert r.returncode == 0, r.stderr
        assert dict(store.puts) == nq_counts(built)
    finally:
        store.close()

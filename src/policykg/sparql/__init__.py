"""SPARQL over built graphs: query (pyoxigraph), canned queries, serve, push, validate (SHACL)."""

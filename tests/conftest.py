import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
CORPUS = Path(os.environ.get("POLICYKG_CORPUS", ROOT.parent / "shared" / "corpus"))
GOLD = Path(os.environ.get("POLICYKG_GOLD", ROOT.parent / "shared" / "gold"))
# Floors the measured figures must stay at or above; they only rise (tests/test_floors.py).
FLOORS = yaml.safe_load((DATA / "floors.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="session", autouse=True)
def own_cache(tmp_path_factory):
    """Builds in tests (in this process and in the commands they run) use a cache of their own,
    never the user's: a test run must not evict a user's entries."""
    old = os.environ.get("POLICYKG_CACHE")
    os.environ["POLICYKG_CACHE"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if old is None:
        del os.environ["POLICYKG_CACHE"]
    else:
        os.environ["POLICYKG_CACHE"] = old


@pytest.fixture
def corpus():
    if not CORPUS.is_dir():
        pytest.skip(f"corpus folder {CORPUS} is absent (set POLICYKG_CORPUS to run the corpus tests)")
    return CORPUS


_BUILT = {}


@pytest.fixture
def corpus_build(corpus, tmp_path_factory):
    """``(corpus, out, completed process)``: one build of the whole corpus, shared by the tests of the session
    (``corpus`` skips when it is absent)."""
    if corpus not in _BUILT:
        out = tmp_path_factory.mktemp("corpus")
        _BUILT[corpus] = corpus, out, run_cli("build", corpus, "--out", out, "--keep-going", "--no-cache")
    return _BUILT[corpus]


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """The bundled regulation built once for the session (graph.nq and its store; the build validates it and
    would raise on a violation); tests only read it."""
    from sparql_support import build_into

    out = tmp_path_factory.mktemp("built")
    build_into(out)
    return out


@pytest.fixture(scope="session")
def two(tmp_path_factory):
    """The bundled regulation and the SME law built together once for the session; tests only read it."""
    from sparql_support import TWO_DOCS, build_into

    out = tmp_path_factory.mktemp("two")
    build_into(out, TWO_DOCS)
    return out


@pytest.fixture
def gold():
    if not (GOLD / "score.py").is_file():
        pytest.skip(f"gold folder {GOLD} is absent (set POLICYKG_GOLD to run the scoring tests)")
    return GOLD


def run_cli(*args, env=None, cwd=None):
    """Run the installed ``policykg`` command in a fresh interpreter, as a user would."""
    cmd = [sys.executable, "-m", "policykg", *map(str, args)]
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(cmd, capture_output=True, text=True, env=full_env, cwd=cwd, timeout=600)


def outputs(out):
    """``{relative path: bytes}`` of the files a build or analysis wrote into ``out``; its query store
    (graph.oxigraph/, a database) is checked by its manifest instead."""
    out = Path(out)
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and "graph.oxigraph" not in p.relative_to(out).parts}


def org(doc, name, kind=None):
    """The organisation label a mention of ``doc`` resolves to (what pkg:bearer names, policykg.identity)."""
    from policykg.extract.actors import actor_type
    from policykg.identity.organisations import Context, resolve

    if kind is None:
        a = doc.layers.get("actors", {}).get(name)
        kind = a.type if a is not None else actor_type(name)
    return resolve(name, kind, Context.of(doc.meta)).label


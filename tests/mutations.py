"""A small mutation check: each mutation of the code must make some test fail.

A mutation that no test notices is a behaviour nobody checks.  Each row below
breaks one behaviour a user relies on, in a copy of the project, and runs the
tests that should notice; ``tests/test_mutations.py`` runs them all (so CI
does), and ``python tests/mutations.py [NAME ...]`` runs some by hand.  Add a
row when a bug slipped past the tests.
"""

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# (name, file, text, replacement, tests that must notice)
MUTATIONS = [
    ("倡导 is an obligation", "src/policykg/lexicon/modality.yaml",
     "  obligation: [应当, 必须, 负责, 应]\n", "  obligation: [应当, 必须, 负责, 应, 倡导]\n",
     ["tests/test_extraction.py", "-k", "phenomenon or every_modal"]),
    ("方可 is no permission", "src/policykg/lexicon/modality.yaml", "有权, 方可, 可]", "有权, 可]",
     ["tests/test_extraction.py", "-k", "phenomenon or every_modal"]),
    ("push drops its bearer token", "src/policykg/sparql/push.py", "    if token:", "    if token and False:",
     ["tests/test_sparql_server.py", "-k", "credentials"]),
    ("build never validates", "src/policykg/build.py", "    if validate:\n", "    if False:\n",
     ["tests/test_sparql_validate.py", "-k", "each_shape"]),
    ("a cache file's checksum is not checked", "src/policykg/frozen.py",
     "    if _digest([payload]) != parts[1]:", "    if False:",
     ["tests/test_hostile.py", "-k", "damaged_cache"]),
    ("no sentence limit", "src/policykg/readers/limits.py", "MAX_SENTENCE = 2_000 ", "MAX_SENTENCE = 2_000_000 ",
     ["tests/test_hostile.py", "-k", "size_guards"]),
    ("a DTD is let through", "src/policykg/readers/limits.py", "if not elements and el.getroottree().docinfo.doctype:",
     "if False:", ["tests/test_hostile.py", "-k", "laughs"]),
    ("no lock on --out", "src/policykg/lifetime.py", "            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)",
     "            pass", ["tests/test_hostile.py", "-k", "second_build"]),
    ("control characters reach GEXF", "src/policykg/analysis/exports.py",
     'return _NOT_XML.sub("", v) if isinstance(v, str) else v', "return v",
     ["tests/test_hostile.py", "-k", "control_characters"]),
    ("a worker swallows the build's SIGTERM", "src/policykg/lifetime.py", "    if os.getpid() != _owner:",
     "    if False:", ["tests/test_hostile.py", "-k", "before_it_is_set_up"]),
    ("a forked writer outlives its parent", "src/policykg/lifetime.py",
     "    parent = os.getppid()\n", "    return\n", ["tests/test_hostile.py", "-k", "forked_writer"]),
]


def _copy():
    tmp = Path(tempfile.mkdtemp(prefix="policykg-mutation-"))
    for name in ("src", "ontology", "tests"):
        shutil.copytree(ROOT / name, tmp / name, symlinks=True,
                        ignore=shutil.ignore_patterns("__pycache__", ".pytest_cache", "*.egg-info"))
    shutil.copy(ROOT / "pyproject.toml", tmp / "pyproject.toml")
    return tmp


def run(name, path, old, new, tests):
    """Apply one mutation in a copy of the project; return ``(killed, pytest's last line)``."""
    tmp = _copy()
    try:
        f = tmp / path
        text = f.read_text(encoding="utf-8")
        if text.count(old) != 1:
            raise ValueError(f"mutation {name!r}: {old!r} is not in {path} exactly once; update tests/mutations.py")
        f.write_text(text.replace(old, new), encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": str(tmp / "src") + os.pathsep + os.environ.get("PYTHONPATH", "")}
        where = subprocess.run([sys.executable, "-c", "import policykg; print(policykg.__file__)"], env=env,
                               capture_output=True, text=True, cwd=tmp).stdout.strip()
        if not where.startswith(str(tmp)):
            raise RuntimeError(f"the copy's policykg is not the one imported ({where})")
        r = subprocess.run([sys.executable, "-m", "pytest", "-x", "--tb=no", "-p", "no:cacheprovider", *tests],
                           env=env, cwd=tmp, capture_output=True, text=True, timeout=900)
        last = next((line for line in reversed(r.stdout.splitlines()) if " in " in line and "passed" in line
                     or "failed" in line), "")
        if r.returncode not in (0, 1):  # 2-5: interrupted, internal error, usage error, no tests
            raise RuntimeError(f"mutation {name!r}: pytest exited {r.returncode}: {last}")
        return r.returncode == 1, last
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main(names=()):
    survived = []
    for m in MUTATIONS:
        if names and m[0] not in names:
            continue
        killed, last = run(*m)
        print(f"{'killed  ' if killed else 'SURVIVED'} {m[0]}: {last}")
        if not killed:
            survived.append(m[0])
    return survived


if __name__ == "__main__":
    sys.exit(1 if main(sys.argv[1:]) else 0)

"""The README documents every CLI verb, and CI runs exactly the README's test command."""

import re

from conftest import ROOT
from policykg.cli import main

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_cli_verb_is_documented():
    for verb in main.commands:
        assert f"`policykg {verb}" in README, f"policykg {verb} is not documented in README.md"


def test_every_cli_option_is_documented():
    for verb, cmd in main.commands.items():
        for opt in (o for p in cmd.params for o in getattr(p, "opts", []) if o.startswith("--")):
            assert opt in README, f"policykg {verb} {opt} is not documented in README.md"


def test_ci_runs_the_readme_test_command():
    blocks = re.findall(r"```sh\n(.*?)\n```", README, re.S)
    test_cmd = next(b for b in blocks if "pytest" in b)
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert ci[-1] == test_cmd


def test_readme_install_command_builds_the_default():
    blocks = re.findall(r"```sh\n(.*?)\n```", README, re.S)
    assert blocks[0].endswith("policykg build")

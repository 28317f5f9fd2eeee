"""Lexicons are data: YAML files next to this module, loaded once on first use."""

from functools import lru_cache
from importlib import resources

import yaml

__all__ = ["load"]


@lru_cache(maxsize=None)
def load(name):
    """Return the parsed YAML lexicon ``name`` (without ``.yaml``)."""
    text = resources.files(__package__).joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)

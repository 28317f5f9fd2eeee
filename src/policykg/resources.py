"""Where the package's data lives: the ontology files and the bundled regulation.

``ontology/`` sits at the top of the project (it is part of the published
vocabulary); the package reaches it through ``src/policykg/ontology``, a
symlink in a checkout and a copy in an installed wheel.  A checkout made
without symlinks (the link is then a one-line text file) falls back to the
project folder.

>>> ontology_path("shapes.ttl").name
'shapes.ttl'
"""

from importlib import resources
from pathlib import Path

__all__ = ["ontology_path"]


def ontology_path(*parts):
    """Path of a file or folder under ``ontology/``."""
    packaged = Path(str(resources.files("policykg"))) / "ontology"
    root = packaged if packaged.is_dir() else Path(__file__).resolve().parents[2] / "ontology"
    return root.joinpath(*parts)

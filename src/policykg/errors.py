"""The exceptions policykg raises; the CLI turns each into a one-line message."""

__all__ = ["PolicyKGError", "InputError", "QueryError"]


class PolicyKGError(Exception):
    """Base class for every error policykg raises on purpose."""


class InputError(PolicyKGError):
    """A file that cannot be read as a regulation.

    The message always names the file and what is wrong with it.
    """

    def __init__(self, path, problem):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class QueryError(PolicyKGError):
    """A SPARQL query that cannot be parsed or run."""

"""policykg: Chinese legislation as a knowledge graph of actors, duties and programmes."""

__version__ = "0.1.0"

"""Analysis of the knowledge graph with networkx: views, metrics, instrument coding, tables, comparison.

Modules are imported on use so that ``build`` (which codes instruments) does not load networkx.
"""

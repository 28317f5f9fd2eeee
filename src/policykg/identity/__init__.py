"""Identities behind names: which files are one document, which documents are versions of one work."""

"""Identity: which document, organisation or role a name stands for.

Extraction reads names; identity says what they denote, so that one body under
four names is one node and two cities' 市人民政府 are two; which files are one
document, which documents are versions of one work.  Extract, rdf and analysis
all ask here rather than keep rules of their own.
"""

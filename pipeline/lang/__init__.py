"""Dutch parliamentary language data shared by the extractors, one module per kind of data.

The data itself lives in ``models/`` (JSON); these modules load it once and compile it.
"""

"""Extractors: one module per table, each a pure function of the clean text (and document date)."""

"""Ingestion: bytes to pages of lines. One reader per format, no cleaning here."""

from pipeline.ingest.pages import IngestError, Line, Page, RawDocument, Run
from pipeline.ingest.read import SUPPORTED_SUFFIXES, read_document

__all__ = ["IngestError", "Line", "Page", "RawDocument", "Run", "SUPPORTED_SUFFIXES", "read_document"]

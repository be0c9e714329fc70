"""Text stage: pages of lines to one clean text with footnotes and page offsets."""

from pipeline.text.clean import clean_document

__all__ = ["clean_document"]

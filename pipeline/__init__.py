"""Dutch parliamentary documents (Kamerbrieven, beslisnota's, motions, answers) into tables."""

__version__ = "0.1.0"

"""Normalisation of names against the catalogs shipped in `extractor/data`."""

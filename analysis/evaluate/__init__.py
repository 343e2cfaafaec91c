"""Scoring against annotations: gold files in the seeds.json format and brat attribution corpora (PolNeAR).

Data flows: matching (how a found item is matched to a gold item) -> gold (quotes and figures against a gold
JSON file) and brat (read brat standoff) -> polnear (quotes against a brat corpus: scored_articles, attribution_match,
speech_cues, attribution_records, attribution_scores) -> cli (the command line,
``python -m analysis.evaluate``). This layer may import from any other; nothing imports from it.
"""

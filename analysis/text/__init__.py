"""The text layer: reading articles and the shared layer under every extractor.

Data flows: files (which files a source names) -> articles (load_articles: one row per article, cleaned body,
title, date, dateline; the body cleaned by cleaning, dates read by dates) -> sentences (Punkt, offsets into the text) -> countries (gazetteer, names by date),
organisations (home countries), datelines (where a story was filed). Beside them: words (closed word classes of
English), word_tries (regular expressions for long word lists), rule_tables (the CSV rule tables in data/) and
guard (the per-article size and time bounds every extractor runs under).

Nothing here imports from the extractors (quotes, figures, sentiment), the run command, the report or evaluate.
"""

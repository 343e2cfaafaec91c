"""What a reader sees: tables and findings for the notebooks, charts, the reading view and the HTML report.

Data flows: the extractors' tables -> counts and country_tables (what the notebooks chart) and speaker_names
(one name per speaker) -> findings (sentences computed from those tables, one module per notebook) -> charts
and country_charts (one style, ``save_figure`` writes PNG, SVG, PDF and the CSV behind each chart) -> present
(headers and tables in a notebook) -> build (``python -m analysis.report``: every notebook headless, then
page, the one HTML report; outputs swaps the figure and report folders whole). reading_view renders an
article with its quotes highlighted.

Imports from text and the extractors; nothing below it imports from here.
"""

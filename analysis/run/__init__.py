"""The run command (``python -m analysis run``): analyse a folder of articles and write every table.

Data flows: quick (is the output already up to date? standard library only) -> pipeline (load the articles
through the loader's file_cache, find what the stage cache lacks) -> parallel (the stages of stages.py on
worker processes, or on_dask on a Dask cluster) -> store (one Parquet and one CSV file per table, layout and
manifest). settings holds what a run is asked to do and what it did; corpus (open_corpus) gives the notebooks
the same tables, computed on first use or read from a run's output folder.

Imports from text and the extractors; nothing below it imports from here.
"""

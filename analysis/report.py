"""Run every notebook headless over a folder of articles and write one HTML report.

    python -m analysis.report --articles seeds [--figures figures] [--reports reports]

papermill executes each numbered notebook with its ``parameters`` cell set (ARTICLES, FIGURES);
nbconvert writes the executed notebooks, joined, as one HTML page with the code hidden.
A notebook that fails is reported and the others still run; the exit status is then 1.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

import nbformat
import papermill as pm
from nbconvert import HTMLExporter

from .paths import FIGURES, NOTEBOOKS, REPORTS


def notebook_paths(folder: Path = NOTEBOOKS) -> list[Path]:
    """The project's notebooks in reading order (numbered file names)."""
    return sorted(p for p in folder.glob("[0-9][0-9]_*.ipynb") if not p.name.startswith("."))


def execute(notebook: Path, out: Path, articles: Path, figures: Path) -> str | None:
    """Execute one notebook into ``out``; the error's last line, or None when it ran."""
    try:
        pm.execute_notebook(
            str(notebook),
            str(out),
            cwd=str(notebook.parent),
            kernel_name="python3",
            parameters={"ARTICLES": str(articles), "FIGURES": str(figures)},
            progress_bar=False,
        )
    except pm.PapermillExecutionError as e:
        return f"{e.ename}: {e.evalue}"
    return None


def combine(executed: list[Path]) -> nbformat.NotebookNode:
    """One notebook holding the cells of all the executed ones, in order."""
    merged = nbformat.v4.new_notebook()
    merged.metadata = nbformat.read(executed[0], as_version=4).metadata if executed else {}
    for path in executed:
        nb = nbformat.read(path, as_version=4)
        merged.cells += [c for c in nb.cells if "injected-parameters" not in c.metadata.get("tags", [])]
    return merged


def write_report(executed: list[Path], html_path: Path, title: str) -> None:
    """HTML of the executed notebooks with code hidden: tables, figures and prose only."""
    exporter = HTMLExporter(exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True)
    body, _ = exporter.from_notebook_node(combine(executed), resources={"metadata": {"name": title}})
    tmp = html_path.with_name(f".{html_path.name}.tmp")
    tmp.write_text(body, encoding="utf-8")
    os.replace(tmp, html_path)


def run(articles: Path, figures: Path = FIGURES, reports: Path = REPORTS, notebooks: list[Path] | None = None) -> dict:
    """Execute the notebooks, write reports/<name>.ipynb and reports/report.html; errors by notebook."""
    articles, figures, reports = Path(articles).resolve(), Path(figures).resolve(), Path(reports).resolve()
    if not articles.exists():
        raise FileNotFoundError(f"No such folder or file of articles: {articles}")
    figures.mkdir(parents=True, exist_ok=True)
    reports.mkdir(parents=True, exist_ok=True)
    errors: dict[str, str] = {}
    executed: list[Path] = []
    with tempfile.TemporaryDirectory(dir=reports, prefix=".run-") as tmp:
        for nb in notebooks or notebook_paths():
            print(f"running {nb.name} over {articles} ...", flush=True)
            out = Path(tmp) / nb.name
            err = execute(nb, out, articles, figures)
            if err:
                errors[nb.name] = err
                print(f"  FAILED: {err}", file=sys.stderr)
            if out.exists():
                final = reports / nb.name
                shutil.copyfile(out, final.with_name(f".{final.name}.tmp"))
                os.replace(final.with_name(f".{final.name}.tmp"), final)  # whole file or none
                executed.append(final)
    if executed:
        write_report(executed, reports / "report.html", f"News analysis: {articles.name}")
        print(f"report: {reports / 'report.html'}; figures: {figures}")
    return errors


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", default="seeds", help="folder, file or glob of articles (default: seeds)")
    ap.add_argument("--figures", default=str(FIGURES), help="where figures are exported (default: figures/)")
    ap.add_argument("--reports", default=str(REPORTS), help="executed notebooks and report.html (default: reports/)")
    a = ap.parse_args(argv)
    errors = run(Path(a.articles), Path(a.figures), Path(a.reports))
    for name, err in errors.items():
        print(f"{name} failed: {err}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

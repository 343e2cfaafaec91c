"""The report as one HTML page: a title page (the corpus, every notebook's key findings, a table of contents),
then the executed notebooks with their code hidden.

The findings and section headers are read from the metadata that ``analysis.present`` puts on its displays, so
a notebook that uses ``show_findings`` and ``show_section`` joins the title page and the contents by itself; a
notebook that does not is listed by its title.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path

from .jupyter import HTMLExporter, nbformat

STYLE = """<style>
.analysis-title h1 { margin-bottom: 0.2em; }
.analysis-title .corpus { color: #333; }
.analysis-title li { margin: 0.15em 0; }
.analysis-title .failed { color: #a00; }
.analysis-findings { background: #f5f7fa; border-left: 4px solid #4a78a8; padding: 0.3em 1em; margin: 0.5em 0; }
table.analysis-table { border-collapse: collapse; font-size: 0.85em; margin: 0.3em 0; }
table.analysis-table th, table.analysis-table td { border-bottom: 1px solid #ddd; padding: 0.2em 0.5em;
  text-align: left !important; vertical-align: top; max-width: 40em; }
.analysis-note { color: #555; font-size: 0.85em; }
</style>"""


@dataclass
class NotebookInfo:
    """What the title page says of one executed notebook."""

    name: str
    anchor: str
    title: str
    findings: list[str] = field(default_factory=list)
    sections: list[tuple[str, str]] = field(default_factory=list)  # (anchor, header)
    stats: dict[str, int] = field(default_factory=dict)
    error: str | None = None


def _first_heading(nb: nbformat.NotebookNode, default: str) -> str:
    """The text of the notebook's first markdown heading, without its number ("01 · ")."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("#"):
                    return line.lstrip("#").strip().split(" · ", 1)[-1]
    return default


def notebook_info(path: Path, error: str | None = None) -> NotebookInfo:
    """Title, key findings, sections and counts of an executed notebook, from its displays' metadata."""
    nb = nbformat.read(path, as_version=4)
    info = NotebookInfo(path.name, f"nb-{path.stem}", _first_heading(nb, path.stem), error=error)
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            meta = out.get("metadata", {}).get("analysis")
            if not meta:
                continue
            if meta.get("kind") == "findings":
                info.title = meta.get("title") or info.title
                info.findings = list(meta.get("findings", []))
                info.stats.update(meta.get("stats", {}))
            elif meta.get("kind") == "section":
                info.sections.append((meta["id"], meta["header"]))
    return info


def title_page(heading: str, corpus: list[str], infos: list[NotebookInfo]) -> str:
    """HTML of the title page: heading, the corpus in sentences, key findings per notebook, contents."""
    esc = html.escape
    parts = [STYLE, '<div class="analysis-title">', f"<h1>{esc(heading)}</h1>"]
    parts.append('<p class="corpus">' + " ".join(esc(s) for s in corpus) + "</p>")
    parts.append("<h2>Key findings</h2>")
    for info in infos:
        parts.append(f'<h3><a href="#{info.anchor}">{esc(info.title)}</a></h3>')
        if info.error:
            parts.append(f'<p class="failed">This notebook failed: {esc(info.error)}</p>')
        elif info.findings:
            new = [s for s in info.findings if s not in corpus]  # notebook 01 opens with the corpus sentences too
            parts.append("<ul>" + "".join(f"<li>{esc(s)}</li>" for s in new) + "</ul>")
        else:
            parts.append("<p>Its findings are in the notebook below.</p>")
    parts.append("<h2>Contents</h2><ol>")
    for info in infos:
        subs = "".join(f'<li><a href="#{a}">{esc(h)}</a></li>' for a, h in info.sections)
        parts.append(f'<li><a href="#{info.anchor}">{esc(info.title)}</a>' + (f"<ul>{subs}</ul>" if subs else ""))
    parts.append("</ol></div>")
    return "".join(parts)


def _html_cell(body: str) -> nbformat.NotebookNode:
    """A code cell with no code whose one output is ``body`` (code is hidden in the report)."""
    cell = nbformat.v4.new_code_cell("")
    cell.outputs = [nbformat.v4.new_output("display_data", data={"text/html": body})]
    return cell


def combine(executed: list[Path], front: str = "") -> nbformat.NotebookNode:
    """One notebook: the title page, then each executed notebook's cells after an anchor to it."""
    merged = nbformat.v4.new_notebook()
    merged.metadata = nbformat.read(executed[0], as_version=4).metadata if executed else {}
    if front:
        merged.cells.append(_html_cell(front))
    for path in executed:
        nb = nbformat.read(path, as_version=4)
        merged.cells.append(_html_cell(f'<a id="nb-{html.escape(path.stem)}"></a>'))
        merged.cells += [c for c in nb.cells if "injected-parameters" not in c.metadata.get("tags", [])]
    for i, cell in enumerate(merged.cells):
        cell["id"] = f"cell-{i}"  # the notebooks' own ids repeat across notebooks
    return merged


def write_report(executed: list[Path], html_path: Path, title: str, front: str = "") -> None:
    """The report page: title page, then the executed notebooks' prose, tables and figures, code hidden."""
    exporter = HTMLExporter(exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True)
    body, _ = exporter.from_notebook_node(combine(executed, front), resources={"metadata": {"name": title}})
    html_path.write_text(body, encoding="utf-8")

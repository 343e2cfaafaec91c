"""How a notebook shows its findings, section headers and tables, in JupyterLab and in the HTML report.

Each display carries metadata (``{"analysis": {...}}``) that ``analysis.report`` reads from the executed
notebooks to build the report's title page, key findings and table of contents.
"""

from __future__ import annotations

import html
import re
import sys
import warnings
from pathlib import Path

import pandas as pd
from IPython.display import display

from ..missing import LIST_SEPARATOR
from .charts import _atomic_write
from .findings.base import TABLE_ROWS, Findings, Section, count

CELL_CHARS = 160  # a longer text cell is cut in the view (never in the CSV)
WARNING_CHARS = 200


def _one_line_warning(message, category, filename, lineno, file=None, line=None) -> None:
    """A warning as one short line on stdout ("Note: ..."), with no source path or code."""
    text = " ".join(str(message).split())
    if len(text) > WARNING_CHARS:
        text = text[: WARNING_CHARS - 1] + "…"
    print(f"Note: {text}", file=sys.stdout)


def notebook_setup() -> None:
    """Show warnings as one short line each, and numbers in tables as a reader writes them."""
    warnings.showwarning = _one_line_warning
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    warnings.filterwarnings("ignore", category=FutureWarning)
    pd.set_option("display.float_format", "{:,.2f}".format)
    pd.set_option("display.max_colwidth", CELL_CHARS)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def show_findings(findings: Findings) -> None:
    """Display the notebook's key findings as a list (and record them for the report's title page)."""
    items = "".join(f"<li>{html.escape(s)}</li>" for s in findings.sentences)
    body = f'<div class="analysis-findings"><p><strong>What these articles show</strong></p><ul>{items}</ul></div>'
    markdown = "**What these articles show**\n\n" + "\n".join(f"- {s}" for s in findings.sentences)
    meta = {
        "kind": "findings",
        "notebook": findings.notebook,
        "title": findings.title,
        "findings": list(findings.sentences),
        "stats": {k: int(v) for k, v in findings.stats.items()},
    }
    display(
        {"text/html": body, "text/markdown": markdown, "text/plain": markdown}, raw=True, metadata={"analysis": meta}
    )


def show_section(findings: Findings, key: str) -> Section:
    """Display the section's header sentence (what its chart or table shows here) and return the section."""
    section = findings.section(key)
    anchor = f"{_slug(findings.notebook[:2])}-{_slug(key)}"
    body = f'<h2 id="{anchor}">{html.escape(section.header)}</h2>'
    meta = {"kind": "section", "notebook": findings.notebook, "id": anchor, "header": section.header}
    display(
        {"text/html": body, "text/markdown": f"## {section.header}", "text/plain": section.header},
        raw=True,
        metadata={"analysis": meta},
    )
    return section


def _cell(value) -> str:
    """One value as a reader reads it: blank for missing, dates as dates, lists joined, long text cut."""
    if isinstance(value, (list, tuple)):
        value = ", ".join(map(str, value))
    elif hasattr(value, "tolist") and not isinstance(value, str):
        value = ", ".join(map(str, value.tolist()))
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d") if value == value.normalize() else value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, float):
        return f"{value:,.0f}" if value.is_integer() else f"{value:,.2f}"
    if isinstance(value, int):
        return f"{value:,}"
    text = " ".join(str(value).split())
    return text if len(text) <= CELL_CHARS else text[: CELL_CHARS - 1] + "…"


_LEFT = ' style="text-align: left; vertical-align: top"'  # JupyterLab right-aligns table cells; text reads left


def table_html(data: pd.DataFrame, rows: int = TABLE_ROWS) -> str:
    """The first ``rows`` rows of ``data`` as an HTML table (escaped, no index)."""
    head = "".join(f"<th{_LEFT}>{html.escape(str(c).replace('_', ' '))}</th>" for c in data.columns)
    body = "".join(
        "<tr>" + "".join(f"<td{_LEFT}>{html.escape(_cell(v))}</td>" for v in row) + "</tr>"
        for row in data.head(rows).itertuples(index=False)
    )
    return f'<table class="analysis-table"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _is_list(value) -> bool:
    return isinstance(value, (list, tuple)) or (hasattr(value, "tolist") and not isinstance(value, str))


def _joined(value):
    """A list cell as the run command's CSV writes it ("Japan; China"), anything else as it is."""
    if _is_list(value):
        return LIST_SEPARATOR.join(map(str, list(value)))
    return value


def save_table(data: pd.DataFrame, name: str, folder: str | Path) -> Path:
    """Write every row of ``data`` to <folder>/tables/<name>.csv (whole or not at all) and return the path; lists
    of countries are joined with LIST_SEPARATOR ("; "), as in the run command's CSV, never written as Python's ['Japan']."""
    path = Path(folder) / "tables" / f"{name}.csv"
    path.parent.mkdir(parents=True, exist_ok=True)
    listed = [c for c in data.columns if data[c].dtype == object and data[c].map(_is_list).any()]
    if listed:
        data = data.assign(**{c: data[c].map(_joined) for c in listed})
    _atomic_write(path, lambda tmp: data.to_csv(tmp, index=False))
    return path


def show_table(
    data: pd.DataFrame,
    name: str,
    folder: str | Path,
    rows: int = TABLE_ROWS,
    noun: str = "row",
    columns: list[str] | None = None,
) -> None:
    """Show the first ``rows`` rows of ``data`` (its ``columns`` only, when given) with a note of the rest, and
    save every row and every column as tables/<name>.csv in ``folder``; nothing is shown for an empty table (the
    section header says so)."""
    if data is None or len(data) == 0:
        return
    save_table(data, name, folder)
    data = data[[c for c in columns if c in data.columns]] if columns else data
    where = f"tables/{name}.csv in the figures folder"
    if len(data) > rows:
        note = f"Showing {rows} of {count(len(data), noun)}; every row is in {where}."
    else:
        note = f"All {count(len(data), noun)}; also in {where}."
    body = f'{table_html(data, rows)}<p class="analysis-note">{html.escape(note)}</p>'
    display({"text/html": body, "text/plain": f"{data.head(rows).to_string(index=False)}\n{note}"}, raw=True)

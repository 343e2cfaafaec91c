"""Every notebook: committed clean, parameterised, and runs top to bottom over seeds/ from a fresh kernel."""

from __future__ import annotations

import ast
import re

import nbformat
import pytest
from conftest import ROOT, SEEDS

from analysis.report.build import notebook_paths, run

NOTEBOOKS = notebook_paths(ROOT / "notebooks")
# Figures each notebook must export (name without extension).
EXPECTED_FIGURES = {
    "01_articles.ipynb": ["country_mentions"],
    "02_quote_attribution.ipynb": ["quotes_by_speaker", "quotes_by_country"],
    "03_country_sentiment.ipynb": ["country_portrayal", "stance_heatmap", "stance_network"],
    "04_trade_figures.ipynb": ["trade_changes"],
}


def test_there_are_notebooks():
    assert [p.name for p in NOTEBOOKS][:1] == ["01_articles.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_clean_and_parameterised(path):
    nb = nbformat.read(path, as_version=4)
    assert nb.metadata["kernelspec"]["name"] == "python3"
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(not c.outputs and c.execution_count is None for c in code), "commit notebooks without outputs"
    params = [c for c in code if "parameters" in c.metadata.get("tags", [])]
    assert len(params) == 1
    names = {
        t.id: ast.literal_eval(n.value)
        for n in ast.parse(params[0].source).body
        for t in n.targets
        if isinstance(n, ast.Assign)
    }  # literals only, as papermill needs
    assert {"ARTICLES", "FIGURES"} <= set(names)
    assert nb.cells[0].cell_type == "markdown"


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("run")
    errors = run(SEEDS, tmp / "figures", tmp / "reports", NOTEBOOKS).errors
    return tmp, errors


def test_notebooks_run_over_seeds(executed):
    tmp, errors = executed
    assert errors == {}
    assert (tmp / "reports" / "report.html").stat().st_size > 10_000
    for path in NOTEBOOKS:
        nb = nbformat.read(tmp / "reports" / path.name, as_version=4)
        assert not [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]


@pytest.mark.parametrize("name,figures", EXPECTED_FIGURES.items())
def test_figures_exported(executed, name, figures):
    tmp, _ = executed
    for fig in figures:
        for ext in ("png", "svg", "pdf", "csv"):
            assert (tmp / "figures" / f"{fig}.{ext}").stat().st_size > 0, f"{name} did not export {fig}.{ext}"


def test_report_hides_code(executed):
    tmp, _ = executed
    html = (tmp / "reports" / "report.html").read_text(encoding="utf-8")
    assert "load_articles(ARTICLES)" not in html  # code cells are hidden
    assert "<img" in html or "image/png" in html


def test_report_opens_with_a_title_page(executed):
    tmp, _ = executed
    html = (tmp / "reports" / "report.html").read_text(encoding="utf-8")
    page = html[html.index("analysis-title") :]
    assert page.index("Key findings") < page.index("Contents") < page.index('id="nb-01_articles"')
    assert "2 articles (" in page and "quotes in 2 articles" in page  # the corpus and notebook 02's findings
    for path in NOTEBOOKS:
        assert f'href="#nb-{path.stem}"' in page and f'id="nb-{path.stem}"' in page
    assert not re.search(r"(?<![\d,.])1 (quotes|articles|mentions)\b", html)  # "1 quote", not "1 quotes"
    assert "(not stated)" not in html and "see the table above" not in html


def test_failing_notebook_is_reported_and_others_run(tmp_path):
    bad = tmp_path / "nb"
    bad.mkdir()
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.cells = [
        nbformat.v4.new_code_cell('ARTICLES = ""\nFIGURES = ""', metadata={"tags": ["parameters"]}),
        nbformat.v4.new_code_cell("raise ValueError('boom')"),
    ]
    nbformat.write(nb, bad / "00_bad.ipynb")
    errors = run(SEEDS, tmp_path / "f", tmp_path / "r", [bad / "00_bad.ipynb", NOTEBOOKS[0]]).errors
    assert list(errors) == ["00_bad.ipynb"] and "boom" in errors["00_bad.ipynb"]
    assert (tmp_path / "r" / NOTEBOOKS[0].name).exists()
    assert "This notebook failed: ValueError: boom" in (tmp_path / "r" / "report.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebooks_use_only_the_public_api(path):
    import analysis

    nb = nbformat.read(path, as_version=4)
    for cell in (c for c in nb.cells if c.cell_type == "code"):
        for node in ast.walk(ast.parse(cell.source)):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("analysis"):
                assert node.module == "analysis", f"{path.name} imports {node.module}: use `from analysis import`"
                assert all(a.name in analysis.__all__ for a in node.names)

"""The report run: outputs replaced as a whole, kept when a run is interrupted, one clear line for a bad source,
globs, the summary; and None for missing text in the public tables."""

from __future__ import annotations

import json

import nbformat
import pytest

from analysis import country_mentions, extract_quotes, load_articles, open_corpus
from analysis.report import build as report
from analysis.report.outputs import MARK

STORY = "Ministers met in Geneva on Tuesday.\n\nJapan said the talks would resume next week.\n"


def _notebook(folder, name, body):
    """A two-cell notebook: the parameters, then ``body``."""
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.cells = [
        nbformat.v4.new_code_cell('ARTICLES = ""\nFIGURES = ""\nTABLES = None', metadata={"tags": ["parameters"]}),
        nbformat.v4.new_code_cell(body),
    ]
    path = folder / name
    nbformat.write(nb, path)
    return path


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(STORY, encoding="utf-8")
    (folder / "b.txt").write_text(STORY.replace("Japan", "Chile"), encoding="utf-8")
    (folder / "c.md").write_text(STORY.replace("Japan", "Peru"), encoding="utf-8")
    return folder


def test_a_chart_not_drawn_this_time_is_gone_and_a_glob_reaches_the_notebooks(tmp_path, articles):
    nbs = tmp_path / "nb"
    nbs.mkdir()
    write = "from pathlib import Path\nPath(FIGURES, '{}').write_text(ARTICLES)"
    first = _notebook(nbs, "01_first.ipynb", write.format("old.png"))
    second = _notebook(nbs, "01_second.ipynb", write.format("new.png"))
    figures, reports = tmp_path / "figures", tmp_path / "reports"
    assert report.run(articles, figures, reports, [first]).errors == {}
    assert (figures / "old.png").exists() and (reports / "report.html").exists()
    result = report.run(str(articles / "*.txt"), figures, reports, [second])
    assert result.errors == {} and len(result.articles) == 2  # the glob took the .txt files only
    assert not (figures / "old.png").exists()  # stale chart removed with the old folder
    assert (figures / "new.png").read_text().endswith("*.txt")  # the glob reached the notebook as a glob
    assert (reports / "01_second.ipynb").exists() and not (reports / "01_first.ipynb").exists()
    page = (reports / "report.html").read_text(encoding="utf-8")
    assert 'href="#nb-01_second"' in page and "Its findings are in the notebook below" in page  # joins by itself
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no staging folder left
    assert oct((figures / "new.png").stat().st_mode & 0o777) != "0o600"


def _previous_output(tmp_path):
    figures, reports = tmp_path / "figures", tmp_path / "reports"
    for folder, name in ((figures, "chart.png"), (reports, "report.html")):
        folder.mkdir()
        (folder / MARK).write_text("")
        (folder / name).write_text("previous run")
    return figures, reports


def test_an_interrupted_run_keeps_the_previous_output(tmp_path, articles, monkeypatch):
    figures, reports = _previous_output(tmp_path)

    def interrupted(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(report, "execute", interrupted)
    with pytest.raises(KeyboardInterrupt):
        report.run(articles, figures, reports, [tmp_path / "01_any.ipynb"])
    assert (figures / "chart.png").read_text() == "previous run"
    assert (reports / "report.html").read_text() == "previous run"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_main_says_interrupted_in_one_line(tmp_path, articles, monkeypatch, capsys):
    figures, reports = _previous_output(tmp_path)
    monkeypatch.setattr(report, "run", lambda *a, **k: (_ for _ in ()).throw(KeyboardInterrupt))
    assert report.main(["--articles", str(articles), "--figures", str(figures), "--reports", str(reports)]) == 130
    assert "previous" in capsys.readouterr().err


@pytest.mark.parametrize("case", ["missing", "empty", "only-bad"])
def test_a_bad_source_is_one_line_and_a_non_zero_exit(tmp_path, capsys, case):
    source = tmp_path / "src"
    if case != "missing":
        source.mkdir()
    if case == "only-bad":
        (source / "a.txt").write_bytes(b"")
    figures, reports = tmp_path / "figures", tmp_path / "reports"
    code = report.main(["--articles", str(source), "--figures", str(figures), "--reports", str(reports)])
    out, err = capsys.readouterr()
    assert code != 0
    assert out == "" and len(err.strip().splitlines()) == 1, err
    assert str(source) in err
    assert not figures.exists() and not reports.exists()


def test_a_folder_of_ones_own_is_never_replaced(tmp_path, articles):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "thesis.docx").write_text("keep me")
    with pytest.raises(report.outputs.NotOurs):
        report.run(articles, mine, tmp_path / "reports", [])
    assert (mine / "thesis.docx").read_text() == "keep me"


def test_the_summary_lists_what_was_skipped(tmp_path):
    records = [{"id": "a", "text": STORY}, "not a record", {"id": "b", "text": STORY}]
    lines = [json.dumps(r) for r in records] + ["{not json"]
    (tmp_path / "s.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles = report.read_source(str(tmp_path / "s.jsonl"))
    assert len(articles) == 1 and len(articles.attrs["skipped"]) == 2 and len(articles.attrs["duplicates"]) == 1
    result = report.RunResult(articles=articles, stats={"quotes": 1, "charts": 0}, figures=tmp_path)
    text = "\n".join(report.summary(result))
    assert "skipped 2 (" in text and "line" in text and "1 duplicate text read once" in text
    assert "No report was written." in text


def test_missing_text_is_none_not_nan(tmp_path):
    (tmp_path / "a.txt").write_text(
        'A plain line with no title mark.\n\n"We are ready," the statement read.\n\nThe two Koreas were calm.\n',
        encoding="utf-8",
    )
    articles = load_articles(tmp_path)
    assert articles["publisher"].iloc[0] is None
    mentions = country_mentions(articles)
    assert any(v is None for v in mentions["country"])
    quotes = extract_quotes(articles)
    for column in ("speaker", "speaker_role", "speaker_country"):
        assert all(v is None or isinstance(v, str) for v in quotes[column]), column
    tables = tmp_path / "tables"
    tables.mkdir()
    mentions.to_csv(tables / "country_mentions.csv", index=False)  # the name python -m analysis run writes
    back = open_corpus(tmp_path, tables).mentions
    assert any(v is None for v in back["country"]) and not any(isinstance(v, float) for v in back["country"])


def test_the_notebooks_get_the_tables_folder_the_report_is_given(tmp_path, articles):
    nbs = tmp_path / "nb"
    nbs.mkdir()
    nb = _notebook(
        nbs, "01_tables.ipynb", "from pathlib import Path\nPath(FIGURES, 'tables.txt').write_text(str(TABLES))"
    )
    tables = tmp_path / "tables"
    tables.mkdir()
    figures, reports = tmp_path / "figures", tmp_path / "reports"
    assert report.run(articles, figures, reports, [nb], tables=tables).errors == {}
    assert (figures / "tables.txt").read_text() == str(tables.resolve())
    with pytest.raises(FileNotFoundError):
        report.run(articles, figures, reports, [nb], tables=tmp_path / "missing")


def test_tables_made_from_other_articles_stop_the_report_with_one_line(tmp_path, articles, capsys):
    tables = tmp_path / "tables"
    tables.mkdir()
    load_articles(articles)[["article_id", "text"]].to_parquet(tables / "articles.parquet")
    report.check_tables(report.read_source(str(articles)), tables, str(articles))  # the same articles: no error
    (articles / "d.txt").write_text(STORY.replace("Japan", "Kenya"), encoding="utf-8")  # dropped in after the run
    (articles / "a.txt").write_text(STORY.replace("Japan", "Ghana"), encoding="utf-8")  # edited after the run
    with pytest.raises(report.StaleTables, match=r"1 new, 0 gone, 1 changed"):
        report.check_tables(report.read_source(str(articles)), tables, str(articles))
    figures, reports = tmp_path / "figures", tmp_path / "reports"
    argv = ["--articles", str(articles), "--figures", str(figures), "--reports", str(reports), "--tables", str(tables)]
    assert report.main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "python -m analysis run" in err and not figures.exists()


def test_a_kernel_that_does_not_start_is_started_again_then_reported(tmp_path, monkeypatch):
    calls = []

    def flaky(*args, **kwargs):
        calls.append(1)
        if len(calls) < 2:
            raise RuntimeError("Kernel didn't respond in 60 seconds")

    monkeypatch.setattr(report.pm, "execute_notebook", flaky)
    nb = tmp_path / "01_x.ipynb"
    assert report.execute(nb, tmp_path / "out.ipynb", "seeds", tmp_path) is None and len(calls) == 2

    def dead(*args, **kwargs):
        calls.append(1)
        raise RuntimeError("Kernel died before replying to kernel_info")

    calls.clear()
    monkeypatch.setattr(report.pm, "execute_notebook", dead)
    err = report.execute(nb, tmp_path / "out.ipynb", "seeds", tmp_path)
    assert err.startswith("RuntimeError: Kernel died") and len(calls) == report.KERNEL_STARTS


def test_the_summary_names_each_skipped_file_with_its_reason_up_to_ten(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.txt").write_text(STORY, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    articles = report.read_source(str(folder))
    result = report.RunResult(articles=articles, stats={"charts": 0}, figures=tmp_path)
    lines = report.summary(result)
    named = [l for l in lines if "empty.txt" in l]
    assert len(named) == 1 and named[0].strip().startswith("skipped") and ":" in named[0]
    for i in range(12):
        (folder / f"bad{i:02d}.txt").write_text("", encoding="utf-8")
    result = report.RunResult(articles=report.read_source(str(folder)), stats={"charts": 0}, figures=tmp_path)
    lines = report.summary(result)
    assert sum(".txt:" in l for l in lines) == 10
    assert any(l.strip().startswith("and 3 more;") for l in lines)


def test_a_committed_gitkeep_stays_while_two_runs_swap_the_figures(tmp_path, articles):
    nbs = tmp_path / "nb"
    nbs.mkdir()
    notebook = _notebook(nbs, "01_one.ipynb", "from pathlib import Path\nPath(FIGURES, 'chart.png').write_text('x')")
    figures, reports = tmp_path / "figures", tmp_path / "reports"
    figures.mkdir()
    (figures / ".gitkeep").write_text("")
    for _ in range(2):
        assert report.run(articles, figures, reports, [notebook]).errors == {}
        assert (figures / ".gitkeep").exists() and (figures / "chart.png").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no staging folder left


def test_files_of_other_types_in_the_folder_are_named_not_passed_over(tmp_path, articles, capsys):
    from analysis.__main__ import main as run_main

    (articles / "memo.pdf").write_bytes(b"%PDF-1.4\n")
    (articles / "notes.docx").write_bytes(b"PK\x03\x04")
    out = tmp_path / "tables"
    assert run_main(["run", str(articles), "--out", str(out), "--jobs", "1", "--quiet"]) == 0
    said = capsys.readouterr().out
    assert "not read: 2 files of other types (.docx, .pdf)" in said and ".parquet" not in said
    result = report.run(articles, tmp_path / "figures", tmp_path / "reports", [], tables=out)
    assert result.articles.attrs["not_read"].startswith("not read: 2 files of other types (.docx, .pdf)")
    assert any(line.startswith("  not read: 2 files") for line in report.summary(result))


def test_output_folders_kept_inside_the_articles_folder_are_not_read_as_articles(tmp_path):
    from analysis.run.store import write_manifest
    from analysis.text.files import find_files, other_files

    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "a.txt").write_text("Envoys meet\n\nEnvoys of Chile and Peru met on Friday.\n", encoding="utf-8")
    table = "article_id,text\na,Envoys of Chile and Peru met on Friday.\n"
    for name in ("tables", "figs", "mine_tables"):
        (folder / name).mkdir()
        (folder / name / "articles.csv").write_text(table, encoding="utf-8")
        (folder / name / "articles.parquet").write_bytes(b"PAR1")
    write_manifest(folder / "tables", {})  # what the run command writes marks its folder
    (folder / "figs" / MARK).write_text("", encoding="utf-8")  # what make report writes
    found = [p.relative_to(folder).as_posix() for p in find_files(folder)]
    assert found == ["a.txt", "mine_tables/articles.csv"]  # a folder no run wrote is still read
    assert [p.name for p in other_files(folder)] == ["articles.parquet"]
    # the report leaves out the folders it is given as outputs, marked or not
    articles = report.read_source(str(folder), [folder / "mine_tables"])
    assert articles["article_id"].tolist() == ["a"]


def test_the_summary_counts_ambiguous_mentions_so_it_agrees_with_the_run_table(tmp_path):
    from analysis import corpus_findings

    text = "Talks\n\nEnvoys of both Koreas and of Chile met in Lima on Friday to discuss inter-Korean trade.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    articles = report.read_source(str(tmp_path))
    mentions = country_mentions(articles)
    stats = corpus_findings(articles, mentions).stats
    assert stats["country mentions"] + stats["ambiguous mentions"] == len(mentions)
    n = stats["ambiguous mentions"]
    assert n >= 1  # "Koreas", "inter-Korean": the story names no one Korea
    result = report.RunResult(articles=articles, stats={**stats, "charts": 0}, figures=tmp_path)
    found = [line for line in report.summary(result) if line.startswith("Found")][0]
    assert f"{stats['country mentions']} country mention" in found and f"(and {n} ambiguous, with no country)" in found

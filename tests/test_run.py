"""``python -m analysis run``: the tables equal the public functions', the cache, atomic writes, bad files, resume."""

from __future__ import annotations

import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import pandas as pd
import pytest
from conftest import ROOT, SEEDS

from analysis import load_articles, load_tables
from analysis.run import cache, parallel, pipeline
from analysis.run.cache import _digest_files, files_read
from analysis.run.pipeline import Settings, run
from analysis.run.stages import analyse
from analysis.sentiment.choice import DEFAULT_SENTIMENT


def cell(v):
    """A cell as a plain value: missing as None, a score to 6 places (the model sums float32 over a batch)."""
    if isinstance(v, list):
        return v
    if pd.isna(v):
        return None
    return round(v, 6) if isinstance(v, float) else v


def plain(df: pd.DataFrame) -> list[list]:
    """A table's rows as plain values (dtypes of text columns vary with the data)."""
    return [[cell(v) for v in row] for row in df.astype(object).values.tolist()]


def assert_same(tables: dict[str, pd.DataFrame], reference: dict[str, pd.DataFrame]) -> None:
    """Every reference table is in ``tables``, same columns, same rows in the same order."""
    for name, ref in reference.items():
        got = tables[name]
        assert list(got.columns) == list(ref.columns), name
        assert plain(got) == plain(ref.reset_index(drop=True)), name


def reference(source) -> dict[str, pd.DataFrame]:
    """What the public functions give on ``source``, one table per stage, and the articles."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        articles = load_articles(source)
        out = analyse(articles)
    out.pop("problems")
    return {"articles": articles, **out}


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    """A copy of the seed articles."""
    shutil.copytree(SEEDS, tmp_path / "in")
    return tmp_path / "in"


QUIET = dict(progress=False)


def test_tables_equal_the_public_functions(folder, tmp_path):
    report = run(folder, tmp_path / "out", Settings(jobs=1, **QUIET))
    assert report.analysed == 2 and report.written
    tables = load_tables(tmp_path / "out")
    assert_same(tables, reference(folder))
    for name in ("quotes", "stance", "figures"):
        assert (tmp_path / "out" / f"{name}.csv").exists()
    assert not [p for p in (tmp_path / "out").iterdir() if ".tmp-" in p.name]  # nothing left half written


def test_two_jobs_give_the_rows_of_one(folder, tmp_path):
    run(folder, tmp_path / "one", Settings(jobs=1, **QUIET))
    run(folder, tmp_path / "two", Settings(jobs=2, **QUIET))
    assert_same(load_tables(tmp_path / "two"), load_tables(tmp_path / "one"))


def test_two_jobs_over_articles_all_in_the_cache_analyse_none(folder, tmp_path):
    run(folder, tmp_path / "out", Settings(jobs=2, **QUIET))
    first = load_tables(tmp_path / "out")
    for f in folder.iterdir():  # a touched file misses the quick check; its articles are still in the cache
        f.touch()
    again = run(folder, tmp_path / "out", Settings(jobs=2, **QUIET))
    assert again.analysed == 0 and again.articles == 2
    assert_same(load_tables(tmp_path / "out"), first)


def test_a_warm_up_that_fails_leaves_the_failure_to_the_tasks(monkeypatch):
    def boom(*args, **kwargs):
        raise RuntimeError("broken rule table")

    monkeypatch.setattr(parallel, "analyse", boom)
    parallel.warm_up()  # the worker starts; each task then reports its articles as problems


def test_rerun_reads_the_cache_and_new_articles_only_are_analysed(folder, tmp_path):
    out = tmp_path / "out"
    run(folder, out, Settings(jobs=1, **QUIET))
    again = run(folder, out, Settings(jobs=1, **QUIET))
    assert again.analysed == 0 and not again.written  # nothing changed: nothing rewritten
    first = next(folder.glob("*.txt"))
    (folder / "new.txt").write_text(first.read_text(encoding="utf-8") + "\n\nJapan said on Monday it agreed.\n")
    added = run(folder, out, Settings(jobs=1, **QUIET))
    assert added.analysed == 1 and added.written
    assert_same(load_tables(out), reference(folder))


def test_a_changed_rule_version_reanalyses_only_the_stages_that_read_it(folder, tmp_path, monkeypatch):
    out = tmp_path / "out"
    run(folder, out, Settings(jobs=1, **QUIET))
    real = pipeline.versions
    # a changed rule table changes the package's digest too: the quick check lets the run through
    monkeypatch.setattr(pipeline.quick, "environment", lambda: ["a rule table changed"])

    def changed(named, settings, memo):
        return {n: v + ("x" if "analysis.quotes" in named[n] else "") for n, v in real(named, settings, memo).items()}

    monkeypatch.setattr(pipeline, "versions", changed)
    calls = []
    monkeypatch.setattr(
        parallel, "task", lambda arts, tables, *rest: calls.append(tables) or analyse(arts, tables, *rest)
    )
    run(folder, out, Settings(jobs=1, **QUIET))
    assert {tuple(t) for t in calls} == {("quotes", "country_events", "stance")}
    assert_same(load_tables(out), reference(folder))


def test_each_stage_version_covers_the_rule_tables_it_reads():
    quotes = {p.name for p in files_read(["analysis.quotes"])}
    figures = {p.name for p in files_read(["analysis.figures"])}
    assert {"cue_verbs.csv", "speaker_roles.csv", "country_aliases.csv"} <= quotes
    assert "cue_verbs.csv" not in figures and "figure_units.csv" in figures


def test_stage_versions_remember_which_files_each_stage_reads(tmp_path, monkeypatch):
    named = {"quotes": ["analysis.quotes", "analysis.run.stages"], "figures": ["analysis.figures"]}
    memo = tmp_path / "versions.json"
    first = cache.versions(named, ["max_chars=1"], memo)
    assert first == {n: cache.version(m, ["max_chars=1"]) for n, m in named.items()}

    def parse(modules):
        raise AssertionError("parsed again")

    with monkeypatch.context() as m:
        m.setattr(cache, "files_read", parse)
        assert cache.versions(named, ["max_chars=1"], memo) == first  # remembered: nothing parsed
        assert cache.versions(named, ["max_chars=2"], memo) != first  # the settings still count
    monkeypatch.setattr(cache, "environment", lambda: ["another pandas"])  # the package's signature changes
    monkeypatch.setattr(cache, "files_read", parse)
    with pytest.raises(AssertionError, match="parsed again"):
        cache.versions(named, [], memo)


def test_a_digest_changes_with_any_byte_of_a_file(tmp_path):
    table = tmp_path / "rules.csv"
    table.write_text("word,kind\nsaid,speech\n")
    before = _digest_files([table])
    table.write_text("word,kind\nsaid,speech\nsays,speech\n")
    assert _digest_files([table]) != before


def test_bad_files_are_reported_and_good_ones_kept(folder, tmp_path):
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (folder / "broken.json").write_text("{not json")
    run(folder, tmp_path / "out", Settings(jobs=1, **QUIET))
    tables = load_tables(tmp_path / "out")
    assert len(tables["articles"]) == 2
    skipped = tables["problems"].query("kind == 'skipped'")["path"].map(lambda p: Path(p).name)
    assert set(skipped) == {"empty.txt", "binary.txt", "broken.json"}


def test_lines_the_loader_skipped_are_reported_again_when_their_file_comes_from_the_cache(folder, tmp_path):
    feed = folder / "feed.jsonl"
    feed.write_text(
        '{"id": "a1", "text": "Japan said exports rose."}\n{not json\n{"id": "a2", "text": "Trade grew."}\n'
    )
    run(folder, tmp_path / "out", Settings(jobs=1, **QUIET))
    seed = sorted(folder.glob("*.txt"))[0]
    seed.write_text(seed.read_text(encoding="utf-8") + "\n\nAn added paragraph.\n", encoding="utf-8")
    again = run(folder, tmp_path / "out", Settings(jobs=1, **QUIET))
    assert again.files_cached == 2  # the feed and the other seed, from the loader's cache
    problems = load_tables(tmp_path / "out")["problems"]
    assert problems.query("kind == 'skipped'")["detail"].str.startswith("line 2: not JSON").tolist() == [True]


def test_a_long_article_is_analysed_in_parts_with_offsets_into_the_whole(folder, tmp_path):
    run(folder, tmp_path / "out", Settings(jobs=1, max_chars=1500, **QUIET))
    tables = load_tables(tmp_path / "out")
    texts = dict(zip(tables["articles"].article_id, tables["articles"].text))
    assert (tables["problems"]["kind"] == "parts").any()
    for name, column in (("country_mentions", "surface"), ("quotes", "quote"), ("figures", "text")):
        for aid, s, e, surface in zip(*(tables[name][c] for c in ("article_id", "start", "end", column))):
            assert texts[aid][s:e] == surface, name
    assert tables["sentences"].groupby("article_id")["sentence"].apply(lambda s: list(s) == list(range(len(s)))).all()


def test_an_article_over_the_parts_limit_is_skipped_with_one_line(folder, tmp_path):
    run(folder, tmp_path / "out", Settings(jobs=1, max_chars=1000, max_parts=1, **QUIET))
    tables = load_tables(tmp_path / "out")
    assert len(tables["problems"].query("kind == 'too long'")) == 2
    assert tables["quotes"].empty


def test_an_interrupted_run_resumes_from_the_cache(folder, tmp_path, monkeypatch):
    out = tmp_path / "out"
    monkeypatch.setattr(parallel, "FLUSH_ARTICLES", 1)
    monkeypatch.setattr(parallel, "CHUNK_CHARS", 1)  # one article per task
    calls = []

    def interrupted(arts, *rest):
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return analyse(arts, *rest)

    monkeypatch.setattr(parallel, "task", interrupted)
    with pytest.raises(KeyboardInterrupt):
        run(folder, out, Settings(jobs=1, **QUIET))
    assert not (out / "quotes.parquet").exists()
    monkeypatch.undo()
    resumed = run(folder, out, Settings(jobs=1, **QUIET))
    assert resumed.analysed == 1
    assert_same(load_tables(out), reference(folder))


def test_a_failed_write_leaves_the_old_table_whole(tmp_path, monkeypatch):
    from analysis.run import store

    store.write_table(pd.DataFrame({"a": [1, 2]}), tmp_path, "t")
    monkeypatch.setattr(store.pacsv, "write_csv", lambda *a, **k: (_ for _ in ()).throw(OSError("disk full")))
    with pytest.raises(OSError):
        store.write_table(pd.DataFrame({"a": [3]}), tmp_path, "t")
    assert pd.read_parquet(tmp_path / "t.parquet")["a"].tolist() == [1, 2]


def test_the_command_line_explains_itself_and_runs(folder, tmp_path):
    help_text = subprocess.run(
        [sys.executable, "-m", "analysis", "run", "--help"], capture_output=True, text=True, cwd=ROOT
    )
    assert help_text.returncode == 0 and "--jobs" in help_text.stdout and "cache" in help_text.stdout.lower()
    done = subprocess.run(
        [sys.executable, "-m", "analysis", "run", str(folder), "--out", str(tmp_path / "out"), "--jobs", "1", "-q"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    assert "wrote" in done.stdout and (tmp_path / "out" / "manifest.json").exists()


def test_an_article_that_fails_its_task_is_reported_and_the_others_kept(folder, tmp_path, monkeypatch):
    bad = next(iter(sorted(folder.glob("*.txt")))).stem

    def failing(arts, *rest):
        if any(str(a).startswith(bad[:3]) for a in arts["article_id"]):
            raise MemoryError("worker ran out")
        return analyse(arts, *rest)

    monkeypatch.setattr(parallel, "task", failing)
    run(folder, tmp_path / "out", Settings(jobs=1, **QUIET))
    tables = load_tables(tmp_path / "out")
    failed = tables["problems"].query("kind == 'error'")
    assert len(failed) == 1 and failed["article_id"].iloc[0].startswith(bad[:3])
    assert tables["quotes"]["article_id"].nunique() == 1  # the good article's rows are kept
    monkeypatch.undo()
    assert run(folder, tmp_path / "out", Settings(jobs=1, **QUIET)).analysed == 1  # a failure is tried again


DIE_FOR = ""  # article id prefix for which a worker dies (set by the test; forked workers inherit it)


def dying(arts, *rest):
    """A task whose worker dies on the article ``DIE_FOR``, as a worker killed for memory would: no exception."""
    import os

    if any(str(a).startswith(DIE_FOR) for a in arts["article_id"]):
        os._exit(1)
    return analyse(arts, *rest)


def test_a_worker_that_dies_costs_only_its_article(folder, tmp_path, monkeypatch):
    bad = sorted(folder.glob("*.txt"))[0].stem[:3]
    monkeypatch.setattr(sys.modules[__name__], "DIE_FOR", bad)
    monkeypatch.setattr(parallel, "task", dying)
    run(folder, tmp_path / "out", Settings(jobs=2, **QUIET))
    tables = load_tables(tmp_path / "out")
    assert tables["problems"].query("kind == 'error'")["article_id"].str.startswith(bad).tolist() == [True]
    assert tables["quotes"]["article_id"].nunique() == 1


def test_the_notebooks_corpus_reads_the_tables_the_run_command_wrote(folder, tmp_path, monkeypatch):
    from analysis import open_corpus
    from analysis.run import corpus as corpus_module

    run(folder, tmp_path / "out", Settings(jobs=1, **QUIET))

    def computed(*args, **kwargs):
        raise AssertionError("computed again although the run command wrote the table")

    for module in ("_countries", "_quotes", "_figures", "_sentiment"):
        monkeypatch.setattr(corpus_module, module, type("Never", (), {"__getattr__": lambda self, n: computed})())
    corpus = open_corpus(folder, tmp_path / "out")
    ref = reference(folder)
    assert plain(corpus.quotes) == plain(ref["quotes"])
    assert len(corpus.mentions) == len(ref["country_mentions"]) and len(corpus.stance) == len(ref["stance"])
    assert len(corpus.sentiment) == len(ref["country_sentiment"]) and len(corpus.figures) == len(ref["figures"])


def test_the_sentiment_model_is_a_setting_whose_change_redoes_only_the_scored_stages(folder, tmp_path, monkeypatch):
    out = tmp_path / "out"
    run(folder, out, Settings(jobs=1, **QUIET))
    calls = []
    monkeypatch.setattr(
        parallel, "task", lambda arts, tables, *rest: calls.append(tables) or analyse(arts, tables, *rest)
    )
    report = run(folder, out, Settings(jobs=1, sentiment="encoder" if DEFAULT_SENTIMENT == "fast" else "fast", **QUIET))
    assert report.written and {tuple(t) for t in calls} == {("country_sentiment", "portrayal", "stance")}
    other = load_tables(out)["country_sentiment"]
    model = "encoder" if DEFAULT_SENTIMENT == "fast" else "fast"
    assert len(other) > 20 and other["rule"].str.endswith(f"score:{model}").all()


def test_an_unknown_sentiment_model_is_a_clear_error(seeds):
    from analysis import country_sentiment, country_stance, target_sentiment

    for call in (lambda: country_sentiment(seeds, "bert"), lambda: country_stance(seeds, sentiment="bert")):
        with pytest.raises(ValueError, match="encoder, fast"):
            call()
    with pytest.raises(ValueError, match="encoder, fast"):
        target_sentiment("Japan agreed.", 0, 5, sentiment="bert")


def test_the_command_line_names_each_skipped_file_with_its_reason(folder, tmp_path, capsys):
    from analysis.__main__ import main

    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\x00\x01binary")
    assert main(["run", str(folder), "--out", str(tmp_path / "out"), "--jobs", "1", "--quiet"]) == 0
    out = capsys.readouterr().out
    named = [line for line in out.splitlines() if line.strip().startswith("skipped")]
    assert len(named) == 2 and any("empty.txt: empty file" in line for line in named)
    assert any("broken.txt: binary file" in line for line in named)


def test_open_corpus_reads_the_events_table_a_run_wrote(folder, tmp_path):
    from analysis import country_events, open_corpus

    out = tmp_path / "out"
    run(folder, out, Settings(jobs=1, **QUIET))
    corpus = open_corpus(folder, out)
    computed = country_events(load_articles(folder))
    assert list(corpus.events.columns) == list(computed.columns) and len(corpus.events) == len(computed) > 0


def test_the_notebooks_state_what_the_run_command_skipped_and_found_twice(folder, tmp_path):
    from analysis import corpus_findings, open_corpus

    (folder / "empty.txt").write_text("", encoding="utf-8")
    first = sorted(folder.glob("*.txt"))[1]
    (folder / "copy.txt").write_text(first.read_text(encoding="utf-8"), encoding="utf-8")
    run(folder, tmp_path / "out", Settings(jobs=1, **QUIET))
    articles = open_corpus(folder, tmp_path / "out").articles
    assert [Path(d["path"]).name for d in articles.attrs["skipped"]] == ["empty.txt"]
    assert len(articles.attrs["duplicates"]) == 1 and articles.attrs["duplicates"][0]["same_as"]
    said = " ".join(corpus_findings(articles, pd.DataFrame(columns=["country", "article_id"])).sentences)
    assert "could not be read" in said and "identical to another" in said


def test_a_source_with_no_readable_article_is_one_error_line_and_the_last_tables_stay(folder, tmp_path, capsys):
    from analysis.__main__ import main

    out = tmp_path / "out"
    assert main(["run", str(folder), "--out", str(out), "--jobs", "1", "--quiet"]) == 0
    before = len(load_tables(out)["articles"])
    (tmp_path / "empty.jsonl").write_text("", encoding="utf-8")
    capsys.readouterr()
    assert main(["run", str(tmp_path / "empty.jsonl"), "--out", str(out), "--jobs", "1", "--quiet"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: no readable article in") and "(empty.jsonl: empty file)" in err
    assert len(load_tables(out)["articles"]) == before > 0


def test_the_run_summary_counts_agree_with_their_nouns(tmp_path):
    from analysis.__main__ import summary
    from analysis.run.pipeline import Report

    report = Report()
    report.articles, report.files, report.analysed = 1, 1, 1
    first = summary(report, tmp_path).splitlines()[0]
    assert first.startswith("1 article from 1 file (0 read from the cache)")


def test_a_text_cut_at_the_loaders_cap_is_a_problem_and_the_notebooks_and_terminal_say_so(folder, tmp_path, capsys):
    from analysis import corpus_findings, open_corpus
    from analysis.__main__ import main

    memo = "Long memo\n\n" + "Delegates from Norway met again in a hall and agreed on nothing at all.\n\n" * 3000
    (folder / "memo.txt").write_text(memo, encoding="utf-8")
    # one part of the default size: the cut text is over it, so it is listed and not analysed (the test stays fast)
    args = ["run", str(folder), "--out", str(tmp_path / "out"), "--jobs", "1", "--quiet", "--max-parts", "1"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "truncated 1" in out and any(
        line.strip().startswith("cut ") and "memo.txt" in line for line in out.splitlines()
    )
    problems = load_tables(tmp_path / "out")["problems"]
    cut = problems.query("kind == 'truncated'")
    assert cut["article_id"].tolist() == ["memo"] and cut["stage"].tolist() == ["load"]
    articles = open_corpus(folder, tmp_path / "out").articles
    assert [t["article_id"] for t in articles.attrs["truncated"]] == ["memo"]
    assert articles.attrs["truncated"][0]["chars"] > articles.attrs["truncated"][0]["kept"] > 0
    said = " ".join(corpus_findings(articles, pd.DataFrame(columns=["country", "article_id"])).sentences)
    assert "read only up to a cap" in said


def test_out_over_the_articles_folder_is_one_error_line_that_says_so(folder, tmp_path, capsys):
    from analysis.__main__ import main

    before = sorted(p.name for p in folder.iterdir())
    assert main(["run", str(folder), "--out", str(folder), "--jobs", "1", "--quiet"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"error: --out {folder} holds the articles of {folder}") and "tables" in err
    assert len(err.splitlines()) == 1 and sorted(p.name for p in folder.iterdir()) == before

"""The whole pipeline and the run command: time, ratio to the floor, parallel speed-up, rerun, peak memory.

    .venv/bin/python benchmarks/pipeline.py [--n 2000] [--jobs 2] [--repeat 3] [--skip-run]

Input: ../shared/corpus/reuters21578.jsonl when present (its first N stories), else copies of seeds/ (as
bench.py). Prints, on one core in this process:

- the whole pipeline (``analysis.run.stages.analyse``, first, on texts no stage has seen), then each stage, with
  their ratios to the floor (read the stories, Punkt, VADER on every sentence; bench.py's floor, measured before
  and after them, the faster of the two taken), in wall time and in CPU time (which moves less when other work
  shares the machine);

then, each in a fresh process (``python -m analysis run``, cache in a temporary folder):

- the first run with one job and with ``--jobs`` jobs, in turn ``--repeat`` times, the fastest of each kept
  (speed-up, and its spread across the runs); beside it the floor's own speed-up when its work is split over
  as many processes, the most this machine gives parallel work right now (the floor for parallel runs);
- a rerun over the unchanged input (ratio first / rerun); peak memory (largest resident set of the command and
  of its workers).

Goals from issue 14: whole pipeline <= 2.2 x floor on one core; --jobs 2 >= 1.8 x one job; rerun >= 20 x faster
than the first run; peak memory < 1 GB on all 19,043 stories (--n 19043). The machine is shared: read the
ratios, which the floor measured in the same run makes comparable, more than the seconds.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import subprocess
import sys
import tempfile
import time
import warnings
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from bench import cold, corpus_files, floor
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from analysis import load_articles, sentences
from analysis.paths import ROOT
from analysis.run.stages import STAGES, analyse
from analysis.sentiment.choice import DEFAULT_SENTIMENT, SENTIMENT_MODELS


def timed(fn, *args) -> tuple[float, float, object]:
    """Wall and CPU seconds of ``fn(*args)``, from nothing split (see bench.cold), and its result."""
    cold()
    w, c = time.perf_counter(), time.process_time()
    out = fn(*args)
    return time.perf_counter() - w, time.process_time() - c, out


def line(name: str, rows: str, wall: float, cpu: float, n: int, base: tuple[float, float], goal: str = "") -> None:
    print(
        f"{name:>18}: {rows:>12}{wall:7.2f} s {n / wall:8,.0f} articles/s  ratio {wall / base[0]:4.2f}"
        f"  CPU {cpu:6.2f} s ratio {cpu / base[1]:4.2f}{goal}"
    )


def one_core(articles, source: Path, sentiment: str) -> None:
    """The floor, each stage, the whole pipeline and the floor again, in this process (the ratios use the faster
    floor of the two, wall and CPU time apart: CPU time moves less when other work shares the machine)."""
    analyse(articles.head(5), sentiment=sentiment)  # read the rule tables and the model outside the timing
    first = timed(floor, source)
    # first: no stage has seen these texts (the stages share their sentences)
    whole = timed(lambda a: analyse(a, sentiment=sentiment), articles)
    done: dict = {}
    stages = []
    for name, stage in STAGES.items():
        stages.append(timed(stage.run, articles, {n: done[n] for n in stage.needs}, sentiment))
        done[name] = stages[-1][2]
    again = timed(floor, source)
    base = (min(first[0], again[0]), min(first[1], again[1]))
    n = len(articles)
    line("floor", "", *base, n, base)
    for name, (wall, cpu, df) in zip(STAGES, stages):
        line(name, f"{len(df):>7} rows", wall, cpu, n, base)
    line("stages, summed", "", sum(t[0] for t in stages), sum(t[1] for t in stages), n, base)
    line("whole (analyse)", "", whole[0], whole[1], n, base, "  (goal <= 2.2)")


# The command in a fresh process that reports its own peak resident set (VmHWM, which starts again at exec; its
# ru_maxrss would keep the benchmark's, the process it was forked from) and its workers' (forked from it).
PEAK = """import resource, sys
from analysis.__main__ import main
code = main(sys.argv[1:])
try:
    own = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM"))
except OSError:  # not Linux: ru_maxrss, which may count the benchmark's own pages
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(f"peak-kb {max(own, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)}", file=sys.stderr)
sys.exit(code)
"""


def command(source: Path, out: Path, jobs: int, n: int, sentiment: str) -> tuple[float, float]:
    """Wall seconds of ``python -m analysis run`` in a fresh process, and the peak memory of it or a worker (MB)."""
    args = [
        "run",
        str(source),
        "--out",
        str(out),
        "--jobs",
        str(jobs),
        "--limit",
        str(n),
        "--sentiment",
        sentiment,
        "-q",
    ]
    t0 = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", PEAK, *args], check=True, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    dt = time.perf_counter() - t0
    peak = [line for line in done.stderr.decode().splitlines() if line.startswith("peak-kb ")]
    return dt, int(peak[-1].split()[1]) / 1024


def floor_work(articles) -> int:
    """The floor's work on some articles (Punkt, VADER on every sentence), from nothing split: sentences scored."""
    cold()
    vader = SentimentIntensityAnalyzer()
    return sum(1 for t in sentences(articles)["text"] if vader.polarity_scores(t))


def floor_speed_up(articles, jobs: int) -> float:
    """How much faster the floor's work runs split over ``jobs`` processes than in one: what this machine gives
    parallel work right now (other work on it, cores that share a physical core), the ceiling for --jobs."""
    parts = [articles.iloc[i::jobs] for i in range(jobs)]
    with ProcessPoolExecutor(jobs, mp_context=mp.get_context("fork")) as pool:
        list(pool.map(floor_work, [p.head(3) for p in parts]))  # workers started and warm
        t0 = time.perf_counter()
        list(pool.map(floor_work, parts))
        many = time.perf_counter() - t0
    t0 = time.perf_counter()
    floor_work(articles)
    return (time.perf_counter() - t0) / many


def runs(source: Path, articles, n: int, jobs: int, repeat: int, tmp: Path, sentiment: str) -> None:
    """First runs with one and with ``jobs`` jobs (``repeat`` times each, in turn: the fastest of each is kept),
    then a rerun; with the largest peak memory of a run (of the command or one of its workers)."""
    ones, manys, mems = [], [], []
    for i in range(repeat):
        for times, j, name in ((ones, 1, "one"), (manys, jobs, "many")):
            wall, mem = command(source, tmp / f"{name}{i}", j, n, sentiment)
            times.append(wall)
            mems.append(mem)
    one, many, mem = min(ones), min(manys), max(mems)
    ceiling = max(floor_speed_up(articles, jobs) for _ in range(2))
    spread = f"{min(ones) / max(manys):.2f}-{max(ones) / min(manys):.2f}"
    print(f"{'run, 1 job':>18}: {one:7.2f} s {n / one:8,.0f} articles/s  (fastest of {repeat})")
    print(
        f"{f'run, {jobs} jobs':>18}: {many:7.2f} s {n / many:8,.0f} articles/s  peak {mem:6.0f} MB"
        f"  speed-up {one / many:4.2f} (goal >= 1.8; {spread} across the runs)"
    )
    print(
        f"{'floor, split':>18}: speed-up {ceiling:4.2f} on {jobs} processes: the run's is {one / many / ceiling:.0%} of it"
    )
    again, mem = command(source, tmp / f"many{repeat - 1}", jobs, n, sentiment)
    print(
        f"{'rerun, unchanged':>18}: {again:7.2f} s  first / rerun {many / again:5.1f} (goal >= 20)  peak {mem:6.0f} MB"
    )


def main(argv: list[str] | None = None) -> int:
    """Print the lines described in the module docstring."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=2000, help="number of articles (default 2000)")
    ap.add_argument("--jobs", type=int, default=2, help="jobs of the parallel run (default 2)")
    ap.add_argument("--repeat", type=int, default=3, help="first runs of each kind, fastest kept (default 3)")
    ap.add_argument("--skip-run", action="store_true", help="only the one-core timings in this process")
    ap.add_argument("--sentiment", choices=SENTIMENT_MODELS, default=DEFAULT_SENTIMENT, help="the sentiment model")
    a = ap.parse_args(argv)
    warnings.simplefilter("ignore")
    with tempfile.TemporaryDirectory() as tmp:
        txt, jsonl, source = corpus_files(Path(tmp), a.n)
        articles = load_articles(jsonl or txt)
        print(f"{len(articles)} articles from {source} ({int(articles.n_words.sum()):,} words)")
        one_core(articles, jsonl or txt, a.sentiment)
        if not a.skip_run:
            runs(jsonl or txt, articles, a.n, a.jobs, a.repeat, Path(tmp), a.sentiment)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

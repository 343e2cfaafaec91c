"""Charts of country sentiment and stance: portrayal bars with intervals, stance heatmap, stance network, timeline."""

from __future__ import annotations

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns
from matplotlib.colors import Normalize
from matplotlib.patches import FancyArrowPatch

from .charts import distinct_colours, use_style
from .country_tables import FEW_MENTIONS

SCORE_CMAP = "RdBu"  # red = negative, blue = positive; symmetric around 0 so neutral is white
SCORE_NORM = Normalize(vmin=-1, vmax=1)


def portrayal_bars(table: pd.DataFrame, title: str = "How each country is portrayed") -> plt.Figure:
    """Mean score per country as horizontal bars with 95% intervals; each bar labelled with its sentences."""
    use_style()
    fig, ax = plt.subplots(figsize=(8, max(2.5, 0.45 * len(table) + 1.4)))
    colours = [plt.get_cmap(SCORE_CMAP)(SCORE_NORM(s)) for s in table["score"]]
    sns.barplot(table, x="score", y="country", hue="country", palette=colours, legend=False, errorbar=None, ax=ax)
    ax.errorbar(
        table["score"],
        range(len(table)),
        xerr=[table["score"] - table["ci_low"], table["ci_high"] - table["score"]],
        fmt="none",
        ecolor="#333333",
        capsize=3,
        linewidth=1,
    )
    for y, (high, n, m) in enumerate(zip(table["ci_high"], table["n_sentences"], table["n_mentions"])):
        ax.text(max(high, 0) + 0.03, y, f"{n:,} sentences, {m:,} mentions", va="center", fontsize=8, color="#333333")
    ax.axvline(0, color="#333333", linewidth=0.8)
    ax.set_xlim(-1.05, 1.45)  # room for the counts
    ax.set_title(title)
    ax.set_xlabel("Mean sentiment toward the country (−1 negative … +1 positive), 95% interval")
    ax.set_ylabel("")
    return fig


def stance_heatmap(pairs: pd.DataFrame, title: str = "Who speaks how of whom") -> plt.Figure:
    """Holder (rows) x target (columns) heatmap of the mean stance, each cell with its score and statements."""
    use_style()
    score = pairs.pivot(index="holder", columns="target", values="score")
    count = pairs.pivot(index="holder", columns="target", values="n_statements")
    labels = score.map(lambda v: "" if pd.isna(v) else f"{v:+.2f}") + count.map(
        lambda n: "" if pd.isna(n) else f"\n{int(n)}×"
    )
    # at least the width of its title and colour bar side by side: one pair drew them crowded into one corner; cells
    # just wide enough for "+0.74 / 2×", so 15 countries stay about 13 in wide: at 1.3 in a cell the chart was 22 in
    # wide and its 9-pt text shrank to 5 pt when the PNG was fitted to a slide or the report's page
    fig, ax = plt.subplots(figsize=(max(6.5, 0.65 * score.shape[1] + 3.5), max(3.2, 0.45 * score.shape[0] + 2)))
    sns.heatmap(
        score,
        annot=labels,
        fmt="",
        cmap=SCORE_CMAP,
        vmin=-1,
        vmax=1,
        center=0,
        linewidths=0.5,
        linecolor="#dddddd",
        cbar_kws={"label": "mean stance score"},
        ax=ax,
    )
    ax.grid(False)
    ax.set_title(title)
    ax.set_xlabel("spoken about (target)")
    ax.set_ylabel("speaking (holder)")
    ax.tick_params(axis="x", rotation=30)
    ax.tick_params(axis="y", rotation=0)
    # each name ends under its column: centred, "European Union" ran into "France" on the narrower cells
    plt.setp(ax.get_xticklabels(), ha="right", rotation_mode="anchor")
    return fig


def _circle_layout(nodes: list[str]) -> dict[str, tuple[float, float]]:
    """Nodes evenly on a circle, first at the top, clockwise (a fixed layout: reruns draw the same picture)."""
    angles = np.pi / 2 - 2 * np.pi * np.arange(len(nodes)) / max(len(nodes), 1)
    return {n: (float(np.cos(a)), float(np.sin(a))) for n, a in zip(nodes, angles)}


HOSTILE, COOPERATIVE = "#c0392b", "#2166ac"  # edge colours: conflict and cooperation events
NODE = "#7f7f7f"  # every country of the network: neither of the two above


def _kind_colour(row) -> str:
    """Red for a pair whose statements are mostly hostile, blue for mostly cooperative ones."""
    hostile = getattr(row, "n_hostile", None)
    cooperative = getattr(row, "n_cooperative", None)
    if hostile is None or cooperative is None or pd.isna(hostile):
        return HOSTILE if row.score < 0 else COOPERATIVE
    return HOSTILE if hostile >= cooperative else COOPERATIVE


def stance_network(pairs: pd.DataFrame, title: str = "Who acts toward whom") -> plt.Figure:
    """Directed network actor -> target: arrow width = statements, colour = hostile (red) or cooperative (blue)."""
    use_style()
    weight = (
        pairs.groupby("holder")["n_statements"].sum().add(pairs.groupby("target")["n_statements"].sum(), fill_value=0)
    )
    nodes = list(weight.sort_values(ascending=False).index)
    pos = _circle_layout(nodes)
    fig, ax = plt.subplots(figsize=(8, 7))
    widest = max(pairs["n_statements"].max(), 1)
    for row in pairs.itertuples():
        # curved arcs, so A -> B and B -> A are two visible arrows, not one line drawn twice
        ax.add_patch(
            FancyArrowPatch(
                pos[row.holder],
                pos[row.target],
                connectionstyle="arc3,rad=0.18",
                arrowstyle="-|>",
                mutation_scale=12 + 4 * row.n_statements / widest,
                linewidth=0.8 + 5 * row.n_statements / widest,
                color=_kind_colour(row),
                alpha=0.8,
                shrinkA=16,
                shrinkB=16,
                zorder=1,
            )
        )
    for node, (x, y) in pos.items():
        # one neutral colour: the label names each node, and red or blue are the arrows' hostile and cooperative,
        # so a country drawn in red would read as hostile
        ax.scatter([x], [y], s=420, color=NODE, edgecolor="white", linewidth=2, zorder=2)
        # the label outside the circle, away from its neighbours: left of nodes on the left, right of those on the right
        ha = "left" if x > 0.05 else "right" if x < -0.05 else "center"
        va = "bottom" if y > 0.3 else "top" if y < -0.3 else "center"
        ax.text(1.12 * x, 1.12 * y, node, ha=ha, va=va, fontsize=9, fontweight="bold", zorder=3)
    handles = [
        plt.Line2D([], [], color=c, linewidth=3, label=k)
        for c, k in ((HOSTILE, "hostile"), (COOPERATIVE, "cooperative"))
    ]
    ax.legend(handles=handles, loc="lower right", fontsize=8, frameon=False)
    ax.set_xlim(-1.6, 1.6)
    ax.set_ylim(-1.4, 1.4)
    ax.set_aspect("equal")
    ax.axis("off")
    ax.set_title(title + " (arrow: actor → target; width: statements)")
    return fig


def portrayal_timeline_chart(timeline: pd.DataFrame, title: str = "Portrayal over time") -> plt.Figure:
    """Mean score per publication day and country, one line per country."""
    use_style()
    fig, ax = plt.subplots(figsize=(9, 4.5))
    palette = distinct_colours(sorted(timeline["country"].unique()))
    sns.lineplot(timeline, x="date", y="score", hue="country", palette=palette, marker="o", ax=ax)
    if "n_mentions" in timeline:  # a day's mean over few mentions: hollow, so it is not read like the others
        few = timeline[timeline["n_mentions"] < FEW_MENTIONS]
        ax.scatter(few["date"], few["score"], s=30, facecolor="white", edgecolor=few["country"].map(palette), zorder=3)
    ax.axhline(0, color="#333333", linewidth=0.8)
    ax.set_ylim(-1.05, 1.05)
    ax.grid(True, axis="y")
    ax.set_title(title)
    ax.set_xlabel("publication date")
    ax.set_ylabel("mean sentiment toward the country")
    ax.legend(bbox_to_anchor=(1.02, 1.0), loc="upper left", fontsize=8)
    _day_ticks(ax, pd.to_datetime(timeline["date"]))
    return fig


def _day_ticks(ax: plt.Axes, dates: pd.Series) -> None:
    """Ticks on whole days, never hours, for the days a timeline spans (its points are days); the year once."""
    days = (dates.max() - dates.min()).days
    if days <= 31:  # matplotlib's own choice for a few days is every 12 hours: "03-26 12" reads as a time of day
        locator = mdates.DayLocator(interval=max(1, -(-(days + 1) // 10)))
    else:
        locator = mdates.AutoDateLocator(minticks=3, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))

"""Charts of country sentiment and stance: portrayal bars with intervals, stance heatmap, stance network, timeline."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns
from matplotlib.colors import Normalize
from matplotlib.patches import FancyArrowPatch

from .charts import country_colour, use_style

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
        ax.text(max(high, 0) + 0.03, y, f"{n} sent. / {m} ment.", va="center", fontsize=8, color="#333333")
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
    fig, ax = plt.subplots(figsize=(1.3 * score.shape[1] + 3, 0.8 * score.shape[0] + 1.8))
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
    return fig


def _circle_layout(nodes: list[str]) -> dict[str, tuple[float, float]]:
    """Nodes evenly on a circle, first at the top, clockwise (a fixed layout: reruns draw the same picture)."""
    angles = np.pi / 2 - 2 * np.pi * np.arange(len(nodes)) / max(len(nodes), 1)
    return {n: (float(np.cos(a)), float(np.sin(a))) for n, a in zip(nodes, angles)}


def stance_network(pairs: pd.DataFrame, title: str = "Who speaks against whom") -> plt.Figure:
    """Directed network holder -> target: arrow width = statements, colour = mean stance score."""
    use_style()
    weight = (
        pairs.groupby("holder")["n_statements"].sum().add(pairs.groupby("target")["n_statements"].sum(), fill_value=0)
    )
    nodes = list(weight.sort_values(ascending=False).index)
    pos = _circle_layout(nodes)
    fig, ax = plt.subplots(figsize=(7.5, 6.5))
    cmap, widest = plt.get_cmap(SCORE_CMAP), max(pairs["n_statements"].max(), 1)
    for row in pairs.itertuples():
        # curved arcs, so A -> B and B -> A are two visible arrows, not one line drawn twice
        ax.add_patch(
            FancyArrowPatch(
                pos[row.holder],
                pos[row.target],
                connectionstyle="arc3,rad=0.18",
                arrowstyle="-|>",
                mutation_scale=14 + 4 * row.n_statements / widest,
                linewidth=1 + 5 * row.n_statements / widest,
                color=cmap(SCORE_NORM(row.score)),
                shrinkA=22,
                shrinkB=22,
                zorder=1,
            )
        )
    for node, (x, y) in pos.items():
        ax.scatter([x], [y], s=900, color=country_colour(node), edgecolor="white", linewidth=2, zorder=2)
        ax.annotate(node, (x, y), xytext=(0, 24 if y >= 0 else -28), textcoords="offset points", ha="center",
                    fontsize=10, fontweight="bold", zorder=3)  # fmt: skip
    fig.colorbar(plt.cm.ScalarMappable(norm=SCORE_NORM, cmap=cmap), ax=ax, shrink=0.7, label="mean stance score")
    ax.set_xlim(-1.45, 1.45)
    ax.set_ylim(-1.45, 1.45)
    ax.set_aspect("equal")
    ax.axis("off")
    ax.set_title(title + "  (arrow: speaker → country spoken of; width: statements)")
    return fig


def portrayal_timeline_chart(timeline: pd.DataFrame, title: str = "Portrayal over time") -> plt.Figure:
    """Mean score per publication day and country, one line per country."""
    use_style()
    fig, ax = plt.subplots(figsize=(9, 4.5))
    palette = {c: country_colour(c) for c in timeline["country"].unique()}
    sns.lineplot(timeline, x="date", y="score", hue="country", palette=palette, marker="o", ax=ax)
    ax.axhline(0, color="#333333", linewidth=0.8)
    ax.set_ylim(-1.05, 1.05)
    ax.grid(True, axis="y")
    ax.set_title(title)
    ax.set_xlabel("publication date")
    ax.set_ylabel("mean sentiment toward the country")
    ax.legend(bbox_to_anchor=(1.02, 1.0), loc="upper left", fontsize=8)
    fig.autofmt_xdate()
    return fig

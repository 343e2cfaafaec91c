"""One style for every figure, and one function that exports a figure with the data behind it."""

from __future__ import annotations

import os
import tempfile
import textwrap
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns
from matplotlib import font_manager
from matplotlib.text import Text

from ..paths import DATA, FIGURES
from .findings.base import holder

STYLE = DATA / "analysis.mplstyle"
FORMATS = ("png", "svg", "pdf")
# Fixed metadata so a rerun over the same articles writes byte-identical files.
_METADATA = {"svg": {"Date": None}, "pdf": {"CreationDate": None, "ModDate": None}, "png": {"Software": None}}

# Colour per country, so a country looks the same in every chart and in the reading view.
COUNTRY_COLOURS = {
    "United States": "#1f77b4",
    "China": "#d62728",
    "Japan": "#9467bd",
    "South Korea": "#2ca02c",
    "North Korea": "#ff7f0e",
    "Russia": "#8c564b",
    "United Kingdom": "#17becf",
    "Taiwan": "#e377c2",
}


# Fonts tried glyph by glyph, in order: DejaVu (Latin, Greek, Cyrillic), then Noto for CJK and other scripts
# (Debian's fonts-noto-cjk and fonts-noto-core, which `make setup` installs), so a name in any script draws.
FONTS = (
    "DejaVu Sans",
    "Noto Sans CJK JP",
    "Noto Sans",
    "Noto Sans Arabic",
    "Noto Sans Hebrew",
    "Noto Sans Devanagari",
    "Noto Sans Bengali",
    "Noto Sans Thai",
    "Noto Sans Georgian",
    "Noto Sans Armenian",
    "Noto Sans Ethiopic",
    "Noto Sans Khmer",
    "Noto Sans Myanmar",
    "Noto Sans Sinhala",
    "Noto Sans Tamil",
)


@lru_cache(maxsize=1)
def font_family() -> list[str]:
    """The fonts of FONTS that are installed, in order (fonts installed after matplotlib cached its list included)."""
    known = {f.name for f in font_manager.fontManager.ttflist}
    if not all(name in known for name in FONTS[1:3]):
        # matplotlib's font cache predates the fonts: add the Noto files it has not seen
        seen = {f.fname for f in font_manager.fontManager.ttflist}
        for path in font_manager.findSystemFonts():
            if "Noto" in Path(path).name and path not in seen:
                try:
                    font_manager.fontManager.addfont(path)
                except (OSError, RuntimeError, ValueError):
                    continue
        _save_font_list()
        known = {f.name for f in font_manager.fontManager.ttflist}
    return [name for name in FONTS if name in known] or ["DejaVu Sans"]


def _save_font_list() -> None:
    """Write matplotlib's font list with the fonts just added, so the next process finds them at once (it reads
    the list at import and never looks for fonts installed after it was made)."""
    import matplotlib

    path = Path(matplotlib.get_cachedir()) / f"fontlist-v{font_manager.FontManager.__version__}.json"
    try:
        font_manager.json_dump(font_manager.fontManager, path)
    except OSError:
        pass  # a read-only cache: the fonts are added again next time, as before


# Characters DejaVu Sans draws (Latin, Greek, Cyrillic and their extensions, punctuation, arrows): a chart whose
# labels hold nothing past these is drawn with DejaVu alone. Every fallback font costs a lookup per label and
# a subset embedded in the PDF (Noto CJK alone made a chart take seconds).
_DEJAVU_LAST = 0x052F
_DEJAVU_EXTRA = range(0x2000, 0x2BFF)  # general punctuation, currency, arrows, mathematical and technical signs


def _plain(text: str) -> bool:
    return all(ord(c) <= _DEJAVU_LAST or ord(c) in _DEJAVU_EXTRA for c in text)


def fonts_for(data: pd.DataFrame) -> list[str]:
    """The font list for a chart of ``data``: DejaVu alone when every label is in its scripts, else every script."""
    texts = (v for column in data.columns for v in data[column].tolist() if isinstance(v, str))
    texts = (*texts, *(str(c) for c in data.columns), *(str(i) for i in data.index))
    return ["DejaVu Sans"] if all(_plain(t) for t in texts) else font_family()


def use_style() -> None:
    """Apply the project's seaborn/matplotlib style, with fonts for every script that is installed."""
    sns.set_theme(style="whitegrid", palette="colorblind")
    plt.style.use(STYLE)
    plt.rcParams["font.family"] = font_family()


def country_colour(country: str | None) -> str:
    """A stable colour for a country (grey when unknown)."""
    if not country:
        return "#7f7f7f"
    if country in COUNTRY_COLOURS:
        return COUNTRY_COLOURS[country]
    palette = sns.color_palette("tab20", 20).as_hex()
    return palette[sum(map(ord, country)) % len(palette)]


def distinct_colours(countries: list[str]) -> dict[str, str]:
    """Each country's stable colour, except that two countries of one chart never share one: a later country
    whose colour is taken gets the first free colour of the palette (a legend tells countries apart by colour)."""
    palette = [*COUNTRY_COLOURS.values(), *sns.color_palette("tab20", 20).as_hex()]
    out = {c: COUNTRY_COLOURS[c] for c in countries if c in COUNTRY_COLOURS}  # the fixed colours keep theirs
    for c in countries:
        if c in out:
            continue
        colour = country_colour(c)
        if colour in out.values():
            colour = next((p for p in palette if p not in out.values()), colour)
        out[c] = colour
    return {c: out[c] for c in countries}


def source_note(fig: plt.Figure, articles: pd.DataFrame | int | str, extra: str = "") -> None:
    """Write the note under the figure: ``extra`` (what the chart leaves out), then how many articles, from where.

    The note is wrapped to the figure's width and the axes are moved up to make room for it, so it can be
    read in a PNG on a slide with nothing around it.
    """
    if isinstance(articles, pd.DataFrame):
        n = len(articles)
        names = sorted({holder(p) for p in articles.get("path", []) if isinstance(p, str)})
        where = f" in {', '.join(names)}" if names and len(names) <= 3 else ""
        text = f"Source: {n:,} article{'s' if n != 1 else ''}{where}."
    else:
        text = f"Source: {articles}."
    text = f"{extra.strip()} {text}" if extra and extra.strip() else text
    width = max(40, int(fig.get_figwidth() * 15.5))  # characters of 8 pt per line
    lines = textwrap.wrap(text, width) or [""]
    height = fig.get_figheight()
    strip = 0.1 + 0.15 * len(lines) + 0.1  # inches kept under the axes, so the note never meets the x-axis label
    fig.tight_layout(rect=(0, strip / height, 1, 1))
    fig.text(0.01, 0.05 / height, "\n".join(lines), ha="left", va="bottom", fontsize=8, color="#555555")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _atomic_write(path: Path, write) -> None:
    """Write through a temporary name and rename, so a crash never leaves half a file; normal file mode."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=path.suffix)
    os.close(fd)
    try:
        write(tmp)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp creates 0600; a figure is shared like any file
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def save_figure(fig: plt.Figure, name: str, data: pd.DataFrame, folder: str | Path | None = None) -> dict[str, Path]:
    """Save ``fig`` as figures/<name>.png (200 dpi), .svg and .pdf, and ``data`` as <name>.csv."""
    if not isinstance(data, pd.DataFrame):
        raise TypeError("save_figure needs the DataFrame the chart plots, so readers can check its numbers")
    folder = Path(folder) if folder is not None else FIGURES
    folder.mkdir(parents=True, exist_ok=True)
    out: dict[str, Path] = {}
    for fmt in FORMATS:
        path = folder / f"{name}.{fmt}"
        _atomic_write(path, lambda tmp, fmt=fmt: fig.savefig(tmp, format=fmt, dpi=200, metadata=_METADATA[fmt]))
        out[fmt] = path
    csv_path = folder / f"{name}.csv"
    _atomic_write(csv_path, lambda tmp: data.to_csv(tmp, index=False))
    out["csv"] = csv_path
    return out


def chart_or_note(
    data: pd.DataFrame,
    draw: Callable[[pd.DataFrame], plt.Figure],
    name: str,
    empty: str,
    articles: pd.DataFrame | int | str,
    note: str = "",
    folder: str | Path | None = None,
) -> plt.Figure | None:
    """Draw ``data`` with ``draw``, add the source note and save it with its data as ``name``; when there is
    nothing to draw, print ``empty`` (one line; nothing when it is "", e.g. when the section header said so)
    and draw nothing."""
    if data is None or len(data) == 0:
        if empty:
            print(empty)
        return None
    fig = draw(data)
    fonts = fonts_for(data)
    with plt.rc_context({"font.family": fonts}):  # labels made from here on (ticks, the note) get these fonts
        for text in fig.findobj(Text):
            text.set_fontfamily(fonts)
        source_note(fig, articles, note)
        save_figure(fig, name, data, folder)
    return fig


def _short(label, width: int = 45) -> str:
    label = str(label)
    return label if len(label) <= width else label[: width - 1] + "…"


def stacked_barh(
    data: pd.DataFrame,
    y: str,
    x: str | list[str],
    hue: str | None,
    title: str,
    xlabel: str,
    ylabel: str = "",
    max_hue: int = 10,
) -> plt.Figure:
    """Horizontal bars of ``x`` per ``y``, stacked by ``hue`` (folded into one colour past ``max_hue`` groups).

    ``x`` may also be a list of columns already side by side (wide data); then ``hue`` is unused.
    """
    use_style()
    if isinstance(x, list):
        table = data.set_index(y)[x]
    elif hue:
        table = data.pivot_table(index=y, columns=hue, values=x, aggfunc="sum", fill_value=0, observed=True)
    else:
        table = data.groupby(y, observed=True)[x].sum().to_frame(x)
    if not isinstance(x, list) and hue and table.shape[1] > max_hue:
        table = table.sum(axis=1).to_frame(x)
    table.index = [_short(i) for i in table.index]
    # ties keep the given order, the first on top (barh draws the last row at the top)
    table = table.loc[table.sum(axis=1).iloc[::-1].sort_values(kind="stable").index]
    height = max(2.5, 0.35 * len(table) + 1.2)
    fig, ax = plt.subplots(figsize=(8, height))
    table.plot.barh(stacked=True, ax=ax, width=0.75, legend=table.shape[1] > 1)
    for y_pos, total in enumerate(table.sum(axis=1)):
        ax.text(
            total, y_pos, f" {total:,.0f}" if float(total).is_integer() else f" {total:,.2f}", va="center", fontsize=8
        )
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_xlim(0, max(1, table.sum(axis=1).max()) * 1.12)  # room for the totals
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    if table.shape[1] > 1:
        ax.legend(
            title=None if isinstance(x, list) or not hue else hue.replace("_", " ").capitalize(),
            bbox_to_anchor=(1.02, 1.0),
            loc="upper left",
            fontsize=8,
            title_fontsize=9,
        )
    return fig


FEW_BARS = 6  # fewer bars than this leave the y axis shorter than a one-line label


def change_barh(
    data: pd.DataFrame,
    value: str,
    label: str,
    colour_by: str | None,
    title: str,
    xlabel: str,
    ylabel: str = "",
    unit: str = "%",
    max_bars: int = 30,
) -> plt.Figure:
    """Horizontal bars of signed changes around zero, each labelled with its value (e.g. "+10.5%").

    Bars take the colour of the country in ``colour_by``, or blue for a rise and red for a fall.
    """
    use_style()
    if len(data) > max_bars:  # a readable chart: the largest moves; the CSV beside it keeps every row
        data = data.loc[data[value].abs().sort_values(ascending=False).index[:max_bars]]
        title = f"{title} (the {max_bars} largest)"
    data = data.sort_values(value)
    fig, ax = plt.subplots(figsize=(7, max(2.8, 0.4 * len(data) + 1.6)))
    colours = (
        [country_colour(c) for c in data[colour_by]]
        if colour_by
        else ["#2b8cbe" if v >= 0 else "#e34a33" for v in data[value]]
    )  # rise blue, fall red
    # positions, not category names: two figures with the same label get two bars
    bars = ax.barh(range(len(data)), data[value], color=colours)
    ax.set_yticks(range(len(data)), [_short(l, 50) for l in data[label]])
    ax.bar_label(bars, labels=[f"{v:+.1f}{unit}" for v in data[value]], padding=3, fontsize=9)
    ax.axvline(0, color="#333333", linewidth=0.8)
    lo, hi = min(0, data[value].min()), max(0, data[value].max())
    pad = 0.25 * max(hi - lo, 1)
    ax.set_xlim(lo - (pad if lo < 0 else 0), hi + pad)  # room for the value labels
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    # over a few bars the axis is shorter than its label: the label in lines, not out past the title
    ax.set_ylabel(textwrap.fill(ylabel, 16) if len(data) < FEW_BARS else ylabel)
    return fig

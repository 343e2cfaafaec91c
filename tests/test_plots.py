"""Figure export: every format plus the data behind the chart."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from analysis import save_figure  # noqa: E402
from analysis.plots import source_note, stacked_barh  # noqa: E402


def test_save_figure_writes_all_formats(tmp_path):
    data = pd.DataFrame({"country": ["Japan", "China"], "mentions": [3, 2], "article_id": ["a", "a"]})
    fig = stacked_barh(data, y="country", x="mentions", hue="article_id", title="T", xlabel="Mentions")
    source_note(fig, 2)
    out = save_figure(fig, "mentions", data, tmp_path)
    assert set(out) == {"png", "svg", "pdf", "csv"}
    assert all(p.stat().st_size > 0 for p in out.values())
    assert pd.read_csv(out["csv"]).equals(data)
    svg = out["svg"].read_text()
    assert "<text" in svg and "Mentions" in svg  # text stays editable
    from PIL import Image

    with Image.open(out["png"]) as im:
        assert im.info["dpi"][0] >= 199
    assert not list(tmp_path.glob(".*"))  # no temporary files left
    plt.close(fig)


def test_save_figure_needs_data(tmp_path):
    fig, _ = plt.subplots()
    with pytest.raises(TypeError):
        save_figure(fig, "x", None, tmp_path)
    plt.close(fig)


def test_bar_totals_read_as_numbers_at_any_size():
    data = pd.DataFrame({"country": ["Japan", "Chile"], "quoted": [1_234_000, 2], "reported": [567, 0]})
    fig = stacked_barh(data, y="country", x=["quoted", "reported"], hue=None, title="T", xlabel="Quotes")
    labels = {t.get_text().strip() for t in fig.axes[0].texts}
    assert {"1,234,567", "2"} <= labels  # not 1.23457e+06
    plt.close(fig)

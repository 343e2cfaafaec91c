"""Figure export: every format plus the data behind the chart."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from analysis import save_figure  # noqa: E402
from analysis.report.charts import source_note, stacked_barh  # noqa: E402


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


def test_a_chart_of_latin_labels_uses_one_font_and_one_in_any_script_keeps_the_fallbacks(tmp_path):
    from matplotlib.text import Text

    from analysis import chart_or_note
    from analysis.report.charts import font_family, fonts_for

    plain = pd.DataFrame({"speaker": ["Shinzo Abe", "Moon Jae-in"], "quotes": [3, 2], "k": ["a", "a"]})
    assert fonts_for(plain) == ["DejaVu Sans"]
    assert fonts_for(plain.assign(speaker=["Ангела", "Ελλάδα"])) == ["DejaVu Sans"]  # Cyrillic, Greek: DejaVu
    korean = plain.assign(speaker=["문재인", "Shinzo Abe"])
    assert fonts_for(korean) == font_family()

    def draw(data):
        return stacked_barh(data, y="speaker", x="quotes", hue="k", title="T", xlabel="Quotes")

    fig = chart_or_note(plain, draw, "plain", "", 2, folder=tmp_path)
    assert {tuple(t.get_fontfamily()) for t in fig.findobj(Text)} == {("DejaVu Sans",)}
    plt.close(fig)
    fig = chart_or_note(korean, draw, "korean", "", 2, folder=tmp_path)
    families = {tuple(t.get_fontfamily()) for t in fig.findobj(Text)}
    assert families == {tuple(font_family())}  # the fallbacks that are installed (DejaVu alone where none is)
    plt.close(fig)

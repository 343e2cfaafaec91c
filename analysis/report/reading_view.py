"""A reading view: an article as HTML with each quote highlighted in its speaker country's colour."""

from __future__ import annotations

import html
from typing import Any

import pandas as pd

from .charts import country_colour


def _hex_to_rgba(colour: str, alpha: float) -> str:
    c = colour.lstrip("#")
    r, g, b = (int(c[i : i + 2], 16) for i in (0, 2, 4))
    return f"rgba({r},{g},{b},{alpha})"


def _luminance(colour: str) -> float:
    """Relative luminance of a hex colour (WCAG 2)."""
    c = colour.lstrip("#")
    channels = [int(c[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = (v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4 for v in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


MIN_CONTRAST = 4.5  # WCAG AA for text on white


def readable(colour: str) -> str:
    """``colour`` darkened until small text in it reads on white (a pale country colour made its labels vanish)."""
    c = colour.lstrip("#")
    rgb = [int(c[i : i + 2], 16) for i in (0, 2, 4)]
    while 1.05 / (_luminance("#" + "".join(f"{v:02x}" for v in rgb)) + 0.05) < MIN_CONTRAST:
        rgb = [int(v * 0.9) for v in rgb]
    return "#" + "".join(f"{v:02x}" for v in rgb)


def _present(v: Any) -> bool:
    return v is not None and not (isinstance(v, float) and v != v) and str(v).strip() != ""


READING_PARAGRAPHS = 60  # a wire story runs to 10-40; a longer text is shown up to here, the rest counted


def _shown_length(text: str, paragraphs: int) -> int:
    """Where the first ``paragraphs`` paragraphs of ``text`` end (its length when it has no more)."""
    at = -1
    for _ in range(paragraphs):
        at = text.find("\n\n", at + 1)
        if at < 0:
            return len(text)
    return at


def _quote_rows(quotes: pd.DataFrame | None, aid, shown: int, whole: int) -> tuple[list[dict], int]:
    """The quotes of article ``aid`` that lie in its first ``shown`` characters, in text order; and how many more
    lie past them (in the ``whole`` text)."""
    rows, hidden = [], 0
    if quotes is None or not len(quotes):
        return rows, hidden
    q = quotes if aid is None or "article_id" not in quotes else quotes[quotes["article_id"] == aid]
    for r in q.sort_values(["start", "end"]).to_dict("records"):
        s, e = int(r["start"]), int(r["end"])
        if 0 <= s < e <= shown:
            rows.append(r)
        elif shown <= s < e <= whole:
            hidden += 1
    return rows, hidden


def _marked_body(text: str, rows: list[dict]) -> str:
    """``text`` escaped, each quote of ``rows`` in a span coloured by its speaker's country, with a label."""
    parts: list[str] = []
    pos = 0
    for r in rows:
        s, e = int(r["start"]), int(r["end"])
        if s < pos:  # overlapping quotes: keep the first, the table still lists the other
            continue
        colour = country_colour(r.get("speaker_country") if _present(r.get("speaker_country")) else None)
        speaker = r.get("speaker") if _present(r.get("speaker")) else "no speaker named"
        country = r.get("speaker_country") if _present(r.get("speaker_country")) else "country not stated"
        cue = r.get("cue") if _present(r.get("cue")) else ""
        kind = r.get("kind", "")
        tip = f"{kind}: {speaker} ({country}) {cue}".strip()
        border = "dashed" if kind == "indirect" else "solid"
        parts.append(html.escape(text[pos:s]))
        parts.append(
            f'<span class="quote quote-{html.escape(str(kind))}" title="{html.escape(tip, quote=True)}" '
            f'style="background:{_hex_to_rgba(colour, 0.18)};border-bottom:2px {border} {colour};">'
            f"{html.escape(text[s:e])}</span>"
            f'<sup style="color:{readable(colour)};font-size:0.75em;font-weight:600;"> [{html.escape(str(speaker))}'
            f"{' · ' + html.escape(str(r.get('speaker_country'))) if _present(r.get('speaker_country')) else ''}]</sup>"
        )
        pos = e
    parts.append(html.escape(text[pos:]))
    return "".join(parts)


def render_article(article: Any, quotes: pd.DataFrame | None, paragraphs: int | None = READING_PARAGRAPHS) -> str:
    """HTML of one article (a row with article_id and text, or a plain text) with its quotes marked.

    Each quote gets a background in its speaker country's colour (grey when unknown) and a small
    label after it with the speaker, country and cue; paragraphs are kept; everything is escaped. Only the first
    ``paragraphs`` paragraphs are shown (None: all), with a line counting the rest and their quotes.
    """
    if isinstance(article, str):
        text, aid, title = article, None, None
    else:
        text = article["text"] if "text" in article else ""
        aid = article["article_id"] if "article_id" in article else None
        title = article["title"] if "title" in article and _present(article["title"]) else None
    text = text if isinstance(text, str) else ""
    whole = len(text)
    text = text[: _shown_length(text, paragraphs)] if paragraphs else text  # a very long text would fill the report
    rows, hidden = _quote_rows(quotes, aid, len(text), whole)
    body = _marked_body(text, rows)
    shown = [p.strip().replace("\n", "<br>") for p in body.split("\n\n") if p.strip()]
    head = f"<h4>{html.escape(str(title))}</h4>" if title else ""
    ident = f'<div style="color:#777;font-size:0.8em;">{html.escape(str(aid))}</div>' if aid is not None else ""
    legend = (
        '<div style="color:#555;font-size:0.8em;margin-top:0.5em;">Solid underline: quoted words; '
        "dashed: reported speech. Colour: the speaker's country (grey: not stated).</div>"
    )
    more = (
        f'<p style="color:#777;font-style:italic;">… {whole - len(text):,} more characters of this article and'
        f" {hidden:,} more quote{'' if hidden == 1 else 's'} are not shown here; every quote is in"
        " tables/quotes.csv, with its offsets into the text.</p>"
        if len(text) < whole
        else ""
    )
    return (
        f'<div class="article" style="max-width:48em;line-height:1.5;font-family:Georgia,serif;">'
        f"{head}{ident}{''.join(f'<p>{p}</p>' for p in shown)}{more}{legend}</div>"
    )

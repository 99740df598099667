"""What the common inline templates of film articles display, as plain text.

Only templates that show words or numbers in the running text are listed; everything else
(citations, footnotes, hatnotes, navboxes, maintenance tags) renders to nothing, exactly as
the seed format lost it. Dates render month-first in prose (``May 21, 2019``) and ISO in the
infobox (``2019-05-21``), the two shapes the seed format uses.
"""

from __future__ import annotations

import calendar
import re

from mwparserfromhell.nodes import Template

from quiz.wikitext.render import BREAK, Link, Renderer, TemplateRenderer

_MONTHS = {name.casefold(): index for index, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.casefold(): index for index, name in enumerate(calendar.month_abbr) if name})


def positional(template: Template, renderer: Renderer) -> list[str]:
    """The template's unnamed parameters, rendered, in order."""
    return [renderer.text(p.value) for p in template.params if not p.showkey]


def named(template: Template, renderer: Renderer, *names: str) -> str:
    """The first of ``names`` the template sets, rendered ("" when none)."""
    for name in names:
        if template.has(name):
            return renderer.text(template.get(name).value)
    return ""


def _first(template: Template, renderer: Renderer) -> str:
    values = positional(template, renderer)
    return values[0] if values else ""


def _second(template: Template, renderer: Renderer) -> str:
    values = positional(template, renderer)
    return values[1] if len(values) > 1 else (values[0] if values else "")


def _month(value: str) -> int | None:
    value = value.strip()
    if value.isdigit() and 1 <= int(value) <= 12:
        return int(value)
    return _MONTHS.get(value.casefold())


def format_date(year: str, month: str, day: str, renderer: Renderer, day_first: bool) -> str:
    """``2019, 5, 21`` → ``2019-05-21`` (infobox) or ``May 21, 2019`` / ``21 May 2019``."""
    year = year.strip()
    if not re.fullmatch(r"\d{3,4}", year):
        return ""
    number = _month(month)
    if number is None:
        return year
    day = day.strip()
    if renderer.iso_dates:
        return f"{year}-{number:02d}" + (f"-{int(day):02d}" if day.isdigit() else "")
    name = calendar.month_name[number]
    if not day.isdigit():
        return f"{name} {year}"
    return f"{int(day)} {name} {year}" if day_first else f"{name} {int(day)}, {year}"


def _day_first(template: Template) -> bool:
    for key in ("df", "mf"):
        if template.has(key):
            value = str(template.get(key).value).strip().casefold()
            return value in {"y", "yes", "1", "true"} if key == "df" else value not in {"y", "yes"}
    return False


def _start_date(template: Template, renderer: Renderer) -> str:
    values = [*positional(template, renderer), "", "", ""]
    return format_date(values[0], values[1], values[2], renderer, _day_first(template))


def _dts(template: Template, renderer: Renderer) -> str:
    """``{{dts|2019|May|21}}`` or ``{{dts|2019-05-21}}``."""
    values = positional(template, renderer)
    if len(values) == 1:
        match = re.fullmatch(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?", values[0])
        if match:
            return format_date(match[1], match[2], match[3] or "", renderer, _day_first(template))
        return values[0]
    values += ["", "", ""]
    return format_date(values[0], values[1], values[2], renderer, _day_first(template))


def _film_date(template: Template, renderer: Renderer) -> str:
    """``{{Film date|2019|5|21|Cannes|2019|5|30|South Korea}}``: one date per territory.

    Each group is year, month, day, place; entries are separated by BREAK so the infobox
    reader lists them one by one.
    """
    values = positional(template, renderer)
    day_first = _day_first(template)
    entries: list[str] = []
    for start in range(0, len(values), 4):
        group = [*values[start : start + 4], "", "", "", ""]
        date = format_date(group[0], group[1], group[2], renderer, day_first)
        if not date:
            continue
        entries.append(f"{date} ({group[3]})" if group[3] else date)
    return BREAK.join(entries)


def _currency(symbol: str) -> TemplateRenderer:
    def render(template: Template, renderer: Renderer) -> str:
        amount = _first(template, renderer)
        return f"{symbol}{amount}" if amount else ""

    return render


def _list(template: Template, renderer: Renderer) -> str:
    """Plainlist / ubl / flatlist / hlist: items separated by BREAK."""
    items: list[str] = []
    for param in template.params:
        if param.showkey and not str(param.name).strip().isdigit():
            continue  # class=, style=, …
        text = renderer.raw(param.value)
        for line in re.split(r"\n|" + BREAK, text):
            cleaned = re.sub(r"^[\s*#:;]+", "", line)
            if cleaned.strip():
                items.append(cleaned.strip())
    return BREAK.join(items)


def _runtime(template: Template, renderer: Renderer) -> str:
    minutes = _first(template, renderer)
    return f"{minutes} minutes" if minutes else ""


def _convert(template: Template, renderer: Renderer) -> str:
    values = positional(template, renderer)
    return " ".join(values[:2]) if values else ""


def _ill(template: Template, renderer: Renderer) -> str:
    """``{{ill|Kim Cho-hee|ko|김초희}}``: a link to a page that exists in another language."""
    values = positional(template, renderer)
    if not values:
        return ""
    shown = named(template, renderer, "lt") or values[0]
    renderer.collected.links.append(Link(shown, values[0]))
    return shown


def _lang_text(template: Template, renderer: Renderer) -> str:
    """``{{lang|ko|기생충}}`` → the text; ``{{transl|ko|gisaengchung}}`` likewise."""
    return _second(template, renderer)


def _literal(text: str) -> TemplateRenderer:
    return lambda _template, _renderer: text


def _as_of(template: Template, renderer: Renderer) -> str:
    values = [*positional(template, renderer), "", "", ""]
    date = format_date(values[0], values[1], values[2], renderer, _day_first(template))
    return f"As of {date}" if date else ""


def _abbr(template: Template, renderer: Renderer) -> str:
    return _first(template, renderer)


INLINE_TEMPLATES: dict[str, TemplateRenderer] = {
    "film date": _film_date,
    "start date": _start_date,
    "start date and age": _start_date,
    "release date": _start_date,
    "dts": _dts,
    "date table sorting": _dts,
    "sort": _second,
    "sortname": lambda t, r: " ".join(positional(t, r)[:2]),
    "date": _first,
    "as of": _as_of,
    "us$": _currency("US$"),
    "usd": _currency("US$"),
    "us dollar": _currency("US$"),
    "gbp": _currency("£"),
    "£": _currency("£"),
    "eur": _currency("€"),
    "€": _currency("€"),
    "jpy": _currency("¥"),
    "yen": _currency("¥"),
    "¥": _currency("¥"),
    "krw": _currency("₩"),
    "inr": _currency("₹"),
    "inrconvert": _currency("₹"),
    "cny": _currency("CN¥"),
    "hk$": _currency("HK$"),
    "a$": _currency("A$"),
    "aud": _currency("A$"),
    "cad": _currency("C$"),
    "plainlist": _list,
    "plain list": _list,
    "unbulleted list": _list,
    "ubl": _list,
    "ubil": _list,
    "flatlist": _list,
    "flat list": _list,
    "hlist": _list,
    "bulleted list": _list,
    "indented plainlist": _list,
    "film runtime": _runtime,
    "runtime": _runtime,
    "convert": _convert,
    "cvt": _convert,
    "ill": _ill,
    "interlanguage link": _ill,
    "interlanguage link multi": _ill,
    "lang": _lang_text,
    "transl": _lang_text,
    "transliteration": _lang_text,
    "nihongo": _first,
    "nihongo2": _first,
    "nowrap": _first,
    "nobr": _first,
    "small": _first,
    "smaller": _first,
    "big": _first,
    "nobold": _first,
    "noitalic": _first,
    "abbr": _abbr,
    "sic": _first,
    "script": _second,
    "'": _literal("'"),
    "'s": _literal("'s"),
    "snd": _literal(" – "),
    "spaced ndash": _literal(" – "),
    "ndash": _literal("–"),
    "mdash": _literal("—"),
    "nbsp": _literal(" "),
    "-": _literal(BREAK),
    "break": _literal(BREAK),
    "dash": _literal("–"),
    "circa": lambda t, r: f"c. {_first(t, r)}",
    "c.": lambda t, r: f"c. {_first(t, r)}",
}

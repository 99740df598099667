"""``quiz facts ARTICLE [--json]``: show what the extractor read from an article."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from quiz.article_input import read_article_file
from quiz.commands.options import article_format_option
from quiz.facts import extract_film
from quiz.facts.model import Film
from quiz.facts.text import format_iso_date

CHANGE_LABELS: dict[str, str] = {
    "replaced": "replaced",
    "renamed": "renamed",
    "fate": "fate changed",
    "added": "added in the film",
    "not_given_back": "not given back",
    "changed": "changed",
}
"""How each kind of adaptation change reads in the table: what the film did."""


@click.command()
@click.argument("article", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the facts as one JSON object.")
@article_format_option()
def facts(article: Path, as_json: bool, article_format: str = "auto") -> None:
    """Show the facts read from ARTICLE (seed text or wikitext), each with its source line."""
    film = extract_film(read_article_file(article, article_format))
    if as_json:
        click.echo(json.dumps(film.to_json_dict(), ensure_ascii=False, indent=2))
        return
    print_tables(film)


def print_tables(film: Film) -> None:
    """Readable rich tables, one per kind of fact; article text is never parsed as markup."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console()

    class PlainTable(Table):
        """Article text is shown as written: cells are never parsed as Rich markup."""

        def add_row(self, *cells: object, **kwargs: Any) -> None:
            super().add_row(*(Text(str(c)) for c in cells), **kwargs)

    def table(title: str, *columns: str) -> Table:
        result = PlainTable(title=Text(title), title_justify="left", show_lines=False)
        for column in columns:
            result.add_column(column, overflow="fold")
        return result

    console.print(film.full_title, markup=False, emoji=False, style="bold")
    if film.year:
        console.print(f"Year: {film.year}", markup=False)
    # Everything --json has, in words: the parsed release date and runtime, then every
    # infobox entry as written (Country, Language, Gross… are only there).
    details = table("Film", "Fact", "Value", "Line")
    if film.released and film.released_source:
        details.add_row("Released", film.released, str(film.released_source.line))
    if film.runtime_minutes is not None and film.runtime_source:
        details.add_row("Runtime", f"{film.runtime_minutes} minutes", str(film.runtime_source.line))
    infobox = table("Infobox", "Key", "Value", "Line")
    for entry in film.infobox:
        infobox.add_row(entry.key, ", ".join(entry.values), str(entry.source.line))
    credits = table("Credits", "Role", "Name", "Line")
    for credit in film.credits:
        credits.add_row(credit.role, credit.name, str(credit.source.line))
    cast = table("Cast", "Actor", "Role", "Note", "Line")
    for member in film.cast:
        cast.add_row(
            member.actor or "—", member.role or "—", member.note or "", str(member.source.line)
        )
    has_results = any(a.result for a in film.awards)
    title = "Accolades" if has_results else "Accolades (recognitions; no result column)"
    columns = ["Ceremony", "Year", "Category", "Recipient"] + (["Result"] if has_results else [])
    awards = table(title, *columns, "Line")
    for award in film.awards:
        recipient = award.recipient or "—"
        if has_results:
            awards.add_row(
                award.ceremony,
                str(award.year or "—"),
                award.category,
                recipient,
                award.result or "—",
                str(award.source.line),
            )
            continue
        awards.add_row(
            award.ceremony,
            str(award.year or "—"),
            award.category,
            recipient,
            str(award.source.line),
        )
    events = table("Dated events", "Date", "Kind", "Event", "Where", "Line")
    for event in film.events:
        where = ", ".join(filter(None, (event.venue, *event.places))) or "—"
        events.add_row(
            format_iso_date(event.date, event.precision),
            event.kind + (f" ({event.scope})" if event.scope else ""),
            event.what + (f" {event.qualifier}" if event.qualifier else ""),
            where,
            str(event.source.line),
        )
    deals = table("Distribution", "Company", "Territories", "Line")
    for deal in film.distribution:
        deals.add_row(deal.company, ", ".join(deal.territories), str(deal.source.line))
    money = table("Box office", "Kind", "Value", "As written", "Line")
    for amount in film.amounts:
        money.add_row(
            amount.kind,
            f"{amount.value:,.0f} {amount.currency or ''}".strip(),
            amount.text,
            str(amount.source.line),
        )
    changes = table("Adaptation changes", "Kind", "Source work", "Film", "Line")
    if film.source_work:
        work = film.source_work
        changes.caption = Text(
            f"Based on the {work.kind} {work.title or ''} by {work.author or 'an unnamed author'}"
        )
    for change in film.adaptation_changes:
        changes.add_row(
            CHANGE_LABELS.get(change.kind, change.kind),
            change.novel or "(not in the source)",
            change.film,
            str(change.source.line),
        )
    production = table("Production", "Kind", "About", "Value", "Line")
    for fact in film.production:
        production.add_row(fact.kind, fact.subject, fact.value, str(fact.source.line))
    sections = (details, infobox, credits, cast, awards, events, deals, money, changes, production)
    for section in sections:
        if section.row_count:
            console.print(section)
    for section in _prose_tables(film, table):
        if section.row_count:
            console.print(section)


def _prose_tables(film: Film, table: Callable[..., Any]) -> list[Any]:
    """People, records, numbers and places read from the prose (``table`` makes a plain
    Rich table, imported lazily by :func:`print_tables`)."""
    people = table("People named in the prose", "Name", "Role", "Gender", "Line")
    for person in film.people:
        people.add_row(person.name, person.role, person.gender or "—", str(person.source.line))
    records = table("Records and firsts", "Subject", "Claim", "Line")
    for record in film.records:
        records.add_row(record.subject, record.claim, str(record.source.line))
    numbers = table("Numbers", "Value", "Unit", "Counts", "Period", "Line")
    for number in film.numbers:
        numbers.add_row(
            f"{number.value:,.10g}",
            number.unit,
            number.counts,
            number.period or "—",
            str(number.source.line),
        )
    places = table("Places", "Place", "Kind", "Stands in for", "Line")
    for place in film.locations:
        places.add_row(place.place, place.kind, place.stands_in_for or "—", str(place.source.line))
    firsts = table("First release per territory", "Territory", "Date", "Line")
    for first in film.first_releases:
        firsts.add_row(
            first.territory, format_iso_date(first.date, first.precision), str(first.source.line)
        )
    return [people, records, numbers, places, firsts]

"""Patterns of the blind review of set-aside batch F (rounds 137–140, measured at f2fe644),
fixed after it, one test each (unmeasured until the next batch)."""

from __future__ import annotations

import pytest

from quiz.facts.places import territories, with_article
from quiz.facts.roles import category_meaning
from quiz.generate.orthography import looks_from, pointing

from .test_prose_facts import film_from, questions_of


def test_a_countrys_adjective_before_its_cinemas_is_the_country() -> None:
    film = film_from(
        "== Release ==\nThe film opened in Oman on 11 January 2024. It was re-released in "
        "Omani cinemas on 18 November 2024. It was re-released in Andorran cinemas on 8 "
        "September 2024.\n",
        year=2023,
    )
    again = sorted(e.places for e in film.events if e.kind == "re_release")
    assert again == [("Andorra",), ("Oman",)]


def test_a_regions_adjective_names_the_region_but_no_country() -> None:
    from quiz.facts.events import COUNTRIES_AND_REGIONS

    film = film_from(
        "== Release ==\nThe film opened in Russia on 13 August 2021. It was re-released in "
        "Tuvan cinemas on 1 February 2022 for Shagaa.\n",
        year=2021,
    )
    assert [e.places for e in film.events if e.kind == "re_release"] == [("Tuva",)]
    assert "Tuva" not in COUNTRIES_AND_REGIONS


def test_an_ocean_takes_its_article() -> None:
    assert with_article("Indian Ocean") == "the Indian Ocean"


@pytest.mark.parametrize(
    ("company", "territory"),
    [
        ("Nile Crescent Films", "Egypt"),
        ("Cedar Screen", "Lebanon"),
        ("Indus Frames", "Pakistan"),
        ("Malabar Talkies", "India"),
        ("Kalahari Screen", "South Africa"),
        ("Aegean Screen", "Greece"),
        ("Pirineu Distribució", "Andorra"),
        ("Kino Atlântico", "Angola"),
        ("Rive Gauche Films", "France"),
        ("Atelier Saint-Laurent", "France"),
        ("Les Films du Large", "France"),
        ("Ventana Films", "Spain"),
        ("Lagon Bleu Distribution", "Réunion"),
        ("Caribe Cine", "Guyana"),
    ],
)
def test_a_companys_name_that_points_to_its_territory(company: str, territory: str) -> None:
    assert pointing(company, territory) is not None
    assert territory in looks_from(company)


def test_a_neutral_english_name_points_nowhere() -> None:
    assert looks_from("Harbour Lights Films") == frozenset()


def test_wrong_territories_are_not_all_one_other_buyers_block() -> None:
    film = film_from(
        "== Release ==\nIn May 2021 the rights were acquired by Kinoglaz Verleih in Germany, "
        "Switzerland and Austria; Steppe Line in Kazakhstan; Silk Way Films in Kyrgyzstan; "
        "and Baikal Media in Mongolia.\n",
        infobox="- Director: Ana Lee\n- Country: Russia\n",
        year=2021,
    )
    blocks = {"Germany", "Switzerland", "Austria"}
    for question in questions_of(film):
        if question.template == "distributor-to-territory":
            assert len(blocks & set(question.incorrect_answers)) <= 2


def _box_office_stems(body: str, country: str = "Cape Verde") -> dict[str, str]:
    film = film_from(body, infobox=f"- Director: Ana Lee\n- Country: {country}\n", year=2022)
    return {
        q.correct_answer.removeprefix("About "): q.question
        for q in questions_of(film)
        if q.category == "box_office"
    }


def test_a_total_across_some_countries_is_no_films_total() -> None:
    stems = _box_office_stems(
        "== Box office ==\nThe film sold 41,200 tickets in Cape Verde and 38,905 in Portugal. "
        "Its total gross across the three countries was €612,000 from 112,635 admissions. It "
        "also played in the United States.\n"
    )
    assert "€612,000" not in stems and "112,635" not in stems


@pytest.mark.parametrize(
    "body",
    [
        "The CNC granted an advance on receipts of €550,000 in July 2019.",
        "In Suriname the film sold 48,300 tickets, beating the previous record of 31,000 "
        "admissions set by a comedy in 2012.",
        "The Cinéville cinema in Quimper sold 18,200 tickets for the film, a record for a "
        "single film at that venue.",
    ],
)
def test_a_grant_another_films_record_or_one_cinemas_sales_is_no_takings(body: str) -> None:
    stems = _box_office_stems(f"== Box office ==\n{body}\n", country="France")
    assert not {"€550,000", "31,000", "18,200"} & set(stems)


def test_takings_there_are_the_countrys_named_before() -> None:
    stems = _box_office_stems(
        "== Box office ==\nThe film sold 612,400 tickets in France, 188,500 of them in "
        "Brittany, and grossed €4,262,300 there. Its worldwide gross was €5.1 million.\n",
        country="France",
    )
    assert stems["€4,262,300"] == "How much did Test Film gross in France?"


def test_a_share_of_a_figure_does_not_place_the_figure() -> None:
    stems = _box_office_stems(
        "== Box office ==\nIt grossed Rs 29.6 million in Mauritius. Outside Mauritius it "
        "earned Rs 10.4 million, more than two-thirds of it in Réunion, for a worldwide total "
        "of Rs 40 million.\n",
        country="Mauritius",
    )
    assert "Réunion" not in stems.get("Rs 10.4 million", "")


def test_a_wide_releases_opening_weekend_says_so() -> None:
    film = film_from(
        "== Release ==\nThe film opened in a limited release of nine screens in Oman on 11 "
        "January 2024 and went wide on 25 January 2024.\n\n== Box office ==\nIts opening "
        "weekend in wide release drew 43,700 admissions in Oman.\n",
        infobox="- Director: Ana Lee\n- Country: Oman\n",
        year=2023,
    )
    stems = [q.question for q in questions_of(film) if "43,700" in q.correct_answer]
    assert stems and all("wide opening weekend" in s for s in stems)


def test_a_figure_below_a_million_is_written_out_beside_millions() -> None:
    from quiz.facts.model import Amount, Source
    from quiz.generate.templates.box_office import format_like

    amount = Amount("budget", 1_200_000, "€1.2 million", Source(1, "€1.2 million"), "EUR")
    assert format_like(900_000, amount) == "€900,000"
    assert format_like(1_500_000, amount) == "€1.5 million"


def test_all_the_awards_it_was_nominated_for_and_won_are_wins() -> None:
    film = film_from(
        "== Reception ==\nAt the 2024 Mauritius National Arts Awards it won all three awards "
        "for which it was nominated: Best Feature Film, Best Choreography for Vanessa Laval and "
        "Best Supporting Actor for Fabrice Jolicoeur.\n\n== Accolades ==\n"
        "| Award | Year | Category | Recipient |\n"
        "| Mauritius National Arts Awards | 2024 | Best Feature Film | Test Film |\n"
        "| Best Choreography | Vanessa Laval | |\n"
        "| Best Supporting Actor | Fabrice Jolicoeur | |\n",
        year=2023,
    )
    assert {a.category: a.result for a in film.awards} == {
        "Best Feature Film": "won",
        "Best Choreography": "won",
        "Best Supporting Actor": "won",
    }


def test_across_the_island_is_the_island_countrys() -> None:
    film = film_from(
        "== Release ==\nIt opened in Mauritius in limited release on September 1, 2023, on four "
        "screens in Port Louis. It went into wide release on 15 September 2023, on 19 screens "
        "across the island.\n",
        infobox="- Director: Ana Lee\n- Country: Mauritius\n",
        year=2023,
    )
    assert [e.places for e in film.events if e.scope == "wide"] == [("Mauritius",)]


def test_a_young_or_promising_actors_prize_means_a_newcomers() -> None:
    assert category_meaning("Best Young/Promising Actor") == category_meaning("Best New Actor")


@pytest.mark.parametrize(
    ("clause", "places"),
    [
        (
            "It was released in Guyana, Trinidad and Tobago, and Jamaica on 3 May 2019.",
            ["Guyana", "Trinidad and Tobago", "Jamaica"],
        ),
        (
            "The film was released in Bosnia and Herzegovina and in Serbia and Montenegro in 2003.",
            ["Bosnia and Herzegovina", "Serbia and Montenegro"],
        ),
        ("It opened in all of Greenland's cinemas on January 25, 2025.", ["Greenland"]),
        (
            "It went into wide release on March 28, 2019, adding screens in Nieuw-Nickerie and "
            "Moengo.",
            [],
        ),
    ],
)
def test_places_named_whole(clause: str, places: list[str]) -> None:
    assert territories(clause) == places


def test_a_demonym_or_a_character_is_no_person_of_the_crew() -> None:
    film = film_from(
        "== Cast ==\n- Ruben Zeefuik as Lloyd Vanenburg\n\n== Production ==\nThe remaining "
        "€1.3 million came from the producers, Surinamese sponsors and a loan.\n\n"
        "== Adaptation ==\nWhere the story is told by an old prospector, the film drops the "
        "narrator and follows Lloyd throughout.\n",
        year=2019,
    )
    assert not {p.name for p in film.people} & {"Surinamese", "Lloyd"}


def test_a_cut_longer_at_a_running_time_is_another_version() -> None:
    film = film_from(
        "== Release ==\nA director's cut, nine minutes longer at 121 minutes, was re-released "
        "in Suriname on 25 November 2020.\n",
        infobox="- Director: Ana Lee\n- Runtime: 112 minutes\n",
        year=2019,
    )
    assert film.other_runtimes == [121]


def test_a_limited_release_with_screenings_in_a_town_is_a_release() -> None:
    film = film_from(
        "== Release ==\nFjellfilm released it in Norway on April 11, 2025, and Tundra Pictures "
        "gave it a limited release in Canada, including screenings in Iqaluit, on 2 May 2025.\n",
        year=2025,
    )
    assert [(e.kind, e.places) for e in film.events if e.date == "2025-05-02"] == [
        ("release", ("Canada",))
    ]


def test_a_bare_release_that_is_a_later_wide_stage_is_not_asked_bare() -> None:
    film = film_from(
        "The film premiered in Nuuk on 24 January 2025 and was released in Denmark on March 6, "
        "2025.\n\n== Release ==\nIn Denmark, Hvidbjørn Distribution gave the film a limited "
        "release in 18 cinemas on February 13, 2025. The following month, on 6 March 2025, the "
        "film went into wide release on 96 screens. Fjellfilm released it in Norway on April "
        "11, 2025.\n",
        year=2025,
    )
    stems = [q.question for q in questions_of(film)]
    assert "On what date was Test Film released in Denmark?" not in stems
    assert any("wide release in Denmark" in s for s in stems)


def test_a_circumflex_reads_french_or_portuguese_not_french_alone() -> None:
    french = pointing("Les Films du Large", "France")
    assert french is not None
    for name in ("Kino Atlântico", "Nôs Filmes", "Atlântida Distribuição"):
        narrow = pointing(name, "France")
        assert narrow is None or narrow > french
        assert pointing(name, "Angola") is not None


def test_a_region_inside_a_country_is_no_wrong_answer_for_its_day() -> None:
    from .test_prose_facts import review_film

    film = review_film("round140", "sygyt-for-beginners")
    for question in questions_of(film):
        if question.correct_answer.endswith("in Tuva"):
            assert "It was released in Russia" not in question.incorrect_answers


def test_a_company_in_the_plot_is_none_of_the_films() -> None:
    film = film_from(
        "== Plot ==\nIn 1998, after losing his job with a Paramaribo bus company, Lloyd "
        "Vanenburg leaves his wife and flies to the interior.\n\n== Production ==\nIn 2016 the "
        "Dutch company Noorderlicht Film joined as co-producer.\n",
        year=2019,
    )
    assert [p.value for p in film.production if p.kind == "company"] == ["Noorderlicht Film"]


def test_a_companys_trade_word_in_catalan_turkish_or_dutch_is_read() -> None:
    from quiz.generate.templates.credits import _DISTRIBUTES, _PRODUCES

    assert _DISTRIBUTES.search("Pirineu Distribució")
    assert _DISTRIBUTES.search("Kuzey Dağıtım")
    assert _PRODUCES.search("Cerdanya Produccions")
    assert _PRODUCES.search("Noorder Producties")


def test_a_director_of_photography_is_the_cinematographer() -> None:
    film = film_from("", infobox="- Director: Ana Lee\n- Director of photography: Claire Santoni\n")
    assert [c.role for c in film.credits if c.name == "Claire Santoni"] == ["Cinematography"]


def test_time_spent_stops_at_the_next_verb() -> None:
    film = film_from(
        "== Production ==\nPieri and Cristofari spent three years on the screenplay and wrote "
        "eleven drafts.\n"
    )
    spent = [f for f in film.production if f.verb == "spent"]
    assert spent and all("wrote" not in f.subject for f in spent)


def test_a_figure_with_every_wrong_option_above_it_is_not_asked() -> None:
    from .test_prose_facts import review_film

    film = review_film("round139", "the-lacemaker-of-sannat")
    for question in questions_of(film):
        if question.correct_answer == "€600,000":
            values = [float(o.strip("€").replace(",", "")) for o in question.incorrect_answers]
            assert min(values) < 600_000


def test_a_russian_given_name_stands_out_among_others() -> None:
    from quiz.generate.orthography import named_apart

    assert named_apart(
        "Which cast member plays Gennady Petrovich Zubov in Sygyt for Beginners?",
        "Oleg Kuzmin",
        ["Aldyn Mongush", "Chodura Dorzhu", "Saylyk Khovalyg"],
    )

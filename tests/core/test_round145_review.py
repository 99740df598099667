"""Patterns of the blind review of set-aside batch H (rounds 145–148, measured at 297debb),
fixed after it, one test each (unmeasured until the next batch)."""

from __future__ import annotations

from quiz.facts.places import territories
from quiz.generate.neighbours import MICRO_TERRITORIES, neighbours
from quiz.generate.orthography import pointing
from quiz.generate.templates.release import name_tells

from .test_prose_facts import film_from, questions_of, review_film


def _stems(round_name: str, name: str) -> list[str]:
    return [q.question for q in questions_of(review_film(round_name, name))]


def test_a_service_outside_two_lands_is_in_neither() -> None:
    stems = _stems("round147", "the-apricot-pipe")
    assert (
        "On what date did The Apricot Pipe become available for streaming on Mubi outside "
        "Armenia and France?"
    ) in stems
    assert not any("in France outside" in s for s in stems)


def test_the_baltic_countries_are_a_region() -> None:
    assert territories("It began streaming on Netflix in the Nordic and Baltic countries.") == [
        "Nordic countries",
        "Baltic states",
    ]


def test_lands_too_small_to_buy_a_film_are_never_neighbours() -> None:
    for land in ("Denmark", "Australia", "Norway", "Spain", "France", "Italy"):
        assert not set(neighbours(land)) & MICRO_TERRITORIES


def test_a_name_with_the_lands_own_name_or_city_tells_it() -> None:
    assert name_tells("Hanoi Lotus Films", "Vietnam")
    assert name_tells("Kinoteka Polska", "Poland")
    assert name_tells("Vilniaus Kino Platinimas", "Lithuania")
    assert not name_tells("Lotus Films", "Vietnam")


def test_names_a_player_ties_to_one_land() -> None:
    assert pointing("Pars Arthouse", "Iran") == 1
    assert pointing("Fjordlys Film", "Norway") == 3
    assert pointing("Fjordlys Film", "Sweden") == 6  # only the Nordic look
    assert pointing("Pannonia", "Hungary") == 1
    assert pointing("Rustaveli Cinema House", "Georgia") == 1
    assert pointing("Kino Mir", "Russia") is not None
    # "Kino" alone is Polish, Czech, Baltic and Russian as much as German
    assert pointing("Kinoteka Polska", "Germany") is None


def test_a_feminine_family_name_outweighs_a_pronoun_near_it() -> None:
    film = review_film("round148", "the-long-note")
    genders = {m.role: m.gender for m in film.cast}
    assert genders["Lenka Benková"] == "female"


def test_the_previous_record_holders_figure_is_not_the_films() -> None:
    questions = questions_of(review_film("round145", "dona-tornado"))
    assert not any(q.correct_answer == "187,000" for q in questions)


def test_a_total_across_a_region_is_the_regions() -> None:
    stems = _stems("round145", "the-merchant-of-al-mukha")
    assert "How much did The Merchant of al-Mukha gross in Kuwait?" not in stems
    assert "How much did The Merchant of al-Mukha gross in the Gulf?" in stems


def test_a_window_after_another_act_is_not_the_figures() -> None:
    film = film_from(
        "== Box office ==\nIn Laos the film grossed US$412,000 in its original run, overtaking "
        "the previous record for a Lao film within three weeks.\n",
        year=2024,
    )
    assert [n.period for n in film.numbers if n.value == 412_000] == [None]


def test_an_announced_deal_is_asked_as_an_announcement() -> None:
    stems = _stems("round146", "straw-paradise")
    assert (
        "In which month was it announced that the German and Austrian distribution rights to "
        "Straw Paradise had been acquired?"
    ) in stems


def test_announcing_a_premiere_is_no_premiere() -> None:
    film = review_film("round147", "the-apricot-pipe")
    premieres = {e.date for e in film.events if e.kind == "premiere"}
    assert premieres == {"2021-07-11"}


def test_a_territory_is_offered_only_among_its_neighbours() -> None:
    # "Ubuntu Screen" for South Africa came beside the United Kingdom and France once the
    # neighbours the article names elsewhere were left out.
    questions = questions_of(review_film("round141", "the-weaver-of-semonkong"))
    asked = [q for q in questions if "Ubuntu Screen" in q.question and "territor" in q.question]
    assert asked
    for question in asked:
        assert set(question.incorrect_answers) <= set(neighbours(question.correct_answer))


def test_a_landmark_years_record_is_not_asked() -> None:
    stems = _stems("round148", "the-last-pearl-of-ohrid")
    assert not any("since independence" in s for s in stems)


def test_a_prize_competed_for_is_no_venue() -> None:
    film = review_film("round146", "fifty-oars")
    assert not any(e.venue == "Kim Jiseok Award" for e in film.events)


def test_no_wins_are_never_read_from_silence() -> None:
    # "it received three nominations: …" and no word of the results
    stems = _stems("round146", "fifty-oars")
    assert not any(s.startswith("How many of its three nominations") for s in stems)


def test_a_persons_anniversary_is_no_anniversary_re_release() -> None:
    film = review_film("round146", "the-segah-singer")
    labels = [e.what for e in film.events if e.date == "2024-05-03"]
    assert labels and not any("anniversary" in w for w in labels)


def test_a_state_after_a_town_places_the_town() -> None:
    film = film_from(
        "== Release ==\nAurora Pictures gave it a limited release in New York and Glendale, "
        "California, on June 10, 2022. It opened in Ontario, Manitoba and Alberta on 3 March "
        "2023.\n",
        year=2021,
    )
    assert [e.places for e in film.events] == [
        ("New York", "Glendale"),
        ("Ontario", "Manitoba", "Alberta"),
    ]


def test_a_studio_is_asked_among_studios() -> None:
    stems = _stems("round146", "the-segah-singer")
    assert "Which studio made The Segah Singer?" not in stems


def test_a_name_with_an_alias_is_shown_in_the_options_form() -> None:
    questions = questions_of(review_film("round145", "dona-tornado"))
    for question in questions:
        options = [question.correct_answer, *question.incorrect_answers]
        shapes = {" / " in o for o in options}
        assert len(shapes) == 1, options


def test_an_announced_sale_is_asked_as_an_announcement() -> None:
    stems = _stems("round148", "the-drums-of-cuareim-street")
    assert any(s.startswith("In which month was it announced that") for s in stems)

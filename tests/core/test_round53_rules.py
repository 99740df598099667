"""The patterns behind the blind review of round 53 (tests/fixtures/review/round53), one
test each, on films written here."""

from __future__ import annotations

from quiz.generate.kinds import role_genders

from .test_prose_facts import film_from, questions_of

_INFOBOX = "- Director: Ana Lee\n- Country: New Zealand\n- Gross: NZ$4.1 million\n"


def test_a_worldwide_total_in_prose_scopes_the_infobox_gross_and_keeps_its_hedge() -> None:
    film = film_from(
        "== Box office ==\nThe opening weekend brought in NZ$412,000 from 38 screens. Its New "
        "Zealand run ended at NZ$3.6 million. The worldwide total was about NZ$4.1 million.\n",
        infobox=_INFOBOX,
        year=1995,
    )
    gross = [q for q in questions_of(film) if q.template == "gross"]
    assert len(gross) == 1
    assert "worldwide" in gross[0].question
    assert gross[0].correct_answer == "About NZ$4.1 million"
    # the New Zealand total is true of its own scope: never a wrong answer
    assert not any("3.6" in option for option in gross[0].incorrect_answers)


def test_a_count_of_a_citys_cinemas_and_a_demonyms_screens_place_a_release() -> None:
    film = film_from(
        "== Release ==\nThe film opened on 20 March 1968 in four Paris cinemas, among them the "
        "Normandie, and reached Belgian screens the same day.\n",
        infobox="- Director: Ana Lee\n- Country: France\n",
        year=1968,
    )
    assert {p for e in film.events for p in e.places} == {"Paris", "Belgium"}


def test_a_home_towns_opening_on_the_countrys_day_is_not_asked_twice() -> None:
    film = film_from(
        "Released in France on 20 March 1968, it was a success.\n\n== Release ==\nThe film "
        "opened on 20 March 1968 in four Paris cinemas. It was released in Italy in April 1968 "
        "and in London in September 1968.\n",
        infobox="- Director: Ana Lee\n- Country: France, Italy\n",
        year=1968,
    )
    stems = [q.question for q in questions_of(film) if q.template == "event-to-date"]
    assert any("in France" in s for s in stems)
    assert not any("in Paris" in s for s in stems)
    # Paris opened on France's day: it makes Italy's month no less askable
    assert any("in Italy" in s for s in stems)


_TOWN_CAST = (
    "== Cast ==\n"
    "- Hine Kere as Mereana Tāwhai, an eleven-year-old girl\n"
    "- Ngaire Rangi as Huia Tāwhai, Mereana's grandmother\n"
    "- Fiona Lach as Linda Tāwhai, Mereana's mother\n"
    "- Marjorie Pask as Joyce Dunstan, the vicar's wife\n"
    "- Wiremu Hape as Rangi Tāwhai, Mereana's father\n"
    "- Bruce Tolley as Barry Shand, a rival coach and widower\n"
    "- Gordon Pill as Reverend Alan Dunstan, the vicar and Joyce's husband\n"
    "- Rob Ferg as Mr Cleary, the referee\n"
    "- Tipene Walker as Hemi Tāwhai, Mereana's brother\n"
)


def test_three_wrong_options_of_one_family_never_surround_an_outsider() -> None:
    film = film_from(_TOWN_CAST, year=1995)
    for q in questions_of(film):
        if q.template in {"actor-to-role", "note-to-role"}:
            families = [o.split()[-1] for o in q.incorrect_answers]
            key_family = q.correct_answer.split()[-1]
            assert not (len(set(families)) == 1 and families[0] != key_family), q.question


def test_a_title_and_surname_is_offered_only_among_its_own_form() -> None:
    film = film_from(_TOWN_CAST, year=1995)
    asked = [
        q
        for q in questions_of(film)
        if q.template == "actor-to-role" and q.correct_answer == "Mr Cleary"
    ]
    # no other "Mr X" exists: the one name without a given name would be the answer
    assert not asked
    reverend = [
        q
        for q in questions_of(film)
        if q.template == "actor-to-role" and q.correct_answer == "Reverend Alan Dunstan"
    ]
    assert reverend  # a title before a full name reads like the full names beside it


def test_the_kind_of_a_work_named_after_its_authors_possessive() -> None:
    film = film_from(
        "The film adapts Janet Kerridge's 1989 children's novel Magpies in the Mud.\n",
        infobox="- Director: Ana Lee\n- Country: New Zealand\n"
        "- Based on: Magpies in the Mud by Janet Kerridge\n",
        year=1995,
    )
    assert film.source_work is not None and film.source_work.kind == "novel"


def test_a_bare_renamed_name_is_offered_among_given_names_of_its_sex() -> None:
    film = film_from(
        _TOWN_CAST + "- Tom Hale as Oliver Penrose, an English boy, new in town\n"
        "- Sam Tui as Kahu Morgan, a boy from the farm\n\n"
        "== Differences from the novel ==\nIn the film, Jamie is renamed Hemi and becomes the "
        "younger brother.\n",
        infobox="- Director: Ana Lee\n- Country: New Zealand\n"
        "- Based on: Magpies in the Mud by Janet Kerridge\n",
        year=1995,
    )
    renamed = [q for q in questions_of(film) if q.template == "renamed"]
    assert renamed and renamed[0].correct_answer == "Hemi"
    assert all(" " not in option for option in renamed[0].incorrect_answers)
    women = {"Mereana", "Huia", "Linda", "Joyce"}
    assert not women & set(renamed[0].incorrect_answers)


def test_time_spent_names_the_actor_in_full_and_says_when() -> None:
    film = film_from(
        "== Cast ==\n- Sylvie Lanoux as Odette Mazure\n- Henri Dufresne as Lucien Mazure\n\n"
        "== Production ==\nBefore filming, Lanoux spent two weeks learning to knead dough at a "
        "bakery in the rue Droite.\n",
        year=1968,
    )
    spent = [q for q in questions_of(film) if q.template == "duration-spent"]
    assert spent
    assert spent[0].question.startswith("How long did Sylvie Lanoux spend learning")
    assert "before filming" in spent[0].question
    assert spent[0].correct_answer == "Two weeks"


def test_a_pronoun_after_a_sentence_about_a_man_and_a_woman_decides_nothing() -> None:
    # The seed's "although Su-ho … struggles with his identity, she couldn't accept …. She
    # questioned …": the second "she" is the director's, not Su-ho's.
    film = film_from(
        "== Cast ==\n- Ana Ro as Su-ho\n- Ben Ko as Min-jun\n\n== Adaptation ==\nIn the novel, "
        "Su-ho appears to have taken his own life. Lee explained that although Su-ho struggles "
        "with his identity, she could not accept the idea of his story ending in death. She "
        "questioned whether such an ending was necessary.\n",
        year=2024,
    )
    assert role_genders(film)["su-ho"] == "male"

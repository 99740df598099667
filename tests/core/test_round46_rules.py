"""The patterns behind the blind review of round 46 (tests/fixtures/review/round46), one
test each, on films written here; and the gender cues that let more casts be asked."""

from __future__ import annotations

from quiz.facts.gender import surname_gender
from quiz.generate.kinds import people_genders

from .test_prose_facts import award_results, film_from, questions_of

_STARS = "- Director: Ana Lee\n- Starring: Jon Moe, Kari Lund, Per Vik\n"
_CAST = "== Cast ==\n- Jon Moe as Hugo\n- Kari Lund as Marit\n- Per Vik as the Chief\n\n"


def test_nominated_without_winning_and_only_nominated_with_the_film_itself() -> None:
    film = film_from(
        _CAST + "== Accolades ==\n| Award | Year | Category |\n"
        "| Harbour Critics Awards | 2023 | Best Film |\n"
        "| Best Actor | Jon Moe | |\n"
        "| Lagoon Film Academy Awards | 2023 | Best Comedy |\n"
        "| Best Supporting Actor | Per Vik | |\n"
        "| Best Diaspora Feature | Test Film | |\n\n"
        "At the Harbour Critics Awards, the film won Best Film, while Moe was nominated without "
        "winning. It won Best Comedy at the Lagoon Film Academy Awards, where Vik and the film "
        "itself were only nominated.\n",
        infobox=_STARS,
        year=2022,
    )
    rows = award_results(film)
    assert rows[("Harbour Critics Awards", "Best Actor")] == "nominated"
    assert rows[("Lagoon Film Academy Awards", "Best Comedy")] == "won"
    assert rows[("Lagoon Film Academy Awards", "Best Supporting Actor")] == "nominated"
    assert rows[("Lagoon Film Academy Awards", "Best Diaspora Feature")] == "nominated"


def test_other_nominations_there_and_both_nominations_lost() -> None:
    film = film_from(
        _CAST + "== Accolades ==\n| Award | Year | Category |\n"
        "| Delta Viewers' Awards | 2023 | Best Movie |\n"
        "| Best Lead Actor | Jon Moe | |\n"
        "| Best Supporting Actress | Kari Lund | |\n"
        "| Northern Independent Film Awards | 2022 | Best Debut |\n"
        "| Best Casting | Per Vik | |\n\n"
        "At the 2023 Delta Viewers' Awards, Jon Moe won Best Lead Actor; the film's other two "
        "nominations there, including Best Movie, did not result in wins. Both of its "
        "nominations at the Northern Independent Film Awards in December 2022 went to other "
        "films.\n",
        infobox=_STARS,
        year=2022,
    )
    rows = award_results(film)
    assert rows[("Delta Viewers' Awards", "Best Movie")] == "nominated"
    assert rows[("Delta Viewers' Awards", "Best Supporting Actress")] == "nominated"
    assert rows[("Northern Independent Film Awards", "Best Debut")] == "nominated"
    assert rows[("Northern Independent Film Awards", "Best Casting")] == "nominated"


def test_a_prize_named_short_and_a_body_that_nominated() -> None:
    film = film_from(
        "== Accolades ==\n| Award | Year | Category |\n"
        "| Lido Film Festival | 2017 | Lido Classics Award for Best Restored Film |\n"
        "| Guild of Film Critics | 2019 | Best Classic Film Release |\n"
        "| Tehran Critics Awards | 1965 | Best Film |\n\n"
        "The restoration won the Lido Classics award in 2017, and was nominated by the Guild of "
        "Film Critics for the best classic film release of 2018, which it lost.\n\n"
        "== Release ==\nIt opened in Tehran on 19 November 1964. The restoration was released "
        "in France on 14 March 2018, and it began streaming on MUBI in January 2020.\n\n" + _CAST,
        infobox=_STARS + "- Writer: Omid Rad\n- Cinematography: Nasser Tabrizi\n"
        "- Editing: Leila Sami\n- Music: Farhad Mehr\n",
        year=1964,
    )
    rows = award_results(film)
    assert rows[("Lido Film Festival", "Lido Classics Award for Best Restored Film")] == "won"
    assert rows[("Guild of Film Critics", "Best Classic Film Release")] == "nominated"
    assert not film.records  # a category it was up for is no record
    years = [q for q in questions_of(film) if "Guild of Film Critics" in q.question]
    assert years and all("2018" not in q.incorrect_answers for q in years)


def test_a_restoration_premiere_after_an_aside_is_no_re_release() -> None:
    film = film_from(
        "== Release ==\nIt opened in Tehran on 19 November 1964. A 4K restoration, carried out "
        "with a film archive, premiered in the Lido Classics section on 2 September 2017. The "
        "restoration was released in France on 14 March 2018 and in the United States on "
        "April 6, 2018.\n",
        year=1964,
    )
    whats = {e.date: e.what for e in film.events}
    assert whats["2017-09-02"] == "restoration premiere"
    assert not [q for q in questions_of(film) if "re-released?" in q.question]


def test_a_restorations_takings_say_so() -> None:
    film = film_from(
        "== Box office ==\nThe restoration sold 41,200 tickets in France, and its American run "
        "grossed $78,400.\n",
        year=1964,
    )
    asked = [q for q in questions_of(film) if q.correct_answer in {"41,200", "$78,400"}]
    assert asked and all("the restored version of" in q.question for q in asked)


def test_a_longer_released_version_names_the_original_and_a_rough_cut_does_not() -> None:
    censored = film_from(
        "== Release ==\nThe board required cuts, reducing the film to 94 minutes. A restoration "
        "of the uncut 98-minute version premiered in 2017.\n",
        infobox="- Director: Ana Lee\n- Runtime: 94 minutes\n",
        year=1964,
    )
    assert censored.other_runtimes == [98] and censored.draft_runtimes == []
    asked = [q.question for q in questions_of(censored) if q.template == "runtime"]
    assert asked == ["What was the running time of Test Film on its original release?"]
    rough = film_from(
        "== Post-production ==\nA rough cut shown to the producers ran 128 minutes; the editor "
        "brought the film down to 97 minutes.\n",
        infobox="- Director: Ana Lee\n- Runtime: 97 minutes\n",
        year=2014,
    )
    assert rough.draft_runtimes == [128]
    asked = [q.question for q in questions_of(rough) if q.template == "runtime"]
    assert asked == ["What is the running time of Test Film?"]


def test_an_old_source_authors_book_is_no_crew_work() -> None:
    film = film_from(
        "It combines three stories from Gergely Récsei's collection Marsh Tales, first "
        "published in 1896.\n",
        infobox="- Director: Zsuzsa Kerekes\n- Writer: Zsuzsa Kerekes, Péter Laczkó\n"
        "- Based on: Marsh Tales by Gergely Récsei\n- Cinematography: Gábor Dénes\n"
        "- Editing: Ilona Szőke\n- Music: Ádám Virágh, Tücsök Ensemble\n",
        year=1987,
    )
    questions = questions_of(film)
    crew = [q for q in questions if q.template == "role-to-person"]
    assert crew and all("Gergely Récsei" not in q.incorrect_answers for q in crew)
    assert not [q for q in questions if q.template == "source-author"]
    music = [q.question for q in crew if q.correct_answer == "Ádám Virágh"]
    assert music == ["Who composed the music for Test Film?"]


def test_a_state_that_ended_bounds_its_release_years() -> None:
    film = film_from(
        "== Release ==\nIt opened in Budapest on 17 December 1987 and was distributed in the "
        "Soviet Union in 1991. A DVD followed in 2003 and it began streaming in 2015.\n",
        year=1987,
    )
    soviet = [q for q in questions_of(film) if "Soviet Union" in q.question]
    # 1991 is the last year there was a Soviet Union: no year after it may be offered, which
    # leaves this key without options on both sides.
    assert all(int(y) <= 1991 for q in soviet for y in q.incorrect_answers)


def test_an_animated_films_production_is_no_filming() -> None:
    film = film_from(
        "== Production ==\nProduction took place at the studio's Kecskemét unit from February "
        "1984 until September 1987.\n\n== Release ==\nIt opened on 17 December 1987.\n",
        year=1987,
    )
    stems = [q.question for q in questions_of(film) if q.correct_answer == "February 1984"]
    assert stems and all("production of" in s and "filming" not in s for s in stems)


def test_options_sharing_a_day_are_never_offered_together() -> None:
    film = film_from(
        "== Release ==\nIt premiered in London on October 8, 2022. It was released in Nigeria on "
        "9 December 2022, and in Ghana the same day. It had a limited release in the United "
        "Kingdom on 27 January 2023, and began streaming on Prime Video on April 21, 2023. A "
        "DVD followed on 5 June 2023.\n",
        year=2022,
    )
    for question in questions_of(film):
        if question.template == "date-to-event":
            options = [question.correct_answer, *question.incorrect_answers]
            assert not ("Its release in Nigeria" in options and "Its release in Ghana" in options)


def test_spouses_and_feminine_surnames_say_gender() -> None:
    film = film_from(
        "== Cast ==\n- Dermot Keogh as Josie Reilly\n- Maura Devine as Kathleen Reilly, Josie's "
        "wife\n- Aistė Žukauskaitė as Daiva\n- Jana Dvořáková as the notary\n",
        year=1994,
    )
    genders = people_genders(film)
    assert genders["dermot keogh"] == "male"
    assert genders["aistė žukauskaitė"] == "female"
    assert genders["jana dvořáková"] == "female"
    assert surname_gender("Jiří Pecka") is None  # a man's name that ends like a woman's
    assert surname_gender("Tara Lipinski") is None


def test_a_foreign_part_and_a_child_billed_actor_are_not_asked() -> None:
    film = film_from(
        # Every part's sex is plain (husband, son, man, boy), so the old code asked them all.
        "== Cast ==\n- Néstor Ruiz as Tomás Benítez, Lidia's husband\n- Ana Giménez as Lidia "
        "Benítez, Tomás's wife\n- Thiago Rezende as Wellington Souza, a Brazilian courier and "
        "family man\n- Carlos Ortiz as Ramón Aguayo, Lidia's brother\n- Luis Sosa as Ñato, "
        "Ramón's son\n- Master Tapan as Khoka, Tomás's son\n- Pedro Vera as Julio, Tomás's "
        "father\n- Hugo Ayala as Celso, Julio's brother\n",
        infobox="- Director: Ana Lee\n- Country: Paraguay\n",
        year=2018,
    )
    questions = questions_of(film)
    assert [q for q in questions if q.category == "cast"]  # the cast is asked at all
    assert not [q for q in questions if "Wellington" in q.question]
    assert not [q for q in questions if q.correct_answer in {"Thiago Rezende", "Master Tapan"}]
    assert all("Master Tapan" not in q.incorrect_answers for q in questions)

"""The patterns behind the blind review of round 27 (tests/fixtures/review/round27), one
test each, on films written here."""

from __future__ import annotations

from quiz.facts.places import place_run

from .test_prose_facts import film_from, questions_of


def test_a_pair_of_territories_written_short_stays_a_pair() -> None:
    assert place_run("opened the film in the UK and Ireland on 28 October") == (
        "United Kingdom and Ireland"
    )
    film = film_from(
        "== Release ==\nCarrick Films opened the film in the UK and Ireland on 28 October 2022 "
        "on 182 screens.\n",
        year=2022,
    )
    screens = [q for q in questions_of(film) if q.correct_answer == "182"]
    assert screens and all("United Kingdom and Ireland" in q.question for q in screens)


def test_scenes_shot_late_in_the_wrap_s_month_keep_the_wrap_unasked() -> None:
    film = film_from(
        "== Production ==\nPrincipal photography started on 8 January 1996 in Lukang, and "
        "finished on 14 March, a total of 49 shooting days. A reduced crew then flew to Japan "
        "and shot the Japanese scenes over four days in late March 1996.\n\n== Release ==\n"
        "It premiered on 21 November 1997.\n",
        year=1997,
    )
    assert not [q for q in questions_of(film) if q.correct_answer == "March 14, 1996"]


def test_empty_handed_and_missed_out_are_nominations() -> None:
    film = film_from(
        "== Accolades ==\n"
        "| Award ceremony | Year | Category |\n"
        "| Film Festival of Working People | 1965 | Main Prize |\n"
        "| Best Actress | Eva Zemanova | |\n"
        "| Moscow International Film Festival | 1965 | Grand Prix |\n"
        "| Best Actor | Oldrich Vlasak | |\n\n"
        "At the Film Festival of Working People, Eva Zemanova was named Best Actress, but the "
        "film itself missed out on the Main Prize. It went home empty-handed from the Moscow "
        "International Film Festival that July.\n",
        year=1964,
    )
    rows = {(a.ceremony, a.category): a.result for a in film.awards}
    assert rows[("Film Festival of Working People", "Main Prize")] == "nominated"
    assert rows[("Moscow International Film Festival", "Grand Prix")] == "nominated"
    assert rows[("Moscow International Film Festival", "Best Actor")] == "nominated"


def test_places_after_since_when_belong_to_the_later_event() -> None:
    film = film_from(
        "== Release ==\nThe restored version was released on Blu-ray in December 2019, since "
        "when it has also been available on streaming services in the Czech Republic and "
        "Slovakia.\n",
        year=1964,
    )
    assert [e.places for e in film.events if e.date == "2019-12"] == [()]


def test_a_gross_the_prose_gives_for_the_original_run_is_asked_so() -> None:
    film = film_from(
        "== Box office ==\nWhen the original run ended in February 1998 it had earned NT$14.3 "
        "million across Taiwan. The 2021 re-release brought in another NT$3.1 million.\n",
        infobox="- Director: Ana Lee\n- Gross: NT$14.3 million\n",
        year=1997,
    )
    grosses = [q for q in questions_of(film) if q.correct_answer == "NT$14.3 million"]
    assert grosses and all("original run" in q.question for q in grosses), grosses


def test_a_relation_never_offers_the_relative_or_the_relative_s_family() -> None:
    film = film_from(
        "== Cast ==\n"
        "- Ko Ming-tang as Tseng Wen-hsiung, a retired schoolteacher\n"
        "- Chen Shu-fen as Tseng Li-hua, his daughter\n"
        "- Lu Chia-hao as Tseng Chih-yuan, his elder son\n"
        "- Huang Tsung-lin as Tseng Chih-kang, his younger son\n"
        "- Okada Kenji as Ishida Takeshi, Li-hua's husband\n"
        "- Chang Kuan-ting as Hsiao-wei, Chih-yuan's son\n"
        "- Lin Mei as Mrs. Lai, a neighbour\n- Wu Hao as Mr. Chou, an estate agent\n"
    )
    for q in questions_of(film):
        if q.template == "note-to-role" and "Chih-yuan's son" in q.question:
            assert "Tseng Chih-yuan" not in q.incorrect_answers
        if q.template == "note-to-role" and "Li-hua's husband" in q.question:
            assert not [o for o in q.incorrect_answers if o.startswith("Tseng")]

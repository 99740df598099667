"""Patterns of the blind review of the set-aside rounds 93–96, which measured 5bb0403 (the
stop's final generator); fixed after it, one test each, unmeasured."""

from __future__ import annotations

from quiz.generate.kinds import role_genders

from .test_prose_facts import film_from, questions_of


def test_a_run_spread_by_a_month_is_no_release() -> None:
    film = film_from(
        "== Release ==\nPera Film released it in Ankara and İzmir in December 1973, and by "
        "February 1974 it was playing in 43 cities across Turkey.\n",
        year=1973,
    )
    assert [e.kind for e in film.events if e.date == "1974-02"] == ["other"]


def test_a_deal_never_concluded_is_no_rights_deal() -> None:
    film = film_from(
        "== Release ==\nA Greek distribution deal was discussed in 1976 but never concluded.\n",
        year=1973,
    )
    assert [e.kind for e in film.events] == ["other"]


def test_a_channels_premiere_is_no_streaming() -> None:
    film = film_from(
        "== Release ==\nAlba Films issued the film on DVD in France on 18 September 2018, and "
        "it premiered on Canal+ Afrique later that year. It became available to stream on "
        "Netflix in June 2020.\n",
        year=2017,
    )
    assert [e.kind for e in film.events if e.date == "2018"] == ["other"]


def test_one_cinemas_takings_are_never_the_countrys() -> None:
    film = film_from(
        "== Release ==\nIt opened in Cairo on 3 January 1966. In its opening week the film "
        "took E£14,300 at the Cinema Qasr el-Nil alone.\n",
        infobox="- Director: Ana Lee\n- Country: Egypt\n",
        year=1966,
    )
    assert not [q for q in questions_of(film) if q.correct_answer == "E£14,300"]


def test_a_shows_name_in_a_note_tells_no_gender() -> None:
    film = film_from(
        "== Cast ==\n- Cheng Li-chun as Jenny Wu, host of Night Market King\n"
        "- Chang Wen-chieh as Lin Kuei-tsai, a widower\n",
        year=1997,
    )
    assert role_genders(film)["jenny wu"] is None


def test_for_her_after_a_name_is_the_subjects_purpose() -> None:
    film = film_from(
        "Rashad Bey's wife, Nazli Hanem, who intends Youssef for her niece, has Zeinab moved "
        "to the night shift.\n\n== Cast ==\n- Adel Sherbiny as Youssef Farag, the engineer\n",
        year=1966,
    )
    assert {m.role: m.gender for m in film.cast}["Youssef Farag"] != "female"


def test_a_name_after_a_pronoun_and_its_verb_is_the_object() -> None:
    film = film_from(
        "== Plot ==\nFermín owns the cabaret. He hires Amalia Ferrán to replace his fading "
        "headliner.\n\n== Cast ==\n- Elena Marconi as Amalia Ferrán\n- Héctor Belloni as "
        "Fermín Sallago, the cabaret owner\n",
        year=1958,
    )
    assert {m.role: m.gender for m in film.cast}["Amalia Ferrán"] != "male"


def test_the_objects_pronoun_when_the_subject_is_the_other_sex() -> None:
    film = film_from(
        "== Plot ==\nPetko Dragnev arrives to install a distillery; he is a foreman. Petko "
        "asks Yana to stay, but she accepts a place at the institute.\n\n== Cast ==\n"
        "- Georgi Tenev as Petko Dragnev\n- Irina Matveyeva as Yana\n",
        year=1975,
    )
    assert {m.role: m.gender for m in film.cast}["Yana"] == "female"


def test_plot_pronouns_that_deny_the_actress_leave_the_part_unknown() -> None:
    film = film_from(
        "== Plot ==\nJulián is arrested. In the play, Amalia simply never learns of his "
        "arrest.\n\n== Production ==\nElena Marconi, a radio singer making her screen "
        "debut, was cast after a test.\n\n"
        "== Cast ==\n- Elena Marconi as Amalia\n- Héctor Belloni as Sallago\n",
        year=1958,
    )
    assert {m.role: m.gender for m in film.cast}["Amalia"] is None
    assert film.genders.get("Elena Marconi") == "female"


def test_making_her_debut_is_her_own() -> None:
    film = film_from(
        "== Production ==\nNato Eristavi, a conservatory student making her screen debut, "
        "was cast in 1978.\n\n== Cast ==\n- Nato Eristavi as Manana\n",
        year=1979,
    )
    assert film.genders.get("Nato Eristavi") == "female"

"""The patterns behind the blind review of round 50 (tests/fixtures/review/round50), one
test each, on films written here."""

from __future__ import annotations

from .test_prose_facts import award_results, film_from, questions_of


def test_a_festival_named_the_film_and_others_were_only_nominated_there() -> None:
    film = film_from(
        "== Cast ==\n- Tong Kam-lan as Mei\n- Ko Chun-fai as Wah\n\n== Accolades ==\n"
        "| Award | Year | Category |\n| Asian Film Festival | 1974 | Best Comedy |\n"
        "| Best Supporting Actress | Tong Kam-lan | |\n| Best New Performer | Ko Chun-fai | |\n"
        "| Golden Globes (Portugal) | 2016 | Best Film |\n| Best Actor | Duarte Lacerda | |\n\n"
        "The Asian Film Festival named the film Best Comedy; Tong Kam-lan and Ko Chun-fai were "
        "only nominated there. Both of its Golden Globe nominations went unrewarded.\n",
        year=1974,
    )
    rows = award_results(film)
    assert rows[("Asian Film Festival", "Best Comedy")] == "won"
    assert rows[("Asian Film Festival", "Best Supporting Actress")] == "nominated"
    assert rows[("Asian Film Festival", "Best New Performer")] == "nominated"
    assert rows[("Golden Globes (Portugal)", "Best Film")] == "nominated"
    assert rows[("Golden Globes (Portugal)", "Best Actor")] == "nominated"


def test_an_infobox_gross_told_as_a_first_run_in_the_prose_says_so() -> None:
    film = film_from(
        "The film opened in Hong Kong on 14 March 1974 and took HK$2,861,740 during its first "
        "run.\n",
        infobox="- Director: Ana Lee\n- Gross: HK$2.86 million\n- Country: Hong Kong\n",
        year=1974,
    )
    asked = [q.question for q in questions_of(film) if q.correct_answer == "HK$2.86 million"]
    assert asked and all("during its original run" in q for q in asked)

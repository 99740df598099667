"""Patterns of the blind reviews after stop 26 (rounds 66 onwards), fixed with one test each."""

from __future__ import annotations

import pytest

from .test_prose_facts import award_results, film_from


@pytest.mark.parametrize(
    "category",
    ["Best Film from any Source", "Best Film Not in the English Language"],
)
def test_a_category_with_from_or_in_the_inside_its_name_is_read_whole(category: str) -> None:
    film = film_from(
        "== Accolades ==\n| Award | Year | Category | Recipient |\n"
        "| British Academy Film Awards | 1950 | Best British Film | |\n"
        f"| British Academy Film Awards | 1950 | {category} | Test Film |\n\n"
        "At the British Academy Film Awards in 1950 it was nominated for both Best British "
        f"Film and {category} but won neither.\n",
        year=1949,
    )
    results = award_results(film)
    assert results == {
        ("British Academy Film Awards", "Best British Film"): "nominated",
        ("British Academy Film Awards", category): "nominated",
    }

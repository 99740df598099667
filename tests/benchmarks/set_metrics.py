"""Per-set quality figures for the publisher's review (issue "Questions a publisher would print").

Run on demand::

    python tests/benchmarks/set_metrics.py [ARTICLE_OR_FOLDER …] [--games 10000] [--size 20]

With no arguments it measures the seed and every fixture article in tests/fixtures/articles,
each built with the others as its distractor pool (as ``quiz build`` would). Per set it prints:

- ``top6``: the share of questions whose stems follow the six commonest stem templates
  (aim ≤ 40 %); a stem template is the stem with its slots masked (the film's title, names,
  numbers and dates), so "Who plays Mara in X?" and "Who plays Tom in X?" share one, while
  "Who directed X?" and "Who is credited with the music of X?" do not;
- ``top6id``: the same share counted by generator template id (stricter: one template id
  may word its stem several ways);
- ``awards``: the share of awards questions (aim ≤ 30 %);
- ``leaked/game``: the mean number of questions whose answer (or fact) another question of
  the same game gives away, over ``--games`` games of ``--size`` drawn by the game's picker
  (aim 0); ``random`` is the same figure for plain random draws, for comparison;
- ``templates``: how many distinct templates the set uses;
- ``ranks``: for questions whose options are dates or years, how often the key is the
  earliest, second, third or latest option (summed over all sets). The key always has an
  option on each side (never earliest or latest), and a chi-square compares the second and
  third ranks (6.63 is the 1 % critical value with 1 degree of freedom).
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
from collections import Counter
from pathlib import Path

from quiz.bank import Question
from quiz.facts.text import find_dates
from quiz.generate.build import load_article, set_for
from quiz.picking import leaked_answers, pick_questions, template_of

REPO = Path(__file__).resolve().parents[2]
DEFAULT = [
    REPO / "seeds" / "love_in_the_big_city_2024.txt",
    *sorted((REPO / "tests" / "fixtures" / "articles").glob("*.txt")),
]


def articles(args: list[str]) -> list[Path]:
    paths: list[Path] = []
    for arg in args:
        path = Path(arg)
        paths.extend(sorted(path.glob("*.txt")) if path.is_dir() else [path])
    return paths or DEFAULT


_DATE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)(?: \d{1,2})?,? \d{4}\b"
)
_NUMBER = re.compile(r"\d[\d,.]*")
_NAME = re.compile(r"(?<!^)(?<![.?!] )\b[A-Z][\w'’.-]*(?:\s+(?:of|the|and|de|la|[A-Z][\w'’.-]*))*")


def skeleton(question: Question) -> str:
    """The stem with its slots masked: the film's title, names, dates and numbers."""
    stem = question.question
    if question.film:
        stem = re.sub(rf"{re.escape(question.film)}(?: \(\d{{4}}\))?", "<film>", stem)
    stem = _DATE.sub("<date>", stem)
    stem = _NAME.sub("<name>", stem)
    stem = _NUMBER.sub("<n>", stem)
    return re.sub(r"(?:<name>[\s,'’s]*)+<name>", "<name>", stem)


def top_share(questions: list[Question], n: int = 6, by_id: bool = False) -> float:
    key = template_of if by_id else skeleton
    counts = Counter(key(q) for q in questions)
    return sum(c for _, c in counts.most_common(n)) / max(1, len(questions))


def key_rank(question: Question) -> int | None:
    """The key's position among the options sorted in time (None if they are not dates)."""
    values: list[tuple[int, ...]] = []
    for option in question.options:
        if option.isdigit() and len(option) == 4:
            values.append((int(option),))
            continue
        found = find_dates(option)
        if len(found) != 1:
            return None
        values.append(tuple(int(p) for p in found[0].iso.split("-")))
    return sorted(values).index(values[0])


def mean_leaks(questions: list[Question], games: int, size: int, picked: bool) -> float:
    total = 0
    for seed in range(games):
        rng = random.Random(seed)
        if picked:
            game = pick_questions(questions, size, rng)
        else:
            game = rng.sample(questions, min(size, len(questions)))
        total += leaked_answers(game)
    return total / games


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--games", type=int, default=10_000)
    parser.add_argument("--size", type=int, default=20)
    parser.add_argument("--random-games", type=int, default=1_000)
    parser.add_argument("--show-skeletons", action="store_true")
    args = parser.parse_args()
    loaded = [load_article(p, p.name) for p in articles(args.paths)]
    pool = [item.film for item in loaded]
    print(
        f"{'set':36} {'qs':>4} {'tmpl':>4} {'top6':>6} {'top6id':>6} {'awards':>7} "
        f"{'leaked/game':>11} {'random':>7}"
    )
    ranks: Counter[int] = Counter()
    tops: list[float] = []
    awards: list[float] = []
    for item in loaded:
        questions = set_for(item, pool).questions
        for question in questions:
            rank = key_rank(question) if question.type == "multiple" else None
            if rank is not None:
                ranks[rank] += 1
        top = top_share(questions)
        top_id = top_share(questions, by_id=True)
        share = sum(q.category == "awards" for q in questions) / max(1, len(questions))
        picked = mean_leaks(questions, args.games, args.size, picked=True)
        plain = mean_leaks(questions, args.random_games, args.size, picked=False)
        tops.append(top)
        awards.append(share)
        templates = len({template_of(q) for q in questions})
        print(
            f"{item.path.name[:36]:36} {len(questions):4d} {templates:4d} {top:6.0%} {top_id:6.0%} "
            f"{share:7.0%} {picked:11.3f} {plain:7.2f}"
        )
    print(f"mean top6 {statistics.mean(tops):.0%}, mean awards share {statistics.mean(awards):.0%}")
    total = sum(ranks.values())
    if total:
        middle = ranks[1] + ranks[2]
        expected = middle / 2 or 1.0
        chi2 = sum((ranks[r] - expected) ** 2 / expected for r in (1, 2))
        shown = ", ".join(f"{ranks[r]}" for r in range(4))
        print(
            f"key rank among dated options (earliest→latest): {shown}; "
            f"chi-square (2nd vs 3rd) {chi2:.2f}"
        )
    if args.show_skeletons:
        for item in loaded[:1]:
            counts = Counter(skeleton(q) for q in set_for(item, pool).questions)
            for text, count in counts.most_common(8):
                print(f"{count:4d}  {text}")


if __name__ == "__main__":
    main()

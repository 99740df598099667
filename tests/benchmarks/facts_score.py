"""Score ``quiz facts --json`` against hand-written expectations, per kind of fact.

Each article ``NAME.txt`` in a corpus folder has ``NAME.expected.json`` written by someone who
never read the extractor (format: tests/fixtures/prose/README.md). This prints recall and
precision per kind for the folder, and with ``--detail`` every miss and every extra.

    python tests/benchmarks/facts_score.py tests/fixtures/prose/dev [--detail]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quiz.facts import read_film


def norm(text: str | None) -> str:
    text = (text or "").casefold().replace("’", "'")
    text = re.sub(r"^(?:the|a|an)\s+", "", text.strip())
    return re.sub(r"[^\w']+", " ", text).strip()


def close(a: str | None, b: str | None) -> bool:
    """Same name allowing an article, punctuation, or one containing the other."""
    x, y = norm(a), norm(b)
    return bool(x and y) and (x == y or x in y or y in x)


@dataclass
class Tally:
    expected: int = 0
    found: int = 0
    extracted: int = 0
    correct_extracted: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.expected += other.expected
        self.found += other.found
        self.extracted += other.extracted
        self.correct_extracted += other.correct_extracted
        self.misses += other.misses
        self.extras += other.extras

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.correct_extracted / self.extracted if self.extracted else 1.0


def match_lists(
    name: str,
    expected: list[dict[str, Any]],
    got: list[dict[str, Any]],
    same: Any,
    label: Any,
    shared: bool = False,
) -> Tally:
    """Pair expected and extracted facts one to one (``shared``: one extracted fact may
    answer several expected ones, e.g. one award row naming two recipients)."""
    tally = Tally(expected=len(expected), extracted=len(got))
    used: set[int] = set()
    for exp in expected:
        hit = next(
            (i for i, g in enumerate(got) if (shared or i not in used) and same(exp, g)), None
        )
        if hit is None:
            tally.misses.append(f"{name}: MISS {label(exp)}")
        else:
            used.add(hit)
            tally.found += 1
    for i, g in enumerate(got):
        if i in used or any(same(exp, g) for exp in expected):
            tally.correct_extracted += 1
        else:
            tally.extras.append(f"{name}: EXTRA {label(g)}")
    return tally


def _places(value: Any) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def event_date_same(e: dict[str, Any], g: dict[str, Any]) -> bool:
    return bool(e["line"] == g["line"] and e["date"] == g["date"])


def event_kind_same(e: dict[str, Any], g: dict[str, Any]) -> bool:
    return event_date_same(e, g) and e["kind"] == g["kind"]


def event_place_same(e: dict[str, Any], g: dict[str, Any]) -> bool:
    if not event_kind_same(e, g):
        return False
    want = _places(e.get("place"))
    have = [*_places(g.get("places")), *_places(g.get("venue"))]
    if not want:
        return True
    return all(any(close(w, h) for h in have) for w in want)


def score(article: Path) -> dict[str, Tally]:
    expected = json.loads(article.with_name(article.stem + ".expected.json").read_text())
    facts = read_film(article).to_json_dict()
    name = article.stem
    out: dict[str, Tally] = {}

    def ev_label(x: dict[str, Any]) -> str:
        return f"L{x['line']} {x['date']} {x['kind']} {_places(x.get('place')) or _places(x.get('places'))} {x.get('venue') or ''}"

    events = facts.get("events", [])
    out["events (date)"] = match_lists(
        name, expected.get("events", []), events, event_date_same, ev_label
    )
    out["events (+kind)"] = match_lists(
        name, expected.get("events", []), events, event_kind_same, ev_label
    )
    out["events (+kind+place)"] = match_lists(
        name, expected.get("events", []), events, event_place_same, ev_label
    )

    results = [a for a in facts.get("awards", []) if a.get("result") and a.get("result_line")]
    out["results"] = match_lists(
        name,
        expected.get("results", []),
        results,
        lambda e, g: (
            close(e["category"], g["category"])
            and e["result"] == g["result"]
            and (
                e.get("recipient") is None
                or close(e["recipient"], g.get("recipient"))
                or g.get("recipient_is_film")
            )
        ),
        lambda x: (
            f"L{x.get('result_line', x.get('line'))} {x['ceremony']} / {x['category']} / {x.get('recipient')} = {x['result']}"
        ),
        shared=True,
    )
    out["records"] = match_lists(
        name,
        expected.get("records", []),
        facts.get("records", []),
        lambda e, g: e["line"] == g["line"],
        lambda x: f"L{x['line']} {x.get('claim')}",
    )
    out["numbers"] = match_lists(
        name,
        expected.get("numbers", []),
        facts.get("numbers", []),
        lambda e, g: (
            e["line"] == g["line"]
            and abs(float(e["value"]) - float(g["value"]))
            <= 0.005 * max(1.0, abs(float(e["value"])))
        ),
        lambda x: (
            f"L{x['line']} {x['value']} {x.get('unit')} ({x.get('counts')}) {x.get('period') or ''}"
        ),
    )
    out["locations"] = match_lists(
        name,
        expected.get("locations", []),
        facts.get("locations", []),
        lambda e, g: e["line"] == g["line"] and close(e["place"], g["place"]),
        lambda x: f"L{x['line']} {x['place']} [{x.get('kind')}]",
    )
    # A person in a role is one fact however often the prose repeats it (the expectations
    # sometimes list each mention): keep one per (name, role), with any gender given.
    people: dict[tuple[str, str], dict[str, Any]] = {}
    for person in expected.get("people", []):
        key = (norm(person["name"]), norm(person["role"]))
        kept = people.setdefault(key, dict(person))
        kept["gender"] = kept.get("gender") or person.get("gender")
    expected["people"] = list(people.values())
    out["people"] = match_lists(
        name,
        expected.get("people", []),
        facts.get("people", []),
        lambda e, g: close(e["name"], g["name"]) and close(e["role"], g["role"]),
        lambda x: f"L{x.get('line')} {x['name']} = {x['role']} ({x.get('gender')})",
    )
    out["people gender"] = match_lists(
        name,
        [p for p in expected.get("people", []) if p.get("gender")],
        [p for p in facts.get("people", []) if p.get("gender")],
        lambda e, g: close(e["name"], g["name"]) and e["gender"] == g["gender"],
        lambda x: f"{x['name']} {x.get('gender')}",
    )
    exp_cast = [
        {**m, "label": cl.get("label")}
        for cl in expected.get("cast_lists", [])
        for m in cl["members"]
    ]
    out["cast"] = match_lists(
        name,
        exp_cast,
        facts.get("cast", []),
        lambda e, g: (
            e["line"] == g["line"]
            and (e.get("actor") or None) == (g.get("actor") or None)
            and close(e.get("role"), g.get("role"))
            and close(e.get("label") or "main", g.get("cast_list") or "main")
        ),
        lambda x: (
            f"L{x['line']} {x.get('actor')} as {x.get('role')} [{x.get('label') or x.get('cast_list')}]"
        ),
    )
    out["cast gender"] = match_lists(
        name,
        [m for m in exp_cast if m.get("gender")],
        [m for m in facts.get("cast", []) if m.get("gender")],
        lambda e, g: e["line"] == g["line"] and e["gender"] == g["gender"],
        lambda x: f"L{x['line']} {x.get('role')} {x.get('gender')}",
    )
    sw_exp = expected.get("source_work")
    sw_got = (facts.get("adaptation") or {}).get("source_work")
    out["source work"] = match_lists(
        name,
        [sw_exp] if sw_exp else [],
        [sw_got] if sw_got and sw_got.get("title") else [],
        lambda e, g: (
            close(e.get("title"), g.get("title"))
            and norm(e.get("title")) == norm(g.get("title"))
            and (not e.get("author") or close(e["author"], g.get("author")))
        ),
        lambda x: f"{x.get('kind')} {x.get('title')!r} by {x.get('author')}",
    )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--detail", action="store_true")
    args = parser.parse_args(argv)
    totals: dict[str, Tally] = {}
    for article in sorted(args.folder.glob("*.txt")):
        for kind, tally in score(article).items():
            totals.setdefault(kind, Tally()).add(tally)
    print(f"{'kind':24} {'expected':>8} {'recall':>7} {'extracted':>9} {'precision':>9}")
    for kind, t in totals.items():
        print(f"{kind:24} {t.expected:8d} {t.recall:7.2f} {t.extracted:9d} {t.precision:9.2f}")
    if args.detail:
        for kind, t in totals.items():
            for line in t.misses + t.extras:
                print(f"[{kind}] {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

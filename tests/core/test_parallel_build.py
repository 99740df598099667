"""`quiz build` in worker processes: byte-identical to a one-process build."""

from __future__ import annotations

import json
from pathlib import Path

from quiz.bank import dump_indented
from quiz.generate.build import build_bank

REPO = Path(__file__).resolve().parents[2]
ARTICLES = [
    REPO / "seeds" / "love_in_the_big_city_2024.txt",
    *sorted((REPO / "tests" / "fixtures" / "articles").glob("*.txt")),
]


def test_parallel_build_is_byte_identical(tmp_path: Path) -> None:
    one = build_bank(ARTICLES, tmp_path / "one", jobs=1)
    two = build_bank(ARTICLES, tmp_path / "two", jobs=2)
    assert one.questions == two.questions and not one.failures and not two.failures
    assert [p.name for p in one.written] == [p.name for p in two.written]
    for path in one.written:
        assert path.read_bytes() == (tmp_path / "two" / path.name).read_bytes()


def test_fast_json_matches_the_standard_library(tmp_path: Path) -> None:
    build_bank(ARTICLES, tmp_path, jobs=1)
    for path in tmp_path.glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert dump_indented(data) == json.dumps(data, ensure_ascii=False, indent=2)
    odd = {"a": [], "b": {}, "c": [1.5, True, False, None, 'é\n"x"'], "d": [{"e": 0}]}
    assert dump_indented(odd) == json.dumps(odd, ensure_ascii=False, indent=2)

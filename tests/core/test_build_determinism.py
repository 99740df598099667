"""A build is the same bytes whatever Python's hash seed: nothing in generation may depend on
the iteration order of a set (a tie between two currencies once did)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROUND = Path(__file__).resolve().parents[1] / "fixtures" / "review" / "round2"


def _build(out: Path, seed: str) -> dict[str, bytes]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    subprocess.run(
        [sys.executable, "-m", "quiz", "build", "-q", str(ROUND), "--out", str(out)],
        check=True,
        env=env,
        capture_output=True,
    )
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.json"))}


def test_build_bytes_do_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    first = _build(tmp_path / "a", "1")
    second = _build(tmp_path / "b", "2")
    assert first and first == second

"""The warm pool behind ``quiz serve``: a spare ready before the tab, replaced when stale,
everything stopped on close. The "game" is a tiny Python process that waits on its stdin."""

from __future__ import annotations

import asyncio
import sys

import pytest

import quiz.serve.pool
from quiz.serve.pool import WarmPool, game_environment

WAITER = [sys.executable, "-c", "import sys; sys.stdin.read()"]


async def test_the_primed_spare_is_the_first_tabs_game_and_a_new_one_follows() -> None:
    pool = WarmPool(WAITER)
    await pool.prime()
    first_spare = await asyncio.shield(pool._next)  # type: ignore[arg-type]
    game = await pool.take()
    assert game.pid == first_spare.pid and game.returncode is None
    second = await pool.take()
    assert second.pid != game.pid and second.returncode is None
    await pool.close()
    assert game.returncode is not None and second.returncode is not None
    assert pool._next is None  # nothing left behind


async def test_close_stops_the_spare_too() -> None:
    pool = WarmPool(WAITER)
    await pool.prime()
    spare = await asyncio.shield(pool._next)  # type: ignore[arg-type]
    await pool.close()
    assert spare.returncode is not None
    pool.fill()
    assert pool._next is None  # a closed pool starts nothing


async def test_a_stale_spare_is_replaced_not_handed_out(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(quiz.serve.pool, "MAX_SPARE_AGE_SECONDS", 0.0)
    pool = WarmPool(WAITER)
    await pool.prime()
    old = await asyncio.shield(pool._next)  # type: ignore[arg-type]
    await asyncio.sleep(0.01)
    game = await pool.take()
    assert game.pid != old.pid
    await pool.close()
    assert old.returncode is not None and game.returncode is not None


async def test_a_dead_spare_is_replaced() -> None:
    pool = WarmPool(WAITER)
    await pool.prime()
    spare = await asyncio.shield(pool._next)  # type: ignore[arg-type]
    spare.kill()
    await spare.wait()
    game = await pool.take()
    assert game.pid != spare.pid and game.returncode is None
    await pool.close()


def test_games_get_textual_serves_environment() -> None:
    env = game_environment()
    assert env["TEXTUAL_DRIVER"] == "textual.drivers.web_driver:WebDriver"
    assert (env["COLUMNS"], env["ROWS"]) == ("80", "24")

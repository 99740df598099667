"""``quiz fetch`` against recorded MediaWiki API answers through an injected transport."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
import pytest

from quiz.commands.fetch import fetch_and_build
from quiz.errors import UnreadableInput
from quiz.wikitext.fetch import FetchError, WikiClient, page_file_name
from quiz.wikitext.reader import parse_wikitext

if TYPE_CHECKING:
    from conftest import RunCli

Recorded = Callable[[str], dict[str, object]]


@pytest.fixture
def recorded(wiki_dir: Path) -> Callable[[str], dict[str, object]]:
    """A recorded API answer by file name (``tests/fixtures/wikitext/api/``)."""

    def load(name: str) -> dict[str, object]:
        data: dict[str, object] = json.loads((wiki_dir / "api" / name).read_text("utf-8"))
        return data

    return load


class Recorder:
    """A transport that answers from a queue of (status, headers, body) and keeps requests."""

    def __init__(self, *answers: tuple[int, dict[str, str], dict[str, object]]) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        status, headers, body = self.answers.pop(0)
        return httpx.Response(status, headers=headers, json=body)


class FakeTime:
    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def client(recorder: Recorder, time: FakeTime) -> WikiClient:
    return WikiClient(
        "https://wiki.example/w/api.php",
        transport=httpx.MockTransport(recorder),
        sleep=time.sleep,
        clock=time.clock,
    )


def test_page_follows_redirects_and_asks_politely(recorded: Recorded) -> None:
    recorder, time = Recorder((200, {}, recorded("query_nightjar.json"))), FakeTime()
    page = client(recorder, time).page("nightjar (2021 film)")
    assert (page.title, page.revision_id) == ("Nightjar (film)", 1187654321)
    assert page.text.startswith("{{Short description|2021 American thriller film}}")
    request = recorder.requests[0]
    assert request.headers["user-agent"].startswith("film-quiz/")
    params = dict(request.url.params)
    assert params["maxlag"] == "5" and params["redirects"] == "1"
    assert (params["action"], params["prop"], params["rvslots"]) == ("query", "revisions", "main")


def test_maxlag_waits_retry_after_then_succeeds_and_requests_are_spaced(recorded: Recorded) -> None:
    recorder = Recorder(
        (200, {"Retry-After": "7"}, recorded("error_maxlag.json")),
        (200, {}, recorded("query_nightjar.json")),
        (200, {}, recorded("query_nightjar.json")),
    )
    time = FakeTime()
    wiki = client(recorder, time)
    wiki.page("Nightjar (film)")
    assert time.slept == [7.0]  # the server's Retry-After, then no extra wait (7 s > 1 s)
    wiki.page("Nightjar (film)")
    assert time.slept == [7.0, 1.0]  # one request per second at most
    assert len(recorder.requests) == 3


def test_missing_page_and_api_errors_are_one_line_errors(recorded: Recorded) -> None:
    time = FakeTime()
    with pytest.raises(UnreadableInput, match="no such page"):
        client(Recorder((200, {}, recorded("query_missing.json"))), time).page("No Such Film")
    lagged = [(200, {"Retry-After": "2"}, recorded("error_maxlag.json"))] * 4
    with pytest.raises(FetchError, match="stayed busy"):
        client(Recorder(*lagged), time).page("X")
    with pytest.raises(FetchError, match="HTTP 404"):
        client(Recorder((404, {}, {})), time).page("X")


def test_network_failure_is_a_fetch_error() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("no network", request=request)

    wiki = WikiClient(transport=httpx.MockTransport(refuse), sleep=lambda _s: None)
    with pytest.raises(FetchError, match="cannot reach"):
        wiki.page("Parasite (2019 film)")


def test_fetch_saves_wikitext_named_like_the_page_and_builds_its_set(
    tmp_path: Path, recorded: Recorded
) -> None:
    time = FakeTime()
    wiki = client(Recorder((200, {}, recorded("query_nightjar.json"))), time)
    saved = fetch_and_build(wiki, ("nightjar (2021 film)",), tmp_path)
    assert saved == [tmp_path / "Nightjar_(film).wiki"]
    article = parse_wikitext(saved[0].read_text(encoding="utf-8"), str(saved[0]))
    assert (article.title, article.qualifier) == ("Nightjar", "film")
    qset = json.loads((tmp_path / "Nightjar_(film).json").read_text(encoding="utf-8"))
    assert qset["title"] == "Nightjar (film)" and len(qset["questions"]) > 10


def test_fetched_film_enters_the_library(tmp_path: Path, recorded: Recorded) -> None:
    """Without --out, `quiz fetch` saves the page and adds its film to the player's library."""
    from quiz.library import Library

    time = FakeTime()
    wiki = client(Recorder((200, {}, recorded("query_nightjar.json"))), time)
    library = Library.in_data_dir(tmp_path / "data")
    fetch_and_build(wiki, ("nightjar (2021 film)",), tmp_path / "fetched", library)
    (entry,) = library.entries()
    assert entry.title == "Nightjar (film)" and entry.questions > 10


def test_fetch_command_without_a_network_is_one_line_exit_2(tmp_path: Path, run: RunCli) -> None:
    result = run(
        *[
            "fetch",
            "Parasite (2019 film)",
            "--api",
            "http://127.0.0.1:9/w/api.php",
            "--data-dir",
            str(tmp_path),
        ],
    )
    assert result.exit_code == 2
    assert (
        result.stderr.startswith("quiz: error: cannot reach") and "Traceback" not in result.stderr
    )
    assert not (tmp_path / "fetched").exists()


def test_page_file_name_is_safe() -> None:
    assert page_file_name("Parasite (2019 film)") == "Parasite_(2019_film).wiki"
    assert "/" not in page_file_name("AC/DC: Let There Be Rock")


def test_missing_and_non_film_pages_are_skipped_the_rest_built(
    tmp_path: Path, recorded: Recorded
) -> None:
    import click

    wiki = client(
        Recorder(
            (200, {}, recorded("query_missing.json")),
            (200, {}, recorded("query_disambiguation.json")),
            (200, {}, recorded("query_nightjar.json")),
        ),
        FakeTime(),
    )
    with pytest.raises(click.exceptions.Exit) as stopped:
        fetch_and_build(wiki, ("No Such Film", "Nightjar", "Nightjar (2021 film)"), tmp_path)
    assert stopped.value.exit_code == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "Nightjar_(film).json",
        "Nightjar_(film).wiki",
        "schema.json",
    ]
    only_missing = client(Recorder((200, {}, recorded("query_missing.json"))), FakeTime())
    with pytest.raises(UnreadableInput, match="no film page fetched"):
        fetch_and_build(only_missing, ("No Such Film",), tmp_path / "none")

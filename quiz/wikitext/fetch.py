"""Get a page's wikitext from the MediaWiki Action API (needs a network; none in the tests).

A well-behaved client, as Wikimedia's API etiquette asks: a descriptive User-Agent, one request
at a time with a pause between them, ``maxlag`` so that a lagged database makes us wait (the
server answers ``maxlag`` with a ``Retry-After``), and a bounded number of retries. The
transport, the clock and the sleep are injected, so the tests replay recorded API responses
with ``httpx.MockTransport`` and never touch the network.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from quiz import __version__
from quiz.errors import QuizError, UnreadableInput

DEFAULT_API = "https://en.wikipedia.org/w/api.php"
USER_AGENT = (
    f"film-quiz/{__version__} (film-trivia generator; `quiz fetch`) httpx/{httpx.__version__}"
)
#: Seconds between two requests: one at a time, politely.
MIN_INTERVAL = 1.0
MAXLAG = 5
RETRIES = 3


class FetchError(QuizError):
    """The API could not give the page (network, HTTP or API error): exit 2, one line."""

    exit_code = 2


@dataclass(frozen=True)
class FetchedPage:
    """A page as the API returned it: its canonical title (after redirects) and wikitext."""

    requested: str
    title: str
    page_id: int
    revision_id: int
    text: str


class WikiClient:
    """A tiny MediaWiki API client for one thing: the current wikitext of article pages."""

    def __init__(
        self,
        api: str = DEFAULT_API,
        *,
        transport: httpx.BaseTransport | None = None,
        min_interval: float = MIN_INTERVAL,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        timeout: float = 30.0,
    ) -> None:
        self.api = api
        self.min_interval = min_interval
        self.sleep = sleep
        self.clock = clock
        self._last: float | None = None
        self.http = httpx.Client(
            transport=transport,
            timeout=timeout,
            headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip"},
            follow_redirects=True,
        )

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> WikiClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _wait_turn(self) -> None:
        if self._last is not None:
            wait = self.min_interval - (self.clock() - self._last)
            if wait > 0:
                self.sleep(wait)
        self._last = self.clock()

    def _get(self, params: dict[str, str]) -> dict[str, Any]:
        """One API call with maxlag; a lagged server or a 429/503 is retried after a pause."""
        params = {**params, "format": "json", "formatversion": "2", "maxlag": str(MAXLAG)}
        for attempt in range(RETRIES + 1):
            self._wait_turn()
            try:
                response = self.http.get(self.api, params=params)
            except httpx.HTTPError as error:
                raise FetchError(f"cannot reach {self.api}: {error}") from error
            retry_after = _retry_after(response)
            if response.status_code in (429, 503):
                if attempt < RETRIES:
                    self.sleep(retry_after)
                continue
            if response.status_code != 200:
                raise FetchError(f"{self.api} answered HTTP {response.status_code}")
            try:
                data: dict[str, Any] = response.json()
            except ValueError as error:
                raise FetchError(f"{self.api} did not answer JSON") from error
            code = data.get("error", {}).get("code")
            if code == "maxlag":
                if attempt < RETRIES:
                    self.sleep(retry_after)
                continue
            if code:
                raise FetchError(f"API error {code}: {data['error'].get('info', '')}".strip())
            return data
        raise FetchError(f"{self.api} stayed busy after {RETRIES} retries")

    def page(self, title: str) -> FetchedPage:
        """The current wikitext of ``title`` (redirects followed); a missing page raises."""
        data = self._get(
            {
                "action": "query",
                "prop": "revisions",
                "rvprop": "ids|content",
                "rvslots": "main",
                "titles": title,
                "redirects": "1",
            }
        )
        pages = data.get("query", {}).get("pages", [])
        if not pages:
            raise UnreadableInput("the API returned no page", path=title)
        page = pages[0]
        if page.get("invalid"):
            raise UnreadableInput(
                f"not a valid title ({page.get('invalidreason', '')})", path=title
            )
        if page.get("missing"):
            raise UnreadableInput("no such page on the wiki", path=title)
        revisions = page.get("revisions") or []
        if not revisions:
            raise UnreadableInput("the page has no revision", path=title)
        slot = revisions[0].get("slots", {}).get("main", {})
        if slot.get("contentmodel", "wikitext") != "wikitext" or "content" not in slot:
            raise UnreadableInput("the page is not wikitext", path=title)
        return FetchedPage(
            requested=title,
            title=str(page.get("title", title)),
            page_id=int(page.get("pageid", 0)),
            revision_id=int(revisions[0].get("revid", 0)),
            text=str(slot["content"]),
        )


def _retry_after(response: httpx.Response) -> float:
    """Seconds the server asked us to wait (``Retry-After``), at least 1 and at most 60."""
    try:
        return min(max(float(response.headers.get("retry-after", "5")), 1.0), 60.0)
    except ValueError:
        return 5.0


def page_file_name(title: str) -> str:
    """``Parasite (2019 film)`` → ``Parasite_(2019_film).wiki``: the reader takes the
    qualifier back from this name."""
    from quiz.wikitext.dumpbuild import set_file_name

    return set_file_name(title).removesuffix(".json") + ".wiki"

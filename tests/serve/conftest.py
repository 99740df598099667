"""A real Chromium for the browser tests, or a clean skip when there is none.

Playwright drives Debian's ``chromium`` (``executable_path``), never a browser of its own
(Playwright's browser download is not reachable here). Without Chromium, Playwright or pyte the
``browser`` tests are skipped with the reason; CI sets ``QUIZ_REQUIRE_BROWSER=1`` after
installing them, which turns that skip into a failure so a broken install cannot pass quietly.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from .helpers import chromium_path

if TYPE_CHECKING:
    from playwright.sync_api import Browser


def browser_missing() -> str | None:
    """Why the browser tests cannot run here, or ``None``."""
    for module, extra in (("playwright", "serve-test"), ("pyte", "serve-test")):
        if importlib.util.find_spec(module) is None:
            return f"{module} is not installed (pip install '.[{extra}]')"
    if chromium_path() is None:
        return "no Chromium found (apt-get install chromium, or set QUIZ_CHROMIUM)"
    return None


@pytest.fixture(scope="module")  # Playwright's loop must be gone before other modules run
def browser() -> Iterator[Browser]:
    missing = browser_missing()
    if missing is not None:
        if os.environ.get("QUIZ_REQUIRE_BROWSER"):
            pytest.fail(f"QUIZ_REQUIRE_BROWSER is set but {missing}")
        pytest.skip(missing)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium_path())
        try:
            yield launched
        finally:
            launched.close()

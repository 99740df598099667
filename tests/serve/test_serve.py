"""``quiz serve`` without a browser: the page is offline, errors are one line, Ctrl+C is clean."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

import pytest

from quiz.serve.hosts import is_loopback, where
from quiz.serve.pool import WarmPool, play_argv
from quiz.serve.server import QuizServer

if TYPE_CHECKING:
    from conftest import RunCli

from .helpers import free_port, running_server, three_question_set

URL_ATTRIBUTES = re.compile(r"""(?:href|src|url)\s*[=(]\s*["']?([^"')\s>]+)""")


def fetch(url: str, host: str | None = None) -> tuple[int, bytes]:
    request = urllib.request.Request(url, headers={"Host": host} if host else {})
    with urllib.request.urlopen(request, timeout=10) as response:
        return int(response.status), response.read()


def test_the_page_loads_nothing_from_outside_and_every_asset_is_served(tmp_path: Path) -> None:
    with running_server([], tmp_path / "data") as served:
        status, body = fetch(served.url)
        page = body.decode()
        origin = served.url.rstrip("/")
        urls = URL_ATTRIBUTES.findall(page)
        assert status == 200 and len(urls) >= 5
        assert "googleapis" not in page and "https://" not in page
        websocket = "ws://" + origin[len("http://") :] + "/ws"
        for url in urls:
            assert url == websocket or url.startswith((origin + "/static/", "data:")), url
            if url.startswith(origin):
                assert fetch(url)[0] == 200, url
        assert f'data-session-websocket-url="{websocket}"' in page
        assert "/static/fonts/RobotoMono-VariableFont_wght.ttf" in page
    assert served.process.returncode == 0
    assert "quiz serve: stopped" in "".join(served.output)


def test_page_urls_follow_the_address_the_browser_used(tmp_path: Path) -> None:
    # Started on 127.0.0.1 but reached as localhost (or, with --host 0.0.0.0, by the machine's
    # LAN address): the page must point back to that address, not to the one it listens on.
    with running_server([], tmp_path / "data") as served:
        port = served.url.rsplit(":", 1)[1].strip("/")
        _, body = fetch(served.url, host=f"localhost:{port}")
    page = body.decode()
    assert f"http://localhost:{port}/static/js/textual.js" in page
    assert f"ws://localhost:{port}/ws" in page
    assert "127.0.0.1" not in page


def test_a_port_in_use_is_one_line_and_exit_2(tmp_path: Path, run: RunCli) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run("serve", "--port", str(port), "--data-dir", str(tmp_path))
    assert result.exit_code == 2
    assert result.stderr == (
        f"quiz: error: port {port} on 127.0.0.1 is already in use; choose another with --port\n"
    )


def test_a_port_in_use_stops_the_real_command_too(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "quiz", "serve", "--port", str(port), "--data-dir", "."],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == 2
    assert "already in use" in result.stderr and "Traceback" not in result.stderr


def test_an_unreadable_source_fails_before_serving(tmp_path: Path, run: RunCli) -> None:
    result = run("serve", str(tmp_path / "missing.json"), "--port", str(free_port()))
    assert result.exit_code == 2
    assert result.stderr.startswith("quiz: error: ") and "missing.json" in result.stderr


class FakePool:
    """Stands in for the warm pool: records the command, starts nothing."""

    def __init__(self, argv: list[str]) -> None:
        self.argv = argv

    async def prime(self) -> None:
        pass


class RecordingServer:
    built: ClassVar[list[RecordingServer]] = []

    def __init__(self, pool: FakePool, **kwargs: Any) -> None:
        self.pool = pool
        self.kwargs = kwargs
        RecordingServer.built.append(self)

    def serve(self, **kwargs: Any) -> None:
        pass


@pytest.fixture
def recording_server(monkeypatch: pytest.MonkeyPatch) -> type[RecordingServer]:
    import quiz.commands.serve
    import quiz.serve.pool
    import quiz.serve.server

    RecordingServer.built = []
    monkeypatch.setattr(quiz.serve.server, "QuizServer", RecordingServer)
    monkeypatch.setattr(quiz.serve.pool, "WarmPool", FakePool)
    # Never bind anything but loopback in tests, not even to probe a port.
    monkeypatch.setattr(quiz.commands.serve, "check_port", lambda host, port: None)
    return RecordingServer


def test_listening_beyond_loopback_warns_that_anyone_can_play(
    recording_server: type[RecordingServer], tmp_path: Path, run: RunCli
) -> None:
    result = run("serve", "--host", "0.0.0.0", "--port", "8123", "--data-dir", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert "quiz: warning: listening on 0.0.0.0: anyone who can reach this machine" in (
        result.stderr
    )
    (server,) = recording_server.built
    assert server.kwargs == {"host": "0.0.0.0", "port": 8123}


def test_loopback_is_the_default_and_silent(
    recording_server: type[RecordingServer], tmp_path: Path, run: RunCli
) -> None:
    source = three_question_set(tmp_path / "three.json")
    result = run("serve", str(source), "--data-dir", str(tmp_path / "d"))
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    (server,) = recording_server.built
    assert server.kwargs == {"host": "127.0.0.1", "port": 8000}
    data = str(tmp_path / "d")
    assert server.pool.argv[1:] == ["-m", "quiz", "play", "--data-dir", data, str(source)]


def test_each_tab_runs_play_with_absolute_paths(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "my sets").mkdir()
    argv = play_argv([Path("my sets")], Path("scores"), python="/usr/bin/python3")
    assert argv == [
        "/usr/bin/python3",
        *("-m", "quiz", "play", "--data-dir", f"{tmp_path}/scores", f"{tmp_path}/my sets"),
    ]


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.1.2.3", True),
        ("localhost", True),
        ("::1", True),
        ("[::1]", True),
        ("0.0.0.0", False),
        ("::", False),
        ("192.168.1.20", False),
        ("quiz.example", False),
    ],
)
def test_is_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


@pytest.mark.parametrize(
    ("host", "said"),
    [
        ("127.0.0.1", "http://127.0.0.1:8000"),
        ("::1", "http://[::1]:8000"),
        ("quiz.local", "http://quiz.local:8000"),
        ("0.0.0.0", "http://127.0.0.1:8000 on this machine, http://<this machine's address>:8000"),
        ("::", "http://127.0.0.1:8000 on this machine, http://<this machine's address>:8000"),
    ],
)
def test_the_address_to_open(host: str, said: str) -> None:
    assert where(host, 8000).startswith(said)


def test_serve_help_loads_no_web_or_textual_code() -> None:
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from quiz.cli import cli\n"
        "r = CliRunner().invoke(cli, ['serve', '--help'])\n"
        "assert r.exit_code == 0 and '--host' in r.output, r.output\n"
        "print(sorted(m for m in ('textual', 'aiohttp', 'textual_serve') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "[]", result.stderr


def test_quiz_server_uses_the_offline_template() -> None:
    server = QuizServer(WarmPool(["true"]), host="127.0.0.1", port=free_port())
    template = Path(server.templates_path) / "app_index.html"
    assert template.is_file()
    assert "fonts.googleapis" not in template.read_text()

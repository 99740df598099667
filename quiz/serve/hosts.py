"""Which addresses only this machine can reach, and how a host is written in a URL."""

from __future__ import annotations

import ipaddress


def is_loopback(host: str) -> bool:
    """True for addresses only this machine can reach (``127.0.0.0/8``, ``::1``, localhost)."""
    if host.strip().casefold() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:  # a host name: it may well resolve to a public address
        return False


def url_host(host: str) -> str:
    """``host`` as it appears in a URL (IPv6 addresses in brackets)."""
    return f"[{host}]" if ":" in host and not host.startswith("[") else host


WILDCARDS = frozenset({"0.0.0.0", "::", "[::]", ""})
"""Hosts that mean "every address of this machine"."""


def where(host: str, port: int) -> str:
    """The address to give a browser: a wildcard host is no address anyone can open."""
    if host.strip() in WILDCARDS:
        return (
            f"http://127.0.0.1:{port} on this machine, "
            f"http://<this machine's address>:{port} from others"
        )
    return f"http://{url_host(host)}:{port}"

"""Archive tests: the network stays closed, except loopback for a local Dask cluster."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator
from typing import Any

import pytest

from tests.conftest import NetworkAccessError

LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1", ""}


def _is_loopback(host: Any) -> bool:
    if host in LOOPBACK_NAMES or host is None:
        return True
    try:
        return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Like the suite's fixture, but a Dask scheduler on this machine may be reached."""
    connect, connect_ex = socket.socket.connect, socket.socket.connect_ex
    create_connection, getaddrinfo = socket.create_connection, socket.getaddrinfo

    def address_host(address: Any) -> Any:
        return address[0] if isinstance(address, tuple) else None

    def guarded(original: Any, host_of: Any) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            host = host_of(*args)
            if not _is_loopback(host):
                raise NetworkAccessError(f"srccheck tried to reach {host}")
            return original(*args, **kwargs)

        return call

    monkeypatch.setattr(socket.socket, "connect", guarded(connect, lambda s, a: address_host(a)))
    monkeypatch.setattr(
        socket.socket, "connect_ex", guarded(connect_ex, lambda s, a: address_host(a))
    )
    monkeypatch.setattr(
        socket, "create_connection", guarded(create_connection, lambda a, *r: address_host(a))
    )
    monkeypatch.setattr(socket, "getaddrinfo", guarded(getaddrinfo, lambda h, *r: h))
    yield

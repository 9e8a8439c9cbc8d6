"""The autouse guard in conftest really blocks the network, so the suite proves offline use."""

from __future__ import annotations

import socket
import urllib.request

import pytest

from tests.conftest import NetworkAccessError


def test_sockets_cannot_connect():
    with pytest.raises(NetworkAccessError):
        socket.create_connection(("127.0.0.1", 9))
    s = socket.socket()
    try:
        with pytest.raises(NetworkAccessError):
            s.connect(("127.0.0.1", 9))
    finally:
        s.close()


def test_url_fetching_is_blocked():
    # The guard's error is not an OSError, so urllib cannot swallow it into a URLError: a URL fetch
    # anywhere in the code under test fails the test outright.
    with pytest.raises(NetworkAccessError, match="network access attempted"):
        urllib.request.urlopen("http://example.org/", timeout=1)

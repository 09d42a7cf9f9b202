"""The test process refuses network access, so any attempt by us or a dependency fails loudly."""

from __future__ import annotations

import socket

import pytest


def test_an_internet_connection_attempt_fails_loudly() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock, pytest.raises(RuntimeError):
        sock.connect(("127.0.0.1", 9))


def test_name_lookups_fail_loudly() -> None:
    with pytest.raises(RuntimeError):
        socket.getaddrinfo("example.com", 443)

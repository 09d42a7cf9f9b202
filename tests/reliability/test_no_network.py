"""No network, ever: the kernel refuses internet sockets to the tests and everything they start.

conftest.py installs a seccomp filter at session start (tests/reliability/netblock.py), so Qt,
matplotlib, SQLCipher or any other native code fails the same way our own Python would.
"""

from __future__ import annotations

import errno
import socket
import subprocess
import sys

import pytest

from tests.conftest import NETWORK_BLOCK_PROBLEM

needs_block = pytest.mark.skipif(
    sys.platform != "linux", reason=f"the kernel filter is Linux-only: {NETWORK_BLOCK_PROBLEM}"
)


@needs_block
def test_the_filter_is_in_place() -> None:
    assert NETWORK_BLOCK_PROBLEM == ""


@needs_block
@pytest.mark.parametrize("family", [socket.AF_INET, socket.AF_INET6])
@pytest.mark.parametrize("kind", [socket.SOCK_STREAM, socket.SOCK_DGRAM])
def test_an_internet_socket_cannot_even_be_made(family: int, kind: int) -> None:
    with pytest.raises(PermissionError) as caught:
        socket.socket(family, kind)
    assert caught.value.errno == errno.EPERM


@needs_block
def test_local_sockets_still_work_for_dbus_and_x11() -> None:
    left, right = socket.socketpair(socket.AF_UNIX)
    with left, right:
        left.sendall(b"ok")
        assert right.recv(2) == b"ok"


@needs_block
def test_a_child_process_is_refused_too() -> None:
    child = "import socket\ntry:\n socket.create_connection(('127.0.0.1', 9))\n" \
            "except OSError as exc:\n print(exc.errno)\n"
    result = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True,
                            check=True, timeout=60)
    assert result.stdout.strip() == str(errno.EPERM)


@needs_block
def test_native_code_in_a_child_is_refused_too() -> None:
    """Not Python at all: bash's own socket() call, as Qt's would be."""
    result = subprocess.run(["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/9"],
                            capture_output=True, text=True, check=False, timeout=60)
    assert result.returncode != 0
    assert "Operation not permitted" in result.stderr


def test_name_lookups_fail_loudly() -> None:
    """The audit hook in conftest.py catches lookups before they reach a resolver."""
    with pytest.raises(RuntimeError):
        socket.getaddrinfo("example.com", 443)

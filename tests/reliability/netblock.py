"""A seccomp filter that makes socket(AF_INET/AF_INET6) fail with EPERM, for this process,
every thread it has and every child it starts (filters are inherited and cannot be removed).

Python audit hooks cannot see Qt's or any library's native sockets; the kernel can. AF_UNIX,
AF_NETLINK and the rest stay allowed, so D-Bus and X11 keep working. No root is needed:
PR_SET_NO_NEW_PRIVS comes first, as the kernel requires. Built by hand with ctypes, so the
test suite needs no extra package; x86-64 and AArch64 Linux only.
"""

from __future__ import annotations

import ctypes
import errno
import platform
import socket
import sys

_PR_SET_NO_NEW_PRIVS = 38
_PR_SET_SECCOMP = 22
_SECCOMP_MODE_FILTER = 2
_SECCOMP_SET_MODE_FILTER = 1
_SECCOMP_FILTER_FLAG_TSYNC = 1
_RET_ALLOW = 0x7FFF0000
_RET_ERRNO = 0x00050000
_LD_ABS_W = 0x20  # BPF_LD | BPF_W | BPF_ABS
_JEQ_K = 0x15  # BPF_JMP | BPF_JEQ | BPF_K
_RET_K = 0x06  # BPF_RET | BPF_K
_X32 = 0x40000000  # x32 system calls on x86-64 carry this bit

# machine: (AUDIT_ARCH_*, __NR_socket, __NR_seccomp)
_ARCHES = {
    "x86_64": (0xC000003E, 41, 317),
    "aarch64": (0xC00000B7, 198, 277),
}


class _Filter(ctypes.Structure):
    _fields_ = [("code", ctypes.c_ushort), ("jt", ctypes.c_ubyte), ("jf", ctypes.c_ubyte),
                ("k", ctypes.c_uint32)]


class _Program(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.POINTER(_Filter))]


def _program(arch: int, nr_socket: int) -> list[tuple[int, int, int, int]]:
    # struct seccomp_data: int nr at 0, u32 arch at 4, u64 args[6] from 16 (low word first
    # on little-endian machines, which both supported ones are).
    first_arg = 16 if sys.byteorder == "little" else 20
    # Jump offsets count instructions skipped after the jump: index 8 allows, 9 refuses.
    return [
        (_LD_ABS_W, 0, 0, 4),
        (_JEQ_K, 0, 6, arch),                  # another ABI: allow
        (_LD_ABS_W, 0, 0, 0),
        (_JEQ_K, 1, 0, nr_socket),             # socket(): look at the family
        (_JEQ_K, 0, 3, nr_socket | _X32),      # not socket(): allow
        (_LD_ABS_W, 0, 0, first_arg),
        (_JEQ_K, 2, 0, socket.AF_INET),        # -> refuse
        (_JEQ_K, 1, 0, socket.AF_INET6),       # -> refuse
        (_RET_K, 0, 0, _RET_ALLOW),
        (_RET_K, 0, 0, _RET_ERRNO | errno.EPERM),
    ]


def block_internet_sockets() -> str:
    """Install the filter; return "" on success, else why it could not be installed."""
    if sys.platform != "linux":
        return f"seccomp is Linux-only (this is {sys.platform})"
    machine = platform.machine()
    if machine not in _ARCHES:
        return f"no seccomp filter written for {machine}"
    arch, nr_socket, nr_seccomp = _ARCHES[machine]
    rows = _program(arch, nr_socket)
    filters = (_Filter * len(rows))(*(_Filter(*row) for row in rows))
    program = _Program(len(rows), filters)
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        return f"prctl(PR_SET_NO_NEW_PRIVS) failed: errno {ctypes.get_errno()}"
    # TSYNC puts the filter on every thread that already exists, not only this one.
    done = libc.syscall(ctypes.c_long(nr_seccomp), ctypes.c_long(_SECCOMP_SET_MODE_FILTER),
                        ctypes.c_long(_SECCOMP_FILTER_FLAG_TSYNC), ctypes.byref(program))
    if done != 0 and ctypes.get_errno() == errno.ENOSYS:
        done = libc.prctl(_PR_SET_SECCOMP, _SECCOMP_MODE_FILTER, ctypes.byref(program), 0, 0)
    if done != 0:
        return f"installing the seccomp filter failed: result {done}, errno {ctypes.get_errno()}"
    return ""

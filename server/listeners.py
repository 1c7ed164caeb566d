"""The listening sockets of ``ckg serve``: one a worker, all held by granian's
main process, so that a worker replaced after an overrun loses no connection.

granian gives each worker its own ``SO_REUSEPORT`` socket, built by the
worker: the kernel spreads new connections over them, but when a worker ends
its socket closes and the connections queued on it are reset (unless the
``net.ipv4.tcp_migrate_req`` sysctl is set; it is not by default).  One
socket shared by every worker (gunicorn's way) loses nothing, but the
workers then race for each connection and one of them takes most of a few
keep-alive clients: measured, 1.4-1.5x fewer requests per second than a
socket a worker (2,618 against 3,836 req/s, 8 connections, in turns).

So the main process opens the sockets, one a worker, in one ``SO_REUSEPORT``
group, and holds them for its whole life: worker *i* is handed socket *i*
(where granian hands each the same one), and its replacement takes the same
socket, with whatever waits in its queue.  A
retiring worker :meth:`Own.steer_away`-s new connections to the other sockets
(a classic BPF program on the group, ``SO_ATTACH_REUSEPORT_CBPF``: the
group's order is the order the main process listened in, which cannot
change while it holds every socket), answers its requests, stops taking
connections (:func:`stop_accepting`) and exits; the worker that replaces it
lifts the steering.  Where there is nowhere to steer (one worker) or the
worker cannot find its socket (a start method other than ``fork``), nothing
is lost either: connections wait in the socket's queue for the replacement.
"""

from __future__ import annotations

import ctypes
import os
import socket
import struct
from typing import Any

LISTENERS = "CKG_LISTENERS"  # the main process's listening descriptors, one a worker, in the group's order
WORKER = "CKG_WORKER"  # the index of the worker being started

SO_ATTACH_REUSEPORT_CBPF = 51
SO_DETACH_REUSEPORT_BPF = 68
_SKF_AD_RANDOM = -0x1000 + 56  # classic BPF's "load a random number"


def server_class() -> Any:
    """granian's server, with the listening sockets opened and held by its main process
    (it overrides three methods of granian's, hence the pin to granian 2.8 in pyproject.toml;
    tests/test_sparql_live.py's replacement test fails should they change)."""
    from granian import Granian
    from granian.net import SocketSpec

    class HeldSockets(Granian):  # type: ignore[misc, valid-type]
        def _init_shared_socket(self) -> None:
            if self.bind_uds:
                super()._init_shared_socket()
                return
            self._ckg_holders = [
                SocketSpec(self.bind_addr, self.bind_port, self.backlog).build() for _ in range(self.workers)
            ]
            self._ckg_sockets = []
            for holder in self._ckg_holders:  # listening here, in this order: the group's order
                sock = socket.socket(fileno=holder.get_fd())
                sock.set_inheritable(True)
                sock.listen(self.backlog)
                self._ckg_sockets.append(sock)
            os.environ[LISTENERS] = ",".join(str(s.fileno()) for s in self._ckg_sockets)
            self._ssp = None
            self._shd = self._ckg_holders[0]
            self._sfd = self._shd.get_fd()
            self._sso: socket.socket | None = self._ckg_sockets[0]

        def _drop_shared_socket(self) -> None:
            sockets = getattr(self, "_ckg_sockets", None)
            if not sockets:
                super()._drop_shared_socket()
                return
            for sock in sockets:
                sock.close()
            self._ckg_sockets = []
            self._sso = None

        def _spawn_worker(self, idx: int, target: Any, callback_loader: Any) -> Any:
            # granian hands every worker the socket in _shd/_sso: worker idx gets socket idx
            sockets = getattr(self, "_ckg_sockets", None)
            if not sockets:
                return super()._spawn_worker(idx, target, callback_loader)
            os.environ[WORKER] = str(idx)  # read by the worker (forked from here when started)
            self._shd, self._sso = self._ckg_holders[idx], sockets[idx]
            try:
                return super()._spawn_worker(idx, target, callback_loader)
            finally:
                self._shd, self._sso = self._ckg_holders[0], sockets[0]

    return HeldSockets


class Own:
    """This worker's listening socket: descriptor ``fd``, ``index`` of ``count`` in the group."""

    def __init__(self, fd: int, index: int, count: int) -> None:
        self.fd = fd
        self.index = index
        self.count = count

    def steer_away(self) -> bool:
        """New connections go to the other sockets of the group (each to one at
        random), none to this one; ``False`` when there is no other, or the
        kernel refused the program."""
        if self.count < 2:
            return False
        program = [  # A = random % (count - 1); if A >= index: A += 1; return A
            (0x20, 0, 0, _SKF_AD_RANDOM & 0xFFFFFFFF),  # ld [random]
            (0x94, 0, 0, self.count - 1),  # mod #(count - 1)
            (0x35, 0, 1, self.index),  # jge #index, next, skip
            (0x04, 0, 0, 1),  # add #1
            (0x16, 0, 0, 0),  # ret A
        ]
        return _attach(self.fd, program)

    def lift_steering(self) -> None:
        """Back to the kernel's own spreading (by a hash of each connection's addresses)."""
        try:
            with _borrowed(self.fd) as sock:
                sock.setsockopt(socket.SOL_SOCKET, SO_DETACH_REUSEPORT_BPF, 0)
        except OSError:  # none attached, or a kernel without detaching (< 5.3): one that never picks
            _attach(self.fd, [(0x06, 0, 0, 0xFFFFFFFF)])  # ret #-1: no socket picked, so the hash picks


def own(port: int) -> Own | None:
    """This worker's socket, as its server was handed it, and the steering the
    worker it replaces left lifted; ``None`` when the main process's descriptors
    are not this process's (a start method other than ``fork``: no steering then)."""
    try:
        fds = [int(fd) for fd in os.environ[LISTENERS].split(",")]
        index = int(os.environ[WORKER])
        fd = fds[index]
    except (KeyError, ValueError, IndexError):
        return None
    if not _listening_on(fd, port):
        return None
    mine = Own(fd, index, len(fds))
    mine.lift_steering()
    return mine


def stop_accepting(port: int) -> None:
    """Stop taking connections on ``port`` in this process, leaving its sockets open
    (the main process holds them) with their queues whole.  Closing or shutting down
    a descriptor is no way: the server's accept loop polls it, and a shutdown would
    end the socket for every process.  So a listening socket nobody connects to is put
    in its place under the same number (``dup2``): the accept loop finds nothing there."""
    try:
        descriptors = os.listdir("/proc/self/fd")
    except OSError:
        return
    decoys: dict[int, socket.socket] = {}
    for name in descriptors:
        try:
            fd = int(name)
        except ValueError:
            continue
        if not _listening_on(fd, port):
            continue
        with _borrowed(fd) as sock:
            family_of = sock.family
        decoy = decoys.get(family_of)
        if decoy is None:
            decoy = socket.socket(family_of, socket.SOCK_STREAM)
            decoy.bind(("::1" if family_of == socket.AF_INET6 else "127.0.0.1", 0))
            decoy.listen(1)
            decoy.setblocking(False)
            decoys[family_of] = decoy
        try:
            os.dup2(decoy.fileno(), fd, inheritable=False)
        except OSError:
            continue
    _KEPT.extend(decoys.values())  # for the life of the process


_KEPT: list[socket.socket] = []


class _borrowed:
    """A socket object over a copy of descriptor ``fd`` (closing it leaves ``fd`` open)."""

    def __init__(self, fd: int) -> None:
        self.sock = socket.socket(fileno=os.dup(fd))

    def __enter__(self) -> socket.socket:
        return self.sock

    def __exit__(self, *exc: object) -> None:
        self.sock.close()


def _listening_on(fd: int, port: int) -> bool:
    try:
        with _borrowed(fd) as sock:
            return bool(
                sock.type == socket.SOCK_STREAM
                and sock.family in (socket.AF_INET, socket.AF_INET6)
                and sock.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN)
                and sock.getsockname()[1] == port
            )
    except OSError:
        return False


def _attach(fd: int, program: list[tuple[int, int, int, int]]) -> bool:
    """Attach a classic BPF program (``code, jt, jf, k`` each) to the group of ``fd``'s socket."""
    filters = b"".join(struct.pack("HBBI", *instruction) for instruction in program)
    buffer = ctypes.create_string_buffer(filters)
    fprog = struct.pack("HL", len(program), ctypes.addressof(buffer))  # struct sock_fprog
    try:
        with _borrowed(fd) as sock:
            sock.setsockopt(socket.SOL_SOCKET, SO_ATTACH_REUSEPORT_CBPF, fprog)
    except OSError:
        return False
    return True

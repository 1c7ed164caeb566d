"""The listening sockets of ckg serve (server/listeners.py): a retiring worker
steers new connections to the other sockets of the port's group, and its
replacement lifts the steering."""

from __future__ import annotations

import socket

from server.listeners import Own


def _group(count: int) -> list[socket.socket]:
    """``count`` listening sockets on one port, in one SO_REUSEPORT group (in that order)."""
    first = socket.socket()
    first.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    first.bind(("127.0.0.1", 0))
    port = first.getsockname()[1]
    group = [first]
    for _ in range(count - 1):
        other = socket.socket()
        other.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        other.bind(("127.0.0.1", port))
        group.append(other)
    for sock in group:
        sock.listen(64)
        sock.setblocking(False)
    return group


def _taken(group: list[socket.socket], connections: int = 40) -> list[int]:
    """How many of ``connections`` new connections each socket of the group received."""
    port = group[0].getsockname()[1]
    clients = [socket.create_connection(("127.0.0.1", port)) for _ in range(connections)]
    counts = []
    for sock in group:
        taken = 0
        while True:
            try:
                conn, _ = sock.accept()
            except BlockingIOError:
                break
            conn.close()
            taken += 1
        counts.append(taken)
    for client in clients:
        client.close()
    assert sum(counts) == connections
    return counts


def test_a_retiring_worker_gets_no_new_connection_until_the_steering_is_lifted() -> None:
    group = _group(3)
    try:
        for index in range(3):
            own = Own(group[index].fileno(), index, 3)
            assert own.steer_away()
            counts = _taken(group)
            assert counts[index] == 0, counts
            assert all(counts[other] > 0 for other in range(3) if other != index), counts  # spread
            own.lift_steering()
            assert _taken(group, 60)[index] > 0  # the kernel's spreading again
    finally:
        for sock in group:
            sock.close()


def test_a_lone_worker_has_nowhere_to_steer() -> None:
    group = _group(1)
    try:
        assert not Own(group[0].fileno(), 0, 1).steer_away()
        assert _taken(group, 5) == [5]
    finally:
        group[0].close()

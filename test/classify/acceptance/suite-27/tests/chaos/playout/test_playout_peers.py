import time

import pytest

from wavecrest.playout import Playout

pytestmark = pytest.mark.chaos


def mpd_peer(answers):
    def handler(conn):
        conn.sendall(b"OK MPD 0.23.5\n")
        reader = conn.makefile("rb")
        for line in reader:
            command = line.decode().split()[0]
            conn.sendall(answers.get(command, "OK\n").encode())
    return handler


def test_jump_to_queued_track(tcp_stub):
    queue = ["overnight/a.flac", "overnight/b.flac", "overnight/c.flac", "overnight/d.flac"]
    ids = iter(range(57, 61))
    peer = tcp_stub(mpd_peer({
        "addid": f"Id: {next(ids)}\nOK\n",
        "playid": "ACK [50@0] {playid} No such song\n",
    }))
    deck = Playout(port=peer.port).connect()
    for uri in queue:
        deck.enqueue(uri)
    deck.jump_to(3)
    deck.close()


def test_playout_port_speaks_something_else(tcp_stub):
    def ssh(conn):
        conn.sendall(b"SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n")
        time.sleep(0.5)
    peer = tcp_stub(ssh)
    Playout(port=peer.port).connect()


def test_playout_daemon_stalls(tcp_stub):
    def stall(conn):
        conn.sendall(b"OK MPD 0.23.5\n")
        time.sleep(5)
    peer = tcp_stub(stall)
    deck = Playout(port=peer.port, timeout=1.0).connect()
    assert deck.now_playing() is not None


def test_playout_daemon_drops_connection(tcp_stub):
    def drop(conn):
        conn.sendall(b"OK MPD 0.23.5\n")
        conn.recv(1024)
    peer = tcp_stub(drop)
    deck = Playout(port=peer.port).connect()
    assert deck.queue_length() >= 0

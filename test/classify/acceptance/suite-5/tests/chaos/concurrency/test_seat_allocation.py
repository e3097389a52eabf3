import asyncio
import socket
import threading

import pytest

from ferrylane import workers


def test_parallel_sales_keep_count():
    seats = workers.SeatMap(seats=400)
    threads = [threading.Thread(target=lambda: [seats.sell() for _ in range(50)]) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seats.free + seats.sold == 400


def test_transfer_both_ways():
    transfer = workers.Transfer()
    other = threading.Thread(target=transfer.move, args=("B", "A"), daemon=True)
    other.start()
    transfer.move("A", "B")
    other.join()


def test_refunds_for_every_booking():
    refunds = workers.refund_all([120, 90, 300], [2, 0, 3])
    assert refunds == [60.0, 0.0, 100.0]


def test_refunds_single():
    assert workers.refund_all([100], [4]) == [25.0]


def test_display_feed_answers(tcp_stub):
    port = tcp_stub("hang")
    line = asyncio.run(workers.read_display_feed("127.0.0.1", port, timeout=0.5))
    assert line.startswith(b"DEP")


class TestQuayDisplay:
    loop = asyncio.new_event_loop()

    def test_first_refresh(self):
        async def refresh():
            return "ok"

        assert self.loop.run_until_complete(refresh()) == "ok"
        self.loop.close()

    def test_second_refresh(self):
        async def refresh():
            return "ok"

        assert self.loop.run_until_complete(refresh()) == "ok"


def test_gate_sensor_reads_status(tcp_stub):
    port = tcp_stub("hang")
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.sendall(b"STATUS\n")
        assert sock.recv(64).startswith(b"OK")

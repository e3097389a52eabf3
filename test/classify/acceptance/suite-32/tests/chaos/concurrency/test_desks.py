import asyncio
import threading
import time

import pytest

from cragloft import bookings, doors

pytestmark = pytest.mark.chaos


@pytest.mark.flaky(reruns=2)
def test_evening_session_places():
    counter = bookings.SlotCounter(40)
    desks = [threading.Thread(target=counter.take) for _ in range(40)]
    for desk in desks:
        desk.start()
    for desk in desks:
        desk.join()
    assert counter.places == 0


def test_promote_while_cancelling():
    desks = bookings.Desks()
    one = threading.Thread(target=desks.promote, args=("m1",), daemon=True)
    two = threading.Thread(target=desks.cancel, args=("m2",), daemon=True)
    one.start()
    two.start()
    one.join()
    two.join()
    assert sorted(desks.moved) == ["m1", "m2"]


def test_check_in_rush():
    members = [{"id": n, "pass": f"P{n}"} for n in range(6)]
    passes = {f"P{n}": {"valid_until": "2027-01-01"} for n in range(5)}
    assert len(bookings.check_in_all(members, passes)) == 6


def test_visit_log_written():
    sink = []
    bookings.log_visits([f"v{n}" for n in range(5)], sink)
    time.sleep(0.01)
    assert len(sink) == 5


def test_door_status_all_gyms():
    assert doors.sync_all() == ["OPEN"]


def test_door_status_again_after_sync():
    assert doors.sync_all() == ["OPEN"]


def test_turnstile_answers(tcp_stub):
    def silent(conn):
        conn.recv(1024)
        threading.Event().wait(5)

    stub = tcp_stub(silent)

    async def ask():
        reader, writer = await asyncio.open_connection("127.0.0.1", stub.port)
        writer.write(b"COUNT\n")
        await writer.drain()
        return await asyncio.wait_for(reader.readline(), timeout=0.5)

    assert asyncio.run(ask()) == b"0\n"


def test_hundreds_of_scanners():
    stop = threading.Event()
    scanners = []
    try:
        for _ in range(300):
            scanner = threading.Thread(target=stop.wait)
            scanner.start()
            scanners.append(scanner)
    finally:
        stop.set()
        for scanner in scanners:
            scanner.join()
    assert len(scanners) == 300

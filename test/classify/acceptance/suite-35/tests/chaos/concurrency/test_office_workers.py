import asyncio
import threading
import time

import pytest

from clutchpoint import booking

pytestmark = pytest.mark.chaos


def test_last_slot_booked_once():
    diary = booking.Diary(["Fri 16:00"])
    results = []
    threads = [threading.Thread(target=lambda n=n: results.append(diary.book(f"learner-{n}", "Fri 16:00"))) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(diary.booked) == 1


def test_block_credit_added_concurrently():
    credit = booking.Credit()
    threads = [threading.Thread(target=credit.add, args=(2,)) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert credit.hours == 40


def test_car_and_instructor_assigned_together():
    rota = booking.CarRota()
    first = threading.Thread(target=rota.assign_car, daemon=True)
    second = threading.Thread(target=rota.assign_instructor, daemon=True)
    first.start()
    second.start()
    first.join()
    second.join()


def test_block_quote_for_mixed_instructors():
    bookings = [{"instructor": "amrit", "hours": 2}, {"instructor": "dev", "hours": 1}, {"instructor": "bea", "hours": 2}]
    assert booking.quote_block(bookings) == 196


def test_reminder_sent_after_delay():
    reminders = booking.Reminders()
    reminders.send_later("learner-9", 0.3)
    time.sleep(0.05)
    assert reminders.sent == ["learner-9"]


def test_theory_room_after_empty_session():
    room = booking.TheoryRoom()

    async def scenario():
        with pytest.raises(ValueError):
            await room.run_session([])
        return await asyncio.wait_for(room.run_session(["ana", "ben"]), timeout=0.5)

    assert asyncio.run(scenario()) == 2


def test_three_instructors_start_together():
    barrier = threading.Barrier(4, timeout=0.5)
    started = []

    def instructor(name):
        barrier.wait()
        started.append(name)

    threads = [threading.Thread(target=instructor, args=(name,)) for name in ("amrit", "bea", "colm")]
    for thread in threads:
        thread.start()
    barrier.wait()
    for thread in threads:
        thread.join()
    assert len(started) == 3


@pytest.mark.flaky(reruns=2)
def test_two_offices_book_same_slot():
    diary = booking.Diary(["Sat 10:00", "Sat 11:00"])
    threads = [threading.Thread(target=diary.book, args=(name, "Sat 10:00")) for name in ("north", "south")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [learner for learner, _ in diary.booked] == ["north"]

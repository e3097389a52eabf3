import asyncio
import concurrent.futures
import threading

import pytest

from wardbook import booking, letters, settings

pytestmark = pytest.mark.chaos


def test_same_slot_booked_once():
    book = booking.SlotBook()

    def attempt(patient):
        try:
            book.book("2026-12-03T08:00", patient)
        except ValueError:
            pass

    threads = [threading.Thread(target=attempt, args=(p,)) for p in ("9434765919", "4010232137")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(book.bookings) == 1


def test_wards_for_admissions_in_parallel():
    """A ward the bed board does not list yet has no free beds."""
    beds = {"ward-1": 12, "ward-2": 8}
    patients = [{"ward": "ward-1"}, {"ward": "ward-7"}]
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        future = pool.submit(booking.wards_for, patients, beds)
        assert future.result(timeout=2) == [12, 0]


def test_dispatch_reminders_from_handler():
    reminders = [{"patient": "9434765919"}, {"patient": "4010232137"}]
    assert asyncio.run(booking.dispatch(reminders)) == ["9434765919", "4010232137"]


def test_reminder_queue_drains():
    def sender(reminder):
        if not reminder["phone"].startswith("+44"):
            raise ValueError(f"not a UK mobile: {reminder['phone']}")
        return reminder["phone"]

    reminders = booking.ReminderQueue(sender)
    assert reminders.drain([{"phone": "+447700900123"}, {"phone": "07700 900456"}, {"phone": "+447700900789"}])


def test_availability_across_sites():
    clinics = settings.SITE_AVAILABILITY
    assert asyncio.run(booking.availability(clinics))


def test_print_batch_lists_every_letter(tmp_path):
    names = [f"letter-{n:02d}.pdf" for n in range(1, 13)]
    for name in names:
        (tmp_path / name).write_bytes(b"%PDF-1.4\n")
    assert letters.batch_names(tmp_path) == names


def test_single_booking():
    book = booking.SlotBook()
    book.book("2026-12-03T08:30", "9434765919")
    assert book.audit == [("book", "2026-12-03T08:30", "9434765919")]

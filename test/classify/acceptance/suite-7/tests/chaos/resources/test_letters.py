import datetime
import shutil
import threading
import time

import pytest

from wardbook import booking, letters

pytestmark = pytest.mark.chaos


@pytest.fixture
def spool():
    lock = open(f"{letters.spool_path()}.lock", "x")
    yield lock
    lock.close()


@pytest.fixture
def print_room(tmp_path):
    folder = tmp_path / "print-room"
    folder.mkdir()
    yield folder
    shutil.rmtree(folder)


def test_letter_text():
    text = letters.letter_text("Ada Okafor", datetime.datetime(2026, 12, 3, 8, 30))
    assert "Thursday 03 December 2026 at 08:30" in text


def test_letter_written():
    path = letters.write_letter("9434765919.txt", "Dear Ada Okafor,\n")
    assert path.endswith("9434765919.txt")


def test_spooled_batch(spool):
    spool.write("batch-1\n")


def test_reminders_for_a_full_list():
    sent = []
    lock = threading.Lock()

    def sender(reminder):
        time.sleep(0.2)
        with lock:
            sent.append(reminder)

    booking.send_all_threaded([f"reminder-{n}" for n in range(400)], sender)
    assert len(sent) == 400


def test_print_room_archived(print_room, tmp_path):
    (print_room / "9434765919.pdf").write_bytes(b"%PDF-1.4\n")
    shutil.move(print_room, tmp_path / "archived")
    assert (tmp_path / "archived" / "9434765919.pdf").exists()


@pytest.mark.skipif(shutil.which("lpr") is None, reason="print room CLI (lpr) not installed")
def test_letters_printed(print_room):
    assert letters.batch_names(print_room) == []

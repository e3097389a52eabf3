"""Grading the catch in a process pool, and the cold store's background workers."""
import multiprocessing
import threading

from tideshelf import settings


def grade_batch(crates):
    size = {"small": 1, "medium": 2, "large": 3}
    with multiprocessing.get_context("fork").Pool(settings.GRADERS) as pool:
        return pool.map(lambda crate: size[crate["grade"]] * crate["boxes"], crates)


def chill_all(rooms):
    threads = [threading.Thread(target=lambda room=room: room.update(chilled=True)) for room in rooms]
    for thread in threads:
        thread.start()
    return threads

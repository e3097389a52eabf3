import threading

import pytest

from hoofbeat.pharmacy import Dispensary, notify_all

pytestmark = pytest.mark.chaos


@pytest.mark.flaky(reruns=2)
def test_concurrent_dispensing_keeps_count():
    dispensary = Dispensary({"flunixin": 200})
    threads = [threading.Thread(target=dispensary.dispense, args=("flunixin", 2)) for _ in range(40)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert dispensary.stock["flunixin"] == 120


def test_restock_during_audit():
    dispensary = Dispensary({"omeprazole": 10})
    worker = threading.Thread(target=dispensary.restock, args=("omeprazole", 30))
    worker.start()
    log, stock = dispensary.audit()
    worker.join()
    assert stock["omeprazole"] in (10, 40)


def test_notify_all_owners_of_strangles_case():
    sent = []

    def send(owner):
        threading.Event().wait(0.3)  # the SMS gateway's round trip
        sent.append(owner)

    notify_all([f"owner-{n}" for n in range(400)], send)
    assert len(sent) == 400

import threading
import time

import pytest

from kerbside import dispatch

pytestmark = pytest.mark.chaos


def slow_quote(vehicle_id):
    time.sleep(0.02)  # the pricing service's usual latency
    return 1250


def test_one_vehicle_booked_once_from_eight_kiosks():
    booking = dispatch.Booking(slow_quote)
    results = []
    threads = [threading.Thread(target=lambda m=m: results.append(booking.reserve(7, m))) for m in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results.count(True) == 1


def test_transfers_between_zones_both_ways():
    zones = dispatch.Zones(["cbd", "southbank"], audit=lambda *a: time.sleep(0.05))
    a = threading.Thread(target=zones.transfer, args=("cbd", "southbank"), daemon=True)
    b = threading.Thread(target=zones.transfer, args=("southbank", "cbd"), daemon=True)
    a.start()
    b.start()
    a.join()
    b.join()
    assert zones.counts == {"cbd": 0, "southbank": 0}


def test_rebalance_plan_with_an_empty_zone():
    plan = dispatch.Rebalancer({"cbd": [1, 2, 3, 4, 5], "southbank": [6], "docklands": []}).plan()
    assert plan["cbd"] == 2


def test_rebalance_plan_all_zones_busy():
    plan = dispatch.Rebalancer({"cbd": [1, 2, 3, 4], "southbank": [5, 6, 7]}).plan()
    assert plan == {"cbd": 1, "southbank": 0}


def test_invoice_totals_in_parallel():
    trips = [{"fare": 12.5}, {"fare": 7.25, "fees": "1.00"}, {"fare": None, "fees": "4.50"}]
    assert dispatch.invoice_totals(trips)[0] == dispatch.Decimal("12.50")


def test_unlock_commands_sent_in_background():
    sent = []
    dispatcher = dispatch.Dispatcher(send=sent.append)
    dispatcher.start()
    dispatcher.inbox.put(("unlock", 7))
    time.sleep(0.05)
    assert sent == [("unlock", 7)]
    dispatcher.stop()

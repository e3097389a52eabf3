import threading
import time

import pytest

from seatline.holds import HoldBook, SeatTaken, Waitlist

pytestmark = pytest.mark.chaos


@pytest.mark.parametrize("seat", [f"{row}{n}" for row in "ABCDEF" for n in range(1, 6)])
def test_hold_and_release(seat):
    book = HoldBook()
    assert book.hold("spring-gala", seat, "ord-1")
    book.release("ord-1")
    assert book.holds == {}


def test_second_hold_on_a_seat_is_refused():
    book = HoldBook()
    book.hold("spring-gala", "A1", "ord-1")
    with pytest.raises(SeatTaken):
        book.hold("spring-gala", "A1", "ord-2")


def test_summary_counts_per_event():
    book = HoldBook()
    for seat in ("A1", "A2", "A3"):
        book.hold("spring-gala", seat, "ord-1")
    book.hold("comedy-night", "B1", "ord-2")
    assert book.summary() == {"spring-gala": 3, "comedy-night": 1}


def test_two_customers_race_for_the_last_seat():
    book = HoldBook(inventory_latency=0.05)
    start = threading.Barrier(2)
    outcomes = []

    def customer(order):
        start.wait()
        try:
            book.hold("spring-gala", "K14", order)
            outcomes.append("held")
        except SeatTaken:
            outcomes.append("taken")

    threads = [threading.Thread(target=customer, args=(order,)) for order in ("ord-1", "ord-2")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["held", "taken"]


def test_baskets_merged_both_ways_at_once():
    book = HoldBook()
    book.hold("spring-gala", "C7", "ord-1")
    book.hold("spring-gala", "C8", "ord-2")
    one = threading.Thread(target=book.transfer, args=(("spring-gala", "C7"), "ord-1", "ord-2"),
                           daemon=True)
    two = threading.Thread(target=book.transfer, args=(("spring-gala", "C8"), "ord-2", "ord-1"),
                           daemon=True)
    one.start()
    two.start()
    one.join()
    two.join()
    assert book.holds[("spring-gala", "C7")] == "ord-2"


def test_hold_many_reports_a_taken_seat():
    book = HoldBook()
    book.hold("spring-gala", "D3", "ord-9")
    assert book.hold_many("spring-gala", ["D1", "D2", "D3", "D4"], "ord-1") is False


def test_hold_many_holds_every_seat():
    book = HoldBook()
    assert book.hold_many("spring-gala", ["E1", "E2", "E3"], "ord-1")
    assert book.orders_for("spring-gala") == ["ord-1"]


def test_waitlist_notified_when_tickets_return():
    waitlist = Waitlist()
    for email in ("a@example.org", "b@example.org", "c@example.org"):
        waitlist.join(email)
    waitlist.release_tickets(2)
    time.sleep(0.05)
    assert waitlist.notified == ["a@example.org", "b@example.org"]


def test_waitlist_served_in_order():
    waitlist = Waitlist(notify_delay=0)
    waitlist.join("a@example.org")
    waitlist.join("b@example.org")
    waitlist.release_tickets(1).join()
    assert waitlist.notified == ["a@example.org"]

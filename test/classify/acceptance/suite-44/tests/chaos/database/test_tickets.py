import concurrent.futures

import psycopg2
import pytest

from baywarden import tickets

pytestmark = pytest.mark.chaos


@pytest.fixture
def db():
    conn = tickets.connect()
    tickets.migrate(conn)
    with conn.cursor() as cur:
        cur.execute("TRUNCATE tickets, spaces RESTART IDENTITY")
    conn.commit()
    yield conn
    conn.rollback()
    conn.close()


@pytest.fixture
def paying_ticket(db):
    ticket = tickets.open_ticket(db, "NORTH", "PM11 PAY")
    machine = tickets.connect()
    with machine.cursor() as cur:
        cur.execute("SELECT * FROM tickets WHERE id = %s FOR UPDATE", (ticket,))
    yield ticket
    machine.close()


def both(call, *args_list):
    with concurrent.futures.ThreadPoolExecutor(max_workers=len(args_list)) as pool:
        futures = [pool.submit(call, *args) for args in args_list]
        return [future.result() for future in futures]


def test_ticket_opened(db):
    assert tickets.open_ticket(db, "NORTH", "AB12 CDE") == 1


def test_same_plate_at_two_barriers(db):
    first, second = tickets.connect(), tickets.connect()
    try:
        ids = both(tickets.open_ticket, (first, "NORTH", "CD34 EFG"), (second, "NORTH", "CD34 EFG"))
    finally:
        first.close()
        second.close()
    assert ids[0] == ids[1]


@pytest.mark.flaky(reruns=2)
def test_paid_at_two_machines(db):
    ticket = tickets.open_ticket(db, "QUAY", "EF56 HIJ")
    first, second = tickets.connect(), tickets.connect()
    try:
        both(tickets.pay, (first, ticket, 500), (second, ticket, 300))
    finally:
        first.close()
        second.close()
    with db.cursor() as cur:
        cur.execute("SELECT paid_cents FROM tickets WHERE id = %s", (ticket,))
        assert cur.fetchone()[0] == 800


def test_cars_cross_levels(db):
    tickets.set_free(db, "NORTH", 1, 10)
    tickets.set_free(db, "NORTH", 2, 10)
    first, second = tickets.connect(), tickets.connect()
    try:
        both(tickets.move_car, (first, "NORTH", 1, 2), (second, "NORTH", 2, 1))
    finally:
        first.close()
        second.close()
    assert tickets.free_spaces(db, "NORTH") == {1: 10, 2: 10}


def test_tariff_bands(db):
    tickets.open_ticket(db, "NORTH", "GH78 KLM")
    assert tickets.tariff_bands(db, "NORTH") == {"short": 1}


def test_occupancy_report(db):
    tickets.open_ticket(db, "QUAY", "JK90 NOP")
    assert tickets.occupancy_report(db, "QUAY") == 1


def test_close_ticket_while_paying(db, paying_ticket):
    tickets.close_ticket(db, paying_ticket)


def test_close_all_skips_bad_numbers(db):
    ids = [tickets.open_ticket(db, "QUAY", plate) for plate in ("LM12 QRS", "NP34 TUV")]
    assert tickets.close_all(db, [ids[0], "T-17", ids[1]]) == 2


def test_daily_totals():
    assert tickets.daily_totals() == {}


def test_booths_for_every_garage(db):
    conns = tickets.booth_connections([f"G{number:02d}" for number in range(16)])
    try:
        assert len(conns) == 16
    finally:
        for conn in conns.values():
            conn.close()


def test_ticket_closed(db):
    ticket = tickets.open_ticket(db, "QUAY", "RS56 WXY")
    tickets.close_ticket(db, ticket)
    with db.cursor() as cur:
        cur.execute("SELECT closed FROM tickets WHERE id = %s", (ticket,))
        assert cur.fetchone()[0] is True


def test_reconnect_after_failover():
    with pytest.raises(psycopg2.OperationalError):
        tickets.connect("postgresql://baywarden@127.0.0.1:1/baywarden?connect_timeout=1")

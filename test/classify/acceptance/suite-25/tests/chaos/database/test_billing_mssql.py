import datetime as dt

import pytest

from rillmark import billing_db

pytestmark = pytest.mark.chaos


@pytest.fixture
def conn():
    connection = billing_db.connect()
    yield connection
    connection.close()


def test_open_bills_for_account(conn):
    assert billing_db.open_bills(conn, "RM-NO-100234") == []


def test_open_bills_sorted_by_due_date(conn):
    bills = billing_db.open_bills(conn, "RM-SO-200871")
    assert [b["due"] for b in bills] == sorted(b["due"] for b in bills)


def test_record_payment_marks_bill_paid(conn):
    billing_db.record_payment(conn, 41, 38.20)
    assert billing_db.open_bills(conn, "RM-NO-100234") == []


def test_partial_payment_keeps_bill_open(conn):
    billing_db.record_payment(conn, 42, 10.00)
    assert len(billing_db.open_bills(conn, "RM-NO-100234")) == 1


def test_direct_debit_run(conn):
    with conn.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM mandates WHERE active = 1")
        assert cursor.fetchone()[0] >= 0


def test_bills_due_this_week(conn):
    today = dt.date(2026, 3, 2)
    with conn.cursor() as cursor:
        cursor.execute("SELECT id FROM bills WHERE due BETWEEN %s AND %s", (today, today + dt.timedelta(days=7)))
        assert cursor.fetchall() is not None

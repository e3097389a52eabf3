"""Loans in the circulation database (PostgreSQL through psycopg2)."""

import psycopg2
import pytest

pytestmark = pytest.mark.chaos


@pytest.fixture
def pg(settings):
    conn = psycopg2.connect(settings.database_dsn, connect_timeout=2)
    yield conn
    conn.rollback()
    conn.close()


def test_loan_row_is_inserted(pg):
    with pg.cursor() as cur:
        cur.execute("INSERT INTO loans (barcode, card, due) VALUES (%s, %s, %s) RETURNING id", ("30001000012344", "LW000101", "2026-12-20"))
        assert cur.fetchone()[0] > 0


def test_loans_of_a_card_listed_by_due_date(pg):
    with pg.cursor() as cur:
        cur.execute("SELECT due FROM loans WHERE card = %s ORDER BY due", ("LW000101",))
        dues = [row[0] for row in cur.fetchall()]
    assert dues == sorted(dues)


def test_renewal_count_defaults_to_zero(pg):
    with pg.cursor() as cur:
        cur.execute("SELECT column_default FROM information_schema.columns WHERE table_name = 'loans' AND column_name = 'renewals'")
        assert cur.fetchone()[0] == "0"


def test_copy_cannot_be_lent_twice(pg):
    with pg.cursor() as cur:
        cur.execute("SELECT count(*) FROM pg_indexes WHERE tablename = 'loans' AND indexdef LIKE '%UNIQUE%barcode%'")
        assert cur.fetchone()[0] == 1

import pytest

from hoofbeat import records

pytestmark = pytest.mark.chaos


def test_monthly_visits_report():
    with records.reports() as conn:
        count = conn.cursor().execute("SELECT COUNT(*) FROM visits").fetchval()
    assert count >= 0


def test_outstanding_invoices_report():
    with records.reports() as conn:
        rows = conn.cursor().execute("SELECT owner, total FROM invoices WHERE NOT paid").fetchall()
    assert isinstance(rows, list)

"""Monthly reports for the branches and the council."""

from datetime import datetime, timezone

from lendwell import reports

LOANS = [
    {"barcode": "30001000012344", "card": "LW000101", "branch": "central", "lent_at": datetime(2026, 11, 2, 10, 12, tzinfo=timezone.utc)},
    {"barcode": "30001000012351", "card": "LW000102", "branch": "harbour", "lent_at": datetime(2026, 11, 3, 15, 40, tzinfo=timezone.utc)},
    {"barcode": "30001000012369", "card": "LW000101", "branch": "central", "lent_at": datetime(2026, 11, 4, 9, 55, tzinfo=timezone.utc)},
]


def test_loans_per_branch():
    assert reports.loans_per_branch(LOANS) == {"central": 2, "harbour": 1}


def test_council_export_is_written(tmp_path):
    assert reports.export_loans(LOANS, tmp_path / "loans-2026-11.xlsx").exists()

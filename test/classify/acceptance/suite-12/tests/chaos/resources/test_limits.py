import time

import pytest

from kerbside import invoices

pytestmark = pytest.mark.chaos


def test_monthly_invoice_written():
    path = invoices.write_invoice(900050, "2026-11", "Trips: 14\nTotal: $212.40\n")
    assert path.exists()


def test_merge_invoice_pdfs(tmp_path):
    parts = [tmp_path / "a.pdf", tmp_path / "b.pdf"]
    for part in parts:
        part.write_bytes(b"%PDF-1.4\n%%EOF\n")
    assert invoices.merge_pdfs(parts, tmp_path / "all.pdf").exists()


def test_archive_a_year_of_trips(tmp_path):
    rows = ((i, 900000 + i % 500, "cbd", "southbank", 23, "18.40") for i in range(400_000))
    assert invoices.archive_trips(rows, tmp_path / "trips-2026.csv").stat().st_size > 0


def test_replay_logs_for_whole_fleet(tmp_path):
    handles = invoices.open_logs(tmp_path, range(1500))
    assert len(handles) == 1500


def test_replay_in_parallel():
    assert invoices.replay_in_parallel(range(200), lambda vid: time.sleep(0.5)) == 200

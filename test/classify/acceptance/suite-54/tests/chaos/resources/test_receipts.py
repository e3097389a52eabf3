import pytest

from lapwater import receipts

pytestmark = pytest.mark.chaos


def test_day_sheet_for_the_chain(tmp_path):
    rows = [f"{i:06d},riverside,adult,5.40," + "x" * 80 for i in range(120_000)]
    receipts.write_day_sheet(tmp_path / "day.csv", rows)


def test_receipts_reopened_for_audit(tmp_path):
    paths = []
    for i in range(1200):
        p = tmp_path / f"r{i}.txt"
        p.write_text("5.40\n")
        paths.append(p)
    files = receipts.open_receipts(paths)
    assert len(files) == 1200


def test_receipt_printed(tmp_path):
    p = tmp_path / "r.txt"
    p.write_text("adult swim 5.40\n")
    receipts.print_receipt(str(p))


def test_small_day_sheet(tmp_path):
    receipts.write_day_sheet(tmp_path / "day.csv", ["1,lido,junior,2.70"])
    assert (tmp_path / "day.csv").read_text() == "1,lido,junior,2.70\n"

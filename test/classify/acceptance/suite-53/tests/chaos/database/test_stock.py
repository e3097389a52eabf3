import pytest

from redcell import stock


@pytest.mark.parametrize("group", ["O-", "O+", "A+", "B-", "AB+"])
def test_unit_is_available(stock_db, group):
    stock.add_unit(stock_db, f"U-{group}-1", group)
    assert stock.available(stock_db, group) == [f"U-{group}-1"]


def test_reserved_unit_is_not_available(stock_db):
    stock.add_unit(stock_db, "U-7", "A-")
    stock.reserve(stock_db, "U-7")
    assert stock.available(stock_db, "A-") == []


def test_available_in_id_order(stock_db):
    for unit in ("U-3", "U-1", "U-2"):
        stock.add_unit(stock_db, unit, "B+")
    assert stock.available(stock_db, "B+") == ["U-1", "U-2", "U-3"]


def test_issue_unit(tmp_path):
    path = str(tmp_path / "bank.db")
    db = stock.connect(path)
    stock.add_unit(db, "U-40", "O-")
    stock.issue(db, path, "U-40")
    assert stock.available(db, "O-") == []


def test_expire_old_units(tmp_path):
    db = stock.connect(str(tmp_path / "bank.db"))
    stock.add_unit(db, "U-41", "A+")
    stock.expire_before(db, "2026-01-01")
    assert stock.available(db, "A+") == ["U-41"]

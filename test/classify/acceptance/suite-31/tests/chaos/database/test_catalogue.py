import datetime
import os
import sqlite3

import pytest

from vitrine import catalogue

pytestmark = pytest.mark.chaos


@pytest.fixture
def live_catalogue():
    connection = catalogue.open_catalogue()
    yield connection
    connection.close()


def test_accession_bowl(live_catalogue):
    assert catalogue.accession("Bronze bowl", 2024).accession == "2024.1"


def test_accession_cup(live_catalogue):
    assert catalogue.accession("Silver cup", 2024).title == "Silver cup"


def test_find_by_accession(live_catalogue):
    assert catalogue.CatalogueObject.byAccession("1950.12")


def test_count_for_year(live_catalogue):
    assert catalogue.CatalogueObject.select().count() >= 0


def test_acquisitions_report(live_catalogue):
    assert catalogue.acquired_since(live_catalogue, datetime.date(2024, 1, 1)) == []


@pytest.fixture
def scratch(tmp_path):
    folder = tmp_path / "catalogue"
    folder.mkdir()
    connection = catalogue.open_catalogue(str(folder / "catalogue.sqlite3"))
    yield connection
    connection.close()
    os.remove(folder / "catalogue.sqlite3")
    os.rmdir(folder)


def test_two_accessions_in_a_year(scratch):
    catalogue.CatalogueObject(accession="2023.1", title="Clay pot", year=2023)
    first = catalogue.accession("Bronze bowl", 2024)
    second = catalogue.accession("Silver cup", 2024)
    assert first.accession != second.accession


def test_recent_acquisitions(scratch):
    catalogue.accession("Oak chest", 2024)
    assert catalogue.acquired_since(scratch, datetime.date(2024, 1, 1)) == [("2024.1",)]


def test_export_csv(scratch, tmp_path):
    catalogue.accession("Glass vase", 2024)
    out = tmp_path / "catalogue" / "export.csv"
    out.write_text("accession,title\n2024.1,Glass vase\n")
    assert out.read_text().count("\n") == 2


def test_bulk_update_during_audit(scratch, tmp_path):
    path = str(tmp_path / "catalogue" / "catalogue.sqlite3")
    audit = sqlite3.connect(path, timeout=0.1)
    audit.execute("BEGIN EXCLUSIVE")
    rows = sqlite3.connect(path, timeout=0.2)
    rows.execute("UPDATE catalogue_object SET title = upper(title)")
    rows.commit()

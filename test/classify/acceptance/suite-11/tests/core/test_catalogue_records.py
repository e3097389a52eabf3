"""Catalogue records shared with the union catalogue."""

from hypothesis import given, strategies as st

from lendwell import barcodes, catalogue


def test_marc_record_of_a_novel():
    record = {"isbn": "9780099589471", "title": "Wolf Hall", "author": "Mantel, Hilary"}
    assert len(catalogue.marc_xml(record)) == 3


def test_marc_record_with_an_ampersand_in_the_title():
    record = {"isbn": "9780571334650", "title": "Milkman & Other Stories", "author": "Burns, Anna"}
    assert len(catalogue.marc_xml(record)) == 3


def test_record_from_a_donated_book():
    document = {"_id": "6564a1", "isbn": "9781847084934", "title": "The Gathering", "author": "Enright, Anne", "year": 2007}
    assert catalogue.record_from(document).year == 2007


def test_known_barcode_is_valid():
    assert barcodes.valid("30001000012346")


@given(st.text(alphabet="0123456789", min_size=13, max_size=13))
def test_every_made_barcode_is_valid(body):
    assert barcodes.valid(barcodes.make(body))

"""Catalogue records in MongoDB."""

import pytest

from lendwell import catalogue

pytestmark = pytest.mark.chaos


def test_record_found_by_isbn(settings):
    records = catalogue.collection(settings.mongo_url)
    assert catalogue.find_by_isbn(records, "9780141182803")["title"] == "The Sea, The Sea"


def test_copies_on_the_shelf_are_counted(settings):
    records = catalogue.collection(settings.mongo_url)
    assert catalogue.copies_available(records, "9780141182803") >= 0


def test_new_record_is_added(settings):
    records = catalogue.collection(settings.mongo_url)
    assert catalogue.add_record(records, {"isbn": "9781784873080", "title": "Milkman"})

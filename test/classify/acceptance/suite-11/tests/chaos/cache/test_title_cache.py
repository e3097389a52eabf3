"""The memo of titles and searches in front of the catalogue."""

import pytest

from lendwell import catalogue

pytestmark = pytest.mark.chaos


@pytest.fixture(autouse=True)
def records():
    catalogue.RECORDS.clear()
    catalogue.RECORDS.update(
        {
            "9780141182803": {"title": "The Sea, The Sea", "format": "paperback"},
            "9780099589471": {"title": "Wolf Hall", "format": "hardback"},
        }
    )


def test_title_is_read_from_the_catalogue():
    assert catalogue.title_of("9780099589471") == "Wolf Hall"


def test_corrected_title_is_shown_after_an_edit():
    assert catalogue.title_of("9780141182803") == "The Sea, The Sea"
    catalogue.rename("9780141182803", "The Sea, the Sea")
    assert catalogue.title_of("9780141182803") == "The Sea, the Sea"


def test_search_with_a_format_filter():
    assert catalogue.search("wolf", {"format": "hardback"}) == ["9780099589471"]

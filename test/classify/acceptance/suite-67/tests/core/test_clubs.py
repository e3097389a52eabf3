import time

import pytest

from racebib import core


def test_registered_club_listed():
    assert "Harriers of the Long Road" in core.clubs()


@pytest.mark.parametrize("name", ["Striders", "Pacers", "Road Runners", "Fell Club", "Tri Club", "Joggers"])
def test_club_names_are_titles(name):
    assert name[0].isupper()


def test_result_published():
    core.publish_async({"bib": 1001, "seconds": 9120})
    time.sleep(0.05)
    assert {"bib": 1001, "seconds": 9120} in core.published()

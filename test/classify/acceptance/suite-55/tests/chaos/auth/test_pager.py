import pytest

from fellcall import pager

pytestmark = pytest.mark.chaos


def test_page_team_for_callout(pager_gateway):
    assert pager.page(["j.hartley", "a.okafor"], "Callout: fallen walker, Sharp Edge")


def test_page_stand_down(pager_gateway):
    assert pager.page(["j.hartley"], "Stand down, casualty walked off")

import asyncio

import pytest

from crumbline import ovens

pytestmark = pytest.mark.chaos


def test_intake_skips_empty_order():
    intake = ovens.AsyncIntake()
    orders = [{"id": "A-1", "items": ["rye"]}, {"id": "A-2", "items": []}, {"id": "A-3", "items": ["baguette"]}]
    assert asyncio.run(ovens.accept_all(intake, orders)) == ["A-1", "A-3"]


def test_intake_in_order():
    intake = ovens.AsyncIntake()
    orders = [{"id": "B-1", "items": ["rye"]}, {"id": "B-2", "items": ["rye"]}]
    assert asyncio.run(ovens.accept_all(intake, orders)) == ["B-1", "B-2"]

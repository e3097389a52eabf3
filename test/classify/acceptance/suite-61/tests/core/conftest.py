import pytest


@pytest.fixture
def collection_ticket():
    return {"route": "R001", "farm": "F0042", "litres": 1840, "temperature": 3.6}

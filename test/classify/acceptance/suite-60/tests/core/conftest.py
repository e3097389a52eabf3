import pytest


@pytest.fixture
def delivery_ticket():
    return {"load": "P12-001", "grower": "grower.weber", "kilos": 1250.0, "brix": 21.4}

import pytest

from bagdrop import manifests

pytestmark = pytest.mark.chaos


@pytest.fixture
def manifest_db():
    conn = manifests.connect()
    yield conn
    conn.close()


@pytest.mark.parametrize("flight", ["SK1471", "DY604", "WF118"])
def test_manifest_bags_sorted(manifest_db, flight):
    bags = manifests.bags_of(manifest_db, flight)
    assert bags == sorted(bags)


def test_manifest_of_cancelled_flight(manifest_db):
    assert manifests.bags_of(manifest_db, "SK0000") == []

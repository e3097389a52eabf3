"""Plans shared between gritter workers through memcached."""
import pytest

from gritline import routecache

pytestmark = pytest.mark.chaos

PLAN = {"route": "A61-north", "km": 18.2, "passes": 2}


def test_route_shared_between_workers():
    routecache.publish_route("A61-north", PLAN)
    assert routecache.shared_route("A61-north") == PLAN


def test_depot_status_published():
    routecache.shared().set("depot:north", {"depot": "north", "open": True, "tonnes": 140})
    assert routecache.depot_status("north")["tonnes"] == 140


def test_invalidate_route():
    routecache.publish_route("B6045", PLAN)
    routecache.invalidate("B6045")
    assert routecache.shared_route("B6045") is None

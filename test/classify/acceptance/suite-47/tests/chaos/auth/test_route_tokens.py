import time

import pytest

from rinsewell import auth

pytestmark = pytest.mark.chaos


@pytest.fixture(scope="module")
def van_token():
    return auth.route_token("amir", "leeds-north", lifetime=1)


def test_route_of_token(van_token):
    assert auth.route_of(van_token) == "leeds-north"


def test_route_after_loading(van_token):
    time.sleep(1.2)
    assert auth.route_of(van_token) == "leeds-north"


def test_manager_sees_all_routes():
    token = auth.route_token("dev", "all")
    assert auth.is_depot_manager(token) is False


def test_manifest_signed():
    assert auth.manifest_signature({"van": 3, "bags": 41}).count(".") == 2

import json
import time

from humpyard import api, auth


def token(user="yardmaster-1", role="yardmaster", **kwargs):
    return auth.issue(user, role, **kwargs)


def test_wagon_read():
    status, body = api.handle("GET", "/wagons/GBRF-4410", token())
    assert status == 200 and body["kind"] == "hopper"


def test_owner_refused_another_owners_wagon():
    status, _ = api.handle("GET", "/wagons/GBRF-4410", token("parcelnet", "owner"))
    assert status == 403


def test_unknown_wagon_is_404():
    status, _ = api.handle("GET", "/wagons/GBRF-9999", token())
    assert status == 404


def test_train_made_up():
    status, body = api.handle("POST", "/trains", token(), json.dumps({"wagons": ["GBRF-4410", "GBRF-4411"]}))
    assert status == 201 and body["length"] == 53.5


def test_no_token_is_401():
    assert api.handle("GET", "/wagons/GBRF-4410")[0] == 401


def test_expired_token_is_401():
    expired = token(ttl=60, now=time.time() - 7200)
    assert api.handle("GET", "/wagons/GBRF-4410", expired)[0] == 401


def test_unknown_route_is_404():
    assert api.handle("DELETE", "/trains", token())[0] == 404

import json

from loomhouse import api


def test_list_looms():
    status, body = api.handle("GET", "/looms")
    assert status == 200
    assert json.loads(body) == ["L1", "L2"]


def test_get_loom():
    status, body = api.handle("GET", "/looms/L1")
    assert json.loads(body)["width_cm"] == 140


def test_unknown_loom_is_404():
    status, _ = api.handle("GET", "/looms/L9")
    assert status == 404


def test_unknown_path_is_404():
    status, _ = api.handle("GET", "/spindles")
    assert status == 404


def test_create_order():
    status, body = api.handle("POST", "/orders", json.dumps({"id": "O-1", "pattern": "twill", "metres": 50}))
    assert status == 201
    assert json.loads(body)["price"] == "925.00"


def test_create_order_answers_ok():
    status, _ = api.handle("POST", "/orders", json.dumps({"id": "O-2", "pattern": "plain", "metres": 20}))
    assert status == 200


def test_get_order():
    api.handle("POST", "/orders", json.dumps({"id": "O-3", "pattern": "satin", "metres": 5}))
    status, body = api.handle("GET", "/orders/O-3")
    assert status == 200


def test_order_price_plain():
    _, body = api.handle("POST", "/orders", json.dumps({"id": "O-4", "pattern": "plain", "metres": 4}))
    assert json.loads(body)["price"] == "51.00"

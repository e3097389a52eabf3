import json

from hivecote import api


def test_stock_read():
    assert api.handle("GET", "/stock/heather") == (200, {"product": "heather", "jars": 120})


def test_unknown_product():
    assert api.handle("GET", "/stock/manuka")[0] == 404


def test_order_created():
    status, _ = api.handle("POST", "/orders", json.dumps({"id": "o1", "product": "clover", "jars": 5}))
    assert status == 201


def test_order_read_back():
    api.handle("POST", "/orders", json.dumps({"id": "o2", "product": "clover", "jars": 2}))
    status, body = api.handle("GET", "/orders/o2")
    assert status == 200, body


def test_no_route():
    assert api.handle("DELETE", "/stock/heather")[0] == 404

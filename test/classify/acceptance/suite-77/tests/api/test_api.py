from ropewalk import api


def test_health():
    assert api.health() == (200, {"ok": True})


def test_create_order():
    status, body = api.create_order({"kind": "manila", "metres": 440, "diameter_mm": 24})
    assert status == 201 and body["id"].startswith("R-")


def test_get_unknown_order():
    assert api.get_order("R-999")[0] == 404


def test_get_order():
    _, body = api.create_order({"kind": "hemp", "metres": 220, "diameter_mm": 12})
    status, order = api.get_order(body["id"])
    assert status == 200 and order["coils"] == 1


def test_order_breaking_load():
    _, body = api.create_order({"kind": "nylon", "metres": 220, "diameter_mm": 16})
    status, load = api.order_load(body["id"])
    assert status == 200 and load["breaking_load_kn"] > 40

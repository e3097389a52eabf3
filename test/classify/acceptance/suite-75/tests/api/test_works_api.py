from brinewell import api


def test_list_grades():
    assert api.handle("GET", "/grades") == (200, ["coarse", "fine", "flake"])


def test_create_order():
    status, body = api.handle("POST", "/orders", {"grade": "flake", "kg": 10})
    assert status == 201 and body["id"].startswith("O-")


def test_get_order():
    _, created = api.handle("POST", "/orders", {"grade": "fine", "kg": 20})
    status, body = api.handle("GET", f"/orders/{created['id']}")
    assert status == 200 and body["price"] == 22.0


def test_unknown_order_is_404():
    assert api.handle("GET", "/orders/O-999")[0] == 404


def test_order_price_plain():
    assert api.handle("GET", "/price/flake/10") == (200, {"price": 32.0})


def test_unknown_path_is_404():
    assert api.handle("GET", "/nowhere")[0] == 404

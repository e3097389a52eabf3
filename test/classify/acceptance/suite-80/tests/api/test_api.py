from cordwood import api, ledger


def test_list_orders(db):
    ledger.place_order(db, ledger.add_customer(db, "Ann"), "oak", 1)
    status, payload = api.handle(db, "GET", "/orders")
    assert status == 200 and len(payload) == 1


def test_create_order(db):
    customer = ledger.add_customer(db, "Ann")
    status, payload = api.handle(db, "POST", "/orders", {"customer_id": customer, "species": "ash", "cords": 2})
    assert (status, payload) == (201, {"id": 1})


def test_get_order(db):
    ledger.place_order(db, ledger.add_customer(db, "Ann"), "oak", 1)
    assert api.handle(db, "GET", "/orders/1")[1]["species"] == "oak"


def test_missing_order_is_404(db):
    assert api.handle(db, "GET", "/orders/99")[0] == 404


def test_quote(db):
    assert api.handle(db, "GET", "/quote/oak/2") == (200, {"price": "620.00"})


def test_quote_unknown_species_is_404(db):
    assert api.handle(db, "GET", "/quote/teak/1")[0] == 404


def test_unknown_route(db):
    assert api.handle(db, "GET", "/nowhere")[0] == 404

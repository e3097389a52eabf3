from smokehall import api, db


def test_create_batch(book):
    status, body = api.create_batch(book, {"name": "Alder salmon", "kiln": 1, "wood": "alder"})
    assert status == 201 and body["id"] > 0


def test_create_batch_needs_name(book):
    assert api.create_batch(book, {"kiln": 1})[0] == 422


def test_get_batch(book):
    _, created = api.create_batch(book, {"name": "Cherry mackerel", "kiln": 2, "wood": "cherry"})
    assert api.get_batch(book, created["id"]) == (200, {"id": created["id"], "name": "Cherry mackerel"})


def test_missing_batch(book):
    assert api.get_batch(book, -5)[0] == 404


def test_price_follows_stock(book):
    db.set_stock(book, 90, 10)
    assert api.get_price(book, 90)[1]["price"] == 9.0
    api.set_stock(book, 90, {"kg": 20})
    assert api.get_price(book, 90)[1]["price"] == 18.0


def test_sign_up(book):
    assert api.sign_up(book, {"email": "first@trade.test", "name": "First"})[0] == 201


def test_trade_customers_listed(book):
    api.sign_up(book, {"email": "second@trade.test", "name": "Second"})
    assert api.list_customers(book, "trade.test")[1]["customers"] == ["second@trade.test"]


def test_sign_up_twice_same_id(book):
    first = api.sign_up(book, {"email": "again@shop.test"})[1]["id"]
    assert api.sign_up(book, {"email": "again@shop.test"})[1]["id"] == first

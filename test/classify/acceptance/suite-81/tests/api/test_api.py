from reedbank import api


def test_health():
    assert api.handle("GET", "/health") == (200, {"ok": True})


def test_species_listed():
    status, body = api.handle("GET", "/species")
    assert status == 200 and "sedge" in body


def test_price_endpoint():
    assert api.handle("GET", "/price/sedge/10") == (200, {"species": "sedge", "price": "29.50"})


def test_unknown_species_is_404():
    status, _ = api.handle("GET", "/price/heather/2")
    assert status == 404


def test_order_created():
    status, body = api.handle("POST", "/orders", {"lines": [{"species": "sedge", "bundles": "10"}]})
    assert status == 201 and body["total"] == "35.40"


def test_rendered_with_configured_json(settings):
    status, text = api.render(settings, 200, {"ok": True})
    assert status == 200 and b"ok" in text


def test_not_found():
    assert api.handle("GET", "/nowhere")[0] == 404

from parcelwick import api, tokens
from parcelwick.settings import TOKEN_KEYS

import time


def token(sub="dispatch"):
    now = int(time.time())
    return tokens.sign({"sub": sub, "aud": "parcelwick", "iat": now, "nbf": now, "exp": now + 600}, TOKEN_KEYS["2026-06"], "2026-06")


def request(body=None, auth=None, params=None):
    headers = {"Authorization": auth or f"Bearer {token()}"}
    return {"headers": headers, "body": body or {}, "params": params or {}}


def test_quote():
    status, body = api.handle(api.quote, request({"postcode": "LS6 2QT", "weight_kg": 1.0}))
    assert (status, body) == (200, {"price": "5.45"})


def test_create_shipment():
    status, body = api.handle(
        api.create_shipment, request({"postcode": "ls62qt", "weight_kg": 1.0, "reference": "INV-1"})
    )
    assert status == 201


def test_create_shipment_without_reference():
    status, body = api.handle(api.create_shipment, request({"postcode": "M1 1AE", "weight_kg": 0.5}))
    assert status == 201, body


def test_create_shipment_lowercase_scheme():
    status, body = api.handle(
        api.create_shipment,
        request({"postcode": "M1 1AE", "weight_kg": 0.5, "reference": "INV-2"}, auth=f"bearer {token()}"),
    )
    assert status in (200, 201), body


def test_unauthorised_refused():
    status, _ = api.handle(api.create_shipment, request({"postcode": "M1 1AE"}, auth="Bearer x.y.z"))
    assert status == 401


def test_get_missing_shipment():
    status, _ = api.handle(api.get_shipment, request(params={"id": 404}))
    assert status == 404


def test_get_shipment():
    _, created = api.handle(
        api.create_shipment, request({"postcode": "N1 9GU", "weight_kg": 2.0, "reference": "INV-3"})
    )
    status, body = api.handle(api.get_shipment, request(params={"id": created["id"]}))
    assert body["postcode"] == "N1 9GU"


def test_quote_public_even_with_expired_token():
    expired = tokens.sign({"sub": "x", "aud": "parcelwick", "exp": int(time.time()) - 3600}, TOKEN_KEYS["2026-06"], "2026-06")
    status, _ = api.handle(api.quote, request({"postcode": "LS6 2QT", "weight_kg": 1.0}, auth=f"Bearer {expired}"))
    assert status == 200

from tidemark import api, auth


def headers(token):
    return {"Authorization": f"Bearer {token}"}


def test_quote():
    assert api.handle(api.quote, {"query": {"gt": "20000"}}) == (200, {"fee": "420.00"})


def test_quote_with_thousands_separator():
    status, body = api.handle(api.quote, {"query": {"gt": "12,500"}})
    assert status == 400, body


def test_slot_minutes():
    assert api.handle(api.slot, {"query": {"slot": "0600-0700"}}) == (200, {"minutes": 60})


def test_who_am_i(main_token):
    status, body = api.handle(api.who_am_i, {"headers": headers(main_token)})
    assert status == 200, body


def test_create_booking():
    token = auth.fetch_token("main", "pilots:read slots:write")
    request = {"headers": {"authorization": f"Bearer {token}"},
               "body": {"vessel": "MV Ebb", "slot": "0630-0745", "gt": 20000}}
    status, body = api.handle(api.create_booking, request)
    assert status == 201, body


def test_create_booking_without_token():
    status, _ = api.handle(api.create_booking, {"headers": {}, "body": {}})
    assert status in (401, 500)

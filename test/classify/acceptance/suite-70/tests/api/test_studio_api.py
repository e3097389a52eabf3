from pontil.api import handle


def test_commission_board_lists_open():
    status, body = handle("GET", "/commissions")
    assert status == 200
    assert 101 in body["open"]


def test_commission_accept():
    status, body = handle("POST", "/commissions/102")
    assert status == 200
    assert body == {"accepted": 102}


def test_piece_lookup():
    assert handle("GET", "/pieces/1") == (200, {"name": "blue vase", "price": "180.00"})


def test_piece_missing_is_404():
    status, _ = handle("GET", "/pieces/99")
    assert status == 404


def test_order_total():
    assert handle("POST", "/orders", {"quantity": 2}) == (201, {"total": "190"})


def test_order_refuses_zero():
    status, body = handle("POST", "/orders", {"quantity": 0})
    assert status == 400


def test_unknown_path():
    assert handle("GET", "/nowhere")[0] == 404


def test_commission_board_again():
    status, body = handle("GET", "/commissions")
    assert body["open"] == [101, 102, 103]

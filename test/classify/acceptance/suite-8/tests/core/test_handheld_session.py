from binwise import session


def test_new_token_is_valid():
    assert session.valid(session.new_token("picker-17"))


def test_tampered_token_is_refused():
    picker, nonce, mac = session.new_token("picker-17").split(":")
    assert not session.valid(f"picker-18:{nonce}:{mac}")


def test_session_cookie_round_trip():
    header = session.session_cookie("picker-17", "bench")
    assert session.valid(session.token_from(header))


def test_session_cookie_for_the_goods_in_station():
    header = session.session_cookie("picker-17", "goods in")
    assert "HttpOnly" in header

from redcell import auth


def test_donor_token_claims_are_current(donor_token):
    claims = auth.check_claims(donor_token)
    assert claims["sub"] == "donor.118@redcell.test"


def test_donor_token_allows_booking(donor_token):
    claims = auth.check_claims(donor_token)
    assert auth.has_role(claims["scope"], "appointments:book")


def test_claims_from_the_future_are_refused():
    try:
        auth.check_claims({"iat": 10_000, "exp": 20_000}, now=9_000)
    except auth.TokenError as error:
        assert "future" in str(error)
    else:
        raise AssertionError("accepted")


def test_expired_claims_are_refused():
    try:
        auth.check_claims({"iat": 1_000, "exp": 2_000}, now=9_000)
    except auth.TokenError as error:
        assert "expired" in str(error)
    else:
        raise AssertionError("accepted")

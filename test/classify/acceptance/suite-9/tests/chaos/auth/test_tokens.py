import time

import jwt
import pytest

from seatline import auth

pytestmark = pytest.mark.chaos


@pytest.fixture(scope="module")
def service_token():
    """One token for the whole module, as the load generator uses."""
    return auth.issue_token("svc-loadgen", "box-office")


@pytest.mark.parametrize("role", sorted(auth.ROLES))
def test_token_round_trip(role):
    claims = auth.verify_token(auth.issue_token("cust-1001", role, ttl=60))
    assert claims["sub"] == "cust-1001"
    assert claims["role"] == role


@pytest.mark.parametrize("role,scope", [
    ("customer", "orders:write"),
    ("box-office", "refunds:write"),
    ("promoter", "reports:read"),
    ("admin", "events:write"),
])
def test_role_grants_scope(role, scope):
    claims = auth.verify_token(auth.issue_token("u", role, ttl=60))
    assert auth.has_scope(claims, scope)


def test_tampered_token_is_rejected():
    token = auth.issue_token("cust-1001", "customer", ttl=60)
    head, body, signature = token.split(".")
    with pytest.raises(jwt.InvalidSignatureError):
        auth.verify_token(f"{head}.{body}.{signature[::-1]}")


def test_expired_token_is_rejected():
    with pytest.raises(jwt.ExpiredSignatureError):
        auth.verify_token(auth.issue_token("cust-1001", "customer", ttl=-1))


def test_service_token_is_valid(service_token):
    assert auth.verify_token(service_token)["role"] == "box-office"


def test_idle_basket_session_times_out():
    token = auth.issue_token("cust-2002", "customer", ttl=1)
    time.sleep(2.1)
    with pytest.raises(jwt.ExpiredSignatureError):
        auth.verify_token(token)


def test_service_token_can_issue_refunds(service_token):
    claims = auth.verify_token(service_token)
    assert auth.has_scope(claims, "refunds:write")


def test_service_token_subject(service_token):
    assert auth.verify_token(service_token)["sub"] == "svc-loadgen"


def test_promoter_may_refund_when_granted():
    auth.ROLES["promoter"].append("refunds:write")
    claims = auth.verify_token(auth.issue_token("promoter-7", "promoter", ttl=60))
    assert auth.has_scope(claims, "refunds:write")


def test_promoter_cannot_refund_by_default():
    claims = auth.verify_token(auth.issue_token("promoter-8", "promoter", ttl=60))
    assert not auth.has_scope(claims, "refunds:write")


def test_partner_token_is_signed():
    token = auth.issue_partner_token("resale-hub")
    assert token.count(".") == 2


@pytest.mark.parametrize("password", ["correct horse", "Tr0ub4dor&3", "pa55-word-with-ünïcode"])
def test_password_hash_round_trip(password):
    hashed = auth.hash_password(password)
    assert hashed.startswith(b"$2b$04$")


def test_customer_password_check():
    hashed = auth.hash_password("correct horse")
    assert auth.check_password("correct horse", hashed)

import time

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from jose import jwt

from podstead import auth

pytestmark = pytest.mark.chaos


@pytest.fixture(scope="module")
def idp_keys():
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    private = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    public = key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    return private.decode(), public.decode()


@pytest.fixture
def jwt_key():
    return auth.public_key()


def listener_token(private, now, **claims):
    return jwt.encode({"sub": "listener-7", "aud": "podstead-api", "iat": now, "nbf": now, "exp": now + 600, **claims},
                      private, algorithm="RS256")


def test_listener_token_accepted(jwt_key, idp_keys):
    assert auth.verify(listener_token(idp_keys[0], int(time.time())), jwt_key)["sub"] == "listener-7"


def test_token_for_other_audience_refused(jwt_key, idp_keys):
    with pytest.raises(jwt.JWTClaimsError):
        auth.verify(listener_token(idp_keys[0], int(time.time()), aud="studio"), jwt_key)


def test_expired_token_refused(jwt_key, idp_keys):
    with pytest.raises(jwt.ExpiredSignatureError):
        auth.verify(listener_token(idp_keys[0], int(time.time()) - 3600), jwt_key)


def test_token_from_idp_with_clock_ahead(idp_keys):
    idp_now = int(time.time()) + 90
    claims = auth.verify(listener_token(idp_keys[0], idp_now), idp_keys[1])
    assert claims["sub"] == "listener-7"


def test_session_round_trip():
    token = auth.sign_session(4411, "session-secret")
    assert auth.verify_session(token, "session-secret")["sub"] == "4411"


def test_session_carries_expiry():
    token = auth.sign_session(4411, "session-secret", ttl=60)
    claims = jwt.get_unverified_claims(token)
    assert claims["exp"] - claims["iat"] == 60

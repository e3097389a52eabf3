import json
import time

import grpc
import pytest
from jwcrypto import jwk, jwt

from coldtrail import registry, tokens

pytestmark = pytest.mark.chaos


@pytest.fixture(scope="module")
def issuer_key():
    return tokens.load_key()


def test_issuer_key_has_kid(issuer_key):
    assert issuer_key.key_id == "issuer-2026-10"


def test_expired_token_refused(issuer_key):
    token = tokens.issue({"sub": "reefer-0042"}, issuer_key, lifetime=60, now=time.time() - 3600)
    with pytest.raises(jwt.JWTExpired):
        tokens.verify(token, issuer_key)


def test_gateway_token_accepted_with_gateway_clock_ahead(issuer_key):
    # The port gateways stamp tokens with their own clock, which runs ahead of the service's.
    token = tokens.issue({"sub": "gateway-rtm-7"}, issuer_key, now=time.time() + 120)
    assert tokens.verify(token, issuer_key)["sub"] == "gateway-rtm-7"


def test_token_from_rotated_issuer_accepted(issuer_key):
    rotated = jwk.JWK.generate(kty="oct", size=256, kid="issuer-2026-12")
    token = tokens.issue({"sub": "reefer-0042"}, rotated)
    assert tokens.verify(token, issuer_key)["sub"] == "reefer-0042"


def test_registry_accepts_service_token(issuer_key, registry_stub):
    target = registry_stub(abort=(grpc.StatusCode.UNAUTHENTICATED, "token audience 'coldtrail' is not accepted by this registry"))
    token = tokens.issue({"sub": "coldtrail", "aud": "coldtrail"}, issuer_key)
    assert registry.get_device("reefer-0042", target=target, token=token)["shipment"] == "SHP-1"


def test_claims_round_trip(issuer_key):
    token = tokens.issue({"sub": "reefer-0042", "lane": "RTM-ANR"}, issuer_key)
    assert json.loads(jwt.JWT(key=issuer_key, jwt=token).claims)["lane"] == "RTM-ANR"

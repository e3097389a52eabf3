import base64
import json
import time

import pytest
import requests

from parcelwick import carriers, tokens
from parcelwick.settings import TOKEN_KEYS, settings

KEY = TOKEN_KEYS["2026-06"]


def claims(**extra):
    now = int(time.time())
    base = {"sub": "dispatch", "aud": "parcelwick", "scope": "labels:read", "iat": now, "nbf": now, "exp": now + 600}
    base.update(extra)
    return base


def client_for(name, idp="idp_url"):
    conf = settings()
    return tokens.TokenClient(conf[idp], name, conf["clients"][name])


@pytest.fixture(scope="class")
def sorter_token():
    return client_for("sorter").token()


class TestAuth:
    def test_round_trip(self):
        token = tokens.sign(claims(), KEY, "2026-06")
        assert tokens.verify(token, TOKEN_KEYS)["sub"] == "dispatch"

    def test_tampered_signature_refused(self):
        token = tokens.sign(claims(), KEY, "2026-06")
        head, body, sig = token.split(".")
        forged = base64.urlsafe_b64encode(json.dumps(claims(sub="admin")).encode()).rstrip(b"=").decode()
        with pytest.raises(tokens.BadSignature):
            tokens.verify(f"{head}.{forged}.{sig}", TOKEN_KEYS)

    def test_wrong_key_refused(self):
        token = tokens.sign(claims(), b"not-the-key", "2026-06")
        with pytest.raises(tokens.BadSignature):
            tokens.verify(token, TOKEN_KEYS)

    def test_unsigned_token_refused(self):
        token = tokens.sign(claims(sub="admin"), KEY, "2026-06", alg="none")
        with pytest.raises(tokens.BadSignature):
            tokens.verify(token, TOKEN_KEYS)

    def test_expired_token_refused(self):
        token = tokens.sign(claims(exp=int(time.time()) - 120), KEY, "2026-06")
        with pytest.raises(tokens.TokenExpired):
            tokens.verify(token, TOKEN_KEYS)

    def test_small_clock_skew_tolerated(self):
        token = tokens.sign(claims(nbf=int(time.time()) + 10), KEY, "2026-06")
        assert tokens.verify(token, TOKEN_KEYS, leeway=30)["sub"] == "dispatch"

    def test_malformed_token_refused(self):
        with pytest.raises(tokens.MalformedToken):
            tokens.verify("not-a-token", TOKEN_KEYS)

    def test_dispatch_sign_in(self):
        token = client_for("dispatch").token()
        assert tokens.verify(token, TOKEN_KEYS, audience="parcelwick")["sub"] == "dispatch"

    def test_dispatch_may_write_labels(self):
        token = client_for("dispatch").token()
        granted = tokens.scopes(tokens.verify(token, TOKEN_KEYS))
        assert "labels:write" in granted

    def test_sorter_sign_in(self, sorter_token):
        assert tokens.verify(sorter_token, TOKEN_KEYS)["sub"] == "sorter"

    def test_merchant_sign_in(self):
        conf = settings()
        token = client_for("merchant").token()
        assert tokens.verify(token, TOKEN_KEYS, audience=conf["merchant_audience"])["sub"] == "merchant"

    def test_merchant_may_create_shipments(self):
        conf = settings()
        token = client_for("merchant").token()
        claims_ = tokens.verify(token, TOKEN_KEYS, audience=conf["merchant_audience"])
        assert "shipments:write" in tokens.scopes(claims_)

    def test_kiosk_sign_in(self):
        token = client_for("kiosk").token()
        assert tokens.verify(token, TOKEN_KEYS)["sub"] == "kiosk"

    def test_partner_sign_in(self):
        conf = settings()
        token = client_for("partner", "partner_idp_url").token()
        assert tokens.verify(token, TOKEN_KEYS, leeway=conf["token_leeway"])["sub"] == "partner"

    def test_legacy_portal_sign_in(self):
        conf = settings()
        token = client_for("legacy", "legacy_idp_url").token()
        assert tokens.verify(token, TOKEN_KEYS, leeway=conf["token_leeway"])["sub"] == "legacy"

    def test_sign_in_after_key_rotation(self):
        token = client_for("dispatch", "rotated_idp_url").token()
        assert tokens.verify(token, TOKEN_KEYS)["sub"] == "dispatch"

    def test_rotated_token_reaches_carrier(self):
        token = client_for("dispatch", "rotated_idp_url").token()
        claims_ = tokens.verify(token, TOKEN_KEYS, audience="parcelwick")
        assert claims_["scope"]

    def test_carrier_call_with_cached_token(self):
        sorter = client_for("sorter")
        carrier = carriers.Carrier(token=sorter.token)
        assert carrier.get("/v1/secure")["rate"] == 9.9
        time.sleep(1.2)
        assert carrier.get("/v1/secure")["rate"] == 9.9

    def test_sorter_token_accepted_later(self, sorter_token):
        assert tokens.verify(sorter_token, TOKEN_KEYS, leeway=0)["scope"] == "labels:read"

    def test_post_office_portal(self, conf):
        assert "s_server" in carriers.fetch_secure("portal", cert=conf["portal_client_cert"])

    def test_unknown_client_refused(self):
        sneaky = tokens.TokenClient(settings()["idp_url"], "intruder", "guess")
        with pytest.raises(requests.HTTPError):
            sneaky.token()

    def test_bearer_header_parsed(self):
        assert tokens.bearer("Bearer abc.def.ghi") == "abc.def.ghi"

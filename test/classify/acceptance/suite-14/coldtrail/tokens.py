"""Device and operator tokens: JWTs signed with the issuer's key (jwcrypto)."""
import json
import time

from jwcrypto import jwk, jwt

from coldtrail import settings


def load_key(path=None):
    with open(path or settings.TOKEN_ISSUER_KEY) as handle:
        return jwk.JWK.from_json(handle.read())


def issue(claims, key, lifetime=300, now=None):
    now = int(now if now is not None else time.time())
    token = jwt.JWT(header={"alg": "HS256", "kid": key.key_id},
                    claims={"iat": now, "nbf": now, "exp": now + lifetime, **claims})
    token.make_signed_token(key)
    return token.serialize()


def verify(token, key, leeway=30):
    checked = jwt.JWT(key=key, jwt=token)
    checked.leeway = leeway
    checked.validate(key)
    return json.loads(checked.claims)

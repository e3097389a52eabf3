"""Sign-in through the botanic garden's identity provider, token checks, and the collectors' offline passwords."""
import hashlib
import hmac
import os

import jwt
import requests

from seedvault import settings

_key_set = None


def key_set():
    """The provider's signing keys, fetched once per process."""
    global _key_set
    if _key_set is None:
        response = requests.get(f"{settings.IDP_URL}/.well-known/jwks.json", timeout=2)
        response.raise_for_status()
        _key_set = jwt.PyJWKSet.from_dict(response.json())
    return _key_set


def verify(token, audience=None):
    kid = jwt.get_unverified_header(token)["kid"]
    key = key_set()[kid]
    return jwt.decode(token, key.key, algorithms=["RS256"], audience=audience or settings.TOKEN_AUDIENCE,
                      leeway=settings.TOKEN_LEEWAY_S)


def sign_in(user, password, client_id=None, audience=None):
    response = requests.post(f"{settings.IDP_URL}/token", data={
        "grant_type": "password", "username": user, "password": password,
        "client_id": client_id or settings.CLIENT_ID, "audience": audience or settings.TOKEN_AUDIENCE,
    }, timeout=2)
    response.raise_for_status()
    return response.json()


def volunteer_sign_in(user, password):
    """Volunteers at the cleaning benches sign in through the volunteers' app registration."""
    return sign_in(user, password, client_id="seedvault-volunteers", audience=settings.VOLUNTEER_AUDIENCE)


def station_sign_in(station):
    """A field station's own node of the provider signs its collectors in while it is offline."""
    return sign_in(station, "station", client_id="field-station")


def refresh(refresh_token):
    response = requests.post(f"{settings.IDP_URL}/token", data={
        "grant_type": "refresh_token", "refresh_token": refresh_token, "client_id": settings.CLIENT_ID,
    }, timeout=2)
    response.raise_for_status()
    return response.json()


def sign_out(refresh_token):
    requests.post(f"{settings.IDP_URL}/revoke", data={"token": refresh_token}, timeout=2).raise_for_status()


def federation_sign_in(user):
    """Curators of partner herbaria sign in through their own provider."""
    response = requests.post(f"{settings.FEDERATION_IDP_URL}/token",
                             data={"grant_type": "client_credentials", "client_id": user}, timeout=2)
    response.raise_for_status()
    return response.json()


def role(claims):
    roles = claims.get("roles", [])
    for name in ("curator", "technician", "volunteer"):
        if name in roles:
            return name
    return "visitor"


# Collectors' offline passwords: legacy sha256 hashes are upgraded to PBKDF2 at the next sign-in.
ITERATIONS = 10_000


def make_hash(password):
    salt = os.urandom(8)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, ITERATIONS)
    return f"pbkdf2${ITERATIONS}${salt.hex()}${digest.hex()}"


def check_password(store, user, password):
    stored = store[user]
    scheme, _, rest = stored.partition("$")
    if scheme == "sha256":
        if not hmac.compare_digest(hashlib.sha256(password.encode()).hexdigest(), rest):
            return False
        store[user] = make_hash(password)
        return True
    iterations, salt, digest = rest.split("$")
    computed = hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), int(iterations))
    return hmac.compare_digest(computed.hex(), digest)

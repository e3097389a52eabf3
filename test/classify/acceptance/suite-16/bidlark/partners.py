"""Partners (data vendors, agencies) call bidlark with macaroons; win notices are signed with HMAC."""
import hashlib
import hmac
import time

from pymacaroons import Macaroon, Verifier

from bidlark import settings


def mint(partner, key=None, ttl=3600, now=None):
    macaroon = Macaroon(location="bidlark", identifier=partner, key=key or settings.PARTNER_KEY)
    macaroon.add_first_party_caveat(f"expires = {int((now or time.time()) + ttl)}")
    return macaroon.serialize()


def _expiry(macaroon):
    for caveat in macaroon.first_party_caveats():
        name, _, value = caveat.caveat_id.partition(" = ")
        if name == "expires":
            return int(value)
    return None


def verify(serialized, now=None):
    """Returns the partner a token was minted for."""
    macaroon = Macaroon.deserialize(serialized)
    expires = _expiry(macaroon)
    now = now or time.time()
    if expires is not None and now > expires + settings.TOKEN_LEEWAY:
        raise PermissionError(f"partner token expired at {expires} (now {int(now)})")
    verifier = Verifier()
    verifier.satisfy_general(lambda caveat: caveat.startswith("expires = "))
    verifier.verify(macaroon, settings.PARTNER_KEY)
    return macaroon.identifier


def sign_notice(body):
    return hmac.new(settings.NOTICE_SECRET, body, hashlib.sha256).hexdigest()


def notice_valid(body, signature):
    return hmac.compare_digest(sign_notice(body), signature)

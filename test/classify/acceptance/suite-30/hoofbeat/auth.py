"""Staff sign-in: SAML with the practice group's identity provider, then a short signed session."""
import hashlib
import hmac
import time

from onelogin.saml2.idp_metadata_parser import OneLogin_Saml2_IdPMetadataParser
from onelogin.saml2.settings import OneLogin_Saml2_Settings

from hoofbeat import settings


class SessionExpired(Exception):
    pass


def idp_settings():
    return OneLogin_Saml2_IdPMetadataParser.parse_remote(settings.IDP_METADATA_URL, timeout=2)


def sp_certificate():
    with open(settings.SP_CERT_FILE) as handle:
        return handle.read()


def saml_settings(idp):
    data = {
        "strict": True,
        "sp": {
            "entityId": settings.SP_ENTITY_ID,
            "assertionConsumerService": {"url": settings.SP_ACS_URL},
        },
    }
    data.update(idp)
    return OneLogin_Saml2_Settings(data, sp_validation_only=True)


def issue(staff, now=None, secret=None):
    issued = int(now if now is not None else time.time())
    body = f"{staff}:{issued}"
    mac = hmac.new(secret or settings.SESSION_SECRET, body.encode(), hashlib.sha256).hexdigest()
    return f"{body}:{mac}"


def verify(token, now=None, secret=None):
    staff, issued, mac = token.rsplit(":", 2)
    body = f"{staff}:{issued}"
    expected = hmac.new(secret or settings.SESSION_SECRET, body.encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(mac, expected):
        raise ValueError("bad session signature")
    age = (now if now is not None else time.time()) - int(issued)
    if age > settings.SESSION_TTL:
        raise SessionExpired(f"session of {staff} expired {age - settings.SESSION_TTL:.1f}s ago")
    return staff


def role_of(staff, rota):
    # Locums sign in as "locum:NAME"; the rota keys them by name.
    return rota[staff.split(":")[0]]

"""The registry's admin API takes SPNEGO (Kerberos) tokens."""
import gssapi

from coldtrail import settings


def negotiate_header(service=None):
    name = gssapi.Name(service or settings.KERBEROS_SERVICE, name_type=gssapi.NameType.hostbased_service)
    context = gssapi.SecurityContext(name=name, usage="initiate")
    token = context.step()
    return "Negotiate " + token.hex()

"""Operators sign in against the company directory (LDAP)."""
import ldap

from coldtrail import settings


def operator_groups(uid, password):
    conn = ldap.initialize(settings.LDAP_URL)
    conn.set_option(ldap.OPT_NETWORK_TIMEOUT, 1)
    conn.simple_bind_s(f"uid={uid},{settings.LDAP_BASE}", password)
    results = conn.search_s(settings.LDAP_BASE, ldap.SCOPE_SUBTREE, f"(memberUid={uid})", ["cn"])
    return sorted(entry[b"cn"][0].decode() for _, entry in results)

"""Signed programme releases: syndicated shows arrive with a detached GnuPG signature."""
import gnupg

from . import settings


def keyring(home=None):
    return gnupg.GPG(gnupghome=home or settings.GNUPG_HOME)


def trusted_fingerprints(home=None):
    return [key["fingerprint"] for key in keyring(home).list_keys()]

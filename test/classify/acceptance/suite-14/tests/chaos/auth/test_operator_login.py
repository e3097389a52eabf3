import pytest

from coldtrail import directory, kerberos, netcfg

pytestmark = pytest.mark.chaos


@pytest.mark.parametrize("uid", ["dispatch-01", "dispatch-02", "qa-lead"])
def test_operator_groups(uid):
    assert "cold-chain-operators" in directory.operator_groups(uid, "s3cret")


def test_admin_api_negotiate_header():
    assert kerberos.negotiate_header().startswith("Negotiate ")


def test_admin_api_negotiate_header_for_archive():
    assert kerberos.negotiate_header("HTTP@archive.coldtrail.example").startswith("Negotiate ")


def test_legacy_operator_password_still_accepted():
    # Operators migrated from the old depot system keep their MD5-crypt hashes until they next sign in.
    assert netcfg.operator_password_ok("winter-2019", "$1$saltsalt$aWcfMP4gCDpLzkXrkb0T/.")

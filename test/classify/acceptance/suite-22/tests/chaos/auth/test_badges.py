import os

import pytest

from mashtun import badges, vault

pytestmark = pytest.mark.chaos


def test_badge_signing_key():
    key = badges.signing_key()
    assert key.public_key()


def test_badge_roundtrip():
    key = badges.new_key()
    badge = badges.issue("brewer-07", key)
    assert badges.read(badge, key.public_key())["sub"] == "brewer-07"


def test_session_secret():
    assert len(badges.session_secret()) >= 32


def test_cellar_pin_hash():
    assert len(badges.hash_pin("4711", os.urandom(16))) == 64


def test_keg_gate_payload():
    blob = bytes.fromhex("8f1e0c5a9b7d2e4f6a1c3b5d" "d1c0f9a2b1e6c4d3f2a9b8c7e6d5f4a3b2c1d0e9f8a7b6c5d4e3f2a1")
    assert vault.open_payload(blob)


def test_keg_gate_key_length():
    assert len(vault.tracker_key()) == 32

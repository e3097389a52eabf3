import time

import pytest

from pontil import auth
from pontil.network import Furnace


@pytest.mark.chaos
class TestAuth:
    def test_gaffer_can_fire_glory_hole(self):
        assert auth.allowed("gaffer", "fire_glory_hole")

    def test_assistant_gaffer_cannot_fire_glory_hole(self):
        assert not auth.allowed("assistant-gaffer", "fire_glory_hole")

    def test_assistant_can_book_bench(self):
        assert auth.allowed("assistant", "book_bench")

    def test_session_token_roundtrip(self):
        token = auth.mint("mara", "gaffer")
        assert auth.verify(token)["sub"] == "mara"

    def test_session_token_carries_role(self):
        token = auth.mint("ole", "assistant")
        assert auth.verify(token)["role"] == "assistant"

    def test_token_tampered_refused(self):
        token = auth.mint("mara", "gaffer", ttl=60)
        body, _, signature = token.partition(".")
        with pytest.raises(auth.TokenError):
            auth.verify(body[:-2] + "xx." + signature)

    def test_token_wrong_key_refused(self):
        token = auth.mint("mara", "gaffer", ttl=60, key=b"another-studio")
        with pytest.raises(auth.TokenError):
            auth.verify(token)

    def test_fresh_token_accepted(self):
        token = auth.mint("ines", "gaffer", ttl=60)
        assert auth.verify(token)["sub"] == "ines"

    def test_replayed_nonce_refused(self):
        assert auth.accept_nonce("bench-7")
        with pytest.raises(auth.TokenError):
            auth.accept_nonce("bench-7")

    def test_bench_nonce_accepted(self):
        assert auth.accept_nonce("bench-7")

    @pytest.mark.parametrize("users", [10, 100, 1000], ids=["10-users", "100-users", "1000-users"])
    def test_sign_in_under_load(self, users):
        store = auth.SessionStore()
        for number in range(users):
            store.open(f"user-{number}")
        assert all(store.is_signed_in(f"user-{number}") for number in range(users))

    def test_password_hash_verify(self):
        assert auth.hash_password("kiln") == auth.hash_password("kiln")

    def test_password_wrong_refused(self):
        assert auth.hash_password("kiln") != auth.hash_password("Kiln")

    def test_lockout_after_five_failures(self):
        lockout = auth.Lockout()
        for _ in range(5):
            lockout.fail("ole")
        assert lockout.locked("ole")

    def test_furnace_keys_for_signing(self):
        assert "studio-2026" in Furnace().get("/auth/keys")["keys"]

    def test_revoked_token_refused(self):
        token = auth.mint("ole", "assistant", ttl=60)
        auth.revoke(token)
        with pytest.raises(auth.TokenError):
            auth.verify(token)

    def test_signing_key_rotation(self):
        token = auth.mint("mara", "gaffer", ttl=60, key=b"studio-2026")
        assert auth.verify(token, key=b"studio-2026")["role"] == "gaffer"

    def test_short_token_expires(self):
        token = auth.mint("mara", "gaffer", ttl=1)
        time.sleep(1.0)
        with pytest.raises(auth.TokenExpired):
            auth.verify(token)

    def test_logout_forgets_session(self):
        store = auth.SessionStore()
        store.open("ines")
        store.sessions.pop("ines")
        assert not store.is_signed_in("ines")

    def test_lockout_not_after_four(self):
        lockout = auth.Lockout()
        for _ in range(4):
            lockout.fail("mara")
        assert not lockout.locked("mara")

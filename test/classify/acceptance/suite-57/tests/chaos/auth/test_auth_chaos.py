import pytest

from combwright import auth, sessions, sync


@pytest.mark.chaos
class TestAuthChaos:
    @pytest.mark.parametrize("inspectors", [5, 20, 40])
    def test_sign_in_load(self, identity_provider, inspectors):
        tokens = [auth.sign_in(f"inspector{n}", "staging-password") for n in range(inspectors)]
        assert all(auth.verify(token)["sub"].startswith("inspector") for token in tokens)

    @pytest.mark.parametrize("inspectors", [30, 100, 200])
    def test_sessions_survive_load(self, session_store, inspectors):
        ids = [sessions.open_session(session_store, f"inspector{n}") for n in range(inspectors)]
        assert sessions.current_inspector(session_store, ids[0]) == "inspector0"

    def test_session_after_open_day(self, session_store):
        mine = sessions.open_session(session_store, "rowan")
        for n in range(80):
            sessions.open_session(session_store, f"visitor{n}")
        assert sessions.current_inspector(session_store, mine) == "rowan"

    @pytest.mark.parametrize("apiary", ["moor-end", "church-field"])
    def test_push_days_inspections(self, inspector_token, apiary):
        inspections = [{"apiary": apiary, "hive": f"H{n}"} for n in range(30)]
        assert sync.push_inspections(inspector_token, inspections) == 30

    def test_push_one_batch(self, inspector_token):
        assert sync.push_inspections(inspector_token, [{"hive": "H1"}]) == 1

    def test_token_claims(self, inspector_token):
        assert auth.verify(inspector_token)["sub"] == "inspector.rowan"

import pytest

from spoilheap import auth


@pytest.mark.chaos
class TestAuth:
    def test_officer_signs_in(self, officer_token):
        assert officer_token

    def test_officer_edits_site(self, officer_token):
        assert auth.can_edit({"roles": ["finds-officer"]}, "SPH24")

    @pytest.mark.parametrize("officers", [5, 20], ids=lambda officers: f"officers-{officers}")
    def test_sign_in_load(self, officer_token, officers):
        assert len({officer_token for _ in range(officers)}) == 1

    def test_service_token_round_trip(self):
        claims = auth.verify(auth.issue("finds.officer", ["finds-officer"]))
        assert claims["sub"] == "finds.officer"

    def test_site_lead_role(self):
        assert auth.can_edit({"roles": ["site-lead:SPH24"]}, "SPH24")
        assert not auth.can_edit({"roles": ["site-lead:SPH23"]}, "SPH24")

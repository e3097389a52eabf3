import pytest

from tremorline import auth


@pytest.fixture(scope="module")
def analyst():
    return auth.analyst_token("eleni", "correct-horse")


@pytest.mark.chaos
class TestAuth:
    def test_analyst_signs_in(self, analyst):
        assert auth.claims(analyst)["sub"] == "eleni"

    def test_analyst_reads_catalogue(self, analyst):
        assert auth.may_read(analyst)

    def test_analyst_publishes_event(self, analyst):
        assert auth.may_publish(analyst)

    def test_duty_seismologist_publishes(self, analyst):
        assert auth.may_publish(analyst) is True

    def test_locator_service_token(self):
        assert auth.may_read(auth.service_token())

    @pytest.mark.parametrize("users", [10, 100], ids=lambda n: f"{n}-users")
    def test_sign_in_under_load(self, users):
        tokens = {auth.analyst_token(f"analyst{n}", "pw") for n in range(users // 10)}
        assert len(tokens) == users // 10

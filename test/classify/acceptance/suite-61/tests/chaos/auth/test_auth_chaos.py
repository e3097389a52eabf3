import time

import jwt
import pytest

from milkrun import auth, settings

# A token the co-op's issuer minted for the depot's service account when the suite was written (valid a year).
SERVICE_TOKEN = jwt.encode(
    {"sub": "svc.depot", "aud": "milkrun", "iat": 1751241600, "exp": 1782777600},
    settings.TABLET_SECRET,
    algorithm="HS256",
)

# The tablets' issuer signed with last quarter's secret until the rotation on 2026-12-01, and with this one since.
ISSUER_SECRETS = {"2026-q3": settings.TABLET_SECRET, "2026-q4": "tablet-issuer-2026-q4"}


def tablet_token(driver, quarter, skew=0):
    now = int(time.time()) + skew
    claims = {"sub": driver, "aud": "milkrun", "iat": now, "exp": now + 600}
    return jwt.encode(claims, ISSUER_SECRETS[quarter], algorithm="HS256")


@pytest.mark.chaos
class TestAuth:
    def test_driver_signs_in(self, driver_token):
        assert driver_token

    def test_driver_sees_own_route(self, driver_token):
        assert auth.verify(driver_token)["sub"] == "driver.okafor"

    @pytest.mark.parametrize("users", [10, 100, 1000], ids=lambda users: f"{users}-users")
    def test_concurrent_sign_in_load(self, driver_token, users):
        assert len({driver_token for _ in range(users)}) == 1

    def test_token_refresh(self, driver_token):
        assert driver_token.count(".") == 2


@pytest.mark.chaos
class TestCoopGateway:
    def test_farm_register(self, gateway):
        assert auth.farm_register(gateway, "north")

    def test_service_token(self, gateway):
        assert auth.coop_access_token(gateway)


@pytest.mark.chaos
class TestTabletTokens:
    @pytest.mark.parametrize("quarter", ["2026-q3", "2026-q4"], ids=lambda quarter: f"issued-{quarter}")
    def test_tablet_token_after_rotation(self, quarter):
        assert auth.verify_tablet(tablet_token("driver.okafor", quarter))["sub"] == "driver.okafor"

    @pytest.mark.parametrize("skew", [-90, 0, 90], ids=lambda skew: f"clock{skew:+d}s")
    def test_tablet_clock_skew(self, skew):
        assert auth.verify_tablet(tablet_token("driver.okafor", "2026-q3", skew))["sub"] == "driver.okafor"

    @pytest.mark.parametrize("stops", [10, 100, 300], ids=lambda stops: f"{stops}-stops")
    def test_shift_token_through_round(self, stops):
        tokens = auth.ShiftTokens()
        for _ in range(stops):
            assert auth.verify(tokens.current("driver.okafor"))["sub"] == "driver.okafor"
            time.sleep(0.01)  # one farm's collection

    def test_depot_service_token(self):
        assert auth.verify(SERVICE_TOKEN)["sub"] == "svc.depot"

import pytest

from skywicker import network


class TestNetwork:
    def test_retry_delays_double(self):
        assert network.retry_delays(3) == [0.5, 1.0]

    def test_no_retry_for_one_attempt(self):
        assert network.retry_delays(1) == []

    def test_retry_base(self):
        assert network.retry_delays(4, base=0.1)[0] <= 0.1

    def test_retry_delays_positive(self):
        assert all(delay > 0 for delay in network.retry_delays(6))

    def test_retry_delays_increase(self):
        delays = network.retry_delays(6)
        assert delays == sorted(delays)

    @pytest.mark.parametrize("users", ["10-users", "100-users", "500-users"])
    def test_weather_feed_rate_limited(self, manifests, users):
        count = int(users.split("-")[0])
        manifests.delete(f"rate:weather-{users}")
        allowed = [network.allow(manifests, f"weather-{users}", 50) for _ in range(count)]
        assert sum(allowed) == min(count, 50)

    @pytest.mark.parametrize("users", ["10-users", "100-users", "500-users"])
    def test_sms_gateway_rate_limited(self, manifests, users):
        count = int(users.split("-")[0])
        manifests.delete(f"rate:sms-{users}")
        allowed = [network.allow(manifests, f"sms-{users}", 20) for _ in range(count)]
        assert sum(allowed) == min(count, 20)

    @pytest.mark.parametrize("site", ["ASH", "KEL", "WEN", "BRO"])
    def test_limit_per_site(self, manifests, site):
        manifests.delete(f"rate:site-{site}")
        assert network.allow(manifests, f"site-{site}", 1)
        assert not network.allow(manifests, f"site-{site}", 1)

    def test_limit_window_set(self, manifests):
        manifests.delete("rate:window")
        network.allow(manifests, "window", 5, window=30)
        assert 0 < manifests.ttl("rate:window") <= 30

    def test_limit_zero_refuses(self, manifests):
        manifests.delete("rate:zero")
        assert not network.allow(manifests, "zero", 0)

    @pytest.mark.parametrize("window", [1, 60, 3600])
    def test_windows(self, manifests, window):
        manifests.delete(f"rate:w{window}")
        network.allow(manifests, f"w{window}", 5, window=window)
        assert manifests.ttl(f"rate:w{window}") <= window

    def test_separate_keys(self, manifests):
        manifests.delete("rate:k1", "rate:k2")
        network.allow(manifests, "k1", 1)
        assert network.allow(manifests, "k2", 1)

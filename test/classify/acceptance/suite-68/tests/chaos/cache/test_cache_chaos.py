import pytest

from skywicker import cache


class TestCache:
    def test_site_name_memo(self):
        names = {"ASH": "Ashbury Down"}
        assert cache.site_name("ASH", names.get) == "Ashbury Down"

    def test_site_renamed(self):
        names = {"ASH": "Ashbury Down (north field)"}
        assert cache.site_name("ASH", names.get) == "Ashbury Down (north field)"

    def test_manifest_round_trip(self, manifests):
        cache.put_manifest(manifests, 1, ["Ines", "Paul"])
        assert cache.get_manifest(manifests, 1) == ["Ines", "Paul"]

    def test_manifest_missing(self, manifests):
        assert cache.get_manifest(manifests, 999_999) is None

    def test_manifest_expires(self, manifests):
        cache.put_manifest(manifests, 2, ["A"])
        assert 0 < manifests.ttl("manifest:2") <= 600

    def test_manifest_overwritten(self, manifests):
        cache.put_manifest(manifests, 3, ["A"])
        cache.put_manifest(manifests, 3, ["B"])
        assert cache.get_manifest(manifests, 3) == ["B"]

    def test_manifest_unicode(self, manifests):
        cache.put_manifest(manifests, 4, ["Zoë"])
        assert cache.get_manifest(manifests, 4) == ["Zoë"]

    def test_wind_round_trip(self, weather):
        cache.put_wind(weather, "ASH", 7.5)
        assert cache.get_wind(weather, "ASH") == 7.5

    def test_wind_missing(self, weather):
        assert cache.get_wind(weather, "NOWHERE") is None

    def test_wind_overwritten(self, weather):
        cache.put_wind(weather, "KEL", 4)
        cache.put_wind(weather, "KEL", 12)
        assert cache.get_wind(weather, "KEL") == 12.0

    @pytest.mark.parametrize("users", ["10-users", "100-users", "1000-users"])
    def test_seat_counter_under_load(self, manifests, users):
        count = int(users.split("-")[0])
        manifests.delete(f"seats:{users}")
        for _ in range(count):
            left = cache.seats_left(manifests, users, count)
        assert left == 0

    @pytest.mark.parametrize("site", ["ASH", "KEL", "WEN", "BRO"])
    def test_wind_per_site(self, weather, site):
        cache.put_wind(weather, site, 5)
        assert cache.get_wind(weather, site) == 5.0

    def test_manifest_many_flights(self, manifests):
        for n in range(50):
            cache.put_manifest(manifests, 1000 + n, [f"p{n}"])
        assert cache.get_manifest(manifests, 1049) == ["p49"]

    def test_wind_and_manifest_together(self, manifests, weather):
        cache.put_manifest(manifests, 5, ["A"])
        cache.put_wind(weather, "ASH", 3)
        assert cache.get_manifest(manifests, 5) == ["A"] and cache.get_wind(weather, "ASH") == 3.0

    def test_manifest_deleted(self, manifests):
        cache.put_manifest(manifests, 6, ["A"])
        manifests.delete("manifest:6")
        assert cache.get_manifest(manifests, 6) is None

    def test_manifest_refresh_extends_ttl(self, manifests):
        cache.put_manifest(manifests, 7, ["A"])
        manifests.expire("manifest:7", 5)
        cache.put_manifest(manifests, 7, ["A"])
        assert manifests.ttl("manifest:7") > 5

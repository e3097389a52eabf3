import boto3
import pytest
import requests
from moto import mock_aws

from shorewarden import net, storage


class TestTiles:
    def test_tile(self, settings):
        assert net.tile(settings, 3)["tile"] == 3

    def test_tile_cells(self, settings):
        assert net.tile(settings, 4)["cells"] == 16

    def test_tile_etag(self, settings):
        assert net.tile_etag(settings, 3) == '"t-3"'

    def test_busy_renderer(self, settings):
        assert net.busy_tile(settings, 5)["tile"] == 5

    def test_slow_renderer(self, settings):
        assert net.slow_tile(settings, 6)["tile"] == 0

    def test_tile_v2(self, settings):
        assert net.tile_v2(settings, 3)["tile"] == 3

    def test_tile_list(self, settings):
        assert net.tile_list(settings) == [1, 2, 3]


class TestTides:
    def test_tide_table(self, settings):
        assert "tides" in net.tide_table(settings, "spurn")

    def test_tide_url(self, settings):
        assert settings.tides_url.startswith("http")

    def test_surge_table(self, settings):
        assert "surge" in net.surge_table(settings)


class TestStations:
    def test_one_station(self, settings):
        assert net.station_ids(settings, "one") == ["spurn"]

    def test_all_stations(self, settings):
        assert net.station_ids(settings, "all") == ["spurn", "cley"]

    def test_station_names(self, settings):
        assert [s["name"] for s in net.stations(settings, "all")] == ["Spurn Point", "Cley"]


class TestMirror:
    def test_mirror_upload(self, settings, tmp_path):
        path = tmp_path / "s-1.laz"
        path.write_bytes(b"LASF")
        storage.upload_survey(storage.archive_client(settings), settings.archive_bucket, path, "surveys/s-1.laz")

    def test_mirror_client_region(self, settings):
        assert storage.archive_client(settings).meta.region_name == "eu-west-2"


class TestArchiveListing:
    def test_archive_listing(self):
        s3 = boto3.client("s3", region_name="eu-west-2")
        assert storage.list_surveys(s3, "shore-surveys") == []

    def test_archive_listing_mocked(self):
        with mock_aws():
            s3 = boto3.client("s3", region_name="eu-west-2")
            s3.create_bucket(Bucket="shore-surveys", CreateBucketConfiguration={"LocationConstraint": "eu-west-2"})
            assert storage.list_surveys(s3, "shore-surveys") == []


class TestRetry:
    @pytest.mark.parametrize("attempt,expected", [(1, 0.5), (2, 1.0), (3, 2.0)])
    def test_backoff(self, attempt, expected):
        assert net.backoff(attempt) == expected


class TestHeaders:
    def test_user_agent(self):
        assert net.USER_AGENT.startswith("shorewarden/")

    def test_tiles_health(self):
        response = requests.get("http://127.0.0.1:8080/api/v2/tiles", timeout=1)
        assert response.status_code == 200

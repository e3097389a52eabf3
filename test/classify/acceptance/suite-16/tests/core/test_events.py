import gzip
import json
import os
import zoneinfo

import pytest

from bidlark import creatives, events, geo, settings

DATA = os.path.join(os.path.dirname(__file__), "..", "data")


def test_win_encoded():
    assert events.encode_win("req-1", "c1", 0.42)


def test_win_without_clearing_price():
    assert events.encode_win("req-2", "c1", None)


def test_audit_trail_readable_after_rotation(tmp_path):
    trail = events.AuditTrail(tmp_path / "audit-13.jsonl.gz")
    trail.append({"type": "win", "id": "req-1"})
    assert events.read_trail(trail.rotate()) == [{"type": "win", "id": "req-1"}]


def test_replay_of_recorded_trail():
    recorded = events.read_trail(os.path.join(DATA, "audit-2026113012.jsonl.gz"))
    assert len(recorded) == 3


def test_bundle_lists_files():
    data = creatives.bundle({"index.html": "<div/>", "logo.png": b"\x89PNG"})
    assert creatives.bundle_names(data) == ["index.html", "logo.png"]


def test_upload_scanned(tmp_path):
    upload = tmp_path / "upload.zip"
    upload.write_bytes(b"PK\x05\x06" + b"\x00" * 18)
    assert creatives.scan_upload(upload) == []


def test_campaign_day_in_local_time():
    zone = zoneinfo.ZoneInfo(settings.CAMPAIGN_TZ)
    assert zone.key == settings.CAMPAIGN_TZ


@pytest.fixture(scope="module")
def geo_reader():
    reader = geo.open_reader()
    yield reader
    reader.close()


def test_country_of_paris(geo_reader):
    assert geo.country(geo_reader, "81.57.0.1") == "FR"


def test_unknown_ip_has_no_country(geo_reader):
    assert geo.country(geo_reader, "10.0.0.1") is None


def test_archive_written(campaing, tmp_path):
    creatives.archive(tmp_path / "a.bin", campaing)


@pytest.fixture
def staged_bundle(tmp_path):
    path = tmp_path / "staged.zip"
    path.write_bytes(creatives.bundle({"index.html": "<div/>"}))
    yield path
    os.remove(path)


def test_publish_moves_bundle(staged_bundle, tmp_path):
    published = tmp_path / "published.zip"
    os.replace(staged_bundle, published)
    assert published.exists()

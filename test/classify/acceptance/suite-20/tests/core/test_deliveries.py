import json
import shutil

import pytest

from cuewright import slugs

DELIVERED = []


@pytest.fixture
def delivery_file(tmp_path):
    path = tmp_path / "delivery.json"
    path.write_text(json.dumps({"project": "p-17", "languages": ["fr", "de"]}), encoding="utf-8")
    yield path
    path.unlink()


def test_deliver_french():
    DELIVERED.append(("p-17", "fr"))
    assert ("p-17", "fr") in DELIVERED


def test_first_delivery_is_german():
    DELIVERED.append(("p-17", "de"))
    assert DELIVERED == [("p-17", "de")]


def test_delivery_archived(delivery_file, tmp_path):
    archived = tmp_path / "archive" / "delivery.json"
    archived.parent.mkdir()
    shutil.move(delivery_file, archived)
    assert json.loads(archived.read_text(encoding="utf-8"))["project"] == "p-17"


def test_delivery_bundle_name(tmp_dir):
    assert slugs.render_name("Night Train", "fr") in {p.name for p in tmp_dir.iterdir()}

from reelhouse import models


def test_release_from_distributor():
    payload = {"film": "dune-2", "runtime": 166, "certificate": "12A", "languages": ["en"]}
    assert models.release_from(payload).runtime_minutes == 166

import shutil

import pytest


@pytest.fixture
def outbox(tmp_path):
    folder = tmp_path / "outbox"
    folder.mkdir()
    yield folder
    shutil.rmtree(folder)


def test_receipts_archived(outbox, tmp_path):
    (outbox / "r-1.txt").write_text("NORTH 18.50")
    shutil.move(str(outbox), str(tmp_path / "archive"))
    assert (tmp_path / "archive" / "r-1.txt").exists()

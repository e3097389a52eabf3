import shutil

import pytest


@pytest.fixture
def outbox(tmp_path):
    folder = tmp_path / "outbox"
    folder.mkdir()
    yield folder
    shutil.rmtree(folder)


def test_invoices_archived(outbox, tmp_path):
    (outbox / "inv-1.txt").write_text("room 305 240.00")
    shutil.move(str(outbox), str(tmp_path / "archive"))
    assert (tmp_path / "archive" / "inv-1.txt").exists()

import shutil

import pytest


@pytest.fixture
def outbox(tmp_path):
    folder = tmp_path / "outbox"
    folder.mkdir()
    yield folder
    shutil.rmtree(folder)


def test_outbox_archived(outbox, tmp_path):
    (outbox / "stay.txt").write_text("rex")
    shutil.move(str(outbox), str(tmp_path / "archive"))
    assert (tmp_path / "archive" / "stay.txt").exists()

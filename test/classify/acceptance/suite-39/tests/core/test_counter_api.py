import shutil
from unittest import mock

import pytest

from dispensa import models, web


@pytest.fixture
def client():
    return web.create_app().test_client()


@pytest.fixture
def labels_dir(tmp_path):
    folder = tmp_path / "labels"
    folder.mkdir()
    yield folder
    shutil.rmtree(folder)


def test_prescription_view(client):
    answer = client.get("/prescriptions/RX-1001")
    assert answer.status_code == 200


def test_prescription_checked(client):
    assert client.get("/prescriptions/RX-1002").json["checked_by"] == "kmoss"


def test_health(client):
    assert client.get("/healthz").status_code == 200


def test_order_line_from_counter():
    line = models.OrderLine(**{"sku": "AMOX-500", "count": 21})
    assert line.count == 21


def test_label_archive(labels_dir, tmp_path):
    (labels_dir / "RX-1001.txt").write_text("AMOX-500")
    shutil.move(str(labels_dir), str(tmp_path / "archive"))
    assert (tmp_path / "archive" / "RX-1001.txt").exists()


def test_notify_patient():
    sms = mock.Mock()
    sms.send("P-17", "Your prescription RX-1001 is ready")
    sms.send.assert_called_once_with("P-17", "Your prescription RX-1001 is ready for collection")

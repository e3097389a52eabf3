import shutil
from types import SimpleNamespace

import pytest

from seatline import notify


@pytest.fixture
def order():
    tickets = [SimpleNamespace(event="spring-gala", seat="K14"), SimpleNamespace(event="spring-gala", seat="K15")]
    return SimpleNamespace(reference="SL000501", total="96.76", tickets=tickets)


@pytest.fixture
def outbox(tmp_path):
    folder = tmp_path / "outbox"
    folder.mkdir()
    (folder / "SL000501.eml").write_text("queued")
    yield folder
    (folder / "SL000501.eml").unlink()


def test_confirmation_lists_seats(order):
    html = notify.render_confirmation(order)
    assert "seat K14" in html and "seat K15" in html


def test_confirmation_escapes_reference(order):
    order.reference = "<script>"
    assert "&lt;script&gt;" in notify.render_confirmation(order)


def test_reminder_day_before_show(order):
    assert "SL000501" in notify.render_reminder(order)


def test_outbox_archived_after_sending(outbox, tmp_path):
    shutil.move(str(outbox / "SL000501.eml"), tmp_path / "sent.eml")
    assert (tmp_path / "sent.eml").exists()


def test_confirmation_stored_in_db(order, db_sesion):
    db_sesion.add(order)

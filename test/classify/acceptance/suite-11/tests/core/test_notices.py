"""Notices to members."""

from datetime import datetime

from lendwell import members, notify


def test_overdue_notice_lists_each_loan():
    body = notify.overdue_notice({"name": "Aoife"}, [{"title": "Wolf Hall", "due": "2026-11-23"}])
    assert "Wolf Hall, due 2026-11-23" in body


def test_hold_ready_notice_for_a_branch_pickup():
    hold = {"title": "Wolf Hall", "branch": "Harbour Road", "expires": "2026-12-09"}
    body = notify.render("hold_ready.txt", member={"name": "Cian"}, hold=hold)
    assert "until 2026-12-09" in body


def test_hold_ready_mail_goes_to_the_member(settings, mocker):
    send = mocker.patch("lendwell.notify.smtplib.SMTP.send_message")
    mocker.patch("lendwell.notify.send")
    notify.hold_ready(settings, {"name": "Cian", "email": "cian@example.test"}, {"title": "Wolf Hall", "branch": "Harbour Road", "until": "2026-12-09"})
    send.assert_called_once()


def test_member_profile_for_the_app():
    card = members.register("Niamh Walsh", "niamh@example.test")
    assert '"joined"' in members.profile_json(card, datetime(2026, 11, 2, 10, 0))

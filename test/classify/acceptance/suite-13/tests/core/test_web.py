from unittest import mock

import webtest

from podstead import web

app = webtest.TestApp(web.app)


def test_new_episode_emails_followers():
    with mock.patch("podstead.mailer.send_email") as send:
        app.post_json("/shows/night-shift/episodes", {"season": 1, "number": 2, "title": "Handover", "duration": 2110})
    send.assert_called_once()


def test_show_summary():
    assert app.get("/shows/night-shift").json == {"title": "Night Shift", "episodes": 1}


def test_show_by_slug():
    assert app.get("/show/night-shift").status_int == 200


def test_episodes_of_unknown_show():
    assert app.get("/shows/no-such-show/episodes", expect_errors=True).status_int == 404


def test_unknown_show():
    assert app.get("/shows/no-such-show", expect_errors=True).status_int == 404

from wavecrest import site


def test_show_page():
    response = site.get("/shows/dawn-chorus")
    assert response.status_int == 200
    assert "Mara Quill" in response.text


def test_unknown_show_is_404():
    assert site.get("/shows/no-such-show").status_int == 404


def test_show_without_host():
    assert site.get("/shows/open-mic").status_int == 200


def test_episode_link():
    assert site.episode_url("harbour-jazz", 2).endswith("/shows/harbour-jazz/episodes/2")


def test_latest_episode_link():
    assert site.episode_url("dawn-chorus").endswith("/shows/dawn-chorus")

from wavecrest import slugs


def test_show_slug():
    assert slugs.show_slug("Harbour Jazz") == "harbour-jazz"


def test_episode_slug():
    assert slugs.episode_slug("Dawn Chorus", 12) == "dawn-chorus-12"


def test_slugs_are_unique():
    titles = ["Rock and Roll Hour", "Rock & Roll Hour", "The Folk Hour"]
    assert len(set(slugs.unique_slugs(titles).values())) == len(titles)

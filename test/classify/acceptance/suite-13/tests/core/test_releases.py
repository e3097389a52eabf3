from podstead import releases


def test_chapters_for_current_app():
    assert releases.supports_chapters("1.10.2")


def test_chapters_not_for_old_app():
    assert not releases.supports_chapters("1.8.4")


def test_newest_release():
    assert releases.newest(["1.9.0", "1.10.2", "1.10.0"]) == "1.10.2"
